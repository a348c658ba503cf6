// Package srcs holds the table of every source cited by the built-in data,
// shared by the public packages so that each record can list its sources.
package srcs

import (
	"iter"

	"github.com/igodata/igo"
)

// A Span is a range [Lo, Hi) of Refs: the sources of one record. The zero
// Span lists no source (records built from caller data have none).
type Span struct{ Lo, Hi uint16 }

// All returns an iterator over the sources in s, in the order the data cites them.
func (s Span) All() iter.Seq[igo.Source] {
	return func(yield func(igo.Source) bool) {
		if int(s.Hi) > len(Refs) || s.Lo > s.Hi {
			return
		}
		for _, i := range Refs[s.Lo:s.Hi] {
			if !yield(Sources[i]) {
				return
			}
		}
	}
}

// Range returns an iterator over table[lo:hi], for the lists that generated
// rows refer to by range (names, aliases, priorities, motto words). It yields
// nothing when the range does not fit the table.
func Range[T any](table []T, lo, hi uint16) iter.Seq[T] {
	return func(yield func(T) bool) {
		if int(hi) > len(table) || lo > hi {
			return
		}
		for _, v := range table[lo:hi] {
			if !yield(v) {
				return
			}
		}
	}
}

// An AltSpan is a range [Lo, Hi) of Alts: the alternatives recorded for one record.
type AltSpan struct{ Lo, Hi uint16 }

// All returns an iterator over the alternatives in a, in the order the data gives them.
func (a AltSpan) All() iter.Seq[igo.Alternative] { return Range(Alts[:], a.Lo, a.Hi) }
