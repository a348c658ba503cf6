package timeline

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"sort"
	"sync"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/internal/dates"
	"github.com/igodata/igo/internal/index"
	"github.com/igodata/igo/internal/srcs"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// A Kind is what happened in an [Event].
type Kind uint8

// Kinds of event. The zero Kind is not valid.
const (
	Founded         Kind = iota + 1 // the organization was founded
	Renamed                         // it took a new name (Title)
	Joined                          // a party entered a tier, having been no party before
	TierChanged                     // a party moved from one tier to another (Tier, PrevTier)
	StandingChanged                 // a party's membership was suspended, frozen or restored (Standing)
	Left                            // a party ceased to be a party (PrevTier)
	ProcessBegan                    // an application or accession began (Tier is Applicant or Acceding)
	ChairTaken                      // a party took a body's chair (Body)
	PostTaken                       // a person took a leadership post (Body, Person)
	Summit                          // a summit
	Meeting                         // another meeting
	Treaty                          // a treaty was signed or entered into force
	Other                           // another dated event
	Dissolved                       // the organization ceased to exist
)

var kindNames = [...]string{
	Founded: "founded", Renamed: "renamed", Joined: "joined", TierChanged: "tier changed",
	StandingChanged: "standing changed", Left: "left", ProcessBegan: "process began",
	ChairTaken: "chair taken", PostTaken: "post taken", Summit: "summit", Meeting: "meeting",
	Treaty: "treaty", Other: "other", Dissolved: "dissolved",
}

// String returns the kind in lower-case English ("joined", "chair taken"), or "kind(N)" if invalid.
func (k Kind) String() string {
	if k != 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText returns the kind as [Kind.String] prints it.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, &igo.ParseError{What: "event kind", Input: k.String(), Err: igo.ErrUnknown}
	}
	return []byte(k.String()), nil
}

// An Event is one dated happening in one organization. Membership and chair
// events are derived from the member and chair tables; the others come from
// the organization's records.
type Event struct {
	Date     igo.Date
	Kind     Kind
	Org      orgs.ID
	Country  igo.Country     // the party concerned, or the host of a summit; "" if none
	Tier     member.Tier     // the tier entered (Joined, TierChanged, ProcessBegan)
	PrevTier member.Tier     // the tier left (TierChanged, Left)
	Standing member.Standing // the new standing (StandingChanged)
	Body     string          // the chair body or post (ChairTaken, PostTaken)
	Person   string          // the post holder (PostTaken), if recorded
	Title    string          // what happened, in English
	Place    string          // where, if recorded
	Note     string          // a remark from the data, if any
	// Scheduled reports an event announced for the future that no source yet
	// confirms as held.
	Scheduled bool
	// The record a membership, chair or post event derives from, in the
	// table's own copy, which no caller can reach: its accessors return copies.
	spell *member.Membership
	term  *chair.Term
	src   srcs.Span // the sources of any other event
	alt   srcs.AltSpan
}

// Sources returns an iterator over the sources that support e: those of the
// membership spell or term it derives from, or its own.
func (e Event) Sources() iter.Seq[igo.Source] {
	switch {
	case e.spell != nil:
		return e.spell.Sources()
	case e.term != nil:
		return e.term.Sources()
	}
	return e.src.All()
}

// Alternatives returns an iterator over values other sources give for the
// fields of e or of the record it derives from, with the reason each is not preferred.
func (e Event) Alternatives() iter.Seq[igo.Alternative] {
	switch {
	case e.spell != nil:
		return e.spell.Alternatives()
	case e.term != nil:
		return e.term.Alternatives()
	}
	return e.alt.All()
}

// Membership returns the spell a membership event (Joined, TierChanged,
// StandingChanged, Left, ProcessBegan) derives from: for Left the spell that
// ended, otherwise the spell that began.
func (e Event) Membership() (member.Membership, bool) {
	if e.spell == nil {
		return member.Membership{}, false
	}
	return *e.spell, true
}

// Term returns the term a ChairTaken or PostTaken event derives from, with
// its priorities and sources.
func (e Event) Term() (chair.Term, bool) {
	if e.term == nil {
		return chair.Term{}, false
	}
	return *e.term, true
}

// A Filter selects events. Its zero fields select everything: a zero Org
// any organization, a zero Country any party, a zero Period any date.
type Filter struct {
	Org     orgs.ID
	Country igo.Country
	// Period selects events whose Date is on or after Period.From (if not
	// zero) and before Period.To (if not zero). Dates at reduced precision
	// count as their first day, as in [igo.Period.Contains]: an event dated
	// "2024" is selected by [igo.Year](2024).
	Period igo.Period
}

