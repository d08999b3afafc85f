package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
)

func init() { register(cmdSummary) }

var cmdSummary = &command{
	Name:      "summary",
	UsageLine: "summary [--db PATH] [--top N] [--format text|json]",
	Short:     "count the stored articles and claims",
	Long: `
Summary describes the database filled by 'tradestats ingest': the number of
articles and sources, the range of article dates, the number of claims,
and the claims counted by unit, by subject and by metric, most first.

The subject and metric lists show the --top N (default 20; 0 for all).
With --format json everything is printed as one JSON object, the lists
whole.

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success, 1 if the database cannot be read, 2 for a usage
error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts summaryOptions
		dbFlag(fs, &opts.db)
		fs.IntVar(&opts.top, "top", 20, "show the `N` most frequent subjects and metrics (0: all)")
		fs.StringVarP(&opts.format, "format", "f", "text", "output `FORMAT`: text or json")
		return func(ctx context.Context, e *env, args []string) error {
			return runSummary(ctx, e, opts, args)
		}
	},
}

// summaryOptions are the flags of summary.
type summaryOptions struct {
	db     string
	top    int
	format string
}

// runSummary prints the summary of the database.
func runSummary(ctx context.Context, e *env, opts summaryOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (summary takes flags only)", args[0])
	}
	if opts.format != "text" && opts.format != "json" {
		return usageErrorf("unknown format %q (want text or json)", opts.format)
	}
	if opts.top < 0 {
		return usageErrorf("--top must not be negative")
	}
	db, err := openDB(ctx, opts.db, false)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.Summary(ctx)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	if opts.format == "json" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(s)
	} else {
		err = writeSummary(out, db.Path(), s, opts.top)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// writeSummary prints s for people.
func writeSummary(w io.Writer, path string, s *data.Summary, top int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "database  %s\n", path)
	fmt.Fprintf(&b, "articles  %d from %d sources", s.Articles, s.Sources)
	if s.Outdated > 0 {
		fmt.Fprintf(&b, ", %d extracted by an older extractor (run 'tradestats ingest --reextract')", s.Outdated)
	}
	b.WriteString("\n")
	switch {
	case s.FirstDate == "":
		b.WriteString("dates     none\n")
	default:
		fmt.Fprintf(&b, "dates     %s to %s", s.FirstDate, s.LastDate)
		if s.Undated > 0 {
			fmt.Fprintf(&b, " (%d articles undated)", s.Undated)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "claims    %d\n", s.Claims)
	for _, g := range []struct {
		heading string
		counts  []data.Count
		top     int
	}{
		{"UNIT", s.ByUnit, 0},
		{"SUBJECT", s.BySubject, top},
		{"METRIC", s.ByMetric, top},
	} {
		if len(g.counts) == 0 {
			continue
		}
		b.WriteString("\n")
		writeCounts(&b, g.heading, g.counts, g.top)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeCounts prints a heading and the first top counts (all if top is 0)
// in two columns, and how many more there are.
func writeCounts(b *strings.Builder, heading string, counts []data.Count, top int) {
	shown := counts
	if top > 0 && len(shown) > top {
		shown = shown[:top]
	}
	width := len(heading)
	for _, c := range shown {
		width = max(width, utf8.RuneCountInString(countName(c.Name)))
	}
	width = min(width, 60)
	fmt.Fprintf(b, "%-*s  %s\n", width, heading, "CLAIMS")
	for _, c := range shown {
		name := truncate(countName(c.Name), width)
		fmt.Fprintf(b, "%s%s  %6d\n", name, strings.Repeat(" ", width-utf8.RuneCountInString(name)), c.N)
	}
	if rest := len(counts) - len(shown); rest > 0 {
		fmt.Fprintf(b, "(%d more; --top 0 shows all)\n", rest)
	}
}

// countName is how a counted value is shown: "(none)" for the empty one.
func countName(s string) string {
	if s == "" {
		return "(none)"
	}
	return cell(s)
}
