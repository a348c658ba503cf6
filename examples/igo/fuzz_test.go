package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/igodata/igo"
)

// FuzzRun runs the command line parser and the query commands on arbitrary
// arguments (NUL-separated): no input may panic, the exit status is 0, 1 or
// 2, and a usage error is one line on stderr. export and validate are
// skipped because they touch the file system.
func FuzzRun(f *testing.F) {
	for _, tc := range append(cases, cowCases...) {
		f.Add(strings.Join(tc.args, "\x00"))
	}
	f.Add("chair\x00SCO\x00--on\x00-1")
	f.Add("timeline\x00--to\x009999")
	f.Add("members\x00SCO\x00--on\x000000")
	f.Add("chairs\x00--country\x00KZ\x00--year\x00-2024")
	f.Add("--\x00chair")
	f.Add("chair\x00--\x00SCO")
	today, _ := igo.ParseDate("2024-07-05")
	f.Fuzz(func(t *testing.T, line string) {
		var args []string
		if line != "" {
			args = strings.Split(line, "\x00")
		}
		if len(args) > 0 && (args[0] == "export" || args[0] == "validate") {
			t.Skip("touches the file system")
		}
		var stdout, stderr bytes.Buffer
		code := newApp(Builtin(), today, &stdout, &stderr).run(args)
		switch code {
		case 0, 1:
		case 2:
			if strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("igo %q: usage error is not one line: %q", args, stderr.String())
			}
		default:
			t.Errorf("igo %q: exit status %d", args, code)
		}
	})
}
