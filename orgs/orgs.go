package orgs

import (
	"iter"
	"sort"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/index"
	"github.com/igodata/igo/internal/norm"
	"github.com/igodata/igo/internal/srcs"
)

// An ID is an organization's stable short code, such as "SCO". IDs stay the
// same across data releases and marshal as themselves. The zero ID is not a
// valid organization. Conversions such as ID("sco") are unchecked; use [Parse]
// for input.
type ID string

// IsValid reports whether id names a built-in organization.
func (id ID) IsValid() bool {
	_, ok := Lookup(id)
	return ok
}

// UnmarshalText parses text as [Parse] does, so decoding validates.
func (id *ID) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// An Org is an intergovernmental organization as the built-in data records
// it. Its list-valued facts are methods returning iterators. The zero Org
// has no ID and empty lists.
type Org struct {
	ID            ID
	Name          string   // current official English name
	Acronym       string   // current English acronym
	Founded       igo.Date // date of the founding act, at the precision known
	FoundingAct   string   // the act that founded it
	FoundingPlace string   // where that act was signed or adopted, if known
	Dissolved     igo.Date // when it ceased to exist; zero while it exists
	Successor     ID       // the organization that took over when it was dissolved, if any

	// VerifiedThrough is the day up to which the organization's records were
	// checked against the sources. The data still answers for later dates,
	// but a change after VerifiedThrough (a new member, a handover) may be
	// missing: for such dates "none" means "not recorded", not "no".
	VerifiedThrough igo.Date

	names, aliases, founders, seats, notes [2]uint16
	src                                    srcs.Span
}

// A Name is one of an organization's names over a period.
type Name struct {
	Name    string
	Acronym string // "" if the name had none
	Period  igo.Period
	Note    string
	src     srcs.Span
	alt     srcs.AltSpan
}

// Sources returns an iterator over the sources that support n.
func (n Name) Sources() iter.Seq[igo.Source] { return n.src.All() }

// Alternatives returns an iterator over values other sources give for n's
// dates, with the reason each is not preferred.
func (n Name) Alternatives() iter.Seq[igo.Alternative] { return n.alt.All() }

// A Seat is an organization's headquarters (the seat of its secretariat) over
// a period. A Seat whose Period is zero is recorded without dates: the
// sources name the seat but not since when.
type Seat struct {
	City    string
	Country igo.Country
	Period  igo.Period
	// Inferred, when not "", says which rule the record was derived from
	// because no source states it directly.
	Inferred string
	Note     string
	src      srcs.Span
	alt      srcs.AltSpan
}

// Sources returns an iterator over the sources that support s.
func (s Seat) Sources() iter.Seq[igo.Source] { return s.src.All() }

// Alternatives returns an iterator over values other sources give for s's
// dates, with the reason each is not preferred.
func (s Seat) Alternatives() iter.Seq[igo.Alternative] { return s.alt.All() }

// A Note is a sourced remark on an organization's data: a claim checked
// against the evidence, a caveat, a disagreement between sources.
type Note struct {
	Text string
	src  srcs.Span
}

// Sources returns an iterator over the sources that support n.
func (n Note) Sources() iter.Seq[igo.Source] { return n.src.All() }

// All returns an iterator over the built-in organizations, ordered by ID.
func All() iter.Seq[Org] {
	return func(yield func(Org) bool) {
		for _, o := range orgTable {
			if !yield(o) {
				return
			}
		}
	}
}

// Lookup returns the built-in organization with the given ID.
func Lookup(id ID) (Org, bool) {
	i := sort.Search(len(orgTable), func(i int) bool { return orgTable[i].ID >= id })
	if i < len(orgTable) && orgTable[i].ID == id {
		return orgTable[i], true
	}
	return Org{}, false
}

// Parse resolves an organization's ID, acronym, current or former name, or
// alias, ignoring case, hyphens and extra spaces, and accepting British and
// American spellings: "sco", "Shanghai Cooperation Organization", "Turkic
// Council" and "IFSO" all resolve. Empty or control-character input gives an
// error wrapping [igo.ErrSyntax]; anything else that names no organization
// gives one wrapping [igo.ErrUnknown].
func Parse(s string) (ID, error) {
	var buf [200]byte
	key, ok := norm.Append(buf[:0], s)
	if !ok {
		return "", &igo.ParseError{What: "organization", Input: s, Err: igo.ErrSyntax, Reason: "want an acronym or a name"}
	}
	// One hash probe, comparing keys only where the hash leads.
	for p := index.Lookup(nameSlots, key, ""); ; p.Next() {
		slot := p.Slot()
		if slot.Hi == 0 {
			return "", &igo.ParseError{What: "organization", Input: s, Err: igo.ErrUnknown}
		}
		if k := &nameIndex[slot.Lo]; k.key == string(key) {
			return k.id, nil
		}
	}
}

type nameKey struct {
	key string // norm.Key of a name
	id  ID
}

// Period returns the span of o's existence, [Founded, Dissolved).
func (o Org) Period() igo.Period { return igo.Period{From: o.Founded, To: o.Dissolved} }

// Predecessors returns an iterator over the built-in organizations whose
// successor is o, in ID order.
func (o Org) Predecessors() iter.Seq[ID] {
	return func(yield func(ID) bool) {
		if o.ID == "" {
			return
		}
		for _, p := range orgTable {
			if p.Successor == o.ID && !yield(p.ID) {
				return
			}
		}
	}
}

// Names returns an iterator over o's names, oldest first, ending with the current one.
func (o Org) Names() iter.Seq[Name] { return rows(names[:], o.names) }

// NameOn returns the name o bore on d.
func (o Org) NameOn(d igo.Date) (Name, bool) {
	for n := range o.Names() {
		if n.Period.Contains(d) {
			return n, true
		}
	}
	return Name{}, false
}

// Aliases returns an iterator over other spellings and press names of o that
// [Parse] accepts, beside its names and acronyms.
func (o Org) Aliases() iter.Seq[string] { return rows(aliases[:], o.aliases) }

// Founders returns an iterator over the parties that founded o, in code order.
func (o Org) Founders() iter.Seq[igo.Country] { return rows(founders[:], o.founders) }

// Headquarters returns an iterator over o's seats, oldest first.
func (o Org) Headquarters() iter.Seq[Seat] { return rows(seats[:], o.seats) }

// Notes returns an iterator over the notes on o's data.
func (o Org) Notes() iter.Seq[Note] { return rows(notes[:], o.notes) }

// Sources returns an iterator over every source cited for o (for its
// names, founding, memberships, chairs and events), ordered by URL.
func (o Org) Sources() iter.Seq[igo.Source] { return o.src.All() }

func rows[T any](table []T, r [2]uint16) iter.Seq[T] { return srcs.Range(table, r[0], r[1]) }
