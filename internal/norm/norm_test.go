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

// reference is Append one byte at a time, the plain statement of the rules,
// against which the word-at-a-time Append is checked.
func reference(s string) (string, bool) {
	if len(s) > 200 {
		return "", false
	}
	var dst []byte
	space := false
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		case b == ' ' || b == '-' || b == '_' || b == '\t':
			space = true
			continue
		case b < 0x20 || b == 0x7f:
			return "", false
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, b)
	}
	if len(dst) == 0 {
		return "", false
	}
	for i := 0; i+7 <= len(dst); i++ {
		if string(dst[i:i+7]) == "isation" {
			dst[i+1] = 'z'
		}
	}
	return string(dst), true
}

func TestKeyWords(t *testing.T) {
	// Inputs that cross the eight-byte words at every offset, with the
	// separators, "isation" and non-ASCII bytes on both sides of a boundary.
	parts := []string{"Organisation", "ORGANISATIONS", "is", "ation", "  ", " ", "-", "_", "\t", "Türkiye",
		"Co-operation", "a", "Zz", "@[`{", "\x7f", "\x1f", "isation", "I", "Sation", "abcdefgh"}
	for _, a := range parts {
		for _, b := range parts {
			for pad := range 9 {
				s := "Shanghai"[:pad] + a + b + a
				got, ok := Key(s)
				want, wantOK := reference(s)
				if got != want || ok != wantOK {
					t.Errorf("Key(%q) = %q, %v, want %q, %v", s, got, ok, want, wantOK)
				}
			}
		}
	}
}

func FuzzKey(f *testing.F) {
	f.Add("Shanghai Cooperation Organisation")
	f.Add("  Turkic-Speaking   States ")
	f.Add("ORGANISATIONS of the is-ation")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := Key(s)
		want, wantOK := reference(s)
		if got != want || ok != wantOK {
			t.Errorf("Key(%q) = %q, %v, want %q, %v", s, got, ok, want, wantOK)
		}
	})
}
