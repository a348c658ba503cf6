// Package export writes igo's tables as CSV or JSON files for R, pandas or a
// SQL COPY, and reads them back. The schema is documented in docs/export.md.
//
// Each table is a slice of a row struct. A row's fields, in order, are the
// table's columns; a field's json tag is the column name in both formats, so
// the CSV header and the JSON object keys are the same. Empty means unknown or
// not applicable. Sources are linked by key: every sourced row has a
// "sources" column listing keys of the sources table, separated by spaces.
package export

import (
	"bytes"
	"cmp"
	"encoding"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// Formats accepted by Write.
const (
	CSV  = "csv"
	JSON = "json"
)

// OrgRow is a row of organizations: one organization.
type OrgRow struct {
	ID               string   `json:"org"`
	Name             string   `json:"name"`
	Acronym          string   `json:"acronym"`
	Founded          igo.Date `json:"founded"`
	FoundedPrecision string   `json:"founded_precision"`
	FoundingAct      string   `json:"founding_act"`
	FoundingPlace    string   `json:"founding_place"`
	Founders         string   `json:"founders"`
	Dissolved        igo.Date `json:"dissolved"`
	Successor        string   `json:"successor"`
	VerifiedThrough  igo.Date `json:"verified_through"`
}

// NameRow is a row of names: one name an organization bore over a period.
type NameRow struct {
	Org           string   `json:"org"`
	Name          string   `json:"name"`
	Acronym       string   `json:"acronym"`
	From          igo.Date `json:"from"`
	FromPrecision string   `json:"from_precision"`
	To            igo.Date `json:"to"`
	Note          string   `json:"note"`
	Sources       string   `json:"sources"`
}

// SeatRow is a row of seats: an organization's headquarters over a period.
type SeatRow struct {
	Org      string   `json:"org"`
	City     string   `json:"city"`
	Country  string   `json:"country"`
	From     igo.Date `json:"from"`
	To       igo.Date `json:"to"`
	Inferred string   `json:"inferred"`
	Note     string   `json:"note"`
	Sources  string   `json:"sources"`
}

// PartyRow is a row of parties: a party code used in the other tables.
type PartyRow struct {
	Party string `json:"party"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
}

// MembershipRow is a row of memberships: one spell of one party in one tier
// and standing of one organization.
type MembershipRow struct {
	Org           string   `json:"org"`
	Party         string   `json:"party"`
	Tier          string   `json:"tier"`
	Standing      string   `json:"standing"`
	From          igo.Date `json:"from"`
	FromPrecision string   `json:"from_precision"`
	To            igo.Date `json:"to"`
	ToPrecision   string   `json:"to_precision"`
	Attested      bool     `json:"attested"`
	Scheduled     bool     `json:"scheduled"`
	Inferred      string   `json:"inferred"`
	Note          string   `json:"note"`
	Sources       string   `json:"sources"`
}

// BodyRow is a row of bodies: an organ whose chair rotates, or a post.
type BodyRow struct {
	Org       string `json:"org"`
	Body      string `json:"body"`
	Name      string `json:"name"`
	Role      string `json:"role"`
	Principal bool   `json:"principal"`
	Joint     bool   `json:"joint"`
	Rule      string `json:"rule"`
	Note      string `json:"note"`
	Sources   string `json:"sources"`
}

// TermRow is a row of terms: one holder of a body's chair or of a post.
type TermRow struct {
	Term          string   `json:"term"`
	Org           string   `json:"org"`
	Body          string   `json:"body"`
	Role          string   `json:"role"`
	Party         string   `json:"party"`
	Person        string   `json:"person"`
	From          igo.Date `json:"from"`
	FromPrecision string   `json:"from_precision"`
	To            igo.Date `json:"to"`
	ToPrecision   string   `json:"to_precision"`
	Scheduled     bool     `json:"scheduled"`
	Inferred      string   `json:"inferred"`
	Note          string   `json:"note"`
	Sources       string   `json:"sources"`
}

// PriorityRow is a row of priorities: a chair's declared priority,
// initiative or motto, linked to its term.
type PriorityRow struct {
	Term      string `json:"term"`
	Kind      string `json:"kind"`
	Position  int    `json:"position"`
	Text      string `json:"text"`
	Expansion string `json:"expansion"`
	Sources   string `json:"sources"`
}

// EventRow is a row of events: one dated event of the timeline.
type EventRow struct {
	Date          igo.Date `json:"date"`
	DatePrecision string   `json:"date_precision"`
	Kind          string   `json:"kind"`
	Org           string   `json:"org"`
	Party         string   `json:"party"`
	Tier          string   `json:"tier"`
	PrevTier      string   `json:"prev_tier"`
	Standing      string   `json:"standing"`
	Body          string   `json:"body"`
	Person        string   `json:"person"`
	Title         string   `json:"title"`
	Place         string   `json:"place"`
	Note          string   `json:"note"`
	Scheduled     bool     `json:"scheduled"`
	Sources       string   `json:"sources"`
}

// SourceRow is a row of sources: a public document that supports facts.
type SourceRow struct {
	Key                string   `json:"source"`
	URL                string   `json:"url"`
	Title              string   `json:"title"`
	Publisher          string   `json:"publisher"`
	Published          igo.Date `json:"published"`
	PublishedPrecision string   `json:"published_precision"`
}

// Tables holds every exported table, in the order Write writes them.
type Tables struct {
	Organizations []OrgRow
	Names         []NameRow
	Seats         []SeatRow
	Parties       []PartyRow
	Memberships   []MembershipRow
	Bodies        []BodyRow
	Terms         []TermRow
	Priorities    []PriorityRow
	Events        []EventRow
	Sources       []SourceRow
}

// Names of the tables: the file of table t is t + ".csv" or t + ".json".
var tableNames = []string{"organizations", "names", "seats", "parties", "memberships", "bodies", "terms", "priorities", "events", "sources"}

// TableNames returns the names of the tables, in the order of Tables' fields.
func TableNames() []string { return slices.Clone(tableNames) }

// Build collects the tables from the organizations os and the tables ms, cs
// and tl. Sources get keys "s1", "s2", ... in order of URL; the keys are
// stable within one export, not across data versions.
func Build(list []orgs.Org, ms *member.Table, cs *chair.Table, tl *timeline.Table) Tables {
	var t Tables
	b := &builder{keys: map[igo.Source]string{}}
	parties := map[igo.Country]bool{}
	party := func(c igo.Country) string {
		if c != "" {
			parties[c] = true
		}
		return string(c)
	}
	cite := b.cite
	for _, o := range list {
		var founders []string
		for c := range o.Founders() {
			founders = append(founders, party(c))
		}
		t.Organizations = append(t.Organizations, OrgRow{
			ID: string(o.ID), Name: o.Name, Acronym: o.Acronym,
			Founded: o.Founded, FoundedPrecision: precision(o.Founded),
			FoundingAct: o.FoundingAct, FoundingPlace: o.FoundingPlace,
			Founders:  strings.Join(founders, " "),
			Dissolved: o.Dissolved, Successor: string(o.Successor), VerifiedThrough: o.VerifiedThrough,
		})
		for n := range o.Names() {
			t.Names = append(t.Names, NameRow{
				Org: string(o.ID), Name: n.Name, Acronym: n.Acronym,
				From: n.Period.From, FromPrecision: precision(n.Period.From), To: n.Period.To,
				Note: n.Note, Sources: cite(n.Sources()),
			})
		}
		for s := range o.Headquarters() {
			t.Seats = append(t.Seats, SeatRow{
				Org: string(o.ID), City: s.City, Country: party(s.Country),
				From: s.Period.From, To: s.Period.To, Inferred: s.Inferred, Note: s.Note,
				Sources: cite(s.Sources()),
			})
		}
		for bd := range cs.Bodies(o.ID) {
			t.Bodies = append(t.Bodies, BodyRow{
				Org: string(bd.Org), Body: bd.ID, Name: bd.Name, Role: bd.Role.String(),
				Principal: bd.Principal, Joint: bd.Joint, Rule: bd.Rule, Note: bd.Note, Sources: cite(bd.Sources()),
			})
		}
		for m := range ms.Spells(o.ID) {
			t.Memberships = append(t.Memberships, MembershipRow{
				Org: string(m.Org), Party: party(m.Country), Tier: m.Tier.String(), Standing: m.Standing.String(),
				From: m.Period.From, FromPrecision: precision(m.Period.From),
				To: m.Period.To, ToPrecision: precision(m.Period.To),
				Attested: m.Attested, Scheduled: m.Scheduled, Inferred: m.Inferred, Note: m.Note, Sources: cite(m.Sources()),
			})
		}
		for tm := range cs.History(o.ID) {
			bd, _ := cs.LookupBody(tm.Org, tm.Body)
			key := TermKey(tm, bd.Joint)
			t.Terms = append(t.Terms, TermRow{
				Term: key, Org: string(tm.Org), Body: tm.Body, Role: tm.Role.String(),
				Party: party(tm.Country), Person: tm.Person,
				From: tm.Period.From, FromPrecision: precision(tm.Period.From),
				To: tm.Period.To, ToPrecision: precision(tm.Period.To),
				Scheduled: tm.Scheduled, Inferred: tm.Inferred, Note: tm.Note, Sources: cite(tm.Sources()),
			})
			pos := 0
			if m, ok := tm.Motto(); ok {
				pos++
				var words []string
				for w := range m.Expansion() {
					words = append(words, w)
				}
				t.Priorities = append(t.Priorities, PriorityRow{Term: key, Kind: "motto", Position: pos, Text: m.Text,
					Expansion: strings.Join(words, ", "), Sources: cite(m.Sources())})
			}
			for p := range tm.Priorities() {
				pos++
				kind := "priority"
				if p.Initiative {
					kind = "initiative"
				}
				t.Priorities = append(t.Priorities, PriorityRow{Term: key, Kind: kind, Position: pos, Text: p.Text, Sources: cite(p.Sources())})
			}
		}
		for e := range tl.Select(timeline.Filter{Org: o.ID}) {
			t.Events = append(t.Events, EventRow{
				Date: e.Date, DatePrecision: precision(e.Date), Kind: e.Kind.String(), Org: string(e.Org),
				Party: party(e.Country), Tier: tierText(e.Tier), PrevTier: tierText(e.PrevTier),
				Standing: standingText(e), Body: e.Body, Person: e.Person, Title: e.Title,
				Place: e.Place, Note: e.Note, Scheduled: e.Scheduled, Sources: cite(e.Sources()),
			})
		}
	}
	for _, c := range sortedKeys(parties) {
		t.Parties = append(t.Parties, PartyRow{Party: string(c), Name: c.Name(), Kind: c.Kind().String()})
	}
	t.Sources = b.key()
	b.resolve(&t)
	return t
}

// A builder collects the sources cited while the rows are built. Each row's
// sources column first holds a placeholder (the index of its list); resolve
// replaces it with the keys once every source is known and keyed.
type builder struct {
	keys  map[igo.Source]string
	lists [][]igo.Source
}

func (b *builder) cite(seq func(func(igo.Source) bool)) string {
	var list []igo.Source
	for s := range seq {
		list = append(list, s)
		b.keys[s] = ""
	}
	b.lists = append(b.lists, list)
	return placeholder + strconv.Itoa(len(b.lists)-1)
}

const placeholder = "\x00"

// key gives every source its key, in URL order, and returns the sources table.
func (b *builder) key() []SourceRow {
	list := make([]igo.Source, 0, len(b.keys))
	for s := range b.keys {
		list = append(list, s)
	}
	slices.SortFunc(list, func(a, c igo.Source) int {
		return cmp.Or(strings.Compare(a.URL, c.URL), strings.Compare(a.Title, c.Title),
			cmp.Compare(a.Published, c.Published), strings.Compare(a.Publisher, c.Publisher))
	})
	rows := make([]SourceRow, len(list))
	for i, s := range list {
		key := "s" + strconv.Itoa(i+1)
		b.keys[s] = key
		rows[i] = SourceRow{Key: key, URL: s.URL, Title: s.Title, Publisher: s.Publisher,
			Published: s.Published, PublishedPrecision: precision(s.Published)}
	}
	return rows
}

// resolve replaces the placeholder in every row's sources column.
func (b *builder) resolve(t *Tables) {
	tv := reflect.ValueOf(t).Elem()
	for i := range tv.NumField() {
		rows := tv.Field(i)
		for j := range rows.Len() {
			f := rows.Index(j).FieldByName("Sources")
			if !f.IsValid() || f.Kind() != reflect.String {
				continue
			}
			n, err := strconv.Atoi(strings.TrimPrefix(f.String(), placeholder))
			if err != nil {
				continue
			}
			keys := make([]string, 0, len(b.lists[n]))
			for _, s := range b.lists[n] {
				keys = append(keys, b.keys[s])
			}
			f.SetString(strings.Join(keys, " "))
		}
	}
}

// TermKey returns the key of a term in the terms table:
// organization, body and start, as in "SCO/heads-of-state/2023-07-04", and
// for a term of a joint body, whose holders may start on one day, the party
// ("EU/trio/2023-07-01/ES").
func TermKey(t chair.Term, joint bool) string {
	k := string(t.Org) + "/" + t.Body + "/" + t.Period.From.String()
	if joint {
		k += "/" + string(t.Country)
	}
	return k
}

func precision(d igo.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Precision().String()
}

func tierText(t member.Tier) string {
	if t == member.None {
		return ""
	}
	return t.String()
}

// standingText gives a StandingChanged event's new standing; other events
// have none.
func standingText(e timeline.Event) string {
	if e.Kind != timeline.StandingChanged {
		return ""
	}
	return e.Standing.String()
}

func sortedKeys(m map[igo.Country]bool) []igo.Country {
	keys := make([]igo.Country, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Write writes every table of t into dir (which it creates if needed) as
// <table>.csv or <table>.json, according to format.
func Write(dir, format string, t Tables) error {
	if format != CSV && format != JSON {
		return fmt.Errorf("unknown format %q (want csv or json)", format)
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	tv := reflect.ValueOf(t)
	for i, name := range tableNames {
		path := filepath.Join(dir, name+"."+format)
		var err error
		if format == CSV {
			err = writeCSV(path, tv.Field(i))
		} else {
			err = writeJSON(path, tv.Field(i).Interface())
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(path string, rows any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "&" and "<" readable in titles and URLs
	enc.SetIndent("", "  ")
	if err := enc.Encode(rows); err != nil {
		return err
	}
	b := buf.Bytes()
	if string(b) == "null\n" {
		b = []byte("[]\n")
	}
	return os.WriteFile(path, b, 0o666)
}

func writeCSV(path string, rows reflect.Value) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.UseCRLF = true // RFC 4180
	cols := Columns(rows.Type().Elem())
	_ = w.Write(cols)
	for i := range rows.Len() {
		r := rows.Index(i)
		rec := make([]string, r.NumField())
		for j := range rec {
			rec[j], err = format(r.Field(j))
			if err != nil {
				f.Close()
				return fmt.Errorf("%s: row %d, column %s: %v", path, i+1, cols[j], err)
			}
		}
		_ = w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Columns returns the column names of a row type, in order.
func Columns(row reflect.Type) []string {
	cols := make([]string, row.NumField())
	for i := range cols {
		cols[i] = row.Field(i).Tag.Get("json")
	}
	return cols
}

func format(v reflect.Value) (string, error) {
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		b, err := m.MarshalText()
		return string(b), err
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10), nil
	}
	return "", fmt.Errorf("unsupported column type %s", v.Type())
}
