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
	events []Event // sorted by Date, Org, Kind, Country
	// Lists of positions in events, each chronological within one key, and
	// their hash indexes (see [index.Build]), so that a filtered query reads
	// only the events it selects.
	byOrg, byCountry, byPair          []uint32
	orgSlots, countrySlots, pairSlots []index.Slot
}

// NewTable derives the membership and chair events of ms and cs and merges
// them with extra (founding, renaming, summits and the like), which it copies.
// It returns an error naming the first extra event with an invalid date or kind.
func NewTable(ms *member.Table, cs *chair.Table, extra []Event) (*Table, error) {
	// Each spell gives at most two events and each term one: size the slice
	// once rather than growing a slice of large structs.
	n := len(extra)
	for range ms.Spells("") {
		n += 2
	}
	for range cs.History("") {
		n++
	}
	evs := append(make([]Event, 0, n), extra...)
	for i, e := range evs {
		if !e.Date.IsValid() || e.Kind == 0 || int(e.Kind) >= len(kindNames) {
			return nil, fmt.Errorf("timeline: extra event %d (%q): bad date %d or kind %v", i, e.Title, uint32(e.Date), e.Kind)
		}
	}
	return derive(ms, cs, evs), nil
}

func derive(ms *member.Table, cs *chair.Table, evs []Event) *Table {
	// A party does not "leave" an organization that is dissolved: its
	// spells end with the organization, which the Dissolved event reports.
	dissolved := map[orgs.ID]igo.Date{}
	for _, e := range evs {
		if e.Kind == Dissolved {
			dissolved[e.Org] = e.Date
		}
	}
	var prev member.Membership
	var spells []member.Membership
	flush := func() {
		evs = appendMembershipEvents(evs, spells, dissolved)
		spells = spells[:0]
	}
	for m := range ms.Spells("") {
		if len(spells) > 0 && (m.Org != prev.Org || m.Country != prev.Country) {
			flush()
		}
		spells = append(spells, m)
		prev = m
	}
	flush()
	for t := range cs.History("") {
		e := Event{Date: t.Period.From, Org: t.Org, Country: t.Country, Body: t.Body, Scheduled: t.Scheduled, term: t}
		body := t.Body
		if b, ok := cs.LookupBody(t.Org, t.Body); ok {
			body = b.Name
		}
		if t.Role == chair.Post {
			e.Kind, e.Person = PostTaken, t.Person
			e.Title = fmt.Sprintf("%s becomes %s", personOr(t.Person, t.Country), body)
		} else {
			e.Kind = ChairTaken
			e.Title = fmt.Sprintf("%s takes the chair (%s)", partyName(t.Country), body)
		}
		evs = append(evs, e)
	}
	// Sort positions, not the events themselves (an Event is a few hundred
	// bytes), then move each event once into its place.
	order := make([]uint32, len(evs))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(i, j uint32) int {
		a, b := &evs[i], &evs[j]
		// Ties keep their input order (derivation order): a stable sort.
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Org, b.Org), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Country, b.Country), cmp.Compare(i, j))
	})
	permute(evs, order)
	t := &Table{events: evs}
	t.byOrg, t.orgSlots = positions(evs, orgKey)
	t.byCountry, t.countrySlots = positions(evs, countryKey)
	t.byPair, t.pairSlots = positions(evs, pairKey)
	return t
}

// permute reorders evs in place so that the event at position order[i] moves
// to i, following each cycle of the permutation with one spare event.
func permute(evs []Event, order []uint32) {
	const done = ^uint32(0)
	for i := range order {
		if order[i] == done {
			continue
		}
		spare := evs[i]
		j := i
		for {
			k := int(order[j])
			order[j] = done
			if k == i {
				evs[j] = spare
				break
			}
			evs[j] = evs[k]
			j = k
		}
	}
}

// The keys of the position lists; an event whose key starts with "" is in no list.
func orgKey(e *Event) (string, string)     { return string(e.Org), "" }
func countryKey(e *Event) (string, string) { return string(e.Country), "" }
func pairKey(e *Event) (string, string) {
	if e.Country == "" {
		return "", ""
	}
	return string(e.Org), string(e.Country)
}

// positions returns the positions of the events that have a key, sorted by
// key and then chronologically, with their hash index.
func positions(evs []Event, key func(*Event) (string, string)) ([]uint32, []index.Slot) {
	var pos []uint32
	for i := range evs {
		if a, _ := key(&evs[i]); a != "" {
			pos = append(pos, uint32(i))
		}
	}
	// Ties keep chronological order: the positions themselves break them.
	slices.SortFunc(pos, func(x, y uint32) int {
		a1, b1 := key(&evs[x])
		a2, b2 := key(&evs[y])
		return cmp.Or(cmp.Compare(a1, a2), cmp.Compare(b1, b2), cmp.Compare(x, y))
	})
	return pos, index.Build(len(pos), func(i int) (string, string, bool) {
		a, b := key(&evs[pos[i]])
		return a, b, true
	})
}

