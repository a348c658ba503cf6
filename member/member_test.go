package member_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

func day(s string) igo.Date {
	d, err := igo.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestTierOf pins facts from the article and its sources.
func TestTierOf(t *testing.T) {
	tests := []struct {
		org  orgs.ID
		c    igo.Country
		on   string
		want member.Tier
	}{
		{orgs.SCO, "BY", "2024-07-03", member.Observer},
		{orgs.SCO, "BY", "2024-07-04", member.Member}, // promoted at the Astana summit
		{orgs.SCO, "BY", "2024-07-05", member.Member},
		{orgs.SCO, "BY", "2023-01-01", member.Observer}, // observer while acceding
		{orgs.SCO, "IN", "2017-06-08", member.Observer},
		{orgs.SCO, "IN", "2017-06-09", member.Member},
		{orgs.SCO, "PK", "2017-06-09", member.Member},
		{orgs.SCO, "IR", "2023-07-03", member.Observer},
		{orgs.SCO, "IR", "2023-07-04", member.Member},
		{orgs.SCO, "MN", "2024-01-01", member.Observer},
		{orgs.SCO, "TR", "2024-01-01", member.DialoguePartner},
		{orgs.SCO, "KZ", "1998", member.Member}, // the Shanghai Five
		{orgs.SCO, "UZ", "2001-06-14", member.None},
		{orgs.SCO, "UZ", "2001-06-15", member.Member},
		{orgs.SCO, "US", "2024-01-01", member.None},
		{orgs.CSTO, "UZ", "1998-01-01", member.Member},
		{orgs.CSTO, "UZ", "2000-01-01", member.None}, // left the treaty in 1999
		{orgs.CSTO, "AZ", "2000-01-01", member.None},
		{orgs.CSTO, "GE", "2000-01-01", member.None},
		{orgs.CSTO, "UZ", "2008-01-01", member.Member}, // re-entered in 2006
		{orgs.CSTO, "UZ", "2013-01-01", member.None},
		{orgs.CSTO, "AM", "2025-01-01", member.Member}, // frozen, still a member
		{orgs.CSTO, "KZ", "2024-07-05", member.Member},
		{orgs.OTS, "UZ", "2019-10-15", member.Member},
		{orgs.OTS, "HU", "2019-01-01", member.Observer},
		{orgs.OTS, "TM", "2022-01-01", member.Observer},
		{orgs.OTS, "TRNC", "2023-01-01", member.Observer},
		{orgs.IFAS, "KG", "2017-01-01", member.Member},
		{orgs.CICA, "KZ", "2024-01-01", member.Member},
		{orgs.IOFS, "KZ", "2024-01-01", member.Member},
	}
	for _, tt := range tests {
		got := member.TierOf(tt.org, tt.c, day(tt.on))
		assert.Equal(t, tt.want, got, "TierOf(%s, %s, %s)", tt.org, tt.c, tt.on)
	}
}

func TestTierOfZeroAndUnknown(t *testing.T) {
	assert.Equal(t, member.None, member.TierOf("", "KZ", 20240101))
	assert.Equal(t, member.None, member.TierOf(orgs.SCO, "", 20240101))
	assert.Equal(t, member.None, member.TierOf(orgs.SCO, "KZ", 0))
	assert.Equal(t, member.None, member.TierOf("ANZUS", "US", 20240101))
	assert.Equal(t, member.None, member.TierOf(orgs.SCO, "kz", 20240101), "codes are case-sensitive; use igo.ParseCountry")
}

func TestStatus(t *testing.T) {
	m, ok := member.Status(orgs.CSTO, "AM", day("2025-01-01"))
	require.True(t, ok)
	assert.Equal(t, member.Frozen, m.Standing)
	assert.NotEmpty(t, slices.Collect(m.Sources()))

	m, ok = member.Status(orgs.CSTO, "UZ", day("2012-07-01"))
	require.True(t, ok)
	assert.Equal(t, member.Suspended, m.Standing)

	m, ok = member.Status(orgs.IFAS, "KG", day("2017-01-01"))
	require.True(t, ok)
	assert.Equal(t, member.Frozen, m.Standing)

	m, ok = member.Status(orgs.SCO, "BY", day("2023-01-01"))
	require.True(t, ok)
	assert.Equal(t, member.Observer, m.Tier, "the standing tier wins over the accession process")

	_, ok = member.Status(orgs.SCO, "US", day("2023-01-01"))
	assert.False(t, ok)
}

func TestOf(t *testing.T) {
	var members []igo.Country
	var acceding []igo.Country
	for m := range member.Of(orgs.SCO, day("2024-07-05")) {
		switch m.Tier {
		case member.Member:
			members = append(members, m.Country)
		case member.Acceding:
			acceding = append(acceding, m.Country)
		}
	}
	want := []igo.Country{"BY", "CN", "IN", "IR", "KG", "KZ", "PK", "RU", "TJ", "UZ"}
	if diff := cmp.Diff(want, members); diff != "" {
		t.Errorf("SCO members on 2024-07-05 (-want +got):\n%s", diff)
	}
	assert.Empty(t, acceding)

	// Belarus appears twice while its accession was under way.
	var by []member.Tier
	for m := range member.Of(orgs.SCO, day("2023-01-01")) {
		if m.Country == "BY" {
			by = append(by, m.Tier)
		}
	}
	assert.Equal(t, []member.Tier{member.Observer, member.Acceding}, by)

	ots := slices.Collect(member.Of(orgs.OTS, day("2023-01-01")))
	assert.True(t, slices.IsSortedFunc(ots, func(a, b member.Membership) int { return cmpCountry(a.Country, b.Country) }), "ordered by party")
	assert.Empty(t, slices.Collect(member.Of("", 20240101)))
	assert.Empty(t, slices.Collect(member.Of(orgs.SCO, 0)))
	assert.Empty(t, slices.Collect(member.Of(orgs.SCO, 19900101)), "before the Shanghai Five")
}

func cmpCountry(a, b igo.Country) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestHistory(t *testing.T) {
	var got []string
	for m := range member.History(orgs.SCO, "IR") {
		got = append(got, m.Tier.String()+" "+m.Period.String())
	}
	require.Len(t, got, 3)
	assert.Equal(t, "member 2023-07-04/..", got[2])
	assert.Contains(t, got[0], "observer")
	assert.Contains(t, got[1], "accession in progress")
	assert.Empty(t, slices.Collect(member.History(orgs.SCO, "")))
	assert.Empty(t, slices.Collect(member.History("", "IR")))
}

func TestOfCountry(t *testing.T) {
	var got []orgs.ID
	for m := range member.OfCountry("KZ", day("2024-07-05")) {
		if m.Tier == member.Member {
			got = append(got, m.Org)
		}
	}
	assert.Equal(t, []orgs.ID{orgs.CICA, orgs.CIS, orgs.CSTO, orgs.EAEU, orgs.ECO, orgs.IFAS, orgs.IOFS, orgs.OIC, orgs.OSCE, orgs.OTS, orgs.SCO, orgs.UN}, got)
	assert.Empty(t, slices.Collect(member.OfCountry("", 20240101)))
}

// TestBuiltinInvariants checks the data through the public API.
func TestBuiltinInvariants(t *testing.T) {
	all := slices.Collect(member.Spells(""))
	require.NotEmpty(t, all)
	_, err := member.NewTable(all)
	require.NoError(t, err, "the built-in spells pass NewTable's checks (no overlaps)")
	for _, m := range all {
		assert.True(t, m.Org.IsValid(), "org %q", m.Org)
		assert.True(t, m.Country.IsValid(), "%s: party %q is not a known code", m.Org, m.Country)
		assert.True(t, m.Period.From.IsValid(), "%s %s: start", m.Org, m.Country)
		assert.NotEmpty(t, slices.Collect(m.Sources()), "%s %s %s %v has no source", m.Org, m.Country, m.Tier, m.Period)
	}
	for o := range orgs.All() {
		for c := range o.Founders() {
			assert.NotEmpty(t, slices.Collect(member.History(o.ID, c)), "%s founder %s has no membership", o.ID, c)
		}
	}
}

func TestNewTable(t *testing.T) {
	recs := []member.Membership{
		{Org: "X", Country: "BB", Tier: member.Member, Period: igo.Period{From: 20000101}},
		{Org: "X", Country: "AA", Tier: member.Observer, Period: igo.Period{From: 19900000, To: 20000101}},
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20000101, To: 20100101}},
		{Org: "X", Country: "AA", Tier: member.Acceding, Period: igo.Period{From: 19980000, To: 20000101}},
		{Org: "Y", Country: "AA", Tier: member.Member, Standing: member.Frozen, Period: igo.Period{From: 20050000}},
	}
	tab, err := member.NewTable(recs)
	require.NoError(t, err)
	recs[0].Country = "ZZ" // NewTable copied its input
	assert.Equal(t, member.Member, tab.TierOf("X", "BB", 20200101))
	assert.Equal(t, member.Observer, tab.TierOf("X", "AA", 19990101))
	assert.Equal(t, member.Observer, tab.TierOf("X", "AA", 19900000))
	assert.Equal(t, member.Member, tab.TierOf("X", "AA", 20000101))
	assert.Equal(t, member.None, tab.TierOf("X", "AA", 20100101))
	assert.Equal(t, member.None, tab.TierOf("X", "ZZ", 20200101))
	var got []string
	for m := range tab.Of("X", 19990101) {
		got = append(got, string(m.Country)+" "+m.Tier.String())
	}
	assert.Equal(t, []string{"AA observer", "AA accession in progress"}, got)
	assert.Len(t, slices.Collect(tab.History("X", "AA")), 3)
	assert.Len(t, slices.Collect(tab.Spells("")), 5)
	assert.Len(t, slices.Collect(tab.Spells("Y")), 1)
	var orgsOfAA []orgs.ID
	for m := range tab.OfCountry("AA", 20060101) {
		orgsOfAA = append(orgsOfAA, m.Org)
	}
	assert.Equal(t, []orgs.ID{"X", "Y"}, orgsOfAA)
	for m := range tab.Spells("") {
		assert.Empty(t, slices.Collect(m.Sources()), "caller records carry no sources")
	}
	// Built-in records keep their sources in a caller's table.
	by := slices.Collect(member.History(orgs.SCO, "BY"))
	mixed, err := member.NewTable(append(by, member.Membership{Org: "X", Country: "BY", Tier: member.Member, Period: igo.Period{From: 20000101}}))
	require.NoError(t, err)
	m, ok := mixed.Status(orgs.SCO, "BY", 20240705)
	require.True(t, ok)
	assert.Equal(t, slices.Collect(by[len(by)-1].Sources()), slices.Collect(m.Sources()))
	assert.NotEmpty(t, slices.Collect(m.Sources()))
}

