package benchcmp

import (
	"fmt"
	"iter"
	"sync"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/internal/synth"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// A store answers the compared queries.
type store interface {
	TierOf(org orgs.ID, c igo.Country, d igo.Date) member.Tier
	At(org orgs.ID, d igo.Date) (chair.Term, bool)
	Of(org orgs.ID, d igo.Date) iter.Seq[member.Membership]
	OfCountry(c igo.Country, d igo.Date) iter.Seq[member.Membership]
	ChairedBy(c igo.Country, year int) iter.Seq[chair.Term]
}

// igoStore is igo's tables, built through the public constructors.
type igoStore struct {
	*member.Table
	c *chair.Table
}

func (s igoStore) At(org orgs.ID, d igo.Date) (chair.Term, bool) { return s.c.At(org, d) }
func (s igoStore) ChairedBy(c igo.Country, year int) iter.Seq[chair.Term] {
	return s.c.ChairedBy(c, year)
}

// scanStore is the naive scan; it embeds the record-order iterators.
type scanStore struct{ *synth.Scan }

var setup struct {
	once   sync.Once
	data   synth.Data
	stores map[string]store
	err    error
}

// stores returns the three stores over the 1× (COW-sized) dataset, built
// once per process.
func stores(tb testing.TB) (synth.Data, map[string]store) {
	setup.once.Do(func() {
		d := synth.Generate(1)
		m, err := member.NewTable(d.Spells)
		if err != nil {
			setup.err = err
			return
		}
		c, err := chair.NewTable(d.Bodies, d.Terms)
		if err != nil {
			setup.err = err
			return
		}
		db, err := openSQLite(d)
		if err != nil {
			setup.err = err
			return
		}
		setup.data = d
		setup.stores = map[string]store{
			"igo":    igoStore{m, c},
			"naive":  scanStore{&synth.Scan{Spells: d.Spells, Bodies: d.Bodies, Terms: d.Terms}},
			"sqlite": db,
		}
	})
	if setup.err != nil {
		tb.Fatal(setup.err)
	}
	return setup.data, setup.stores
}

var impls = []string{"igo", "naive", "sqlite"}

// BenchmarkCompare runs each query on each store at COW scale, cycling
// through the same query points: BenchmarkCompare/<query>/store=<store>.
func BenchmarkCompare(b *testing.B) {
	d, ss := stores(b)
	queries := []struct {
		name string
		run  func(s store, q synth.Query) int
	}{
		{"TierOf", func(s store, q synth.Query) int { return int(s.TierOf(q.Org, q.Country, q.Date)) }},
		{"At", func(s store, q synth.Query) int { t, _ := s.At(q.Org, q.Date); return len(t.Country) }},
		{"Of", func(s store, q synth.Query) int { return count(s.Of(q.Org, q.Date)) }},
		{"OfCountry", func(s store, q synth.Query) int { return count(s.OfCountry(q.Country, q.Date)) }},
		{"ChairedBy", func(s store, q synth.Query) int { return count(s.ChairedBy(q.Country, q.Year)) }},
	}
	for _, qu := range queries {
		for _, name := range impls {
			s := ss[name]
			b.Run(fmt.Sprintf("%s/store=%s", qu.name, name), func(b *testing.B) {
				k, sum := 0, 0
				for b.Loop() {
					sum += qu.run(s, d.Queries[k%len(d.Queries)])
					k++
				}
				sink = sum
			})
		}
	}
}

var sink int

func count[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// TestStoresAgree checks that the three stores give the same answers, so
// the benchmark compares like with like.
func TestStoresAgree(t *testing.T) {
	d, ss := stores(t)
	for _, q := range d.Queries[:200] {
		want := ss["igo"]
		for _, name := range impls[1:] {
			s := ss[name]
			if g, w := s.TierOf(q.Org, q.Country, q.Date), want.TierOf(q.Org, q.Country, q.Date); g != w {
				t.Fatalf("%s: TierOf(%v) = %v, want %v", name, q, g, w)
			}
			g, _ := s.At(q.Org, q.Date)
			w, _ := want.At(q.Org, q.Date)
			if g.Country != w.Country || g.Period != w.Period {
				t.Fatalf("%s: At(%v) = %v %v, want %v %v", name, q, g.Country, g.Period, w.Country, w.Period)
			}
			for _, c := range []struct {
				what string
				g, w int
			}{
				{"Of", count(s.Of(q.Org, q.Date)), count(want.Of(q.Org, q.Date))},
				{"OfCountry", count(s.OfCountry(q.Country, q.Date)), count(want.OfCountry(q.Country, q.Date))},
				{"ChairedBy", count(s.ChairedBy(q.Country, q.Year)), count(want.ChairedBy(q.Country, q.Year))},
			} {
				if c.g != c.w {
					t.Fatalf("%s: %s(%v) yields %d, want %d", name, c.what, q, c.g, c.w)
				}
			}
		}
	}
}
