package synth

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/timeline"
)

// tables is a dataset and the tables built from it through the public constructors.
type tables struct {
	Data
	m *member.Table
	c *chair.Table
	// The timeline, built on first use: with its own copy of the spells
	// and terms its events refer to, it retains about 8 MB per 1×.
	tlOnce sync.Once
	tl     *timeline.Table
}

func build(tb testing.TB, d Data) *tables {
	m, err := member.NewTable(d.Spells)
	require.NoError(tb, err)
	c, err := chair.NewTable(d.Bodies, d.Terms)
	require.NoError(tb, err)
	return &tables{Data: d, m: m, c: c}
}

func (t *tables) timeline(tb testing.TB) *timeline.Table {
	t.tlOnce.Do(func() {
		var err error
		t.tl, err = timeline.NewTable(t.m, t.c, nil)
		require.NoError(tb, err)
		runtime.GC()
	})
	return t.tl
}

// The scales the benchmarks run at; each is built once per process.
var scales = []int{1, 10, 100}

var built [3]struct {
	once sync.Once
	t    *tables
}

func scale(tb testing.TB, i int) *tables {
	built[i].once.Do(func() {
		built[i].t = build(tb, Generate(scales[i]))
		runtime.GC() // so that no collection of the build's garbage runs during a benchmark
	})
	return built[i].t
}

// BenchmarkScale runs each query at 1×, 10× and 100× the COW scale
// (N = number of spells), cycling through the same number of different
// queries at each scale. With -short everything runs at 1× only.
func BenchmarkScale(b *testing.B) {
	n := len(scales)
	if testing.Short() {
		n = 1
	}
	queries := []struct {
		name     string
		run      func(t *tables, q Query) int
		timeline bool
	}{
		{"TierOf", func(t *tables, q Query) int { return int(t.m.TierOf(q.Org, q.Country, q.Date)) }, false},
		{"Status", func(t *tables, q Query) int { m, _ := t.m.Status(q.Org, q.Country, q.Date); return int(m.Tier) }, false},
		{"At", func(t *tables, q Query) int { tm, _ := t.c.At(q.Org, q.Date); return len(tm.Country) }, false},
		{"AtBody", func(t *tables, q Query) int { tm, _ := t.c.AtBody(q.Org, q.Body, q.Date); return len(tm.Country) }, false},
		{"Of", func(t *tables, q Query) int { return count(t.m.Of(q.Org, q.Date)) }, false},
		{"OfCountry", func(t *tables, q Query) int { return count(t.m.OfCountry(q.Country, q.Date)) }, false},
		{"ChairedBy", func(t *tables, q Query) int { return count(t.c.ChairedBy(q.Country, q.Year)) }, false},
		{"Select/org", func(t *tables, q Query) int { return read(t.tl.Select(timeline.Filter{Org: q.Org})) }, true},
		{"Select/country", func(t *tables, q Query) int { return read(t.tl.Select(timeline.Filter{Country: q.Country})) }, true},
	}
	for _, qu := range queries {
		for i := range n {
			t := scale(b, i)
			if qu.timeline {
				t.timeline(b)
			}
			b.Run(fmt.Sprintf("%s/n=%d", qu.name, len(t.Spells)), func(b *testing.B) {
				items, k := 0, 0
				for b.Loop() {
					items += qu.run(t, t.Queries[k%len(t.Queries)])
					k++
				}
				if k > 0 && qu.name != "TierOf" && qu.name != "Status" && qu.name != "At" && qu.name != "AtBody" {
					b.ReportMetric(float64(items)/float64(k), "items/op")
				}
			})
		}
	}
}

