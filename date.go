package igo

import (
	"fmt"
	"time"

	"github.com/igodata/igo/internal/dates"
)

// A Date is a calendar date without time of day or location, stored as the
// decimal number yyyymmdd: 2024-07-04 is Date(20240704). Month and day are 00
// when the source only knows the year ("1996" is Date(19960000)) or the month
// ("2022-11" is Date(20221100)).
//
// Dates order correctly with <, <= and ==: a reduced-precision date sorts
// before every day it covers, so a change known only to the year or month is
// treated as taking effect at the start of that year or month. [Date.Precision]
// tells the caller how exact a date is.
//
// The zero Date means "unknown" (or, as a period's end, "not ended").
type Date uint32

// Precision is how much of a [Date] is known.
type Precision uint8

// Precisions, from least to most exact. The zero Precision belongs to the zero Date.
const (
	NoPrecision Precision = iota
	YearPrecision
	MonthPrecision
	DayPrecision
)

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case YearPrecision:
		return "year"
	case MonthPrecision:
		return "month"
	case DayPrecision:
		return "day"
	}
	return "none"
}

// NewDate returns the date year-month-day. A zero day gives a date known to
// the month, a zero month and day a date known to the year. It returns an
// error naming the values if they do not form a valid date.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if !dates.Valid(year, int(month), day) {
		return 0, &ParseError{What: "date", Input: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day), Err: ErrSyntax, Reason: "no such date"}
	}
	return Date(year*10000 + int(month)*100 + day), nil
}

// DateOf returns the day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return 0
	}
	return Date(y*10000 + int(m)*100 + d)
}

// ParseDate parses an ISO 8601 calendar date at year, month or day precision:
// "2024", "2024-07" or "2024-07-04". Anything else, including "" and dates that
// do not exist such as "2023-02-29", is rejected with a [*ParseError] that
// wraps [ErrSyntax].
func ParseDate(s string) (Date, error) {
	d, reason := dates.Parse(s)
	if reason != "" {
		return 0, &ParseError{What: "date", Input: s, Err: ErrSyntax, Reason: reason}
	}
	return Date(d), nil
}

// Year returns the date's year, or 0 for the zero Date.
func (d Date) Year() int { return int(d) / 10000 }

// Month returns the date's month, or 0 when only the year is known.
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }

// Day returns the date's day of the month, or 0 when only the year or month is known.
func (d Date) Day() int { return int(d) % 100 }

// Precision reports how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d == 0:
		return NoPrecision
	case d.Month() == 0:
		return YearPrecision
	case d.Day() == 0:
		return MonthPrecision
	}
	return DayPrecision
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == 0 }

// IsValid reports whether d is a real date at its precision. The zero Date is not valid.
func (d Date) IsValid() bool { return dates.Valid(d.Year(), int(d.Month()), d.Day()) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e, so that
// slices.SortFunc(dates, igo.Date.Compare) works.
func (d Date) Compare(e Date) int {
	switch {
	case d < e:
		return -1
	case d > e:
		return +1
	}
	return 0
}

// String formats d in ISO 8601 at its precision: "2024-07-04", "2022-11" or
// "1996". The zero Date prints as "", and an invalid Date as "!" followed by
// its digits.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	b, ok := d.appendTo(make([]byte, 0, 10))
	if !ok {
		return fmt.Sprintf("!%d", uint32(d))
	}
	return string(b)
}

func (d Date) appendTo(b []byte) ([]byte, bool) {
	if !d.IsValid() {
		return b, false
	}
	b = appendDigits(b, d.Year(), 4)
	if m := int(d.Month()); m != 0 {
		b = appendDigits(append(b, '-'), m, 2)
		if day := d.Day(); day != 0 {
			b = appendDigits(append(b, '-'), day, 2)
		}
	}
	return b, true
}

func appendDigits(b []byte, n, width int) []byte {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[:width]...)
}

// MarshalText formats d as [Date.String] does. It fails on an invalid non-zero Date.
func (d Date) MarshalText() ([]byte, error) {
	if d == 0 {
		return []byte{}, nil
	}
	b, ok := d.appendTo(nil)
	if !ok {
		return nil, fmt.Errorf("igo: invalid date %d", uint32(d))
	}
	return b, nil
}

// UnmarshalText parses text as [ParseDate] does; empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// start is the first day d covers (see [Period.Contains]).
func (d Date) start() Date { return Date(dates.Start(uint32(d))) }
