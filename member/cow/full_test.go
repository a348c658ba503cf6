package cow_test

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/member/cow"
)

// cowDir returns the directory of the published COW IGO v3 files: $IGO_COW_DIR,
// or ../shared/data/cow-igo-v3 relative to the repository root. It skips the
// test when the directory is absent; .ci/run sets IGO_COW_DIR so CI never skips.
func cowDir(tb testing.TB) string {
	dir := os.Getenv("IGO_COW_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "cow-igo-v3")
	}
	if _, err := os.Stat(filepath.Join(dir, "state_year_formatv3.csv")); err != nil {
		tb.Skipf("COW IGO v3 files not found in %s (set IGO_COW_DIR): %v", dir, err)
	}
	return dir
}

var full struct {
	once sync.Once
	d    *cow.Dataset
	err  error
}

// loadFull loads the published files once for every full-data test.
func loadFull(t *testing.T) *cow.Dataset {
	t.Helper()
	dir := cowDir(t)
	full.once.Do(func() { full.d, full.err = cow.Load(dir) })
	require.NoError(t, full.err)
	return full.d
}

// The counts were computed independently of this package, by a short Python
// script over state_year_formatv3.csv with the same year rules for ccodes
// 345, 365 and 816 (one spell starts wherever a party-year's code differs
// from the year before's).
func TestFullCounts(t *testing.T) {
	d := loadFull(t)
	assert.Len(t, slices.Collect(d.Orgs()), 534)
	assert.Equal(t, "1816/2015", d.Years().String())
	byTier := make(map[member.Tier]int)
	for m := range d.Table().Spells("") {
		byTier[m.Tier]++
	}
	assert.Equal(t, map[member.Tier]int{member.Member: 18747, member.Associate: 88, member.Observer: 282, member.Unknown: 22269}, byTier)
}

func TestFullCSTO2010(t *testing.T) {
	d := loadFull(t)
	o, ok := d.Lookup("CSTO")
	require.True(t, ok)
	assert.Equal(t, cow.Org{ID: "CSTO", Abbr: "CSTO", Name: "Collective Security Treaty Organization",
		LongName: "Collective Security Treaty Organization (CSTO)", Number: 1125, Start: 2002}, o)
	var got []string
	for m := range d.Table().Of(o.ID, 20100601) {
		got = append(got, string(m.Country)+" "+m.Tier.String())
	}
	assert.Equal(t, []string{"AM member", "BY member", "KG member", "KZ member", "RU member", "TJ member", "UZ member"}, got)
}

// COW codes no SCO observers (the SCO has had observers since 2004).
func TestFullNoSCOObservers(t *testing.T) {
	d := loadFull(t)
	o, ok := d.Lookup("Shanghai Cooperation Organisation")
	require.True(t, ok)
	n := 0
	for m := range d.Table().Spells(o.ID) {
		n++
		assert.Equal(t, member.Member, m.Tier, "%s %v", m.Country, m.Period)
	}
	assert.Equal(t, 6, n, "the five founders and Uzbekistan")
}

// COW keeps ccode 365 for Russia, the Soviet Union and Russia again; the
// reader splits it at the end of 1991.
func TestFullUSSRToRussia(t *testing.T) {
	tab := loadFull(t).Table()
	var got []string
	for _, c := range []igo.Country{"SUHH", "RU"} {
		for m := range tab.History("UN", c) {
			got = append(got, string(c)+" "+m.Tier.String()+" "+m.Period.String())
		}
	}
	assert.Equal(t, []string{"SUHH member 1945/1992", "RU member 1992/.."}, got)
	assert.Equal(t, member.Member, tab.TierOf("CIS", "SUHH", 19911231))
	assert.Equal(t, member.Member, tab.TierOf("CIS", "RU", 19920101))
	assert.Equal(t, member.None, tab.TierOf("CIS", "RU", 19911231))
}

// COW gives ECCA and ECCB the same short name; Lookup finds the first by ID,
// and each by its abbreviation or full name.
func TestFullLookupSharedName(t *testing.T) {
	d := loadFull(t)
	for s, want := range map[string]string{"Eastern Caribb. Central Bank": "ECCA", "ECCB": "ECCB",
		"Eastern Caribbean Central Bank (ECCB)": "ECCB", "aralsea": "AralSea", "EAEC": "EAEC"} {
		o, ok := d.Lookup(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, o.Abbr, "Lookup(%q)", s)
	}
}

// Liechtenstein enters COW's state system in 1990 (states2016.csv).
func TestFullInSystem(t *testing.T) {
	d := loadFull(t)
	assert.False(t, d.InSystem("LI", 1989))
	assert.True(t, d.InSystem("LI", 1990))
	assert.True(t, d.InSystem("SUHH", 1991))
	assert.False(t, d.InSystem("SUHH", 1992))
}
