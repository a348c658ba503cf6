package orgs

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo/internal/index"
)

// TestNameSlots checks that the hash index the generator wrote for
// nameIndex is the one index.Build makes of it, and that Parse finds every
// key through it and nothing for a key one byte off.
func TestNameSlots(t *testing.T) {
	built := index.Build(len(nameIndex), func(i int) (string, string, bool) { return nameIndex[i].key, "", true })
	require.Equal(t, built, nameSlots)
	for _, k := range nameIndex {
		id, err := Parse(k.key)
		require.NoError(t, err, "Parse(%q)", k.key)
		assert.Equal(t, k.id, id, "Parse(%q)", k.key)
		if _, isKey := slices.BinarySearchFunc(nameIndex[:], k.key+"x", func(n nameKey, s string) int { return strings.Compare(n.key, s) }); !isKey {
			_, err = Parse(k.key + "x")
			assert.Error(t, err, "Parse(%q)", k.key+"x")
		}
	}
}
