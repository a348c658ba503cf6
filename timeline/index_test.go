package timeline

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
)

// TestSelectMatchesScan compares the indexed Select with a scan of every
// event through Filter.match, for every organization and party in the
// built-in timeline, with and without a period.
func TestSelectMatchesScan(t *testing.T) {
	tl := Default()
	all := slices.Collect(tl.All())
	require.Len(t, all, len(tl.byOrg))
	var orgIDs, parties []string
	for _, e := range all {
		orgIDs = append(orgIDs, string(e.Org))
		parties = append(parties, string(e.Country))
	}
	slices.Sort(orgIDs)
	slices.Sort(parties)
	periods := []igo.Period{{}, {From: 20010615}, {To: 20100101}, {From: 20000000, To: 20240705}, {From: 20990101}}
	var filters []Filter
	for _, p := range periods {
		for _, o := range append(slices.Compact(orgIDs), "", "NOPE") {
			for _, c := range append(slices.Compact(parties), "ZZ") {
				filters = append(filters, Filter{Org: orgs.ID(o), Country: igo.Country(c), Period: p})
			}
		}
	}
	for _, f := range filters {
		var want []Event
		for _, e := range all {
			if f.match(e) {
				want = append(want, e)
			}
		}
		got := slices.Collect(tl.Select(f))
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Event{}), cmp.Comparer(func(a, b Event) bool { return a == b })); diff != "" {
			t.Fatalf("Select(%+v) differs from a scan (-scan +Select):\n%s", f, diff)
		}
	}
}

// TestZeroTable checks that the zero Table, which has no indexes, is empty.
func TestZeroTable(t *testing.T) {
	var z Table
	for _, f := range []Filter{{}, {Org: "SCO"}, {Country: "KZ"}, {Org: "SCO", Country: "KZ"}} {
		for range z.Select(f) {
			t.Errorf("zero Table: Select(%+v) yields an event", f)
		}
	}
}
