package export

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func builtin() Tables {
	return Build(slices.Collect(orgs.All()), member.Default(), chair.Default(), timeline.Default())
}

// Records re-imported from files carry no sources, so the comparison looks
// at the exported fields only; the sources are compared as table rows.
var ignoreSources = cmpopts.IgnoreUnexported(member.Membership{}, chair.Term{}, timeline.Event{})

// TestRoundTrip exports the built-in data, re-imports each format and checks
// that every query answers as it does on the built-in tables.
func TestRoundTrip(t *testing.T) {
	want := builtin()
	for _, format := range []string{CSV, JSON} {
		t.Run(format, func(t *testing.T) {
			got := roundTrip(t, format, want)
			ms, cs, tl, err := Load(got)
			require.NoError(t, err)
			sameAnswers(t, want, ms, cs, tl)
		})
	}
}

// roundTrip writes want in format to a new directory, reads it back and
// requires the tables read to equal those written.
func roundTrip(t *testing.T, format string, want Tables) Tables {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, Write(dir, format, want))
	got, err := Read(dir, format)
	require.NoError(t, err)
	require.Empty(t, cmp.Diff(want, got), "tables read back differ from tables written")
	return got
}

func sameAnswers(t *testing.T, tabs Tables, ms *member.Table, cs *chair.Table, tl *timeline.Table) {
	t.Helper()
	days := daysOfInterest(tabs)
	var parties []igo.Country
	for _, p := range tabs.Parties {
		parties = append(parties, igo.Country(p.Party))
	}
	// TierOf is compared for each organization's own parties and one
	// party of another (which must be None in both).
	partiesOf := map[orgs.ID][]igo.Country{}
	for _, m := range tabs.Memberships {
		id := orgs.ID(m.Org)
		if c := igo.Country(m.Party); !slices.Contains(partiesOf[id], c) {
			partiesOf[id] = append(partiesOf[id], c)
		}
	}
	for id := range partiesOf {
		partiesOf[id] = append(partiesOf[id], "AQ")
	}
	for o := range orgs.All() {
		require.Empty(t, cmp.Diff(slices.Collect(member.Spells(o.ID)), slices.Collect(ms.Spells(o.ID)), ignoreSources), "Spells(%s)", o.ID)
		require.Empty(t, cmp.Diff(slices.Collect(chair.History(o.ID)), slices.Collect(cs.History(o.ID)), ignoreSources), "chair.History(%s)", o.ID)
		require.Empty(t, cmp.Diff(slices.Collect(timeline.Select(timeline.Filter{Org: o.ID})),
			slices.Collect(tl.Select(timeline.Filter{Org: o.ID})), ignoreSources), "timeline.Select(%s)", o.ID)
		for _, d := range days {
			require.Empty(t, cmp.Diff(slices.Collect(member.Of(o.ID, d)), slices.Collect(ms.Of(o.ID, d)), ignoreSources), "member.Of(%s, %s)", o.ID, d)
			wt, wok := chair.At(o.ID, d)
			gt, gok := cs.At(o.ID, d)
			require.Equal(t, wok, gok, "chair.At(%s, %s)", o.ID, d)
			require.Empty(t, cmp.Diff(wt, gt, ignoreSources), "chair.At(%s, %s)", o.ID, d)
			for _, c := range partiesOf[o.ID] {
				if w, g := member.TierOf(o.ID, c, d), ms.TierOf(o.ID, c, d); w != g {
					t.Fatalf("TierOf(%s, %s, %s) = %v after the round trip, want %v", o.ID, c, d, g, w)
				}
			}
		}
	}
	for _, c := range parties {
		for _, d := range days {
			require.Empty(t, cmp.Diff(slices.Collect(member.OfCountry(c, d)), slices.Collect(ms.OfCountry(c, d)), ignoreSources), "member.OfCountry(%s, %s)", c, d)
		}
		for y := 1990; y <= 2030; y++ {
			require.Empty(t, cmp.Diff(slices.Collect(chair.ChairedBy(c, y)), slices.Collect(cs.ChairedBy(c, y)), ignoreSources), "ChairedBy(%s, %d)", c, y)
		}
		require.Empty(t, cmp.Diff(slices.Collect(timeline.Select(timeline.Filter{Country: c})),
			slices.Collect(tl.Select(timeline.Filter{Country: c})), ignoreSources), "timeline.Select(country %s)", c)
	}
	require.Empty(t, cmp.Diff(slices.Collect(timeline.All()), slices.Collect(tl.All()), ignoreSources), "timeline.All")
}

// daysOfInterest returns every date at which some record starts or ends, the
// day before it, and 1 January of every year the data covers.
func daysOfInterest(t Tables) []igo.Date {
	seen := map[igo.Date]bool{}
	add := func(d igo.Date) {
		if d.IsZero() {
			return
		}
		seen[d] = true
		if d.Precision() == igo.DayPrecision {
			day := d.Day()
			if day > 1 {
				prev, err := igo.NewDate(d.Year(), d.Month(), day-1)
				if err == nil {
					seen[prev] = true
				}
			}
		}
	}
	for _, r := range t.Memberships {
		add(r.From)
		add(r.To)
	}
	for _, r := range t.Terms {
		add(r.From)
		add(r.To)
	}
	for y := 1990; y <= 2030; y++ {
		d, _ := igo.NewDate(y, 1, 1)
		add(d)
	}
	days := make([]igo.Date, 0, len(seen))
	for d := range seen {
		days = append(days, d)
	}
	slices.Sort(days)
	return days
}

