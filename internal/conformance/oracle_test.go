package conformance

import (
	"cmp"
	"fmt"
	"iter"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// The oracle tests compare every indexed query with a naive scan over the
// raw records (member.Spells, chair.History, timeline.All): for every
// organization, every party that ever appears in it, and every day (and
// every month and year, as reduced-precision query dates) from before its
// first record to after the end of the data. They run on the built-in
// tables and on random tables built with NewTable.

// queries are the indexed queries under test, as function values so that
// the built-in data are queried through the package-level functions.
type queries struct {
	spells    func(orgs.ID) iter.Seq[member.Membership]
	status    func(orgs.ID, igo.Country, igo.Date) (member.Membership, bool)
	tierOf    func(orgs.ID, igo.Country, igo.Date) member.Tier
	of        func(orgs.ID, igo.Date) iter.Seq[member.Membership]
	history   func(orgs.ID, igo.Country) iter.Seq[member.Membership]
	ofCountry func(igo.Country, igo.Date) iter.Seq[member.Membership]
	terms     func(orgs.ID) iter.Seq[chair.Term]
	bodies    func(orgs.ID) iter.Seq[chair.Body]
	at        func(orgs.ID, igo.Date) (chair.Term, bool)
	atBody    func(orgs.ID, string, igo.Date) (chair.Term, bool)
	holders   func(orgs.ID, string, igo.Date) iter.Seq[chair.Term]
	chairedBy func(igo.Country, int) iter.Seq[chair.Term]
	events    func() iter.Seq[timeline.Event]
	sel       func(timeline.Filter) iter.Seq[timeline.Event]
}

func builtinQueries() queries {
	return queries{
		spells: member.Spells, status: member.Status, tierOf: member.TierOf, of: member.Of,
		history: member.History, ofCountry: member.OfCountry,
		terms: chair.History, bodies: chair.Bodies, at: chair.At, atBody: chair.AtBody, holders: chair.Holders, chairedBy: chair.ChairedBy,
		events: timeline.All, sel: timeline.Select,
	}
}

func tableQueries(ms *member.Table, cs *chair.Table, ts *timeline.Table) queries {
	return queries{
		spells: ms.Spells, status: ms.Status, tierOf: ms.TierOf, of: ms.Of,
		history: ms.History, ofCountry: ms.OfCountry,
		terms: cs.History, bodies: cs.Bodies, at: cs.At, atBody: cs.AtBody, holders: cs.Holders, chairedBy: cs.ChairedBy,
		events: ts.All, sel: ts.Select,
	}
}

// oracle holds the raw records, grouped once so that each naive scan looks
// only at the records of one organization or party.
type oracle struct {
	t      testing.TB
	q      queries
	errs   *atomic.Int32 // mismatches reported, shared by the parallel jobs
	global bool          // this job also runs the checks that span organizations
	orgIDs []orgs.ID
	spells map[orgs.ID][]member.Membership
	terms  map[orgs.ID][]chair.Term
	bodies map[orgs.ID][]chair.Body
	events []timeline.Event
	byOrg  map[orgs.ID][]timeline.Event
	// parties of each organization, and every party anywhere
	parties map[orgs.ID][]igo.Country
	all     []igo.Country
	// each party's spells and terms in every organization, in Spells/History order
	partySpells map[igo.Country][]member.Membership
	partyTerms  map[igo.Country][]chair.Term
	first, last igo.Date // the earliest and latest dates in the data
	orgFirst    map[orgs.ID]igo.Date
}

func newOracle(t testing.TB, q queries) *oracle {
	o := &oracle{t: t, q: q,
		spells: map[orgs.ID][]member.Membership{}, terms: map[orgs.ID][]chair.Term{}, bodies: map[orgs.ID][]chair.Body{},
		byOrg: map[orgs.ID][]timeline.Event{}, parties: map[orgs.ID][]igo.Country{},
		partySpells: map[igo.Country][]member.Membership{}, partyTerms: map[igo.Country][]chair.Term{},
		orgFirst: map[orgs.ID]igo.Date{}, errs: new(atomic.Int32), global: true,
	}
	seenIn := func(id orgs.ID, d igo.Date) {
		if f := o.orgFirst[id]; d != 0 && (f == 0 || d < f) {
			o.orgFirst[id] = d
		}
	}
	seen := func(d igo.Date) {
		if d == 0 {
			return
		}
		if o.first == 0 || d < o.first {
			o.first = d
		}
		o.last = max(o.last, d)
	}
	for m := range q.spells("") {
		if len(o.orgIDs) == 0 || o.orgIDs[len(o.orgIDs)-1] != m.Org {
			o.orgIDs = append(o.orgIDs, m.Org)
		}
		o.spells[m.Org] = append(o.spells[m.Org], m)
		o.partySpells[m.Country] = append(o.partySpells[m.Country], m)
		o.parties[m.Org] = append(o.parties[m.Org], m.Country)
		seenIn(m.Org, m.Period.From)
		seen(m.Period.From)
		seen(m.Period.To)
	}
	for tm := range q.terms("") {
		o.terms[tm.Org] = append(o.terms[tm.Org], tm)
		o.partyTerms[tm.Country] = append(o.partyTerms[tm.Country], tm)
		o.parties[tm.Org] = append(o.parties[tm.Org], tm.Country)
		seenIn(tm.Org, tm.Period.From)
		seen(tm.Period.From)
		seen(tm.Period.To)
	}
	for e := range q.events() {
		o.events = append(o.events, e)
		o.byOrg[e.Org] = append(o.byOrg[e.Org], e)
		if e.Country != "" {
			o.parties[e.Org] = append(o.parties[e.Org], e.Country)
		}
		if !slices.Contains(o.orgIDs, e.Org) {
			o.orgIDs = append(o.orgIDs, e.Org)
		}
		seenIn(e.Org, e.Date)
		seen(e.Date)
	}
	for id := range o.terms {
		if !slices.Contains(o.orgIDs, id) {
			o.orgIDs = append(o.orgIDs, id)
		}
	}
	slices.Sort(o.orgIDs)
	for _, id := range o.orgIDs {
		o.bodies[id] = slices.Collect(q.bodies(id))
		ps := slices.Compact(slices.Sorted(slices.Values(o.parties[id])))
		o.parties[id] = ps
		o.all = append(o.all, ps...)
	}
	o.all = slices.Compact(slices.Sorted(slices.Values(o.all)))
	require.NotZero(t, o.first, "no records")
	return o
}

// maxErrs is how many mismatches stop the test: a screenful.
const maxErrs = 20

// failf reports a mismatch. It is safe to call from parallel jobs.
func (o *oracle) failf(format string, args ...any) {
	o.t.Helper()
	o.t.Errorf(format, args...)
	o.errs.Add(1)
}

// stop reports whether enough mismatches were found to stop checking.
func (o *oracle) stop() bool { return o.errs.Load() >= maxErrs }

// days returns every day from the start of year from to the end of year to,
// each preceded on the first of a month by the month (and on 1 January by
// the year) as a reduced-precision date, in ascending order.
func days(from, to int) []igo.Date {
	var out []igo.Date
	for y := from; y <= to; y++ {
		out = append(out, igo.Date(y*10000))
		for m := time.January; m <= time.December; m++ {
			out = append(out, igo.Date(y*10000+int(m)*100))
			for d := 1; d <= time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); d++ {
				out = append(out, igo.Date(y*10000+int(m)*100+d))
			}
		}
	}
	return out
}

