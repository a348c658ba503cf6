package cow_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/igodata/igo/member"
	"github.com/igodata/igo/member/cow"
)

// FuzzRead feeds the reader arbitrary file contents: it must not panic, every
// error must be a *ParseError, and a dataset it accepts must hold only
// well-formed organizations and spells. The seed corpus is testdata/fuzz
// plus the small fixtures.
func FuzzRead(f *testing.F) {
	sy, err := os.ReadFile(filepath.Join("testdata", "small", cow.StateYearFile))
	if err != nil {
		f.Fatal(err)
	}
	iy, err := os.ReadFile(filepath.Join("testdata", "small", cow.IGOYearFile))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sy, iy)
	f.Fuzz(func(t *testing.T, sy, iy []byte) {
		d, err := cow.Read(bytes.NewReader(sy), bytes.NewReader(iy))
		if err != nil {
			var pe *cow.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Read error %v (%T) is not a *ParseError", err, err)
			}
			if d != nil {
				t.Fatal("Read returned a dataset with an error")
			}
			return
		}
		for o := range d.Orgs() {
			if string(o.ID) != strings.ToUpper(o.Abbr) {
				t.Errorf("org %q has ID %q", o.Abbr, o.ID)
			}
			if got, ok := d.Lookup(o.Abbr); !ok || got != o {
				t.Errorf("Lookup(%q) = %v, %v", o.Abbr, got, ok)
			}
		}
		for m := range d.Table().Spells("") {
			// Spells lie within the years the file covers; only the last year's stay open.
			if m.Tier == member.None || m.Country == "" || m.Period.Empty() || !d.Years().Contains(m.Period.From) ||
				m.Period.To > d.Years().To {
				t.Errorf("bad spell %+v", m)
			}
			if _, ok := d.Lookup(string(m.Org)); !ok {
				t.Errorf("spell of unknown organization %q", m.Org)
			}
		}
	})
}
