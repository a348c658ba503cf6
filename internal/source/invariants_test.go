package source

import (
	"encoding/json"
	"regexp"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The invariants that TestValidateProblems does not already pin:
// every kind of record needs a source, every party field is checked, dates
// are checked wherever they occur, and parties.json's codes cannot be
// mistaken for ISO codes. Each case feeds a bad fixture and checks that the
// message names the file, the record and the field.

func TestEveryRecordNeedsASource(t *testing.T) {
	noSource := func(path ...any) func(m map[string]any) {
		return func(m map[string]any) {
			var r any = m
			for _, k := range path {
				switch k := k.(type) {
				case string:
					r = r.(map[string]any)[k]
				case int:
					r = r.([]any)[k]
				}
			}
			r.(map[string]any)["sources"] = []any{}
		}
	}
	tests := []struct {
		name string
		edit func(m map[string]any)
		want string
	}{
		{"name", noSource("names", 0), `names[0] (Example Council): sources: no source`},
		{"founding", noSource("founded"), `founded: sources: no source`},
		{"founders", noSource("founders"), `founders: sources: no source`},
		{"seat", noSource("headquarters", 0), `headquarters[0] (Almaty): sources: no source`},
		{"body", noSource("bodies", 0), `bodies[0] (council): sources: no source`},
		{"term", noSource("terms", 0), `terms[0] (council KZ 1990-01-01): sources: no source`},
		{"motto", noSource("terms", 0, "motto"), `terms[0] (council KZ 1990-01-01).motto: sources: no source`},
		{"priority", noSource("terms", 0, "priorities", 0), `terms[0] (council KZ 1990-01-01).priorities[0]: sources: no source`},
		{"alternative", noSource("terms", 1, "alternatives", 0), `terms[1] (council KG 2000-01-01).alternatives[0]: sources: no source`},
		{"event", noSource("events", 0), `events[0] (2024-07-04 Summit): sources: no source`},
		{"note", noSource("notes", 0), `notes[0]: sources: no source`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fixture(t, tt.edit))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "internal/data/orgs/xo.json: "+tt.want)
		})
	}
}

