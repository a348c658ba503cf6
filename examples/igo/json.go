package main

import (
	"iter"
	"slices"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// The --json output types. Field names match the export's columns
// (docs/export.md); sources are given in full rather than by key.

type sourceJSON struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Publisher string   `json:"publisher"`
	Published igo.Date `json:"published"`
}

type termJSON struct {
	Org            string       `json:"org"`
	Body           string       `json:"body"`
	BodyName       string       `json:"body_name"`
	Role           string       `json:"role"`
	Party          string       `json:"party"`
	PartyName      string       `json:"party_name"`
	Person         string       `json:"person"`
	From           igo.Date     `json:"from"`
	To             igo.Date     `json:"to"`
	Scheduled      bool         `json:"scheduled"`
	Inferred       string       `json:"inferred"`
	Note           string       `json:"note"`
	Motto          string       `json:"motto"`
	MottoExpansion []string     `json:"motto_expansion"`
	Priorities     []string     `json:"priorities"`
	Initiatives    []string     `json:"initiatives"`
	Sources        []sourceJSON `json:"sources"`
}

type membershipJSON struct {
	Org       string       `json:"org"`
	Party     string       `json:"party"`
	PartyName string       `json:"party_name"`
	Tier      string       `json:"tier"`
	Standing  string       `json:"standing"`
	From      igo.Date     `json:"from"`
	To        igo.Date     `json:"to"`
	Attested  bool         `json:"attested"`
	Scheduled bool         `json:"scheduled"`
	Inferred  string       `json:"inferred"`
	Note      string       `json:"note"`
	Sources   []sourceJSON `json:"sources"`
}

type orgJSON struct {
	Org             string   `json:"org"`
	Name            string   `json:"name"`
	Acronym         string   `json:"acronym"`
	Founded         igo.Date `json:"founded"`
	FoundingAct     string   `json:"founding_act"`
	FoundingPlace   string   `json:"founding_place"`
	Founders        []string `json:"founders"`
	Dissolved       igo.Date `json:"dissolved"`
	Successor       string   `json:"successor"`
	VerifiedThrough igo.Date `json:"verified_through"`
}

type eventJSON struct {
	Date      igo.Date     `json:"date"`
	Kind      string       `json:"kind"`
	Org       string       `json:"org"`
	Party     string       `json:"party"`
	Tier      string       `json:"tier"`
	PrevTier  string       `json:"prev_tier"`
	Standing  string       `json:"standing"`
	Body      string       `json:"body"`
	Person    string       `json:"person"`
	Title     string       `json:"title"`
	Place     string       `json:"place"`
	Note      string       `json:"note"`
	Scheduled bool         `json:"scheduled"`
	Sources   []sourceJSON `json:"sources"`
}

// jsonList converts xs for JSON output; an empty list is [] rather than null.
func jsonList[T, J any](xs []T, conv func(T) J) []J {
	out := make([]J, 0, len(xs))
	for _, x := range xs {
		out = append(out, conv(x))
	}
	return out
}

func sourcesJSON(seq iter.Seq[igo.Source]) []sourceJSON {
	out := []sourceJSON{}
	for s := range seq {
		out = append(out, sourceJSON(s))
	}
	return out
}

func strs[T ~string](seq iter.Seq[T]) []string {
	out := []string{}
	for s := range seq {
		out = append(out, string(s))
	}
	return out
}

func (a *app) termJSON(t chair.Term) termJSON {
	j := termJSON{
		Org: string(t.Org), Body: t.Body, BodyName: a.bodyName(t.Org, t.Body), Role: t.Role.String(),
		Party: string(t.Country), PartyName: t.Country.Name(), Person: t.Person,
		From: t.Period.From, To: t.Period.To, Scheduled: t.Scheduled, Inferred: t.Inferred, Note: t.Note,
		MottoExpansion: []string{}, Priorities: []string{}, Initiatives: []string{},
		Sources: sourcesJSON(t.Sources()),
	}
	if m, ok := t.Motto(); ok {
		j.Motto = m.Text
		j.MottoExpansion = slices.Collect(m.Expansion())
		if j.MottoExpansion == nil {
			j.MottoExpansion = []string{}
		}
	}
	for p := range t.Priorities() {
		if p.Initiative {
			j.Initiatives = append(j.Initiatives, p.Text)
		} else {
			j.Priorities = append(j.Priorities, p.Text)
		}
	}
	return j
}

func membershipOut(m member.Membership) membershipJSON {
	return membershipJSON{
		Org: string(m.Org), Party: string(m.Country), PartyName: m.Country.Name(),
		Tier: m.Tier.String(), Standing: m.Standing.String(), From: m.Period.From, To: m.Period.To,
		Attested: m.Attested, Scheduled: m.Scheduled, Inferred: m.Inferred, Note: m.Note, Sources: sourcesJSON(m.Sources()),
	}
}

func orgOut(o orgs.Org) orgJSON {
	return orgJSON{
		Org: string(o.ID), Name: o.Name, Acronym: o.Acronym, Founded: o.Founded,
		FoundingAct: o.FoundingAct, FoundingPlace: o.FoundingPlace, Founders: strs(o.Founders()),
		Dissolved: o.Dissolved, Successor: string(o.Successor), VerifiedThrough: o.VerifiedThrough,
	}
}

func eventOut(e timeline.Event) eventJSON {
	j := eventJSON{
		Date: e.Date, Kind: e.Kind.String(), Org: string(e.Org), Party: string(e.Country),
		Body: e.Body, Person: e.Person, Title: e.Title, Place: e.Place, Note: e.Note,
		Scheduled: e.Scheduled, Sources: sourcesJSON(e.Sources()),
	}
	if e.Tier != member.None {
		j.Tier = e.Tier.String()
	}
	if e.PrevTier != member.None {
		j.PrevTier = e.PrevTier.String()
	}
	if e.Kind == timeline.StandingChanged {
		j.Standing = e.Standing.String()
	}
	return j
}

func (a *app) bodyName(org orgs.ID, id string) string {
	if b, ok := a.data.Chairs.LookupBody(org, id); ok {
		return b.Name
	}
	return id
}
