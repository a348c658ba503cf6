package source

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/igodata/igo/internal/dates"
	"github.com/igodata/igo/internal/norm"
)

// Tiers, standings, roles and event kinds accepted in source files.
var (
	Tiers        = []string{"member", "associate", "observer", "dialogue-partner", "partner", "acceding", "applicant"}
	Standings    = []string{"", "suspended", "frozen"}
	Roles        = []string{"chair", "post"}
	EventKinds   = []string{"summit", "meeting", "treaty", "other"}
	PartyKinds   = []string{"limited-recognition", "organization", "former-state"}
	altFields    = []string{"from", "to", "date", "party", "tier", "text", "expansion"}
	processTiers = []string{"acceding", "applicant"}
)

// IsProcessTier reports whether tier describes a process (an application or an
// accession under way) that may run beside a standing tier.
func IsProcessTier(tier string) bool { return slices.Contains(processTiers, tier) }

// Date parses a source date; it returns 0 for "".
func Date(s string) uint32 {
	d, _ := dates.Parse(s)
	return d
}

// Problem is a validation error located in a file, a record and a field.
type Problem struct {
	File, Record, Field, Msg string
}

func (p *Problem) Error() string {
	s := p.File + ": " + p.Record
	if p.Field != "" {
		s += ": " + p.Field
	}
	return s + ": " + p.Msg
}

type checker struct {
	d        *Data
	f        *File
	problems []error
	used     map[string]bool
}

