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
