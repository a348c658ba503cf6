package chair_test

import (
	"testing"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/orgs"
)

// Benchmarks of every query on the built-in data, run with -benchmem. The
// targets (BENCHMARKS.md): a point query at most 50 ns and no allocation;
// an iterator at most one small allocation per call and none per item.

var (
	sinkTerm chair.Term
	sinkBody chair.Body
)

var benchDay = igo.Date(20240705)

func BenchmarkAt(b *testing.B) {
	for b.Loop() {
		sinkTerm, _ = chair.At(orgs.SCO, benchDay)
	}
}

func BenchmarkAtBody(b *testing.B) {
	for b.Loop() {
		sinkTerm, _ = chair.AtBody(orgs.SCO, "secretary-general", benchDay)
	}
}

func BenchmarkLookupBody(b *testing.B) {
	for b.Loop() {
		sinkBody, _ = chair.LookupBody(orgs.SCO, "heads-of-state")
	}
}

func BenchmarkPrincipal(b *testing.B) {
	for b.Loop() {
		sinkBody, _ = chair.Principal(orgs.SCO)
	}
}

func BenchmarkChairedBy(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for t := range chair.ChairedBy("KZ", 2024) {
			sinkTerm = t
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

func BenchmarkHistory(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for t := range chair.History(orgs.SCO) {
			sinkTerm = t
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

func BenchmarkBodies(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for bd := range chair.Bodies(orgs.SCO) {
			sinkBody = bd
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}
