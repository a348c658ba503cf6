package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
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
