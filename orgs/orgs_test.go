package orgs_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want orgs.ID
	}{
		{"SCO", orgs.SCO},
		{"sco", orgs.SCO},
		{"Shanghai Cooperation Organisation", orgs.SCO},
		{"Shanghai Cooperation Organization", orgs.SCO},
		{"shanghai  cooperation   organization", orgs.SCO},
		{"Shanghai Five", orgs.SCO},
		{"OTS", orgs.OTS},
		{"Organization of Turkic States", orgs.OTS},
		{"Organisation of Turkic States", orgs.OTS},
		{"Turkic Council", orgs.OTS},
		{"Cooperation Council of Turkic-Speaking States", orgs.OTS},
		{"Cooperation Council of Turkic Speaking States", orgs.OTS},
		{"CCTS", orgs.OTS},
		{"CICA", orgs.CICA},
		{"Conference on Interaction and Confidence-Building Measures in Asia", orgs.CICA},
		{"Conference on Interaction and Confidence Building Measures in Asia", orgs.CICA},
		{"CSTO", orgs.CSTO},
		{"Collective Security Treaty Organisation", orgs.CSTO},
		{"Collective Security Treaty", orgs.CSTO},
		{"IOFS", orgs.IOFS},
		{"IFSO", orgs.IOFS},
		{"Islamic Food Security Organization", orgs.IOFS},
		{"Islamic Organisation for Food Security", orgs.IOFS},
		{"IFAS", orgs.IFAS},
		{"International Fund for Saving the Aral Sea", orgs.IFAS},
	}
	for _, tt := range tests {
		got, err := orgs.Parse(tt.in)
		require.NoError(t, err, "Parse(%q)", tt.in)
		assert.Equal(t, tt.want, got, "Parse(%q)", tt.in)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "  ", "\x00", "S\nCO"} {
		_, err := orgs.Parse(in)
		assert.ErrorIs(t, err, igo.ErrSyntax, "Parse(%q)", in)
	}
	for _, in := range []string{"Warsaw Pact", "SCOO", "ANZUS", "G-20 Summit"} {
		_, err := orgs.Parse(in)
		assert.ErrorIs(t, err, igo.ErrUnknown, "Parse(%q)", in)
		assert.Equal(t, `igo: unknown organization "`+in+`"`, err.Error())
	}
}

func TestParseRoundTrip(t *testing.T) {
	for o := range orgs.All() {
		for _, s := range []string{string(o.ID), o.Name, o.Acronym} {
			got, err := orgs.Parse(s)
			require.NoError(t, err, s)
			assert.Equal(t, o.ID, got, "Parse(%q)", s)
		}
		for n := range o.Names() {
			// Each name resolves in British and American spelling, whatever the data wrote.
			for _, s := range []string{n.Name, strings.ReplaceAll(n.Name, "ization", "isation"), strings.ReplaceAll(n.Name, "isation", "ization")} {
				got, err := orgs.Parse(s)
				require.NoError(t, err, s)
				assert.Equal(t, o.ID, got, "Parse(%q)", s)
			}
		}
		for a := range o.Aliases() {
			got, err := orgs.Parse(a)
			require.NoError(t, err, a)
			assert.Equal(t, o.ID, got, "Parse(%q)", a)
		}
	}
}

func TestAll(t *testing.T) {
	var ids []orgs.ID
	for o := range orgs.All() {
		ids = append(ids, o.ID)
	}
	// One organization per source file, in ID order.
	files, err := filepath.Glob(filepath.Join("..", "internal", "data", "orgs", "*.json"))
	require.NoError(t, err)
	var want []orgs.ID
	for _, f := range files {
		want = append(want, orgs.ID(strings.ToUpper(strings.TrimSuffix(filepath.Base(f), ".json"))))
	}
	slices.Sort(want)
	require.Contains(t, want, orgs.SCO)
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("All() IDs (-want +got):\n%s", diff)
	}
	n := 0
	for range orgs.All() {
		n++
		break // early exit must not panic
	}
	assert.Equal(t, 1, n)
}

func TestLookup(t *testing.T) {
	o, ok := orgs.Lookup(orgs.SCO)
	require.True(t, ok)
	assert.Equal(t, "Shanghai Cooperation Organisation", o.Name)
	assert.Equal(t, igo.Date(20010615), o.Founded)
	assert.Equal(t, "Shanghai", o.FoundingPlace)
	for _, id := range []orgs.ID{"", "sco", "ANZUS"} {
		o, ok := orgs.Lookup(id)
		assert.False(t, ok, "Lookup(%q)", id)
		assert.Equal(t, orgs.Org{}, o)
		assert.False(t, id.IsValid())
	}
	assert.True(t, orgs.OTS.IsValid())
}

