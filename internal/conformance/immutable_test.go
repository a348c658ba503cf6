package conformance

import (
	"fmt"
	"io/fs"
	"iter"
	"maps"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/igodata/igo"
	"github.com/igodata/igo/chair"
	"github.com/igodata/igo/member"
	"github.com/igodata/igo/member/cow"
	"github.com/igodata/igo/orgs"
	"github.com/igodata/igo/timeline"
)

// The immutability test calls every exported function of the public
// packages, and every exported method of every value they return (found by
// reflection, so new methods are covered without editing this file), with
// sample arguments. It records each result, then scribbles over everything
// a caller can reach from it (slice and map elements, fields, the targets of
// pointers), and finally checks that a second recording equals the first.

// entryPoints are the exported functions of the public packages.
var entryPoints = map[string]any{
	"igo.ParseDate": igo.ParseDate, "igo.ParsePeriod": igo.ParsePeriod, "igo.ParseCountry": igo.ParseCountry,
	"igo.NewDate": igo.NewDate, "igo.DateOf": igo.DateOf, "igo.Year": igo.Year,
	"orgs.All": orgs.All, "orgs.Lookup": orgs.Lookup, "orgs.Parse": orgs.Parse,
	"member.Default": member.Default, "member.Spells": member.Spells, "member.Of": member.Of,
	"member.History": member.History, "member.OfCountry": member.OfCountry, "member.Status": member.Status,
	"member.TierOf": member.TierOf, "member.ParseTier": member.ParseTier,
	"chair.Default": chair.Default, "chair.Bodies": chair.Bodies, "chair.LookupBody": chair.LookupBody,
	"chair.Principal": chair.Principal, "chair.At": chair.At, "chair.AtBody": chair.AtBody,
	"chair.Holders":   chair.Holders,
	"chair.ChairedBy": chair.ChairedBy, "chair.History": chair.History,
	"timeline.Default": timeline.Default, "timeline.All": timeline.All, "timeline.Select": timeline.Select,
	"cow.Load": cow.Load, "cow.LoadFS": cow.LoadFS, "cow.Party": cow.Party, "cow.StateName": cow.StateName,
}

// untested are exported functions the explorer does not call, and why.
var untested = map[string]string{
	"member.NewTable":   "TestNewTableCopiesItsInput; its tables are owned roots",
	"chair.NewTable":    "TestNewTableCopiesItsInput; its tables are owned roots",
	"timeline.NewTable": "TestNewTableCopiesItsInput; its tables are owned roots",
	"cow.Read":          "takes readers, which a call consumes; cow.Load and cow.LoadFS read through it",
}

// cowDir holds the small COW fixture of package member/cow.
var cowDir = filepath.Join("..", "..", "member", "cow", "testdata", "small")

// ownedRoots returns values a caller builds and keeps: the explorer calls
// their methods in every run on the same value, so a result that aliases
// the value's insides (and lets a caller change its answers) shows up.
func ownedRoots(t *testing.T) map[string]any {
	records, bodies, terms, extra := synthetic(rand.New(rand.NewPCG(3, 2026)), small)
	ms, err := member.NewTable(records)
	require.NoError(t, err)
	cs, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	ts, err := timeline.NewTable(ms, cs, extra)
	require.NoError(t, err)
	ds, err := cow.Load(cowDir)
	require.NoError(t, err)
	return map[string]any{"member.NewTable": ms, "chair.NewTable": cs, "timeline.NewTable": ts, "cow.Load": ds}
}

// samples returns the arguments tried for a parameter of type t.
func samples(t reflect.Type) []any {
	switch t {
	case reflect.TypeFor[orgs.ID]():
		ids := []any{orgs.ID("")}
		for o := range orgs.All() {
			ids = append(ids, o.ID)
		}
		return ids
	case reflect.TypeFor[igo.Country]():
		return []any{igo.Country("KZ"), igo.Country("BY"), igo.Country("")}
	case reflect.TypeFor[igo.Date]():
		return []any{igo.Date(20240705), igo.Date(20010615), igo.Date(2022_00_00)}
	case reflect.TypeFor[int]():
		return []any{2024, 2001, 365} // 365: Russia's COW country code
	case reflect.TypeFor[string]():
		// "co": the joint body of the synthetic tables (see synthetic)
		return []any{"heads-of-state", "secretary-general", "co", "SCO", "Kazakhstan", "2024-07/2025", cowDir}
	case reflect.TypeFor[fs.FS]():
		return []any{os.DirFS(cowDir)}
	case reflect.TypeFor[timeline.Filter]():
		return []any{timeline.Filter{}, timeline.Filter{Org: orgs.CSTO, Country: "UZ"}, timeline.Filter{Period: igo.Year(2024)}}
	case reflect.TypeFor[time.Month]():
		return []any{time.July}
	case reflect.TypeFor[time.Time]():
		return []any{time.Date(2024, 7, 4, 12, 0, 0, 0, time.UTC)}
	}
	return nil
}

