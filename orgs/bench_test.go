package orgs_test

import (
	"testing"

	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
)

// Benchmarks of every query on the built-in data, run with -benchmem: a
// point query at most 50 ns and no allocation (BENCHMARKS.md).

var (
	sinkID   orgs.ID
	sinkOrg  orgs.Org
	sinkName orgs.Name
)

func BenchmarkParse(b *testing.B) {
	for _, s := range []string{"SCO", "Turkic Council", "Shanghai Cooperation Organization"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				sinkID, _ = orgs.Parse(s)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		sinkOrg, _ = orgs.Lookup(orgs.SCO)
	}
}

func BenchmarkNameOn(b *testing.B) {
	o, _ := orgs.Lookup(orgs.OTS)
	for b.Loop() {
		sinkName, _ = o.NameOn(igo.Date(20150101))
	}
}

func BenchmarkAll(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for o := range orgs.All() {
			sinkOrg = o
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}