func (f Filter) match(e Event) bool {
	return (f.Org == "" || e.Org == f.Org) &&
		(f.Country == "" || e.Country == f.Country) &&
		(f.Period.From == 0 || start(e.Date) >= start(f.Period.From)) &&
		(f.Period.To == 0 || start(e.Date) < start(f.Period.To))
}

// A Table is an immutable, chronological list of events. The package-level
// functions query the built-in timeline; [NewTable] derives one from caller
// tables. A Table is safe for concurrent use. The zero Table is empty.
type Table struct {
	// The events, compactly, twice: grouped by organization, and grouped by
	// party and then organization, each group chronological. A query for
	// one organization, party or pair so reads one run of records; each
	// record holds what its Event shows and refers to the spell or term
	// behind it.
	byOrg   []record
	byParty []record // only the events that have a party
	chrono  []uint32 // positions in byOrg, in chronological order
	// Positions in byParty, each party's run in chronological order (the
	// runs are those of byParty, so one index serves both).
	partyChrono []uint32
	spells      []member.Membership // the member table's spells, in its order
	terms       []chair.Term        // the chair table's terms, in its order
	extra       []Event             // the events that derive from no spell or term
	// The strings the records name by number. Titles are interned: the
	// events with the same title share one string, so a party's are few.
	orgIDs, parties, bodies, titles []string
	// Hash indexes (see [index.Build]) of the runs of byOrg, of byParty
	// by party, and of byParty by party and organization.
	orgSlots, partySlots, pairSlots []index.Slot
}

// What a record's ref is a position in.
const (
	fromExtra = iota
	fromSpell
	fromTerm
)

// A record is one event in 28 bytes.
type record struct {
	date  igo.Date
	ref   uint32 // position in Table.spells, terms or extra, as from says
	org   uint32 // in Table.orgIDs
	party uint32 // in Table.parties; 0 for none
	title uint32 // in Table.titles, for a derived event
	// A chair or post event's body in Table.bodies, or manyBodies when the
	// table has too many to number here.
	body uint16
	kind Kind
	from uint8
	// The Tier, PrevTier and Standing of a membership event, and Scheduled.
	tier, prev member.Tier
	standing   member.Standing
	scheduled  bool
}

const manyBodies = 1<<16 - 1

// event makes the Event of r.
func (t *Table) event(r *record) Event {
	if r.from == fromExtra {
		return t.extra[r.ref]
	}
	e := Event{Date: r.date, Kind: r.kind, Org: orgs.ID(t.orgIDs[r.org]), Country: igo.Country(t.parties[r.party]),
		Tier: r.tier, PrevTier: r.prev, Standing: r.standing, Title: t.titles[r.title], Scheduled: r.scheduled}
	if r.from == fromSpell {
		e.spell = &t.spells[r.ref]
		return e
	}
	e.term = &t.terms[r.ref]
	if r.body != manyBodies {
		e.Body = t.bodies[r.body]
	} else {
		e.Body = e.term.Body
	}
	if r.kind == PostTaken {
		e.Person = e.term.Person
	}
	return e
}

// party returns the organization and party of the event r describes.
func (t *Table) party(r *record) (orgs.ID, igo.Country) {
	switch r.from {
	case fromSpell:
		return t.spells[r.ref].Org, t.spells[r.ref].Country
	case fromTerm:
		return t.terms[r.ref].Org, t.terms[r.ref].Country
	}
	return t.extra[r.ref].Org, t.extra[r.ref].Country
}

// NewTable derives the membership and chair events of ms and cs and merges
// them with extra (founding, renaming, summits and the like), which it copies.
// It returns an error naming the first extra event with an invalid date or kind.
func NewTable(ms *member.Table, cs *chair.Table, extra []Event) (*Table, error) {
	for i, e := range extra {
		if !e.Date.IsValid() || e.Kind == 0 || int(e.Kind) >= len(kindNames) {
			return nil, fmt.Errorf("timeline: extra event %d (%q): bad date %d or kind %v", i, e.Title, uint32(e.Date), e.Kind)
		}
	}
	return derive(ms, cs, slices.Clone(extra)), nil
}

