package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo/internal/source"
)

// generated is the header pattern that go/build and linters recognize.
var generated = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

var fix = flag.Bool("fix", false, "rewrite generated files that are out of date")

// TestGenerated fails when a generated file does not match what the data
// under internal/data produce (run go generate ./..., or go test -fix here).
// It also fails when the data break an invariant, since render validates.
func TestGenerated(t *testing.T) {
	root := filepath.Join("..", "..")
	files, err := render(os.DirFS(filepath.Join(root, "internal", "data")))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 6 {
		t.Errorf("render produced %d files, want 6", len(files))
	}
	for _, f := range files {
		path := filepath.Join(root, filepath.FromSlash(f.Path))
		got, err := os.ReadFile(path)
		if err == nil && bytes.Equal(got, f.Src) {
			continue
		}
		if *fix {
			if err := os.WriteFile(path, f.Src, 0o666); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s is out of date; run: go generate ./...", f.Path)
	}
}

// TestDeterministic renders twice and compares: no map order or time may leak
// into the output.
func TestDeterministic(t *testing.T) {
	fsys := os.DirFS(filepath.Join("..", "..", "internal", "data"))
	a, err := render(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, err := render(fsys)
		if err != nil {
			t.Fatal(err)
		}
		for i := range a {
			if a[i].Path != b[i].Path || !bytes.Equal(a[i].Src, b[i].Src) {
				t.Fatalf("render is not deterministic: %s differs between runs", a[i].Path)
			}
		}
	}
}

func TestGeneratedHeader(t *testing.T) {
	files, err := render(os.DirFS(filepath.Join("..", "..", "internal", "data")))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		first, _, _ := bytes.Cut(f.Src, []byte("\n"))
		if !generated.Match(first) {
			t.Errorf("%s: header does not follow the Code generated ... DO NOT EDIT. pattern", f.Path)
		}
	}
}

// TestDataVersionRecorded fails when the source data changed but
// internal/data/VERSION (igo.DataVersion) did not: every data version is
// recorded once, with the digest of the data it names, in internal/data/RELEASES.
func TestDataVersionRecorded(t *testing.T) {
	data := os.DirFS(filepath.Join("..", "data"))
	require.NoError(t, source.CheckRelease(data))
	rs, err := source.Releases(data)
	require.NoError(t, err)
	require.NotEmpty(t, rs)
	v, err := os.ReadFile(filepath.Join("..", "data", "VERSION"))
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(string(v)), rs[len(rs)-1].Version, "the newest recorded release is the current data version")
}

func TestReleaseLedger(t *testing.T) {
	base := fstest.MapFS{
		"VERSION":        {Data: []byte("2026.2\n")},
		"countries.json": {Data: []byte("{}")},
		"parties.json":   {Data: []byte("{}")},
		"orgs/a.json":    {Data: []byte("{\"id\": \"A\"}\n")},
	}
	err := source.CheckRelease(base)
	assert.ErrorContains(t, err, "data version 2026.2 is not recorded in internal/data/RELEASES")
	ledger, err := source.AppendRelease(base)
	require.NoError(t, err)
	base[source.ReleasesFile] = &fstest.MapFile{Data: ledger}
	require.NoError(t, source.CheckRelease(base))
	again, err := source.AppendRelease(base)
	require.NoError(t, err)
	assert.Equal(t, ledger, again, "recording the same release twice changes nothing")

	// CRLF checkouts digest the same.
	crlf := fstest.MapFS{}
	for k, v := range base {
		crlf[k] = &fstest.MapFile{Data: bytes.ReplaceAll(v.Data, []byte("\n"), []byte("\r\n"))}
	}
	crlf[source.ReleasesFile] = base[source.ReleasesFile]
	require.NoError(t, source.CheckRelease(crlf))

	base["orgs/a.json"] = &fstest.MapFile{Data: []byte("{\"id\": \"A\", \"name\": \"changed\"}\n")}
	assert.ErrorContains(t, source.CheckRelease(base), "internal/data changed since data version 2026.2 was recorded")
	_, err = source.AppendRelease(base)
	assert.ErrorContains(t, err, "data version 2026.2 was already released with other data: bump internal/data/VERSION")

	base["VERSION"] = &fstest.MapFile{Data: []byte("2026.3\n")}
	ledger, err = source.AppendRelease(base)
	require.NoError(t, err)
	assert.Equal(t, 2, bytes.Count(ledger, []byte("\n")))
	base[source.ReleasesFile] = &fstest.MapFile{Data: ledger}
	require.NoError(t, source.CheckRelease(base))

	base[source.ReleasesFile] = &fstest.MapFile{Data: append(ledger, ledger...)}
	assert.ErrorContains(t, source.CheckRelease(base), "internal/data/RELEASES:3: version 2026.2 is listed twice")
	base[source.ReleasesFile] = &fstest.MapFile{Data: []byte("2026.2\n")}
	assert.ErrorContains(t, source.CheckRelease(base), `internal/data/RELEASES:1: want "VERSION sha256:DIGEST", got "2026.2"`)
}

// TestJointBody renders the data with a joint body added to the SCO: the body
// and its terms carry the flag, and terms that start on one day are ordered
// by party, as chair.NewTable orders them. The built-in data have joint
// bodies of their own (the EU's trio), counted before the SCO is changed.
func TestJointBody(t *testing.T) {
	dir := filepath.Join("..", "..", "internal", "data")
	fsys := fstest.MapFS{}
	require.NoError(t, fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	}))
	baseline := 0
	{
		files, err := render(fsys)
		require.NoError(t, err)
		for _, f := range files {
			if f.Path == "chair/tables.go" {
				baseline = strings.Count(string(f.Src), "joint: true")
			}
		}
	}
	var sco map[string]any
	require.NoError(t, json.Unmarshal(fsys["orgs/sco.json"].Data, &sco))
	src := sco["bodies"].([]any)[0].(map[string]any)["sources"]
	sco["bodies"] = append(sco["bodies"].([]any), map[string]any{"id": "co", "name": "Co-chairs", "role": "chair", "joint": true, "rule": "Two at once", "sources": src})
	for _, p := range []string{"RU", "CN"} {
		sco["terms"] = append(sco["terms"].([]any), map[string]any{"body": "co", "party": p, "from": "2020-01-01", "to": "2020-12-31", "sources": src})
	}
	b, err := json.Marshal(sco)
	require.NoError(t, err)
	fsys["orgs/sco.json"].Data = b
	files, err := render(fsys)
	require.NoError(t, err)
	var tables string
	for _, f := range files {
		if f.Path == "chair/tables.go" {
			tables = string(f.Src)
		}
	}
	assert.Regexp(t, `ID: "co", Name: "Co-chairs", Role: Chair, Principal: false, Joint: true, Rule:`, tables)
	assert.Regexp(t, `(?s)Body: "co", Role: Chair, Country: "CN", .*\n\t\tjoint: true, prio: .*Body: "co", Role: Chair, Country: "RU", .*\n\t\tjoint: true, prio:`, tables)
	assert.Equal(t, baseline+2, strings.Count(tables, "joint: true"), "only the joint bodies' terms carry the flag")
}
