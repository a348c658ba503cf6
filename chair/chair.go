package chair

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"sort"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/dates"
	"github.com/igodata/igo/internal/index"
	"github.com/igodata/igo/internal/srcs"
	"github.com/igodata/igo/orgs"
)

// A Role says whether a body's holder chairs it or holds a leadership post.
type Role uint8

// Roles. The zero Role is not valid.
const (
	Chair Role = iota + 1 // a rotating chairmanship or presidency, held by a party
	Post                  // a leadership post (Secretary-General, Director-General), held by a person
)

// String returns "chair" or "post", or "role(N)" for an invalid Role.
func (r Role) String() string {
	switch r {
	case Chair:
		return "chair"
	case Post:
		return "post"
	}
	return fmt.Sprintf("role(%d)", uint8(r))
}

// MarshalText returns the role as [Role.String] prints it.
func (r Role) MarshalText() ([]byte, error) {
	if r != Chair && r != Post {
		return nil, &igo.ParseError{What: "role", Input: r.String(), Err: igo.ErrUnknown}
	}
	return []byte(r.String()), nil
}

// A Body is an organ of an organization whose chair rotates among its parties
// (a council of heads of state, a general assembly, the presidency of a
// fund), or a leadership post.
type Body struct {
	Org       orgs.ID
	ID        string // short and stable within Org, such as "heads-of-state"
	Name      string // English name, such as "Council of Heads of State"
	Role      Role
	Principal bool // its chair is the organization's chair, which [At] reports
	// Joint reports a body held by several parties at once (co-chairs, the
	// EU Council's trios): its terms may overlap, though one party's may
	// not. [Holders] lists who held it on a day; [AtBody] reports false for
	// it. A principal body is never joint.
	Joint bool
	Rule  string // how the chair rotates or the post is filled, as the sources put it
	Note  string
	src   srcs.Span
}

// Sources returns an iterator over the sources for b's rule.
func (b Body) Sources() iter.Seq[igo.Source] { return b.src.All() }

// A Term is one holder of a body's chair or of a post over a period.
type Term struct {
	Org     orgs.ID
	Body    string      // the [Body] ID
	Role    Role        // copied from the body
	Country igo.Country // the chair, or the post holder's nationality
	Person  string      // the person who held the post or spoke for the chair, if recorded
	Period  igo.Period
	// Scheduled reports a term announced for the future that no source yet
	// confirms as held.
	Scheduled bool
	// Inferred, when not "", says which rule the term was derived from
	// because no source states it directly.
	Inferred string
	Note     string
	joint    bool      // copied from the body, so that AtBody needs no body lookup
	prio     [2]uint16 // range of priorities
	motto    uint16    // 1 + index into mottos; 0 for none
	src      srcs.Span
	alt      srcs.AltSpan
}

// Sources returns an iterator over the sources that support t. A term the
// caller made has none; one copied from the built-in data keeps its sources,
// priorities and motto, also in a table built by [NewTable].
func (t Term) Sources() iter.Seq[igo.Source] { return t.src.All() }

// Alternatives returns an iterator over values other sources give for t's
// fields, with the reason each is not preferred.
func (t Term) Alternatives() iter.Seq[igo.Alternative] { return t.alt.All() }

// A Priority is a declared priority of a chair, or an initiative it launched.
type Priority struct {
	Text       string
	Initiative bool // a named initiative rather than a priority area
	src        srcs.Span
}

// Sources returns an iterator over the sources that support p.
func (p Priority) Sources() iter.Seq[igo.Source] { return p.src.All() }

// Priorities returns an iterator over t's declared priorities and then its
// initiatives, in the order the sources give them.
func (t Term) Priorities() iter.Seq[Priority] { return srcs.Range(priorities[:], t.prio[0], t.prio[1]) }

