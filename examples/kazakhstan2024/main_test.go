package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt")

// TestGolden compares the program's output with testdata/golden.txt. After a
// deliberate data change, run: go test ./examples/kazakhstan2024 -update
func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	golden := filepath.Join("testdata", "golden.txt")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o666))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), buf.String(), "output differs from %s; if the change is deliberate, run go test ./examples/kazakhstan2024 -update", golden)
}