// read counts the events of seq, reading each one's party and title, as
// any consumer would, so that no part of making them can be skipped.
func read(seq func(func(timeline.Event) bool)) int {
	n := 0
	for e := range seq {
		if e.Country != "" && e.Title != "" {
			n++
		}
	}
	return n
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// BenchmarkBuild builds each table from the 1× (COW-sized) records through
// its public constructor: the target is under 20 ms and 10 MB for each.
func BenchmarkBuild(b *testing.B) {
	d := Generate(1)
	n := fmt.Sprintf("n=%d", len(d.Spells))
	b.Run("member/"+n, func(b *testing.B) {
		for b.Loop() {
			if _, err := member.NewTable(d.Spells); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("chair/"+n, func(b *testing.B) {
		for b.Loop() {
			if _, err := chair.NewTable(d.Bodies, d.Terms); err != nil {
				b.Fatal(err)
			}
		}
	})
	t := build(b, d)
	runtime.GC()
	b.Run("timeline/"+n, func(b *testing.B) {
		for b.Loop() {
			if _, err := timeline.NewTable(t.m, t.c, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestGenerateShape(t *testing.T) {
	d := Generate(1)
	assert.InDelta(t, 19000, len(d.Spells), 1500, "spells at 1×")
	assert.InDelta(t, 20000, len(d.Terms), 1500, "terms at 1×")
	assert.Equal(t, d, Generate(1), "Generate is deterministic")
	d2 := Generate(2)
	assert.InEpsilon(t, 2*len(d.Spells), len(d2.Spells), 0.05, "spells at 2×")
}

// TestIndexesMatchScan checks the indexed tables against the naive scans
// on a two-world dataset, at every query point.
func TestIndexesMatchScan(t *testing.T) {
	d := Generate(2)
	tb := build(t, d)
	s := &Scan{Spells: d.Spells, Bodies: d.Bodies, Terms: d.Terms}
	byKey := func(a, b member.Membership) int {
		return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Country, b.Country), cmp.Compare(a.Period.From, b.Period.From))
	}
	termKey := func(a, b chair.Term) int {
		return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Period.From, b.Period.From), cmp.Compare(a.Body, b.Body))
	}
	opt := gocmp.AllowUnexported(member.Membership{}, chair.Term{})
	ignoreRole := cmpopts.IgnoreFields(chair.Term{}, "Role") // NewTable sets it from the body
	for _, q := range d.Queries {
		got, gok := tb.m.Status(q.Org, q.Country, q.Date)
		want, wok := s.Status(q.Org, q.Country, q.Date)
		require.Equal(t, wok, gok, "Status(%v)", q)
		require.Empty(t, gocmp.Diff(want, got, opt), "Status(%v)", q)
		require.Equal(t, s.TierOf(q.Org, q.Country, q.Date), tb.m.TierOf(q.Org, q.Country, q.Date), "TierOf(%v)", q)

		of := slices.Collect(tb.m.Of(q.Org, q.Date))
		require.True(t, slices.IsSortedFunc(of, byKey), "Of(%v) is not ordered by party", q)
		require.Empty(t, gocmp.Diff(slices.SortedFunc(s.Of(q.Org, q.Date), byKey), of, opt), "Of(%v)", q)
		oc := slices.Collect(tb.m.OfCountry(q.Country, q.Date))
		require.True(t, slices.IsSortedFunc(oc, byKey), "OfCountry(%v) is not ordered by organization", q)
		require.Empty(t, gocmp.Diff(slices.SortedFunc(s.OfCountry(q.Country, q.Date), byKey), oc, opt), "OfCountry(%v)", q)

		at, aok := tb.c.At(q.Org, q.Date)
		wat, waok := s.At(q.Org, q.Date)
		require.Equal(t, waok, aok, "At(%v)", q)
		require.Empty(t, gocmp.Diff(wat, at, opt, ignoreRole), "At(%v)", q)
		cb := slices.Collect(tb.c.ChairedBy(q.Country, q.Year))
		require.Empty(t, gocmp.Diff(slices.SortedFunc(s.ChairedBy(q.Country, q.Year), termKey), cb, opt, ignoreRole), "ChairedBy(%v)", q)
	}
	// Absent keys find nothing.
	assert.Equal(t, member.None, tb.m.TierOf("IGO000", "ZZ", 20000101))
	_, ok := tb.c.At("NOPE", 20000101)
	assert.False(t, ok)
}
