package cow_test

import (
	"os"
	"path/filepath"
	"testing"
)

// cowDir returns the directory of the published COW IGO v3 files: $IGO_COW_DIR,
// or ../shared/data/cow-igo-v3 relative to the repository root. It skips the
// test when the directory is absent; .ci/run sets IGO_COW_DIR so CI never skips.
func cowDir(tb testing.TB) string {
	dir := os.Getenv("IGO_COW_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "cow-igo-v3")
	}
	if _, err := os.Stat(filepath.Join(dir, "state_year_formatv3.csv")); err != nil {
		tb.Skipf("COW IGO v3 files not found in %s (set IGO_COW_DIR): %v", dir, err)
	}
	return dir
}
