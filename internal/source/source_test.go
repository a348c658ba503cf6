package source

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixture returns a data directory holding the real countries and parties
// and one organization file built from testdata/valid.json after edit.
func fixture(t *testing.T, edit func(m map[string]any)) fstest.MapFS {
	t.Helper()
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		return b
	}
	var m map[string]any
	require.NoError(t, json.Unmarshal(read("testdata/valid.json"), &m))
	if edit != nil {
		edit(m)
	}
	org, err := json.Marshal(m)
	require.NoError(t, err)
	data := filepath.Join("..", "data")
	return fstest.MapFS{
		"VERSION":        {Data: []byte("2026.1\n")},
		"countries.json": {Data: read(filepath.Join(data, "countries.json"))},
		"parties.json":   {Data: read(filepath.Join(data, "parties.json"))},
		"orgs/xo.json":   {Data: org},
	}
}

func TestLoadValid(t *testing.T) {
	d, err := Load(fixture(t, nil))
	require.NoError(t, err)
	require.Len(t, d.Orgs, 1)
	assert.Equal(t, "XO", d.Orgs[0].ID)
	assert.Equal(t, "internal/data/orgs/xo.json", d.Orgs[0].Path)
	assert.Equal(t, "2026.1", d.Version)
}

func TestLoadRealData(t *testing.T) {
	d, err := Load(os.DirFS(filepath.Join("..", "data")))
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join("..", "data", "orgs", "*.json"))
	require.NoError(t, err)
	require.Len(t, d.Orgs, len(files), "one organization per file")
	for i, f := range d.Orgs {
		assert.Equal(t, "internal/data/orgs/"+strings.ToLower(f.ID)+".json", f.Path)
		if i > 0 {
			assert.Less(t, d.Orgs[i-1].ID, f.ID, "sorted by ID")
		}
	}
}

