package conformance

import (
	"iter"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// The API names and signatures that other programs compile against (the
// contract in the SDK core issue). This file fails to compile if one changes.
var (
	_ func(string) (igo.Date, error)                      = igo.ParseDate
	_ func(igo.Date) string                               = igo.Date.String
	_                                                     = igo.Period{From: igo.Date(0), To: igo.Date(0)}
	_ igo.Country                                         = "KZ"
	_                                                     = []orgs.ID{orgs.SCO, orgs.OTS, orgs.CICA, orgs.CSTO, orgs.IOFS, orgs.IFAS}
	_ func() iter.Seq[orgs.Org]                           = orgs.All
	_ func(string) (orgs.ID, error)                       = orgs.Parse
	_ func(orgs.ID, igo.Country, igo.Date) member.Tier    = member.TierOf
	_ func(member.Tier) string                            = member.Tier.String
	_ func(orgs.ID, igo.Date) iter.Seq[member.Membership] = member.Of
	_ func(igo.Country, int) iter.Seq[chair.Term]         = chair.ChairedBy
	_ func(orgs.ID, igo.Date) (chair.Term, bool)          = chair.At
	_                                                     = func(o orgs.Org) orgs.ID { return o.ID }
	_                                                     = func(m member.Membership) (igo.Country, member.Tier, igo.Period) { return m.Country, m.Tier, m.Period }
	_                                                     = func(t chair.Term) (orgs.ID, igo.Country, igo.Period) { return t.Org, t.Country, t.Period }
)
