package member

import (
	"cmp"
	"fmt"
	"iter"
	"slices"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/index"
	"github.com/igodata/igo/internal/srcs"
	"github.com/igodata/igo/orgs"
)

// A Membership is one uninterrupted spell of one party in one tier and
// standing of one organization.
type Membership struct {
	Org      orgs.ID
	Country  igo.Country // the party: see [igo.Country] for parties without an ISO code
	Tier     Tier
	Standing Standing
	Period   igo.Period
	// Attested reports that Period.From is the earliest date a source shows
	// the party in this tier, not the date it joined, which is unknown.
	Attested bool
	// Scheduled reports a spell announced for the future (an accession with
	// a fixed date, say) that no source has yet confirmed as begun. Status,
	// Of, OfCountry and History return it with this flag; TierOf, which has
	// no flag to carry, ignores it.
	Scheduled bool
	// Inferred, when not "", says which rule the record was derived from
	// because no source states it directly.
	Inferred string
	Note     string
	src      srcs.Span
	alt      srcs.AltSpan
}

// Sources returns an iterator over the sources that support m. A record the
// caller made has none; one copied from the built-in data keeps its sources,
// also in a table built by [NewTable].
func (m Membership) Sources() iter.Seq[igo.Source] { return m.src.All() }

// Alternatives returns an iterator over values other sources give for m's
// fields, with the reason each is not preferred.
func (m Membership) Alternatives() iter.Seq[igo.Alternative] { return m.alt.All() }

// A Table is an indexed, immutable set of memberships. The package-level
// functions query the built-in table; [NewTable] builds one from caller
// records. A Table is safe for concurrent use. The zero Table is empty.
type Table struct {
	rows      []Membership // sorted by Org, Country, Period.From, Tier
	byCountry []posting    // rows sorted by Country, Org, Period.From, Tier
	// Hash indexes (see [index.Build]), so that a query reads only the rows
	// of its organization, party or both.
	pairs     []index.Slot // (Org, Country) -> rows
	orgRows   []index.Slot // (Org, "") -> rows
	countries []index.Slot // (Country, "") -> byCountry
}

// builtin refers to the generated slices (not arrays, whose slicing would
// need start-up code), so it costs nothing at start-up.
var builtin = Table{
	rows: membershipRows, byCountry: byCountryIndex,
	pairs: pairSlots, orgRows: orgSlots, countries: countrySlots,
}

// NewTable builds a table from records, which it copies. It returns an error
// naming the first bad record: an empty organization or party, a tier or
// standing out of range, a period whose start is not a valid date or whose
// end is not after it, or two spells of one party in one organization that
// overlap (an Acceding or Applicant spell may overlap one of another kind).
func NewTable(records []Membership) (*Table, error) {
	rows := slices.Clone(records)
	for i, m := range rows {
		if err := check(m); err != nil {
			return nil, fmt.Errorf("member: record %d: %w", i, err)
		}
	}
	slices.SortStableFunc(rows, compareRows)
	for i := range rows {
		for j := i + 1; j < len(rows) && rows[j].Org == rows[i].Org && rows[j].Country == rows[i].Country; j++ {
			if rows[i].Tier.IsProcess() == rows[j].Tier.IsProcess() && rows[i].Period.Overlaps(rows[j].Period) {
				return nil, fmt.Errorf("member: %s in %s: %s spell %v overlaps %s spell %v", rows[i].Country, rows[i].Org, rows[i].Tier, rows[i].Period, rows[j].Tier, rows[j].Period)
			}
		}
	}
	return newTable(rows), nil
}

// newTable indexes rows, which must be sorted by compareRows. The generator
// builds the same indexes for the built-in table (see TestBuiltinIndexes).
func newTable(rows []Membership) *Table {
	t := &Table{rows: rows, byCountry: make([]posting, len(rows))}
	for i := range t.byCountry {
		t.byCountry[i] = posting{uint32(i), rows[i].Period}
	}
	slices.SortStableFunc(t.byCountry, func(a, b posting) int {
		x, y := rows[a.Row], rows[b.Row]
		return cmp.Or(cmp.Compare(x.Country, y.Country), compareRows(x, y))
	})
	t.pairs = index.Build(len(rows), func(i int) (string, string, bool) {
		return string(rows[i].Org), string(rows[i].Country), true
	})
	t.orgRows = index.Build(len(rows), func(i int) (string, string, bool) { return string(rows[i].Org), "", true })
	t.countries = index.Build(len(rows), func(i int) (string, string, bool) {
		return string(rows[t.byCountry[i].Row].Country), "", true
	})
	return t
}

func check(m Membership) error {
	switch {
	case m.Org == "":
		return fmt.Errorf("empty organization")
	case m.Country == "":
		return fmt.Errorf("empty party")
	case m.Tier == None || int(m.Tier) >= len(tierNames):
		return fmt.Errorf("%s: bad tier %s", m.Country, m.Tier)
	case int(m.Standing) >= len(standingNames):
		return fmt.Errorf("%s: bad standing %s", m.Country, m.Standing)
	case !m.Period.From.IsValid():
		return fmt.Errorf("%s: bad start %d", m.Country, uint32(m.Period.From))
	case m.Period.To != 0 && (!m.Period.To.IsValid() || m.Period.Empty()):
		return fmt.Errorf("%s: end %v is not a valid date after start %v", m.Country, m.Period.To, m.Period.From)
	}
	return nil
}

