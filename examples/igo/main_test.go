package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/golden"
)

// binary is the igo command, built once by TestMain.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "igo-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "igo")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// A cliCase runs the binary with args and compares its stdout, stderr and
// exit status with testdata/golden/<name>.txt.
type cliCase struct {
	name string
	args []string
	code int
}

var cases = []cliCase{
	// Each command, in both output forms.
	{"chairs", []string{"chairs", "--country", "KZ", "--year", "2024"}, 0},
	{"chairs-json", []string{"chairs", "--country", "kazakhstan", "--year", "2024", "--json"}, 0},
	{"chairs-none", []string{"chairs", "--country", "FR", "--year", "2023"}, 0},
	{"chair", []string{"chair", "SCO", "--on", "2024-07-05"}, 0},
	{"chair-flags-first", []string{"chair", "--on", "2024-07-05", "sco"}, 0},
	{"chair-name-year", []string{"chair", "organization of turkic states", "--on", "2024"}, 0},
	{"chair-motto", []string{"chair", "OTS", "--on", "2024-07-05"}, 0},
	{"chair-post-json", []string{"chair", "SCO", "--body", "secretary-general", "--on", "2024-07-05", "--json"}, 0},
	{"chair-none", []string{"chair", "SCO", "--on", "1990"}, 0},
	{"chair-none-json", []string{"chair", "SCO", "--on", "1990", "--json"}, 0},
	{"members", []string{"members", "SCO", "--on", "2024-07-05"}, 0},
	{"members-tier", []string{"members", "Shanghai Cooperation Organization", "--on", "2024-07-05", "--tier", "observer"}, 0},
	{"members-json", []string{"members", "CSTO", "--on", "2025-01", "--tier", "member", "--json"}, 0},
	{"members-after-verified", []string{"members", "CSTO", "--on", "2026-11-28", "--tier", "member"}, 0},
	{"chair-after-verified", []string{"chair", "OTS", "--on", "2026-11-28"}, 0},
	{"orgs", []string{"orgs"}, 0},
	{"orgs-json", []string{"orgs", "--json"}, 0},
	{"orgs-country", []string{"orgs", "--country", "KZ", "--on", "2024-07-05"}, 0},
	{"orgs-country-json", []string{"orgs", "--country", "Belarus", "--on", "2023", "--json"}, 0},
	{"timeline", []string{"timeline", "--org", "SCO", "--from", "2022", "--to", "2025"}, 0},
	{"timeline-country", []string{"timeline", "--country", "KZ", "--from", "2024-01", "--to", "2024-06"}, 0},
	{"timeline-json", []string{"timeline", "--org", "csto", "--country", "armenia", "--from", "2024", "--json"}, 0},
	{"timeline-none", []string{"timeline", "--org", "SCO", "--to", "1990"}, 0},
	{"validate-ok", []string{"validate", "../../internal/data/orgs/ifas.json"}, 0},
	{"validate-problems", []string{"validate", "testdata/validate/xyz.json"}, 1},
	{"status", []string{"status"}, 0},
	{"status-json", []string{"status", "--json"}, 0},
	{"validate-stale", []string{"validate", "--stale", "180d", "--today", "2026-11-28"}, 1},
	{"validate-stale-current", []string{"validate", "--stale", "3650d", "--today", "2025-06-01"}, 0},
	{"help", []string{"--help"}, 0},
	{"help-status", []string{"status", "--help"}, 0},
	{"help-chairs", []string{"chairs", "--help"}, 0},
	{"help-chair", []string{"chair", "-h"}, 0},
	{"help-members", []string{"help", "members"}, 0},
	{"help-orgs", []string{"orgs", "--help"}, 0},
	{"help-timeline", []string{"timeline", "--help"}, 0},
	{"help-export", []string{"export", "--help"}, 0},
	{"help-validate", []string{"validate", "--help"}, 0},

	// Bad input: one line on stderr naming the value, exit status 2.
	{"bad-no-command", nil, 2},
	{"bad-command", []string{"chiars"}, 2},
	{"bad-help-command", []string{"help", "chiars"}, 2},
	{"bad-org", []string{"chair", "Warsaw Pact", "--on", "1970"}, 2},
	{"bad-org-empty", []string{"members", "", "--on", "2024"}, 2},
	{"bad-org-flag", []string{"timeline", "--org", "ANZUS"}, 2},
	{"bad-country", []string{"chairs", "--country", "Atlantis", "--year", "2024"}, 2},
	{"bad-country-orgs", []string{"orgs", "--country", "QQ"}, 2},
	{"bad-date", []string{"chair", "SCO", "--on", "2024-13-01"}, 2},
	{"bad-date-leap", []string{"members", "SCO", "--on", "2023-02-29"}, 2},
	{"bad-date-from", []string{"timeline", "--from", "July 2024"}, 2},
	{"bad-date-order", []string{"timeline", "--from", "2025", "--to", "2024"}, 2},
	{"bad-year", []string{"chairs", "--country", "KZ", "--year", "twenty"}, 2},
	{"bad-tier", []string{"members", "SCO", "--on", "2024", "--tier", "boss"}, 2},
	{"bad-body", []string{"chair", "SCO", "--body", "president"}, 2},
	{"bad-flag", []string{"chair", "SCO", "--date", "2024"}, 2},
	{"bad-flag-value-missing", []string{"members", "SCO", "--on"}, 2},
	{"bad-flag-bool", []string{"orgs", "--json=perhaps"}, 2},
	{"bad-missing-org", []string{"chair", "--on", "2024"}, 2},
	{"bad-missing-country", []string{"chairs", "--year", "2024"}, 2},
	{"bad-missing-year", []string{"chairs", "--country", "KZ"}, 2},
	{"bad-extra-arg", []string{"members", "SCO", "CSTO"}, 2},
	{"bad-arg-to-flag-only", []string{"orgs", "KZ"}, 2},
	{"bad-on-without-country", []string{"orgs", "--on", "2024"}, 2},
	{"bad-export-format", []string{"export", "--format", "xml", "--out", "x"}, 2},
	{"bad-export-out", []string{"export", "--format", "csv"}, 2},
	{"bad-validate-missing", []string{"validate"}, 2},
	{"bad-stale-age", []string{"validate", "--stale", "half a year"}, 2},
	{"bad-today-without-stale", []string{"validate", "--today", "2026-11-28"}, 2},
	{"bad-today-month", []string{"validate", "--stale", "180d", "--today", "2026-11"}, 2},
	{"bad-status-arg", []string{"status", "SCO"}, 2},
	{"bad-validate-file", []string{"validate", "testdata/validate/no-such-file.json"}, 2},
}

