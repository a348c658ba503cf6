package status

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/source"
	"github.com/igodata/igo/orgs"
)

func TestSummarizeCountsTheSourceFiles(t *testing.T) {
	d, err := source.Load(os.DirFS(filepath.Join("..", "data")))
	require.NoError(t, err)
	var ms, ts int
	urls := map[string]bool{}
	oldest := ""
	for _, f := range d.Orgs {
		ms += len(f.Memberships)
		ts += len(f.Terms)
		for _, s := range f.Sources {
			urls[s.URL] = true
		}
		if closed := f.Dissolved != nil && source.Date(f.VerifiedThrough) >= source.Date(f.Dissolved.Date); !closed &&
			(oldest == "" || source.Date(f.VerifiedThrough) < source.Date(oldest)) {
			oldest = f.VerifiedThrough
		}
	}
	s := Summarize()
	assert.Equal(t, igo.DataVersion, s.DataVersion)
	assert.Equal(t, len(d.Orgs), s.Organizations)
	assert.Equal(t, ms, s.Memberships)
	assert.Equal(t, ts, s.Terms)
	assert.Equal(t, len(urls), s.Sources)
	assert.Equal(t, oldest, s.OldestVerified.String())
	o, ok := orgs.Lookup(s.OldestOrg)
	require.True(t, ok)
	assert.Equal(t, s.OldestVerified, o.VerifiedThrough)
	assert.Greater(t, s.Events, ms, "the timeline holds derived and recorded events")
}

func TestStale(t *testing.T) {
	o, ok := orgs.Lookup(orgs.IOFS) // verified through "2025-12": counts from 2025-12-31
	require.True(t, ok)
	require.Equal(t, "2025-12", o.VerifiedThrough.String())
	day := time.Date(2026, 6, 29, 15, 0, 0, 0, time.UTC) // 180 days after 2025-12-31
	has := func(due []Due, id orgs.ID) int {
		for _, d := range due {
			if d.Org.ID == id {
				return d.Days
			}
		}
		return -1
	}
	assert.Equal(t, -1, has(Stale(day, 180), orgs.IOFS), "exactly 180 days old is not stale")
	assert.Equal(t, 180, has(Stale(day, 179), orgs.IOFS))
	all := Stale(time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), 0)
	dissolved := 0
	for o := range orgs.All() {
		if !o.Dissolved.IsZero() {
			dissolved++
			assert.Equal(t, -1, has(all, o.ID), "%s was dissolved on %s and checked through %s", o.ID, o.Dissolved, o.VerifiedThrough)
		}
	}
	require.NotZero(t, dissolved, "EURASEC was dissolved in 2015")
	assert.Len(t, all, orgCount()-dissolved)
	for i := 1; i < len(all); i++ {
		assert.GreaterOrEqual(t, all[i-1].Days, all[i].Days, "oldest first")
	}
	assert.Empty(t, Stale(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), 0))
}

func orgCount() int {
	n := 0
	for range orgs.All() {
		n++
	}
	return n
}

func TestParseAge(t *testing.T) {
	for in, want := range map[string]int{"180d": 180, "0d": 0, "30": 30} {
		got, err := ParseAge(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "d", "-1d", "6m", "1.5d"} {
		_, err := ParseAge(in)
		assert.ErrorContains(t, err, `"`+in+`"`)
	}
}

// TestStalenessReport lists the organizations due for a refresh, measured
// from today. It only reports: CI runs it with -v so maintainers see the list.
func TestStalenessReport(t *testing.T) {
	due := Stale(time.Now(), 180)
	for _, d := range due {
		t.Logf("%s: verified through %s, %d days ago", d.Org.ID, d.Org.VerifiedThrough, d.Days)
	}
	t.Logf("%d of %d organizations verified more than 180 days ago", len(due), orgCount())
	for _, e := range Unconfirmed(time.Now()) {
		t.Logf("scheduled, not confirmed: %s %s %s", e.Date, e.Org, e.Title)
	}
}

func TestUnconfirmed(t *testing.T) {
	got := Unconfirmed(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NotEmpty(t, got, "the IOFS 7th General Assembly was announced for July 2025 and never confirmed")
	for _, e := range got {
		assert.True(t, e.Scheduled)
		assert.Less(t, e.Date, igo.Date(20260101))
	}
	assert.Empty(t, Unconfirmed(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
}

func TestAfterVerified(t *testing.T) {
	iofs, ok := orgs.Lookup(orgs.IOFS) // verified through "2025-12"
	require.True(t, ok)
	for d, want := range map[igo.Date]bool{20251231: false, 20251200: false, 20250000: false, 20260101: true, 20260000: true, 20260100: true, 0: false} {
		assert.Equal(t, want, AfterVerified(iofs, d), "%v", d)
	}
	eurasec, ok := orgs.Lookup("EURASEC") // dissolved in 2015, checked through 2021
	require.True(t, ok)
	assert.False(t, AfterVerified(eurasec, 20300101))
	assert.False(t, AfterVerified(orgs.Org{ID: "X"}, 20300101), "no verified-through date, nothing to say")
}
