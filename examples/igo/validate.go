package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/status"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/igodata/igo/internal/data"
	"github.com/igodata/igo/internal/source"
)

var validateCmd = &command{
	name:     "validate",
	arg:      "FILE",
	optional: true,
	flags:    "[--stale AGE [--today DATE]]",
	summary:  "check a source file, or report data due for a refresh",
	about: "Validate FILE decodes an organization file in the source format of\n" +
		"internal/data/README.md and checks it with the same rules as go generate,\n" +
		"against the built-in countries, parties and other organizations (a file\n" +
		"with the ID of a built-in organization replaces it). It prints every\n" +
		"problem with its file, record and field.\n\n" +
		"With --stale AGE it reports the built-in organizations whose records were\n" +
		"verified more than AGE days (\"180d\") before today, and scheduled events\n" +
		"whose date has passed unconfirmed. Today is --today, or the machine's date\n" +
		"(UTC) when it is omitted.\n\n" +
		"Validate exits with status 1 if it finds any problem.",
	examples: []string{"igo validate internal/data/orgs/sco.json", "igo validate --stale 180d --today 2026-11-28", "igo validate my-org.json --stale 365d"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.stale, "stale", "", "report organizations verified more than `AGE` days ago, such as 180d")
		fs.StringVar(&o.today, "today", "", "with --stale, the `DATE` to measure from, YYYY-MM-DD (default today, UTC)")
	},
	run: func(a *app, o *opts) error {
		if o.arg == "" && o.stale == "" {
			return usagef("missing FILE or --stale; usage: igo validate [FILE] [--stale AGE [--today DATE]]")
		}
		if o.today != "" && o.stale == "" {
			return usagef("--today %q needs --stale; as in igo validate --stale 180d --today 2026-11-28", o.today)
		}
		var stale func() int
		if o.stale != "" {
			age, err := status.ParseAge(o.stale)
			if err != nil {
				return usagef("malformed age %q for --stale; give a number of days such as 180d", o.stale)
			}
			today := a.today
			if o.today != "" {
				if today, err = parseDate("today", o.today); err != nil {
					return err
				}
				if today.Precision() != igo.DayPrecision {
					return usagef("date %q for --today is not a day; give YYYY-MM-DD, such as 2026-11-28", o.today)
				}
			}
			stale = func() int { return a.stale(age, today) }
		}
		problems := 0
		if o.arg != "" {
			n, err := a.validateFile(o.arg)
			if err != nil {
				return err
			}
			problems += n
		}
		if stale != nil {
			problems += stale()
		}
		if problems > 0 {
			return fmt.Errorf("%d problem(s)", problems)
		}
		return nil
	},
}

// validateFile prints the problems of the organization file at path and
// returns their number.
func (a *app) validateFile(path string) (int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return 0, usagef("cannot read FILE %q: %v; give the path of an organization file (.json)", path, err)
	}
	f := &source.File{}
	if err := source.Decode(b, f); err != nil {
		fmt.Fprintf(a.stdout, "%s: %v\n", path, err)
		return 1, nil
	}
	f.Path = path
	d, err := source.Load(data.FS)
	if err != nil {
		return 0, fmt.Errorf("the built-in data do not load: %v", err)
	}
	d.Orgs = slices.DeleteFunc(d.Orgs, func(g *source.File) bool { return g.ID == f.ID })
	d.Orgs = append(d.Orgs, f)
	slices.SortFunc(d.Orgs, func(x, y *source.File) int { return strings.Compare(x.ID, y.ID) })
	problems := source.Validate(d)
	for _, p := range problems {
		fmt.Fprintln(a.stdout, p)
	}
	if len(problems) == 0 {
		fmt.Fprintf(a.stdout, "%s: ok (%s: %d memberships, %d terms, %d events, %d sources)\n",
			path, f.ID, len(f.Memberships), len(f.Terms), len(f.Events), len(f.Sources))
	}
	return len(problems), nil
}

// stale prints the built-in organizations verified more than age days before
// today and the scheduled events whose date has passed, and returns their number.
func (a *app) stale(age int, today igo.Date) int {
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	due := status.Stale(t, age)
	for _, d := range due {
		fmt.Fprintf(a.stdout, "stale: %s verified through %s, %d days before %s (limit %d)\n", d.Org.ID, d.Org.VerifiedThrough, d.Days, today, age)
	}
	unconfirmed := status.Unconfirmed(t)
	for _, e := range unconfirmed {
		fmt.Fprintf(a.stdout, "unconfirmed: %s %s %s: %s, scheduled and not confirmed as held\n", e.Date, e.Org, e.Kind, e.Title)
	}
	if len(due)+len(unconfirmed) == 0 {
		fmt.Fprintf(a.stdout, "current: every organization verified within %d days of %s; no scheduled event has passed\n", age, today)
	}
	return len(due) + len(unconfirmed)
}
