package main

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/dates"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/member/cow"
	"github.com/igodata/igo/orgs"
)

// A pair names one organization in the built-in data and in COW.
type pair struct {
	ours orgs.ID
	cow  string // COW abbreviation; "" when COW does not code the organization
	from int    // first year compared, when COW codes only part of the history
	note string // why COW has no counterpart, or why the comparison starts at from
}

// pairs lists the built-in organizations and their COW counterparts. An
// organization that is not (yet) in the built-in data is skipped, so the
// check picks up each one when it lands.
var pairs = []pair{
	{ours: "CICA", cow: "CICA"},
	{ours: "CIS", cow: "CIS"},
	{ours: "CSTO", cow: "CSTO"},
	{ours: "ECO", cow: "ECO"},
	{ours: "EURASEC", cow: "EAEC"},
	{ours: "EAEU", note: "founded in 2015, after COW's last year; COW codes its predecessor, the Eurasian Economic Community, as EAEC"},
	{ours: "IFAS", cow: "AralSea"},
	{ours: "IOFS", note: "founded in 2013 and operating from 2016; COW IGO v3 does not code it"},
	{ours: "OIC", cow: "OIC"},
	{ours: "OSCE", cow: "OSCE"},
	{ours: "OTS", note: "COW IGO v3 does not code the Turkic Council (2009), only TURKSOY (Turksoy), a different body"},
	{ours: "SCO", cow: "SCO"},
	{ours: "UN", cow: "UN"},
	{ours: "UNSC", note: "COW IGO v3 codes the United Nations, not its organs; Security Council seats are not coded"},
	{ours: "G7", note: "an informal forum without a founding treaty or secretariat; COW IGO v3 does not code it"},
	{ours: "G20", note: "an informal forum without a founding treaty or secretariat; COW IGO v3 does not code it"},
	{ours: "BRICS", note: "an informal grouping without a founding treaty or secretariat; COW IGO v3 does not code it"},
	{ours: "EU", cow: "EU", from: 1993, note: "COW codes the European Economic Community (EEC, 1958-1992) as a separate organization, and the built-in data as the EU's former name"},
	{ours: "ASEAN", cow: "ASEAN"},
	{ours: "APEC", cow: "APEC"},
	{ours: "AU", cow: "AU", from: 2002, note: "COW codes the Organization of African Unity (OAU, 1963-2002) as a separate organization, and the built-in data as the AU's former name"},
	{ours: "ARCTIC", cow: "ArticC"},
	{ours: "MERCOSUR", cow: "Mercosur"},
	{ours: "CARICOM", cow: "CARICOM"},
	{ours: "GCC", cow: "GCC"},
	{ours: "COE", cow: "COE"},
	{ours: "NATO", cow: "NATO"},
	{ours: "OECD", cow: "OECD"},
	{ours: "EFTA", cow: "EFTA"},
}

// A diff is one disagreement: for party in org over the years [from, to],
// the built-in data says ours (the tiers the party held during each year,
// None included when it was not a party for part of the year) and COW says
// theirs.
type diff struct {
	org         orgs.ID
	founded     igo.Date // the organization's founding in the built-in data
	foundingAct string
	cowAbbr     string
	party       igo.Country
	from, to    int
	ours        []member.Tier
	theirs      member.Tier
	reason      string // the resolution
	sources     []igo.Source
}

// yearTiers returns the tiers c held in org during year y in tab, in order
// of first appearance, with None when c was not a party for part of the year.
// Process spells (acceding, applicant) are left out: COW has no such tier.
func yearTiers(tab *member.Table, org orgs.ID, c igo.Country, y int) []member.Tier {
	year := igo.Year(y)
	var tiers []member.Tier
	cursor := year.From
	gap := false
	for m := range tab.History(org, c) {
		p := igo.Period{From: firstDay(m.Period.From), To: firstDay(m.Period.To)}
		if m.Tier.IsProcess() || !p.Overlaps(year) {
			continue
		}
		if p.From > cursor {
			gap = true
		}
		if p.To == 0 {
			cursor = year.To
		} else {
			cursor = max(cursor, p.To)
		}
		if !slices.Contains(tiers, m.Tier) {
			tiers = append(tiers, m.Tier)
		}
	}
	if cursor < year.To {
		gap = true
	}
	if gap || len(tiers) == 0 {
		tiers = append(tiers, member.None)
	}
	return tiers
}

