package cow_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/member/cow"
	"github.com/igodata/igo/orgs"
)

func loadSmall(t *testing.T) *cow.Dataset {
	t.Helper()
	d, err := cow.Load(filepath.Join("testdata", "small"))
	require.NoError(t, err)
	return d
}

// span returns the period of years [from, to); to 0 leaves it open.
func span(from, to int) igo.Period {
	return igo.Period{From: igo.Date(from * 10000), To: igo.Date(to * 10000)}
}

func TestLoadSpells(t *testing.T) {
	d := loadSmall(t)
	type spell struct {
		Org     orgs.ID
		Country igo.Country
		Tier    member.Tier
		Period  igo.Period
	}
	var got []spell
	for m := range d.Table().Spells("") {
		got = append(got, spell{m.Org, m.Country, m.Tier, m.Period})
	}
	want := []spell{
		{"ARALSEA", "US", member.Observer, span(1997, 1999)}, // 3, 3: one spell
		{"ARALSEA", "US", member.Unknown, span(1999, 2000)},  // -9 stays distinct
		{"ARALSEA", "US", member.Associate, span(2000, 2001)},
		{"ARALSEA", "US", member.Associate, span(2002, 0)}, // 2001 has no row: a gap ends the spell; 2002 is the last year: open
		{"OLDORG", "COW-267", member.Member, span(1850, 1852)},
		{"OLDORG", "US", member.Member, span(1851, 1852)},
		{"TPO", "RU", member.Member, span(1992, 1994)},    // ccode 365 is RU from 1992
		{"TPO", "SUHH", member.Unknown, span(1991, 1992)}, // and the Soviet Union in 1991
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Spells mismatch (-want +got):\n%s", diff)
	}
	assert.Equal(t, span(1850, 2003), d.Years())
}

func TestLoadQueries(t *testing.T) {
	tab := loadSmall(t).Table()
	assert.Equal(t, member.Unknown, tab.TierOf("ARALSEA", "US", 19990615), "missing data is Unknown")
	assert.Equal(t, member.None, tab.TierOf("ARALSEA", "US", 20010615), "no row is None")
	assert.Equal(t, member.Observer, tab.TierOf("ARALSEA", "US", 19970101))
	assert.Equal(t, member.None, tab.TierOf("TPO", "US", 20020615), "0 is None")
	assert.Equal(t, member.Associate, tab.TierOf("ARALSEA", "US", 20300101), "a spell running in the data's last year stays open")
	assert.Equal(t, member.None, tab.TierOf("TPO", "RU", 19940101), "a spell that ends before the last year is closed")
	m, ok := tab.Status("TPO", "RU", 19930301)
	require.True(t, ok)
	assert.Equal(t, span(1992, 1994), m.Period)
	var parties []igo.Country
	for m := range tab.Of("OLDORG", 18510701) {
		parties = append(parties, m.Country)
	}
	assert.Equal(t, []igo.Country{"COW-267", "US"}, parties)
	var inOrgs []orgs.ID
	for m := range tab.OfCountry("US", 19980101) {
		inOrgs = append(inOrgs, m.Org)
	}
	assert.Equal(t, []orgs.ID{"ARALSEA"}, inOrgs)
	assert.Len(t, slices.Collect(tab.History("ARALSEA", "US")), 4)
}

func TestOrgsAndLookup(t *testing.T) {
	d := loadSmall(t)
	want := []cow.Org{
		{ID: "ARALSEA", Abbr: "AralSea", Name: "Intl Fund for Saving the Aral Sea", LongName: "International Fund for Saving the Aral Sea (IFAS)", Number: 2305, Start: 1997},
		{ID: "OLDORG", Abbr: "OldOrg", Name: "Old Organization", LongName: "The Old Organization of Small States", Number: 5, Start: 1850, End: 1852},
		{ID: "TPO", Abbr: "TPO", Name: "Test Pact Organization", LongName: "Test Pact Organization (TPO)", Number: 1125, Start: 2002},
	}
	if diff := cmp.Diff(want, slices.Collect(d.Orgs())); diff != "" {
		t.Errorf("Orgs mismatch (-want +got):\n%s", diff)
	}
	assert.True(t, want[1].Dead())
	assert.False(t, want[0].Dead())
	for _, s := range []string{"AralSea", "aralsea", "ARALSEA", "International Fund for Saving the Aral Sea (IFAS)", "intl fund for saving the aral sea"} {
		o, ok := d.Lookup(s)
		assert.True(t, ok, s)
		assert.Equal(t, orgs.ID("ARALSEA"), o.ID, s)
	}
	for _, s := range []string{"", "IFAS", "Aral", "\x00"} {
		_, ok := d.Lookup(s)
		assert.False(t, ok, "Lookup(%q)", s)
	}
}

