package chair_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
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

// TestChairedByKazakhstan2024 pins the article's claim against the data:
// five of the six chairmanships are confirmed; the IOFS one is not.
func TestChairedByKazakhstan2024(t *testing.T) {
	var got []orgs.ID
	for tm := range chair.ChairedBy("KZ", 2024) {
		assert.Equal(t, igo.Country("KZ"), tm.Country)
		assert.Equal(t, chair.Chair, tm.Role)
		assert.True(t, tm.Period.Overlaps(igo.Year(2024)))
		got = append(got, tm.Org)
	}
	want := []orgs.ID{orgs.CICA, orgs.CSTO, orgs.IFAS, orgs.OTS, orgs.SCO}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ChairedBy(KZ, 2024) orgs (-want +got):\n%s", diff)
	}
}

func TestArticleChairPeriods(t *testing.T) {
	tests := []struct {
		org      orgs.ID
		on       string
		from, to string
	}{
		{orgs.SCO, "2024-01-01", "2023-07-04", "2024-07-04"}, // assumed at the virtual summit of July 2023
		{orgs.OTS, "2024-01-01", "2023-11-03", "2024-11-06"}, // assumed at the Astana summit of November 2023
		{orgs.CSTO, "2024-01-01", "2024-01-01", "2025-01-01"},
		{orgs.IFAS, "2024-01-01", "2024-01-01", ""},
	}
	for _, tt := range tests {
		tm, ok := chair.At(tt.org, day(tt.on))
		require.True(t, ok, "At(%s, %s)", tt.org, tt.on)
		assert.Equal(t, igo.Country("KZ"), tm.Country, "At(%s, %s)", tt.org, tt.on)
		assert.Equal(t, tt.from, tm.Period.From.String(), "%s term start", tt.org)
		assert.Equal(t, tt.to, tm.Period.To.String(), "%s term end", tt.org)
		assert.NotEmpty(t, slices.Collect(tm.Priorities()), "%s priorities", tt.org)
		assert.NotEmpty(t, slices.Collect(tm.Sources()), "%s sources", tt.org)
	}
	// CICA: chair from 2020, extended in 2022 for two more years.
	tm, ok := chair.At(orgs.CICA, day("2024-01-01"))
	require.True(t, ok)
	assert.Equal(t, igo.Country("KZ"), tm.Country)
	first, ok := chair.At(orgs.CICA, day("2021-01-01"))
	require.True(t, ok)
	assert.Equal(t, igo.Country("KZ"), first.Country)
	assert.Equal(t, 2020, first.Period.From.Year())
}

func TestAt(t *testing.T) {
	tests := []struct {
		org  orgs.ID
		on   string
		want igo.Country
	}{
		{orgs.SCO, "2024-07-03", "KZ"},
		{orgs.SCO, "2024-07-04", "CN"}, // handed over at the Astana summit
		{orgs.SCO, "2024-07-05", "CN"},
		{orgs.OTS, "2024-11-06", "KG"},
		{orgs.CSTO, "2023-06-01", "BY"},
		{orgs.CSTO, "2025-06-01", "KG"},
		{orgs.CICA, "2025-01-01", "AZ"},
		{orgs.IOFS, "2024-07-05", "QA"},
	}
	for _, tt := range tests {
		tm, ok := chair.At(tt.org, day(tt.on))
		require.True(t, ok, "At(%s, %s)", tt.org, tt.on)
		assert.Equal(t, tt.want, tm.Country, "At(%s, %s)", tt.org, tt.on)
	}
	for _, q := range []struct {
		org orgs.ID
		d   igo.Date
	}{{"", 20240101}, {"NATO", 20240101}, {orgs.SCO, 0}, {orgs.SCO, 19900101}} {
		_, ok := chair.At(q.org, q.d)
		assert.False(t, ok, "At(%q, %v)", q.org, q.d)
	}
}

func TestAtBody(t *testing.T) {
	tm, ok := chair.AtBody(orgs.IOFS, "director-general", day("2024-02-01"))
	require.True(t, ok)
	assert.Equal(t, chair.Post, tm.Role)
	assert.Equal(t, igo.Country("KZ"), tm.Country)
	assert.NotEmpty(t, tm.Person)
	_, ok = chair.AtBody(orgs.IOFS, "no-such-body", day("2024-02-01"))
	assert.False(t, ok)
}

func TestPostsAreNotChairmanships(t *testing.T) {
	for tm := range chair.ChairedBy("KZ", 2024) {
		assert.NotEqual(t, orgs.IOFS, tm.Org, "a Kazakh Director-General does not make Kazakhstan the IOFS chair")
	}
	// Kazakhstan's nationals held the IOFS Director-General post in 2024.
	var posts []string
	for tm := range chair.History(orgs.IOFS) {
		if tm.Role == chair.Post && tm.Country == "KZ" && tm.Period.Overlaps(igo.Year(2024)) {
			posts = append(posts, tm.Person)
		}
	}
	assert.NotEmpty(t, posts)
}

