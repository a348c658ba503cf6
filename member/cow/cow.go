package cow

import (
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/igodata/igo"
	"github.com/igodata/igo/internal/norm"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
)

// The published file names, as [LoadFS] reads them and as errors name them.
const (
	StateYearFile = "state_year_formatv3.csv" // 3.0b: one row per state and year
	IGOYearFile   = "igo_year_formatv3.csv"   // 3.0a: one row per organization and year
)

// An Org is an organization as COW records it.
type Org struct {
	// ID is Abbr in upper case ("ARALSEA"): the organization's key in
	// [Dataset.Table]. It is a COW abbreviation, not necessarily one of the
	// built-in [orgs.ID] constants.
	ID       orgs.ID
	Abbr     string // COW's abbreviation as COW writes it ("AralSea", "CSTO")
	Name     string // COW's short name (orgname)
	LongName string // COW's full name (longorgname)
	Number   int    // COW's organization number (ionum)
	Start    int    // the year COW starts the organization (sdate)
	// End is the year COW records the organization's death (deaddate), or 0
	// if it was alive when the data end.
	End int
}

// Dead reports whether COW records the organization's end.
func (o Org) Dead() bool { return o.End != 0 }

// A Dataset is COW IGO v3 loaded into igo's types. It is immutable and safe
// for concurrent use.
type Dataset struct {
	orgs  []Org // by ID
	keys  []orgKey
	table *member.Table
	years igo.Period
	// system lists the party-years the state-year file has a row for,
	// ordered by party and year: COW's state system.
	system []partyYear
}

type partyYear struct {
	party igo.Country
	year  int
}

type orgKey struct {
	key string // norm.Key of an abbreviation or name
	i   int    // index into orgs
}

// Table returns the memberships: every spell of a party in an organization,
// keyed by [Org.ID] and by party code (see [Party]). Every [member.Table]
// query works on it. Each call returns a new handle, so that assigning
// through it (*d.Table() = member.Table{}) cannot change d.
func (d *Dataset) Table() *member.Table {
	t := *d.table
	return &t
}

// Orgs returns an iterator over the organizations, ordered by ID.
func (d *Dataset) Orgs() iter.Seq[Org] {
	return func(yield func(Org) bool) {
		for _, o := range d.orgs {
			if !yield(o) {
				return
			}
		}
	}
}

// Lookup finds an organization by its COW abbreviation, short name or full
// name, ignoring case, hyphens and extra spaces: "csto", "AralSea",
// "Shanghai Cooperation Organisation". An abbreviation wins over a name; a
// name that COW gives two organizations finds the one first by ID.
func (d *Dataset) Lookup(s string) (Org, bool) {
	key, ok := norm.Key(s)
	if !ok {
		return Org{}, false
	}
	i, found := slices.BinarySearchFunc(d.keys, key, func(k orgKey, key string) int { return cmp.Compare(k.key, key) })
	if !found {
		return Org{}, false
	}
	return d.orgs[d.keys[i].i], true
}

// InSystem reports whether COW counts party c as a member of its state
// system in year: the state-year file has a row for it. COW codes no
// membership for a state outside the system (Liechtenstein before 1990, for
// example), so [member.None] then means "not coded", not "not a member".
func (d *Dataset) InSystem(c igo.Country, year int) bool {
	_, found := slices.BinarySearchFunc(d.system, partyYear{c, year}, func(a, b partyYear) int {
		return cmp.Or(cmp.Compare(a.party, b.party), cmp.Compare(a.year, b.year))
	})
	return found
}

// Years returns the calendar years the state-year file covers, as a
// half-open period: 1816/2015 for COW IGO v3.
func (d *Dataset) Years() igo.Period { return d.years }

// Load reads the dataset from the published files in dir; see [LoadFS].
func Load(dir string) (*Dataset, error) { return LoadFS(os.DirFS(dir)) }

// LoadFS reads the dataset from the published files at the root of fsys:
// [StateYearFile] for the memberships and [IGOYearFile] for the
// organizations. See [Read].
func LoadFS(fsys fs.FS) (*Dataset, error) {
	sy, err := fsys.Open(StateYearFile)
	if err != nil {
		return nil, fmt.Errorf("cow: %w", err)
	}
	defer sy.Close()
	iy, err := fsys.Open(IGOYearFile)
	if err != nil {
		return nil, fmt.Errorf("cow: %w", err)
	}
	defer iy.Close()
	return Read(sy, iy)
}

