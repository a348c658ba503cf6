// Package index is the hash index that the member and chair tables use to
// find the rows of one key (an organization and a party, a party alone) in
// constant time, whatever the size of the table.
//
// The generator builds the built-in tables' indexes with this same code and
// writes them out as arrays, so they cost nothing at start-up; NewTable
// builds them for caller tables.
package index

import "math/bits"

// A Slot locates the rows of one key: [Lo, Hi) in the table it indexes. A
// slot whose Hi is 0 is empty.
type Slot struct{ Lo, Hi uint32 }

// Hash returns the hash of the key (a, b). It reads each part eight bytes at
// a time (a byte at a time, a key as long as a body ID cost more than the
// rest of a lookup) and folds in its length, so that ("ab", "c") and ("a",
// "bc") differ; a final mix makes the low bits, which pick the slot, depend
// on every byte. The first part may be a byte slice, so that a caller can
// look up a key it built in a buffer without converting it to a string
// (which may allocate).
func Hash[A ~string | ~[]byte](a A, b string) uint32 {
	return final(hashPart(hashPart(seed, a), b))
}

const (
	seed = 0x9e3779b97f4a7c15
	m1   = 0xff51afd7ed558ccd
	m2   = 0xc4ceb9fe1a85ec53
)

// mix folds the word w into h.
func mix(h, w uint64) uint64 { return bits.RotateLeft64((h^w)*m1, 29) }

// final mixes the high bits of h into the low ones (MurmurHash3's finalizer).
func final(h uint64) uint32 {
	h ^= h >> 33
	h *= m1
	h ^= h >> 33
	h *= m2
	h ^= h >> 33
	return uint32(h)
}

// hashPart folds s into h: its whole words, then its last len(s)%8 bytes,
// read with at most two loads (overlapping for 5 to 7 bytes), and its length.
func hashPart[S ~string | ~[]byte](h uint64, s S) uint64 {
	n := uint64(len(s))
	for ; len(s) >= 8; s = s[8:] {
		h = mix(h, uint64(s[0])|uint64(s[1])<<8|uint64(s[2])<<16|uint64(s[3])<<24|
			uint64(s[4])<<32|uint64(s[5])<<40|uint64(s[6])<<48|uint64(s[7])<<56)
	}
	var w uint64
	switch k := len(s); {
	case k >= 4:
		w = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			(uint64(s[k-4])|uint64(s[k-3])<<8|uint64(s[k-2])<<16|uint64(s[k-1])<<24)<<32
	case k > 0:
		w = uint64(s[0]) | uint64(s[k/2])<<8 | uint64(s[k-1])<<16
	}
	return mix(h^n, w)
}

// Build returns the hash table of a list of n rows in which rows with equal
// keys are adjacent. key(i) returns row i's key, or ok false to leave the
// row out. Each run of adjacent rows with one key gets one slot. It walks
// the rows twice, counting the runs and then placing them, rather than
// collecting them: the table is its only allocation.
func Build(n int, key func(i int) (a, b string, ok bool)) []Slot {
	runs := 0
	eachRun(n, key, func(string, string, uint32, uint32) { runs++ })
	slots := New(runs)
	eachRun(n, key, func(a, b string, lo, hi uint32) { Insert(slots, a, b, lo, hi) })
	return slots
}

// New returns an empty hash table for the given number of keys: a
// power-of-two length at least twice that, so that probes stay short, or
// nil for no keys. Fill it with [Insert], once per key.
func New(keys int) []Slot {
	if keys == 0 {
		return nil
	}
	size := 2
	for size < 2*keys {
		size *= 2
	}
	return make([]Slot, size)
}

// Insert records in slots, made by [New], that the rows of the key (a, b)
// are [lo, hi), with hi > lo.
func Insert(slots []Slot, a, b string, lo, hi uint32) {
	mask := uint32(len(slots) - 1)
	i := Hash(a, b) & mask
	for slots[i].Hi != 0 {
		i = (i + 1) & mask
	}
	slots[i] = Slot{lo, hi}
}

// eachRun calls f with the key and extent [lo, hi) of each run of adjacent
// rows with one key, in order.
func eachRun(n int, key func(i int) (a, b string, ok bool), f func(a, b string, lo, hi uint32)) {
	var a, b string
	lo, hi := 0, 0 // the current run; none while lo == hi
	for i := range n {
		x, y, ok := key(i)
		if !ok {
			continue
		}
		if hi > lo && hi == i && x == a && y == b {
			hi++
			continue
		}
		if hi > lo {
			f(a, b, uint32(lo), uint32(hi))
		}
		a, b, lo, hi = x, y, i, i+1
	}
	if hi > lo {
		f(a, b, uint32(lo), uint32(hi))
	}
}

// A Probe walks the slots where a key may be, from the slot its hash
// picks to the first empty one. Its methods are small enough to inline, so
// a lookup costs no function call.
type Probe struct {
	slots []Slot
	i     uint32
}

// Lookup returns a probe for the key (a, b) in slots.
func Lookup[A ~string | ~[]byte](slots []Slot, a A, b string) Probe {
	if len(slots) == 0 {
		return Probe{}
	}
	return Probe{slots, Hash(a, b) & uint32(len(slots)-1)}
}

// Slot returns the slot under the probe. Its Hi is 0 when the probe has
// reached an empty slot: the key is absent. Otherwise the caller checks
// whether row Lo has the key (a slot locates a run of rows of one key) and
// if not calls Next.
func (p *Probe) Slot() Slot {
	if len(p.slots) == 0 {
		return Slot{}
	}
	return p.slots[p.i]
}

// Next moves the probe to the next slot.
func (p *Probe) Next() { p.i = (p.i + 1) & uint32(len(p.slots)-1) }
