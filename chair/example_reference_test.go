package chair_test

import (
	"fmt"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/orgs"
)

func ExampleHistory() {
	for t := range chair.History(orgs.SCO) {
		if t.Body == "heads-of-state" && t.Period.Overlaps(igo.Period{From: 20210000, To: 20250000}) {
			fmt.Println(t.Country, t.Period)
		}
	}
	// Output:
	// TJ 2020-11-10/2021-09-17
	// UZ 2021-09-17/2022-09-16
	// IN 2022-09-16/2023-07-04
	// KZ 2023-07-04/2024-07-04
	// CN 2024-07-04/2025-09-01
}

func ExamplePrincipal() {
	for _, id := range []orgs.ID{orgs.SCO, orgs.IFAS} {
		b, _ := chair.Principal(id)
		fmt.Printf("%s: %s (%s, %s)\n", id, b.Name, b.ID, b.Role)
	}
	// Output:
	// SCO: Council of Heads of State (heads-of-state, chair)
	// IFAS: President of IFAS (president, chair)
}

func ExampleLookupBody() {
	b, ok := chair.LookupBody(orgs.SCO, "secretary-general")
	fmt.Println(b.Name, b.Role, ok)
	_, ok = chair.LookupBody(orgs.SCO, "no-such-body")
	fmt.Println(ok)
	// Output:
	// Secretary-General post true
	// false
}

func ExampleNewTable() {
	bodies := []chair.Body{{Org: "G20", ID: "presidency", Name: "Presidency", Role: chair.Chair, Principal: true}}
	terms := []chair.Term{
		{Org: "G20", Body: "presidency", Country: "BR", Period: igo.Period{From: 20231201, To: 20241201}},
		{Org: "G20", Body: "presidency", Country: "ZA", Period: igo.Period{From: 20241201, To: 20251201}},
	}
	t, err := chair.NewTable(bodies, terms)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := t.At("G20", igo.Date(20241201)) // the handover day belongs to the new term
	fmt.Println(c.Country, c.Role)
	for c := range t.ChairedBy("BR", 2024) {
		fmt.Println(c.Country, c.Period)
	}
	// Output:
	// ZA chair
	// BR 2023-12-01/2024-12-01
}
