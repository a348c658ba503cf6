package orgs_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
)

// FuzzParse checks that no input panics, that what Parse accepts is a
// built-in organization whose ID, acronym and name parse back to it, and that
// a rejected input's error quotes it and wraps ErrSyntax or ErrUnknown.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"SCO", "sco", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation", "Turkic Council", "IFSO", "  organization  of turkic-states ", "Warsaw Pact", "", "S\x00CO", "\xffSCO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := orgs.Parse(s)
		var u orgs.ID
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			assert.Zero(t, id)
			var pe *igo.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "organization", pe.What)
			assert.Equal(t, s, pe.Input)
			assert.True(t, errors.Is(err, igo.ErrSyntax) || errors.Is(err, igo.ErrUnknown), "%v", err)
			assert.Contains(t, err.Error(), strconv.Quote(s))
			assert.Equal(t, err.Error(), uerr.Error())
			return
		}
		require.NoError(t, uerr)
		assert.Equal(t, id, u)
		o, ok := orgs.Lookup(id)
		require.True(t, ok, "Parse(%q) = %q, which Lookup does not know", s, id)
		require.True(t, id.IsValid())
		for _, back := range []string{string(id), o.Acronym, o.Name} {
			got, err := orgs.Parse(back)
			require.NoError(t, err)
			assert.Equal(t, id, got, "Parse(%q)", back)
		}
	})
}
