package chair

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBuiltinIndexes checks that the indexes the generator wrote are the
// ones NewTable builds from the same rows, so the built-in table answers
// exactly as a caller table would.
func TestBuiltinIndexes(t *testing.T) {
	got := indexed(builtin)
	if diff := cmp.Diff(&builtin, got, cmp.AllowUnexported(Table{}, Body{}, Term{})); diff != "" {
		t.Errorf("generated indexes differ from NewTable's (-generated +NewTable):\n%s", diff)
	}
}

func indexed(t Table) *Table {
	t.index()
	return &t
}

// TestZeroTable checks that the zero Table, which has no indexes, is empty.
func TestZeroTable(t *testing.T) {
	var z Table
	if _, ok := z.At("SCO", 20240101); ok {
		t.Error("zero Table: At found a term")
	}
	if _, ok := z.AtBody("SCO", "heads-of-state", 20240101); ok {
		t.Error("zero Table: AtBody found a term")
	}
	for range z.ChairedBy("KZ", 2024) {
		t.Error("zero Table: ChairedBy yields a term")
	}
	for range z.History("SCO") {
		t.Error("zero Table: History yields a term")
	}
}
