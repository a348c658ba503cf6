package cow

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadStateYear reads only the state-year file (15,557 rows × 537
// columns) into spells, with the organizations already read: the issue's
// target is under 1 s and 100 MB for this file.
func BenchmarkReadStateYear(b *testing.B) {
	dir := os.Getenv("IGO_COW_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data", "cow-igo-v3")
	}
	sy, err := os.ReadFile(filepath.Join(dir, StateYearFile))
	if err != nil {
		b.Skipf("COW IGO v3 files not found in %s (set IGO_COW_DIR): %v", dir, err)
	}
	iy, err := os.ReadFile(filepath.Join(dir, IGOYearFile))
	if err != nil {
		b.Fatal(err)
	}
	list, err := readOrgs(bytes.NewReader(iy))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(sy)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, _, err := readStateYear(bytes.NewReader(sy), list); err != nil {
			b.Fatal(err)
		}
	}
}
