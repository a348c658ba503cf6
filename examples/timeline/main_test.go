package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/igodata/igo/internal/golden"
)

// TestGolden compares the program's output for each argument list with
// testdata/<name>.txt. After a deliberate data change, run:
// go test ./examples/timeline -update
func TestGolden(t *testing.T) { golden.Program(t, "timeline", run, goldenCases) }

func TestBadInput(t *testing.T) { golden.BadInput(t, "timeline", run, badCases) }

var goldenCases = map[string][]string{
	"default-2024-sco": {"-org", "SCO"},
	"belarus":          {"-from", "2022", "-to", "2025", "-country", "Belarus"},
	"month":            {"-from", "2024-07", "-to", "2024-07"},
}

var badCases = [][]string{{"-from", "2026"}, {"-from", "July"}, {"-to", "2024-13"}, {"-org", "ANZUS"}, {"-country", "Atlantis"}}

func TestHelp(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-h"}))
	require.Contains(t, buf.String(), "-from")
}
