package cow

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
)

// The mapping table is sorted and unique by ccode, and every code has one of
// the three documented forms.
func TestStatesTable(t *testing.T) {
	form := regexp.MustCompile(`^([A-Z]{2}|[A-Z]{4}|COW-[0-9]+)$`)
	byParty := make(map[igo.Country][]int)
	for i, s := range states {
		if i > 0 {
			assert.Less(t, states[i-1].ccode, s.ccode, "states not sorted at %d", s.ccode)
		}
		assert.Regexp(t, form, string(s.party), "ccode %d", s.ccode)
		if len(s.party) > 4 {
			assert.Equal(t, "COW-"+strconv.Itoa(s.ccode), string(s.party), "a COW- code carries its own ccode")
		}
		byParty[s.party] = append(byParty[s.party], s.ccode)
	}
	// Three pairs share a code, each documented: COW ends one ccode the
	// year before it starts the other.
	shared := map[igo.Country][]int{"DE": {255, 260}, "YE": {678, 679}, "VN": {816, 817}}
	for p, cs := range byParty {
		if len(cs) > 1 {
			assert.Equal(t, shared[p], cs, "party %s is shared by ccodes %v", p, cs)
		}
	}
	for _, f := range formerCodes {
		_, taken := byParty[f.party]
		assert.False(t, taken, "%s is both a year rule and a table code", f.party)
	}
}

// The table matches COW's own list of states (states2016.csv) when the
// published files are present.
func TestStatesMatchCOW(t *testing.T) {
	dir := os.Getenv("IGO_COW_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "cow-igo-v3")
	}
	f, err := os.Open(filepath.Join(dir, "states2016.csv"))
	if err != nil {
		t.Skipf("COW IGO v3 files not found in %s (set IGO_COW_DIR): %v", dir, err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	seen := make(map[int]bool)
	for _, r := range recs[1:] {
		cc, err := strconv.Atoi(r[0])
		require.NoError(t, err)
		s, ok := lookupState(cc)
		if assert.True(t, ok, "ccode %d (%s) missing from the table", cc, r[2]) {
			assert.Equal(t, r[1], s.abb, "ccode %d", cc)
			assert.Equal(t, r[2], s.name, "ccode %d", cc)
		}
		seen[cc] = true
	}
	assert.Len(t, states, len(seen), "the table has codes COW does not list")
}

// Every ISO code the mapping gives is a party igo knows: a state or, for
// ISO 3166-3 codes, a former state. Only COW- codes are unknown to igo.
func TestStatesAreIgoParties(t *testing.T) {
	check := func(c igo.Country, ccode int) {
		if len(c) > 4 {
			assert.Equal(t, igo.UnknownParty, c.Kind(), "%s", c)
			return
		}
		want := igo.State
		if len(c) == 4 {
			want = igo.FormerState
		}
		assert.Equal(t, want, c.Kind(), "ccode %d: %s", ccode, c)
	}
	for _, s := range states {
		check(s.party, s.ccode)
	}
	for _, f := range formerCodes {
		check(f.party, f.ccode)
	}
}
