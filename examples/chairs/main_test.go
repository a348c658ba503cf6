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
// go test ./examples/chairs -update
func TestGolden(t *testing.T) {
	for name, args := range goldenCases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, run(&buf, args))
			got := strings.TrimSpace("$ chairs "+strings.Join(args, " ")) + "\n" + buf.String()
			golden.Check(t, filepath.Join("testdata", name+".txt"), got)
		})
	}
}

func TestBadInput(t *testing.T) {
	for _, args := range badCases {
		var buf bytes.Buffer
		err := run(&buf, args)
		require.Error(t, err, "chairs %q", args)
		require.Contains(t, err.Error(), args[len(args)-1], "the error names the bad value")
	}
}

var goldenCases = map[string][]string{
	"default":     nil,
	"china-2024":  {"-country", "China", "-year", "2024"},
	"turkey-2010": {"-country", "Turkey", "-year", "2010"},
	"france-2024": {"-country", "FR", "-year", "2024"},
}

var badCases = [][]string{{"-country", "Atlantis"}, {"-year", "twenty"}}