func list(m map[string]any, key string) []any { return m[key].([]any) }
func rec(m map[string]any, key string, i int) map[string]any {
	return list(m, key)[i].(map[string]any)
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name string
		edit func(m map[string]any)
		want string
	}{
		{"bad date", func(m map[string]any) { rec(m, "memberships", 0)["from"] = "1990-02-30" },
			`memberships[0] (KZ member): from: bad date "1990-02-30": day out of range`},
		{"to before from", func(m map[string]any) { rec(m, "memberships", 1)["to"] = "1989" },
			`memberships[1] (KG member): to: 1989 is not after from 1990-01-01`},
		{"unknown party", func(m map[string]any) { rec(m, "memberships", 0)["party"] = "QQ" },
			`memberships[0] (QQ member): party: "QQ" is neither an ISO 3166-1 alpha-2 code nor a code in internal/data/parties.json`},
		{"unknown tier", func(m map[string]any) { rec(m, "memberships", 0)["tier"] = "friend" },
			`memberships[0] (KZ friend): tier: "friend" is not one of member`},
		// member.Unknown exists for datasets that code missing values (COW);
		// curated data leaves an unknown fact out instead.
		{"tier unknown", func(m map[string]any) { rec(m, "memberships", 0)["tier"] = "unknown" },
			`memberships[0] (KZ unknown): tier: "unknown" is not one of member`},
		{"overlapping spells", func(m map[string]any) { rec(m, "memberships", 2)["from"] = "2015" },
			`memberships[2] (KG member): from: overlaps memberships[1] (KG member)`},
		{"no source", func(m map[string]any) { rec(m, "memberships", 0)["sources"] = []any{} },
			`memberships[0] (KZ member): sources: no source: every fact needs at least one`},
		{"undefined source", func(m map[string]any) { rec(m, "events", 0)["sources"] = []any{"zz"} },
			`events[0] (2024-07-04 Summit): sources: source "zz" is not defined in sources`},
		{"unused source", func(m map[string]any) {
			m["sources"].(map[string]any)["c"] = map[string]any{"url": "https://example.org/c", "title": "C", "publisher": "P"}
		}, `sources.c: defined but never cited`},
		{"bad url", func(m map[string]any) { m["sources"].(map[string]any)["a"].(map[string]any)["url"] = "example.org/a" },
			`sources.a: url: "example.org/a" is not an absolute http(s) URL`},
		{"overlapping terms", func(m map[string]any) { rec(m, "terms", 1)["from"] = "1999-06-01" },
			`terms[1] (council KG 1999-06-01): from: overlaps terms[0] (council KZ 1990-01-01)`},
		{"chair not a member", func(m map[string]any) { rec(m, "memberships", 0)["from"] = "1995" },
			`terms[0] (council KZ 1990-01-01): party: KZ is not a member or associate member of XO throughout 1990-01-01/2000-01-01`},
		{"chair an observer", func(m map[string]any) { rec(m, "terms", 1)["party"] = "TRNC" },
			`party: TRNC is not a member or associate member of XO throughout 2000-01-01/2010`},
		{"post without person", func(m map[string]any) { delete(rec(m, "terms", 2), "person") },
			`terms[2] (sg KZ 1990): person: a post needs the person who held it`},
		{"unknown body", func(m map[string]any) { rec(m, "terms", 0)["body"] = "assembly" },
			`terms[0] (assembly KZ 1990-01-01): body: "assembly" is not one of this file's bodies`},
		{"two principal bodies", func(m map[string]any) { rec(m, "bodies", 1)["principal"] = true },
			`bodies: principal: want exactly one principal chair body, have 2`},
		{"chair body but no principal body", func(m map[string]any) { rec(m, "bodies", 0)["principal"] = false },
			`bodies: principal: want exactly one principal chair body, have 0`},
		{"joint principal body", func(m map[string]any) { rec(m, "bodies", 0)["joint"] = true },
			`bodies[0] (council): joint: the principal body "council" may not be joint`},
		{"joint body: one party's terms overlap", func(m map[string]any) {
			addJoint(m, jointTerm("KZ", "2001", "2003"), jointTerm("KZ", "2002", "2004"))
		}, `terms[4] (co KZ 2002): from: overlaps terms[3] (co KZ 2001)`},
		{"joint body: co-chair not a member", func(m map[string]any) {
			addJoint(m, jointTerm("KZ", "2001", "2003"), jointTerm("TRNC", "2022-12", ""))
		}, `terms[4] (co TRNC 2022-12): party: TRNC is not a member or associate member of XO`},
		{"bad alternative", func(m map[string]any) {
			rec(rec(m, "terms", 1), "alternatives", 0)["field"] = "colour"
		}, `terms[1] (council KG 2000-01-01).alternatives[0]: field: "colour" is not one of from, to, date, party, tier, text, expansion`},
		{"name gap", func(m map[string]any) { rec(m, "names", 1)["from"] = "2001" },
			`names[1] (Example Organization): from: 2001 does not continue the previous name, which ended 2000-06-01`},
		{"current name", func(m map[string]any) { m["name"] = "Other" },
			`names: the last name must be the current name "Other", open-ended`},
		{"bad id", func(m map[string]any) { m["id"] = "xo" },
			`id: "xo" must be an upper-case Go identifier matching the file name xo.json`},
		{"event kind", func(m map[string]any) { rec(m, "events", 0)["kind"] = "party" },
			`events[0] (2024-07-04 Summit): kind: "party" is not one of summit, meeting, treaty, other`},
		{"no verified_through", func(m map[string]any) { delete(m, "verified_through") },
			`verified_through: missing date`},
		{"held after verified_through", func(m map[string]any) { m["verified_through"] = "2024-07-03" },
			`events[0] (2024-07-04 Summit): date: 2024-07-04 is after verified_through 2024-07-03: mark it scheduled or move verified_through`},
		{"joined after verified_through", func(m map[string]any) { m["verified_through"] = "2022" },
			`memberships[4] (TRNC applicant): from: 2023 is after verified_through 2022`},
		{"dissolved before founding", func(m map[string]any) {
			m["dissolved"] = map[string]any{"date": "1989", "act": "Dissolution", "sources": []any{"a"}}
		}, `dissolved: date: 1989 is not after the founding date 1990-01-01`},
		{"unknown successor", func(m map[string]any) {
			m["dissolved"] = map[string]any{"date": "2025-01-01", "act": "Dissolution", "successor": "NOPE", "sources": []any{"a"}}
		}, `dissolved: successor: "NOPE" is not another organization in internal/data/orgs`},
		{"spell past dissolution", func(m map[string]any) {
			m["dissolved"] = map[string]any{"date": "2025-01-01", "act": "Dissolution", "sources": []any{"a"}}
		}, `memberships[0] (KZ member): to: runs past the dissolution on 2025-01-01`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fixture(t, tt.edit))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "internal/data/orgs/xo.json: ")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// addJoint adds to m a joint body "co" with terms.
func addJoint(m map[string]any, terms ...map[string]any) {
	m["bodies"] = append(list(m, "bodies"), map[string]any{"id": "co", "name": "Co-chairs", "role": "chair",
		"joint": true, "rule": "Two co-chairs", "sources": []any{"a"}})
	for _, t := range terms {
		m["terms"] = append(list(m, "terms"), t)
	}
}

func jointTerm(party, from, to string) map[string]any {
	t := map[string]any{"body": "co", "party": party, "from": from, "sources": []any{"a"}}
	if to != "" {
		t["to"] = to
	}
	return t
}