// argSets returns every combination of sample arguments for fn's parameters
// (after skip receivers), or nil if a parameter has no samples.
func argSets(fn reflect.Type, skip int) [][]reflect.Value {
	sets := [][]reflect.Value{{}}
	for i := skip; i < fn.NumIn(); i++ {
		vs := samples(fn.In(i))
		if vs == nil {
			return nil
		}
		var next [][]reflect.Value
		for _, s := range sets {
			for _, v := range vs {
				next = append(next, append(slices.Clone(s), reflect.ValueOf(v)))
			}
		}
		sets = next
	}
	return sets
}

type explorer struct {
	scribble bool
	out      []string
	seen     map[string]bool
}

const maxDepth = 4

// call calls fn with every sample argument set and visits the results.
func (x *explorer) call(name string, fn reflect.Value, depth int) {
	for _, args := range argSets(fn.Type(), 0) {
		label := name + "(" + fmtArgs(args) + ")"
		for i, r := range fn.Call(args) {
			x.visit(fmt.Sprintf("%s#%d", label, i), r, depth)
		}
	}
}

func fmtArgs(args []reflect.Value) string {
	s := make([]string, len(args))
	for i, a := range args {
		s[i] = fmt.Sprintf("%#v", a.Interface())
	}
	return strings.Join(s, ", ")
}

// pointers matches the addresses %#v prints for pointers inside a value,
// which differ between runs that build equal values.
var pointers = regexp.MustCompile(`\)\(0x[0-9a-f]+\)`)

// visit records v, explores its methods and what it yields, and, when
// scribbling, overwrites everything reachable from it.
func (x *explorer) visit(path string, v reflect.Value, depth int) {
	if v.Kind() == reflect.Func {
		if seqElem(v.Type()) == nil || v.IsNil() {
			return
		}
		i := 0
		yield := reflect.MakeFunc(v.Type().In(0), func(in []reflect.Value) []reflect.Value {
			x.visit(fmt.Sprintf("%s[%d]", path, i), in[0], depth)
			i++
			return []reflect.Value{reflect.ValueOf(true)}
		})
		v.Call([]reflect.Value{yield})
		return
	}
	if v.Kind() == reflect.Interface { // an error
		if v.IsNil() {
			x.out = append(x.out, path+" = nil")
			return
		}
		x.out = append(x.out, path+" = "+v.Elem().Type().String()+" "+fmt.Sprint(v.Interface()))
		return
	}
	dump := pointers.ReplaceAllString(fmt.Sprintf("%#v", v.Interface()), ")(ptr)")
	x.out = append(x.out, path+" = "+dump)
	if v.Kind() == reflect.Pointer && v.IsNil() { // a failed constructor's result: no methods to call
		return
	}
	key := v.Type().String() + dump
	if depth < maxDepth && !x.seen[key] {
		x.seen[key] = true
		x.methods(path, v, depth+1)
	}
	if x.scribble {
		p := reflect.New(v.Type())
		p.Elem().Set(v)
		scribble(p.Elem())
		if v.Kind() == reflect.Pointer && !v.IsNil() { // the result itself, not a copy
			scribble(v)
		}
	}
}

// methods calls v's exported methods that have sample arguments, except
// those that decode into their receiver.
func (x *explorer) methods(path string, v reflect.Value, depth int) {
	t := v.Type()
	for i := range t.NumMethod() {
		m := t.Method(i)
		if strings.HasPrefix(m.Name, "Unmarshal") {
			continue
		}
		for _, args := range argSets(m.Type, 1) {
			label := fmt.Sprintf("%s.%s(%s)", path, m.Name, fmtArgs(args))
			for j, r := range v.Method(i).Call(args) {
				x.visit(fmt.Sprintf("%s#%d", label, j), r, depth)
			}
		}
	}
}

