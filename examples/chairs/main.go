// Command chairs lists the chairmanships a country held in a year, with the
// motto and the number of declared priorities of each.
//
//	go run ./examples/chairs -country KZ -year 2024
//
// Countries are accepted by code or English name.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/orgs"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "chairs:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("chairs", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	countryFlag := fs.String("country", "KZ", "the country, by code or name")
	year := fs.Int("year", 2024, "the calendar year")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) { // -h: the flags, on w
			fs.SetOutput(w)
			fs.PrintDefaults()
			return nil
		}
		return err
	}
	c, err := igo.ParseCountry(*countryFlag)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Chairmanships of %s in %d\n\n", c.Name(), *year)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	n := 0
	for t := range chair.ChairedBy(c, *year) {
		if n == 0 {
			fmt.Fprintln(tw, "ORGANIZATION\tBODY\tTERM\tMOTTO\tPRIORITIES")
		}
		n++
		o, _ := orgs.Lookup(t.Org)
		body := t.Body
		if b, ok := chair.LookupBody(t.Org, t.Body); ok {
			body = b.Name
		}
		motto := ""
		if m, ok := t.Motto(); ok {
			motto = m.Text
		}
		priorities := 0
		for range t.Priorities() {
			priorities++
		}
		term := t.Period.String()
		if t.Scheduled {
			term += " (scheduled)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", o.Acronym, body, term, motto, priorities)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintln(w, "None recorded.")
	}
	return nil
}