// Read reads the dataset from the contents of the state-year file (3.0b) and
// the IGO-year file (3.0a).
//
// The organizations (abbreviation, names, number, start and end) come from
// the IGO-year file, one per ioname; its per-state columns are not read. The
// memberships come from the state-year file, whose columns are ccode, year,
// state and one per organization, named by the lower-case abbreviation.
// Each cell becomes a tier: 1 [member.Member], 2 [member.Associate], 3
// [member.Observer], -9 [member.Unknown] (COW's "missing data"); 0 (not a
// member), -1 (the organization did not exist) and an empty cell give no
// spell. Consecutive years of one state in one organization with the same
// tier and party code make one spell, from the first year to the year after
// the last: member 1992 to 2000 inclusive is the period 1992/2001. A spell
// that runs to the file's last year (2014 in COW IGO v3) is left open, as the
// built-in data leaves a spell open that has not ended: COW records no end,
// and a closed spell would report a departure that never happened. Compare a
// date with [Dataset.Years] to tell what COW covers.
//
// Bad input gives a *[ParseError] naming the file, line and column.
func Read(stateYear, igoYear io.Reader) (*Dataset, error) {
	list, err := readOrgs(igoYear)
	if err != nil {
		return nil, err
	}
	d := &Dataset{orgs: list}
	recs, years, system, err := readStateYear(stateYear, list)
	if err != nil {
		return nil, err
	}
	d.years, d.system = years, system
	if d.table, err = member.NewTable(recs); err != nil {
		// readStateYear builds valid, non-overlapping spells, so this is a bug.
		return nil, fmt.Errorf("cow: %w", err)
	}
	for i, o := range list {
		d.keys = append(d.keys, orgKey{key: mustKey(o.Abbr), i: i})
	}
	// Abbreviations first, so a stable sort and dedup keep them over names.
	for i, o := range list {
		for _, n := range []string{o.Name, o.LongName} {
			if k, ok := norm.Key(n); ok {
				d.keys = append(d.keys, orgKey{key: k, i: i})
			}
		}
	}
	slices.SortStableFunc(d.keys, func(a, b orgKey) int { return cmp.Compare(a.key, b.key) })
	d.keys = slices.CompactFunc(d.keys, func(a, b orgKey) bool { return a.key == b.key })
	return d, nil
}

func mustKey(s string) string {
	k, _ := norm.Key(s) // readOrgs checked the abbreviation
	return k
}

// A table is a CSV file being read, with its header.
type table struct {
	file   string
	r      *csv.Reader
	header []string
}

func openTable(file string, r io.Reader) (*table, error) {
	t := &table{file: file, r: csv.NewReader(r)}
	t.r.ReuseRecord = true
	h, err := t.r.Read()
	if err == io.EOF {
		return nil, &ParseError{File: file, Line: 1, Err: igo.ErrSyntax, Reason: "empty file: want a header line"}
	}
	if err != nil {
		return nil, t.csvError(err)
	}
	t.header = slices.Clone(h)
	seen := make(map[string]int, len(h))
	for i, name := range t.header {
		if j, dup := seen[name]; dup {
			return nil, &ParseError{File: file, Line: 1, Column: i + 1, Field: name, Err: igo.ErrSyntax, Reason: fmt.Sprintf("duplicate column (also column %d)", j+1)}
		}
		seen[name] = i
	}
	return t, nil
}

// columns returns the indexes of the named columns, or an error naming the
// first one missing from the header.
func (t *table) columns(names ...string) ([]int, error) {
	idx := make([]int, len(names))
	for i, name := range names {
		j := slices.Index(t.header, name)
		if j < 0 {
			return nil, &ParseError{File: t.file, Line: 1, Err: igo.ErrSyntax, Value: name, Reason: "missing column"}
		}
		idx[i] = j
	}
	return idx, nil
}

// next returns the next record, or nil at the end of the file.
func (t *table) next() ([]string, error) {
	rec, err := t.r.Read()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, t.csvError(err)
	}
	return rec, nil
}

func (t *table) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: t.file, Line: pe.Line, Err: igo.ErrSyntax, Reason: fmt.Sprintf("%v (byte %d of the line)", pe.Err, pe.Column)}
	}
	return fmt.Errorf("cow: reading %s: %w", t.file, err)
}

