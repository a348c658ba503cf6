package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/igodata/igo/internal/golden"
)

// TestGolden compares the program's output for each argument list with
// testdata/<name>.txt. After a deliberate data change, run:
// go test ./examples/timeline -update
func TestGolden(t *testing.T) {
	for name, args := range goldenCases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, run(&buf, args))
			got := strings.TrimSpace("$ timeline "+strings.Join(args, " ")) + "\n" + buf.String()
			golden.Check(t, filepath.Join("testdata", name+".txt"), got)
		})
	}
}

func TestBadInput(t *testing.T) {
	for _, args := range badCases {
		var buf bytes.Buffer
		err := run(&buf, args)
		require.Error(t, err, "timeline %q", args)
		require.Contains(t, err.Error(), args[len(args)-1], "the error names the bad value")
	}
}

var goldenCases = map[string][]string{
	"default-2024-sco": {"-org", "SCO"},
	"belarus":          {"-from", "2022", "-to", "2025", "-country", "Belarus"},
	"month":            {"-from", "2024-07", "-to", "2024-07"},
}

var badCases = [][]string{{"-from", "2026"}, {"-from", "July"}, {"-to", "2024-13"}, {"-org", "NATO"}, {"-country", "Atlantis"}}

func TestHelp(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf, []string{"-h"}))
	require.Contains(t, buf.String(), "-from")
}
