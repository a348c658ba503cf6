package source

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeError matches every message Decode gives: empty input, an unknown
// field (named), or a position in the input.
var decodeError = regexp.MustCompile(`^(empty document|json: unknown field ".*"|line \d+, column \d+: .+)`)

// FuzzDecode feeds organization files to the strict decoder and the
// validator. No input may panic; a rejected document's error names the
// field or the line and column; an accepted one survives a JSON round trip
// unchanged; and Validate reports each problem with file, record and field.
func FuzzDecode(f *testing.F) {
	valid, err := os.ReadFile(filepath.Join("testdata", "valid.json"))
	require.NoError(f, err)
	f.Add(valid)
	for _, s := range []string{``, `{}`, `{"id": "XO"}`, `{"id": 5}`, `{"nmae": "x"}`, `{"id": "A"} {}`, `[]`, `null`, `{"memberships": [{"party": "KZ", "from": "2024-02-30"}]}`} {
		f.Add([]byte(s))
	}
	base := &Data{}
	data := filepath.Join("..", "data")
	for name, v := range map[string]any{"countries.json": &base.Countries, "parties.json": &base.Parties} {
		b, err := os.ReadFile(filepath.Join(data, name))
		require.NoError(f, err)
		require.NoError(f, Decode(b, v))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var file File
		if err := Decode(b, &file); err != nil {
			assert.Regexp(t, decodeError, err.Error())
			return
		}
		out, err := json.Marshal(&file)
		require.NoError(t, err)
		var back File
		require.NoError(t, Decode(out, &back), "re-decoding %s", out)
		if diff := cmp.Diff(file, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("JSON round trip changed the file (-first +second):\n%s", diff)
		}
		file.Path = "internal/data/orgs/xo.json"
		d := *base
		d.Orgs = []*File{&file}
		for _, p := range Validate(&d) {
			var prob *Problem
			if errors.As(p, &prob) {
				assert.NotEmpty(t, prob.File)
				assert.NotEmpty(t, prob.Record)
				assert.NotEmpty(t, prob.Msg)
			}
		}
	})
}