func TestTURKTIME(t *testing.T) {
	tm, ok := chair.At(orgs.OTS, day("2024-01-01"))
	require.True(t, ok)
	m, ok := tm.Motto()
	require.True(t, ok)
	assert.Equal(t, "TURKTIME", m.Text)
	words := slices.Collect(m.Expansion())
	assert.Equal(t, []string{"Traditions", "Unity", "Reforms", "Knowledge", "Trust", "Investment", "Mediation", "Energy"}, words)
	for i, w := range words {
		assert.Equal(t, m.Text[i], w[0], "letter %d of the motto", i)
	}
	assert.NotEmpty(t, slices.Collect(m.Sources()))
	// The press words two letters differently; that reading is kept, with its sources.
	var alts []string
	for a := range m.Alternatives() {
		assert.Equal(t, "expansion", a.Field)
		assert.NotEmpty(t, a.Note)
		alts = append(alts, a.Value)
	}
	assert.Contains(t, alts, "Traditions, Unification, Reforms, Knowledge, Trust, Investments, Mediation, Energy")
	_, ok = chair.Term{}.Motto()
	assert.False(t, ok)
}

// TestBuiltinInvariants checks the data through the public API: every chair
// is a member or associate member throughout its term, terms of one body do not overlap, every
// term has a source, every organization with a chair body has one principal
// body (NATO has posts only).
func TestBuiltinInvariants(t *testing.T) {
	var bodies []chair.Body
	for o := range orgs.All() {
		b, ok := chair.Principal(o.ID)
		if ok {
			assert.Equal(t, chair.Chair, b.Role)
		}
		for b := range chair.Bodies(o.ID) {
			assert.False(t, !ok && b.Role == chair.Chair, "%s has chair body %s but no principal body", o.ID, b.ID)
			bodies = append(bodies, b)
			assert.NotEmpty(t, b.Rule, "%s %s rule", o.ID, b.ID)
			assert.NotEmpty(t, slices.Collect(b.Sources()), "%s %s sources", o.ID, b.ID)
		}
	}
	terms := slices.Collect(chair.History(""))
	_, err := chair.NewTable(bodies, terms)
	require.NoError(t, err, "built-in terms pass NewTable's checks (no overlaps)")
	for _, tm := range terms {
		assert.True(t, tm.Country.IsValid(), "%s %s: party %q", tm.Org, tm.Body, tm.Country)
		assert.NotEmpty(t, slices.Collect(tm.Sources()), "%s %s %s %v has no source", tm.Org, tm.Body, tm.Country, tm.Period)
		for p := range tm.Priorities() {
			assert.NotEmpty(t, p.Text)
			assert.NotEmpty(t, slices.Collect(p.Sources()), "%s %s priority %q", tm.Org, tm.Country, p.Text)
		}
		if tm.Role == chair.Post {
			assert.NotEmpty(t, tm.Person, "%s %s post holder", tm.Org, tm.Body)
			continue
		}
		// The chair is a member or associate on every day of its term: check the start,
		// each tier boundary inside it, and the day before its end.
		checks := []igo.Date{tm.Period.From}
		for m := range member.History(tm.Org, tm.Country) {
			if tm.Period.Contains(m.Period.From) {
				checks = append(checks, m.Period.From)
			}
			if tm.Period.Contains(m.Period.To) {
				checks = append(checks, m.Period.To)
			}
		}
		for _, d := range checks {
			tier := member.TierOf(tm.Org, tm.Country, d)
			assert.True(t, tier == member.Member || tier == member.Associate, "%s chair %s is a member on %v (term %v): %v", tm.Org, tm.Country, d, tm.Period, tier)
		}
	}
}

