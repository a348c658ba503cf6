package norm

import "testing"

func TestKey(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Shanghai Cooperation Organisation", "shanghai cooperation organization", true},
		{"  Turkic-Speaking   States ", "turkic speaking states", true},
		{"Confidence_Building\tMeasures", "confidence building measures", true},
		{"ORGANISATIONS", "organizations", true},
		{"Crisis Stabilisation isation", "crisis stabilization ization", true},
		{"Is-ation Bis_ation", "is ation bis ation", true},
		{"Türkiye", "türkiye", true},
		{"", "", false},
		{" - ", "", false},
		{"a\x00b", "", false},
		{"a\nb", "", false},
		{string(make([]byte, 201)), "", false},
	}
	for _, tt := range tests {
		got, ok := Key(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Key(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	// Append keeps what dst held before, also on failure.
	b, ok := Append([]byte("x:"), "\x01")
	if ok || string(b) != "x:" {
		t.Errorf("Append on bad input = %q, %v, want %q, false", b, ok, "x:")
	}
}