// A Motto is a chair's motto. When the source spells out an acronym motto
// letter by letter (TURKTIME), [Motto.Expansion] lists the words.
type Motto struct {
	Text string
	exp  [2]uint16
	src  srcs.Span
	alt  srcs.AltSpan
}

// Expansion returns an iterator over the words the motto's letters stand
// for, in order; it is empty when the motto is not an acronym.
func (m Motto) Expansion() iter.Seq[string] { return srcs.Range(mottoWords[:], m.exp[0], m.exp[1]) }

// Sources returns an iterator over the sources that support m.
func (m Motto) Sources() iter.Seq[igo.Source] { return m.src.All() }

// Alternatives returns an iterator over other wordings that sources give for
// the motto (Field "text" or "expansion"), with the reason each is not preferred.
func (m Motto) Alternatives() iter.Seq[igo.Alternative] { return m.alt.All() }

// Motto returns t's motto, if the data records one.
func (t Term) Motto() (Motto, bool) {
	if t.motto == 0 || int(t.motto) > len(mottos) {
		return Motto{}, false
	}
	return mottos[t.motto-1], true
}

// A Table is an indexed, immutable set of bodies and terms. The
// package-level functions query the built-in table; [NewTable] builds one
// from caller records. A Table is safe for concurrent use. The zero Table is empty.
type Table struct {
	bodies    []Body    // sorted by Org, ID
	terms     []Term    // sorted by Org, Body, Period.From
	byCountry []posting // terms sorted by Country, Org, Period.From, Body
	// Hash indexes (see [index.Build]), so that a query reads only the terms
	// of its organization, body or party.
	bodyTerms []index.Slot // (Org, Body) -> terms
	principal []index.Slot // (Org, "") -> terms of the principal body
	orgTerms  []index.Slot // (Org, "") -> terms
	countries []index.Slot // (Country, "") -> byCountry
}

// builtin refers to the generated slices (not arrays, whose slicing would
// need start-up code), so it costs nothing at start-up.
var builtin = Table{
	bodies: bodyRows, terms: termRows, byCountry: byCountryIndex,
	bodyTerms: bodySlots, principal: principalSlots, orgTerms: orgSlots, countries: countrySlots,
}