func TestParty(t *testing.T) {
	tests := []struct {
		ccode, year int
		want        igo.Country
	}{
		{2, 2000, "US"},
		{365, 1900, "RU"}, // the Russian Empire
		{365, 1922, "RU"},
		{365, 1923, "SUHH"},
		{365, 1991, "SUHH"},
		{365, 1992, "RU"},
		{345, 1990, "YUCS"},
		{345, 2002, "YUCS"},
		{345, 2003, "CSXX"},
		{345, 2005, "CSXX"},
		{345, 2006, "RS"},
		{816, 1975, "VDVN"},
		{816, 1976, "VN"},
		{817, 1970, "VN"},
		{255, 1900, "DE"},
		{260, 1980, "DE"},
		{265, 1980, "DDDE"},
		{315, 1980, "CSHH"},
		{678, 1980, "YE"},
		{680, 1980, "YDYE"},
		{267, 1850, "COW-267"},
		{347, 2010, "COW-347"},
	}
	for _, tt := range tests {
		got, ok := cow.Party(tt.ccode, tt.year)
		assert.True(t, ok)
		assert.Equal(t, tt.want, got, "Party(%d, %d)", tt.ccode, tt.year)
	}
	for _, cc := range []int{0, -1, 1, 999, 100000} {
		_, ok := cow.Party(cc, 2000)
		assert.False(t, ok, "Party(%d)", cc)
	}
}

func TestStateName(t *testing.T) {
	for c, want := range map[igo.Country]string{
		"COW-267": "Baden", "RU": "Russia", "SUHH": "Russia", "CSXX": "Yugoslavia", "DDDE": "German Democratic Republic",
		"US": "United States of America", "COW-2": "", "COW-": "", "COW-x": "", "XX": "", "": "",
	} {
		assert.Equal(t, want, cow.StateName(c), "StateName(%q)", c)
	}
}

// A COW-only code is no igo party: igo's own methods answer "unknown"
// without panicking, and ParseCountry rejects it.
func TestCOWCodesAreNotIgoParties(t *testing.T) {
	c := igo.Country("COW-267")
	assert.False(t, c.IsValid())
	assert.Equal(t, igo.UnknownParty, c.Kind())
	assert.Equal(t, "", c.Name())
	_, err := igo.ParseCountry(string(c))
	assert.Error(t, err)
}

