package member

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBuiltinIndexes checks that the indexes the generator wrote are the
// ones NewTable builds from the same rows, so the built-in table answers
// exactly as a caller table would.
func TestBuiltinIndexes(t *testing.T) {
	got := newTable(builtin.rows)
	if diff := cmp.Diff(&builtin, got, cmp.AllowUnexported(Table{}, Membership{})); diff != "" {
		t.Errorf("generated indexes differ from NewTable's (-generated +NewTable):\n%s", diff)
	}
}

// TestZeroTable checks that the zero Table, which has no indexes, is empty.
func TestZeroTable(t *testing.T) {
	var z Table
	if got := z.TierOf("SCO", "KZ", 20240101); got != None {
		t.Errorf("zero Table: TierOf = %v, want none", got)
	}
	for range z.Of("SCO", 20240101) {
		t.Error("zero Table: Of yields a spell")
	}
	for range z.OfCountry("KZ", 20240101) {
		t.Error("zero Table: OfCountry yields a spell")
	}
	for range z.History("SCO", "KZ") {
		t.Error("zero Table: History yields a spell")
	}
}
