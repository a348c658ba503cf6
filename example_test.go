package igo_test

import (
	"errors"
	"fmt"

	"github.com/igodata/igo"
)

func ExampleParseDate() {
	for _, s := range []string{"2024-07-04", "2022-11", "1996"} {
		d, _ := igo.ParseDate(s)
		fmt.Println(d, d.Precision())
	}
	// Output:
	// 2024-07-04 day
	// 2022-11 month
	// 1996 year
}

func ExampleParseDate_errors() {
	_, err := igo.ParseDate("2023-02-29")
	fmt.Println(err)
	fmt.Println(errors.Is(err, igo.ErrSyntax))
	// Output:
	// igo: malformed date "2023-02-29": day out of range
	// true
}

func ExamplePeriod_Contains() {
	// Kazakhstan chaired the SCO from the summit of 4 July 2023 to the Astana
	// summit of 4 July 2024, where China took over.
	term := igo.Period{From: 20230704, To: 20240704}
	fmt.Println(term.Contains(20240703), term.Contains(20240704))
	// Output: true false
}

func ExampleYear() {
	fmt.Println(igo.Year(2024))
	// Output: 2024-01-01/2025-01-01
}

func ExampleParseCountry() {
	for _, s := range []string{"kz", "Turkey", "Northern Cyprus", "Atlantis"} {
		c, err := igo.ParseCountry(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Name(), c.Kind())
	}
	// Output:
	// KZ Kazakhstan state
	// TR Türkiye state
	// TRNC Turkish Republic of Northern Cyprus limited recognition
	// igo: unknown country "Atlantis"
}
