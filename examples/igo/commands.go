package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/examples/igo/internal/export"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// A tableWriter aligns tab-separated columns, as text/tabwriter does, and
// trims the padding an empty last column leaves at the end of a line.
type tableWriter struct {
	*tabwriter.Writer
	buf bytes.Buffer
	out io.Writer
}

func table(w io.Writer) *tableWriter {
	t := &tableWriter{out: w}
	t.Writer = tabwriter.NewWriter(&t.buf, 0, 0, 2, ' ', 0)
	return t
}

// Flush writes the aligned table.
func (t *tableWriter) Flush() error {
	if err := t.Writer.Flush(); err != nil {
		return err
	}
	var out bytes.Buffer
	for line := range strings.Lines(t.buf.String()) {
		out.WriteString(strings.TrimRight(line, " \n"))
		out.WriteByte('\n')
	}
	t.buf.Reset()
	_, err := t.out.Write(out.Bytes())
	return err
}

var chairsCmd = &command{
	name:    "chairs",
	flags:   "--country COUNTRY --year YEAR [--json]",
	summary: "the chairmanships a country held in a year",
	about: "Chairs lists the chairs (of any body) that a country held at any time in a\n" +
		"calendar year, by organization. Leadership posts are not chairmanships.",
	examples: []string{"igo chairs --country KZ --year 2024", "igo chairs --country Kazakhstan --year 2024 --json"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.country, "country", "", "the `COUNTRY`, by code or name (required)")
		fs.StringVar(&o.year, "year", "", "the calendar `YEAR` (required)")
		jsonFlag(fs, o)
	},
	run: func(a *app, o *opts) error {
		if o.country == "" {
			return usagef("missing --country; %s, as in igo chairs --country KZ --year 2024", countryForms)
		}
		c, err := a.parseCountry("country", o.country)
		if err != nil {
			return err
		}
		if o.year == "" {
			return usagef("missing --year; %s, as in igo chairs --country KZ --year 2024", yearForms)
		}
		y, err := parseYear(o.year)
		if err != nil {
			return err
		}
		terms := slices.Collect(a.data.Chairs.ChairedBy(c, y))
		if o.json {
			return writeJSON(a.stdout, jsonList(terms, a.termJSON))
		}
		if len(terms) == 0 {
			fmt.Fprintf(a.stdout, "No chairmanship of %s recorded in %d.\n", party(c), y)
			return nil
		}
		tw := table(a.stdout)
		fmt.Fprintln(tw, "ORG\tBODY\tFROM\tTO\tPERSON\tNOTE")
		for _, t := range terms {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", t.Org, a.bodyName(t.Org, t.Body), t.Period.From, to(t.Period), t.Person, marks(t.Scheduled, t.Inferred))
		}
		return tw.Flush()
	},
}

