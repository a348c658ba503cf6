package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// The accepted forms, quoted in error messages.
const (
	orgForms     = `give a code or name such as SCO or "Shanghai Cooperation Organisation" (igo orgs lists them)`
	countryForms = "give an ISO 3166-1 code or English name, such as KZ or Kazakhstan"
	dateForms    = "give YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-07-05"
	tierForms    = "give member, associate, observer, dialogue-partner, partner, acceding, applicant or (with --cow) unknown"
	yearForms    = "give a year such as 2024"
)

// badValue turns a parse error into a usage error naming the bad value, the
// flag it came from and the accepted forms.
func badValue(err error, flagName, forms string) error {
	msg := err.Error()
	var pe *igo.ParseError
	if errors.As(err, &pe) {
		msg = fmt.Sprintf("%v %s %q", pe.Err, pe.What, pe.Input)
		if pe.Reason != "" && !strings.HasPrefix(pe.Reason, "want ") {
			msg += " (" + pe.Reason + ")"
		}
	}
	if flagName != "" {
		msg += " for --" + flagName
	}
	return usagef("%s; %s", msg, forms)
}

func (a *app) parseOrg(flagName, s string) (orgs.ID, error) {
	id, err := a.data.ParseOrg(s)
	if err != nil {
		return "", badValue(err, flagName, orgForms)
	}
	return id, nil
}

func (a *app) parseCountry(flagName, s string) (igo.Country, error) {
	c, err := a.data.ParseCountry(s)
	if err != nil {
		return "", badValue(err, flagName, countryForms)
	}
	return c, nil
}

func parseDate(flagName, s string) (igo.Date, error) {
	d, err := igo.ParseDate(s)
	if err != nil {
		return 0, badValue(err, flagName, dateForms)
	}
	return d, nil
}

// on returns the day --on gives, or today when it is omitted.
func (a *app) on(o *opts) (igo.Date, error) {
	if o.on == "" {
		return a.today, nil
	}
	return parseDate("on", o.on)
}

func parseYear(s string) (int, error) {
	y, err := strconv.Atoi(s)
	if err != nil || y < 1 || y > 9999 {
		return 0, usagef("malformed year %q for --year; %s", s, yearForms)
	}
	return y, nil
}

func parseTier(s string) (member.Tier, error) {
	t, err := member.ParseTier(s)
	if err != nil || t == member.None {
		if err == nil {
			err = &igo.ParseError{What: "tier", Input: s, Err: igo.ErrUnknown}
		}
		return 0, badValue(err, "tier", tierForms)
	}
	return t, nil
}

// through returns the first day after the period d names at its precision
// (the next year, month or day), so that --to includes d. It returns the zero
// Date, which leaves a period open, past year 9999.
func through(d igo.Date) igo.Date {
	var next igo.Date
	var err error
	switch d.Precision() {
	case igo.YearPrecision:
		next, err = igo.NewDate(d.Year()+1, 0, 0)
	case igo.MonthPrecision:
		t := time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		next, err = igo.NewDate(t.Year(), t.Month(), 0)
	default:
		next = igo.DateOf(time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, time.UTC))
	}
	if err != nil || !next.IsValid() {
		return 0
	}
	return next
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// to formats a period's end for a table: ".." while it has not ended.
func to(p igo.Period) string {
	if p.IsOpen() {
		return ".."
	}
	return p.To.String()
}

// party formats a party for a table: its name and code.
func party(c igo.Country) string {
	if c == "" {
		return ""
	}
	if n := c.Name(); n != "" && n != string(c) {
		return n + " (" + string(c) + ")"
	}
	return string(c)
}

// marks returns what a table shows beside a record that is not plain fact.
func marks(scheduled bool, inferred string) string {
	var m []string
	if scheduled {
		m = append(m, "scheduled")
	}
	if inferred != "" {
		m = append(m, "inferred")
	}
	return strings.Join(m, "; ")
}