func TestReadErrors(t *testing.T) {
	iy, err := os.ReadFile(filepath.Join("testdata", "small", cow.IGOYearFile))
	require.NoError(t, err)
	sy, err := os.ReadFile(filepath.Join("testdata", "small", cow.StateYearFile))
	require.NoError(t, err)
	replace := func(b []byte, old, new string) string {
		s := string(b)
		require.Contains(t, s, old)
		return strings.Replace(s, old, new, 1)
	}
	tests := []struct {
		name       string
		sy, iy     string
		want       cow.ParseError // Err and position; Reason is checked to be set
		wantInText string
	}{
		{"empty state-year", "", string(iy), cow.ParseError{File: cow.StateYearFile, Line: 1, Err: igo.ErrSyntax}, "empty file"},
		{"empty igo-year", string(sy), "", cow.ParseError{File: cow.IGOYearFile, Line: 1, Err: igo.ErrSyntax}, "empty file"},
		{"header only", `"ccode","year","state","tpo","aralsea","oldorg"` + "\n", string(iy), cow.ParseError{File: cow.StateYearFile, Line: 2, Err: igo.ErrSyntax}, "no rows"},
		{"no organizations", string(sy), `"ioname","orgname","longorgname","ionum","sdate","deaddate"` + "\n", cow.ParseError{File: cow.IGOYearFile, Line: 2, Err: igo.ErrSyntax}, "no organizations"},
		{"missing ccode", replace(sy, `"ccode"`, `"code"`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 1, Value: "ccode", Err: igo.ErrSyntax}, `malformed value "ccode": missing column`},
		{"missing ionum", string(sy), replace(iy, `"ionum"`, `"number"`),
			cow.ParseError{File: cow.IGOYearFile, Line: 1, Value: "ionum", Err: igo.ErrSyntax}, "missing column"},
		{"unknown column", replace(sy, `"oldorg"`, `"neworg"`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 1, Column: 6, Field: "neworg", Err: igo.ErrUnknown}, `(column "neworg")`},
		{"duplicate column", replace(sy, `"oldorg"`, `"tpo"`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 1, Column: 6, Field: "tpo", Err: igo.ErrSyntax}, "duplicate column (also column 4)"},
		{"unknown status", replace(sy, `2,1998,"usa",-1,3,-1`, `2,1998,"usa",-1,7,-1`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 7, Column: 5, Field: "aralsea", Value: "7", Err: igo.ErrUnknown}, `state_year_formatv3.csv:7:5 (column "aralsea"): unknown value "7": unknown status code`},
		{"bad year", replace(sy, `2,1998,`, `2,19x8,`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 7, Column: 2, Field: "year", Value: "19x8", Err: igo.ErrSyntax}, "want an integer"},
		{"year out of range", replace(sy, `2,1998,`, `2,99999,`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 7, Column: 2, Field: "year", Value: "99999", Err: igo.ErrSyntax}, "want 1000 to 9998"},
		{"unknown ccode", replace(sy, `267,1851,`, `999,1851,`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 12, Column: 1, Field: "ccode", Value: "999", Err: igo.ErrUnknown}, "not a COW state code"},
		{"duplicate state-year", replace(sy, `267,1851,`, `267,1850,`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 12, Column: 1, Field: "ccode", Err: igo.ErrSyntax}, "a second row for party COW-267 in 1850 (the first is on line 11)"},
		{"bare quote", replace(sy, `"baden"`, `"bad"en"`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 11, Err: igo.ErrSyntax}, `extraneous or missing " in quoted-field`},
		{"short row", replace(sy, `2,1998,"usa",-1,3,-1`, `2,1998,"usa",-1,3`), string(iy),
			cow.ParseError{File: cow.StateYearFile, Line: 7, Err: igo.ErrSyntax}, "wrong number of fields"},
		{"bad start year", string(sy), replace(iy, `,1997,,0,`, `,97,,0,`),
			cow.ParseError{File: cow.IGOYearFile, Line: 4, Column: 6, Field: "sdate", Value: "97", Err: igo.ErrSyntax}, "want 1000 to 9998"},
		{"bad abbreviation", string(sy), replace(iy, `"OldOrg","Old`, `"Old Org","Old`),
			cow.ParseError{File: cow.IGOYearFile, Line: 5, Column: 1, Field: "ioname", Value: "Old Org", Err: igo.ErrSyntax}, "want an abbreviation"},
		{"abbreviations differ in case", string(sy), replace(iy, `"TPO","Test Pact Organization",2003`, `"Tpo","Test Pact Organization",2003`),
			cow.ParseError{File: cow.IGOYearFile, Line: 3, Column: 1, Field: "ioname", Value: "Tpo", Err: igo.ErrSyntax}, `differs from "TPO" only in case`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := cow.Read(strings.NewReader(tt.sy), strings.NewReader(tt.iy))
			require.Error(t, err)
			assert.Nil(t, d)
			var pe *cow.ParseError
			require.True(t, errors.As(err, &pe), "%v is not a *ParseError", err)
			assert.NotEmpty(t, pe.Reason)
			if diff := cmp.Diff(tt.want, *pe, cmpopts.IgnoreFields(cow.ParseError{}, "Reason"), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ParseError mismatch (-want +got):\n%s\n(error: %v)", diff, err)
			}
			assert.ErrorIs(t, err, tt.want.Err)
			assert.Contains(t, err.Error(), tt.wantInText)
			assert.True(t, strings.HasPrefix(err.Error(), "cow: "+tt.want.File+":"), err.Error())
		})
	}
}

func TestLoadMissingFiles(t *testing.T) {
	_, err := cow.Load(t.TempDir())
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
	assert.Contains(t, err.Error(), cow.StateYearFile)
}

func TestInSystem(t *testing.T) {
	d := loadSmall(t)
	for _, tt := range []struct {
		c    igo.Country
		year int
		want bool
	}{
		{"US", 1850, true}, {"US", 1852, false}, {"US", 2001, false}, {"US", 2002, true},
		{"SUHH", 1991, true}, {"SUHH", 1992, false}, {"RU", 1992, true}, {"COW-267", 1851, true}, {"XX", 1851, false},
	} {
		assert.Equal(t, tt.want, d.InSystem(tt.c, tt.year), "InSystem(%s, %d)", tt.c, tt.year)
	}
}