// collect appends seq to buf[:0], reusing its storage.
func collect[T any](buf []T, seq iter.Seq[T]) []T {
	buf = buf[:0]
	for v := range seq {
		buf = append(buf, v)
	}
	return buf
}

// margin is how far past the data's first and last dates the queries run, in years.
const margin = 2

// run checks every query. The checks of each organization run as a job,
// and those that span organizations (by party, by year) as one more, on as
// many goroutines as there are CPUs: the queries are safe for concurrent use.
func (o *oracle) run() {
	global := *o
	global.orgIDs = nil
	jobs := []*oracle{&global}
	for _, id := range o.orgIDs {
		j := *o
		j.orgIDs, j.all, j.global = []orgs.ID{id}, nil, false
		jobs = append(jobs, &j)
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			j.members()
			j.chairs()
			j.timeline()
		})
	}
	wg.Wait()
	if o.stop() {
		o.t.FailNow()
	}
}

// span returns the query dates for id: from before its founding or first
// record, whichever is earlier, to after the end of the data.
func (o *oracle) span(id orgs.ID) []igo.Date {
	first := o.orgFirst[id]
	if r, ok := orgs.Lookup(id); ok && r.Founded != 0 && (first == 0 || r.Founded < first) {
		first = r.Founded
	}
	if first == 0 {
		first = o.first
	}
	return days(first.Year()-margin, o.last.Year()+margin)
}

