package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/igodata/igo"
)

// An app runs one command line against its data.
type app struct {
	data   Data
	today  igo.Date // the day a command's omitted --on stands for
	stdout io.Writer
	stderr io.Writer
}

func newApp(d Data, today igo.Date, stdout, stderr io.Writer) *app {
	return &app{data: d, today: today, stdout: stdout, stderr: stderr}
}

// A command is one subcommand of igo.
type command struct {
	name     string
	arg      string // the positional argument's name ("ORG", "FILE"), or "" if none
	optional bool   // the positional argument may be omitted
	flags    string // the synopsis of the flags, for the usage line
	summary  string // one line, for igo --help
	about    string // a paragraph, for igo NAME --help
	examples []string
	define   func(fs *flag.FlagSet, o *opts) // defines the command's flags on o
	run      func(a *app, o *opts) error
}

// opts holds the values of every command's flags; each command defines the
// flags it takes.
type opts struct {
	arg                          string // the positional argument
	on, country, year, org, body string
	tier, from, to, format, out  string
	stale, today                 string
	cow                          string // --cow DIR: answer from the COW IGO v3 files in DIR
	json                         bool
}

func jsonFlag(fs *flag.FlagSet, o *opts) {
	fs.BoolVar(&o.json, "json", false, "print JSON instead of a table")
}

// commands lists the subcommands in the order igo --help shows them.
var commands = []*command{chairsCmd, chairCmd, membersCmd, orgsCmd, timelineCmd, statusCmd, exportCmd, validateCmd}

func commandNames() string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

// A usageError is bad input on the command line: exit status 2.
type usageError struct{ msg string }

// Error returns the message, which names the bad value and the accepted forms.
func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// run runs the command line args (without the program name) and returns the
// exit status: 0 on success, 1 when the command failed, 2 for bad usage.
// Errors are printed to stderr as one line.
func (a *app) run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintf(a.stderr, "igo: missing command; commands: %s (igo --help)\n", commandNames())
		return 2
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				a.help(c, a.stdout)
				return 0
			}
			fmt.Fprintf(a.stderr, "igo help: unknown command %q; commands: %s\n", args[1], commandNames())
			return 2
		}
		a.mainHelp(a.stdout)
		return 0
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(a.stderr, "igo: unknown command %q; commands: %s (igo --help)\n", name, commandNames())
		return 2
	}
	err := a.runCommand(c, args[1:])
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		a.help(c, a.stdout)
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(a.stderr, "igo %s: %s\n", c.name, oneLine(ue.msg))
		return 2
	default:
		fmt.Fprintf(a.stderr, "igo %s: %s\n", c.name, oneLine(err.Error()))
		return 1
	}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// oneLine keeps an error message to one line, whatever it quotes.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (a *app) mainHelp(w io.Writer) {
	fmt.Fprintf(w, "igo answers questions about intergovernmental organizations; igo status\ndescribes the data.\n\n")
	fmt.Fprintf(w, "Usage: igo COMMAND [ARGS] [FLAGS]\n\nCommands:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", c.name, c.summary)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nOrganizations and countries are accepted by code or name, in any case;\n"+
		"dates as YYYY, YYYY-MM or YYYY-MM-DD. --on, where omitted, is today (UTC).\n"+
		"Query commands print an aligned table, or JSON with --json.\n"+
		"Run igo COMMAND --help for a command's flags and examples.\n")
}

// runCommand parses args for c and runs it.
func (a *app) runCommand(c *command, args []string) error {
	fs, o := c.flagSet()
	// Flags may come before or after the positional argument.
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return usagef("%s; %s", flagError(err), accepted(c, fs))
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	switch {
	case c.arg == "" && len(pos) > 0:
		return usagef("unexpected argument %q; %s takes flags only: %s", pos[0], c.name, synopsis(c))
	case c.arg != "" && !c.optional && len(pos) == 0:
		return usagef("missing %s; usage: %s", c.arg, synopsis(c))
	case len(pos) > 1:
		return usagef("unexpected argument %q after %s %q; usage: %s", pos[1], c.arg, pos[0], synopsis(c))
	}
	if len(pos) == 1 {
		o.arg = pos[0]
	}
	if o.cow != "" {
		d, err := cowData(o.cow)
		if err != nil {
			return fmt.Errorf("cannot load --cow %q: %v", o.cow, err)
		}
		a.data = d
	}
	return c.run(a, o)
}

func (c *command) flagSet() (*flag.FlagSet, *opts) {
	fs := flag.NewFlagSet("igo "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, in one line
	fs.Usage = func() {}
	o := &opts{}
	if c.define != nil {
		c.define(fs, o)
	}
	return fs, o
}

func synopsis(c *command) string {
	s := "igo " + c.name
	switch {
	case c.optional:
		s += " [" + c.arg + "]"
	case c.arg != "":
		s += " " + c.arg
	}
	if c.flags != "" {
		s += " " + c.flags
	}
	return s
}

// flagError rewords the flag package's errors with the flag's long form.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return "unknown flag --" + strings.TrimLeft(name, "-")
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return "flag --" + strings.TrimLeft(name, "-") + " needs a value"
	}
	if rest, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		value, name, _ := strings.Cut(rest, " for -")
		name, _, _ = strings.Cut(name, ":")
		return "invalid value " + value + " for --" + name + "; give true or false"
	}
	return msg
}

// accepted lists c's flags, for error messages.
func accepted(c *command, fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, "--"+f.Name) })
	if len(names) == 0 {
		return c.name + " takes no flags (igo " + c.name + " --help)"
	}
	return "accepted: " + strings.Join(names, ", ") + " (igo " + c.name + " --help)"
}

func (a *app) help(c *command, w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", synopsis(c), c.about)
	fs, _ := c.flagSet()
	fmt.Fprintf(w, "\nFlags:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fs.VisitAll(func(f *flag.Flag) {
		typ, usage := flag.UnquoteUsage(f)
		name := "--" + f.Name
		if typ != "" {
			name += " " + typ
		}
		fmt.Fprintf(tw, "  %s\t%s\n", name, usage)
	})
	fmt.Fprintf(tw, "  --help\tprint this help\n")
	tw.Flush()
	fmt.Fprintf(w, "\nExamples:\n")
	for _, e := range c.examples {
		fmt.Fprintf(w, "  %s\n", e)
	}
}
