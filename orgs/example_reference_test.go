package orgs_test

import (
	"fmt"
	"slices"

	"github.com/igodata/igo/orgs"
)

func ExampleOrg_Headquarters() {
	o, _ := orgs.Lookup(orgs.SCO)
	for s := range o.Headquarters() {
		fmt.Println(s.City, s.Country, s.Period)
	}
	// Output: Beijing CN 2004-01-15/..
}

func ExampleOrg_Founders() {
	o, _ := orgs.Lookup(orgs.SCO)
	fmt.Println(slices.Collect(o.Founders()))
	fmt.Println(o.Founded, o.FoundingPlace)
	// Output:
	// [CN KG KZ RU TJ UZ]
	// 2001-06-15 Shanghai
}

func ExampleID_IsValid() {
	fmt.Println(orgs.SCO.IsValid(), orgs.ID("sco").IsValid(), orgs.ID("ANZUS").IsValid())
	// Output: true false false
}

func ExampleParse_errors() {
	_, err := orgs.Parse("Warsaw Pact")
	fmt.Println(err)
	// Output: igo: unknown organization "Warsaw Pact"
}
