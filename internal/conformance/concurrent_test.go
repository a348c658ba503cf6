package conformance

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// TestConcurrentQueries runs every query from many goroutines at once, on
// the built-in tables (whose timeline is derived on first use, so the first
// calls race to derive it) and on caller-built tables shared by all
// goroutines, and checks every goroutine saw the same answers. .ci/run runs
// it alone under the race detector (go test -race -run '^TestConcurrentQueries$'),
// so that the built-in timeline's first use happens here.
func TestConcurrentQueries(t *testing.T) {
	records, bodies, terms, extra := synthetic(rand.New(rand.NewPCG(7, 2026)), small)
	ms, err := member.NewTable(records)
	require.NoError(t, err)
	cs, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	ts, err := timeline.NewTable(ms, cs, extra)
	require.NoError(t, err)

	const workers = 8
	runs := []struct {
		name string
		q    func() queries
	}{
		// builtinQueries is called inside each goroutine: its timeline.Default
		// and every query below race to derive the built-in timeline.
		{"builtin", func() queries {
			q := builtinQueries()
			q.events = timeline.Default().All
			return q
		}},
		{"tables", func() queries { return tableQueries(ms, cs, ts) }},
	}
	for _, run := range runs {
		got := make([]uint64, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() { got[w] = askEverything(run.q(), w) })
		}
		wg.Wait()
		want := askEverything(run.q(), 0)
		for w, h := range got {
			assert.Equal(t, want, h, "%s: goroutine %d saw different answers", run.name, w)
		}
	}
}

// askEverything runs every query of q over a sample of organizations,
// parties and dates, starting at a different point for each worker so that
// goroutines interleave different calls, and returns a hash of the answers
// that does not depend on that order.
func askEverything(q queries, worker int) uint64 {
	var ids []orgs.ID
	for m := range q.spells("") {
		if len(ids) == 0 || ids[len(ids)-1] != m.Org {
			ids = append(ids, m.Org)
		}
	}
	parties := []igo.Country{"KZ", "BY", "CN", "RU", "UZ", "TRNC", "UN", ""}
	var ds []igo.Date
	for y := 1992; y <= 2028; y += 3 {
		ds = append(ds, igo.Date(y*10000), igo.Date(y*10000+704), igo.Date(y*10000+1231))
	}
	var sum uint64
	h := fnv.New64a()
	out := func(v ...any) { fmt.Fprintln(h, v...) }
	for i := range len(ds) + 1 {
		h.Reset()
		if i == len(ds) { // the queries that take no date
			out(len(collect[timeline.Event](nil, q.events())))
			for _, id := range ids {
				for _, c := range parties {
					out(collect(nil, q.history(id, c)))
					out(collect(nil, q.sel(timeline.Filter{Org: id, Country: c})))
				}
			}
			sum += h.Sum64()
			continue
		}
		d := ds[(i+worker*5)%len(ds)]
		for _, id := range ids {
			out(collect(nil, q.of(id, d)))
			out(q.at(id, d))
			for b := range q.bodies(id) {
				out(q.atBody(id, b.ID, d))
			}
			out(collect(nil, q.sel(timeline.Filter{Org: id, Period: igo.Year(d.Year())})))
			for _, c := range parties {
				out(q.status(id, c, d))
				out(q.tierOf(id, c, d))
			}
		}
		for _, c := range parties {
			out(collect(nil, q.ofCountry(c, d)))
			out(collect(nil, q.chairedBy(c, d.Year())))
		}
		sum += h.Sum64()
	}
	return sum
}
