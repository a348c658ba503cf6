package timeline_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func find(t *testing.T, f timeline.Filter, kind timeline.Kind) timeline.Event {
	t.Helper()
	for e := range timeline.Select(f) {
		if e.Kind == kind {
			return e
		}
	}
	t.Fatalf("no %v event for %+v", kind, f)
	return timeline.Event{}
}

func TestDerivedEvents(t *testing.T) {
	// Belarus became an SCO member at the Astana summit.
	e := find(t, timeline.Filter{Org: orgs.SCO, Country: "BY", Period: igo.Period{From: 20240704, To: 20240705}}, timeline.TierChanged)
	assert.Equal(t, member.Observer, e.PrevTier)
	assert.Equal(t, member.Member, e.Tier)
	m, ok := e.Membership()
	require.True(t, ok)
	assert.Equal(t, member.Member, m.Tier)
	assert.NotEmpty(t, slices.Collect(e.Sources()))

	// Uzbekistan left the Collective Security Treaty in 1999, rejoined in 2006,
	// was suspended in 2012 and left again.
	var uz []string
	for e := range timeline.Select(timeline.Filter{Org: orgs.CSTO, Country: "UZ"}) {
		if _, ok := e.Membership(); ok {
			uz = append(uz, e.Date.String()[:4]+" "+e.Kind.String())
		}
	}
	assert.Equal(t, []string{"1992 joined", "1999 left", "2006 joined", "2012 standing changed", "2012 left"}, uz)

	// Armenia froze its participation in 2024.
	e = find(t, timeline.Filter{Org: orgs.CSTO, Country: "AM", Period: igo.Year(2024)}, timeline.StandingChanged)
	assert.Equal(t, member.Frozen, e.Standing)

	// Belarus's accession process began at Samarkand.
	e = find(t, timeline.Filter{Org: orgs.SCO, Country: "BY", Period: igo.Year(2022)}, timeline.ProcessBegan)
	assert.Equal(t, member.Acceding, e.Tier)

	// The chair passed to Kazakhstan in the CSTO on 1 January 2024.
	e = find(t, timeline.Filter{Org: orgs.CSTO, Country: "KZ", Period: igo.Year(2024)}, timeline.ChairTaken)
	assert.Equal(t, igo.Date(20240101), e.Date)
	tm, ok := e.Term()
	require.True(t, ok)
	assert.NotEmpty(t, slices.Collect(tm.Priorities()))

	// The OTS was renamed in Istanbul.
	e = find(t, timeline.Filter{Org: orgs.OTS}, timeline.Renamed)
	assert.Equal(t, igo.Date(20211112), e.Date)
	assert.Contains(t, e.Title, "Organization of Turkic States")

	e = find(t, timeline.Filter{Org: orgs.SCO}, timeline.Founded)
	assert.Equal(t, igo.Date(20010615), e.Date)
	assert.NotEmpty(t, slices.Collect(e.Sources()))
}

func TestSelectOrderAndFilters(t *testing.T) {
	all := slices.Collect(timeline.All())
	require.NotEmpty(t, all)
	assert.True(t, slices.IsSortedFunc(all, func(a, b timeline.Event) int { return a.Date.Compare(b.Date) }), "chronological")
	p := igo.Period{From: 20220000, To: 20270000}
	var n int
	for e := range timeline.Select(timeline.Filter{Org: orgs.SCO, Country: "KZ", Period: p}) {
		n++
		assert.Equal(t, orgs.SCO, e.Org)
		assert.Equal(t, igo.Country("KZ"), e.Country)
		assert.True(t, e.Date >= p.From && e.Date < p.To, "%v in %v", e.Date, p)
	}
	assert.NotZero(t, n)
	// Only a lower or an upper bound.
	for e := range timeline.Select(timeline.Filter{Period: igo.Period{From: 20250000}}) {
		assert.GreaterOrEqual(t, e.Date, igo.Date(20250000))
	}
	for e := range timeline.Select(timeline.Filter{Period: igo.Period{To: 19940000}}) {
		assert.Less(t, e.Date, igo.Date(19940000))
	}
	assert.Empty(t, slices.Collect(timeline.Select(timeline.Filter{Org: "ANZUS"})))
	assert.Empty(t, slices.Collect(timeline.Select(timeline.Filter{Country: "QQ"})))
	// Every event's organization and party are known codes.
	for _, e := range all {
		assert.True(t, e.Org.IsValid(), "%v", e)
		assert.True(t, e.Kind.String() != "", "%v", e)
		if e.Country != "" {
			assert.True(t, e.Country.IsValid(), "%s %s: party %q", e.Org, e.Title, e.Country)
		}
		assert.NotEmpty(t, slices.Collect(e.Sources()), "%s %v %s has no source", e.Org, e.Date, e.Title)
	}
}