func TestPartiesDatesAndValuesAreChecked(t *testing.T) {
	tests := []struct {
		name string
		edit func(m map[string]any)
		want string
	}{
		{"founder", func(m map[string]any) { m["founders"].(map[string]any)["parties"] = []any{"KZ", "XX"} },
			`founders: parties[1]: "XX" is neither an ISO 3166-1 alpha-2 code nor a code in internal/data/parties.json`},
		{"seat country", func(m map[string]any) { rec(m, "headquarters", 0)["country"] = "kz" },
			`headquarters[0] (Almaty): country: "kz" is neither`},
		{"event host", func(m map[string]any) { rec(m, "events", 0)["host"] = "USSR" },
			`events[0] (2024-07-04 Summit): host: "USSR" is neither`},
		{"term party", func(m map[string]any) { rec(m, "terms", 2)["party"] = "ZZ" },
			`terms[2] (sg ZZ 1990): party: "ZZ" is neither`},
		{"alternative party", func(m map[string]any) {
			a := rec(rec(m, "terms", 1), "alternatives", 0)
			a["field"], a["value"] = "party", "Kazakhstan"
		}, `terms[1] (council KG 2000-01-01).alternatives[0]: value: "Kazakhstan" is neither`},
		{"alternative date", func(m map[string]any) { rec(rec(m, "terms", 1), "alternatives", 0)["value"] = "1999-13" },
			`terms[1] (council KG 2000-01-01).alternatives[0]: value: bad date "1999-13": month out of range`},
		{"alternative without note", func(m map[string]any) { delete(rec(rec(m, "terms", 1), "alternatives", 0), "note") },
			`terms[1] (council KG 2000-01-01).alternatives[0]: note: say why this value is not preferred`},
		{"day precision", func(m map[string]any) { rec(m, "terms", 0)["to"] = "2023-02-29" },
			`terms[0] (council KZ 1990-01-01): to: bad date "2023-02-29": day out of range`},
		{"year precision", func(m map[string]any) { rec(m, "events", 0)["date"] = "24" },
			`events[0] (24 Summit): date: bad date "24": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"empty period", func(m map[string]any) { rec(m, "terms", 0)["to"] = "1990-01-01" },
			`terms[0] (council KZ 1990-01-01): to: 1990-01-01 is not after from 1990-01-01`},
		{"seat period", func(m map[string]any) { rec(m, "headquarters", 0)["to"] = "1990" },
			`headquarters[0] (Almaty): to: 1990 is not after from 1990`},
		{"published", func(m map[string]any) { m["sources"].(map[string]any)["b"].(map[string]any)["published"] = "2001-2" },
			`sources.b: published: bad date "2001-2"`},
		{"url with space", func(m map[string]any) {
			m["sources"].(map[string]any)["a"].(map[string]any)["url"] = "https://example.org/a b"
		},
			`sources.a: url: "https://example.org/a b" is not an absolute http(s) URL`},
		{"url scheme", func(m map[string]any) {
			m["sources"].(map[string]any)["a"].(map[string]any)["url"] = "ftp://example.org/a"
		},
			`sources.a: url: "ftp://example.org/a" is not an absolute http(s) URL`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fixture(t, tt.edit))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "internal/data/orgs/xo.json: "+tt.want)
		})
	}
}

// partiesFixture is fixture with parties.json edited.
func partiesFixture(t *testing.T, edit func(parties []any) []any) fstest.MapFS {
	fsys := fixture(t, nil)
	var m map[string]any
	require.NoError(t, json.Unmarshal(fsys["parties.json"].Data, &m))
	m["parties"] = edit(m["parties"].([]any))
	b, err := json.Marshal(m)
	require.NoError(t, err)
	fsys["parties.json"] = &fstest.MapFile{Data: b}
	return fsys
}

func TestPartyCodes(t *testing.T) {
	party := func(code, kind string) map[string]any {
		return map[string]any{"code": code, "name": "Test party", "kind": kind, "sources": []any{"iso-3166-3"}}
	}
	tests := []struct {
		name string
		add  map[string]any
		want string
	}{
		{"ISO 3166-1 code", party("KZ", "organization"), `(KZ): code: KZ is an ISO 3166-1 code`},
		{"too short", party("AB1", "former-state"), `(AB1): code: "AB1": a former state's code must be its four-letter ISO 3166-3 code`},
		{"former state not ISO 3166-3", party("USSR1", "former-state"), `(USSR1): code: "USSR1": a former state's code must be its four-letter ISO 3166-3 code`},
		{"lower case", party("abcd", "organization"), `(abcd): code: "abcd" must be upper-case letters and digits`},
		{"two letters", party("XA", "organization"), `(XA): code: "XA" must be 3 to 16 letters`},
		{"duplicate", party("SUHH", "former-state"), `(SUHH): code: duplicate code SUHH`},
		{"kind", party("ABCD", "empire"), `(ABCD): kind: "empire" is not one of limited-recognition, organization, former-state`},
		{"no source", map[string]any{"code": "ABCD", "name": "X", "kind": "organization"}, `(ABCD): sources: no source`},
		{"alias of another party", map[string]any{"code": "ABCD", "name": "X", "kind": "organization", "aliases": []any{"soviet  union"}, "sources": []any{"iso-3166-3"}},
			`(ABCD): aliases: "soviet  union" is also a name of SUHH`},
		{"alias of a country", map[string]any{"code": "ABCD", "name": "Kazakhstan", "kind": "organization", "sources": []any{"iso-3166-3"}},
			`(ABCD): aliases: "Kazakhstan" is also a name of KZ`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := partiesFixture(t, func(ps []any) []any {
				return append(ps, tt.add)
			})
			_, err := Load(fsys)
			require.Error(t, err)
			assert.Regexp(t, `internal/data/parties.json: parties\[\d+\] `+regexp.QuoteMeta(tt.want), err.Error())
		})
	}
}
