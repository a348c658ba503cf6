package igo_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
)

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in   string
		want igo.Country
	}{
		{"KZ", "KZ"},
		{"kz", "KZ"},
		{" kz ", "KZ"},
		{"Kazakhstan", "KZ"},
		{"KAZAKHSTAN", "KZ"},
		{"Türkiye", "TR"},
		{"Turkey", "TR"},
		{"Republic of Türkiye", "TR"},
		{"Russian Federation", "RU"},
		{"Russia", "RU"},
		{"Iran", "IR"},
		{"Iran, Islamic Republic of", "IR"},
		{"United   Arab-Emirates", "AE"},
		{"TRNC", "TRNC"},
		{"Northern Cyprus", "TRNC"},
		{"UN", "UN"},
		{"United Nations", "UN"},
		{"osce", "OSCE"},
		{"suhh", "SUHH"},
		{"Soviet Union", "SUHH"},
		{"East Germany", "DDDE"},
		{"Yugoslavia", "YUCS"},
	}
	for _, tt := range tests {
		got, err := igo.ParseCountry(tt.in)
		require.NoError(t, err, "ParseCountry(%q)", tt.in)
		assert.Equal(t, tt.want, got, "ParseCountry(%q)", tt.in)
	}
}

func TestParseCountryErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "-", "K\x00Z", string(make([]byte, 300))} {
		_, err := igo.ParseCountry(in)
		assert.ErrorIs(t, err, igo.ErrSyntax, "ParseCountry(%q)", in)
	}
	for _, in := range []string{"QQ", "XK", "Atlantis", "SU", "Kazakstan"} {
		_, err := igo.ParseCountry(in)
		assert.ErrorIs(t, err, igo.ErrUnknown, "ParseCountry(%q)", in)
		var pe *igo.ParseError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, "country", pe.What)
		assert.Equal(t, `igo: unknown country "`+in+`"`, err.Error())
	}
}

func TestCountryMethods(t *testing.T) {
	tests := []struct {
		c     igo.Country
		valid bool
		name  string
		kind  igo.PartyKind
	}{
		{"KZ", true, "Kazakhstan", igo.State},
		{"TR", true, "Türkiye", igo.State},
		{"TRNC", true, "Turkish Republic of Northern Cyprus", igo.LimitedRecognition},
		{"UN", true, "United Nations", igo.Organization},
		{"SUHH", true, "Union of Soviet Socialist Republics", igo.FormerState},
		{"BUMM", false, "", igo.UnknownParty}, // Burma only changed its name: it is MM
		{"kz", false, "", igo.UnknownParty},   // conversions are unchecked
		{"", false, "", igo.UnknownParty},
		{"QQ", false, "", igo.UnknownParty},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.valid, tt.c.IsValid(), "%q.IsValid()", tt.c)
		assert.Equal(t, tt.name, tt.c.Name(), "%q.Name()", tt.c)
		assert.Equal(t, tt.kind, tt.c.Kind(), "%q.Kind()", tt.c)
	}
	for k, s := range map[igo.PartyKind]string{igo.UnknownParty: "unknown", igo.State: "state", igo.LimitedRecognition: "limited recognition", igo.Organization: "organization", igo.FormerState: "former state"} {
		assert.Equal(t, s, k.String())
	}
}

func TestCountryJSON(t *testing.T) {
	var v struct{ C igo.Country }
	require.NoError(t, json.Unmarshal([]byte(`{"C":"kazakhstan"}`), &v))
	assert.Equal(t, igo.Country("KZ"), v.C)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"C":"QQ"}`), &v), igo.ErrUnknown)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, `{"C":"KZ"}`, string(b))
}

func TestParseErrorMessage(t *testing.T) {
	err := &igo.ParseError{What: "date", Input: "2024-13", Err: igo.ErrSyntax, Reason: "month out of range"}
	assert.Equal(t, `igo: malformed date "2024-13": month out of range`, err.Error())
	assert.ErrorIs(t, err, igo.ErrSyntax)
}

func TestDataVersion(t *testing.T) {
	assert.Regexp(t, `^\d{4}\.\d+$`, igo.DataVersion)
}