// seqElem returns T if t is iter.Seq[T]'s underlying type, else nil.
func seqElem(t reflect.Type) reflect.Type {
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return nil
	}
	y := t.In(0)
	if y.Kind() != reflect.Func || y.NumIn() != 1 || y.NumOut() != 1 || y.Out(0).Kind() != reflect.Bool {
		return nil
	}
	return y.In(0)
}

// scribble overwrites everything settable that is reachable from v: what a
// caller could change without package unsafe.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			scribble(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e)
			v.SetMapIndex(k, e)
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(7)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(7)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
	// Last, replace the whole value where a caller could: *p = T{} through
	// a returned pointer, or an element of a returned slice.
	if v.CanSet() && v.Kind() != reflect.Pointer {
		v.Set(reflect.Zero(v.Type()))
	}
}

func (x *explorer) run(roots map[string]any) []string {
	x.out, x.seen = nil, map[string]bool{}
	for _, name := range slices.Sorted(maps.Keys(roots)) {
		v := reflect.ValueOf(roots[name])
		x.out = append(x.out, name+" = "+fmt.Sprintf("%#v", v.Interface()))
		x.methods(name, v, 1) // the root itself is the caller's to change: not scribbled
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range entryPoints {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		x.call(name, reflect.ValueOf(entryPoints[name]), 0)
	}
	return x.out
}

func TestResultsCannotChangeTheData(t *testing.T) {
	roots := ownedRoots(t)
	before := (&explorer{}).run(roots)
	require.Greater(t, len(before), 1000, "the explorer reached too little")
	t.Logf("%d results recorded", len(before))
	(&explorer{scribble: true}).run(roots)
	after := (&explorer{}).run(roots)
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("scribbling over results changed what the API returns (-before +after):\n%s", diff)
	}
}

// TestNewTableCopiesItsInput checks that changing the records passed to
// NewTable afterwards does not change the table.
func TestNewTableCopiesItsInput(t *testing.T) {
	ms := []member.Membership{{Org: "X", Country: "KZ", Tier: member.Member, Period: igo.Period{From: 20000101}}}
	mt, err := member.NewTable(ms)
	require.NoError(t, err)
	bodies := []chair.Body{{Org: "X", ID: "council", Role: chair.Chair, Principal: true}}
	terms := []chair.Term{{Org: "X", Body: "council", Country: "KZ", Period: igo.Period{From: 20000101}}}
	ct, err := chair.NewTable(bodies, terms)
	require.NoError(t, err)
	extra := []timeline.Event{{Date: 20000101, Kind: timeline.Founded, Org: "X", Title: "founded"}}
	tt, err := timeline.NewTable(mt, ct, extra)
	require.NoError(t, err)
	snapshot := func() []any {
		return []any{slices.Collect(mt.Spells("")), slices.Collect(ct.Bodies("X")), slices.Collect(ct.History("")), len(slices.Collect(tt.All()))}
	}
	before := snapshot()
	ms[0].Country, bodies[0].Principal, terms[0].Country, extra[0].Title = "RU", false, "RU", "changed"
	require.Equal(t, before, snapshot())
	assert := require.New(t)
	e, ok := firstEvent(tt.Select(timeline.Filter{Org: "X", Country: ""}), timeline.Founded)
	assert.True(ok)
	assert.Equal("founded", e.Title)
}

func firstEvent(seq iter.Seq[timeline.Event], k timeline.Kind) (timeline.Event, bool) {
	for e := range seq {
		if e.Kind == k {
			return e, true
		}
	}
	return timeline.Event{}, false
}

// TestEntryPointsCoverTheAPI checks that the immutability test calls every
// exported function that api/igo.txt lists (but those in untested), and
// has sample arguments for each.
func TestEntryPointsCoverTheAPI(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "api", "igo.txt"))
	require.NoError(t, err)
	pkg := ""
	for line := range strings.Lines(string(b)) {
		if p, ok := strings.CutPrefix(line, "package "); ok {
			pkg = path.Base(strings.TrimSpace(p))
			continue
		}
		if f, ok := strings.CutPrefix(line, "func "); ok {
			name := pkg + "." + f[:strings.IndexAny(f, "[(")]
			if _, ok := untested[name]; ok {
				continue
			}
			fn, ok := entryPoints[name]
			if !assert.True(t, ok, "add %s to entryPoints in immutable_test.go", name) {
				continue
			}
			assert.NotNil(t, argSets(reflect.TypeOf(fn), 0), "add samples for the parameters of %s", name)
		}
	}
}