func TestScheduledSpell(t *testing.T) {
	tab, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Observer, Period: igo.Period{From: 20200101, To: 20270101}},
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20270101}, Scheduled: true},
	})
	require.NoError(t, err)
	assert.Equal(t, member.Observer, tab.TierOf("X", "AA", 20261231))
	assert.Equal(t, member.None, tab.TierOf("X", "AA", 20270101), "an announced accession is not reported as a fact")
	m, ok := tab.Status("X", "AA", 20270101)
	require.True(t, ok)
	assert.True(t, m.Scheduled)
	assert.Equal(t, member.Member, m.Tier)
	of := slices.Collect(tab.Of("X", 20270101))
	require.Len(t, of, 1)
	assert.True(t, of[0].Scheduled)
}

func TestNewTableErrors(t *testing.T) {
	ok := member.Membership{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20000101}}
	tests := []struct {
		name string
		edit func(*member.Membership)
		want string
	}{
		{"empty org", func(m *member.Membership) { m.Org = "" }, "record 0: empty organization"},
		{"empty party", func(m *member.Membership) { m.Country = "" }, "record 0: empty party"},
		{"no tier", func(m *member.Membership) { m.Tier = member.None }, "bad tier none"},
		{"bad tier", func(m *member.Membership) { m.Tier = 99 }, "bad tier tier(99)"},
		{"bad standing", func(m *member.Membership) { m.Standing = 9 }, "bad standing standing(9)"},
		{"no start", func(m *member.Membership) { m.Period.From = 0 }, "bad start 0"},
		{"invalid start", func(m *member.Membership) { m.Period.From = 20001301 }, "bad start 20001301"},
		{"end before start", func(m *member.Membership) { m.Period.To = 19990101 }, "end 1999-01-01 is not a valid date after start 2000-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ok
			tt.edit(&m)
			_, err := member.NewTable([]member.Membership{m})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := member.NewTable([]member.Membership{ok, {Org: "X", Country: "AA", Tier: member.Observer, Period: igo.Period{From: 20050101, To: 20060101}}})
	assert.ErrorContains(t, err, "AA in X: member spell 2000-01-01/.. overlaps observer spell 2005-01-01/2006-01-01")
	empty, err := member.NewTable(nil)
	require.NoError(t, err)
	assert.Equal(t, member.None, empty.TierOf("X", "AA", 20000101))
	var zero member.Table
	assert.Empty(t, slices.Collect(zero.Of("X", 20000101)))
}

// Unknown (a year the source records as missing) is a tier of its own:
// TierOf tells it apart from None, and it cannot overlap a standing tier.
func TestUnknownTier(t *testing.T) {
	tab, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 19900000, To: 19950000}},
		{Org: "X", Country: "AA", Tier: member.Unknown, Period: igo.Period{From: 19950000, To: 19970000}},
	})
	require.NoError(t, err)
	assert.Equal(t, member.Member, tab.TierOf("X", "AA", 19940101))
	assert.Equal(t, member.Unknown, tab.TierOf("X", "AA", 19960101))
	assert.Equal(t, member.None, tab.TierOf("X", "AA", 19970101))
	assert.False(t, member.Unknown.IsProcess())
	_, err = member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 19900000}},
		{Org: "X", Country: "AA", Tier: member.Unknown, Period: igo.Period{From: 19950000, To: 19970000}},
	})
	assert.ErrorContains(t, err, "overlaps unknown spell")
}

