// Package golden compares a test's output with a committed file. Run the
// test with -update to rewrite the file after a deliberate change (a data
// release, say), then review the diff.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files with the current output")

// Check compares got with the file at path. With -update it writes got to
// path first (creating its directory), so the check then passes.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o777))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o666))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "no golden file %s; run the test with -update", path)
	assert.Equal(t, string(want), got, "output differs from %s; if the change is deliberate, run the test with -update and review the diff", path)
}