// TestSummits checks that the summits of 2022-2026 are recorded. CICA meets
// at summit level every four years (Astana 2022, Baku 2026).
func TestSummits(t *testing.T) {
	for org, want := range map[orgs.ID][]int{
		orgs.SCO:  {2022, 2023, 2024, 2025},
		orgs.OTS:  {2022, 2023, 2024, 2025},
		orgs.CSTO: {2022, 2023, 2024, 2025},
		orgs.CICA: {2022},
	} {
		var years []int
		for e := range timeline.Select(timeline.Filter{Org: org, Period: igo.Period{From: 20220000, To: 20270000}}) {
			if e.Kind == timeline.Summit && !e.Scheduled {
				years = append(years, e.Date.Year())
			}
		}
		for _, y := range want {
			assert.Contains(t, years, y, "%s summits held", org)
		}
	}
}

func TestNewTable(t *testing.T) {
	ms, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Observer, Period: igo.Period{From: 20000101, To: 20050101}},
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20050101, To: 20100101}},
		{Org: "X", Country: "AA", Tier: member.Member, Standing: member.Suspended, Period: igo.Period{From: 20100101, To: 20120000}},
		{Org: "X", Country: "AA", Tier: member.Acceding, Period: igo.Period{From: 20030101, To: 20050101}},
		{Org: "X", Country: "BB", Tier: member.Member, Period: igo.Period{From: 20000101}},
	})
	require.NoError(t, err)
	cs, err := chair.NewTable(
		[]chair.Body{{Org: "X", ID: "council", Name: "Council", Role: chair.Chair, Principal: true}},
		[]chair.Term{{Org: "X", Body: "council", Country: "BB", Period: igo.Period{From: 20010101}}})
	require.NoError(t, err)
	tab, err := timeline.NewTable(ms, cs, []timeline.Event{{Date: 20000101, Kind: timeline.Founded, Org: "X", Title: "Founded"}})
	require.NoError(t, err)
	var got []string
	for e := range tab.All() {
		got = append(got, e.Date.String()+" "+e.Kind.String()+" "+string(e.Country))
	}
	assert.Equal(t, []string{
		"2000-01-01 founded ",
		"2000-01-01 joined AA",
		"2000-01-01 joined BB",
		"2001-01-01 chair taken BB",
		"2003-01-01 process began AA",
		"2005-01-01 tier changed AA",
		"2010-01-01 standing changed AA",
		"2012 left AA",
	}, got)
	// A record split without a change reports nothing, and its end is still a departure.
	split, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20000101, To: 20050101}},
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20050101, To: 20100101}},
	})
	require.NoError(t, err)
	st, err := timeline.NewTable(split, &chair.Table{}, nil)
	require.NoError(t, err)
	var kinds []string
	for e := range st.All() {
		kinds = append(kinds, e.Date.String()+" "+e.Kind.String())
	}
	assert.Equal(t, []string{"2000-01-01 joined", "2010-01-01 left"}, kinds)

	// Spells that end with their organization's dissolution are not departures.
	dt, err := timeline.NewTable(split, &chair.Table{}, []timeline.Event{{Date: 20100101, Kind: timeline.Dissolved, Org: "X", Title: "Dissolved"}})
	require.NoError(t, err)
	kinds = kinds[:0]
	for e := range dt.All() {
		kinds = append(kinds, e.Date.String()+" "+e.Kind.String())
	}
	assert.Equal(t, []string{"2000-01-01 joined", "2010-01-01 dissolved"}, kinds)

	// An announced accession gives a scheduled event.
	sched, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Observer, Period: igo.Period{From: 20200101, To: 20270101}},
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20270101}, Scheduled: true},
	})
	require.NoError(t, err)
	sc, err := timeline.NewTable(sched, &chair.Table{}, nil)
	require.NoError(t, err)
	evs := slices.Collect(sc.All())
	require.Len(t, evs, 2)
	assert.False(t, evs[0].Scheduled)
	assert.Equal(t, timeline.TierChanged, evs[1].Kind)
	assert.True(t, evs[1].Scheduled)

	_, err = timeline.NewTable(ms, cs, []timeline.Event{{Date: 20001301, Kind: timeline.Summit}})
	assert.ErrorContains(t, err, "bad date 20001301")
	_, err = timeline.NewTable(ms, cs, []timeline.Event{{Date: 20000101}})
	assert.ErrorContains(t, err, "kind(0)")
	empty, err := timeline.NewTable(&member.Table{}, &chair.Table{}, nil)
	require.NoError(t, err)
	assert.Empty(t, slices.Collect(empty.All()))
}

