package member_test

import (
	"fmt"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

func ExampleSpells() {
	// Every spell of India in the SCO: the accession ran beside its observer spell.
	for m := range member.Spells(orgs.SCO) {
		if m.Country == "IN" {
			fmt.Println(m.Tier, m.Period)
		}
	}
	// Output:
	// observer 2005-07-05/2017-06-09
	// accession in progress 2015-07-10/2017-06-09
	// member 2017-06-09/..
}

func ExampleTier_IsProcess() {
	// Belarus was an SCO observer while its accession was under way.
	for m := range member.Of(orgs.SCO, igo.Date(20240101)) {
		if m.Country == "BY" {
			fmt.Println(m.Tier, m.Tier.IsProcess())
		}
	}
	// Output:
	// observer false
	// accession in progress true
}

func ExampleMembership_Standing() {
	m, ok := member.Status(orgs.CSTO, "AM", igo.Date(20250101))
	fmt.Println(m.Tier, m.Standing, m.Period.From, ok)
	// Output: member frozen 2024-02-22 true
}

func ExampleTierOf_unknown() {
	// Unknown organizations, unknown parties and the zero Date all give None.
	fmt.Println(member.TierOf("ANZUS", "KZ", igo.Date(20240101)))
	fmt.Println(member.TierOf(orgs.SCO, "QQ", igo.Date(20240101)))
	fmt.Println(member.TierOf(orgs.SCO, "KZ", 0))
	// Reduced precision: a year stands for its first day.
	fmt.Println(member.TierOf(orgs.SCO, "IN", igo.Date(20170000)))
	// Output:
	// none
	// none
	// none
	// observer
}
