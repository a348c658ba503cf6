// Package synth makes deterministic synthetic datasets shaped like the
// Correlates of War IGO data, version 3 (534 organizations, about 210
// countries, about 19,000 membership spells over 200 years), with about
// 20,000 chair terms, for benchmarks and oracle tests. It also holds the
// naive linear scans that the benchmarks compare the indexed tables with.
//
// A dataset at scale k is k copies of a COW-sized world, each with its own
// 534 organizations and 210 parties: the number of records grows k times
// while what one query returns stays the same, so a benchmark at several
// scales measures how the cost of finding the answer grows with the data.
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// The size of one world, as in COW IGO v3.
const (
	Orgs      = 534
	Countries = 210
	FirstYear = 1816
	LastYear  = 2014
)

// Data is a synthetic dataset.
type Data struct {
	Spells  []member.Membership
	Bodies  []chair.Body
	Terms   []chair.Term
	Queries []Query // points where the data have answers, spread over the dataset
}

// A Query is a point at which a party belonged to an organization, with
// the body that organization's chair terms belong to.
type Query struct {
	Org     orgs.ID
	Country igo.Country
	Date    igo.Date
	Year    int
	Body    string
}

// Body is the ID of every synthetic organization's principal body.
const Body = "council"

// Generate returns the dataset at scale k (k >= 1): about 19,000k spells
// and 20,000k terms. The same k always gives the same data.
func Generate(k int) Data {
	var d Data
	r := rand.New(rand.NewPCG(1, 2))
	for w := range k {
		world(&d, r, w)
	}
	// Spread the queries over the whole dataset, in a fixed order.
	qr := rand.New(rand.NewPCG(3, 4))
	qr.Shuffle(len(d.Queries), func(i, j int) { d.Queries[i], d.Queries[j] = d.Queries[j], d.Queries[i] })
	if len(d.Queries) > 1024 {
		d.Queries = d.Queries[:1024]
	}
	return d
}

func party(w, j int) igo.Country {
	c := string(rune('A'+j/26)) + string(rune('A'+j%26))
	if w > 0 {
		c += fmt.Sprint(w)
	}
	return igo.Country(c)
}

func day(y, m, dd int) igo.Date { return igo.Date(y*10000 + m*100 + dd) }

// world appends one COW-sized world, number w.
func world(d *Data, r *rand.Rand, w int) {
	for i := range Orgs {
		org := orgs.ID(fmt.Sprintf("IGO%03d", i))
		if w > 0 {
			org += orgs.ID(fmt.Sprintf("-%d", w))
		}
		// Most organizations were founded after 1945, as in COW.
		founded := 1946 + r.IntN(LastYear-1946-5)
		if r.IntN(8) == 0 {
			founded = FirstYear + r.IntN(1946-FirstYear)
		}
		// About 36 spells per organization: 27 parties on average, a third
		// of them with a second spell (a change of tier, or leaving and rejoining).
		n := 5 + r.IntN(45)
		for _, j := range r.Perm(Countries)[:n] {
			c := party(w, j)
			from := founded + r.IntN(LastYear-founded)
			to := 0
			if r.IntN(3) == 0 && from+1 < LastYear {
				to = from + 1 + r.IntN(LastYear-from-1)
			}
			tier := member.Member
			if r.IntN(10) == 0 {
				tier = member.Observer
			}
			spell := member.Membership{Org: org, Country: c, Tier: tier, Period: igo.Period{From: day(from, 1+r.IntN(12), 1+r.IntN(28))}}
			if to != 0 {
				spell.Period.To = day(to, 1, 1)
				next := spell
				next.Tier = member.Member
				next.Period = igo.Period{From: spell.Period.To}
				if tier == member.Member { // left, and perhaps came back later
					next.Period.From = day(to+1+r.IntN(5), 6, 1)
				}
				d.Spells = append(d.Spells, spell)
				spell = next
			}
			d.Spells = append(d.Spells, spell)
			if y := spell.Period.From.Year() + 1; y <= LastYear+5 {
				d.Queries = append(d.Queries, Query{Org: org, Country: c, Date: day(y, 7, 1), Year: y, Body: Body})
			}
		}
		// About 37 annual chair terms per organization, the latest years, in turn.
		d.Bodies = append(d.Bodies, chair.Body{Org: org, ID: Body, Name: "Council", Role: chair.Chair, Principal: true},
			chair.Body{Org: org, ID: "secretary-general", Name: "Secretary-General", Role: chair.Post})
		terms := min(2*(1+r.IntN(48)), LastYear+10-founded)
		for t := range terms {
			y := LastYear + 10 - terms + t
			d.Terms = append(d.Terms, chair.Term{Org: org, Body: Body, Country: party(w, r.IntN(Countries)),
				Period: igo.Period{From: day(y, 1, 1), To: day(y+1, 1, 1)}})
		}
	}
}