func (c *checker) add(record, field, format string, args ...any) {
	file := "internal/data/parties.json"
	if c.f != nil {
		file = c.f.Path
	}
	c.problems = append(c.problems, &Problem{File: file, Record: record, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// Validate checks every invariant of the data and returns the problems found.
func Validate(d *Data) []error {
	c := &checker{d: d}
	c.parties()
	seenID := map[string]string{}
	keys := map[string]string{} // normalized name -> org ID
	for _, f := range d.Orgs {
		c.f = f
		c.used = map[string]bool{}
		if prev, ok := seenID[f.ID]; ok {
			c.add("id", "", "organization %s is also defined in %s", f.ID, prev)
		}
		seenID[f.ID] = f.Path
		c.org()
		for _, n := range OrgKeys(f) {
			k, _ := norm.Key(n)
			if other, ok := keys[k]; ok && other != f.ID {
				c.add("names", "", "name or alias %q is also used by %s", n, other)
			}
			keys[k] = f.ID
		}
	}
	return c.problems
}

// OrgKeys returns every string that orgs.Parse resolves to f: its ID,
// acronyms, names and aliases, deduplicated after normalization.
func OrgKeys(f *File) []string {
	all := []string{f.ID, f.Acronym, f.Name}
	for _, n := range f.Names {
		all = append(all, n.Name, n.Acronym)
	}
	all = append(all, f.Aliases...)
	var out []string
	seen := map[string]bool{}
	for _, s := range all {
		k, ok := norm.Key(s)
		if !ok || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

func (c *checker) parties() {
	iso := map[string]bool{}
	for i, ct := range c.d.Countries.Countries {
		if len(ct.Code) != 2 || strings.ToUpper(ct.Code) != ct.Code || ct.Name == "" {
			c.problems = append(c.problems, fmt.Errorf("internal/data/countries.json: countries[%d]: bad code or name %q %q", i, ct.Code, ct.Name))
		}
		if iso[ct.Code] {
			c.problems = append(c.problems, fmt.Errorf("internal/data/countries.json: countries[%d]: duplicate code %s", i, ct.Code))
		}
		iso[ct.Code] = true
	}
	c.used = map[string]bool{}
	seen := map[string]bool{}
	for i, p := range c.d.Parties.Parties {
		rec := fmt.Sprintf("parties[%d] (%s)", i, p.Code)
		switch {
		case iso[p.Code]:
			c.add(rec, "code", "%s is an ISO 3166-1 code", p.Code)
		case p.Kind == "former-state" && !isFormerStateCode(p.Code):
			c.add(rec, "code", "%q: a former state's code must be its four-letter ISO 3166-3 code, such as SUHH", p.Code)
		case p.Code != "UN" && p.Code != "EU" && (len(p.Code) < 3 || len(p.Code) > 16):
			c.add(rec, "code", "%q must be 3 to 16 letters (or UN or EU, the codes ISO 3166 reserves for the United Nations and the European Union)", p.Code)
		case strings.ToUpper(p.Code) != p.Code || strings.ContainsAny(p.Code, " -_"):
			c.add(rec, "code", "%q must be upper-case letters and digits", p.Code)
		case seen[p.Code]:
			c.add(rec, "code", "duplicate code %s", p.Code)
		}
		seen[p.Code] = true
		if p.Name == "" {
			c.add(rec, "name", "missing")
		}
		if !slices.Contains(PartyKinds, p.Kind) {
			c.add(rec, "kind", "%q is not one of %s", p.Kind, strings.Join(PartyKinds, ", "))
		}
		c.refs(rec, p.Sources, c.d.Parties.Sources)
	}
	c.sourceTable(c.d.Parties.Sources)
	c.partyNames()
}

// partyNames checks that no name or alias of a party (after the folding
// ParseCountry applies) is also a name or alias of another party, which
// would make ParseCountry's answer depend on table order.
func (c *checker) partyNames() {
	owner := map[string]string{} // name key -> code
	check := func(file, rec, code string, names []string) {
		for _, n := range names {
			k, ok := norm.Key(n)
			if !ok {
				continue
			}
			if other, dup := owner[k]; dup && other != code {
				c.problems = append(c.problems, &Problem{File: file, Record: rec, Field: "aliases", Msg: fmt.Sprintf("%q is also a name of %s", n, other)})
				continue
			}
			owner[k] = code
		}
	}
	for i, ct := range c.d.Countries.Countries {
		check("internal/data/countries.json", fmt.Sprintf("countries[%d] (%s)", i, ct.Code), ct.Code, append([]string{ct.Name}, ct.Aliases...))
	}
	for i, p := range c.d.Parties.Parties {
		check("internal/data/parties.json", fmt.Sprintf("parties[%d] (%s)", i, p.Code), p.Code, append([]string{p.Name}, p.Aliases...))
	}
}

// isFormerStateCode reports whether code has the form of an ISO 3166-3
// code: four upper-case letters (the former alpha-2 code and two more).
func isFormerStateCode(code string) bool {
	if len(code) != 4 {
		return false
	}
	for i := range len(code) {
		if code[i] < 'A' || code[i] > 'Z' {
			return false
		}
	}
	return true
}

// IsParty reports whether code is an ISO 3166-1 code or a code in parties.json.
func (d *Data) IsParty(code string) bool {
	for _, ct := range d.Countries.Countries {
		if ct.Code == code {
			return true
		}
	}
	for _, p := range d.Parties.Parties {
		if p.Code == code {
			return true
		}
	}
	return false
}

func (c *checker) refs(rec string, keys []string, table map[string]Source) {
	if len(keys) == 0 {
		c.add(rec, "sources", "no source: every fact needs at least one")
	}
	for _, k := range keys {
		if _, ok := table[k]; !ok {
			c.add(rec, "sources", "source %q is not defined in sources", k)
		}
		c.used[k] = true
	}
}

func (c *checker) sourceTable(table map[string]Source) {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		s := table[k]
		rec := "sources." + k
		if !c.used[k] {
			c.add(rec, "", "defined but never cited")
		}
		if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(s.URL, " \t\n") {
			c.add(rec, "url", "%q is not an absolute http(s) URL", s.URL)
		}
		if s.Title == "" {
			c.add(rec, "title", "missing")
		}
		if s.Publisher == "" {
			c.add(rec, "publisher", "missing")
		}
		if s.Published != "" {
			c.date(rec, "published", s.Published)
		}
	}
}

// date checks a required date field and returns its value (0 if bad).
func (c *checker) date(rec, field, s string) uint32 {
	if s == "" {
		c.add(rec, field, "missing date")
		return 0
	}
	d, reason := dates.Parse(s)
	if reason != "" {
		c.add(rec, field, "bad date %q: %s", s, reason)
	}
	return d
}

// period checks from and an optional to, and returns them (to = 0 if open).
func (c *checker) period(rec, from, to string) (uint32, uint32) {
	f := c.date(rec, "from", from)
	var t uint32
	if to != "" {
		t = c.date(rec, "to", to)
		if f != 0 && t != 0 && t <= f {
			c.add(rec, "to", "%s is not after from %s", to, from)
		}
	}
	return f, t
}

func (c *checker) party(rec, field, code string) {
	if code == "" {
		c.add(rec, field, "missing party")
	} else if !c.d.IsParty(code) {
		c.add(rec, field, "%q is neither an ISO 3166-1 alpha-2 code nor a code in internal/data/parties.json", code)
	}
}

func (c *checker) alternatives(rec string, alts []Alternative) {
	for i, a := range alts {
		r := fmt.Sprintf("%s.alternatives[%d]", rec, i)
		switch {
		case !slices.Contains(altFields, a.Field):
			c.add(r, "field", "%q is not one of %s", a.Field, strings.Join(altFields, ", "))
		case a.Field == "from" || a.Field == "to" || a.Field == "date":
			c.date(r, "value", a.Value)
		case a.Field == "party":
			c.party(r, "value", a.Value)
		case a.Field == "tier" && !slices.Contains(Tiers, a.Value):
			c.add(r, "value", "%q is not a tier", a.Value)
		}
		if a.Note == "" {
			c.add(r, "note", "say why this value is not preferred")
		}
		c.refs(r, a.Sources, c.f.Sources)
	}
}

func (c *checker) org() {
	f := c.f
	base := strings.TrimSuffix(f.Path[strings.LastIndexByte(f.Path, '/')+1:], ".json")
	if f.ID == "" || strings.ToUpper(f.ID) != f.ID || strings.ToLower(f.ID) != base || !isIdent(f.ID) {
		c.add("id", "", "%q must be an upper-case Go identifier matching the file name %s.json", f.ID, base)
	}
	if f.Name == "" {
		c.add("name", "", "missing")
	}
	if f.Acronym == "" {
		c.add("acronym", "", "missing")
	}
	c.names()
	c.date("founded", "date", f.Founded.Date)
	if f.Founded.Act == "" {
		c.add("founded", "act", "missing: name the act that founded it")
	}
	c.refs("founded", f.Founded.Sources, f.Sources)
	c.alternatives("founded", f.Founded.Alternatives)
	c.dissolved()
	if len(f.Founders.Parties) == 0 {
		c.add("founders", "parties", "missing")
	}
	for i, p := range f.Founders.Parties {
		c.party("founders", fmt.Sprintf("parties[%d]", i), p)
	}
	c.refs("founders", f.Founders.Sources, f.Sources)
	for i, s := range f.Headquarters {
		rec := fmt.Sprintf("headquarters[%d] (%s)", i, s.City)
		if s.City == "" {
			c.add(rec, "city", "missing")
		}
		c.party(rec, "country", s.Country)
		if s.From != "" || s.To != "" { // a seat may be recorded without dates; none is guessed
			c.period(rec, s.From, s.To)
		}
		c.refs(rec, s.Sources, f.Sources)
		c.alternatives(rec, s.Alternatives)
	}
	c.bodies()
	c.memberships()
	c.terms()
	c.verified()
	for i, e := range f.Events {
		rec := fmt.Sprintf("events[%d] (%s %s)", i, e.Date, e.Title)
		c.date(rec, "date", e.Date)
		if !slices.Contains(EventKinds, e.Kind) {
			c.add(rec, "kind", "%q is not one of %s", e.Kind, strings.Join(EventKinds, ", "))
		}
		if e.Title == "" {
			c.add(rec, "title", "missing")
		}
		if e.Host != "" {
			c.party(rec, "host", e.Host)
		}
		c.refs(rec, e.Sources, f.Sources)
		c.alternatives(rec, e.Alternatives)
	}
	for i, n := range f.Notes {
		rec := fmt.Sprintf("notes[%d]", i)
		if n.Text == "" {
			c.add(rec, "text", "missing")
		}
		c.refs(rec, n.Sources, f.Sources)
	}
	c.sourceTable(f.Sources)
}

// dissolved checks the end of an organization: a valid date after the
// founding, a successor that is another organization in the data, and no
// membership or term left running after it.
func (c *checker) dissolved() {
	dv := c.f.Dissolved
	if dv == nil {
		return
	}
	end := c.date("dissolved", "date", dv.Date)
	if end != 0 && end <= Date(c.f.Founded.Date) {
		c.add("dissolved", "date", "%s is not after the founding date %s", dv.Date, c.f.Founded.Date)
	}
	if dv.Act == "" {
		c.add("dissolved", "act", "missing: name the act that ended it")
	}
	if dv.Successor != "" && (dv.Successor == c.f.ID || !slices.ContainsFunc(c.d.Orgs, func(o *File) bool { return o.ID == dv.Successor })) {
		c.add("dissolved", "successor", "%q is not another organization in internal/data/orgs", dv.Successor)
	}
	c.refs("dissolved", dv.Sources, c.f.Sources)
	c.alternatives("dissolved", dv.Alternatives)
	if end == 0 {
		return
	}
	for i, m := range c.f.Memberships {
		if to := Date(m.To); to == 0 || to > end {
			c.add(fmt.Sprintf("memberships[%d] (%s %s)", i, m.Party, m.Tier), "to", "runs past the dissolution on %s", dv.Date)
		}
	}
	for i, t := range c.f.Terms {
		if to := Date(t.To); to == 0 || to > end {
			c.add(fmt.Sprintf("terms[%d] (%s %s %s)", i, t.Body, t.Party, t.From), "to", "runs past the dissolution on %s", dv.Date)
		}
	}
}

// verified checks verified_through: every organization has one, and no fact
// recorded as having happened starts after it (announced facts are marked
// scheduled instead).
func (c *checker) verified() {
	f := c.f
	vt := c.date("verified_through", "", f.VerifiedThrough)
	if vt == 0 {
		return
	}
	vt = dates.End(vt) // "2025-12" was checked through 2025-12-31
	after := func(rec, field, d string) {
		if Date(d) > vt {
			c.add(rec, field, "%s is after verified_through %s: mark it scheduled or move verified_through", d, f.VerifiedThrough)
		}
	}
	for i, m := range f.Memberships {
		if !m.Scheduled {
			after(fmt.Sprintf("memberships[%d] (%s %s)", i, m.Party, m.Tier), "from", m.From)
		}
	}
	for i, t := range f.Terms {
		if !t.Scheduled {
			after(fmt.Sprintf("terms[%d] (%s %s %s)", i, t.Body, t.Party, t.From), "from", t.From)
		}
	}
	for i, e := range f.Events {
		if !e.Scheduled {
			after(fmt.Sprintf("events[%d] (%s %s)", i, e.Date, e.Title), "date", e.Date)
		}
	}
	if f.Dissolved != nil {
		after("dissolved", "date", f.Dissolved.Date)
	}
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}

func (c *checker) names() {
	f := c.f
	if len(f.Names) == 0 {
		c.add("names", "", "missing: list the name history including the current name")
		return
	}
	var prevTo uint32
	for i, n := range f.Names {
		rec := fmt.Sprintf("names[%d] (%s)", i, n.Name)
		if n.Name == "" {
			c.add(rec, "name", "missing")
		}
		from, to := c.period(rec, n.From, n.To)
		if i > 0 && from != prevTo {
			c.add(rec, "from", "%s does not continue the previous name, which ended %s", n.From, f.Names[i-1].To)
		}
		if i < len(f.Names)-1 && to == 0 {
			c.add(rec, "to", "only the last name may be open-ended")
		}
		prevTo = to
		c.refs(rec, n.Sources, f.Sources)
		c.alternatives(rec, n.Alternatives)
	}
	last := f.Names[len(f.Names)-1]
	if last.To != "" || last.Name != f.Name {
		c.add("names", "", "the last name must be the current name %q, open-ended", f.Name)
	}
}

func (c *checker) bodies() {
	principal, chairs := 0, 0
	seen := map[string]bool{}
	for i, b := range c.f.Bodies {
		rec := fmt.Sprintf("bodies[%d] (%s)", i, b.ID)
		if b.ID == "" || seen[b.ID] {
			c.add(rec, "id", "missing or duplicate")
		}
		seen[b.ID] = true
		if b.Name == "" {
			c.add(rec, "name", "missing")
		}
		if !slices.Contains(Roles, b.Role) {
			c.add(rec, "role", "%q is not one of %s", b.Role, strings.Join(Roles, ", "))
		}
		if b.Role == "chair" {
			chairs++
		}
		if b.Principal {
			principal++
			if b.Role != "chair" {
				c.add(rec, "principal", "a principal body must have role chair")
			}
			if b.Joint {
				c.add(rec, "joint", "the principal body %q may not be joint: chair.At must have one answer", b.ID)
			}
		}
		if b.Rule == "" {
			c.add(rec, "rule", "missing: how is the chair or post filled?")
		}
		c.refs(rec, b.Sources, c.f.Sources)
	}
	// An organization with no rotating chair (NATO: posts only) has no
	// principal body, and chair.At reports false for it.
	if principal != 1 && (chairs > 0 || principal > 1) {
		c.add("bodies", "principal", "want exactly one principal chair body, have %d", principal)
	}
}

type span struct{ from, to uint32 } // to == 0: open

// overlaps compares the first days the dates cover, as igo.Period does.
func (s span) overlaps(t span) bool {
	sf, st, tf, tt := dates.Start(s.from), dates.Start(s.to), dates.Start(t.from), dates.Start(t.to)
	return (t.to == 0 || sf < tt) && (s.to == 0 || tf < st)
}

func (c *checker) memberships() {
	type key struct{ party, kind string }
	seen := map[key][]span{}
	seenRec := map[key][]string{}
	for i, m := range c.f.Memberships {
		rec := fmt.Sprintf("memberships[%d] (%s %s)", i, m.Party, m.Tier)
		c.party(rec, "party", m.Party)
		if !slices.Contains(Tiers, m.Tier) {
			c.add(rec, "tier", "%q is not one of %s", m.Tier, strings.Join(Tiers, ", "))
		}
		if !slices.Contains(Standings, m.Standing) {
			c.add(rec, "standing", "%q is not one of suspended, frozen", m.Standing)
		}
		from, to := c.period(rec, m.From, m.To)
		c.refs(rec, m.Sources, c.f.Sources)
		c.alternatives(rec, m.Alternatives)
		if from == 0 {
			continue
		}
		k := key{m.Party, "standing"}
		if IsProcessTier(m.Tier) {
			k.kind = "process"
		}
		s := span{from, to}
		for j, o := range seen[k] {
			if s.overlaps(o) {
				c.add(rec, "from", "overlaps %s", seenRec[k][j])
			}
		}
		seen[k] = append(seen[k], s)
		seenRec[k] = append(seenRec[k], rec)
	}
}

// memberSpans returns the spans in which party is a member or an associate
// member (any standing), merged: the parties that may chair. (Turkmenistan,
// an associate member of the CIS since 2005, has chaired it in turn.)
func (c *checker) memberSpans(party string) []span {
	var ss []span
	for _, m := range c.f.Memberships {
		if m.Party == party && (m.Tier == "member" || m.Tier == "associate") {
			ss = append(ss, span{dates.Start(Date(m.From)), dates.Start(Date(m.To))})
		}
	}
	slices.SortFunc(ss, func(a, b span) int { return int(int64(a.from) - int64(b.from)) })
	var out []span
	for _, s := range ss {
		if n := len(out); n > 0 && out[n-1].to != 0 && out[n-1].to >= s.from {
			if s.to == 0 || s.to > out[n-1].to {
				out[n-1].to = s.to
			}
			continue
		} else if n > 0 && out[n-1].to == 0 {
			continue
		}
		out = append(out, s)
	}
	return out
}

func (c *checker) terms() {
	roles := map[string]string{}
	joint := map[string]bool{}
	for _, b := range c.f.Bodies {
		roles[b.ID] = b.Role
		joint[b.ID] = b.Joint
	}
	byBody := map[string][]span{}
	byBodyRec := map[string][]string{}
	byBodyParty := map[string][]string{}
	for i, t := range c.f.Terms {
		rec := fmt.Sprintf("terms[%d] (%s %s %s)", i, t.Body, t.Party, t.From)
		role, ok := roles[t.Body]
		if !ok {
			c.add(rec, "body", "%q is not one of this file's bodies", t.Body)
		}
		c.party(rec, "party", t.Party)
		if role == "post" && t.Person == "" {
			c.add(rec, "person", "a post needs the person who held it")
		}
		from, to := c.period(rec, t.From, t.To)
		c.refs(rec, t.Sources, c.f.Sources)
		c.alternatives(rec, t.Alternatives)
		if m := t.Motto; m != nil {
			if m.Text == "" {
				c.add(rec, "motto.text", "missing")
			}
			c.refs(rec+".motto", m.Sources, c.f.Sources)
			c.alternatives(rec+".motto", m.Alternatives)
		}
		for j, p := range t.Priorities {
			r := fmt.Sprintf("%s.priorities[%d]", rec, j)
			if p.Text == "" {
				c.add(r, "text", "missing")
			}
			c.refs(r, p.Sources, c.f.Sources)
		}
		for j, p := range t.Initiatives {
			r := fmt.Sprintf("%s.initiatives[%d]", rec, j)
			if p.Text == "" {
				c.add(r, "text", "missing")
			}
			c.refs(r, p.Sources, c.f.Sources)
		}
		if from == 0 {
			continue
		}
		s := span{from, to}
		for j, o := range byBody[t.Body] {
			// A joint body's terms may overlap, except one party's own.
			if s.overlaps(o) && (!joint[t.Body] || byBodyParty[t.Body][j] == t.Party) {
				c.add(rec, "from", "overlaps %s", byBodyRec[t.Body][j])
			}
		}
		byBody[t.Body] = append(byBody[t.Body], s)
		byBodyRec[t.Body] = append(byBodyRec[t.Body], rec)
		byBodyParty[t.Body] = append(byBodyParty[t.Body], t.Party)
		if role == "chair" && !covered(c.memberSpans(t.Party), s) {
			c.add(rec, "party", "%s is not a member or associate member of %s throughout %s/%s", t.Party, c.f.ID, t.From, t.To)
		}
	}
}

// covered reports whether s lies inside one of the merged spans.
func covered(spans []span, s span) bool {
	for _, m := range spans {
		if dates.Start(m.from) <= dates.Start(s.from) && (m.to == 0 || (s.to != 0 && dates.Start(s.to) <= dates.Start(m.to))) {
			return true
		}
	}
	return false
}
