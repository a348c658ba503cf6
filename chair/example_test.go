package chair_test

import (
	"fmt"
	"strings"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/orgs"
)

func ExampleChairedBy() {
	for t := range chair.ChairedBy("KZ", 2024) {
		fmt.Println(t.Org, t.Period)
	}
	// Output:
	// CICA 2022-10-13/2024-12-17
	// CSTO 2024-01-01/2025-01-01
	// IFAS 2024-01-01/..
	// OTS 2023-11-03/2024-11-06
	// SCO 2023-07-04/2024-07-04
}

func ExampleAt() {
	t, ok := chair.At(orgs.SCO, igo.Date(20240705))
	fmt.Println(t.Country, t.Period, ok)
	// Output: CN 2024-07-04/2025-09-01 true
}

func ExampleTerm_Motto() {
	t, _ := chair.At(orgs.OTS, igo.Date(20240101))
	m, _ := t.Motto()
	var words []string
	for w := range m.Expansion() {
		words = append(words, w)
	}
	fmt.Println(m.Text + ": " + strings.Join(words, ", "))
	// Output: TURKTIME: Traditions, Unity, Reforms, Knowledge, Trust, Investment, Mediation, Energy
}

func ExampleTerm_Priorities() {
	t, _ := chair.At(orgs.CSTO, igo.Date(20240101))
	n := 0
	for p := range t.Priorities() {
		if !p.Initiative {
			n++
		}
	}
	fmt.Println(t.Country, t.Person, n, "priorities")
	// Output: KZ Kassym-Jomart Tokayev 4 priorities
}

func ExampleAtBody() {
	// A leadership post is not a chairmanship.
	t, _ := chair.AtBody(orgs.CSTO, "secretary-general", igo.Date(20240101))
	fmt.Println(t.Role, t.Person, t.Country)
	// Output: post Imangali Tasmagambetov KZ
}

func ExampleBodies() {
	for b := range chair.Bodies(orgs.IOFS) {
		fmt.Println(b.ID, b.Role, b.Principal)
	}
	// Output:
	// director-general post false
	// executive-board chair false
	// general-assembly chair true
}

func ExampleHolders() {
	// The built-in data have no joint body yet: a table of the EU Council
	// presidency's trio of 2024-2025, built from caller records.
	bodies := []chair.Body{{Org: "EU", ID: "trio", Name: "Trio presidency", Role: chair.Chair, Joint: true}}
	var terms []chair.Term
	for _, c := range []igo.Country{"ES", "BE", "HU"} {
		terms = append(terms, chair.Term{Org: "EU", Body: "trio", Country: c, Period: igo.Period{From: 20230701, To: 20250101}})
	}
	tab, err := chair.NewTable(bodies, terms)
	if err != nil {
		fmt.Println(err)
		return
	}
	for t := range tab.Holders("EU", "trio", igo.Date(20240705)) {
		fmt.Println(t.Country, t.Period)
	}
	_, ok := tab.AtBody("EU", "trio", igo.Date(20240705))
	fmt.Println("AtBody:", ok)
	// Output:
	// BE 2023-07-01/2025-01-01
	// ES 2023-07-01/2025-01-01
	// HU 2023-07-01/2025-01-01
	// AtBody: false
}
