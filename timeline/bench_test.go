package timeline_test

import (
	"testing"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// Benchmarks of every query on the built-in data, run with -benchmem: at
// most one small allocation per call and none per item (BENCHMARKS.md).
// The built-in timeline is derived on first use; BenchmarkNewTableBuiltin
// measures most of that cost, the others exclude it.

var sinkEvent timeline.Event

func BenchmarkSelect(b *testing.B) {
	timeline.Default()
	for _, bc := range []struct {
		name string
		f    timeline.Filter
	}{
		{"org", timeline.Filter{Org: orgs.CSTO}},
		{"country", timeline.Filter{Country: "UZ"}},
		{"org+country", timeline.Filter{Org: orgs.CSTO, Country: "UZ"}},
		{"org+period", timeline.Filter{Org: orgs.SCO, Period: igo.Year(2024)}},
		{"period", timeline.Filter{Period: igo.Year(2024)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				for e := range timeline.Select(bc.f) {
					sinkEvent = e
					n++
				}
			}
			b.ReportMetric(float64(n), "items/op")
		})
	}
}

func BenchmarkAll(b *testing.B) {
	timeline.Default()
	n := 0
	for b.Loop() {
		n = 0
		for e := range timeline.All() {
			sinkEvent = e
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

// BenchmarkNewTableBuiltin derives the events of the built-in member and
// chair tables, most of what the built-in timeline's first use costs.
func BenchmarkNewTableBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := timeline.NewTable(member.Default(), chair.Default(), nil); err != nil {
			b.Fatal(err)
		}
	}
}
