package timeline

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
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
	spell     member.Membership // the record a membership event derives from
	term      chair.Term        // the record a chair or post event derives from
	src       srcs.Span         // the sources of any other event
	alt       srcs.AltSpan
}

// Sources returns an iterator over the sources that support e: those of the
// membership spell or term it derives from, or its own.
func (e Event) Sources() iter.Seq[igo.Source] {
	switch {
	case e.spell.Org != "":
		return e.spell.Sources()
	case e.term.Org != "":
		return e.term.Sources()
	}
	return e.src.All()
}

// Alternatives returns an iterator over values other sources give for the
// fields of e or of the record it derives from, with the reason each is not preferred.
func (e Event) Alternatives() iter.Seq[igo.Alternative] {
	switch {
	case e.spell.Org != "":
		return e.spell.Alternatives()
	case e.term.Org != "":
		return e.term.Alternatives()
	}
	return e.alt.All()
}

// Membership returns the spell a membership event (Joined, TierChanged,
// StandingChanged, Left, ProcessBegan) derives from: for Left the spell that
// ended, otherwise the spell that began.
func (e Event) Membership() (member.Membership, bool) { return e.spell, e.spell.Org != "" }

// Term returns the term a ChairTaken or PostTaken event derives from, with
// its priorities and sources.
func (e Event) Term() (chair.Term, bool) { return e.term, e.term.Org != "" }

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
	// The events, compactly: each refers to the spell, term or extra event
	// it derives from, and its Event is made only when a query yields it.
	events []record            // sorted by Date, Org, Kind, Country, then derivation order
	spells []member.Membership // the member table's spells, in its order
	terms  []chair.Term        // the chair table's terms, in its order
	extra  []Event             // the events that derive from no spell or term
	titles string              // the derived events' titles, in the order of events
	// Lists of positions in events, each chronological within one key, and
	// their hash indexes (see [index.Build]), so that a filtered query reads
	// only the events it selects.
	byOrg, byCountry, byPair          []uint32
	orgSlots, countrySlots, pairSlots []index.Slot
}

// What a record's ref is a position in.
const (
	fromExtra = iota
	fromSpell
	fromTerm
)

// A record is one event in 16 bytes. A derived event's title is
// titles[title:next.title], next being the following record (or the end of
// titles); an extra event has its own.
type record struct {
	date  igo.Date
	ref   uint32 // position in Table.spells, terms or extra, as from says
	title uint32
	kind  Kind
	from  uint8
	prev  member.Tier // PrevTier of TierChanged and StandingChanged
}

// event makes the Event of events[i].
func (t *Table) event(i int) Event {
	r := &t.events[i]
	switch r.from {
	case fromSpell:
		m := &t.spells[r.ref]
		e := Event{Date: r.date, Kind: r.kind, Org: m.Org, Country: m.Country, Title: t.title(i), spell: *m}
		switch r.kind {
		case Left:
			e.PrevTier = m.Tier
		case ProcessBegan:
			e.Tier, e.Scheduled = m.Tier, m.Scheduled
		default:
			e.Tier, e.PrevTier, e.Standing, e.Scheduled = m.Tier, r.prev, m.Standing, m.Scheduled
		}
		return e
	case fromTerm:
		tm := &t.terms[r.ref]
		e := Event{Date: r.date, Kind: r.kind, Org: tm.Org, Country: tm.Country, Body: tm.Body,
			Scheduled: tm.Scheduled, Title: t.title(i), term: *tm}
		if r.kind == PostTaken {
			e.Person = tm.Person
		}
		return e
	}
	return t.extra[r.ref]
}

// title returns the title of the derived event events[i].
func (t *Table) title(i int) string {
	end := uint32(len(t.titles))
	if i+1 < len(t.events) {
		end = t.events[i+1].title
	}
	return t.titles[t.events[i].title:end]
}

// party returns the organization and party of r.
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
	bodyNames := make([]string, len(t.terms)) // the display name of each term's body
	for i := range t.terms {
		tm := &t.terms[i]
		kind := ChairTaken
		if tm.Role == chair.Post {
			kind = PostTaken
		}
		recs = append(recs, record{date: tm.Period.From, ref: uint32(i), kind: kind, from: fromTerm})
		switch {
		case i > 0 && tm.Org == t.terms[i-1].Org && tm.Body == t.terms[i-1].Body:
			bodyNames[i] = bodyNames[i-1]
		default:
			bodyNames[i] = tm.Body
			if b, ok := cs.LookupBody(tm.Org, tm.Body); ok {
				bodyNames[i] = b.Name
			}
		}
	}
	keys, orgIDs, countries := t.keys(recs)
	parties := make([]string, len(countries)) // the English name of each party, by rank
	for i, c := range countries {
		parties[i] = partyName(igo.Country(c))
	}
	// Measure the titles in derivation order, which reads the spells and
	// terms in order, and write them once sorted.
	n := 0
	for i := range recs {
		for _, s := range t.titleParts(&recs[i], parties[keys[i].country()], bodyNames) {
			n += len(s)
		}
	}
	sortRecords(recs, keys)
	t.events = recs
	t.writeTitles(n, keys, parties, bodyNames)
	t.index(keys, orgIDs, countries)
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

