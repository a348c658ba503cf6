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