func (o *oracle) members() {
	var got, want []member.Membership
	for _, id := range o.orgIDs {
		spells := o.spells[id]
		byParty := map[igo.Country][]member.Membership{}
		for _, m := range spells {
			byParty[m.Country] = append(byParty[m.Country], m)
		}
		for _, c := range o.parties[id] {
			if got = collect(got, o.q.history(id, c)); !slices.Equal(got, byParty[c]) {
				o.failf("History(%s, %s) = %v, want %v", id, c, got, byParty[c])
			}
		}
		for _, d := range o.span(id) {
			if o.stop() {
				return
			}
			want = want[:0]
			for _, m := range spells {
				if m.Period.Contains(d) {
					want = append(want, m)
				}
			}
			if got = collect(got, o.q.of(id, d)); !slices.Equal(got, want) {
				o.failf("Of(%s, %v) = %v, want %v", id, d, got, want)
			}
			for _, c := range o.parties[id] {
				// The standing spell in force, else the process spell: the
				// tables allow at most one of each on a day.
				var wantM member.Membership
				wantOK := false
				for _, m := range byParty[c] {
					if m.Period.Contains(d) && (!wantOK || wantM.Tier.IsProcess()) {
						wantM, wantOK = m, true
					}
				}
				gotM, gotOK := o.q.status(id, c, d)
				if gotM != wantM || gotOK != wantOK {
					o.failf("Status(%s, %s, %v) = %v, %v; want %v, %v", id, c, d, gotM, gotOK, wantM, wantOK)
				}
				wantTier := wantM.Tier
				if wantM.Scheduled { // announced, not confirmed: TierOf does not report it as fact
					wantTier = member.None
				}
				if tier := o.q.tierOf(id, c, d); tier != wantTier {
					o.failf("TierOf(%s, %s, %v) = %v, want %v", id, c, d, tier, wantTier)
				}
			}
		}
	}
	for _, c := range o.all {
		for _, d := range days(o.first.Year()-margin, o.last.Year()+margin) {
			want = want[:0]
			for _, m := range o.partySpells[c] {
				if m.Period.Contains(d) {
					want = append(want, m)
				}
			}
			if got = collect(got, o.q.ofCountry(c, d)); !slices.Equal(got, want) {
				o.failf("OfCountry(%s, %v) = %v, want %v", c, d, got, want)
			}
		}
	}
}

