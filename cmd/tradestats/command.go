package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// A command is one tradestats subcommand. Each lives in its own file, which
// declares it and registers it from an init func:
//
//	func init() { register(cmdExtract) }
type command struct {
	Name      string // "extract"
	UsageLine string // after "tradestats ": "extract [--format FORMAT] PATH..."
	Short     string // one line for the command list
	Long      string // the help text, after the usage line

	// Flags defines the command's flags on fs and returns the function that
	// runs it once the flags are parsed, with the remaining arguments.
	Flags func(fs *pflag.FlagSet) runFunc
}

// runFunc runs a command. It returns a *usageError for bad usage,
// errFailed when problems were already reported, or any other error to be
// printed on one line.
type runFunc func(ctx context.Context, e *env, args []string) error

// commands is the command table, in the order commands register.
var commands []*command

// register adds a command to the table.
func register(c *command) { commands = append(commands, c) }

// lookup returns the command called name, or nil.
func lookup(name string) *command {
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// env is what a command may use of its surroundings.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	tty            bool // stdout is a terminal
	width          int  // columns for tables: $COLUMNS, the terminal's width, or 100
}

// newEnv returns the env for the given streams.
func newEnv(stdin io.Reader, stdout, stderr io.Writer) *env {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, width: 100}
	fd := -1
	if f, ok := stdout.(*os.File); ok {
		fd = int(f.Fd())
		e.tty = term.IsTerminal(fd)
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		e.width = n
	} else if e.tty {
		if w, _, err := term.GetSize(fd); err == nil && w > 0 {
			e.width = w
		}
	}
	return e
}

// format returns the output format asked for, or the default: table on a
// terminal, JSON Lines otherwise.
func (e *env) format(asked string) string {
	switch {
	case asked != "":
		return asked
	case e.tty:
		return "table"
	}
	return "jsonl"
}

// usageError is a command-line mistake: exit status 2, with the usage line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// errFailed says that the command has already reported its problems on
// stderr and should exit with status 1.
var errFailed = errors.New("failed")

// Exit statuses.
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// run runs the tradestats command line args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := newEnv(stdin, stdout, stderr)
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return runHelp(e, args[1:])
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "tradestats", tradestatsVersion())
		return exitOK
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(stderr, "tradestats: unknown command %q\n", args[0])
		if near := nearestCommand(args[0]); near != "" {
			fmt.Fprintf(stderr, "Did you mean %s?\n", near)
		}
		fmt.Fprintln(stderr)
		printUsage(stderr)
		return exitUsage
	}

	// pflag rather than the standard flag package: it allows interspersed
	// flags, so flags may come after paths ("tradestats extract a.txt
	// --format csv"), and it has GNU-style --long and -s flags.
	fs := newFlagSet(cmd)
	runCmd := cmd.Flags(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			printHelp(stdout, cmd)
			return exitOK
		}
		return report(e, cmd, &usageError{err.Error()})
	}
	return report(e, cmd, runCmd(ctx, e, fs.Args()))
}

// newFlagSet returns a flag set for cmd that leaves all reporting to run.
func newFlagSet(cmd *command) *pflag.FlagSet {
	fs := pflag.NewFlagSet(cmd.Name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.SortFlags = false
	return fs
}

// report prints err, if any, and returns the exit status for it.
func report(e *env, cmd *command, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "tradestats: %s: %s\n", cmd.Name, ue.msg)
		fmt.Fprintf(e.stderr, "usage: tradestats %s\n", cmd.UsageLine)
		fmt.Fprintf(e.stderr, "Run 'tradestats help %s' for details.\n", cmd.Name)
		return exitUsage
	case errors.Is(err, errFailed):
		return exitError
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "tradestats: interrupted")
		return exitInterrupted
	}
	fmt.Fprintf(e.stderr, "tradestats: %s: %v\n", cmd.Name, err)
	return exitError
}

// runHelp runs "tradestats help [command]".
func runHelp(e *env, args []string) int {
	switch {
	case len(args) == 0:
		printUsage(e.stdout)
		return exitOK
	case len(args) > 1:
		fmt.Fprintln(e.stderr, "usage: tradestats help [command]")
		return exitUsage
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(e.stderr, "tradestats: unknown command %q\n", args[0])
		if near := nearestCommand(args[0]); near != "" {
			fmt.Fprintf(e.stderr, "Did you mean %s?\n", near)
		}
		fmt.Fprintln(e.stderr, "Run 'tradestats help' for usage.")
		return exitUsage
	}
	printHelp(e.stdout, cmd)
	return exitOK
}

// printUsage prints the list of commands.
func printUsage(w io.Writer) {
	fmt.Fprint(w, `tradestats extracts numeric claims from economic and trade news.

Usage:

	tradestats <command> [arguments]

The commands are:

`)
	cmds := slices.Clone(commands)
	slices.SortFunc(cmds, func(a, b *command) int { return strings.Compare(a.Name, b.Name) })
	for _, c := range cmds {
		fmt.Fprintf(w, "\t%-10s %s\n", c.Name, c.Short)
	}
	fmt.Fprint(w, `
Use "tradestats help <command>" for more information about a command,
and "tradestats --version" for the version.
`)
}

// printHelp prints a command's help: usage line, description and flags.
func printHelp(w io.Writer, cmd *command) {
	fmt.Fprintf(w, "usage: tradestats %s\n\n%s\n", cmd.UsageLine, strings.TrimSpace(cmd.Long))
	fs := newFlagSet(cmd)
	cmd.Flags(fs)
	if fs.HasFlags() {
		fmt.Fprintf(w, "\nFlags:\n%s", fs.FlagUsagesWrapped(80))
	}
}

// nearestCommand returns the command whose name is nearest to name (an
// edit distance of at most a third of its length, at least 1), or "".
func nearestCommand(name string) string {
	name = strings.ToLower(name)
	best, bestD := "", 0
	for _, c := range commands {
		d := editDistance(name, c.Name)
		if d <= max(1, len(c.Name)/3) && (best == "" || d < bestD) {
			best, bestD = c.Name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b (insertions,
// deletions and substitutions of bytes; a swap of neighbours counts one).
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