// derive builds the table of the events of ms, cs and extra, which it keeps.
func derive(ms *member.Table, cs *chair.Table, extra []Event) *Table {
	t := &Table{extra: extra, spells: collect(ms.Spells("")), terms: collect(cs.History(""))}
	// Each spell gives at most two events and each term one.
	recs := make([]record, 0, len(extra)+2*len(t.spells)+len(t.terms))
	for i, e := range extra {
		recs = append(recs, record{date: e.Date, ref: uint32(i), kind: e.Kind, from: fromExtra})
	}
	// A party does not "leave" an organization that is dissolved: its
	// spells end with the organization, which the Dissolved event reports.
	dissolved := map[orgs.ID]igo.Date{}
	for _, e := range extra {
		if e.Kind == Dissolved {
			dissolved[e.Org] = e.Date
		}
	}
	var standing []uint32 // scratch for appendMembershipEvents
	for lo := 0; lo < len(t.spells); {
		hi := lo + 1
		for hi < len(t.spells) && t.spells[hi].Org == t.spells[lo].Org && t.spells[hi].Country == t.spells[lo].Country {
			hi++
		}
		recs, standing = appendMembershipEvents(recs, standing[:0], t.spells, lo, hi, dissolved)
		lo = hi
	}
	// Until entitle replaces it, a term's record's title is the number of
	// its body's display name in names.
	var bodies, names ranker
	bodies.id("")
	for i := range t.terms {
		tm := &t.terms[i]
		kind := ChairTaken
		if tm.Role == chair.Post {
			kind = PostTaken
		}
		r := record{date: tm.Period.From, ref: uint32(i), kind: kind, from: fromTerm, body: manyBodies, scheduled: tm.Scheduled}
		if b := bodies.id(tm.Body); b < manyBodies {
			r.body = uint16(b)
		}
		if i > 0 && tm.Org == t.terms[i-1].Org && tm.Body == t.terms[i-1].Body {
			r.title = recs[len(recs)-1].title
		} else {
			name := tm.Body
			if b, ok := cs.LookupBody(tm.Org, tm.Body); ok {
				name = b.Name
			}
			r.title = names.id(name)
		}
		recs = append(recs, r)
	}
	t.bodies = bodies.names
	order := t.rank(recs)
	t.titles = t.entitle(recs, names.names)
	t.index(recs, order)
	return t
}

// collect returns the items of seq in a slice allocated once.
func collect[T any](seq iter.Seq[T]) []T {
	n := 0
	for range seq {
		n++
	}
	s := make([]T, 0, n)
	for x := range seq {
		s = append(s, x)
	}
	return s
}

// entitle fills in the fields of the derived records recs that their spell
// gives, and gives each derived record the number of its title in the list
// it returns. bodyNames are the display names of the terms' bodies, which
// their records number as their title on entry; the records' parties are
// numbered already.
func (t *Table) entitle(recs []record, bodyNames []string) []string {
	var titles ranker
	titles.id("")
	// A title is made once for each key: the party, the kind and the tiers,
	// standing or body name that it names.
	type titleKey struct {
		party, body          uint32
		kind                 Kind
		tier, prev, standing uint8
	}
	made := map[titleKey]uint32{}
	names := make([]string, len(t.parties)) // the parties' display names, when needed
	var buf []byte
	for i := range recs {
		r := &recs[i]
		k := titleKey{party: r.party, kind: r.kind}
		body := ""
		switch r.from {
		case fromSpell:
			m := &t.spells[r.ref]
			switch r.kind {
			case Left:
				r.prev = m.Tier
			case ProcessBegan:
				r.tier, r.scheduled = m.Tier, m.Scheduled
			default:
				r.tier, r.standing, r.scheduled = m.Tier, m.Standing, m.Scheduled
			}
			k.tier, k.prev, k.standing = uint8(r.tier), uint8(r.prev), uint8(r.standing)
		case fromTerm:
			k.body, body = r.title, bodyNames[r.title]
		default:
			continue
		}
		// A post's title names its holder, so only a post with none shares it.
		shared := r.kind != PostTaken || t.terms[r.ref].Person == ""
		if id, ok := made[k]; ok && shared {
			r.title = id
			continue
		}
		if names[r.party] == "" {
			names[r.party] = partyName(igo.Country(t.parties[r.party]))
		}
		buf = buf[:0]
		for _, s := range t.titleParts(r, names[r.party], body) {
			buf = append(buf, s...)
		}
		r.title = titles.idBytes(buf)
		if shared {
			made[k] = r.title
		}
	}
	return titles.names
}

