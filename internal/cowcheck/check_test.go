package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/member/cow"
	"github.com/igodata/igo/orgs"
)

var update = flag.Bool("update", false, "rewrite docs/cow-crosscheck.md")

const docPath = "../../docs/cow-crosscheck.md"

// The committed document must match what the generator writes from the
// current data, and must explain every disagreement.
func TestDocumentUpToDate(t *testing.T) {
	dir := os.Getenv("IGO_COW_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "cow-igo-v3")
	}
	if _, err := os.Stat(filepath.Join(dir, cow.StateYearFile)); err != nil {
		t.Skipf("COW IGO v3 files not found in %s (set IGO_COW_DIR): %v", dir, err)
	}
	d, err := cow.Load(dir)
	require.NoError(t, err)
	diffs := compare(member.Default(), orgs.Lookup, d)
	doc, unexplained := render(diffs)
	assert.Zero(t, unexplained, "disagreements without a resolution; add them to resolutions.go")
	assert.NotEmpty(t, diffs, "the built-in data and COW are known to differ (CICA before 2006, observers)")
	if *update {
		require.NoError(t, os.WriteFile(docPath, doc, 0o666))
		return
	}
	got, err := os.ReadFile(docPath)
	require.NoError(t, err)
	if !bytes.Equal(got, doc) {
		t.Errorf("%s is stale; run: go run ./internal/cowcheck -out docs/cow-crosscheck.md (or go test ./internal/cowcheck -update)", docPath)
	}
	// Every manual resolution still matches a disagreement.
	for _, r := range resolutions {
		if _, ok := orgs.Lookup(r.org); !ok {
			continue // for an organization on another branch
		}
		used := false
		for _, d := range diffs {
			used = used || d.reason == r.reason && d.org == r.org && d.party == r.party
		}
		assert.True(t, used, "resolution %s %s %d-%d matches no disagreement; remove it", r.org, r.party, r.from, r.to)
	}
}

func TestYearTiers(t *testing.T) {
	tab, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Observer, Period: igo.Period{From: 20100000, To: 20120615}},
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20120615}},
		{Org: "X", Country: "AA", Tier: member.Acceding, Period: igo.Period{From: 20110000, To: 20120615}},
		{Org: "X", Country: "BB", Tier: member.Member, Period: igo.Period{From: 20050301, To: 20071100}},
	})
	require.NoError(t, err)
	tests := []struct {
		c    igo.Country
		year int
		want []member.Tier
	}{
		{"AA", 2009, []member.Tier{member.None}}, // a spell from "2010" is not in 2009
		{"AA", 2010, []member.Tier{member.Observer}},
		{"AA", 2011, []member.Tier{member.Observer}}, // acceding is left out
		{"AA", 2012, []member.Tier{member.Observer, member.Member}},
		{"AA", 2030, []member.Tier{member.Member}},
		{"BB", 2005, []member.Tier{member.Member, member.None}},
		{"BB", 2006, []member.Tier{member.Member}},
		{"BB", 2007, []member.Tier{member.Member, member.None}},
		{"BB", 2008, []member.Tier{member.None}},
		{"CC", 2008, []member.Tier{member.None}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, yearTiers(tab, "X", tt.c, tt.year), "yearTiers(%s, %d)", tt.c, tt.year)
	}
}

func TestShifted(t *testing.T) {
	tab, err := member.NewTable([]member.Membership{
		{Org: "X", Country: "AA", Tier: member.Member, Period: igo.Period{From: 20010530}},
		{Org: "X", Country: "BB", Tier: member.Observer, Period: igo.Period{From: 20020000}},
	})
	require.NoError(t, err)
	tests := []struct {
		d    diff
		want string
	}{
		// COW has AA a member in 2000; the built-in data from May 2001.
		{diff{org: "X", party: "AA", from: 2000, to: 2000, ours: []member.Tier{member.None}, theirs: member.Member}, "earlier"},
		// COW has BB an observer only from 2003.
		{diff{org: "X", party: "BB", from: 2002, to: 2002, ours: []member.Tier{member.Observer}, theirs: member.None}, "later"},
		// Two years apart is not a one-year shift.
		{diff{org: "X", party: "AA", from: 1999, to: 2000, ours: []member.Tier{member.None}, theirs: member.Member}, ""},
		// Nothing changes next to 1995 in the built-in data.
		{diff{org: "X", party: "AA", from: 1995, to: 1995, ours: []member.Tier{member.None}, theirs: member.Member}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, shifted(&tt.d, tab), "shifted(%s %d-%d)", tt.d.party, tt.d.from, tt.d.to)
	}
}
