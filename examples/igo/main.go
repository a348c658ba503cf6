// Command igo answers questions about intergovernmental organizations from
// the igo dataset: who chaired what, who belonged in which tier, what happened
// when. It also exports the data as CSV or JSON and validates source files.
//
// Install it with
//
//	go install github.com/igodata/igo/examples/igo@latest
//
// Usage:
//
//	igo chairs --country KZ --year 2024
//	igo chair SCO --on 2024-07-05
//	igo members SCO --on 2024-07-05 [--tier observer]
//	igo orgs [--country KZ --on 2024-07-05]
//	igo timeline [--org SCO] [--country KZ] [--from 2022] [--to 2025]
//	igo status
//	igo export --format csv|json --out DIR
//	igo validate FILE
//	igo validate --stale 180d [--today 2026-11-28]
//	igo members CSTO --on 2010-06-01 --cow DIR
//
// Every query command takes --json for machine output and --help for its
// flags and examples. Organizations and countries are accepted by code or
// name, in any case; dates as YYYY, YYYY-MM or YYYY-MM-DD. Where a command
// takes --on and it is omitted, the day is today's date in UTC, read once at
// start-up; pass --on for a reproducible answer.
//
// members, orgs and timeline take --cow DIR to answer from the Correlates of
// War IGO v3 CSV files in DIR (see package member/cow) instead of the
// built-in data: organizations by COW abbreviation or name, years as COW
// codes them, and "unknown" for COW's missing data.
//
// The export's schema is documented in docs/export.md.
//
// Exit status: 0 on success, 1 when the command ran and failed (validate
// found problems, a file could not be written), 2 for bad usage. A query the
// data has no answer for is a success: it prints a note, or [] (null for
// igo chair) with --json.
package main

import (
	"os"
	"time"

	"github.com/igodata/igo"
)

func main() {
	// The only place igo reads the clock: commands use it when --on is omitted.
	today := igo.DateOf(time.Now().UTC())
	os.Exit(newApp(Builtin(), today, os.Stdout, os.Stderr).run(os.Args[1:]))
}