func (o *oracle) chairs() {
	for _, id := range o.orgIDs {
		terms := o.terms[id]
		principal := ""
		for _, b := range o.bodies[id] {
			if b.Principal {
				principal = b.ID
			}
		}
		var holders, gotHolders []chair.Term
		for _, d := range o.span(id) {
			if o.stop() {
				return
			}
			for _, b := range append(o.bodies[id], chair.Body{ID: "no-such-body"}) {
				holders = holders[:0]
				for _, tm := range terms {
					if tm.Body == b.ID && tm.Period.Contains(d) {
						holders = append(holders, tm)
					}
				}
				slices.SortStableFunc(holders, func(a, b chair.Term) int { return cmp.Compare(a.Country, b.Country) })
				if gotHolders = collect(gotHolders, o.q.holders(id, b.ID, d)); !slices.Equal(gotHolders, holders) {
					o.failf("Holders(%s, %s, %v) = %v, want %v", id, b.ID, d, gotHolders, holders)
				}
				for i := 1; i < len(holders); i++ {
					if !b.Joint || holders[i-1].Country == holders[i].Country {
						o.failf("%s %s: two terms in force on %v: %v and %v", id, b.ID, d, holders[i-1], holders[i])
					}
				}
				// AtBody answers for a body that is not joint: a joint body
				// may have several holders, so it reports false.
				var want chair.Term
				wantOK := len(holders) > 0 && !b.Joint
				if wantOK {
					want = holders[0]
				}
				got, ok := o.q.atBody(id, b.ID, d)
				if got != want || ok != wantOK {
					o.failf("AtBody(%s, %s, %v) = %v, %v; want %v, %v", id, b.ID, d, got, ok, want, wantOK)
				}
				if b.ID == principal {
					if got, ok := o.q.at(id, d); got != want || ok != wantOK {
						o.failf("At(%s, %v) = %v, %v; want %v, %v", id, d, got, ok, want, wantOK)
					}
				}
			}
			if principal == "" {
				if got, ok := o.q.at(id, d); ok {
					o.failf("At(%s, %v) = %v, true for an organization without a principal body", id, d, got)
				}
			}
		}
	}
	var got, want []chair.Term
	for _, c := range o.all {
		for y := o.first.Year() - margin; y <= o.last.Year()+margin; y++ {
			want = want[:0]
			for _, tm := range o.partyTerms[c] {
				if tm.Role == chair.Chair && tm.Period.Overlaps(igo.Year(y)) {
					want = append(want, tm)
				}
			}
			slices.SortStableFunc(want, func(a, b chair.Term) int {
				return cmp.Or(cmp.Compare(a.Org, b.Org), cmp.Compare(a.Period.From, b.Period.From), cmp.Compare(a.Body, b.Body))
			})
			if got = collect(got, o.q.chairedBy(c, y)); !slices.Equal(got, want) {
				o.failf("ChairedBy(%s, %d) = %v, want %v", c, y, got, want)
			}
		}
	}
}

func (o *oracle) timeline() {
	var got, want []timeline.Event
	check := func(f timeline.Filter, within []timeline.Event) {
		want = want[:0]
		for _, e := range within {
			// The period filter means igo.Period.Contains (an open start is the year 1).
			p := f.Period
			if p.From == 0 {
				p.From = 10101
			}
			if (f.Org == "" || e.Org == f.Org) && (f.Country == "" || e.Country == f.Country) && p.Contains(e.Date) {
				want = append(want, e)
			}
		}
		if got = collect(got, o.q.sel(f)); !slices.Equal(got, want) {
			o.failf("Select(%+v) = %d events, want %d:\n got %v\nwant %v", f, len(got), len(want), got, want)
		}
	}
	ids := o.orgIDs
	if o.global {
		if !slices.IsSortedFunc(o.events, func(a, b timeline.Event) int { return cmp.Compare(a.Date, b.Date) }) {
			o.failf("All is not in chronological order")
		}
		check(timeline.Filter{}, o.events)
		ids = append(ids, "NO-SUCH-ORG")
	}
	for _, c := range o.all {
		check(timeline.Filter{Country: c}, o.events)
	}
	for _, id := range ids {
		evs := o.byOrg[id]
		check(timeline.Filter{Org: id}, evs)
		for _, c := range o.parties[id] {
			check(timeline.Filter{Org: id, Country: c}, evs)
		}
		ds := o.span(id)
		for i, d := range ds {
			if o.stop() {
				return
			}
			next := igo.Date(0)
			if i+1 < len(ds) {
				next = ds[i+1]
			}
			check(timeline.Filter{Org: id, Period: igo.Period{From: d, To: next}}, evs)
			if d.Precision() == igo.YearPrecision {
				y := igo.Year(d.Year())
				if o.global {
					check(timeline.Filter{Period: y}, o.events)
				}
				check(timeline.Filter{Org: id, Period: igo.Period{From: d}}, evs)
				check(timeline.Filter{Org: id, Period: igo.Period{To: d}}, evs)
				for _, c := range o.parties[id] {
					check(timeline.Filter{Org: id, Country: c, Period: y}, evs)
				}
			}
		}
	}
}

