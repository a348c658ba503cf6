package export

import (
	"bytes"
	"encoding"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// Read reads the tables that Write wrote into dir in format.
func Read(dir, format string) (Tables, error) {
	var t Tables
	tv := reflect.ValueOf(&t).Elem()
	for i, name := range tableNames {
		path := filepath.Join(dir, name+"."+format)
		b, err := os.ReadFile(path)
		if err != nil {
			return Tables{}, err
		}
		switch format {
		case JSON:
			err = json.Unmarshal(b, tv.Field(i).Addr().Interface())
		case CSV:
			err = readCSV(b, tv.Field(i))
		default:
			err = fmt.Errorf("unknown format %q (want csv or json)", format)
		}
		if err != nil {
			return Tables{}, fmt.Errorf("%s: %w", path, err)
		}
	}
	return t, nil
}

func readCSV(b []byte, rows reflect.Value) error {
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return fmt.Errorf("no header row")
	}
	typ := rows.Type().Elem()
	if want := Columns(typ); !slices.Equal(recs[0], want) {
		return fmt.Errorf("header %q, want %q", recs[0], want)
	}
	out := reflect.MakeSlice(rows.Type(), 0, len(recs)-1)
	for n, rec := range recs[1:] {
		r := reflect.New(typ).Elem()
		for j, s := range rec {
			if err := parse(r.Field(j), s); err != nil {
				return fmt.Errorf("row %d, column %s: %v", n+1, recs[0][j], err)
			}
		}
		out = reflect.Append(out, r)
	}
	rows.Set(out)
	return nil
}

func parse(v reflect.Value, s string) error {
	if u, ok := v.Addr().Interface().(encoding.TextUnmarshaler); ok {
		return u.UnmarshalText([]byte(s))
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		v.SetBool(b)
	case reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		v.SetInt(int64(n))
	default:
		return fmt.Errorf("unsupported column type %s", v.Type())
	}
	return nil
}

// Load builds query tables from exported tables: the inverse of Build for
// memberships, bodies, terms and events. Records built this way carry no
// sources (those stay linked by key in the files).
func Load(t Tables) (*member.Table, *chair.Table, *timeline.Table, error) {
	var spells []member.Membership
	for i, r := range t.Memberships {
		tier, err := member.ParseTier(r.Tier)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("memberships row %d: %w", i+1, err)
		}
		var st member.Standing
		if err := st.UnmarshalText([]byte(r.Standing)); err != nil {
			return nil, nil, nil, fmt.Errorf("memberships row %d: %w", i+1, err)
		}
		spells = append(spells, member.Membership{
			Org: orgs.ID(r.Org), Country: igo.Country(r.Party), Tier: tier, Standing: st,
			Period: igo.Period{From: r.From, To: r.To}, Attested: r.Attested, Scheduled: r.Scheduled, Inferred: r.Inferred, Note: r.Note,
		})
	}
	ms, err := member.NewTable(spells)
	if err != nil {
		return nil, nil, nil, err
	}
	var bodies []chair.Body
	for i, r := range t.Bodies {
		role, err := parseRole(r.Role)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("bodies row %d: %w", i+1, err)
		}
		bodies = append(bodies, chair.Body{Org: orgs.ID(r.Org), ID: r.Body, Name: r.Name, Role: role,
			Principal: r.Principal, Joint: r.Joint, Rule: r.Rule, Note: r.Note})
	}
	var terms []chair.Term
	for i, r := range t.Terms {
		role, err := parseRole(r.Role)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("terms row %d: %w", i+1, err)
		}
		terms = append(terms, chair.Term{Org: orgs.ID(r.Org), Body: r.Body, Role: role, Country: igo.Country(r.Party),
			Person: r.Person, Period: igo.Period{From: r.From, To: r.To}, Scheduled: r.Scheduled,
			Inferred: r.Inferred, Note: r.Note})
	}
	cs, err := chair.NewTable(bodies, terms)
	if err != nil {
		return nil, nil, nil, err
	}
	// Membership and chair events are derived again from ms and cs; only the
	// organizations' own events are taken from the file.
	var extra []timeline.Event
	for i, r := range t.Events {
		kind, err := parseKind(r.Kind)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("events row %d: %w", i+1, err)
		}
		if Derived(kind) {
			continue
		}
		extra = append(extra, timeline.Event{Date: r.Date, Kind: kind, Org: orgs.ID(r.Org), Country: igo.Country(r.Party),
			Body: r.Body, Person: r.Person, Title: r.Title, Place: r.Place, Note: r.Note, Scheduled: r.Scheduled})
	}
	tl, err := timeline.NewTable(ms, cs, extra)
	if err != nil {
		return nil, nil, nil, err
	}
	return ms, cs, tl, nil
}

// Derived reports whether events of kind k are derived from the member and
// chair tables rather than recorded for the organization.
func Derived(k timeline.Kind) bool {
	return k >= timeline.Joined && k <= timeline.PostTaken
}

func parseRole(s string) (chair.Role, error) {
	for r := chair.Chair; r <= chair.Post; r++ {
		if r.String() == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown role %q (want chair or post)", s)
}

func parseKind(s string) (timeline.Kind, error) {
	for k := timeline.Founded; k != 0; k++ {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("unknown event kind %q", s)
}
