package member_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/member"
)

// FuzzParseTier checks that no input panics, that an accepted tier
// round-trips through String, MarshalText and UnmarshalText, and that a
// rejected input's error quotes it and wraps ErrSyntax or ErrUnknown.
func FuzzParseTier(f *testing.F) {
	for _, s := range []string{"member", "associate member", "associate", "dialogue-partner", "Dialogue Partner", "acceding", "accession in progress", "applicant", "none", "friend", "", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tier, err := member.ParseTier(s)
		if err != nil {
			assert.Equal(t, member.None, tier)
			var pe *igo.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "tier", pe.What)
			assert.Equal(t, s, pe.Input)
			assert.True(t, errors.Is(err, igo.ErrSyntax) || errors.Is(err, igo.ErrUnknown), "%v", err)
			assert.Contains(t, err.Error(), strconv.Quote(s))
			return
		}
		back, err := member.ParseTier(tier.String())
		require.NoError(t, err)
		assert.Equal(t, tier, back)
		b, err := tier.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tier.String(), string(b))
		var u member.Tier
		require.NoError(t, u.UnmarshalText(b))
		assert.Equal(t, tier, u)
	})
}