// errAt returns a *ParseError for field i of the record just read.
func (t *table) errAt(i int, value string, kind error, reason string) error {
	line, _ := t.r.FieldPos(i)
	return &ParseError{File: t.file, Line: line, Column: i + 1, Field: t.header[i], Value: value, Err: kind, Reason: reason}
}

// intAt parses field i of rec as an integer in [lo, hi].
func (t *table) intAt(rec []string, i, lo, hi int) (int, error) {
	n, err := strconv.Atoi(rec[i])
	if err != nil {
		return 0, t.errAt(i, rec[i], igo.ErrSyntax, "want an integer")
	}
	if n < lo || n > hi {
		return 0, t.errAt(i, rec[i], igo.ErrSyntax, fmt.Sprintf("want %d to %d", lo, hi))
	}
	return n, nil
}

// COW's years run from 1816; the bounds keep every year a valid igo.Date
// with room for the year after a spell.
const minYear, maxYear = 1000, 9998

func readOrgs(r io.Reader) ([]Org, error) {
	t, err := openTable(IGOYearFile, r)
	if err != nil {
		return nil, err
	}
	col, err := t.columns("ioname", "orgname", "longorgname", "ionum", "sdate", "deaddate")
	if err != nil {
		return nil, err
	}
	ioname, orgname, longname, ionum, sdate, deaddate := col[0], col[1], col[2], col[3], col[4], col[5]
	var out []Org
	seen := make(map[orgs.ID]string)
	for {
		rec, err := t.next()
		if err != nil {
			return nil, err
		}
		if rec == nil {
			break
		}
		abbr := rec[ioname]
		if !validAbbr(abbr) {
			return nil, t.errAt(ioname, abbr, igo.ErrSyntax, "want an abbreviation of letters and digits")
		}
		id := orgs.ID(strings.ToUpper(abbr))
		if prev, ok := seen[id]; ok {
			if prev != abbr {
				return nil, t.errAt(ioname, abbr, igo.ErrSyntax, fmt.Sprintf("differs from %q only in case", prev))
			}
			continue // a later year of an organization already read
		}
		seen[id] = abbr
		o := Org{ID: id, Abbr: abbr, Name: rec[orgname], LongName: rec[longname]}
		if o.Number, err = t.intAt(rec, ionum, 0, 1<<30); err != nil {
			return nil, err
		}
		if o.Start, err = t.intAt(rec, sdate, minYear, maxYear); err != nil {
			return nil, err
		}
		if rec[deaddate] != "" {
			if o.End, err = t.intAt(rec, deaddate, minYear, maxYear); err != nil {
				return nil, err
			}
		}
		out = append(out, o)
	}
	if len(out) == 0 {
		return nil, &ParseError{File: IGOYearFile, Line: 2, Err: igo.ErrSyntax, Reason: "no organizations: want a row per organization and year"}
	}
	slices.SortFunc(out, func(a, b Org) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

func validAbbr(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, b := range []byte(s) {
		if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9') {
			return false
		}
	}
	return true
}

// tierOf maps a state-year cell to a tier; ok is false for an unknown code.
func tierOf(s string) (t member.Tier, ok bool) {
	switch s {
	case "1":
		return member.Member, true
	case "2":
		return member.Associate, true
	case "3":
		return member.Observer, true
	case "-9":
		return member.Unknown, true
	case "0", "-1", "":
		return member.None, true
	}
	return member.None, false
}

// row is one state-year: its party and the tier in each organization column.
type row struct {
	party igo.Country
	year  int
	line  int
	tiers []member.Tier // one per organization column
}

func readStateYear(r io.Reader, list []Org) ([]member.Membership, igo.Period, []partyYear, error) {
	t, err := openTable(StateYearFile, r)
	if err != nil {
		return nil, igo.Period{}, nil, err
	}
	col, err := t.columns("ccode", "year")
	if err != nil {
		return nil, igo.Period{}, nil, err
	}
	ccodeCol, yearCol := col[0], col[1]
	// Every other column but "state" is an organization, by lower-case abbreviation.
	var orgCols []int
	var orgIDs []orgs.ID
	for i, name := range t.header {
		if i == ccodeCol || i == yearCol || name == "state" {
			continue
		}
		j, found := slices.BinarySearchFunc(list, orgs.ID(strings.ToUpper(name)), func(o Org, id orgs.ID) int { return cmp.Compare(o.ID, id) })
		if !found || strings.ToLower(list[j].Abbr) != name {
			return nil, igo.Period{}, nil, &ParseError{File: t.file, Line: 1, Column: i + 1, Field: name, Err: igo.ErrUnknown, Reason: "unknown column: want ccode, year, state or the lower-case abbreviation of an organization in " + IGOYearFile}
		}
		orgCols = append(orgCols, i)
		orgIDs = append(orgIDs, list[j].ID)
	}
	var rows []row
	for {
		rec, err := t.next()
		if err != nil {
			return nil, igo.Period{}, nil, err
		}
		if rec == nil {
			break
		}
		ccode, err := t.intAt(rec, ccodeCol, 1, 9999)
		if err != nil {
			return nil, igo.Period{}, nil, err
		}
		year, err := t.intAt(rec, yearCol, minYear, maxYear)
		if err != nil {
			return nil, igo.Period{}, nil, err
		}
		party, ok := Party(ccode, year)
		if !ok {
			return nil, igo.Period{}, nil, t.errAt(ccodeCol, rec[ccodeCol], igo.ErrUnknown, "not a COW state code")
		}
		line, _ := t.r.FieldPos(0)
		// A byte per organization: 15,557 rows × 534 organizations is 8 MB.
		tiers := make([]member.Tier, len(orgCols))
		for k, i := range orgCols {
			tier, ok := tierOf(rec[i])
			if !ok {
				return nil, igo.Period{}, nil, t.errAt(i, rec[i], igo.ErrUnknown, "unknown status code: want 1, 2, 3, 0, -1, -9 or empty")
			}
			tiers[k] = tier
		}
		rows = append(rows, row{party: party, year: year, line: line, tiers: tiers})
	}
	if len(rows) == 0 {
		return nil, igo.Period{}, nil, &ParseError{File: t.file, Line: 2, Err: igo.ErrSyntax, Reason: "no rows: want a row per state and year"}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Or(cmp.Compare(a.party, b.party), cmp.Compare(a.year, b.year)) })
	years := igo.Period{From: yearDate(rows[0].year), To: yearDate(rows[0].year + 1)}
	for i, r := range rows {
		if i > 0 && rows[i-1].party == r.party && rows[i-1].year == r.year {
			return nil, igo.Period{}, nil, &ParseError{File: t.file, Line: r.line, Column: ccodeCol + 1, Field: "ccode", Err: igo.ErrSyntax,
				Reason: fmt.Sprintf("a second row for party %s in %d (the first is on line %d)", r.party, r.year, rows[i-1].line)}
		}
		years.From = min(years.From, yearDate(r.year))
		years.To = max(years.To, yearDate(r.year+1))
	}
	system := make([]partyYear, len(rows))
	for i, r := range rows {
		system[i] = partyYear{r.party, r.year}
	}
	return collapse(rows, orgIDs, years.To.Year()), years, system, nil
}

