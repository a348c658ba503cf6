// Package status summarizes the built-in dataset and reports which
// organizations are due for a refresh. It backs `igo status` and
// `igo validate --stale`, and the staleness report that CI prints.
//
// It reads no clock: callers pass the day to measure from.
package status

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/internal/dates"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// Summary counts the built-in dataset.
type Summary struct {
	DataVersion   string
	Organizations int
	Memberships   int // membership spells
	Terms         int // chair terms and posts
	Events        int // timeline events, derived ones included
	Sources       int // distinct source addresses
	// OldestVerified is the earliest verified-through date of any
	// organization that still exists (or was not checked past its
	// dissolution), and OldestOrg the organization that has it.
	OldestVerified igo.Date
	OldestOrg      orgs.ID
}

// Summarize counts the built-in dataset.
func Summarize() Summary {
	s := Summary{DataVersion: igo.DataVersion}
	urls := map[string]bool{}
	for o := range orgs.All() {
		s.Organizations++
		for range member.Spells(o.ID) {
			s.Memberships++
		}
		for range chair.History(o.ID) {
			s.Terms++
		}
		for src := range o.Sources() {
			urls[src.URL] = true
		}
		if !closed(o) && (s.OldestOrg == "" || o.VerifiedThrough < s.OldestVerified) {
			s.OldestVerified, s.OldestOrg = o.VerifiedThrough, o.ID
		}
	}
	for range timeline.All() {
		s.Events++
	}
	s.Sources = len(urls)
	return s
}

// A Due is an organization whose records were last checked too long ago.
type Due struct {
	Org  orgs.Org
	Days int // days from the end of its verified-through date to today
}

// Stale returns the organizations whose verified-through date lies more than
// maxAge days before today, oldest first. An organization dissolved before
// its verified-through date is never stale. A verified-through date at month or
// year precision counts from the last day of that month or year.
func Stale(today time.Time, maxAge int) []Due {
	var due []Due
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	for o := range orgs.All() {
		if closed(o) {
			continue
		}
		if days := int(t.Sub(lastDay(o.VerifiedThrough)).Hours() / 24); days > maxAge {
			due = append(due, Due{o, days})
		}
	}
	slices.SortStableFunc(due, func(a, b Due) int { return b.Days - a.Days })
	return due
}

// Unconfirmed returns the scheduled events (summits, chair terms) dated
// before today: facts announced for a day that has passed and that no source
// has yet confirmed as held. A date at month or year precision has passed
// when its month or year has.
func Unconfirmed(today time.Time) []timeline.Event {
	var out []timeline.Event
	for e := range timeline.All() {
		if e.Scheduled && lastDay(e.Date).Before(today) {
			out = append(out, e)
		}
	}
	return out
}

// AfterVerified reports whether d falls after the last day o's records were
// checked, so that a query for d may miss a change (a new member, a
// handover). It is false for an organization without a verified-through
// date, and for one whose records were checked past its dissolution.
func AfterVerified(o orgs.Org, d igo.Date) bool {
	vt := o.VerifiedThrough
	if vt.IsZero() || d.IsZero() || closed(o) {
		return false
	}
	return dates.Start(uint32(d)) > dates.End(uint32(vt))
}

// closed reports whether o's record is complete: it was dissolved and
// checked past its dissolution, so nothing after that can be missing.
func closed(o orgs.Org) bool {
	return !o.Dissolved.IsZero() && o.VerifiedThrough >= o.Dissolved
}

// lastDay is the last day d covers: 2025-12 → 2025-12-31, 2025 → 2025-12-31.
func lastDay(d igo.Date) time.Time {
	e := dates.End(uint32(d))
	return time.Date(int(e/10000), time.Month(e/100%100), int(e%100), 0, 0, 0, 0, time.UTC)
}

// ParseAge parses an age in days such as "180d" (or a bare "180").
func ParseAge(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSuffix(s, "d"))
	if err != nil || n < 0 || s == "" {
		return 0, fmt.Errorf("bad age %q: want a number of days such as 180d", s)
	}
	return n, nil
}