var chairCmd = &command{
	name:    "chair",
	arg:     "ORG",
	flags:   "[--on DATE] [--body BODY] [--json]",
	summary: "who chaired an organization on a day",
	about: "Chair reports who held the chair of an organization's principal body on a\n" +
		"day (for the SCO, the Council of Heads of State), or of another body or post\n" +
		"with --body, with the term's motto and priorities. A joint body (co-chairs)\n" +
		"lists every holder on the day (in JSON, an array). Without --on the day is\n" +
		"today (UTC).",
	examples: []string{"igo chair SCO --on 2024-07-05", "igo chair \"Organization of Turkic States\" --on 2024", "igo chair SCO --body secretary-general --on 2024-07-05 --json"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.on, "on", "", "the `DATE`: YYYY, YYYY-MM or YYYY-MM-DD (default today)")
		fs.StringVar(&o.body, "body", "", "a `BODY` or post ID, such as secretary-general (default the principal body)")
		jsonFlag(fs, o)
	},
	run: func(a *app, o *opts) error {
		org, err := a.parseOrg("", o.arg)
		if err != nil {
			return err
		}
		d, err := a.on(o)
		if err != nil {
			return err
		}
		var holders []chair.Term
		joint := false
		if o.body == "" {
			if _, ok := a.data.Chairs.Principal(org); !ok {
				// Posts only (NATO): there is no chair to report, which is
				// not the same as no record of one.
				if o.json {
					return writeJSON(a.stdout, nil)
				}
				fmt.Fprintf(a.stdout, "%s has no chair. Its posts (ask with --body): %s.\n", org, a.bodyIDs(org))
				return nil
			}
			if t, ok := a.data.Chairs.At(org, d); ok {
				holders = append(holders, t)
			}
		} else {
			b, known := a.data.Chairs.LookupBody(org, o.body)
			if !known {
				return usagef("unknown body %q of %s for --body; give one of %s", o.body, org, a.bodyIDs(org))
			}
			joint = b.Joint
			holders = slices.Collect(a.data.Chairs.Holders(org, o.body, d))
		}
		a.unverified(org, d)
		if o.json {
			if joint {
				return writeJSON(a.stdout, jsonList(holders, a.termJSON))
			}
			if len(holders) == 0 {
				return writeJSON(a.stdout, nil)
			}
			return writeJSON(a.stdout, a.termJSON(holders[0]))
		}
		if len(holders) == 0 {
			fmt.Fprintf(a.stdout, "No chair of %s recorded on %s.\n", org, d)
			return nil
		}
		for i, t := range holders {
			if i > 0 {
				fmt.Fprintln(a.stdout)
			}
			if err := a.printTerm(t, d); err != nil {
				return err
			}
		}
		return nil
	},
}

// bodyIDs lists the IDs of org's bodies and posts, for messages.
func (a *app) bodyIDs(org orgs.ID) string {
	var ids []string
	for b := range a.data.Chairs.Bodies(org) {
		ids = append(ids, b.ID)
	}
	return strings.Join(ids, ", ")
}

// printTerm prints one term of the chair command as an aligned table.
func (a *app) printTerm(t chair.Term, d igo.Date) error {
	tw := table(a.stdout)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s\t%s\n", k, v)
		}
	}
	row("Organization:", string(t.Org))
	row("Body:", a.bodyName(t.Org, t.Body))
	row("On:", d.String())
	if t.Role == chair.Post {
		row("Holder:", t.Person)
		row("Nationality:", party(t.Country))
	} else {
		row("Chair:", party(t.Country))
		row("Person:", t.Person)
	}
	row("Term:", t.Period.String())
	row("Status:", marks(t.Scheduled, t.Inferred))
	if m, ok := t.Motto(); ok {
		row("Motto:", m.Text)
		row("", strings.Join(slices.Collect(m.Expansion()), ", "))
	}
	for p := range t.Priorities() {
		kind := "Priority:"
		if p.Initiative {
			kind = "Initiative:"
		}
		row(kind, p.Text)
	}
	row("Sources:", fmt.Sprint(len(slices.Collect(t.Sources()))))
	return tw.Flush()
}