func TestChairedByEdges(t *testing.T) {
	assert.Empty(t, slices.Collect(chair.ChairedBy("", 2024)))
	assert.Empty(t, slices.Collect(chair.ChairedBy("QQ", 2024)))
	assert.Empty(t, slices.Collect(chair.ChairedBy("KZ", 0)))
	assert.Empty(t, slices.Collect(chair.ChairedBy("KZ", -5)))
	assert.Empty(t, slices.Collect(chair.ChairedBy("KZ", 1_000_000)))
	n := 0
	for range chair.ChairedBy("KZ", 2024) {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestNewTable(t *testing.T) {
	bodies := []chair.Body{
		{Org: "X", ID: "council", Name: "Council", Role: chair.Chair, Principal: true},
		{Org: "X", ID: "sg", Name: "Secretary-General", Role: chair.Post},
	}
	terms := []chair.Term{
		{Org: "X", Body: "council", Country: "BB", Period: igo.Period{From: 20250101}},
		{Org: "X", Body: "council", Country: "AA", Period: igo.Period{From: 20240101, To: 20250101}},
		{Org: "X", Body: "sg", Country: "AA", Person: "A. Person", Period: igo.Period{From: 20200000}},
	}
	tab, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	tm, ok := tab.At("X", 20241231)
	require.True(t, ok)
	assert.Equal(t, igo.Country("AA"), tm.Country)
	assert.Equal(t, chair.Chair, tm.Role, "role comes from the body")
	tm, ok = tab.At("X", 20250101)
	require.True(t, ok)
	assert.Equal(t, igo.Country("BB"), tm.Country)
	var got []string
	for tm := range tab.ChairedBy("AA", 2024) {
		got = append(got, tm.Body)
	}
	assert.Equal(t, []string{"council"}, got, "posts are not chairmanships")
	assert.Len(t, slices.Collect(tab.History("X")), 3)
	b, ok := tab.Principal("X")
	require.True(t, ok)
	assert.Equal(t, "council", b.ID)
	assert.Len(t, slices.Collect(tab.Bodies("X")), 2)
}

func TestNewTableErrors(t *testing.T) {
	council := chair.Body{Org: "X", ID: "council", Role: chair.Chair, Principal: true}
	good := chair.Term{Org: "X", Body: "council", Country: "AA", Period: igo.Period{From: 20240101, To: 20250101}}
	tests := []struct {
		name   string
		bodies []chair.Body
		terms  []chair.Term
		want   string
	}{
		{"empty body id", []chair.Body{{Org: "X", Role: chair.Chair}}, nil, "empty organization or ID"},
		{"bad role", []chair.Body{{Org: "X", ID: "b"}}, nil, "bad role role(0)"},
		{"principal post", []chair.Body{{Org: "X", ID: "b", Role: chair.Post, Principal: true}}, nil, "a principal body must have role chair"},
		{"two principals", []chair.Body{council, {Org: "X", ID: "other", Role: chair.Chair, Principal: true}}, nil, "two principal bodies"},
		{"unknown body", []chair.Body{council}, []chair.Term{{Org: "X", Body: "nope", Country: "AA", Period: igo.Period{From: 20240101}}}, `no body "nope"`},
		{"no party", []chair.Body{council}, []chair.Term{{Org: "X", Body: "council", Period: igo.Period{From: 20240101}}}, "empty party"},
		{"bad start", []chair.Body{council}, []chair.Term{{Org: "X", Body: "council", Country: "AA"}}, "bad start 0"},
		{"end before start", []chair.Body{council}, []chair.Term{{Org: "X", Body: "council", Country: "AA", Period: igo.Period{From: 20240101, To: 20230101}}}, "is not a valid date after start"},
		{"overlap", []chair.Body{council}, []chair.Term{good, {Org: "X", Body: "council", Country: "BB", Period: igo.Period{From: 20241201}}}, "term of AA 2024-01-01/2025-01-01 overlaps term of BB 2024-12-01/.."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := chair.NewTable(tt.bodies, tt.terms)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	var zero chair.Table
	_, ok := zero.At("X", 20240101)
	assert.False(t, ok)
}

func TestRole(t *testing.T) {
	assert.Equal(t, "chair", chair.Chair.String())
	assert.Equal(t, "post", chair.Post.String())
	assert.Equal(t, "role(0)", chair.Role(0).String())
	b, err := chair.Post.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "post", string(b))
	_, err = chair.Role(9).MarshalText()
	assert.Error(t, err)
}

func TestTermJSON(t *testing.T) {
	tm, ok := chair.At(orgs.SCO, day("2024-01-01"))
	require.True(t, ok)
	b, err := json.Marshal(tm)
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(b, &v))
	assert.Equal(t, "SCO", v["Org"])
	assert.Equal(t, "KZ", v["Country"])
	assert.Equal(t, "chair", v["Role"])
	assert.Equal(t, "2023-07-04/2024-07-04", v["Period"])
}

func TestLookupBody(t *testing.T) {
	b, ok := chair.LookupBody(orgs.CSTO, "collective-security-council")
	require.True(t, ok)
	assert.Equal(t, "Collective Security Council", b.Name)
	assert.True(t, b.Principal)
	for _, q := range [][2]string{{"CSTO", "nope"}, {"", "collective-security-council"}, {"NATO", "council"}} {
		_, ok := chair.LookupBody(orgs.ID(q[0]), q[1])
		assert.False(t, ok, "LookupBody(%q, %q)", q[0], q[1])
	}
}
