package igo_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
)

// The fuzz targets assert properties of every parser: no input panics;
// accepted input round-trips through String and MarshalText; rejected input
// gets a *igo.ParseError that quotes the input and wraps ErrSyntax or
// ErrUnknown. Seeds live in testdata/fuzz/<target>; .ci/fuzz runs each
// target briefly.

// rejected checks the error contract for input in rejected by a parser of what.
func rejected(t *testing.T, what, input string, err error) {
	t.Helper()
	var pe *igo.ParseError
	require.ErrorAs(t, err, &pe, "%s %q", what, input)
	assert.Equal(t, what, pe.What)
	assert.Equal(t, input, pe.Input)
	assert.True(t, errors.Is(err, igo.ErrSyntax) || errors.Is(err, igo.ErrUnknown), "%v wraps neither ErrSyntax nor ErrUnknown", err)
	assert.Contains(t, err.Error(), strconv.Quote(input))
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024", "2024-07", "2024-07-04", "2024-02-29", "2023-02-29", "0000", "9999-12-31", "2024-7-4", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := igo.ParseDate(s)
		if err != nil {
			assert.Zero(t, d)
			rejected(t, "date", s, err)
			assert.ErrorIs(t, err, igo.ErrSyntax)
			return
		}
		require.True(t, d.IsValid(), "ParseDate(%q) = %d, not valid", s, uint32(d))
		assert.Equal(t, s, d.String(), "accepted dates are canonical")
		b, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
		var back igo.Date
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	})
}

func FuzzDateUnmarshalText(f *testing.F) {
	for _, s := range []string{"", "2024", "2022-11", "1996-04-26", "2024-13", "2024-04-31", "２０２４"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := igo.Date(19450624) // must be overwritten on success, kept on failure
		err := d.UnmarshalText(b)
		if err != nil {
			assert.Equal(t, igo.Date(19450624), d, "a failed UnmarshalText changed the Date")
			rejected(t, "date", string(b), err)
			return
		}
		out, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, string(b), string(out))
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2023-07-04/2024-07-04", "2025-09-01/..", "1996/2001-06", "2024/2024", "2024-07/2024", "/..", "2024-01-01", "2024/../..", "../2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := igo.ParsePeriod(s)
		if err != nil {
			assert.Zero(t, p)
			rejected(t, "period", s, err)
			assert.ErrorIs(t, err, igo.ErrSyntax)
			return
		}
		require.True(t, p.From.IsValid(), "ParsePeriod(%q).From = %d", s, uint32(p.From))
		require.True(t, p.To == 0 || p.To.IsValid() && p.To > p.From, "ParsePeriod(%q) = %d/%d", s, uint32(p.From), uint32(p.To))
		require.False(t, p.Empty(), "ParsePeriod(%q) accepted an empty period", s)
		assert.True(t, p.Contains(p.From))
		assert.Equal(t, s, p.String(), "accepted periods are canonical")
		b, err := p.MarshalText()
		require.NoError(t, err)
		var back igo.Period
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, p, back)
	})
}

func FuzzPeriodUnmarshalText(f *testing.F) {
	for _, s := range []string{"2023-07-04/2024-07-04", "2025-09-01/..", "", "/", "2024-02-30/.."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		keep := igo.Period{From: 19450624}
		p := keep
		err := p.UnmarshalText(b)
		if err != nil {
			assert.Equal(t, keep, p, "a failed UnmarshalText changed the Period")
			rejected(t, "period", string(b), err)
			return
		}
		out, err := p.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, string(b), string(out))
	})
}

func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"KZ", "kz", "TRNC", "Kazakhstan", "Republic of Türkiye", "Turkey", "  united   states ", "QQ", "", "K\x00Z", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := igo.ParseCountry(s)
		if err != nil {
			assert.Zero(t, c)
			rejected(t, "country", s, err)
			return
		}
		require.True(t, c.IsValid(), "ParseCountry(%q) = %q, not valid", s, c)
		assert.NotEmpty(t, c.Name())
		assert.NotEqual(t, igo.UnknownParty, c.Kind())
		back, err := igo.ParseCountry(string(c))
		require.NoError(t, err)
		assert.Equal(t, c, back, "a code parses as itself")
		back, err = igo.ParseCountry(c.Name())
		require.NoError(t, err)
		assert.Equal(t, c, back, "a party's name parses as its code")
		var u igo.Country
		require.NoError(t, u.UnmarshalText([]byte(s)))
		assert.Equal(t, c, u)
	})
}