// collapse turns rows sorted by party and year into spells: consecutive
// years of one party with one tier in one organization make one spell. A
// spell that reaches end, the year after the data's last, stays open.
func collapse(rows []row, orgIDs []orgs.ID, end int) []member.Membership {
	type run struct {
		tier     member.Tier
		from, to int // years, to exclusive
	}
	open := make([]run, len(orgIDs))
	var out []member.Membership
	flush := func(party igo.Country, j int) {
		r := &open[j]
		if r.tier != member.None {
			p := igo.Period{From: yearDate(r.from), To: yearDate(r.to)}
			if r.to == end {
				p.To = 0
			}
			out = append(out, member.Membership{Org: orgIDs[j], Country: party, Tier: r.tier, Period: p})
			r.tier = member.None
		}
	}
	for i, r := range rows {
		newParty := i == 0 || rows[i-1].party != r.party
		for j, tier := range r.tiers {
			o := &open[j]
			if o.tier != member.None && (newParty || o.to != r.year || o.tier != tier) {
				flush(rows[i-1].party, j)
			}
			if tier == member.None {
				continue
			}
			if o.tier == member.None {
				*o = run{tier: tier, from: r.year}
			}
			o.to = r.year + 1
		}
	}
	if len(rows) > 0 {
		for j := range open {
			flush(rows[len(rows)-1].party, j)
		}
	}
	return out
}

func yearDate(y int) igo.Date { return igo.Date(y * 10000) }