// titleParts returns the pieces of r's title ("Kazakhstan", " joins as ",
// "member"), given its party's name and, for a term, its body's display name.
func (t *Table) titleParts(r *record, party, body string) [6]string {
	switch r.from {
	case fromSpell:
		m := &t.spells[r.ref]
		switch r.kind {
		case ProcessBegan:
			return [6]string{party, ": ", m.Tier.String()}
		case Joined:
			return [6]string{party, " joins as ", m.Tier.String()}
		case TierChanged:
			return [6]string{party, " moves from ", r.prev.String(), " to ", m.Tier.String()}
		case StandingChanged:
			return [6]string{party, ": ", m.Tier.String(), " standing becomes ", m.Standing.String()}
		case Left:
			return [6]string{party, " ceases to be ", m.Tier.String()}
		}
	case fromTerm:
		tm := &t.terms[r.ref]
		if r.kind == PostTaken {
			if tm.Person != "" {
				return [6]string{tm.Person, " becomes ", body}
			}
			return [6]string{"a national of ", party, " becomes ", body}
		}
		return [6]string{party, " takes the chair (", body, ")"}
	}
	return [6]string{}
}

// rank numbers the organizations and parties of recs in sorted order, sets
// each record's, and returns the positions of recs in the table's
// chronological order: by date, organization, kind, party, then derivation.
func (t *Table) rank(recs []record) []uint32 {
	var orgIDs, parties ranker
	orgIDs.id("")
	parties.id("")
	for i := range recs {
		o, c := t.party(&recs[i])
		recs[i].org, recs[i].party = orgIDs.id(string(o)), parties.id(string(c))
	}
	orgRank, orgNames := orgIDs.ranks()
	partyRank, partyNames := parties.ranks()
	t.orgIDs, t.parties = orgNames, partyNames
	// Sort keys: hi holds the date and organization, lo the kind, party
	// and derivation position, which breaks ties.
	type sortKey struct{ hi, lo uint64 }
	keys := make([]sortKey, len(recs))
	for i := range recs {
		r := &recs[i]
		r.org, r.party = orgRank[r.org], partyRank[r.party]
		keys[i] = sortKey{uint64(r.date)<<32 | uint64(r.org), uint64(r.kind)<<56 | uint64(r.party)<<32 | uint64(i)}
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		if a.hi != b.hi {
			return cmp.Compare(a.hi, b.hi)
		}
		return cmp.Compare(a.lo, b.lo)
	})
	order := make([]uint32, len(keys))
	for i, k := range keys {
		order[i] = uint32(k.lo)
	}
	return order
}

// A ranker numbers distinct strings in the order it first sees them and
// then, if asked, ranks them in sorted order.
type ranker struct {
	ids    map[string]uint32
	names  []string
	last   string // the string of the previous call, a cache: strings come in runs
	lastID uint32
}

func (r *ranker) id(s string) uint32 {
	if r.ids == nil {
		r.ids = map[string]uint32{}
	} else if s == r.last {
		return r.lastID
	}
	id, ok := r.ids[s]
	if !ok {
		id = uint32(len(r.names))
		r.ids[s] = id
		r.names = append(r.names, s)
	}
	r.last, r.lastID = s, id
	return id
}

// idBytes is id for a string in b, which it copies only when it is new.
func (r *ranker) idBytes(b []byte) uint32 {
	if id, ok := r.ids[string(b)]; ok {
		return id
	}
	return r.id(string(b))
}

// ranks returns the rank of each string in sorted order, by the number id
// gave it, and the strings by rank.
func (r *ranker) ranks() ([]uint32, []string) {
	order := make([]uint32, len(r.names))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return cmp.Compare(r.names[a], r.names[b]) })
	rank := make([]uint32, len(order))
	sorted := make([]string, len(order))
	for i, id := range order {
		rank[id] = uint32(i)
		sorted[i] = r.names[id]
	}
	return rank, sorted
}