func TestSelectReducedPrecision(t *testing.T) {
	tab, err := timeline.NewTable(&member.Table{}, &chair.Table{}, []timeline.Event{
		{Date: 20240000, Kind: timeline.Summit, Org: "X", Title: "year"},
		{Date: 20240700, Kind: timeline.Summit, Org: "X", Title: "month"},
		{Date: 20250000, Kind: timeline.Summit, Org: "X", Title: "next year"},
	})
	require.NoError(t, err)
	titles := func(f timeline.Filter) []string {
		var out []string
		for e := range tab.Select(f) {
			out = append(out, e.Title)
		}
		return out
	}
	for _, f := range []timeline.Filter{{Period: igo.Year(2024)}, {Org: "X", Period: igo.Year(2024)}} {
		assert.Equal(t, []string{"year", "month"}, titles(f), "an event dated 2024 is in the year 2024")
	}
	assert.Equal(t, []string{"month", "next year"}, titles(timeline.Filter{Period: igo.Period{From: 20240701}}))
	assert.Equal(t, []string{"year"}, titles(timeline.Filter{Period: igo.Period{To: 20240700}}))
}

func TestKind(t *testing.T) {
	for k := timeline.Founded; k <= timeline.Dissolved; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, k.String(), string(b))
	}
	assert.Equal(t, "dissolved", timeline.Dissolved.String())
	assert.Equal(t, "kind(15)", timeline.Kind(15).String())
	assert.Equal(t, "kind(0)", timeline.Kind(0).String())
	_, err := timeline.Kind(0).MarshalText()
	assert.Error(t, err)
}

// TestManyBodies checks the events of a chair table with more distinct body
// IDs than an event record numbers (65,535): each chair event names its
// term's body and person all the same.
func TestManyBodies(t *testing.T) {
	const n = 1<<16 + 10
	bodies := make([]chair.Body, 0, n)
	terms := make([]chair.Term, 0, n)
	for i := range n {
		id := fmt.Sprintf("post-%d", i)
		bodies = append(bodies, chair.Body{Org: "BIG", ID: id, Name: "Post " + id, Role: chair.Post})
		terms = append(terms, chair.Term{Org: "BIG", Body: id, Country: "KZ", Person: "Holder " + id,
			Period: igo.Period{From: igo.Date(20000101 + i%28)}})
	}
	cs, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	ms, err := member.NewTable(nil)
	require.NoError(t, err)
	tl, err := timeline.NewTable(ms, cs, nil)
	require.NoError(t, err)
	seen := 0
	for e := range tl.Select(timeline.Filter{Org: "BIG"}) {
		tm, ok := e.Term()
		require.True(t, ok)
		require.Equal(t, tm.Body, e.Body)
		require.Equal(t, tm.Person, e.Person)
		require.Equal(t, tm.Person+" becomes Post "+tm.Body, e.Title)
		seen++
	}
	assert.Equal(t, n, seen)
}
