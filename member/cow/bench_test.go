package cow_test

import (
	"testing"

	"github.com/igodata/igo/member/cow"
)

// BenchmarkLoad loads the full published files (target: under 1 s and 100 MB).
func BenchmarkLoad(b *testing.B) {
	dir := cowDir(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cow.Load(dir); err != nil {
			b.Fatal(err)
		}
	}
}
