// Command all is hello plus one call into every public igo package, for
// the binary-size comparison in BENCHMARKS.md.
package main

import (
	"fmt"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

func main() {
	fmt.Println("hello")
	d := igo.Date(20240705)
	t, _ := chair.At(orgs.SCO, d)
	fmt.Println(t.Country, member.TierOf(orgs.SCO, "BY", d))
	for e := range timeline.Select(timeline.Filter{Org: orgs.SCO, Period: igo.Year(2024)}) {
		fmt.Println(e.Title)
	}
}
