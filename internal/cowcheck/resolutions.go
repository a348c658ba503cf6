package main

import (
	"github.com/igodata/igo"
	"github.com/igodata/igo/orgs"
)

// A resolution explains one disagreement that no general rule in resolve
// covers: which side is right and why, with a source. Years are inclusive.
type resolution struct {
	org      orgs.ID
	party    igo.Country
	from, to int
	reason   string
}

const cstoPAObservers = "COW differs: in 2013 the lower houses of the parliaments of Afghanistan and Serbia were granted observer status in the CSTO Parliamentary Assembly (TASS, 4 December 2022, <https://tass.com/politics/1545551>); the states were not observers of the organization, whose Charter had no observer status until the Third Protocol came into force in 2021 (see the CSTO notes in the built-in data). The built-in data is kept."

var resolutions = []resolution{
	{org: "CSTO", party: "AF", from: 2013, to: 2014, reason: cstoPAObservers},
	{org: "CSTO", party: "RS", from: 2013, to: 2014, reason: cstoPAObservers},
	{org: "CSTO", party: "UZ", from: 2002, to: 2005,
		reason: "COW differs: Uzbekistan did not sign the 1999 protocol prolonging the Collective Security Treaty and was outside it from 20 April 1999; the Collective Security Council restored its membership on 23 June 2006 (protocol of 16 August 2006). COW codes it a member from the CSTO's first year, 2002. The built-in data is kept; its sources are listed."},
}