func compareRows(x, y Membership) int {
	return cmp.Or(
		cmp.Compare(x.Org, y.Org),
		cmp.Compare(x.Country, y.Country),
		cmp.Compare(x.Period.From, y.Period.From),
		cmp.Compare(x.Tier, y.Tier),
	)
}

// orgRange returns the rows of org, or of org and c when c is not "".
func (t *Table) orgRange(org orgs.ID, c igo.Country) []Membership {
	slots := t.pairs
	if c == "" {
		slots = t.orgRows
	}
	for p := index.Lookup(slots, string(org), string(c)); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return nil
		}
		if r := &t.rows[s.Lo]; r.Org == org && (c == "" || r.Country == c) {
			return t.rows[s.Lo:s.Hi]
		}
	}
}

// A posting is a row's position with its period, so that a scan of a
// party's list reads only the rows in force.
type posting struct {
	Row    uint32
	Period igo.Period
}

// countryRange returns the postings of c's spells.
func (t *Table) countryRange(c igo.Country) []posting {
	for p := index.Lookup(t.countries, string(c), ""); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return nil
		}
		if t.rows[t.byCountry[s.Lo].Row].Country == c {
			return t.byCountry[s.Lo:s.Hi]
		}
	}
}

// Status returns c's spell in org that is in force on d: its standing tier
// (member, observer, ...) if it has one, otherwise an Acceding or Applicant
// spell. It reports false when c is not a party on d.
func (t *Table) Status(org orgs.ID, c igo.Country, d igo.Date) (Membership, bool) {
	if m := t.status(org, c, d); m != nil {
		return *m, true
	}
	return Membership{}, false
}

// status returns the spell Status reports, or nil; it copies no record, so
// TierOf stays cheap.
func (t *Table) status(org orgs.ID, c igo.Country, d igo.Date) *Membership {
	if c == "" {
		return nil
	}
	var found *Membership
	rows := t.orgRange(org, c)
	for i := range rows {
		if m := &rows[i]; m.Period.Contains(d) {
			if !m.Tier.IsProcess() {
				return m
			}
			found = m
		}
	}
	return found
}

// TierOf reports c's tier in org on d, as [Table.Status] chooses it, or None
// when c is not a party on d or its spell is only scheduled (announced, not
// confirmed as begun). None also answers a date the data does not
// cover; compare d with the organization's [orgs.Org.Period] and
// [orgs.Org.VerifiedThrough] to tell "not a party" from "not recorded".
func (t *Table) TierOf(org orgs.ID, c igo.Country, d igo.Date) Tier {
	if m := t.status(org, c, d); m != nil && !m.Scheduled {
		return m.Tier
	}
	return None
}

// Of returns an iterator over the spells of org in force on d, ordered by
// party. A party whose accession is under way appears twice: with its
// standing tier and as Acceding.
func (t *Table) Of(org orgs.ID, d igo.Date) iter.Seq[Membership] {
	return func(yield func(Membership) bool) {
		if org == "" {
			return
		}
		rows := t.orgRange(org, "")
		for i := range rows {
			if m := &rows[i]; m.Period.Contains(d) && !yield(*m) {
				return
			}
		}
	}
}

// History returns an iterator over every spell of c in org, oldest first.
func (t *Table) History(org orgs.ID, c igo.Country) iter.Seq[Membership] {
	return func(yield func(Membership) bool) {
		if org == "" || c == "" {
			return
		}
		for _, m := range t.orgRange(org, c) {
			if !yield(m) {
				return
			}
		}
	}
}

// Spells returns an iterator over every spell of every party in org, ordered
// by party and then by start. With org "" it covers every organization.
func (t *Table) Spells(org orgs.ID) iter.Seq[Membership] {
	return func(yield func(Membership) bool) {
		rows := t.rows
		if org != "" {
			rows = t.orgRange(org, "")
		}
		for _, m := range rows {
			if !yield(m) {
				return
			}
		}
	}
}

// OfCountry returns an iterator over c's spells in force on d in every
// organization, ordered by organization.
func (t *Table) OfCountry(c igo.Country, d igo.Date) iter.Seq[Membership] {
	return func(yield func(Membership) bool) {
		if c == "" {
			return
		}
		for _, p := range t.countryRange(c) {
			if p.Period.Contains(d) && !yield(t.rows[p.Row]) {
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

// Status is [Table.Status] on the built-in data.
func Status(org orgs.ID, c igo.Country, d igo.Date) (Membership, bool) {
	return builtin.Status(org, c, d)
}

// TierOf is [Table.TierOf] on the built-in data: c's tier in org on d, or
// None when c is not a party on d.
func TierOf(org orgs.ID, c igo.Country, d igo.Date) Tier { return builtin.TierOf(org, c, d) }

// Of is [Table.Of] on the built-in data: the spells of org in force on d, ordered by party.
func Of(org orgs.ID, d igo.Date) iter.Seq[Membership] { return builtin.Of(org, d) }

// History is [Table.History] on the built-in data: every spell of c in org, oldest first.
func History(org orgs.ID, c igo.Country) iter.Seq[Membership] { return builtin.History(org, c) }

// Spells is [Table.Spells] on the built-in data.
func Spells(org orgs.ID) iter.Seq[Membership] { return builtin.Spells(org) }

// OfCountry is [Table.OfCountry] on the built-in data: c's spells in force on d, by organization.
func OfCountry(c igo.Country, d igo.Date) iter.Seq[Membership] { return builtin.OfCountry(c, d) }
