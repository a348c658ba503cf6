package cow

import (
	"strconv"
	"strings"
)

// A ParseError reports bad input in a COW file, with where it is.
type ParseError struct {
	File   string // the file's published name, such as "state_year_formatv3.csv"
	Line   int    // 1-based line of the record
	Column int    // 1-based column (field number); 0 when no one column is at fault
	Field  string // the column's header name, when known
	Value  string // the rejected value (or the missing column's name)
	Err    error  // igo.ErrSyntax (malformed) or igo.ErrUnknown (well formed, unknown)
	Reason string // what was wrong and what was wanted
}

// Error returns a message naming the file, line, column and value, such as
// `cow: state_year_formatv3.csv:3:5 (column "aaaid"): unknown value "7": unknown status code: ...`.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("cow: ")
	b.WriteString(e.File)
	b.WriteByte(':')
	b.WriteString(strconv.Itoa(e.Line))
	if e.Column > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Column))
	}
	if e.Field != "" {
		b.WriteString(" (column ")
		b.WriteString(strconv.Quote(e.Field))
		b.WriteByte(')')
	}
	b.WriteString(": ")
	what := "bad"
	if e.Err != nil {
		what = e.Err.Error()
	}
	b.WriteString(what)
	if e.Value != "" || e.Column > 0 {
		b.WriteString(" value ")
		b.WriteString(strconv.Quote(e.Value))
	}
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	return b.String()
}

// Unwrap returns igo.ErrSyntax or igo.ErrUnknown.
func (e *ParseError) Unwrap() error { return e.Err }