// index lays out recs, whose chronological order is order, as the table
// keeps them, and builds the indexes. It reuses recs as byOrg.
func (t *Table) index(recs []record, order []uint32) {
	org := func(p uint32) uint32 { return recs[p].org }
	party := func(p uint32) uint32 { return recs[p].party }
	// Counting sorts are stable: each run stays chronological, and
	// byParty's runs of one party are ordered by organization.
	orgOrder := group(order, len(t.orgIDs), org, true)
	partyOrder := group(orgOrder, len(t.parties), party, false)
	t.byParty = make([]record, len(partyOrder))
	for i, p := range partyOrder {
		t.byParty[i] = recs[p]
	}
	// at[p] is the place of recs[p] in byParty, then in byOrg.
	at := make([]uint32, len(recs))
	for i, p := range partyOrder {
		at[p] = uint32(i)
	}
	t.partyChrono = group(order, len(t.parties), party, false)
	for i, p := range t.partyChrono {
		t.partyChrono[i] = at[p]
	}
	for i, p := range orgOrder {
		at[p] = uint32(i)
	}
	t.chrono = order
	for i, p := range order {
		t.chrono[i] = at[p]
	}
	t.byOrg = permute(recs, orgOrder)
	t.orgSlots = runs(t.byOrg, func(r *record) uint64 { return uint64(r.org) },
		func(k uint64) (string, string) { return t.orgIDs[k], "" })
	t.partySlots = runs(t.byParty, func(r *record) uint64 { return uint64(r.party) },
		func(k uint64) (string, string) { return t.parties[k], "" })
	t.pairSlots = runs(t.byParty, func(r *record) uint64 { return uint64(r.org)<<32 | uint64(r.party) },
		func(k uint64) (string, string) { return t.orgIDs[k>>32], t.parties[uint32(k)] })
}

// group returns the positions in pos grouped by rank (a counting sort, so
// within a rank they keep their order in pos), without rank 0 unless zero.
func group(pos []uint32, n int, rank func(uint32) uint32, zero bool) []uint32 {
	start := make([]uint32, n+1)
	for _, p := range pos {
		if k := rank(p); k != 0 || zero {
			start[k+1]++
		}
	}
	for k := 1; k < n; k++ {
		start[k+1] += start[k]
	}
	out := make([]uint32, start[n])
	for _, p := range pos {
		if k := rank(p); k != 0 || zero {
			out[start[k]] = p
			start[k]++
		}
	}
	return out
}

// permute moves recs, in place, into the order of pos, the positions of
// all of them, which it consumes, and returns them.
func permute(recs []record, pos []uint32) []record {
	// Move each record once, following each cycle of the permutation with
	// one spare record.
	const done = ^uint32(0)
	for i := range pos {
		if pos[i] == done {
			continue
		}
		spare := recs[i]
		j := i
		for {
			k := int(pos[j])
			pos[j] = done
			if k == i {
				recs[j] = spare
				break
			}
			recs[j] = recs[k]
			j = k
		}
	}
	return recs[:len(pos):len(pos)]
}

// runs returns the hash index of the runs of recs that share id(record), a
// number that stands for the key that key returns; id 0 is no key.
func runs(recs []record, id func(*record) uint64, key func(uint64) (string, string)) []index.Slot {
	n := 0
	for i := range recs {
		if k := id(&recs[i]); k != 0 && (i == 0 || k != id(&recs[i-1])) {
			n++
		}
	}
	s := index.New(n)
	for lo := 0; lo < len(recs); {
		k, hi := id(&recs[lo]), lo+1
		for hi < len(recs) && id(&recs[hi]) == k {
			hi++
		}
		if k != 0 {
			a, b := key(k)
			index.Insert(s, a, b, uint32(lo), uint32(hi))
		}
		lo = hi
	}
	return s
}

// appendMembershipEvents derives the events of one party's spells in one
// organization, spells[lo:hi], given oldest first. Spells that end on the
// day their organization was dissolved end without a Left event. standing
// is scratch space, returned for reuse.
func appendMembershipEvents(recs []record, standing []uint32, spells []member.Membership, lo, hi int, dissolved map[orgs.ID]igo.Date) ([]record, []uint32) {
	for i := lo; i < hi; i++ {
		if m := &spells[i]; m.Tier.IsProcess() {
			recs = append(recs, record{date: m.Period.From, kind: ProcessBegan, ref: uint32(i), from: fromSpell})
			continue
		}
		standing = append(standing, uint32(i))
	}
	for j, i := range standing {
		m := &spells[i]
		r := record{date: m.Period.From, ref: i, from: fromSpell}
		var before *member.Membership
		if j > 0 && spells[standing[j-1]].Period.To == m.Period.From {
			before = &spells[standing[j-1]]
		}
		switch {
		case before == nil:
			r.kind = Joined
		case before.Tier != m.Tier:
			r.kind, r.prev = TierChanged, before.Tier
		case before.Standing != m.Standing:
			r.kind, r.prev = StandingChanged, before.Tier
		}
		if r.kind != 0 { // zero: a split record with nothing new to report
			recs = append(recs, r)
		}
		if end, ok := dissolved[m.Org]; ok && m.Period.To == end {
			continue
		}
		if m.Period.To != 0 && (j+1 == len(standing) || spells[standing[j+1]].Period.From != m.Period.To) {
			recs = append(recs, record{date: m.Period.To, kind: Left, ref: i, from: fromSpell})
		}
	}
	return recs, standing
}