func TestTierText(t *testing.T) {
	for tier := member.None; tier <= member.Unknown; tier++ {
		b, err := tier.MarshalText()
		require.NoError(t, err)
		var back member.Tier
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tier, back)
		p, err := member.ParseTier(tier.String())
		require.NoError(t, err)
		assert.Equal(t, tier, p)
	}
	want := map[member.Tier]string{member.None: "none", member.Member: "member", member.Observer: "observer",
		member.DialoguePartner: "dialogue partner", member.Partner: "partner", member.Acceding: "accession in progress",
		member.Applicant: "applicant", member.Associate: "associate member", member.Unknown: "unknown"}
	for tier, s := range want {
		assert.Equal(t, s, tier.String())
	}
	for s, tier := range map[string]member.Tier{"dialogue-partner": member.DialoguePartner, "Dialogue Partner": member.DialoguePartner, "acceding": member.Acceding, "associate": member.Associate} {
		got, err := member.ParseTier(s)
		require.NoError(t, err, s)
		assert.Equal(t, tier, got)
	}
	_, err := member.ParseTier("")
	assert.ErrorIs(t, err, igo.ErrSyntax)
	_, err = member.ParseTier("friend")
	assert.ErrorIs(t, err, igo.ErrUnknown)
	assert.ErrorContains(t, err, `"friend"`)
	_, err = member.Tier(42).MarshalText()
	assert.Error(t, err)
	assert.True(t, member.Acceding.IsProcess())
	assert.False(t, member.Observer.IsProcess())
}

