// Package dates parses and checks the decimal yyyymmdd dates of igo.Date, for
// igo itself and for the generator (which must not import generated packages).
package dates

// Parse parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into yyyymmdd with zero month
// and day for reduced precision. On failure it returns a reason.
func Parse(s string) (uint32, string) {
	const forms = "want YYYY, YYYY-MM or YYYY-MM-DD"
	switch len(s) {
	case 4, 7, 10:
	default:
		return 0, forms
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	y, ok := num(s[:4])
	if !ok {
		return 0, forms
	}
	var m, d int
	if len(s) >= 7 {
		if s[4] != '-' {
			return 0, forms
		}
		if m, ok = num(s[5:7]); !ok {
			return 0, forms
		}
		if m == 0 || m > 12 {
			return 0, "month out of range"
		}
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return 0, forms
		}
		if d, ok = num(s[8:10]); !ok {
			return 0, forms
		}
	}
	if y == 0 {
		return 0, "year out of range"
	}
	if len(s) == 10 && (d == 0 || d > DaysIn(y, m)) {
		return 0, "day out of range"
	}
	return uint32(y*10000 + m*100 + d), ""
}

// Valid reports whether y-m-d is a date at year (m = d = 0), month (d = 0) or day precision.
func Valid(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 {
		return false
	}
	if m == 0 {
		return d == 0
	}
	return d <= DaysIn(y, m)
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Start returns the first day a date covers: 2025 → 2025-01-01, 2025-03 →
// 2025-03-01. Reduced-precision dates take effect at the start of their year
// or month, so periods are compared on their starts; the zero date stays zero.
func Start(d uint32) uint32 {
	if d == 0 {
		return 0
	}
	if d/100%100 == 0 {
		d += 100
	}
	if d%100 == 0 {
		d++
	}
	return d
}

// End returns the last day a date covers: 2025 → 2025-12-31, 2025-02 →
// 2025-02-28; a day is its own end and the zero date stays zero. A date
// checked "through 2025-12" was checked through 2025-12-31.
func End(d uint32) uint32 {
	y, m := int(d/10000), int(d/100%100)
	switch {
	case d == 0 || d%100 != 0:
		return d
	case m == 0:
		return d + 1231
	}
	return d + uint32(DaysIn(y, m))
}
