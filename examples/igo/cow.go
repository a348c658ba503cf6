package main

import (
	"flag"
	"strings"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member/cow"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// cowFlag defines --cow, which answers a query from the Correlates of War
// IGO v3 files in a directory instead of the built-in data.
func cowFlag(fs *flag.FlagSet, o *opts) {
	fs.StringVar(&o.cow, "cow", "", "answer from the Correlates of War IGO v3 CSV files in `DIR` instead of the built-in data")
}

// cowData loads the COW IGO v3 files in dir as a Data. Organizations are
// COW's, found by COW abbreviation or name; parties are igo codes, plus
// "COW-<ccode>" for states ISO never coded. COW has no chairs, and its
// timeline holds only the joining, tier changes and leaving derived from
// its yearly codes.
func cowData(dir string) (Data, error) {
	d, err := cow.Load(dir)
	if err != nil {
		return Data{}, err
	}
	var list []orgs.Org
	last := igo.Date((d.Years().To.Year()-1)*10000 + 1231)
	for o := range d.Orgs() {
		org := orgs.Org{ID: o.ID, Name: o.LongName, Acronym: o.Abbr, Founded: yearDate(o.Start), VerifiedThrough: last}
		if o.Dead() {
			org.Dissolved = yearDate(o.End)
		}
		list = append(list, org)
	}
	chairs, err := chair.NewTable(nil, nil)
	if err != nil {
		return Data{}, err
	}
	tl, err := timeline.NewTable(d.Table(), chairs, nil)
	if err != nil {
		return Data{}, err
	}
	return Data{
		Name: "Correlates of War IGO v3, " + d.Years().String(),
		Orgs: list,
		ParseOrg: func(s string) (orgs.ID, error) {
			if o, ok := d.Lookup(s); ok {
				return o.ID, nil
			}
			if strings.TrimSpace(s) == "" {
				return "", &igo.ParseError{What: "organization", Input: s, Err: igo.ErrSyntax}
			}
			return "", &igo.ParseError{What: "organization", Input: s, Err: igo.ErrUnknown, Reason: "not in the COW data"}
		},
		ParseCountry: func(s string) (igo.Country, error) {
			if c := igo.Country(strings.ToUpper(strings.TrimSpace(s))); strings.HasPrefix(string(c), "COW-") && cow.StateName(c) != "" {
				return c, nil
			}
			return igo.ParseCountry(s)
		},
		Members:  d.Table(),
		Chairs:   chairs,
		Timeline: tl,
	}, nil
}

// yearDate returns year y at year precision; cow.Load accepts only years
// from 1000 to 9998, which are all valid.
func yearDate(y int) igo.Date { return igo.Date(y * 10000) }