var membersCmd = &command{
	name:    "members",
	arg:     "ORG",
	flags:   "[--on DATE] [--tier TIER] [--cow DIR] [--json]",
	summary: "an organization's parties on a day, with their tiers",
	about: "Members lists the parties of an organization on a day, with their tier\n" +
		"and standing. A party whose accession is under way appears twice: in its\n" +
		"standing tier and as acceding. Without --on the day is today (UTC).",
	examples: []string{"igo members SCO --on 2024-07-05", "igo members SCO --on 2024-07-05 --tier observer", "igo members CSTO --on 2025 --json", "igo members CSTO --on 2010-06-01 --cow cow-igo-v3"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.on, "on", "", "the `DATE`: YYYY, YYYY-MM or YYYY-MM-DD (default today)")
		fs.StringVar(&o.tier, "tier", "", "only parties in this `TIER`: member, associate, observer, dialogue-partner, partner, acceding, applicant (with --cow also unknown)")
		cowFlag(fs, o)
		jsonFlag(fs, o)
	},
	run: func(a *app, o *opts) error {
		org, err := a.parseOrg("", o.arg)
		if err != nil {
			return err
		}
		d, err := a.on(o)
		if err != nil {
			return err
		}
		var tier member.Tier
		if o.tier != "" {
			if tier, err = parseTier(o.tier); err != nil {
				return err
			}
		}
		a.unverified(org, d)
		var ms []member.Membership
		for m := range a.data.Members.Of(org, d) {
			if tier == member.None || m.Tier == tier {
				ms = append(ms, m)
			}
		}
		if o.json {
			return writeJSON(a.stdout, jsonList(ms, membershipOut))
		}
		if len(ms) == 0 {
			fmt.Fprintf(a.stdout, "No parties of %s recorded on %s.\n", org, d)
			return nil
		}
		tw := table(a.stdout)
		fmt.Fprintln(tw, "PARTY\tNAME\tTIER\tSTANDING\tSINCE\tUNTIL\tNOTE")
		for _, m := range ms {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", m.Country, m.Country.Name(), m.Tier, m.Standing, m.Period.From, to(m.Period), marks(m.Scheduled, m.Inferred))
		}
		return tw.Flush()
	},
}

var orgsCmd = &command{
	name:    "orgs",
	flags:   "[--country COUNTRY [--on DATE]] [--cow DIR] [--json]",
	summary: "the organizations, or those a country belonged to on a day",
	about: "Orgs lists every organization in the data, with the day up to which its\n" +
		"records were checked against the sources (for later days a missing fact\n" +
		"may mean \"not recorded\"). With --country it lists the\n" +
		"organizations the country was a party to on a day, with its tier; without\n" +
		"--on that day is today (UTC).",
	examples: []string{"igo orgs", "igo orgs --country KZ --on 2024-07-05", "igo orgs --country Belarus --on 2023 --json"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.country, "country", "", "list the organizations of this `COUNTRY`, by code or name")
		fs.StringVar(&o.on, "on", "", "with --country, the `DATE`: YYYY, YYYY-MM or YYYY-MM-DD (default today)")
		cowFlag(fs, o)
		jsonFlag(fs, o)
	},
	run: func(a *app, o *opts) error {
		if o.country == "" {
			if o.on != "" {
				return usagef("--on %q needs --country; as in igo orgs --country KZ --on 2024-07-05", o.on)
			}
			if o.json {
				return writeJSON(a.stdout, jsonList(a.data.Orgs, orgOut))
			}
			tw := table(a.stdout)
			fmt.Fprintln(tw, "ORG\tACRONYM\tNAME\tFOUNDED\tDISSOLVED\tVERIFIED THROUGH")
			for _, org := range a.data.Orgs {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", org.ID, org.Acronym, org.Name, org.Founded, org.Dissolved, org.VerifiedThrough)
			}
			return tw.Flush()
		}
		c, err := a.parseCountry("country", o.country)
		if err != nil {
			return err
		}
		d, err := a.on(o)
		if err != nil {
			return err
		}
		ms := slices.Collect(a.data.Members.OfCountry(c, d))
		if o.json {
			return writeJSON(a.stdout, jsonList(ms, membershipOut))
		}
		if len(ms) == 0 {
			fmt.Fprintf(a.stdout, "%s was a party to no organization in the data on %s.\n", party(c), d)
			return nil
		}
		tw := table(a.stdout)
		fmt.Fprintln(tw, "ORG\tNAME\tTIER\tSTANDING\tSINCE")
		for _, m := range ms {
			name := a.data.org(m.Org).Name
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", m.Org, name, m.Tier, m.Standing, m.Period.From)
		}
		return tw.Flush()
	},
}