// A sortKey orders records as the table keeps them: hi holds the date and
// the rank of the organization's ID, lo the kind, the rank of the party's
// ID and the record's position in derivation order, which breaks ties.
type sortKey struct{ hi, lo uint64 }

const rankBits = 28 // bits of a party's rank in sortKey.lo

func (k sortKey) org() uint32     { return uint32(k.hi) }
func (k sortKey) country() uint32 { return uint32(k.lo>>32) & (1<<rankBits - 1) }
func (k sortKey) pos() uint32     { return uint32(k.lo) }

// keys returns the sort keys of recs, and the organizations' and parties'
// IDs by rank; rank 0 is the empty ID. Each organization and party is
// ranked once, so that sorting compares integers rather than strings.
func (t *Table) keys(recs []record) ([]sortKey, []string, []string) {
	var orgIDs, countryIDs ranker
	orgIDs.id("")
	countryIDs.id("")
	keys := make([]sortKey, len(recs))
	for i := range recs {
		o, c := t.party(&recs[i])
		keys[i] = sortKey{uint64(orgIDs.id(string(o))), uint64(countryIDs.id(string(c)))}
	}
	orgRank, orgNames := orgIDs.ranks()
	countryRank, countries := countryIDs.ranks()
	for i, r := range recs {
		k := &keys[i]
		k.hi = uint64(r.date)<<32 | uint64(orgRank[k.hi])
		k.lo = uint64(r.kind)<<(32+rankBits) | uint64(countryRank[k.lo])<<32 | uint64(i)
	}
	return keys, orgNames, countries
}

// sortRecords sorts keys, the keys of recs, and moves recs into the same order.
func sortRecords(recs []record, keys []sortKey) {
	slices.SortFunc(keys, func(a, b sortKey) int {
		if a.hi != b.hi {
			return cmp.Compare(a.hi, b.hi)
		}
		return cmp.Compare(a.lo, b.lo)
	})
	// Move each record once into its place, following each cycle of the
	// permutation with one spare record.
	order := make([]uint32, len(keys))
	for i, k := range keys {
		order[i] = k.pos()
	}
	const done = ^uint32(0)
	for i := range order {
		if order[i] == done {
			continue
		}
		spare := recs[i]
		j := i
		for {
			k := int(order[j])
			order[j] = done
			if k == i {
				recs[j] = spare
				break
			}
			recs[j] = recs[k]
			j = k
		}
	}
}

// A ranker numbers distinct IDs in the order it first sees them and then
// ranks them in sorted order.
type ranker struct {
	ids    map[string]uint32
	names  []string
	last   string // the ID of the previous call, a cache: IDs come in runs
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

// ranks returns the rank of each ID in sorted order, by the number id gave
// it, and the IDs by rank.
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

// writeTitles writes the derived events' titles, n bytes in all, in order,
// into one string. keys are the events' sort keys, parties the parties'
// names by rank and bodyNames the display name of each term's body.
func (t *Table) writeTitles(n int, keys []sortKey, parties, bodyNames []string) {
	var b strings.Builder
	b.Grow(n)
	for i := range t.events {
		t.events[i].title = uint32(b.Len())
		for _, s := range t.titleParts(&t.events[i], parties[keys[i].country()], bodyNames) {
			b.WriteString(s)
		}
	}
	t.titles = b.String()
}

// titleParts returns the pieces of r's title ("Kazakhstan", " joins as ",
// "member"), given its party's name; none for an extra event, which has its own.
func (t *Table) titleParts(r *record, party string, bodyNames []string) [6]string {
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
				return [6]string{tm.Person, " becomes ", bodyNames[r.ref]}
			}
			return [6]string{"a national of ", party, " becomes ", bodyNames[r.ref]}
		}
		return [6]string{party, " takes the chair (", bodyNames[r.ref], ")"}
	}
	return [6]string{}
}