func TestOracleBuiltin(t *testing.T) {
	newOracle(t, builtinQueries()).run()
}

// TestOracleSynthetic runs the oracle on random tables: several
// organizations, some without a principal body, parties with gaps,
// tier and standing changes, overlapping process spells, and dates of every
// precision.
func TestOracleSynthetic(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 2026))
			records, bodies, terms, extra := synthetic(r, small)
			ms, err := member.NewTable(records)
			require.NoError(t, err)
			cs, err := chair.NewTable(bodies, terms)
			require.NoError(t, err)
			ts, err := timeline.NewTable(ms, cs, extra)
			require.NoError(t, err)
			require.ElementsMatch(t, records, slices.Collect(ms.Spells("")), "Spells lists every record")
			require.Len(t, slices.Collect(cs.History("")), len(terms), "History lists every term")
			newOracle(t, tableQueries(ms, cs, ts)).run()
		})
	}
}

// dates returns an ascending run of n dates after prev (0: after the start
// of year start), mostly days, some months and years, so the run's periods
// never overlap.
func dates(r *rand.Rand, start int, prev igo.Date, n int) []igo.Date {
	out := make([]igo.Date, 0, n)
	t := time.Date(start, 1, 1, 0, 0, 0, 0, time.UTC)
	if prev != 0 {
		t = time.Date(prev.Year(), max(prev.Month(), 1), max(prev.Day(), 1), 0, 0, 0, 0, time.UTC)
	}
	for len(out) < n {
		t = t.AddDate(0, 0, 1+r.IntN(900))
		d := igo.DateOf(t)
		switch r.IntN(10) {
		case 0:
			d = igo.Date(d.Year() * 10000)
		case 1:
			d = d - igo.Date(d.Day())
		}
		if d <= prev {
			d = igo.DateOf(t)
		}
		out = append(out, d)
		prev = d
	}
	return out
}

// spellRun returns consecutive or gapped, non-overlapping periods, the last
// possibly open.
func spellRun(r *rand.Rand, start, n int) []igo.Period {
	ds := dates(r, start, 0, 2*n)
	var out []igo.Period
	for i := 0; i < n; i++ {
		p := igo.Period{From: ds[2*i], To: ds[2*i+1]}
		if i > 0 && r.IntN(2) == 0 { // contiguous with the previous spell
			p.From = out[i-1].To
		}
		out = append(out, p)
	}
	if r.IntN(3) == 0 {
		out[n-1].To = 0
	}
	return out
}

// A shape says what random tables to build: organizations, each with its
// candidate parties and the year its records start.
type shape []struct {
	id      orgs.ID
	parties []igo.Country
	start   int
}

// small is the shape of the random tables of the oracle test.
var small = func() shape {
	parties := []igo.Country{"KZ", "RU", "CN", "TRNC", "UN", "BY", "IR"}
	s := shape{{"AAA", parties, 2000}, {"BBB", parties, 1995}, {"CCC", parties, 2000}, {orgs.SCO, parties, 2001}}
	return s
}()

