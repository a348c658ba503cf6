// Package golden compares a test's output with a committed file. Run the
// test with -update to rewrite the file after a deliberate change (a data
// release, say), then review the diff.
package golden

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
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

// Program checks an example program's run function: for each named argument
// list in cases, its output, headed by the command line, must match
// testdata/<name>.txt.
func Program(t *testing.T, prog string, run func(io.Writer, []string) error, cases map[string][]string) {
	t.Helper()
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, run(&buf, args))
			got := strings.TrimSpace("$ "+prog+" "+strings.Join(args, " ")) + "\n" + buf.String()
			Check(t, filepath.Join("testdata", name+".txt"), got)
		})
	}
}

// BadInput checks that run rejects each argument list in cases with an
// error that names the list's last argument, the bad value.
func BadInput(t *testing.T, prog string, run func(io.Writer, []string) error, cases [][]string) {
	t.Helper()
	for _, args := range cases {
		var buf bytes.Buffer
		err := run(&buf, args)
		require.Error(t, err, "%s %q", prog, args)
		require.Contains(t, err.Error(), args[len(args)-1], "the error names the bad value")
	}
}