// NewTable builds a table from caller records, which it copies. Each term's
// Role is taken from its body. It returns an error naming the first bad
// record: an empty organization, body ID or party; a body with an invalid
// role, a joint principal body, or a second principal body in one
// organization; a term for a body not in bodies; a period whose start is not
// a valid date or whose end is not after it; or two terms of one body that
// overlap, unless the body is joint and the terms are of different parties.
func NewTable(bodies []Body, terms []Term) (*Table, error) {
	t := &Table{bodies: slices.Clone(bodies), terms: slices.Clone(terms)}
	for i, b := range t.bodies {
		switch {
		case b.Org == "" || b.ID == "":
			return nil, fmt.Errorf("chair: body %d: empty organization or ID", i)
		case b.Role != Chair && b.Role != Post:
			return nil, fmt.Errorf("chair: body %s/%s: bad role %v", b.Org, b.ID, b.Role)
		case b.Principal && b.Role != Chair:
			return nil, fmt.Errorf("chair: body %s/%s: a principal body must have role chair", b.Org, b.ID)
		case b.Principal && b.Joint:
			return nil, fmt.Errorf("chair: body %s/%s: a principal body may not be joint ([At] must have one answer)", b.Org, b.ID)
		}
	}
	slices.SortFunc(t.bodies, func(a, b Body) int { return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.ID, b.ID)) })
	for i := 1; i < len(t.bodies); i++ {
		a, b := t.bodies[i-1], t.bodies[i]
		if a.Org == b.Org && (a.ID == b.ID || a.Principal && b.Principal) {
			return nil, fmt.Errorf("chair: bodies %s/%s and %s/%s: duplicate ID or two principal bodies", a.Org, a.ID, b.Org, b.ID)
		}
	}
	for i := range t.terms {
		tm := &t.terms[i]
		b, ok := t.LookupBody(tm.Org, tm.Body)
		switch {
		case !ok:
			return nil, fmt.Errorf("chair: term %d: no body %q in %q", i, tm.Body, tm.Org)
		case tm.Country == "":
			return nil, fmt.Errorf("chair: term %d: empty party", i)
		case !tm.Period.From.IsValid():
			return nil, fmt.Errorf("chair: term %d (%s): bad start %d", i, tm.Country, uint32(tm.Period.From))
		case tm.Period.To != 0 && (!tm.Period.To.IsValid() || tm.Period.Empty()):
			return nil, fmt.Errorf("chair: term %d (%s): end %v is not a valid date after start %v", i, tm.Country, tm.Period.To, tm.Period.From)
		}
		tm.Role, tm.joint = b.Role, b.Joint
	}
	// Sorted by body (and, in a joint body, by party) and then by start,
	// each term need only be compared with the one before it.
	slices.SortFunc(t.terms, func(a, b Term) int {
		c := cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Body, b.Body))
		if c == 0 && a.joint {
			c = cmp.Compare(a.Country, b.Country)
		}
		return cmp.Or(c, cmp.Compare(a.Period.From, b.Period.From))
	})
	for i := 1; i < len(t.terms); i++ {
		a, b := t.terms[i-1], t.terms[i]
		if a.Org == b.Org && a.Body == b.Body && (!a.joint || a.Country == b.Country) && a.Period.Overlaps(b.Period) {
			return nil, fmt.Errorf("chair: %s %s: term of %s %v overlaps term of %s %v", a.Org, a.Body, a.Country, a.Period, b.Country, b.Period)
		}
	}
	slices.SortFunc(t.terms, compareTerms)
	t.index()
	return t, nil
}

// index builds t's indexes from its sorted bodies and terms. The generator
// builds the same indexes for the built-in table (see TestBuiltinIndexes).
func (t *Table) index() {
	terms := t.terms
	t.byCountry = make([]posting, len(terms))
	for i := range t.byCountry {
		t.byCountry[i] = posting{uint32(i), terms[i].Period}
	}
	slices.SortFunc(t.byCountry, func(a, b posting) int {
		x, y := terms[a.Row], terms[b.Row]
		return cmp.Or(cmp.Compare(x.Country, y.Country), cmp.Compare(x.Org, y.Org), cmp.Compare(x.Period.From, y.Period.From), cmp.Compare(x.Body, y.Body))
	})
	t.bodyTerms = index.Build(len(terms), func(i int) (string, string, bool) { return string(terms[i].Org), terms[i].Body, true })
	t.principal = index.Build(len(terms), func(i int) (string, string, bool) {
		b, _ := t.LookupBody(terms[i].Org, terms[i].Body)
		return string(terms[i].Org), "", b.Principal
	})
	t.orgTerms = index.Build(len(terms), func(i int) (string, string, bool) { return string(terms[i].Org), "", true })
	t.countries = index.Build(len(terms), func(i int) (string, string, bool) {
		return string(terms[t.byCountry[i].Row].Country), "", true
	})
}

// compareTerms orders terms by Org, Body, Period.From and then Country,
// which only the terms of a joint body can share a start.
func compareTerms(a, b Term) int {
	return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Body, b.Body), cmp.Compare(a.Period.From, b.Period.From), cmp.Compare(a.Country, b.Country))
}

// LookupBody returns org's body or post with the given ID (a [Term]'s Body).
func (t *Table) LookupBody(org orgs.ID, id string) (Body, bool) {
	i := sort.Search(len(t.bodies), func(i int) bool {
		b := t.bodies[i]
		return b.Org > org || b.Org == org && b.ID >= id
	})
	if i < len(t.bodies) && t.bodies[i].Org == org && t.bodies[i].ID == id {
		return t.bodies[i], true
	}
	return Body{}, false
}