func partyName(c igo.Country) string {
	if n := c.Name(); n != "" {
		return n
	}
	return string(c)
}

// The built-in timeline is derived on first use (not at start-up); all later calls share it.
var (
	builtinOnce  sync.Once
	builtinTable *Table
)

// Default returns the built-in timeline, deriving it on first use. Each call
// returns a new handle, so that assigning through it (*Default() = Table{})
// cannot change the built-in data.
func Default() *Table {
	t := *builtin()
	return &t
}

// builtin returns the shared built-in timeline, deriving it on first use.
func builtin() *Table {
	builtinOnce.Do(func() {
		builtinTable = derive(member.Default(), chair.Default(), eventRows[:])
	})
	return builtinTable
}

// All returns an iterator over every event of t, in chronological order
// (then by organization and kind).
func (t *Table) All() iter.Seq[Event] {
	return func(yield func(Event) bool) { t.scan(Filter{}, yield) }
}

// Select returns an iterator over the events of t that f selects, in
// chronological order.
func (t *Table) Select(f Filter) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		switch {
		case f.Org != "" && f.Country != "":
			lo, hi := t.find(t.byParty, t.pairSlots, string(f.Org), string(f.Country))
			t.run(t.byParty[lo:hi], f.Period, yield)
		case f.Org != "":
			lo, hi := t.find(t.byOrg, t.orgSlots, string(f.Org), "")
			t.run(t.byOrg[lo:hi], f.Period, yield)
		case f.Country != "":
			lo, hi := t.find(t.byParty, t.partySlots, "", string(f.Country))
			t.positions(t.byParty, t.partyChrono[lo:hi], f.Period, yield)
		default:
			t.scan(f, yield)
		}
	}
}

// find returns the bounds of the run of recs, indexed by slots, whose
// organization is org (if not "") and whose party is party (if not "").
func (t *Table) find(recs []record, slots []index.Slot, org, party string) (lo, hi int) {
	a, b := org, party
	if a == "" {
		a, b = party, ""
	}
	for p := index.Lookup(slots, a, b); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return 0, 0
		}
		r := &recs[s.Lo]
		if (org == "" || t.orgIDs[r.org] == org) && (party == "" || t.parties[r.party] == party) {
			return int(s.Lo), int(s.Hi)
		}
	}
}

// run yields the events of the chronological records recs in period p.
func (t *Table) run(recs []record, p igo.Period, yield func(Event) bool) {
	from, to := start(p.From), start(p.To)
	lo := sort.Search(len(recs), func(i int) bool { return start(recs[i].date) >= from })
	for i := lo; i < len(recs); i++ {
		if to != 0 && start(recs[i].date) >= to {
			return
		}
		if !yield(t.event(&recs[i])) {
			return
		}
	}
}

// positions yields the events of the records of recs at pos, a
// chronological list, in period p.
func (t *Table) positions(recs []record, pos []uint32, p igo.Period, yield func(Event) bool) {
	from, to := start(p.From), start(p.To)
	lo := 0
	if from != 0 {
		lo = sort.Search(len(pos), func(i int) bool { return start(recs[pos[i]].date) >= from })
	}
	for _, i := range pos[lo:] {
		if to != 0 && start(recs[i].date) >= to {
			return
		}
		if !yield(t.event(&recs[i])) {
			return
		}
	}
}

// start is the first day d covers. Events are sorted by Date, and start
// keeps that order, so it can drive the binary searches.
func start(d igo.Date) uint32 { return dates.Start(uint32(d)) }

// scan yields the events that f selects by Period alone.
func (t *Table) scan(f Filter, yield func(Event) bool) {
	t.positions(t.byOrg, t.chrono, f.Period, yield)
}

// All is [Table.All] on the built-in data.
func All() iter.Seq[Event] { return builtin().All() }

// Select is [Table.Select] on the built-in data.
func Select(f Filter) iter.Seq[Event] { return builtin().Select(f) }
