package timeline_test

import (
	"fmt"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func ExampleEvent_Term() {
	f := timeline.Filter{Org: orgs.SCO, Period: igo.Period{From: 20240704, To: 20240705}}
	for e := range timeline.Select(f) {
		if t, ok := e.Term(); ok {
			fmt.Println(e.Kind, t.Country, t.Period)
		}
	}
	// Output: chair taken CN 2024-07-04/2025-09-01
}

func ExampleEvent_Membership() {
	f := timeline.Filter{Org: orgs.CSTO, Country: "UZ"}
	for e := range timeline.Select(f) {
		if m, ok := e.Membership(); ok {
			fmt.Println(e.Date, e.Kind, m.Tier, m.Period)
		}
	}
	// Output:
	// 1992-05-15 joined member 1992-05-15/1999-04-20
	// 1999-04-20 left member 1992-05-15/1999-04-20
	// 2006-06-23 joined member 2006-06-23/2012-06-28
	// 2012-06-28 standing changed member 2012-06-28/2012-12-19
	// 2012-12-19 left member 2012-06-28/2012-12-19
}

func ExampleNewTable() {
	ms, _ := member.NewTable([]member.Membership{
		{Org: "G20", Country: "AU", Tier: member.Member, Period: igo.Period{From: 19990000}},
	})
	cs, _ := chair.NewTable(nil, nil)
	extra := []timeline.Event{{Date: 19990000, Kind: timeline.Founded, Org: "G20", Title: "G20 founded"}}
	t, err := timeline.NewTable(ms, cs, extra)
	if err != nil {
		fmt.Println(err)
		return
	}
	for e := range t.All() {
		fmt.Println(e.Date, e.Kind, e.Title)
	}
	// Output:
	// 1999 founded G20 founded
	// 1999 joined Australia joins as member
}
