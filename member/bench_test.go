package member_test

import (
	"testing"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// Benchmarks of every query on the built-in data, run with -benchmem. The
// targets (BENCHMARKS.md): a point query at most 50 ns and no allocation;
// an iterator at most one small allocation per call and none per item.
// Each iterator benchmark makes the iterator and consumes it, as a caller
// does, and reports how many items one call yields.

var (
	sinkTier       member.Tier
	sinkMembership member.Membership
)

var benchDay = igo.Date(20240705)

func BenchmarkTierOf(b *testing.B) {
	for b.Loop() {
		sinkTier = member.TierOf(orgs.SCO, "BY", benchDay)
	}
}

func BenchmarkStatus(b *testing.B) {
	for b.Loop() {
		sinkMembership, _ = member.Status(orgs.CSTO, "AM", benchDay)
	}
}

func BenchmarkOf(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for m := range member.Of(orgs.SCO, benchDay) {
			sinkMembership = m
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

func BenchmarkOfCountry(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for m := range member.OfCountry("KZ", benchDay) {
			sinkMembership = m
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

func BenchmarkHistory(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for m := range member.History(orgs.SCO, "BY") {
			sinkMembership = m
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

func BenchmarkSpells(b *testing.B) {
	n := 0
	for b.Loop() {
		n = 0
		for m := range member.Spells(orgs.SCO) {
			sinkMembership = m
			n++
		}
	}
	b.ReportMetric(float64(n), "items/op")
}
