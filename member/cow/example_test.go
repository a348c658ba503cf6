package cow_test

import (
	"fmt"

	"github.com/igodata/igo/member/cow"
)

// Load a directory of COW files (here a small made-up fixture) and query it
// like any member.Table.
func ExampleLoad() {
	d, err := cow.Load("testdata/small")
	if err != nil {
		fmt.Println(err)
		return
	}
	o, _ := d.Lookup("aralsea")
	fmt.Println(o.ID, o.LongName, o.Start)
	for m := range d.Table().History(o.ID, "US") {
		fmt.Println(m.Period, m.Tier)
	}
	// Output:
	// ARALSEA International Fund for Saving the Aral Sea (IFAS) 1997
	// 1997/1999 observer
	// 1999/2000 unknown
	// 2000/2001 associate member
	// 2002/.. associate member
}

func ExampleParty() {
	for _, year := range []int{1991, 1992} {
		c, _ := cow.Party(365, year)
		fmt.Println(year, c, c.Kind())
	}
	c, _ := cow.Party(267, 1850)
	fmt.Println(c, cow.StateName(c), c.Kind())
	// Output:
	// 1991 SUHH former state
	// 1992 RU state
	// COW-267 Baden unknown
}