func TestNames(t *testing.T) {
	tests := []struct {
		id   orgs.ID
		on   igo.Date
		want string
	}{
		{orgs.SCO, 19980101, "Shanghai Five"},
		{orgs.SCO, 20010615, "Shanghai Cooperation Organisation"},
		{orgs.OTS, 20200101, "Cooperation Council of Turkic Speaking States"},
		{orgs.OTS, 20211112, "Organization of Turkic States"},
		{orgs.CSTO, 19950101, "Collective Security Treaty"},
		{orgs.CSTO, 20030101, "Collective Security Treaty Organization"},
	}
	for _, tt := range tests {
		o, _ := orgs.Lookup(tt.id)
		n, ok := o.NameOn(tt.on)
		require.True(t, ok, "%s.NameOn(%v)", tt.id, tt.on)
		assert.Equal(t, tt.want, n.Name, "%s.NameOn(%v)", tt.id, tt.on)
		assert.NotEmpty(t, slices.Collect(n.Sources()), "sources of %s name %q", tt.id, n.Name)
	}
	sco, _ := orgs.Lookup(orgs.SCO)
	_, ok := sco.NameOn(19950101)
	assert.False(t, ok, "no name before the Shanghai Five")
	_, ok = orgs.Org{}.NameOn(20240101)
	assert.False(t, ok)
}

func TestOrgFacts(t *testing.T) {
	for o := range orgs.All() {
		assert.True(t, o.Founded.IsValid(), "%s founding date", o.ID)
		assert.NotEmpty(t, o.FoundingAct, "%s founding act", o.ID)
		assert.NotEmpty(t, slices.Collect(o.Founders()), "%s founders", o.ID)
		for c := range o.Founders() {
			assert.True(t, c.IsValid(), "%s founder %q", o.ID, c)
		}
		// No seat is required: the G20, G7 and BRICS have none, and their
		// files say so in a note.
		for s := range o.Headquarters() {
			assert.NotEmpty(t, slices.Collect(s.Sources()), "%s seat %s", o.ID, s.City)
		}
		for n := range o.Notes() {
			assert.NotEmpty(t, slices.Collect(n.Sources()), "%s note %q", o.ID, n.Text)
		}
		srcs := slices.Collect(o.Sources())
		assert.NotEmpty(t, srcs)
		assert.True(t, slices.IsSortedFunc(srcs, func(a, b igo.Source) int { return strings.Compare(a.URL, b.URL) }), "%s sources sorted by URL", o.ID)
		names := slices.Collect(o.Names())
		require.NotEmpty(t, names, "%s names", o.ID)
		last := names[len(names)-1]
		assert.Equal(t, o.Name, last.Name, "%s: the last name is the current one", o.ID)
		assert.True(t, last.Period.IsOpen())
	}
	sco, _ := orgs.Lookup(orgs.SCO)
	assert.Equal(t, []igo.Country{"CN", "KG", "KZ", "RU", "TJ", "UZ"}, slices.Collect(sco.Founders()))
	ots, _ := orgs.Lookup(orgs.OTS)
	assert.Equal(t, []igo.Country{"AZ", "KG", "KZ", "TR"}, slices.Collect(ots.Founders()))
	ifas, _ := orgs.Lookup(orgs.IFAS)
	assert.Equal(t, []igo.Country{"KG", "KZ", "TJ", "TM", "UZ"}, slices.Collect(ifas.Founders()))
	zero := orgs.Org{}
	assert.Empty(t, slices.Collect(zero.Names()))
	assert.Empty(t, slices.Collect(zero.Sources()))
}

func TestIDJSON(t *testing.T) {
	var v struct{ Org orgs.ID }
	require.NoError(t, json.Unmarshal([]byte(`{"Org":"Turkic Council"}`), &v))
	assert.Equal(t, orgs.OTS, v.Org)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"Org":"ANZUS"}`), &v), igo.ErrUnknown)
	b, _ := json.Marshal(v)
	assert.Equal(t, `{"Org":"OTS"}`, string(b))
}

func TestPeriodAndPredecessors(t *testing.T) {
	sco, ok := orgs.Lookup(orgs.SCO)
	require.True(t, ok)
	assert.Equal(t, igo.Period{From: sco.Founded}, sco.Period())
	assert.True(t, sco.Period().Contains(igo.Date(20240704)))
	assert.False(t, sco.Period().Contains(igo.Date(20010614)))
	assert.Empty(t, slices.Collect(orgs.Org{}.Predecessors()))
	for o := range orgs.All() {
		for p := range o.Predecessors() {
			prev, ok := orgs.Lookup(p)
			require.True(t, ok)
			assert.Equal(t, o.ID, prev.Successor)
			assert.Equal(t, prev.Dissolved, prev.Period().To)
		}
	}
}