// TestJointBodyOverlap checks that the terms of different parties may
// overlap in a joint body, and only there.
func TestJointBodyOverlap(t *testing.T) {
	terms := []map[string]any{jointTerm("KZ", "2001", "2003"), jointTerm("KG", "2002-06-01", "2004"), jointTerm("KZ", "2004", "")}
	d, err := Load(fixture(t, func(m map[string]any) { addJoint(m, terms...) }))
	require.NoError(t, err)
	require.Len(t, d.Orgs, 1)
	assert.True(t, d.Orgs[0].Bodies[2].Joint)
	_, err = Load(fixture(t, func(m map[string]any) {
		addJoint(m, terms...)
		rec(m, "bodies", 2)["joint"] = false
	}))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `terms[4] (co KG 2002-06-01): from: overlaps terms[3] (co KZ 2001)`)
}

// TestPostsOnly checks that an organization with no chair body, only posts
// (NATO: a Secretary General, no rotating chair), needs no principal body.
func TestPostsOnly(t *testing.T) {
	// Turn every chair body into a post, whose terms need the person.
	d, err := Load(fixture(t, func(m map[string]any) {
		for _, b := range m["bodies"].([]any) {
			b := b.(map[string]any)
			b["role"], b["principal"] = "post", false
		}
		for _, tm := range m["terms"].([]any) {
			if tm := tm.(map[string]any); tm["person"] == nil {
				tm["person"] = "A. Holder"
			}
		}
	}))
	require.NoError(t, err)
	require.Len(t, d.Orgs, 1)
	require.NotEmpty(t, d.Orgs[0].Bodies)
	for _, b := range d.Orgs[0].Bodies {
		assert.Equal(t, "post", b.Role)
	}
}

func TestDuplicateNamesAcrossFiles(t *testing.T) {
	fsys := fixture(t, nil)
	var m map[string]any
	require.NoError(t, json.Unmarshal(fsys["orgs/xo.json"].Data, &m))
	m["id"], m["acronym"], m["aliases"] = "YO", "YO", []any{"example org"}
	b, _ := json.Marshal(m)
	fsys["orgs/yo.json"] = &fstest.MapFile{Data: b}
	_, err := Load(fsys)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `internal/data/orgs/yo.json: names: name or alias "Example Organization" is also used by XO`)
}

func TestDecodeErrors(t *testing.T) {
	var f File
	tests := []struct{ in, want string }{
		{``, "empty document"},
		{"{\n  \"id\": \"A\",\n  \"nmae\": \"x\"\n}", `unknown field "nmae"`},
		{"{\n  \"id\": 5\n}", "line 2, column 10: field id: cannot use JSON number as string"},
		{"{\n  \"id\": \"A\",,\n}", "line 2, column 14: invalid character ','"},
		{`{"id": "A"} {}`, "data after the end of the document"},
		{`"`, "line 1, column 2: unexpected end of document"}, // found by FuzzDecode
		{"{\n  \"id\": \"A\",\n", "line 3, column 1: unexpected end of document"},
	}
	for _, tt := range tests {
		err := Decode([]byte(tt.in), &f)
		require.Error(t, err, "%q", tt.in)
		assert.Contains(t, err.Error(), tt.want, "%q", tt.in)
	}
}

func TestDissolvedWithSuccessor(t *testing.T) {
	fsys := fixture(t, func(m map[string]any) {
		m["dissolved"] = map[string]any{"date": "2024-12-31", "act": "Dissolution treaty", "successor": "YO", "sources": []any{"a"}}
		for _, key := range []string{"memberships", "terms"} {
			for _, r := range list(m, key) {
				if r := r.(map[string]any); r["to"] == nil {
					r["to"] = "2024-12-31"
				}
			}
		}
	})
	var m map[string]any
	require.NoError(t, json.Unmarshal(fsys["orgs/xo.json"].Data, &m))
	delete(m, "dissolved")
	m["id"], m["name"], m["acronym"], m["aliases"], m["names"] = "YO", "Successor", "YO", []any{}, []any{
		map[string]any{"name": "Successor", "acronym": "YO", "from": "1990-01-01", "sources": []any{"a"}}}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	fsys["orgs/yo.json"] = &fstest.MapFile{Data: b}
	d, err := Load(fsys)
	require.NoError(t, err)
	assert.Equal(t, "YO", d.Orgs[0].Dissolved.Successor)
}

func TestProblemsAreAllReported(t *testing.T) {
	_, err := Load(fixture(t, func(m map[string]any) {
		rec(m, "memberships", 3)["party"] = "QQ"
		rec(m, "events", 0)["kind"] = "party"
	}))
	require.Error(t, err)
	assert.Equal(t, 2, strings.Count(err.Error(), "internal/data/orgs/xo.json:"), err.Error())
}
