package igo_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
)

func TestPeriodContains(t *testing.T) {
	kz := igo.Period{From: 20230704, To: 20240704} // Kazakhstan's SCO chair term
	tests := []struct {
		p    igo.Period
		d    igo.Date
		want bool
	}{
		{kz, 20230704, true}, // start is included
		{kz, 20240703, true},
		{kz, 20240704, false}, // end is excluded: the next chair holds on the handover day
		{kz, 20230703, false},
		{kz, 0, false},                               // the zero Date is in no period
		{igo.Period{From: 20250901}, 20991231, true}, // open end
		{igo.Period{From: 20160000, To: 20170000}, 20160101, true},
		{igo.Period{From: 20160000, To: 20170000}, 20161231, true},
		{igo.Period{From: 20160000, To: 20170000}, 20170101, false},
		{igo.Period{From: 20160000}, 20160000, true}, // a year query against a year start
		{igo.Period{From: 20160101}, 20160000, true}, // "2016" is read as its first day
		{igo.Period{From: 20160301}, 20160300, true}, // "2016-03" likewise
		{igo.Period{From: 20160302}, 20160300, false},
		{igo.Period{From: 20150101, To: 20160101}, 20160000, false},
		{igo.Period{From: 20150101, To: 20160000}, 20151231, true},
		{igo.Period{To: 20200101}, 20190101, false}, // unknown start: contains nothing
		{igo.Period{}, 20240101, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.Contains(tt.d), "%v.Contains(%v)", tt.p, tt.d)
	}
}

func TestPeriodOverlaps(t *testing.T) {
	a := igo.Period{From: 20230704, To: 20240704}
	tests := []struct {
		q    igo.Period
		want bool
	}{
		{igo.Period{From: 20240704, To: 20250901}, false}, // adjacent
		{igo.Period{From: 20240703, To: 20250901}, true},
		{igo.Year(2024), true},
		{igo.Year(2022), false},
		{igo.Period{From: 20200101}, true},
		{igo.Period{}, false},
		{igo.Period{From: 20240101, To: 20240101}, false}, // empty
		{igo.Period{From: 20240704, To: 20250000}, false}, // adjacent: "2024-07" starts on 2024-07-01
		{igo.Period{From: 20240700, To: 20250000}, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, a.Overlaps(tt.q), "%v.Overlaps(%v)", a, tt.q)
		assert.Equal(t, tt.want, tt.q.Overlaps(a), "%v.Overlaps(%v)", tt.q, a)
	}
	assert.True(t, igo.Period{From: 20200101}.Overlaps(igo.Period{From: 20300101}), "two open periods overlap")
	// A term written as starting "2025" is not held in 2024 (it starts on 2025-01-01).
	assert.False(t, igo.Period{From: 20250000}.Overlaps(igo.Year(2024)))
	assert.True(t, igo.Period{From: 20250000}.Overlaps(igo.Year(2025)))
	assert.False(t, igo.Period{From: 20240000, To: 20250000}.Overlaps(igo.Year(2025)))
	assert.True(t, igo.Period{From: 20250101, To: 20250000}.Empty(), "ends on the day it starts")
	assert.False(t, igo.Period{From: 20250000, To: 20250102}.Empty())
}

func TestYear(t *testing.T) {
	y := igo.Year(2024)
	assert.Equal(t, igo.Period{From: 20240101, To: 20250101}, y)
	assert.Equal(t, "2024-01-01/2025-01-01", y.String())
}

func TestPeriodString(t *testing.T) {
	assert.Equal(t, "2023-07-04/2024-07-04", igo.Period{From: 20230704, To: 20240704}.String())
	assert.Equal(t, "2025-09-01/..", igo.Period{From: 20250901}.String())
	assert.Equal(t, "2016/2017-03", igo.Period{From: 20160000, To: 20170300}.String())
	assert.True(t, igo.Period{From: 20250901}.IsOpen())
	assert.False(t, igo.Period{From: 20250901, To: 20260101}.IsOpen())
	assert.True(t, igo.Period{From: 20250901, To: 20250901}.Empty())
}

func TestParsePeriod(t *testing.T) {
	for _, s := range []string{"2023-07-04/2024-07-04", "2025-09-01/..", "1996/2001-06-15", "2016/2017"} {
		p, err := igo.ParsePeriod(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, p.String())
	}
	for _, s := range []string{"", "2024", "2024/", "/2024", "2024-13/..", "2024/2023", "2024/2024", "2024/../..", "2024-01-01--2024-02-01"} {
		_, err := igo.ParsePeriod(s)
		assert.ErrorIs(t, err, igo.ErrSyntax, "ParsePeriod(%q)", s)
		assert.Contains(t, err.Error(), `"`+s+`"`)
	}
}

func TestPeriodJSON(t *testing.T) {
	p := igo.Period{From: 20230704, To: 20240704}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, `"2023-07-04/2024-07-04"`, string(b))
	var q igo.Period
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p, q)
	assert.Error(t, json.Unmarshal([]byte(`"2024/2023"`), &q))
	_, err = json.Marshal(igo.Period{From: 20241399})
	assert.Error(t, err)
}