// TestSourcesLinked checks that every sources column names keys of the
// sources table and that the built-in facts keep their sources.
func TestSourcesLinked(t *testing.T) {
	tabs := builtin()
	keys := map[string]bool{}
	for _, s := range tabs.Sources {
		require.NotEmpty(t, s.URL, "source %s", s.Key)
		keys[s.Key] = true
	}
	check := func(table string, i int, sources string) {
		t.Helper()
		fields := strings.Fields(sources)
		assert.NotEmpty(t, fields, "%s row %d has no sources", table, i+1)
		for _, k := range fields {
			assert.True(t, keys[k], "%s row %d cites unknown source %q", table, i+1, k)
		}
	}
	for i, r := range tabs.Memberships {
		check("memberships", i, r.Sources)
	}
	for i, r := range tabs.Terms {
		check("terms", i, r.Sources)
	}
	for i, r := range tabs.Events {
		check("events", i, r.Sources)
	}
	for i, r := range tabs.Priorities {
		check("priorities", i, r.Sources)
	}
	// Each fact's keys name exactly the sources the library reports for it.
	byKey := map[string]igo.Source{}
	for _, s := range tabs.Sources {
		byKey[s.Key] = igo.Source{URL: s.URL, Title: s.Title, Publisher: s.Publisher, Published: s.Published}
	}
	i := 0
	for o := range orgs.All() {
		for m := range member.Spells(o.ID) {
			var got []igo.Source
			for _, k := range strings.Fields(tabs.Memberships[i].Sources) {
				got = append(got, byKey[k])
			}
			assert.Equal(t, slices.Collect(m.Sources()), got, "sources of %s %s %s", m.Org, m.Country, m.Period)
			i++
		}
	}
}

func TestWriteRejectsUnknownFormat(t *testing.T) {
	err := Write(t.TempDir(), "xml", Tables{})
	require.ErrorContains(t, err, `"xml"`)
}

// TestSchemaDocumented checks that docs/export.md documents every table and
// column, in order, with a type that matches the Go field.
func TestSchemaDocumented(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "docs", "export.md"))
	require.NoError(t, err)
	doc := map[string][][2]string{} // table -> (column, type)
	var table string
	for line := range strings.Lines(string(b)) {
		if name, ok := strings.CutPrefix(line, "## "); ok {
			table = strings.TrimSpace(name)
			continue
		}
		if strings.HasPrefix(line, "| `") {
			cells := strings.Split(line, "|")
			col := strings.Trim(strings.TrimSpace(cells[1]), "`")
			doc[table] = append(doc[table], [2]string{col, strings.TrimSpace(cells[2])})
		}
	}
	tv := reflect.TypeOf(Tables{})
	for i, name := range TableNames() {
		row := tv.Field(i).Type.Elem()
		var want [][2]string
		for j := range row.NumField() {
			f := row.Field(j)
			typ := "text"
			switch {
			case f.Type == reflect.TypeOf(igo.Date(0)):
				typ = "date"
			case f.Type.Kind() == reflect.Bool:
				typ = "bool"
			case f.Type.Kind() == reflect.Int:
				typ = "int"
			case f.Name == "Sources" || f.Name == "Founders":
				typ = "codes"
			}
			want = append(want, [2]string{f.Tag.Get("json"), typ})
		}
		assert.Equal(t, want, doc[name], "docs/export.md, table %s", name)
	}
}

// TestRoundTripJoint checks that a joint body and its overlapping terms
// survive a round trip: the built-in data have none yet.
func TestRoundTripJoint(t *testing.T) {
	sco, ok := orgs.Lookup(orgs.SCO)
	require.True(t, ok)
	bodies := append(slices.Collect(chair.Bodies(orgs.SCO)), chair.Body{Org: orgs.SCO, ID: "co", Name: "Co-chairs", Role: chair.Chair, Joint: true, Rule: "two at once"})
	terms := slices.Collect(chair.History(orgs.SCO))
	for _, c := range []igo.Country{"KZ", "CN"} {
		terms = append(terms, chair.Term{Org: orgs.SCO, Body: "co", Country: c, Period: igo.Period{From: 20240101, To: 20250101}})
	}
	cs, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	tl, err := timeline.NewTable(member.Default(), cs, nil)
	require.NoError(t, err)
	want := Build([]orgs.Org{sco}, member.Default(), cs, tl)
	for _, format := range []string{CSV, JSON} {
		t.Run(format, func(t *testing.T) {
			got := roundTrip(t, format, want)
			_, cs2, _, err := Load(got)
			require.NoError(t, err)
			b, ok := cs2.LookupBody(orgs.SCO, "co")
			require.True(t, ok)
			assert.True(t, b.Joint)
			d := igo.Date(20240705)
			require.Len(t, slices.Collect(cs2.Holders(orgs.SCO, "co", d)), 2)
			var keys []string
			for _, r := range got.Terms {
				if r.Body == "co" {
					keys = append(keys, r.Term)
				}
			}
			assert.Equal(t, []string{"SCO/co/2024-01-01/CN", "SCO/co/2024-01-01/KZ"}, keys, "each term has its own key")
			require.Empty(t, cmp.Diff(slices.Collect(cs.Holders(orgs.SCO, "co", d)), slices.Collect(cs2.Holders(orgs.SCO, "co", d)), ignoreSources))
		})
	}
}
