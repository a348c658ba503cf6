// Package index is the hash index that the member and chair tables use to
// find the rows of one key (an organization and a party, a party alone) in
// constant time, whatever the size of the table.
//
// The generator builds the built-in tables' indexes with this same code and
// writes them out as arrays, so they cost nothing at start-up; NewTable
// builds them for caller tables.
package index

// A Slot locates the rows of one key: [Lo, Hi) in the table it indexes. A
// slot whose Hi is 0 is empty.
type Slot struct{ Lo, Hi uint32 }

// Hash returns the hash of the key (a, b): FNV-1a over a, a 0xff byte (which
// no UTF-8 text contains) and b, with a final mix so that the low bits,
// which pick the slot, depend on every byte.
func Hash(a, b string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	h = (h ^ 0xff) * 16777619
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h
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
func Lookup(slots []Slot, a, b string) Probe {
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
