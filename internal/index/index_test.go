package index

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// find returns the slot of (a, b), asking match whether a slot's rows have that key.
func find(slots []Slot, a, b string, match func(lo uint32) bool) (Slot, bool) {
	for p := Lookup(slots, a, b); ; p.Next() {
		s := p.Slot()
		if s.Hi == 0 {
			return Slot{}, false
		}
		if match(s.Lo) {
			return s, true
		}
	}
}

func TestBuildFind(t *testing.T) {
	// Rows sorted by key, with runs of equal keys and rows left out.
	type row struct{ a, b string }
	var rows []row
	for i := range 300 {
		for j := range i % 4 {
			rows = append(rows, row{fmt.Sprintf("ORG%d", i), fmt.Sprintf("C%d", j/2)})
		}
	}
	skip := func(r row) bool { return r.a == "ORG7" }
	slots := Build(len(rows), func(i int) (string, string, bool) { return rows[i].a, rows[i].b, !skip(rows[i]) })
	require.NotEmpty(t, slots)
	assert.Zero(t, len(slots)&(len(slots)-1), "len(slots) = %d, want a power of two", len(slots))
	for lo := 0; lo < len(rows); {
		hi := lo + 1
		for hi < len(rows) && rows[hi] == rows[lo] {
			hi++
		}
		r := rows[lo]
		s, ok := find(slots, r.a, r.b, func(i uint32) bool { return rows[i] == r })
		if skip(r) {
			assert.False(t, ok, "Find(%v) found a row left out", r)
		} else {
			assert.True(t, ok, "Find(%v)", r)
			assert.Equal(t, Slot{uint32(lo), uint32(hi)}, s, "Find(%v)", r)
		}
		lo = hi
	}
	_, ok := find(slots, "ORG1", "C9", func(i uint32) bool { return rows[i] == row{"ORG1", "C9"} })
	assert.False(t, ok, "Find of an absent key")
}

func TestEmpty(t *testing.T) {
	assert.Nil(t, Build(0, nil))
	_, ok := find(nil, "a", "b", func(uint32) bool { return true })
	assert.False(t, ok)
}

func TestHashSeparatesParts(t *testing.T) {
	// The separator keeps ("ab", "c") and ("a", "bc") apart.
	assert.NotEqual(t, Hash("ab", "c"), Hash("a", "bc"))
	assert.Equal(t, Hash("SCO", "KZ"), Hash("SCO", "KZ"))
}

func TestHashOfBytes(t *testing.T) {
	for _, k := range []string{"", "SCO", "12345678", "shanghai cooperation organization"} {
		assert.Equal(t, Hash(k, ""), Hash([]byte(k), ""), "Hash of %q", k)
	}
}

// TestHashSpreads checks that the slot bits of the hash spread keys shaped
// like the tables' (an ID and a party code) evenly: no bucket of a
// 1,024-slot table holds many more than the average of 4.
func TestHashSpreads(t *testing.T) {
	var buckets [1024]int
	for i := range 4096 {
		buckets[Hash(fmt.Sprintf("IGO%03d", i/8), fmt.Sprintf("C%d", i%8))&1023]++
	}
	for i, n := range buckets {
		require.Less(t, n, 16, "bucket %d", i)
	}
}
