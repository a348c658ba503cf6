// Command members lists an organization's parties on a day, grouped by tier.
//
//	go run ./examples/members -org SCO -on 2024-07-05
//
// Organizations are accepted by code or name; the day defaults to
// 2024-07-05, the day after Belarus joined the SCO.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "members:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("members", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	orgFlag := fs.String("org", "SCO", "the organization, by code or name")
	onFlag := fs.String("on", "2024-07-05", "the day: YYYY, YYYY-MM or YYYY-MM-DD")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) { // -h: the flags, on w
			fs.SetOutput(w)
			fs.PrintDefaults()
			return nil
		}
		return err
	}
	id, err := orgs.Parse(*orgFlag)
	if err != nil {
		return err
	}
	on, err := igo.ParseDate(*onFlag)
	if err != nil {
		return err
	}
	o, _ := orgs.Lookup(id)
	name := o.Name
	if n, ok := o.NameOn(on); ok {
		name = n.Name // the name it bore then: the Shanghai Five in 1998
	}
	fmt.Fprintf(w, "%s (%s) on %s, by tier\n", name, id, on)

	// Group the spells by tier, in the order of the Tier constants.
	byTier := map[member.Tier][]member.Membership{}
	for m := range member.Of(id, on) {
		byTier[m.Tier] = append(byTier[m.Tier], m)
	}
	tiers := make([]member.Tier, 0, len(byTier))
	for t := range byTier {
		tiers = append(tiers, t)
	}
	slices.Sort(tiers)
	if len(tiers) == 0 {
		fmt.Fprintln(w, "\nNo parties recorded on that day.")
	}
	for _, t := range tiers {
		fmt.Fprintf(w, "\n%s (%d)\n", t, len(byTier[t]))
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, m := range byTier[t] {
			standing := ""
			if m.Standing != member.Active {
				standing = "\t" + m.Standing.String()
			}
			fmt.Fprintf(tw, "  %s\t%s\tsince %s%s\n", m.Country, m.Country.Name(), m.Period.From, standing)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}
