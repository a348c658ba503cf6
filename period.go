package igo

import (
	"fmt"
	"strings"
)

// A Period is the half-open date interval [From, To): it includes From and
// excludes To, so consecutive terms share a boundary (one ends on the day the
// next begins). A zero To means the period has not ended; a zero From means
// its start is unknown, and such a period contains no date.
//
// From and To may have reduced precision (see [Date]): a period from "2004"
// contains every day of 2004, and a period to "1999" contains no day of 1999.
type Period struct {
	From, To Date
}

// Year returns the period covering the calendar year y: [y-01-01, (y+1)-01-01).
func Year(y int) Period {
	return Period{From: Date(y*10000 + 101), To: Date((y+1)*10000 + 101)}
}

// IsOpen reports whether p has not ended.
func (p Period) IsOpen() bool { return p.To == 0 }

// Contains reports whether d falls in p. The zero Date is in no period.
// Dates at reduced precision count as the first day they cover: a period
// ending "2025" ends on 2025-01-01, and the date "2024-07" is in a period
// that starts on 2024-07-01.
func (p Period) Contains(d Date) bool {
	s := d.start()
	return d != 0 && p.From != 0 && p.From.start() <= s && (p.To == 0 || s < p.To.start())
}

// Overlaps reports whether p and q share at least one day. Dates at reduced
// precision count as the first day they cover, so [2024-01-01, 2025) and
// [2025, ..) do not overlap.
func (p Period) Overlaps(q Period) bool {
	if p.From == 0 || q.From == 0 || p.Empty() || q.Empty() {
		return false
	}
	return (q.To == 0 || p.From.start() < q.To.start()) && (p.To == 0 || q.From.start() < p.To.start())
}

// Empty reports whether p contains no day: its end is not after its start.
func (p Period) Empty() bool { return p.To != 0 && p.To.start() <= p.From.start() }

// String formats p as an ISO 8601 interval: "2023-07-04/2024-07-04", or
// "2025-09-01/.." while it has not ended.
func (p Period) String() string {
	to := ".."
	if p.To != 0 {
		to = p.To.String()
	}
	return p.From.String() + "/" + to
}

// ParsePeriod parses the form [Period.String] prints: "FROM/TO" or
// "FROM/..", each date as [ParseDate] accepts. The end must be after the start.
func ParsePeriod(s string) (Period, error) {
	from, to, ok := strings.Cut(s, "/")
	if !ok {
		return Period{}, &ParseError{What: "period", Input: s, Err: ErrSyntax, Reason: `want FROM/TO or FROM/..`}
	}
	var p Period
	var err error
	if p.From, err = ParseDate(from); err != nil {
		return Period{}, &ParseError{What: "period", Input: s, Err: ErrSyntax, Reason: "bad start: " + err.(*ParseError).Reason}
	}
	if to != ".." {
		if p.To, err = ParseDate(to); err != nil {
			return Period{}, &ParseError{What: "period", Input: s, Err: ErrSyntax, Reason: "bad end: " + err.(*ParseError).Reason}
		}
		if p.Empty() { // compared as first days: "2024/2024-01-01" is empty
			return Period{}, &ParseError{What: "period", Input: s, Err: ErrSyntax, Reason: "end is not after start"}
		}
	}
	return p, nil
}

// MarshalText formats p as [Period.String] does.
func (p Period) MarshalText() ([]byte, error) {
	if !p.From.IsValid() || (p.To != 0 && !p.To.IsValid()) {
		return nil, fmt.Errorf("igo: invalid period %d/%d", uint32(p.From), uint32(p.To))
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses text as [ParsePeriod] does.
func (p *Period) UnmarshalText(text []byte) error {
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
