package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/examples/igo/internal/export"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// g20 is a dataset that is not igo's: the commands must answer from it
// alone, as they will from the Correlates of War data.
func g20(t *testing.T) Data {
	t.Helper()
	ms, err := member.NewTable([]member.Membership{
		{Org: "G20", Country: "BR", Tier: member.Member, Period: igo.Period{From: 19990000}},
		{Org: "G20", Country: "ZA", Tier: member.Member, Period: igo.Period{From: 19990000}},
	})
	require.NoError(t, err)
	cs, err := chair.NewTable(
		[]chair.Body{{Org: "G20", ID: "presidency", Name: "Presidency", Role: chair.Chair, Principal: true}},
		[]chair.Term{
			{Org: "G20", Body: "presidency", Country: "BR", Period: igo.Period{From: 20231201, To: 20241201}},
			{Org: "G20", Body: "presidency", Country: "ZA", Period: igo.Period{From: 20241201, To: 20251201}},
		})
	require.NoError(t, err)
	tl, err := timeline.NewTable(ms, cs, nil)
	require.NoError(t, err)
	return Data{
		Name: "test data",
		Orgs: []orgs.Org{{ID: "G20", Name: "Group of Twenty", Acronym: "G20"}},
		ParseOrg: func(s string) (orgs.ID, error) {
			if strings.EqualFold(s, "g20") {
				return "G20", nil
			}
			return "", &igo.ParseError{What: "organization", Input: s, Err: igo.ErrUnknown}
		},
		ParseCountry: igo.ParseCountry,
		Members:      ms,
		Chairs:       cs,
		Timeline:     tl,
	}
}

func TestOtherData(t *testing.T) {
	d := g20(t)
	run := func(args ...string) (string, string, int) {
		var stdout, stderr bytes.Buffer
		code := newApp(d, 0, &stdout, &stderr).run(args)
		return stdout.String(), stderr.String(), code
	}
	out, _, code := run("chair", "g20", "--on", "2024-12-01")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "South Africa (ZA)", "the handover day belongs to the new term")

	out, _, code = run("chairs", "--country", "Brazil", "--year", "2024", "--json")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"body_name": "Presidency"`)

	out, _, code = run("members", "G20", "--on", "2024")
	require.Equal(t, 0, code)
	assert.Equal(t, 3, strings.Count(out, "\n"), "a header and two parties: %s", out)

	_, stderr, code := run("chair", "SCO", "--on", "2024")
	assert.Equal(t, 2, code, "SCO is not in this dataset")
	assert.Contains(t, stderr, `unknown organization "SCO"`)

	out, _, code = run("orgs")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Group of Twenty")

	_, stderr, code = run("status")
	assert.Equal(t, 1, code, "this dataset gives no summary")
	assert.Contains(t, stderr, "no summary")

	dir := t.TempDir()
	_, stderr, code = run("export", "--format", "json", "--out", dir)
	require.Equal(t, 0, code, stderr)
	tabs, err := export.Read(dir, "json")
	require.NoError(t, err)
	assert.Len(t, tabs.Terms, 2)
	assert.Empty(t, tabs.Sources, "records built by NewTable have no sources")
	assert.FileExists(t, filepath.Join(dir, "sources.json"))
}

// TestChairJointBody checks that igo chair --body lists every holder of a
// joint body (the G20 troika: past, present and next presidency).
func TestChairJointBody(t *testing.T) {
	d := g20(t)
	troika := func(c igo.Country) chair.Term {
		return chair.Term{Org: "G20", Body: "troika", Country: c, Period: igo.Period{From: 20231201, To: 20251201}}
	}
	cs, err := chair.NewTable(
		[]chair.Body{{Org: "G20", ID: "presidency", Name: "Presidency", Role: chair.Chair, Principal: true},
			{Org: "G20", ID: "troika", Name: "Troika", Role: chair.Chair, Joint: true}},
		[]chair.Term{troika("ZA"), troika("BR"), {Org: "G20", Body: "presidency", Country: "BR", Period: igo.Period{From: 20231201, To: 20241201}}})
	require.NoError(t, err)
	d.Chairs = cs
	run := func(args ...string) string { return runOK(t, d, 0, args...) }
	out := run("chair", "g20", "--body", "troika", "--on", "2024-07-01")
	require.Equal(t, 2, strings.Count(out, "Body:"), out)
	assert.Less(t, strings.Index(out, "Brazil (BR)"), strings.Index(out, "South Africa (ZA)"), "in party order: %s", out)
	assert.Contains(t, out, "Troika")

	out = run("chair", "g20", "--body", "troika", "--on", "2024-07-01", "--json")
	var got []struct{ Party string }
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	require.Len(t, got, 2)
	assert.Equal(t, "BR", got[0].Party)
	assert.Equal(t, "ZA", got[1].Party)
	assert.Equal(t, "No chair of G20 recorded on 2026-01-01.\n", run("chair", "g20", "--body", "troika", "--on", "2026-01-01"))
	assert.Equal(t, "[]\n", run("chair", "g20", "--body", "troika", "--on", "2026-01-01", "--json"))

	out = run("chair", "g20", "--body", "presidency", "--on", "2024-07-01", "--json")
	assert.True(t, strings.HasPrefix(out, "{"), "a body that is not joint has one holder: %s", out)
}

// TestChairPostsOnly checks igo chair on an organization with posts and no
// chair body (NATO): it says so and names the posts.
func TestChairPostsOnly(t *testing.T) {
	d := g20(t)
	cs, err := chair.NewTable(
		[]chair.Body{{Org: "G20", ID: "secretary-general", Name: "Secretary General", Role: chair.Post}},
		[]chair.Term{{Org: "G20", Body: "secretary-general", Country: "NL", Person: "A. Person", Period: igo.Period{From: 20241001}}})
	require.NoError(t, err)
	d.Chairs = cs
	run := func(args ...string) string { return runOK(t, d, 0, args...) }
	assert.Equal(t, "G20 has no chair. Its posts (ask with --body): secretary-general.\n", run("chair", "g20", "--on", "2025-01-01"))
	assert.Equal(t, "null\n", run("chair", "g20", "--on", "2025-01-01", "--json"))
	assert.Contains(t, run("chair", "g20", "--body", "secretary-general", "--on", "2025-01-01"), "A. Person")
}

// runOK runs igo on d, with today as the day an omitted --on stands for,
// requires exit status 0 and returns what it wrote to standard output.
func runOK(t *testing.T, d Data, today igo.Date, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, newApp(d, today, &stdout, &stderr).run(args), stderr.String())
	return stdout.String()
}