func synthetic(r *rand.Rand, sh shape) ([]member.Membership, []chair.Body, []chair.Term, []timeline.Event) {
	standing := []member.Tier{member.Member, member.Associate, member.Observer, member.DialoguePartner, member.Partner}
	var records []member.Membership
	var bodies []chair.Body
	var terms []chair.Term
	var extra []timeline.Event
	for i, o := range sh {
		id, parties, start := o.id, o.parties, o.start
		for _, c := range parties {
			if r.IntN(4) == 0 {
				continue
			}
			for _, p := range spellRun(r, start, 1+r.IntN(4)) {
				m := member.Membership{Org: id, Country: c, Tier: standing[r.IntN(len(standing))], Period: p}
				if m.Tier == member.Member && r.IntN(4) == 0 {
					m.Standing = member.Standing(1 + r.IntN(2))
				}
				m.Scheduled = r.IntN(8) == 0
				records = append(records, m)
			}
			if r.IntN(2) == 0 {
				for _, p := range spellRun(r, start, 1+r.IntN(2)) {
					records = append(records, member.Membership{Org: id, Country: c, Tier: member.Acceding + member.Tier(r.IntN(2)), Period: p, Scheduled: r.IntN(8) == 0})
				}
			}
		}
		bodies = append(bodies,
			chair.Body{Org: id, ID: "council", Role: chair.Chair, Principal: i != 2},
			chair.Body{Org: id, ID: "assembly", Role: chair.Chair},
			chair.Body{Org: id, ID: "sg", Role: chair.Post},
			chair.Body{Org: id, ID: "co", Role: chair.Chair, Joint: true})
		for _, b := range []string{"council", "assembly", "sg"} {
			for _, p := range spellRun(r, start, 1+r.IntN(8)) {
				terms = append(terms, chair.Term{Org: id, Body: b, Country: parties[r.IntN(len(parties))], Period: p, Scheduled: r.IntN(5) == 0})
			}
		}
		// The joint body's co-chairs: each party's own terms do not overlap;
		// different parties' terms may.
		for _, c := range parties[:1+r.IntN(len(parties))] {
			for _, p := range spellRun(r, start, 1+r.IntN(3)) {
				terms = append(terms, chair.Term{Org: id, Body: "co", Country: c, Period: p})
			}
		}
		for j, d := range dates(r, start, 0, 1+r.IntN(6)) {
			extra = append(extra, timeline.Event{Date: d, Kind: timeline.Summit, Org: id, Country: parties[r.IntN(len(parties))], Title: fmt.Sprint("summit ", j)})
		}
	}
	r.Shuffle(len(records), func(i, j int) { records[i], records[j] = records[j], records[i] })
	r.Shuffle(len(terms), func(i, j int) { terms[i], terms[j] = terms[j], terms[i] })
	return records, bodies, terms, extra
}

// BenchmarkOracleLarge runs the whole oracle once per iteration on random
// tables the size the data may grow to: a UN-like organization of 193
// parties since 1945 and 29 more of 30 parties each since 1990.
func BenchmarkOracleLarge(b *testing.B) {
	var all []igo.Country
	for c := 'A'; c <= 'Z'; c++ {
		for d := 'A'; d <= 'Z' && len(all) < 193; d += 3 {
			all = append(all, igo.Country([]byte{byte(c), byte(d)}))
		}
	}
	sh := shape{{"UN", all[:193], 1945}}
	for i := 1; i < 30; i++ {
		sh = append(sh, shape{{orgs.ID(fmt.Sprintf("ORG%02d", i)), all[i*5 : i*5+30], 1990}}...)
	}
	records, bodies, terms, extra := synthetic(rand.New(rand.NewPCG(1, 1)), sh)
	ms, err := member.NewTable(records)
	require.NoError(b, err)
	cs, err := chair.NewTable(bodies, terms)
	require.NoError(b, err)
	ts, err := timeline.NewTable(ms, cs, extra)
	require.NoError(b, err)
	for b.Loop() {
		newOracle(b, tableQueries(ms, cs, ts)).run()
	}
}
