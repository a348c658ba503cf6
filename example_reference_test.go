package igo_test

import (
	"fmt"
	"time"

	"github.com/igodata/igo"
)

func ExampleNewDate() {
	day, _ := igo.NewDate(2024, time.July, 4)
	month, _ := igo.NewDate(2022, time.November, 0) // known to the month
	year, _ := igo.NewDate(1996, 0, 0)              // known to the year
	_, err := igo.NewDate(2023, time.February, 29)
	fmt.Println(day, month, year)
	fmt.Println(err != nil)
	// Output:
	// 2024-07-04 2022-11 1996
	// true
}

func ExampleDate_Precision() {
	for _, s := range []string{"2024-07-04", "2022-11", "1996"} {
		d, _ := igo.ParseDate(s)
		fmt.Println(d, d.Precision(), d.Year(), int(d.Month()), d.Day())
	}
	var zero igo.Date
	fmt.Printf("%q %v %v\n", zero.String(), zero.Precision(), zero.IsZero())
	// Output:
	// 2024-07-04 day 2024 7 4
	// 2022-11 month 2022 11 0
	// 1996 year 1996 0 0
	// "" none true
}

func ExampleDateOf() {
	t := time.Date(2024, time.July, 4, 23, 30, 0, 0, time.UTC)
	fmt.Println(igo.DateOf(t))
	// Output: 2024-07-04
}

func ExampleParsePeriod() {
	p, _ := igo.ParsePeriod("2023-07-04/2024-07-04")
	open, _ := igo.ParsePeriod("2025-09-01/..")
	fmt.Println(p, p.IsOpen())
	fmt.Println(open, open.IsOpen())
	_, err := igo.ParsePeriod("2024/2023")
	fmt.Println(err != nil)
	// Output:
	// 2023-07-04/2024-07-04 false
	// 2025-09-01/.. true
	// true
}

func ExamplePeriod_Overlaps() {
	kz, _ := igo.ParsePeriod("2023-07-04/2024-07-04") // Kazakhstan's SCO chairmanship
	fmt.Println(kz.Overlaps(igo.Year(2024)), kz.Overlaps(igo.Year(2025)))
	// Output: true false
}

func ExampleCountry_Kind() {
	for _, c := range []igo.Country{"KZ", "TRNC", "OSCE", "QQ"} {
		fmt.Printf("%s %q %v\n", c, c.Name(), c.Kind())
	}
	// Output:
	// KZ "Kazakhstan" state
	// TRNC "Turkish Republic of Northern Cyprus" limited recognition
	// OSCE "Organization for Security and Co-operation in Europe" organization
	// QQ "" unknown
}