// Bodies returns an iterator over org's bodies and posts, ordered by ID.
func (t *Table) Bodies(org orgs.ID) iter.Seq[Body] {
	return func(yield func(Body) bool) {
		i := sort.Search(len(t.bodies), func(i int) bool { return t.bodies[i].Org >= org })
		for ; i < len(t.bodies) && t.bodies[i].Org == org; i++ {
			if !yield(t.bodies[i]) {
				return
			}
		}
	}
}

// Principal returns org's principal body: the one whose chair is the organization's chair.
func (t *Table) Principal(org orgs.ID) (Body, bool) {
	for b := range t.Bodies(org) {
		if b.Principal {
			return b, true
		}
	}
	return Body{}, false
}

// find returns the terms that slots locate for the key (org, body); body ""
// stands for any body.
func (t *Table) find(slots []index.Slot, org orgs.ID, body string) []Term {
	for p := index.Lookup(slots, string(org), body); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return nil
		}
		if x := &t.terms[s.Lo]; x.Org == org && (body == "" || x.Body == body) {
			return t.terms[s.Lo:s.Hi]
		}
	}
}

// AtBody returns the term of body in org in force on d. It reports false when
// the body is unknown, vacant on d, or has no record for d, and for a joint
// body, which may have several holders at once: use [Table.Holders].
func (t *Table) AtBody(org orgs.ID, body string, d igo.Date) (Term, bool) {
	if body == "" {
		return Term{}, false
	}
	ts := t.find(t.bodyTerms, org, body)
	if len(ts) > 0 && ts[0].joint {
		return Term{}, false
	}
	return found(at(ts, d))
}

// Holders returns an iterator over the terms of body in org in force on d,
// ordered by party: every co-chair of a joint body (see [Body].Joint), or
// the one term [Table.AtBody] reports for any other body, so that callers
// need not tell the two apart. It yields nothing when the body is unknown,
// vacant on d, or has no record for d.
func (t *Table) Holders(org orgs.ID, body string, d igo.Date) iter.Seq[Term] {
	return func(yield func(Term) bool) {
		if body == "" {
			return
		}
		ts := t.find(t.bodyTerms, org, body)
		if len(ts) > 0 && !ts[0].joint {
			if tm := at(ts, d); tm != nil {
				yield(*tm)
			}
			return
		}
		// A joint body's terms may overlap, so any term that starts on or
		// before d is in force if it ends after d: collect them, ordered by
		// party, in a buffer that stays on the stack unless a day has more
		// than 16 holders.
		var buf [16]uint32
		in := buf[:0]
		ds := dates.Start(uint32(d))
		for i := range startedBy(ts, ds) {
			if to := ts[i].Period.To; to != 0 && dates.Start(uint32(to)) <= ds {
				continue
			}
			j := len(in) // insertion sort: a day has few holders
			in = append(in, uint32(i))
			for ; j > 0 && ts[in[j-1]].Country > ts[i].Country; j-- {
				in[j] = in[j-1]
			}
			in[j] = uint32(i)
		}
		for _, i := range in {
			if !yield(ts[i]) {
				return
			}
		}
	}
}

// at returns the term of ts, one body's terms oldest first, in force on d.
func at(ts []Term, d igo.Date) *Term {
	// The last term that starts on or before d is the only candidate, since
	// terms do not overlap.
	if n := startedBy(ts, dates.Start(uint32(d))); n > 0 && ts[n-1].Period.Contains(d) {
		return &ts[n-1]
	}
	return nil
}

// found returns a copy of *tm and true, or false if tm is nil. The point
// queries copy the term they find once, here, rather than at each return:
// a Term is 136 bytes.
func found(tm *Term) (Term, bool) {
	if tm == nil {
		return Term{}, false
	}
	return *tm, true
}

