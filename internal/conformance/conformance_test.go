package conformance

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	idates "github.com/igodata/igo/internal/dates"
	"github.com/igodata/igo/internal/source"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func date(s string) igo.Date { return igo.Date(source.Date(s)) }

func urls(seq func(func(igo.Source) bool)) []string {
	var out []string
	for s := range seq {
		out = append(out, s.URL)
	}
	return out
}

func sourceURLs(f *source.File, keys []string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, f.Sources[k].URL)
	}
	return out
}

func TestEveryRecordIsReachable(t *testing.T) {
	d, err := source.Load(os.DirFS(filepath.Join("..", "data")))
	require.NoError(t, err)
	for _, f := range d.Orgs {
		id := orgs.ID(f.ID)
		o, ok := orgs.Lookup(id)
		require.True(t, ok, f.ID)
		assert.Equal(t, f.Name, o.Name)
		assert.Equal(t, date(f.Founded.Date), o.Founded)
		assert.Equal(t, date(f.VerifiedThrough), o.VerifiedThrough)
		assert.False(t, o.VerifiedThrough.IsZero(), "%s has a verified-through date", f.ID)
		if dv := f.Dissolved; dv != nil {
			assert.Equal(t, date(dv.Date), o.Dissolved)
			assert.Equal(t, orgs.ID(dv.Successor), o.Successor)
			if dv.Successor != "" {
				succ, ok := orgs.Lookup(o.Successor)
				require.True(t, ok)
				assert.Contains(t, slices.Collect(succ.Predecessors()), id)
			}
			found := false
			for e := range timeline.Select(timeline.Filter{Org: id, Period: dayOf(o.Dissolved)}) {
				if e.Kind == timeline.Dissolved {
					found = true
					assert.Equal(t, sourceURLs(f, dv.Sources), urls(e.Sources()), "%s dissolved sources", f.ID)
				}
			}
			assert.True(t, found, "%s: no Dissolved event", f.ID)
		} else {
			assert.True(t, o.Dissolved.IsZero() && o.Successor == "", f.ID)
		}
		assert.Len(t, slices.Collect(o.Names()), len(f.Names), "%s names", f.ID)
		var all []string
		for _, s := range f.Sources {
			all = append(all, s.URL)
		}
		assert.ElementsMatch(t, slices.Compact(slices.Sorted(slices.Values(all))), urls(o.Sources()), "%s: Org.Sources lists every source of the file", f.ID)

		for i, m := range f.Memberships {
			tier, err := member.ParseTier(m.Tier)
			require.NoError(t, err)
			want := igo.Period{From: date(m.From), To: date(m.To)}
			found := false
			for got := range member.History(id, igo.Country(m.Party)) {
				if got.Tier == tier && got.Period == want && got.Attested == m.Attested && got.Scheduled == m.Scheduled && got.Note == m.Note {
					found = true
					assert.Equal(t, sourceURLs(f, m.Sources), urls(got.Sources()), "%s memberships[%d] sources", f.ID, i)
					assert.Equal(t, countAlts(m.Alternatives), len(slices.Collect(got.Alternatives())), "%s memberships[%d] alternatives", f.ID, i)
				}
			}
			assert.True(t, found, "%s memberships[%d] (%s %s %v) not reachable", f.ID, i, m.Party, m.Tier, want)
		}

		for i, tm := range f.Terms {
			want := igo.Period{From: date(tm.From), To: date(tm.To)}
			// Holders answers for a joint body (several holders at once,
			// such as the EU's trio) as for any other: pick this party's term.
			var got chair.Term
			ok := false
			for h := range chair.Holders(id, tm.Body, want.From) {
				if h.Country == igo.Country(tm.Party) {
					got, ok = h, true
					break
				}
			}
			if assert.True(t, ok, "%s terms[%d] not reachable", f.ID, i) {
				assert.Equal(t, igo.Country(tm.Party), got.Country, "%s terms[%d]", f.ID, i)
				assert.Equal(t, want, got.Period, "%s terms[%d]", f.ID, i)
				assert.Equal(t, tm.Person, got.Person)
				assert.Equal(t, tm.Scheduled, got.Scheduled)
				assert.Equal(t, tm.Inferred, got.Inferred)
				assert.Equal(t, sourceURLs(f, tm.Sources), urls(got.Sources()), "%s terms[%d] sources", f.ID, i)
				assert.Equal(t, len(tm.Priorities)+len(tm.Initiatives), len(slices.Collect(got.Priorities())), "%s terms[%d] priorities", f.ID, i)
				_, hasMotto := got.Motto()
				assert.Equal(t, tm.Motto != nil, hasMotto, "%s terms[%d] motto", f.ID, i)
			}
		}

		for i, e := range f.Events {
			found := false
			for got := range timeline.Select(timeline.Filter{Org: id, Period: dayOf(date(e.Date))}) {
				if got.Title == e.Title && got.Date == date(e.Date) {
					found = true
					assert.Equal(t, e.Scheduled, got.Scheduled)
					assert.Equal(t, sourceURLs(f, e.Sources), urls(got.Sources()), "%s events[%d] sources", f.ID, i)
				}
			}
			assert.True(t, found, "%s events[%d] (%s %s) not reachable", f.ID, i, e.Date, e.Title)
		}
	}
}

// dayOf is the one-day period of d's first day, which selects events dated d.
func dayOf(d igo.Date) igo.Period {
	first := igo.Date(idates.Start(uint32(d)))
	return igo.Period{From: first, To: first + 1}
}

func countAlts(alts []source.Alternative) int {
	n := 0
	for _, a := range alts {
		n += len(a.Sources)
	}
	return n
}
