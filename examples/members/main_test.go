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
// go test ./examples/members -update
func TestGolden(t *testing.T) {
	for name, args := range goldenCases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, run(&buf, args))
			got := strings.TrimSpace("$ members "+strings.Join(args, " ")) + "\n" + buf.String()
			golden.Check(t, filepath.Join("testdata", name+".txt"), got)
		})
	}
}

func TestBadInput(t *testing.T) {
	for _, args := range badCases {
		var buf bytes.Buffer
		err := run(&buf, args)
		require.Error(t, err, "members %q", args)
		require.Contains(t, err.Error(), args[len(args)-1], "the error names the bad value")
	}
}

var goldenCases = map[string][]string{
	"default":      nil,
	"shanghai5":    {"-org", "Shanghai Five", "-on", "1998"},
	"csto-2025":    {"-org", "csto", "-on", "2025-01-01"},
	"none-on-1950": {"-org", "OTS", "-on", "1950"},
}

var badCases = [][]string{{"-org", "Warsaw Pact"}, {"-on", "2024-02-30"}, {"-nope"}}
