package dates

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in     string
		want   uint32
		reason string
	}{
		{"2024", 20240000, ""},
		{"2024-02", 20240200, ""},
		{"2024-02-29", 20240229, ""},
		{"2023-02-29", 0, "day out of range"},
		{"2024-12-32", 0, "day out of range"},
		{"2024-00-10", 0, "month out of range"},
		{"0000-01-01", 0, "year out of range"},
		{"2024-1-01", 0, "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"abcd", 0, "want YYYY, YYYY-MM or YYYY-MM-DD"},
	}
	for _, tt := range tests {
		got, reason := Parse(tt.in)
		if got != tt.want || reason != tt.reason {
			t.Errorf("Parse(%q) = %d, %q, want %d, %q", tt.in, got, reason, tt.want, tt.reason)
		}
	}
}

func TestValid(t *testing.T) {
	for _, d := range [][3]int{{2024, 0, 0}, {2024, 2, 0}, {2024, 2, 29}, {1, 1, 1}, {9999, 12, 31}} {
		if !Valid(d[0], d[1], d[2]) {
			t.Errorf("Valid%v = false, want true", d)
		}
	}
	for _, d := range [][3]int{{0, 1, 1}, {10000, 1, 1}, {2024, 0, 1}, {2023, 2, 29}, {2024, 13, 0}, {2024, -1, 0}, {2024, 1, -1}} {
		if Valid(d[0], d[1], d[2]) {
			t.Errorf("Valid%v = true, want false", d)
		}
	}
	if DaysIn(1900, 2) != 28 || DaysIn(2000, 2) != 29 || DaysIn(2024, 4) != 30 || DaysIn(2024, 1) != 31 {
		t.Error("DaysIn is wrong for February or a 30-day month")
	}
}

func TestStart(t *testing.T) {
	for in, want := range map[uint32]uint32{0: 0, 20250000: 20250101, 20250300: 20250301, 20250315: 20250315, 20251200: 20251201} {
		if got := Start(in); got != want {
			t.Errorf("Start(%d) = %d, want %d", in, got, want)
		}
	}
}

func TestEnd(t *testing.T) {
	for in, want := range map[uint32]uint32{0: 0, 20250000: 20251231, 20250200: 20250228, 20240200: 20240229, 20251200: 20251231, 20250315: 20250315} {
		if got := End(in); got != want {
			t.Errorf("End(%d) = %d, want %d", in, got, want)
		}
	}
}
