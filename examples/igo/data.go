package main

import (
	"fmt"
	"slices"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/internal/status"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// Data is where the commands get their answers. Every command reads only
// these fields, so a different dataset can answer the same commands: Builtin
// fills them from the data compiled into igo, and another loader (for example
// one reading the Correlates of War dataset for a --cow DIR flag) can fill
// them from tables it builds with member.NewTable, chair.NewTable and
// timeline.NewTable.
type Data struct {
	// Name describes the dataset in messages ("igo data 2026.1").
	Name string
	// Orgs lists the organizations, ordered by ID; only the exported fields
	// and methods of orgs.Org are used.
	Orgs []orgs.Org
	// ParseOrg resolves what a user typed (a code or a name, any case) to an
	// organization ID. Its errors should be *igo.ParseError values.
	ParseOrg func(string) (orgs.ID, error)
	// ParseCountry resolves a party the same way.
	ParseCountry func(string) (igo.Country, error)
	Members      *member.Table
	Chairs       *chair.Table
	Timeline     *timeline.Table
	// Summary counts the dataset for igo status; nil if it cannot.
	Summary func() status.Summary
}

// Builtin returns the data compiled into igo.
func Builtin() Data {
	return Data{
		Name:         "igo data " + igo.DataVersion,
		Orgs:         slices.Collect(orgs.All()),
		ParseOrg:     orgs.Parse,
		ParseCountry: igo.ParseCountry,
		Members:      member.Default(),
		Chairs:       chair.Default(),
		Timeline:     timeline.Default(),
		Summary:      status.Summarize,
	}
}

// org returns the organization with the given ID, or one with only its ID.
func (d Data) org(id orgs.ID) orgs.Org {
	for _, o := range d.Orgs {
		if o.ID == id {
			return o
		}
	}
	return orgs.Org{ID: id}
}

// unverified notes on stderr that d lies after the day up to which org's
// records were checked, so an answer of "none" may mean "not recorded".
func (a *app) unverified(org orgs.ID, d igo.Date) {
	if o := a.data.org(org); status.AfterVerified(o, d) {
		fmt.Fprintf(a.stderr, "note: %s's records were checked through %s; later changes may be missing\n", org, o.VerifiedThrough)
	}
}