// appendMembershipEvents derives the events of one party's spells in one
// organization, given oldest first. Spells that end on the day their
// organization was dissolved end without a Left event.
func appendMembershipEvents(evs []Event, spells []member.Membership, dissolved map[orgs.ID]igo.Date) []Event {
	var standing []member.Membership // the standing (non-process) spells
	for _, m := range spells {
		if m.Tier.IsProcess() {
			evs = append(evs, Event{Date: m.Period.From, Kind: ProcessBegan, Org: m.Org, Country: m.Country, Tier: m.Tier, Scheduled: m.Scheduled,
				Title: fmt.Sprintf("%s: %s", partyName(m.Country), m.Tier), spell: m})
			continue
		}
		standing = append(standing, m)
	}
	for i, m := range standing {
		e := Event{Date: m.Period.From, Org: m.Org, Country: m.Country, Tier: m.Tier, Standing: m.Standing, Scheduled: m.Scheduled, spell: m}
		var before *member.Membership
		if i > 0 && standing[i-1].Period.To == m.Period.From {
			before = &standing[i-1]
		}
		switch {
		case before == nil:
			e.Kind = Joined
			e.Title = fmt.Sprintf("%s joins as %s", partyName(m.Country), m.Tier)
		case before.Tier != m.Tier:
			e.Kind, e.PrevTier = TierChanged, before.Tier
			e.Title = fmt.Sprintf("%s moves from %s to %s", partyName(m.Country), before.Tier, m.Tier)
		case before.Standing != m.Standing:
			e.Kind, e.PrevTier = StandingChanged, before.Tier
			e.Title = fmt.Sprintf("%s: %s standing becomes %s", partyName(m.Country), m.Tier, m.Standing)
		}
		if e.Kind != 0 { // zero: a split record with nothing new to report
			evs = append(evs, e)
		}
		if end, ok := dissolved[m.Org]; ok && m.Period.To == end {
			continue
		}
		if m.Period.To != 0 && (i+1 == len(standing) || standing[i+1].Period.From != m.Period.To) {
			evs = append(evs, Event{Date: m.Period.To, Kind: Left, Org: m.Org, Country: m.Country, PrevTier: m.Tier,
				Title: fmt.Sprintf("%s ceases to be %s", partyName(m.Country), m.Tier), spell: m})
		}
	}
	return evs
}

func partyName(c igo.Country) string {
	if n := c.Name(); n != "" {
		return n
	}
	return string(c)
}

func personOr(person string, c igo.Country) string {
	if person != "" {
		return person
	}
	return "a national of " + partyName(c)
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
		builtinTable = derive(member.Default(), chair.Default(), slices.Clone(eventRows[:]))
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
		lo := sort.Search(len(pos), func(i int) bool { return start(t.events[pos[i]].Date) >= from })
		for _, i := range pos[lo:] {
			e := &t.events[i]
			if to != 0 && start(e.Date) >= to {
				return
			}
			if !yield(*e) {
				return
			}
		}
	}
}

// find returns the positions in list, indexed by slots on key, of the
// events whose key is (a, b).
func (t *Table) find(list []uint32, slots []index.Slot, key func(*Event) (string, string), a, b string) []uint32 {
	for p := index.Lookup(slots, a, b); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return nil
		}
		if x, y := key(&t.events[list[s.Lo]]); x == a && y == b {
			return list[s.Lo:s.Hi]
		}
	}
}

// start is the first day d covers. Events are sorted by Date, and start
// keeps that order, so it can drive the binary searches.
func start(d igo.Date) uint32 { return dates.Start(uint32(d)) }

// scan yields the events that f selects by Period alone.
func (t *Table) scan(f Filter, yield func(Event) bool) {
	evs := t.events
	from, to := start(f.Period.From), start(f.Period.To)
	if from != 0 {
		lo := sort.Search(len(evs), func(i int) bool { return start(evs[i].Date) >= from })
		evs = evs[lo:]
	}
	for i := range evs {
		e := &evs[i]
		if to != 0 && start(e.Date) >= to {
			return
		}
		if !yield(*e) {
			return
		}
	}
}

// All is [Table.All] on the built-in data.
func All() iter.Seq[Event] { return builtin().All() }

// Select is [Table.Select] on the built-in data.
func Select(f Filter) iter.Seq[Event] { return builtin().Select(f) }
