// Package norm folds names and codes to the keys that igo's lookups compare,
// so the generator and every Parse function fold input the same way.
package norm

// Append appends to dst the lookup key of s: lower case, with hyphens,
// underscores, tabs and runs of spaces folded to one space, and the British
// "-isation" spelling folded to "-ization". It reports false for empty input,
// input longer than 200 bytes, and control characters.
func Append(dst []byte, s string) ([]byte, bool) {
	if len(s) > 200 {
		return dst, false
	}
	start := len(dst)
	space := false // a separator is pending
	is := false    // "is" was written: "-isation" may need folding
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case 'a' <= b && b <= 'z': // the common case first
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		case b == ' ' || b == '-' || b == '_' || b == '\t':
			space = true
			continue
		case b < 0x20 || b == 0x7f:
			return dst[:start], false
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if b == 's' && len(dst) > start && dst[len(dst)-1] == 'i' {
			is = true
		}
		dst = append(dst, b)
	}
	if len(dst) == start {
		return dst, false
	}
	for i := start; is && i+7 <= len(dst); i++ {
		if string(dst[i:i+7]) == "isation" {
			dst[i+1] = 'z'
		}
	}
	return dst, true
}

// Key returns the lookup key of s, as [Append] computes it.
func Key(s string) (string, bool) {
	b, ok := Append(nil, s)
	return string(b), ok
}