// firstDay returns the first day a date of reduced precision stands for
// (2010-01-01 for "2010"), so that yearTiers can compare spell boundaries
// as days, as igo.Period does.
func firstDay(d igo.Date) igo.Date { return igo.Date(dates.Start(uint32(d))) }

// compare returns every (party, year) on which ours and theirs disagree for
// the organizations in pairs, over the years from the earlier of the two
// start years to the last year COW codes. Consecutive years with the same
// disagreement make one diff.
func compare(ours *member.Table, lookup func(orgs.ID) (orgs.Org, bool), theirs *cow.Dataset) []diff {
	var out []diff
	last := theirs.Years().To.Year() - 1
	for _, p := range pairs {
		o, ok := lookup(p.ours)
		if !ok || p.cow == "" {
			continue
		}
		co, ok := theirs.Lookup(p.cow)
		if !ok {
			continue
		}
		first := min(co.Start, o.Founded.Year())
		if p.from > 0 {
			first = p.from
		}
		parties := map[igo.Country]bool{}
		for m := range ours.Spells(p.ours) {
			switch {
			case m.Period.From.Year() > last:
			case p.from == 0:
				parties[m.Country] = true
				first = min(first, m.Period.From.Year())
			case m.Period.IsOpen() || m.Period.To.Year() >= p.from:
				parties[m.Country] = true
			}
		}
		for m := range theirs.Table().Spells(co.ID) {
			if m.Period.IsOpen() || m.Period.To.Year() > first {
				parties[m.Country] = true
			}
		}
		for _, c := range sortedKeys(parties) {
			for y := first; y <= last; y++ {
				mine := yearTiers(ours, p.ours, c, y)
				cowTier := theirs.Table().TierOf(co.ID, c, igo.Year(y).From)
				if len(mine) == 1 && mine[0] == cowTier {
					continue
				}
				if n := len(out); n > 0 && out[n-1].org == p.ours && out[n-1].party == c && out[n-1].to == y-1 &&
					out[n-1].theirs == cowTier && slices.Equal(out[n-1].ours, mine) {
					out[n-1].to = y
					continue
				}
				out = append(out, diff{org: p.ours, founded: o.Founded, foundingAct: o.FoundingAct, cowAbbr: co.Abbr, party: c, from: y, to: y, ours: mine, theirs: cowTier})
			}
		}
	}
	for i := range out {
		resolve(&out[i], ours, theirs)
	}
	return out
}

func sortedKeys(m map[igo.Country]bool) []igo.Country {
	keys := make([]igo.Country, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b igo.Country) int { return cmp.Compare(a, b) })
	return keys
}

