package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/igodata/igo/internal/golden"
)

// TestGolden compares the program's output with testdata/golden.txt. After a
// deliberate data change, run: go test ./examples/kazakhstan2024 -update
func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	golden.Check(t, filepath.Join("testdata", "golden.txt"), buf.String())
}
