package igo

import (
	"errors"
	"strconv"
)

// Errors wrapped by every [*ParseError], to tell malformed input from
// well-formed input that names nothing igo knows. Test with [errors.Is].
var (
	// ErrSyntax: the input is not of an accepted form ("2024-13", "" or "K Z").
	ErrSyntax = errors.New("malformed")
	// ErrUnknown: the input is well formed but unknown ("QQ", "Warsaw Pact").
	ErrUnknown = errors.New("unknown")
)

// A ParseError reports input that a Parse function rejected.
type ParseError struct {
	What   string // what was being parsed: "date", "period", "country", "organization", "tier", ...
	Input  string // the rejected input
	Err    error  // ErrSyntax or ErrUnknown
	Reason string // optional detail, such as "month out of range"
}

// Error returns a message naming the bad value, such as
// `igo: malformed date "2024-13": month out of range`.
func (e *ParseError) Error() string {
	s := "igo: " + e.Err.Error() + " " + e.What + " " + strconv.Quote(e.Input)
	if e.Reason != "" {
		s += ": " + e.Reason
	}
	return s
}

// Unwrap returns ErrSyntax or ErrUnknown.
func (e *ParseError) Unwrap() error { return e.Err }
