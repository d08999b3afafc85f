package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/tradestats/tradestats/data"
)

func init() { register(cmdIngest) }

var cmdIngest = &command{
	Name:      "ingest",
	UsageLine: "ingest [--db PATH] [--quiet] [--date YYYY-MM-DD] [--publisher NAME] [--reextract] [PATH...]",
	Short:     "store news articles and their claims in a database",
	Long: `
Ingest reads news articles, extracts their claims and stores both in a
database, so that they can be queried with 'tradestats articles',
'tradestats claims', 'tradestats summary' and 'tradestats export'.

A PATH is what 'tradestats extract' reads — a file, a directory (read
recursively in lexical order) or "-" for standard input — and also:

	.html .htm          a web page: its main text (navigation, scripts and
	                    other boilerplate dropped), title, date and URL
	.xml .rss .atom     an RSS or Atom feed: one article per item, with its
	                    title, date, link and content
	.gz                 any of these, gzip-compressed ("feed.jsonl.gz")

Each article is stored with its title, date, URL and publisher: from a
plain-text file's header block (see 'tradestats help extract'), a JSON
record's "publisher" (or "source") field, a page's site name, a feed's
title. --date gives the date of the articles that carry none, against
which their relative periods ("in March") are placed, and --publisher the
publisher of those that name none (a corpus of one agency's stories).

The database is --db, else $TRADESTATS_DB, else ./tradestats.db; it is
created if it does not exist. Several ingests may run into one database at
once. It is a SQLite file, or a PostgreSQL database given by its URL:

	postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?PARAM=VALUE&...]

with libpq's parameters (sslmode, connect_timeout, search_path and other
server settings); the password may also come from $PGPASSWORD or
~/.pgpass. The tables are made in the first schema of the search_path
(public by default), which must hold no other application's tables. The
other commands read the same database and print the same output as from
a SQLite file. Messages name the database without its password.

An article is identified by its text: ingesting the same article again
adds nothing and counts it as unchanged. Each article is stored with all
its claims or not at all, so an interrupted ingest leaves only complete
articles, and running it again adds the rest.

With --reextract, no PATH is read: the current extractor is run again over
the text of every stored article and its claims are replaced, so that a
dataset is brought up to date with an improved extractor.

A progress line is shown on stderr when it is a terminal. At the end one
summary line is printed on stdout:

	ingest: 2 new, 40 unchanged, 0 failed articles; 886 claims stored (1204 in database); 0.4s

Articles are extracted --jobs at a time (default: the number of CPUs) and
stored in input order whatever the number.

An input that cannot be read is reported on stderr as
"tradestats: ingest: PATH[:LINE]: problem" and the others are still read.
An article the extractor fails on is reported as "tradestats: ingest:
PATH: article N: internal error: ..." (N counts the articles of PATH from
1; "stored article SEQ" with --reextract) and skipped: it is not stored,
or keeps its claims.

Exit status: 0 on success, 1 if any input could not be read, any article
failed or the database could not be written, 2 for a usage error, 130 when interrupted
(the articles stored until then are kept).
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts ingestOptions
		dbFlag(fs, &opts.db)
		fs.BoolVar(&opts.reextract, "reextract", false, "re-run the extractor over every stored article instead of reading PATHs")
		fs.BoolVarP(&opts.quiet, "quiet", "q", false, "print nothing but errors")
		fs.IntVarP(&opts.jobs, "jobs", "j", 0, "extract `N` articles in parallel (default: the number of CPUs)")
		dateFlag(fs, &opts.date)
		publisherFlag(fs, &opts.publisher)
		// --workers is the former name of --jobs.
		fs.IntVar(&opts.workers, "workers", 0, "the same as --jobs")
		fs.MarkHidden("workers")
		return func(ctx context.Context, e *env, args []string) error {
			return runIngest(ctx, e, opts, args)
		}
	},
}

// ingestOptions are the flags of ingest.
type ingestOptions struct {
	db        string
	reextract bool
	quiet     bool
	jobs      int    // 0: runtime.GOMAXPROCS
	workers   int    // the former --jobs, used when --jobs is not
	date      string // --date: of the articles without one
	publisher string // --publisher: of the articles without one
}

// runIngest stores the articles in paths, or re-extracts the stored ones.
func runIngest(ctx context.Context, e *env, opts ingestOptions, paths []string) error {
	switch {
	case opts.reextract && len(paths) > 0:
		return usageErrorf("--reextract takes no PATH")
	case !opts.reextract && len(paths) == 0:
		return usageErrorf("no input PATH (use - for standard input)")
	case opts.jobs < 0:
		return usageErrorf("--jobs must be positive")
	case opts.workers < 0:
		return usageErrorf("--workers must be positive")
	case opts.reextract && opts.date != "":
		return usageErrorf("--date is for the articles of PATHs; --reextract reads none")
	case opts.reextract && opts.publisher != "":
		return usageErrorf("--publisher is for the articles of PATHs; --reextract reads none")
	}
	if err := checkDate(opts.date); err != nil {
		return err
	}
	start := time.Now()
	db, err := openDB(ctx, opts.db, true)
	if err != nil {
		return err
	}
	defer db.Close()

	var bar *progressbar.ProgressBar
	if !opts.quiet && isTerminal(e.stderr) {
		bar = newIngestBar(e.stderr, opts.reextract)
	}
	warn := func(err error) {
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintf(e.stderr, "tradestats: ingest: %v\n", err)
	}
	iopts := data.IngestOptions{
		Workers: cmp.Or(opts.jobs, opts.workers),
		Warn:    warn,
		Progress: func(st data.IngestStats) {
			if bar != nil {
				updateIngestBar(bar, st, opts.reextract, time.Since(start))
			}
		},
	}
	var st data.IngestStats
	if opts.reextract {
		st, err = db.Reextract(ctx, iopts)
	} else {
		r := &data.Reader{Stdin: e.stdin, Warn: warn, Date: opts.date, Publisher: strings.TrimSpace(opts.publisher)}
		st, err = db.Ingest(ctx, r, paths, iopts)
	}
	if bar != nil {
		bar.Clear()
	}
	if err != nil && st.Articles() == 0 {
		return err
	}
	if !opts.quiet {
		total, cerr := db.CountClaims(context.WithoutCancel(ctx))
		if cerr != nil && err == nil {
			err = cerr
		}
		fmt.Fprintln(e.stdout, ingestSummary(st, opts.reextract, total, time.Since(start)))
	}
	if err != nil {
		return err
	}
	if st.Failed > 0 {
		return errFailed
	}
	return nil
}

// ingestSummary is the final line of an ingest.
func ingestSummary(st data.IngestStats, reextract bool, total int, elapsed time.Duration) string {
	secs := fmt.Sprintf("%.1fs", elapsed.Seconds())
	if reextract {
		return fmt.Sprintf("ingest: %d articles re-extracted; %d claims stored, %d replaced (%d in database); %s",
			st.Reextracted, st.Claims, st.Removed, total, secs)
	}
	return fmt.Sprintf("ingest: %d new, %d unchanged, %d failed articles; %d claims stored (%d in database); %s",
		st.New, st.Unchanged, st.Failed, st.Claims, total, secs)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newIngestBar returns a progress line for an ingest of unknown size.
func newIngestBar(w io.Writer, reextract bool) *progressbar.ProgressBar {
	desc := "ingest"
	if reextract {
		desc = "reextract"
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowIts(),
		progressbar.OptionShowCount(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetElapsedTime(true),
	)
}

// updateIngestBar shows the running totals: files, articles and claims,
// with the claims per second.
func updateIngestBar(bar *progressbar.ProgressBar, st data.IngestStats, reextract bool, elapsed time.Duration) {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(st.Claims) / s
	}
	files := fmt.Sprintf("%d files, ", st.Files)
	if reextract {
		files = ""
	}
	bar.Describe(fmt.Sprintf("%s%d claims (%.0f/s)", files, st.Claims, rate))
	bar.Set(st.Articles())
}
