package igo_test

import (
	"testing"

	"github.com/igodata/igo"
)

// Benchmarks of the root package's parsers and lookups, run with -benchmem.

var (
	sinkCountry igo.Country
	sinkDate    igo.Date
	sinkString  string
)

func BenchmarkParseCountry(b *testing.B) {
	for _, s := range []string{"KZ", "Turkey"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				sinkCountry, _ = igo.ParseCountry(s)
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	for b.Loop() {
		sinkDate, _ = igo.ParseDate("2024-07-04")
	}
}

func BenchmarkCountryName(b *testing.B) {
	for b.Loop() {
		sinkString = igo.Country("KZ").Name()
	}
}
