package main

import (
	"testing"

	"github.com/igodata/igo/internal/golden"
)

// TestGolden compares the program's output for each argument list with
// testdata/<name>.txt. After a deliberate data change, run:
// go test ./examples/members -update
func TestGolden(t *testing.T) { golden.Program(t, "members", run, goldenCases) }

func TestBadInput(t *testing.T) { golden.BadInput(t, "members", run, badCases) }

var goldenCases = map[string][]string{
	"default":      nil,
	"shanghai5":    {"-org", "Shanghai Five", "-on", "1998"},
	"csto-2025":    {"-org", "csto", "-on", "2025-01-01"},
	"none-on-1950": {"-org", "OTS", "-on", "1950"},
}

var badCases = [][]string{{"-org", "Warsaw Pact"}, {"-on", "2024-02-30"}, {"-nope"}}
