package member_test

import (
	"fmt"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

func ExampleTierOf() {
	// Belarus became a full SCO member at the Astana summit of 4 July 2024.
	for _, d := range []igo.Date{20240703, 20240704} {
		fmt.Println(d, member.TierOf(orgs.SCO, "BY", d))
	}
	// Output:
	// 2024-07-03 observer
	// 2024-07-04 member
}

func ExampleOf() {
	for m := range member.Of(orgs.OTS, 20230101) {
		fmt.Println(m.Country, m.Tier, m.Period.From)
	}
	// Output:
	// AZ member 2009-10-03
	// HU observer 2018-09-03
	// KG member 2009-10-03
	// KZ member 2009-10-03
	// TM observer 2021-11-12
	// TR member 2009-10-03
	// TRNC observer 2022-11-11
	// UZ member 2019-10-15
}

func ExampleStatus() {
	m, _ := member.Status(orgs.CSTO, "AM", 20250101)
	fmt.Println(m.Tier, m.Standing, m.Period.From)
	// Output: member frozen 2024-02-22
}

func ExampleHistory() {
	for m := range member.History(orgs.CSTO, "UZ") {
		fmt.Println(m.Period, m.Tier, m.Standing)
	}
	// Output:
	// 1992-05-15/1999-04-20 member active
	// 2006-06-23/2012-06-28 member active
	// 2012-06-28/2012-12-19 member suspended
}

func ExampleOfCountry() {
	for m := range member.OfCountry("TRNC", 20240101) {
		fmt.Println(m.Org, m.Tier)
	}
	// Output:
	// ECO observer
	// OIC observer
	// OTS observer
}

func ExampleNewTable() {
	tab, err := member.NewTable([]member.Membership{
		{Org: "G5", Country: "FR", Tier: member.Member, Period: igo.Period{From: 19750000}},
		{Org: "G5", Country: "IT", Tier: member.Member, Period: igo.Period{From: 19750000}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tab.TierOf("G5", "IT", 19800101), tab.TierOf("G5", "IT", 19740101))
	// Output: member none
}

func ExampleParseTier() {
	t, err := member.ParseTier("dialogue-partner")
	fmt.Println(t, err)
	_, err = member.ParseTier("friend")
	fmt.Println(err)
	// Output:
	// dialogue partner <nil>
	// igo: unknown tier "friend": want member, associate member, observer, dialogue partner, partner, accession in progress, applicant, unknown or none
}
