// Command timeline prints the events of a period, optionally for one
// organization or one country.
//
//	go run ./examples/timeline -from 2024-01 -to 2024-12 -org SCO
//	go run ./examples/timeline -from 2022 -to 2025 -country Belarus
//
// -from and -to are inclusive at their precision: -to 2024 includes all of
// 2024.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "timeline:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	from := fs.String("from", "2024", "first day, month or year")
	to := fs.String("to", "2024", "last day, month or year (inclusive)")
	orgFlag := fs.String("org", "", "only this organization, by code or name")
	countryFlag := fs.String("country", "", "only events concerning this country, by code or name")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) { // -h: the flags, on w
			fs.SetOutput(w)
			fs.PrintDefaults()
			return nil
		}
		return err
	}
	var f timeline.Filter
	var err error
	if f.Period.From, err = igo.ParseDate(*from); err != nil {
		return err
	}
	last, err := igo.ParseDate(*to)
	if err != nil {
		return err
	}
	f.Period.To = after(last)
	if f.Period.Empty() {
		return fmt.Errorf("-from %s is after -to %s", *from, *to)
	}
	if *orgFlag != "" {
		if f.Org, err = orgs.Parse(*orgFlag); err != nil {
			return err
		}
	}
	if *countryFlag != "" {
		if f.Country, err = igo.ParseCountry(*countryFlag); err != nil {
			return err
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	n := 0
	for e := range timeline.Select(f) {
		n++
		title := e.Title
		if e.Scheduled {
			title += " (scheduled)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.Date, e.Org, e.Kind, title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d event(s) from %s to %s.\n", n, *from, *to)
	return nil
}

// after returns the first day after the year, month or day d names, so that
// the half-open filter period includes d.
func after(d igo.Date) igo.Date {
	var t time.Time
	switch d.Precision() {
	case igo.YearPrecision:
		t = time.Date(d.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	case igo.MonthPrecision:
		t = time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	default:
		t = time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, time.UTC)
	}
	return igo.DateOf(t)
}
