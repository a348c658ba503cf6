package orgs_test

import (
	"fmt"

	"github.com/igodata/igo/orgs"
)

func ExampleParse() {
	for _, s := range []string{"IFSO", "Turkic Council", "Shanghai Cooperation Organization", "Warsaw Pact"} {
		id, err := orgs.Parse(s)
		fmt.Println(id, err)
	}
	// Output:
	// IOFS <nil>
	// OTS <nil>
	// SCO <nil>
	//  igo: unknown organization "Warsaw Pact"
}

func ExampleOrg_Names() {
	ots, _ := orgs.Lookup(orgs.OTS)
	for n := range ots.Names() {
		fmt.Println(n.Period, n.Name)
	}
	// Output:
	// 2009-10-03/2021-11-12 Cooperation Council of Turkic Speaking States
	// 2021-11-12/.. Organization of Turkic States
}

func ExampleOrg_NameOn() {
	sco, _ := orgs.Lookup(orgs.SCO)
	n, _ := sco.NameOn(19980101)
	fmt.Println(n.Name)
	// Output: Shanghai Five
}

func ExampleLookup() {
	o, ok := orgs.Lookup(orgs.CSTO)
	fmt.Println(ok, o.Name, o.Founded, o.FoundingPlace)
	// Output: true Collective Security Treaty Organization 2002-10-07 Chisinau
}

func ExampleAll() {
	for o := range orgs.All() {
		fmt.Println(o.ID, o.Founded.Year())
	}
	// Output:
	// APEC 1989
	// ARCTIC 1996
	// ASEAN 1967
	// AU 1963
	// BRICS 2006
	// CARICOM 1973
	// CICA 1999
	// CIS 1991
	// COE 1949
	// CSTO 2002
	// EAEU 2014
	// ECO 1964
	// EU 1958
	// EURASEC 2000
	// G20 1999
	// G7 1975
	// GCC 1981
	// IFAS 1993
	// IOFS 2013
	// MERCOSUR 1991
	// NATO 1949
	// OECD 1961
	// OIC 1969
	// OSCE 1975
	// OTS 2009
	// SAARC 1985
	// SCO 2001
	// UN 1945
	// UNSC 1945
	// V4 1991
}
