package igo_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want igo.Date
		prec igo.Precision
	}{
		{"2024", 20240000, igo.YearPrecision},
		{"2024-07", 20240700, igo.MonthPrecision},
		{"2024-07-04", 20240704, igo.DayPrecision},
		{"2024-02-29", 20240229, igo.DayPrecision}, // leap year
		{"2000-02-29", 20000229, igo.DayPrecision}, // divisible by 400
		{"0001-01-01", 10101, igo.DayPrecision},
		{"9999-12-31", 99991231, igo.DayPrecision},
	}
	for _, tt := range tests {
		got, err := igo.ParseDate(tt.in)
		require.NoError(t, err, "ParseDate(%q)", tt.in)
		assert.Equal(t, tt.want, got, "ParseDate(%q)", tt.in)
		assert.Equal(t, tt.prec, got.Precision(), "ParseDate(%q).Precision()", tt.in)
		assert.Equal(t, tt.in, got.String(), "round trip of %q", tt.in)
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"24", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"2024-7-4", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"2024/07/04", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"2024-07-04T00:00", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{" 2024", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"+024", "want YYYY, YYYY-MM or YYYY-MM-DD"},
		{"0000", "year out of range"},
		{"2024-00", "month out of range"},
		{"2024-13", "month out of range"},
		{"2024-13-01", "month out of range"},
		{"2024-07-00", "day out of range"},
		{"2023-02-29", "day out of range"},
		{"1900-02-29", "day out of range"}, // divisible by 100, not 400
		{"2024-04-31", "day out of range"},
		{"２０２４", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	}
	for _, tt := range tests {
		_, err := igo.ParseDate(tt.in)
		require.Error(t, err, "ParseDate(%q)", tt.in)
		assert.ErrorIs(t, err, igo.ErrSyntax)
		assert.NotErrorIs(t, err, igo.ErrUnknown)
		var pe *igo.ParseError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, "date", pe.What)
		assert.Equal(t, tt.in, pe.Input)
		assert.Equal(t, tt.reason, pe.Reason, "ParseDate(%q)", tt.in)
		assert.Contains(t, err.Error(), `"`+tt.in+`"`, "the message names the bad value")
	}
}

func TestNewDate(t *testing.T) {
	d, err := igo.NewDate(2024, time.July, 4)
	require.NoError(t, err)
	assert.Equal(t, igo.Date(20240704), d)
	d, err = igo.NewDate(1996, 0, 0)
	require.NoError(t, err)
	assert.Equal(t, "1996", d.String())
	for _, bad := range [][3]int{{2024, 2, 30}, {2024, 0, 5}, {0, 1, 1}, {10000, 1, 1}, {2024, 13, 0}, {2024, 1, -1}} {
		_, err := igo.NewDate(bad[0], time.Month(bad[1]), bad[2])
		assert.ErrorIs(t, err, igo.ErrSyntax, "NewDate%v", bad)
	}
}

func TestDateOf(t *testing.T) {
	assert.Equal(t, igo.Date(20240704), igo.DateOf(time.Date(2024, 7, 4, 23, 59, 0, 0, time.UTC)))
	assert.Equal(t, igo.Date(0), igo.DateOf(time.Time{}.AddDate(-5, 0, 0)), "years before 1 have no Date")
}

func TestDateAccessors(t *testing.T) {
	d := igo.Date(20221100)
	assert.Equal(t, 2022, d.Year())
	assert.Equal(t, time.November, d.Month())
	assert.Equal(t, 0, d.Day())
	assert.True(t, d.IsValid())
	assert.False(t, d.IsZero())
	assert.True(t, igo.Date(0).IsZero())
	assert.False(t, igo.Date(0).IsValid())
	assert.Equal(t, igo.NoPrecision, igo.Date(0).Precision())
	assert.Equal(t, "", igo.Date(0).String())
	assert.Equal(t, "!20241341", igo.Date(20241341).String(), "an invalid Date prints its digits")
	assert.False(t, igo.Date(20240230).IsValid())
	assert.Equal(t, -1, igo.Date(20240000).Compare(20240101), "a year sorts before its days")
	assert.Equal(t, 1, igo.Date(20240102).Compare(20240101))
	assert.Equal(t, 0, igo.Date(20240101).Compare(20240101))
	for p, s := range map[igo.Precision]string{igo.NoPrecision: "none", igo.YearPrecision: "year", igo.MonthPrecision: "month", igo.DayPrecision: "day"} {
		assert.Equal(t, s, p.String())
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct{ D, E igo.Date }
	b, err := json.Marshal(rec{D: 20240704, E: 0})
	require.NoError(t, err)
	assert.JSONEq(t, `{"D":"2024-07-04","E":""}`, string(b))
	var r rec
	require.NoError(t, json.Unmarshal([]byte(`{"D":"2022-11","E":""}`), &r))
	assert.Equal(t, rec{D: 20221100}, r)
	err = json.Unmarshal([]byte(`{"D":"2022-13"}`), &r)
	assert.ErrorIs(t, err, igo.ErrSyntax)
	_, err = json.Marshal(rec{D: 20241341})
	assert.Error(t, err, "an invalid Date does not marshal")
}
