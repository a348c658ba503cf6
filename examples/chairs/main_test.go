package main

import (
	"testing"

	"github.com/igodata/igo/internal/golden"
)

// TestGolden compares the program's output for each argument list with
// testdata/<name>.txt. After a deliberate data change, run:
// go test ./examples/chairs -update
func TestGolden(t *testing.T) { golden.Program(t, "chairs", run, goldenCases) }

func TestBadInput(t *testing.T) { golden.BadInput(t, "chairs", run, badCases) }

var goldenCases = map[string][]string{
	"default":     nil,
	"china-2024":  {"-country", "China", "-year", "2024"},
	"turkey-2010": {"-country", "Turkey", "-year", "2010"},
	"france-2024": {"-country", "FR", "-year", "2024"},
}

var badCases = [][]string{{"-country", "Atlantis"}, {"-year", "twenty"}}