func runBinary(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("running igo %q: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// TestCommands runs the built binary for every case and compares the output
// with its golden file. After a deliberate change, run
// go test ./examples/igo -update.
func TestCommands(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runBinary(t, ".", tc.args...)
			assert.Equal(t, tc.code, code, "exit status of igo %q; stderr: %s", tc.args, stderr)
			assert.NotContains(t, stderr, "goroutine", "igo %q printed a stack trace", tc.args)
			if tc.code == 2 {
				// A usage error is one line that starts with the command.
				assert.Empty(t, stdout, "igo %q wrote to stdout", tc.args)
				assert.Equal(t, 1, strings.Count(stderr, "\n"), "igo %q: stderr is not one line: %q", tc.args, stderr)
				assert.True(t, strings.HasPrefix(stderr, "igo"), "stderr %q", stderr)
			}
			if tc.code == 0 {
				// A command that succeeds writes to stderr only notes (a day
				// after the data's verified-through date, say).
				for _, line := range strings.SplitAfter(stderr, "\n") {
					if line != "" {
						assert.True(t, strings.HasPrefix(line, "note: "), "igo %q wrote to stderr: %q", tc.args, line)
					}
				}
			}
			checkGolden(t, tc, stdout, stderr, code)
		})
	}
}

func checkGolden(t *testing.T, tc cliCase, stdout, stderr string, code int) {
	t.Helper()
	got := fmt.Sprintf("$ igo %s\n--- stdout\n%s--- stderr\n%s--- exit status %d\n", quoteArgs(tc.args), stdout, stderr, code)
	golden.Check(t, filepath.Join("testdata", "golden", tc.name+".txt"), got)
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " \"'") {
			a = fmt.Sprintf("%q", a)
		}
		q[i] = a
	}
	return strings.Join(q, " ")
}

// TestExport runs igo export in both formats and checks that it writes one
// file per table; the files' contents are tested in internal/export.
func TestExport(t *testing.T) {
	for _, format := range []string{"csv", "json"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			stdout, stderr, code := runBinary(t, dir, "export", "--format", format, "--out", "out")
			require.Equal(t, 0, code, stderr)
			assert.Equal(t, fmt.Sprintf("Wrote 10 tables (igo data %s) to out.\n", igo.DataVersion), stdout)
			entries, err := os.ReadDir(filepath.Join(dir, "out"))
			require.NoError(t, err)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			assert.Equal(t, []string{"bodies", "events", "memberships", "names", "organizations", "parties", "priorities", "seats", "sources", "terms"},
				trimExt(names, "."+format))
		})
	}
}

func trimExt(names []string, ext string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.TrimSuffix(n, ext)
	}
	return out
}

// TestExportUnwritable checks that a failed export is exit status 1 with one line.
func TestExportUnwritable(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(blocker, nil, 0o666))
	_, stderr, code := runBinary(t, dir, "export", "--out", "file/out")
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(stderr, "\n"), "stderr %q", stderr)
	assert.Contains(t, stderr, `"file/out"`)
}

// TestToday checks that an omitted --on stands for the day the app was given
// (main passes the clock's date) and that --on overrides it.
func TestToday(t *testing.T) {
	today, err := igo.ParseDate("2024-07-05")
	require.NoError(t, err)
	// Each answer changed on 2024-07-04, when Belarus joined the SCO and
	// China took its chair.
	for _, args := range [][]string{
		{"chair", "SCO"}, {"members", "SCO"}, {"orgs", "--country", "BY"},
	} {
		run := func(today igo.Date, args ...string) string { return runOK(t, Builtin(), today, args...) }
		implicit := run(today, args...)
		assert.Equal(t, run(0, append(args, "--on", "2024-07-05")...), implicit, "igo %q without --on", args)
		assert.NotEqual(t, run(today, append(args, "--on", "2024-07-03")...), implicit, "igo %q --on 2024-07-03", args)
	}
}

func TestThrough(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024", "2025"},
		{"2024-12", "2025-01"},
		{"2024-02", "2024-03"},
		{"2024-02-28", "2024-02-29"},
		{"2023-02-28", "2023-03-01"},
		{"2024-12-31", "2025-01-01"},
	}
	for _, tt := range tests {
		d, err := igo.ParseDate(tt.in)
		require.NoError(t, err)
		if got := through(d).String(); got != tt.want {
			t.Errorf("through(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
	d, _ := igo.ParseDate("9999")
	assert.True(t, through(d).IsZero(), "through(9999) leaves the period open")
}