// resolve explains d: first from the manual resolutions, then by the rules
// that explain whole classes of difference. It leaves reason "" when neither
// applies, which the test reports.
func resolve(d *diff, ours *member.Table, theirs *cow.Dataset) {
	// Our sources for the spells in force over the diff's years.
	seen := map[string]bool{}
	for m := range ours.History(d.org, d.party) {
		if !m.Period.Overlaps(igo.Period{From: igo.Year(d.from).From, To: igo.Year(d.to).To}) {
			continue
		}
		for s := range m.Sources() {
			if !seen[s.URL] {
				seen[s.URL] = true
				d.sources = append(d.sources, s)
			}
		}
	}
	if len(d.sources) == 0 { // no spell in those years: cite the party's other spells
		for m := range ours.History(d.org, d.party) {
			for s := range m.Sources() {
				if !seen[s.URL] {
					seen[s.URL] = true
					d.sources = append(d.sources, s)
				}
			}
		}
	}
	for _, r := range resolutions {
		if r.org == d.org && r.party == d.party && r.from <= d.from && d.to <= r.to {
			d.reason = r.reason
			return
		}
	}
	co, _ := theirs.Lookup(d.cowAbbr)
	hasTier := func(t member.Tier) bool {
		for m := range theirs.Table().Spells(co.ID) {
			if m.Tier == t {
				return true
			}
		}
		return false
	}
	mine := d.ours
	switch {
	case d.party.Kind() == igo.Organization || d.party.Kind() == igo.LimitedRecognition:
		d.reason = fmt.Sprintf("COW codes only states of its state system; %s is %s.", d.party, article(d.party.Kind().String()))
	case d.theirs == member.None && cow.StateName(d.party) == "":
		d.reason = fmt.Sprintf("COW's state system does not include %s (%s), so COW codes it in no organization.", d.party, d.party.Name())
	case d.theirs == member.None && !inSystem(theirs, d):
		d.reason = fmt.Sprintf("COW's state system does not include %s in these years, so COW codes it in no organization then (COW State System Membership, states2016.csv).", d.party)
	case d.theirs != member.None && slices.Equal(mine, []member.Tier{member.None}) && d.to < d.founded.Year():
		d.reason = fmt.Sprintf("COW starts %s in %d, before the founding the built-in data records (%s, %s); the built-in data records no party before it. Kept.", co.Abbr, co.Start, d.founded, d.foundingAct)
	case d.theirs == member.None && !slices.Contains(mine, member.None) && suspended(ours, d):
		d.reason = "The built-in data keeps a suspended party in its tier with standing \"suspended\"; COW codes the suspended years as not a member."
	case d.theirs == member.None && d.to < co.Start:
		d.reason = fmt.Sprintf("COW starts %s in %d; the built-in data founds %s on %s and records the party from %s. COW starts some organizations late.", co.Abbr, co.Start, d.org, d.founded, firstSpell(ours, d))
	case d.theirs == member.Unknown:
		d.reason = "COW codes these years as missing data (-9)."
	case len(mine) > 1 && slices.Contains(mine, d.theirs):
		d.reason = fmt.Sprintf("COW codes years: the party's tier changed during the year (built-in: %s), and COW gives one of those tiers.", tierList(mine))
	case d.theirs == member.None && len(mine) == 1 && mine[0] == member.Observer && !hasTier(member.Observer):
		d.reason = fmt.Sprintf("COW codes no observers of %s; it omits them.", co.Abbr)
	case d.theirs == member.None && !slices.Contains(mine, member.None) && !slices.ContainsFunc(mine, func(t member.Tier) bool { return t != member.DialoguePartner && t != member.Partner }):
		d.reason = "COW has no dialogue-partner or partner tier; it omits such parties."
	default:
		if when := shifted(d, ours); when != "" {
			d.reason = fmt.Sprintf("COW dates this change one year %s than the built-in data: the built-in data changes the party's tier next to this year, and COW codes this year as the built-in data has the neighbouring year. COW codes years and may date a change by signature, announcement or ratification; the built-in date is kept with its sources.", when)
		}
	}
}

// inSystem reports whether COW counts d.party as a state system member in
// every year of d.
func inSystem(theirs *cow.Dataset, d *diff) bool {
	for y := d.from; y <= d.to; y++ {
		if !theirs.InSystem(d.party, y) {
			return false
		}
	}
	return true
}

// suspended reports whether every spell of d.party overlapping d's years
// has a standing other than active.
func suspended(ours *member.Table, d *diff) bool {
	years := igo.Period{From: igo.Year(d.from).From, To: igo.Year(d.to).To}
	n := 0
	for m := range ours.History(d.org, d.party) {
		if m.Tier.IsProcess() || !(igo.Period{From: firstDay(m.Period.From), To: firstDay(m.Period.To)}).Overlaps(years) {
			continue
		}
		if m.Standing == member.Active {
			return false
		}
		n++
	}
	return n > 0
}

// shifted reports whether d is a one-year disagreement at a change in the
// built-in data, where COW codes the year as the built-in data has the
// neighbouring year across that change: "earlier" when COW already has the
// next year's tier, "later" when it still has the previous year's.
func shifted(d *diff, ours *member.Table) string {
	if d.from != d.to || len(d.ours) != 1 {
		return ""
	}
	for _, n := range []struct {
		year int
		when string
	}{{d.from + 1, "earlier"}, {d.from - 1, "later"}} {
		t := yearTiers(ours, d.org, d.party, n.year)
		if !slices.Equal(t, d.ours) && slices.Contains(t, d.theirs) {
			return n.when
		}
	}
	return ""
}

// firstSpell returns the start of the party's first spell in d.org that
// overlaps d's years.
func firstSpell(ours *member.Table, d *diff) igo.Date {
	for m := range ours.History(d.org, d.party) {
		if !m.Tier.IsProcess() && m.Period.To == 0 || m.Period.To.Year() >= d.from {
			return m.Period.From
		}
	}
	return 0
}

func article(s string) string {
	if s != "" && (s[0] == 'o' || s[0] == 'a' || s[0] == 'e' || s[0] == 'i' || s[0] == 'u') {
		return "an " + s
	}
	return "a " + s
}

func tierList(ts []member.Tier) string {
	s := ""
	for i, t := range ts {
		if i > 0 {
			s += " and "
		}
		s += t.String()
	}
	return s
}
