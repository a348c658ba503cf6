package timeline_test

import (
	"fmt"

	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func ExampleSelect() {
	f := timeline.Filter{Org: orgs.SCO, Country: "BY"}
	for e := range timeline.Select(f) {
		fmt.Println(e.Date, e.Kind, e.Title)
	}
	// Output:
	// 2010 joined Belarus joins as dialogue partner
	// 2015-07-10 tier changed Belarus moves from dialogue partner to observer
	// 2022-09-16 process began Belarus: accession in progress
	// 2024-07-04 tier changed Belarus moves from observer to member
}

func ExampleSelect_period() {
	f := timeline.Filter{Org: orgs.CSTO, Period: igo.Period{From: 19990000, To: 20000000}}
	for e := range timeline.Select(f) {
		fmt.Println(e.Date, e.Kind, e.Country)
	}
	// Output:
	// 1999-04-02 treaty RU
	// 1999-04-20 left AZ
	// 1999-04-20 left GE
	// 1999-04-20 left UZ
}