// index builds the position lists and their hash indexes, given the
// events' sort keys and the organizations' and parties' IDs by rank.
func (t *Table) index(keys []sortKey, orgIDs, countries []string) {
	all := make([]uint32, len(keys))
	for i := range all {
		all[i] = uint32(i)
	}
	// Rank 0 is the empty ID, which is in no list.
	org := func(p uint32) uint32 { return keys[p].org() }
	country := func(p uint32) uint32 { return keys[p].country() }
	t.byOrg = group(all, len(orgIDs), org)
	t.byCountry = group(all, len(countries), country)
	// Grouping the party lists by organization, stably, orders them by
	// organization, party and date.
	t.byPair = group(t.byCountry, len(orgIDs), org)
	t.orgSlots = slots(t.byOrg, func(p uint32) uint64 { return uint64(org(p)) },
		func(k uint64) (string, string) { return orgIDs[k], "" })
	t.countrySlots = slots(t.byCountry, func(p uint32) uint64 { return uint64(country(p)) },
		func(k uint64) (string, string) { return countries[k], "" })
	t.pairSlots = slots(t.byPair, func(p uint32) uint64 { return uint64(org(p))<<32 | uint64(country(p)) },
		func(k uint64) (string, string) { return orgIDs[k>>32], countries[uint32(k)] })
}

// group returns the positions in pos whose rank is not 0, grouped by rank
// (a counting sort, so within a rank they keep their order in pos).
func group(pos []uint32, n int, rank func(uint32) uint32) []uint32 {
	start := make([]uint32, n+1)
	for _, p := range pos {
		if k := rank(p); k != 0 {
			start[k+1]++
		}
	}
	for k := 1; k < n; k++ {
		start[k+1] += start[k]
	}
	out := make([]uint32, start[n])
	for _, p := range pos {
		if k := rank(p); k != 0 {
			out[start[k]] = p
			start[k]++
		}
	}
	return out
}

// slots returns the hash index of list, whose positions are grouped by
// id(position), a number that stands for the key that key returns.
func slots(list []uint32, id func(uint32) uint64, key func(uint64) (string, string)) []index.Slot {
	runs := 0
	for i := range list {
		if i == 0 || id(list[i]) != id(list[i-1]) {
			runs++
		}
	}
	s := index.New(runs)
	for lo := 0; lo < len(list); {
		k, hi := id(list[lo]), lo+1
		for hi < len(list) && id(list[hi]) == k {
			hi++
		}
		a, b := key(k)
		index.Insert(s, a, b, uint32(lo), uint32(hi))
		lo = hi
	}
	return s
}

// The keys of the position lists, from an event's organization and party.
func orgKey(o orgs.ID, _ igo.Country) (string, string)     { return string(o), "" }
func countryKey(_ orgs.ID, c igo.Country) (string, string) { return string(c), "" }
func pairKey(o orgs.ID, c igo.Country) (string, string)    { return string(o), string(c) }

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
		var pos []uint32
		switch {
		case f.Org != "" && f.Country != "":
			pos = t.find(t.byPair, t.pairSlots, pairKey, string(f.Org), string(f.Country))
		case f.Org != "":
			pos = t.find(t.byOrg, t.orgSlots, orgKey, string(f.Org), "")
		case f.Country != "":
			pos = t.find(t.byCountry, t.countrySlots, countryKey, string(f.Country), "")
		default:
			t.scan(f, yield)
			return
		}
		// pos is chronological: skip to the period's start, stop at its end.
		from, to := start(f.Period.From), start(f.Period.To)
		lo := sort.Search(len(pos), func(i int) bool { return start(t.events[pos[i]].date) >= from })
		for _, i := range pos[lo:] {
			if to != 0 && start(t.events[i].date) >= to {
				return
			}
			if !yield(t.event(int(i))) {
				return
			}
		}
	}
}

// find returns the positions in list, indexed by slots on key, of the
// events whose key is (a, b).
func (t *Table) find(list []uint32, slots []index.Slot, key func(orgs.ID, igo.Country) (string, string), a, b string) []uint32 {
	for p := index.Lookup(slots, a, b); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return nil
		}
		if x, y := key(t.party(&t.events[list[s.Lo]])); x == a && y == b {
			return list[s.Lo:s.Hi]
		}
	}
}

// start is the first day d covers. Events are sorted by Date, and start
// keeps that order, so it can drive the binary searches.
func start(d igo.Date) uint32 { return dates.Start(uint32(d)) }

// scan yields the events that f selects by Period alone.
func (t *Table) scan(f Filter, yield func(Event) bool) {
	from, to := start(f.Period.From), start(f.Period.To)
	lo := 0
	if from != 0 {
		lo = sort.Search(len(t.events), func(i int) bool { return start(t.events[i].date) >= from })
	}
	for i := lo; i < len(t.events); i++ {
		if to != 0 && start(t.events[i].date) >= to {
			return
		}
		if !yield(t.event(i)) {
			return
		}
	}
}

// All is [Table.All] on the built-in data.
func All() iter.Seq[Event] { return builtin().All() }

// Select is [Table.Select] on the built-in data.
func Select(f Filter) iter.Seq[Event] { return builtin().Select(f) }
