package synth

import (
	"iter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// Scan answers the same questions as the member and chair tables by
// reading every record, in the order given, as a program without indexes
// would: the baseline the benchmarks compare with, and the oracle the
// tests check the indexes against. Its iterators yield in record order.
type Scan struct {
	Spells []member.Membership
	Bodies []chair.Body
	Terms  []chair.Term
}

// Status returns c's spell in org on d as [member.Table.Status] chooses it.
func (s *Scan) Status(org orgs.ID, c igo.Country, d igo.Date) (member.Membership, bool) {
	var found member.Membership
	ok := false
	for i := range s.Spells {
		m := &s.Spells[i]
		if m.Org == org && m.Country == c && m.Period.Contains(d) {
			if !m.Tier.IsProcess() {
				return *m, true
			}
			found, ok = *m, true
		}
	}
	return found, ok
}

// TierOf returns c's tier in org on d, or member.None.
func (s *Scan) TierOf(org orgs.ID, c igo.Country, d igo.Date) member.Tier {
	m, _ := s.Status(org, c, d)
	return m.Tier
}

// Of returns an iterator over the spells of org in force on d.
func (s *Scan) Of(org orgs.ID, d igo.Date) iter.Seq[member.Membership] {
	return func(yield func(member.Membership) bool) {
		for i := range s.Spells {
			if m := &s.Spells[i]; m.Org == org && m.Period.Contains(d) && !yield(*m) {
				return
			}
		}
	}
}

// OfCountry returns an iterator over c's spells in force on d.
func (s *Scan) OfCountry(c igo.Country, d igo.Date) iter.Seq[member.Membership] {
	return func(yield func(member.Membership) bool) {
		for i := range s.Spells {
			if m := &s.Spells[i]; m.Country == c && m.Period.Contains(d) && !yield(*m) {
				return
			}
		}
	}
}

// AtBody returns the term of body in org in force on d.
func (s *Scan) AtBody(org orgs.ID, body string, d igo.Date) (chair.Term, bool) {
	for i := range s.Terms {
		if t := &s.Terms[i]; t.Org == org && t.Body == body && t.Period.Contains(d) {
			return *t, true
		}
	}
	return chair.Term{}, false
}

// At returns the term of org's principal body in force on d.
func (s *Scan) At(org orgs.ID, d igo.Date) (chair.Term, bool) {
	for _, b := range s.Bodies {
		if b.Org == org && b.Principal {
			return s.AtBody(org, b.ID, d)
		}
	}
	return chair.Term{}, false
}

// ChairedBy returns an iterator over the chair terms c held in year. Every
// synthetic term is a chair's, so it does not look up the body's role.
func (s *Scan) ChairedBy(c igo.Country, year int) iter.Seq[chair.Term] {
	return func(yield func(chair.Term) bool) {
		y := igo.Year(year)
		for i := range s.Terms {
			if t := &s.Terms[i]; t.Country == c && t.Period.Overlaps(y) && !yield(*t) {
				return
			}
		}
	}
}
