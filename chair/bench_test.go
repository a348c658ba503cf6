package chair_test

import (
	"testing"
	"time"

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

// BenchmarkHolders measures Holders on a body that is not joint (the
// built-in SCO council) and on a joint body of 150 terms, three in force at
// a time (a table shaped like the EU Council's trios since 1958).
func BenchmarkHolders(b *testing.B) {
	bodies := []chair.Body{{Org: "EU", ID: "trio", Role: chair.Chair, Joint: true}}
	var terms []chair.Term
	for i := range 150 { // trio i/3 holds for 18 months
		from := time.Date(1958, time.Month(1+18*(i/3)), 1, 0, 0, 0, 0, time.UTC)
		terms = append(terms, chair.Term{Org: "EU", Body: "trio", Country: igo.Country([]byte{byte('A' + i%26), byte('A' + i/26)}),
			Period: igo.Period{From: igo.DateOf(from), To: igo.DateOf(from.AddDate(0, 18, 0))}})
	}
	joint, err := chair.NewTable(bodies, terms)
	if err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct {
		name string
		tab  *chair.Table
		org  orgs.ID
		body string
		on   igo.Date
	}{
		{"builtin", chair.Default(), orgs.SCO, "heads-of-state", benchDay},
		{"joint", joint, "EU", "trio", igo.Date(20240705)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				n = 0
				for t := range bb.tab.Holders(bb.org, bb.body, bb.on) {
					sinkTerm = t
					n++
				}
			}
			b.ReportMetric(float64(n), "items/op")
		})
	}
}
