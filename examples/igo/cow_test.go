package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cowCases run the query commands with --cow on a small made-up fixture in
// the COW IGO v3 file format (testdata/cow), against golden files.
var cowCases = []cliCase{
	{"cow-members", []string{"members", "tpo", "--on", "1993-06-01", "--cow", "testdata/cow"}, 0},
	{"cow-members-json", []string{"members", "Test Pact Organization", "--on", "1991", "--cow", "testdata/cow", "--json"}, 0},
	{"cow-members-unknown", []string{"members", "AralSea", "--on", "1999-06", "--tier", "unknown", "--cow", "testdata/cow"}, 0},
	{"cow-orgs", []string{"orgs", "--cow", "testdata/cow"}, 0},
	{"cow-orgs-country", []string{"orgs", "--country", "cow-267", "--on", "1851", "--cow", "testdata/cow"}, 0},
	{"cow-timeline", []string{"timeline", "--org", "aralsea", "--cow", "testdata/cow"}, 0},
	{"cow-bad-org", []string{"members", "CSTO", "--on", "2010", "--cow", "testdata/cow"}, 2},
	{"cow-bad-dir", []string{"members", "TPO", "--cow", "testdata/no-such-dir"}, 1},
}

func TestCOWCommands(t *testing.T) {
	for _, tc := range cowCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runBinary(t, ".", tc.args...)
			assert.Equal(t, tc.code, code, "exit status of igo %q; stderr: %s", tc.args, stderr)
			if code != 0 {
				assert.Empty(t, stdout)
				assert.Equal(t, 1, strings.Count(stderr, "\n"), "stderr is not one line: %q", stderr)
			}
			checkGolden(t, tc, stdout, stderr, code)
		})
	}
}

// The example, on the published files when they are present
// (IGO_COW_DIR, or ../shared/data/cow-igo-v3 beside the repository).
func TestCOWMembersCSTO2010(t *testing.T) {
	dir := os.Getenv("IGO_COW_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "cow-igo-v3")
	}
	if _, err := os.Stat(filepath.Join(dir, "state_year_formatv3.csv")); err != nil {
		t.Skipf("COW IGO v3 files not found in %s (set IGO_COW_DIR): %v", dir, err)
	}
	dir, err := filepath.Abs(dir)
	require.NoError(t, err)
	stdout, stderr, code := runBinary(t, ".", "members", "CSTO", "--on", "2010-06-01", "--cow", dir)
	require.Equal(t, 0, code, stderr)
	var parties []string
	for i, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if i > 0 {
			parties = append(parties, strings.Fields(line)[0])
		}
	}
	assert.Equal(t, []string{"AM", "BY", "KG", "KZ", "RU", "TJ", "UZ"}, parties, stdout)
}