// startedBy returns the number of terms of ts, one body's terms oldest
// first, that start on or before the day ds (a first day, see
// [dates.Start]). Dates compare as first days, as Period.Contains does: the
// date "2024" is in a term from 2024-01-01. (A loop rather than
// sort.Search: no call per step.)
func startedBy(ts []Term, ds uint32) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); dates.Start(uint32(ts[m].Period.From)) > ds {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// At returns the chair of org's principal body in force on d (for the SCO,
// the chair of the Council of Heads of State). It reports false when org is
// unknown or the data records no chair on d.
func (t *Table) At(org orgs.ID, d igo.Date) (Term, bool) {
	return found(at(t.find(t.principal, org, ""), d))
}

// ChairedBy returns an iterator over the chairmanships (terms of role
// [Chair], of any body) that c held at any time in the calendar year year,
// ordered by organization, then start, then body. Leadership posts are not
// chairmanships and are not included.
func (t *Table) ChairedBy(c igo.Country, year int) iter.Seq[Term] {
	return func(yield func(Term) bool) {
		if c == "" || year < 1 || year > 9998 {
			return
		}
		y := igo.Year(year)
		for _, p := range t.countryRange(c) {
			if !p.Period.Overlaps(y) {
				continue
			}
			if tm := &t.terms[p.Row]; tm.Role == Chair && !yield(*tm) {
				return
			}
		}
	}
}

// A posting is a term's position with its period, so that a scan of a
// party's list reads only the terms that overlap the period asked about.
type posting struct {
	Row    uint32
	Period igo.Period
}

// countryRange returns the postings of c's terms.
func (t *Table) countryRange(c igo.Country) []posting {
	for p := index.Lookup(t.countries, string(c), ""); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return nil
		}
		if t.terms[t.byCountry[s.Lo].Row].Country == c {
			return t.byCountry[s.Lo:s.Hi]
		}
	}
}

// History returns an iterator over every term of every body of org, ordered
// by body and then by start. With org "" it covers every organization.
func (t *Table) History(org orgs.ID) iter.Seq[Term] {
	return func(yield func(Term) bool) {
		terms := t.terms
		if org != "" {
			terms = t.find(t.orgTerms, org, "")
		}
		for _, tm := range terms {
			if !yield(tm) {
				return
			}
		}
	}
}

// Default returns the built-in table, which the package-level functions
// query. Each call returns a new handle, so that assigning through it
// (*Default() = Table{}) cannot change the built-in data.
func Default() *Table {
	t := builtin
	return &t
}

// Bodies is [Table.Bodies] on the built-in data.
func Bodies(org orgs.ID) iter.Seq[Body] { return builtin.Bodies(org) }

// LookupBody is [Table.LookupBody] on the built-in data.
func LookupBody(org orgs.ID, id string) (Body, bool) { return builtin.LookupBody(org, id) }

// Principal is [Table.Principal] on the built-in data.
func Principal(org orgs.ID) (Body, bool) { return builtin.Principal(org) }

// At is [Table.At] on the built-in data: the chair of org's principal body on d.
func At(org orgs.ID, d igo.Date) (Term, bool) { return builtin.At(org, d) }

// AtBody is [Table.AtBody] on the built-in data.
func AtBody(org orgs.ID, body string, d igo.Date) (Term, bool) { return builtin.AtBody(org, body, d) }

// Holders is [Table.Holders] on the built-in data: every holder of body in
// org on d, ordered by party.
func Holders(org orgs.ID, body string, d igo.Date) iter.Seq[Term] {
	return builtin.Holders(org, body, d)
}

// ChairedBy is [Table.ChairedBy] on the built-in data: the chairmanships c
// held at any time in year, ordered by organization and start.
func ChairedBy(c igo.Country, year int) iter.Seq[Term] { return builtin.ChairedBy(c, year) }

// History is [Table.History] on the built-in data.
func History(org orgs.ID) iter.Seq[Term] { return builtin.History(org) }
