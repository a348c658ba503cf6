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
	for i := 0; i < len(s); {
		// Eight bytes at a time while they need nothing but lower-casing:
		// ASCII, no control character, hyphen or underscore, and no space
		// at either end or beside another, so that separators fold as below.
		if i+8 <= len(s) {
			b := s[i : i+8] // one bounds check for the eight loads, which combine into one
			w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			sp := zeros(w ^ rep(' '))
			if w&rep(0x80) == 0 && less(w, 0x20)|anyZero(w^rep(0x7f))|anyZero(w^rep('-'))|anyZero(w^rep('_')) == 0 &&
				sp&(sp<<8|0x80|0x80<<56) == 0 {
				upper := (w + rep(0x80-'A')) &^ (w + rep(0x80-'Z'-1)) & rep(0x80)
				w |= upper >> 2
				if space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = false
				// An "is" inside the word, or across its start.
				prevI := uint64(0)
				if len(dst) > start && dst[len(dst)-1] == 'i' {
					prevI = 0x80
				}
				if zeros(w^rep('s'))&(zeros(w^rep('i'))<<8|prevI) != 0 {
					is = true
				}
				dst = append(dst, byte(w), byte(w>>8), byte(w>>16), byte(w>>24),
					byte(w>>32), byte(w>>40), byte(w>>48), byte(w>>56))
				i += 8
				continue
			}
		}
		b := s[i]
		i++
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

// rep returns a word of eight bytes b.
func rep(b byte) uint64 { return 0x0101010101010101 * uint64(b) }

// zeros returns w with 0x80 in each byte that is zero in w and 0 elsewhere.
func zeros(w uint64) uint64 {
	return ^((w&rep(0x7f) + rep(0x7f)) | w | rep(0x7f))
}

// anyZero is non-zero if and only if a byte of w is zero; unlike zeros, it
// does not say which.
func anyZero(w uint64) uint64 { return (w - rep(1)) &^ w & rep(0x80) }

// less is non-zero if and only if a byte of w, whose bytes are all ASCII,
// is less than n (n <= 0x80).
func less(w uint64, n byte) uint64 { return (w - rep(n)) &^ w & rep(0x80) }

// Key returns the lookup key of s, as [Append] computes it.
func Key(s string) (string, bool) {
	b, ok := Append(nil, s)
	return string(b), ok
}
