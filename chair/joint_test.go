package chair_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
)

// jointTable returns a table with a principal council and a joint "trio"
// body whose terms overlap, at several precisions.
func jointTable(t *testing.T) *chair.Table {
	t.Helper()
	bodies := []chair.Body{
		{Org: "X", ID: "council", Name: "Council", Role: chair.Chair, Principal: true},
		{Org: "X", ID: "trio", Name: "Trio", Role: chair.Chair, Joint: true},
	}
	terms := []chair.Term{
		{Org: "X", Body: "council", Country: "BB", Period: igo.Period{From: 20240101, To: 20250101}},
		{Org: "X", Body: "trio", Country: "CC", Period: igo.Period{From: 20250100, To: 20260700}}, // months
		{Org: "X", Body: "trio", Country: "BB", Period: igo.Period{From: 20240701, To: 20260101}},
		{Org: "X", Body: "trio", Country: "AA", Period: igo.Period{From: 20240101, To: 20250701}},
		{Org: "X", Body: "trio", Country: "AA", Period: igo.Period{From: 20260000}}, // a year, open
	}
	tab, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	return tab
}

func holders(tab *chair.Table, body string, d igo.Date) []string {
	var out []string
	for tm := range tab.Holders("X", body, d) {
		out = append(out, string(tm.Country)+" "+tm.Period.String())
	}
	return out
}

func TestHolders(t *testing.T) {
	tab := jointTable(t)
	tests := []struct {
		on   string
		want []string
	}{
		{"2023-12-31", nil},
		{"2024-01-01", []string{"AA 2024-01-01/2025-07-01"}},
		{"2024", []string{"AA 2024-01-01/2025-07-01"}}, // a year stands for its first day
		{"2024-06-30", []string{"AA 2024-01-01/2025-07-01"}},
		{"2024-07-01", []string{"AA 2024-01-01/2025-07-01", "BB 2024-07-01/2026-01-01"}},
		{"2025", []string{"AA 2024-01-01/2025-07-01", "BB 2024-07-01/2026-01-01", "CC 2025-01/2026-07"}},
		{"2025-06-30", []string{"AA 2024-01-01/2025-07-01", "BB 2024-07-01/2026-01-01", "CC 2025-01/2026-07"}},
		{"2025-07", []string{"BB 2024-07-01/2026-01-01", "CC 2025-01/2026-07"}}, // half-open: AA ended
		{"2026-01-01", []string{"AA 2026/..", "CC 2025-01/2026-07"}},
		{"2026-07-01", []string{"AA 2026/.."}},
		{"2099-12-31", []string{"AA 2026/.."}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, holders(tab, "trio", day(tt.on)), "Holders(X, trio, %s)", tt.on)
	}
	// A body that is not joint yields its one holder, as AtBody reports it.
	assert.Equal(t, []string{"BB 2024-01-01/2025-01-01"}, holders(tab, "council", day("2024-07-01")))
	assert.Nil(t, holders(tab, "council", day("2025-01-01")))
	assert.Nil(t, holders(tab, "trio", 0), "the zero date")
	for _, body := range []string{"", "nope"} {
		assert.Nil(t, holders(tab, body, day("2025")), "body %q", body)
	}
	n := 0
	for range tab.Holders("X", "trio", day("2025")) {
		n++
		break
	}
	assert.Equal(t, 1, n, "Holders stops when the loop does")
}

// TestAtBodyJoint checks that AtBody reports nothing for a joint body, even
// on a day it has one holder: Holders answers for it.
func TestAtBodyJoint(t *testing.T) {
	tab := jointTable(t)
	for _, on := range []string{"2024-03-01", "2025"} {
		_, ok := tab.AtBody("X", "trio", day(on))
		assert.False(t, ok, "AtBody(X, trio, %s)", on)
	}
	tm, ok := tab.AtBody("X", "council", day("2024-03-01"))
	require.True(t, ok)
	assert.Equal(t, igo.Country("BB"), tm.Country)
	b, ok := tab.LookupBody("X", "trio")
	require.True(t, ok)
	assert.True(t, b.Joint)
	p, ok := tab.Principal("X")
	require.True(t, ok)
	assert.False(t, p.Joint)
}

func TestNewTableJointErrors(t *testing.T) {
	trio := chair.Body{Org: "X", ID: "trio", Role: chair.Chair, Joint: true}
	term := func(c igo.Country, from, to igo.Date) chair.Term {
		return chair.Term{Org: "X", Body: "trio", Country: c, Period: igo.Period{From: from, To: to}}
	}
	_, err := chair.NewTable([]chair.Body{{Org: "X", ID: "council", Role: chair.Chair, Principal: true, Joint: true}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "body X/council: a principal body may not be joint")

	// One party's terms may not overlap, even with another party's between them.
	_, err = chair.NewTable([]chair.Body{trio}, []chair.Term{
		term("AA", 20240101, 20250101), term("BB", 20240601, 0), term("AA", 20241201, 20251201)})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "X trio: term of AA 2024-01-01/2025-01-01 overlaps term of AA 2024-12-01/2025-12-01")

	// Different parties may overlap in a joint body, and not in another.
	terms := []chair.Term{term("AA", 20240101, 20250101), term("BB", 20240601, 0)}
	_, err = chair.NewTable([]chair.Body{trio}, terms)
	require.NoError(t, err)
	trio.Joint = false
	_, err = chair.NewTable([]chair.Body{trio}, terms)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "X trio: term of AA 2024-01-01/2025-01-01 overlaps term of BB 2024-06-01/..")
}

// TestHoldersCopies checks that neither the caller's records nor a yielded
// term can change a table's answers.
func TestHoldersCopies(t *testing.T) {
	bodies := []chair.Body{{Org: "X", ID: "trio", Role: chair.Chair, Joint: true}}
	terms := []chair.Term{{Org: "X", Body: "trio", Country: "AA", Period: igo.Period{From: 20240101}}}
	tab, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	bodies[0].Joint = false
	terms[0].Country = "ZZ"
	for tm := range tab.Holders("X", "trio", 20240101) {
		tm.Country = "YY"
	}
	assert.Equal(t, []string{"AA 2024-01-01/.."}, holders(tab, "trio", 20240101))
	b, _ := tab.LookupBody("X", "trio")
	assert.True(t, b.Joint)
}
