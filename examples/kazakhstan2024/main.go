// Command kazakhstan2024 reproduces, from igo's data, the Kazinform article
// of 7 February 2024 "What's behind Kazakhstan chairing six international
// organizations in 2024": the chairmanships Kazakhstan held in 2024, with
// their periods, mottos and priorities, and what the evidence says about the
// one claim the data does not confirm (the IOFS).
//
//	go run ./examples/kazakhstan2024
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/orgs"
)

// The six organizations the article names.
var article = []orgs.ID{orgs.SCO, orgs.OTS, orgs.CICA, orgs.CSTO, orgs.IOFS, orgs.IFAS}

const (
	kz   igo.Country = "KZ"
	year int         = 2024
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "kazakhstan2024:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	terms := slices.Collect(chair.ChairedBy(kz, year))
	fmt.Fprintf(w, "Kazakhstan's chairmanships in %d (igo data %s)\n\n", year, igo.DataVersion)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ORG\tBODY\tFROM\tTO\tHELD BY")
	for _, t := range terms {
		b := bodyName(t.Org, t.Body)
		to := t.Period.To.String()
		if t.Period.IsOpen() {
			to = "(ongoing)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", t.Org, b, t.Period.From, to, t.Person)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	for _, t := range terms {
		o, _ := orgs.Lookup(t.Org)
		fmt.Fprintf(w, "\n%s (%s), %s\n", o.Name, o.Acronym, bodyName(t.Org, t.Body))
		fmt.Fprintf(w, "  Term: %s, %d source(s)\n", describe(t.Period), count(t.Sources()))
		if m, ok := t.Motto(); ok {
			fmt.Fprintf(w, "  Motto: %s\n", m.Text)
			if words := slices.Collect(m.Expansion()); len(words) > 0 {
				fmt.Fprintf(w, "    %s\n", strings.Join(words, ", "))
			}
		}
		var prios, inits []string
		for p := range t.Priorities() {
			if p.Initiative {
				inits = append(inits, p.Text)
			} else {
				prios = append(prios, p.Text)
			}
		}
		list(w, "Priorities", prios)
		list(w, "Initiatives", inits)
	}

	fmt.Fprintf(w, "\nThe article names six organizations. ")
	var missing []orgs.ID
	for _, id := range article {
		if !slices.ContainsFunc(terms, func(t chair.Term) bool { return t.Org == id }) {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		fmt.Fprintln(w, "The data confirms a chairmanship in each.")
		return nil
	}
	fmt.Fprintf(w, "The data confirms %d of them. Not confirmed:\n", len(article)-len(missing))
	for _, id := range missing {
		explain(w, id)
	}
	return nil
}

// explain prints who held org's chairs and posts in the year, and the notes on its data.
func explain(w io.Writer, id orgs.ID) {
	o, _ := orgs.Lookup(id)
	fmt.Fprintf(w, "\n%s (%s): no chair term of Kazakhstan in %d.\n", o.Name, o.Acronym, year)
	y := igo.Year(year)
	for b := range chair.Bodies(id) {
		for t := range chair.History(id) {
			if t.Body != b.ID || !t.Period.Overlaps(y) {
				continue
			}
			holder := t.Country.Name()
			if t.Person != "" {
				holder = t.Person + " (" + t.Country.Name() + ")"
			}
			fmt.Fprintf(w, "  %s %s: %s, %s\n", b.Name, b.Role, holder, describe(t.Period))
		}
	}
	for s := range o.Headquarters() {
		fmt.Fprintf(w, "  Headquarters: %s, %s\n", s.City, s.Country.Name())
	}
	for n := range o.Notes() {
		fmt.Fprintf(w, "  Note: %s\n", n.Text)
	}
}

func bodyName(org orgs.ID, id string) string {
	if b, ok := chair.LookupBody(org, id); ok {
		return b.Name
	}
	return id
}

func describe(p igo.Period) string {
	if p.IsOpen() {
		return "from " + p.From.String() + ", ongoing"
	}
	return p.From.String() + " to " + p.To.String()
}

func list(w io.Writer, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s:\n", title)
	for i, s := range items {
		fmt.Fprintf(w, "    %d. %s\n", i+1, s)
	}
}

func count[T any](seq func(func(T) bool)) int {
	n := 0
	for range seq {
		n++
	}
	return n
}