func TestStandingText(t *testing.T) {
	for s, name := range map[member.Standing]string{member.Active: "active", member.Suspended: "suspended", member.Frozen: "frozen"} {
		assert.Equal(t, name, s.String())
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back member.Standing
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	var s member.Standing
	assert.ErrorIs(t, s.UnmarshalText([]byte("expelled")), igo.ErrUnknown)
	_, err := member.Standing(7).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "standing(7)", member.Standing(7).String())
}

func TestMembershipJSON(t *testing.T) {
	m, ok := member.Status(orgs.SCO, "BY", day("2024-07-05"))
	require.True(t, ok)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"Org":"SCO","Country":"BY","Tier":"member","Standing":"active","Period":"2024-07-04/..","Attested":false,"Scheduled":false,"Inferred":"","Note":""}`, string(b))
}

// TestArticleCounts pins the Kazinform article's counts (7 February 2024).
func TestArticleCounts(t *testing.T) {
	count := func(org orgs.ID, d igo.Date) map[member.Tier]int {
		n := map[member.Tier]int{}
		for m := range member.Of(org, d) {
			n[m.Tier]++
		}
		return n
	}
	article := day("2024-02-07")
	sco := count(orgs.SCO, article)
	assert.Equal(t, 9, sco[member.Member], "SCO: nine member states")
	assert.Equal(t, 3, sco[member.Observer], "SCO: three observers (Afghanistan, Belarus, Mongolia)")
	assert.Equal(t, 14, sco[member.DialoguePartner], "SCO: 14 dialogue partners")
	for _, c := range []igo.Country{"AF", "BY", "MN"} {
		assert.Equal(t, member.Observer, member.TierOf(orgs.SCO, c, article), c)
	}
	for _, c := range []igo.Country{"AZ", "AM", "KH", "QA", "AE", "TR"} {
		assert.Equal(t, member.DialoguePartner, member.TierOf(orgs.SCO, c, article), c)
	}
	assert.Equal(t, 28, count(orgs.CICA, article)[member.Member], "CICA: 28 member states")
	ots := count(orgs.OTS, article)
	assert.Equal(t, 5, ots[member.Member], "OTS: four founders and Uzbekistan")
	ifas := count(orgs.IFAS, article)
	assert.Equal(t, 5, ifas[member.Member], "IFAS: the five Central Asian states")
}
