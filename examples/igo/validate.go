package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/igodata/igo/internal/data"
	"github.com/igodata/igo/internal/source"
)

var validateCmd = &command{
	name:    "validate",
	arg:     "FILE",
	summary: "check an organization source file and report every problem",
	about: "Validate decodes FILE, an organization file in the source format of\n" +
		"internal/data/README.md, and checks it with the same rules as go generate,\n" +
		"against the built-in countries, parties and other organizations (a file\n" +
		"with the ID of a built-in organization replaces it). It prints every\n" +
		"problem with its file, record and field, and exits with status 1 if it\n" +
		"finds any.",
	examples: []string{"igo validate internal/data/orgs/sco.json", "igo validate my-org.json"},
	define:   func(fs *flag.FlagSet, o *opts) {},
	run: func(a *app, o *opts) error {
		b, err := os.ReadFile(o.arg)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return usagef("cannot read FILE %q: %v; give the path of an organization file (.json)", o.arg, pe.Err)
			}
			return usagef("cannot read FILE %q: %v", o.arg, err)
		}
		f := &source.File{}
		if err := source.Decode(b, f); err != nil {
			fmt.Fprintf(a.stdout, "%s: %v\n", o.arg, err)
			return fmt.Errorf("%s: cannot be decoded", o.arg)
		}
		f.Path = o.arg
		d, err := source.Load(data.FS)
		if err != nil {
			return fmt.Errorf("the built-in data do not load: %v", err)
		}
		d.Orgs = slices.DeleteFunc(d.Orgs, func(g *source.File) bool { return g.ID == f.ID })
		d.Orgs = append(d.Orgs, f)
		slices.SortFunc(d.Orgs, func(x, y *source.File) int { return strings.Compare(x.ID, y.ID) })
		problems := source.Validate(d)
		for _, p := range problems {
			fmt.Fprintln(a.stdout, p)
		}
		if len(problems) > 0 {
			return fmt.Errorf("%s: %d problem(s)", o.arg, len(problems))
		}
		fmt.Fprintf(a.stdout, "%s: ok (%s: %d memberships, %d terms, %d events, %d sources)\n",
			o.arg, f.ID, len(f.Memberships), len(f.Terms), len(f.Events), len(f.Sources))
		return nil
	},
}