var timelineCmd = &command{
	name:    "timeline",
	flags:   "[--org ORG] [--country COUNTRY] [--from DATE] [--to DATE] [--cow DIR] [--json]",
	summary: "what happened when, optionally for one organization or country",
	about: "Timeline lists events in date order: foundings and renamings, parties\n" +
		"joining, changing tier and leaving, chairs changing hands, summits and\n" +
		"treaties. --from and --to are inclusive at their precision: --to 2025\n" +
		"includes all of 2025. An event known only to the year or month sorts first\n" +
		"in it.",
	examples: []string{"igo timeline --org SCO --from 2022 --to 2025", "igo timeline --country KZ --from 2024-01 --to 2024-06", "igo timeline --org CSTO --country Armenia --json"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.org, "org", "", "only this `ORG`, by code or name")
		fs.StringVar(&o.country, "country", "", "only events concerning this `COUNTRY`, by code or name")
		fs.StringVar(&o.from, "from", "", "from this `DATE` on: YYYY, YYYY-MM or YYYY-MM-DD")
		fs.StringVar(&o.to, "to", "", "up to and including this `DATE`")
		cowFlag(fs, o)
		jsonFlag(fs, o)
	},
	run: func(a *app, o *opts) error {
		var f timeline.Filter
		var err error
		if o.org != "" {
			if f.Org, err = a.parseOrg("org", o.org); err != nil {
				return err
			}
		}
		if o.country != "" {
			if f.Country, err = a.parseCountry("country", o.country); err != nil {
				return err
			}
		}
		if o.from != "" {
			if f.Period.From, err = parseDate("from", o.from); err != nil {
				return err
			}
		}
		if o.to != "" {
			end, err := parseDate("to", o.to)
			if err != nil {
				return err
			}
			if f.Period.From != 0 && end < f.Period.From {
				return usagef("--to %s is before --from %s; give a --to on or after --from", end, f.Period.From)
			}
			f.Period.To = through(end)
		}
		evs := slices.Collect(a.data.Timeline.Select(f))
		if o.json {
			return writeJSON(a.stdout, jsonList(evs, eventOut))
		}
		if len(evs) == 0 {
			fmt.Fprintln(a.stdout, "No events recorded.")
			return nil
		}
		tw := table(a.stdout)
		fmt.Fprintln(tw, "DATE\tORG\tKIND\tEVENT\tNOTE")
		for _, e := range evs {
			title := e.Title
			if e.Place != "" && !strings.Contains(title, e.Place) {
				title += ", " + e.Place
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.Date, e.Org, e.Kind, title, marks(e.Scheduled, ""))
		}
		return tw.Flush()
	},
}

var exportCmd = &command{
	name:    "export",
	flags:   "--out DIR [--format csv|json]",
	summary: "write every table as CSV or JSON files",
	about: "Export writes every table (organizations, names, seats, parties,\n" +
		"memberships, bodies, terms, priorities, events, sources) into DIR, one\n" +
		"file per table, as CSV (RFC 4180, with a header row) or JSON (an array of\n" +
		"objects). The schema is documented in docs/export.md.",
	examples: []string{"igo export --format csv --out igo-data", "igo export --format json --out igo-json"},
	define: func(fs *flag.FlagSet, o *opts) {
		fs.StringVar(&o.format, "format", "csv", "the file `FORMAT`: csv or json")
		fs.StringVar(&o.out, "out", "", "the `DIR` to write, created if needed (required)")
	},
	run: func(a *app, o *opts) error {
		if o.format != export.CSV && o.format != export.JSON {
			return usagef("unknown format %q for --format; give csv or json", o.format)
		}
		if o.out == "" {
			return usagef("missing --out; give a directory, as in igo export --format csv --out igo-data")
		}
		t := export.Build(a.data.Orgs, a.data.Members, a.data.Chairs, a.data.Timeline)
		if err := export.Write(o.out, o.format, t); err != nil {
			return fmt.Errorf("cannot export to %q: %v", o.out, err)
		}
		fmt.Fprintf(a.stdout, "Wrote %d tables (%s) to %s.\n", len(export.TableNames()), a.data.Name, o.out)
		return nil
	},
}
