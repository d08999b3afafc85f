package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdExtract) }

var cmdExtract = &command{
	Name:      "extract",
	UsageLine: "extract [--format jsonl|json|csv|table] [--date YYYY-MM-DD] PATH...",
	Short:     "print the numeric claims in news articles",
	Long: `
Extract reads news articles and prints every numeric claim in them: each
quantity expression with its value, unit, subject, metric and the sentence it
is in, with the fields of the claim contract (claims.md).

A PATH is a file, a directory (read recursively in lexical order, skipping
hidden files and files of other types) or "-" for standard input, which is
read as plain text. Files ending in .txt, .md or with no extension are plain
text and may hold several articles; .jsonl and .ndjson files hold one JSON
article per line ({"title": ..., "body": ..., "date": ..., "url": ...,
"publisher": ...}; a "source" string is the publisher too).

A plain-text article may open with a header block, lines "Key: value" with
the keys Title, Date, Source (the publisher) and URL, in any case, then a
blank line:

	Title: Chile's copper exports climb in March
	Date: 8 April 2025
	Source: Example Wire

	Chile's copper exports rose 7.5% in March ...

Its values are the article's, and its lines are not article text (offsets
still index the file). In a file of several articles (separated by lines
of "---" or form feeds), each may open with one. A Date: that is not a
date is reported as a warning ("tradestats: extract: warning: PATH:LINE:
...") and the article is read without it.

An article's date places relative periods ("in March", "last year"):
--date gives the date of the articles that carry none; an article's own
date (a header block's, a record's, a page's or a feed item's) wins.

Claims are printed in input order as they are found. The formats are:

	jsonl   one JSON object per claim (the default when stdout is not a terminal)
	json    a JSON array of the same objects
	csv     a header row, then one row per claim with every field
	table   aligned columns for reading, one block per article (the default
	        on a terminal; the width is $COLUMNS or the terminal's)

The "source" of a claim is its input path as given, "start" and "end" are
byte offsets of its "text": offsets into the file for plain text, into the
article body for JSON Lines.

Articles are extracted --jobs at a time (default: the number of CPUs); the
output is the same, byte for byte, whatever the number.

An input that cannot be read, or a malformed JSON line, is reported on
stderr as "tradestats: extract: PATH[:LINE]: problem" and the other inputs
are still read. An article the extractor fails on is reported as
"tradestats: extract: PATH: article N: internal error: ..." (N counts the
articles of PATH from 1) and skipped.

Exit status: 0 on success, 1 if any input could not be read or any article
failed, 2 for a usage error, 130 when interrupted.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts extractOptions
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: jsonl, json, csv or table (default: table on a terminal, else jsonl)")
		fs.IntVarP(&opts.jobs, "jobs", "j", 0, "extract `N` articles in parallel (default: the number of CPUs)")
		dateFlag(fs, &opts.date)
		return func(ctx context.Context, e *env, args []string) error {
			return runExtract(ctx, e, opts, args)
		}
	},
}

// extractOptions are the flags of extract.
type extractOptions struct {
	format string
	jobs   int    // 0: runtime.NumCPU()
	date   string // --date: of the articles without one
}

// extractClaims is the extractor; tests replace it.
var extractClaims = stats.AppendClaims

// safeExtract appends the claims of a to dst (see stats.AppendClaims),
// turning a panic into an error.
func safeExtract(dst []stats.Claim, a *stats.Article) (claims []stats.Claim, err error) {
	defer func() {
		if p := recover(); p != nil {
			claims, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	return extractClaims(dst, a), nil
}

// extractItem is one article, or one reader warning, on its way from the
// reader to the output, in input order.
type extractItem struct {
	a    *stats.Article
	n    int   // the article's number in its source, from 1
	warn error // a reader warning to print in this place (no article)

	claims []stats.Claim
	err    error // the extractor failed on the article

	// For formats whose output for an article does not depend on the
	// articles before it, the worker renders it (see newRenderer): the
	// output, and the error that stopped it, if any.
	out  *bytes.Buffer
	werr error

	done chan struct{} // closed when the fields above are set
}

// A renderer formats the claims of one article into dst.
type renderer func(dst *bytes.Buffer, a *stats.Article, claims []stats.Claim) error

// newRenderer returns, for a format whose output for an article depends on
// that article alone (jsonl, csv rows), a function that makes renderers;
// nil for the other formats. Each worker makes one and formats its
// articles, and the output is written as it is, so that formatting runs in
// parallel too. The renderers are the claimWriters of the format, so the
// output is the same.
func newRenderer(format string) func() renderer {
	var mk func(w io.Writer) claimWriter
	switch format {
	case "jsonl":
		// Into the buffer itself: jsonlWriter then encodes each claim
		// in place (see jsonlWriter.appendTo).
		return func() renderer {
			w := newJSONLWriter(nil)
			return func(dst *bytes.Buffer, a *stats.Article, claims []stats.Claim) error {
				w.w = dst
				return w.WriteArticle(a, claims)
			}
		}
	case "csv":
		// Rows only: the header row is the ordered writer's.
		mk = func(w io.Writer) claimWriter { return &csvWriter{w: csv.NewWriter(w), header: true} }
	default:
		return nil
	}
	return func() renderer {
		var sink struct{ io.Writer }
		w := mk(&sink)
		return func(dst *bytes.Buffer, a *stats.Article, claims []stats.Claim) error {
			sink.Writer = dst
			return w.WriteArticle(a, claims)
		}
	}
}

// renderBufs recycles the buffers of rendered articles.
var renderBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// runExtract prints the claims of every article in paths.
//
// With more than one job, a reader goroutine walks the inputs and hands
// each article, numbered, to the workers and, in input order, to this
// goroutine, which prints the results in that order. The articles in
// flight are bounded (a window of a few per job), so memory stays flat
// whatever the size of the input, and the output is the same as with one
// job.
func runExtract(ctx context.Context, e *env, opts extractOptions, paths []string) error {
	if len(paths) == 0 {
		return usageErrorf("no input PATH (use - for standard input)")
	}
	if opts.jobs < 0 {
		return usageErrorf("--jobs must be positive")
	}
	if err := checkDate(opts.date); err != nil {
		return err
	}
	jobs := opts.jobs
	if jobs == 0 {
		jobs = runtime.NumCPU()
	}
	format := e.format(opts.format)
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	w, err := newClaimWriter(format, out, e.width)
	if err != nil {
		return &usageError{err.Error()}
	}
	// beforeRendered is run before the first rendered article is written:
	// the header row of csv, which csvWriter writes before its first
	// article.
	beforeRendered := func() error { return nil }
	if cw, ok := w.(*csvWriter); ok {
		beforeRendered = func() error {
			if err := cw.writeHeader(); err != nil {
				return err
			}
			cw.w.Flush()
			return cw.w.Error()
		}
	}

	failed := 0 // articles the extractor failed on
	// write prints one item, in input order.
	write := func(it *extractItem) error {
		switch {
		case it.warn != nil:
			// Keep stdout and stderr in order on a terminal.
			if e.tty {
				out.Flush()
			}
			fmt.Fprintf(e.stderr, "tradestats: extract: %v\n", it.warn)
			return nil
		case it.err != nil:
			failed++
			if e.tty {
				out.Flush()
			}
			fmt.Fprintf(e.stderr, "tradestats: extract: %s: article %d: %v\n", it.a.Source, it.n, it.err)
			return nil
		case it.out != nil:
			if beforeRendered != nil {
				if err := beforeRendered(); err != nil {
					return err
				}
				beforeRendered = nil
			}
			_, err := out.Write(it.out.Bytes())
			it.out.Reset()
			renderBufs.Put(it.out)
			it.out = nil
			if err != nil {
				return err
			}
			if it.werr != nil {
				return it.werr
			}
		default:
			if err := w.WriteArticle(it.a, it.claims); err != nil {
				return err
			}
		}
		if e.tty {
			return out.Flush()
		}
		return nil
	}

	var readFailed int
	if jobs == 1 {
		readFailed, err = extractSerial(ctx, e, paths, opts.date, write)
	} else {
		readFailed, err = extractParallel(ctx, e, paths, opts.date, jobs, newRenderer(format), write)
	}
	if err == nil {
		err = w.Close()
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if readFailed > 0 || failed > 0 {
		return errFailed
	}
	return nil
}

// articleCounter numbers the articles of each source from 1.
type articleCounter struct {
	source string
	n      int
}

func (c *articleCounter) next(a *stats.Article) int {
	if c.n == 0 || a.Source != c.source {
		c.source, c.n = a.Source, 0
	}
	c.n++
	return c.n
}

// extractSerial reads, extracts and writes every article in this goroutine.
// date is the date of articles without one.
func extractSerial(ctx context.Context, e *env, paths []string, date string, write func(*extractItem) error) (int, error) {
	var werr error // a write error inside Warn
	r := &data.Reader{
		Stdin: e.stdin,
		Date:  date,
		Warn: func(err error) {
			if werr == nil {
				werr = write(&extractItem{warn: err})
			}
		},
	}
	var count articleCounter
	// One claims buffer, and one item, for every article: write is done
	// with them when it returns.
	buf := make([]stats.Claim, 0, 64)
	var it extractItem
	failed, err := r.WalkContext(ctx, paths, func(a *stats.Article) error {
		if werr != nil {
			return werr
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		it = extractItem{a: a, n: count.next(a)}
		it.claims, it.err = safeExtract(buf[:0], a)
		if it.err == nil {
			buf = it.claims[:0]
		}
		return write(&it)
	})
	if err == nil {
		err = werr
	}
	return failed, err
}

// extractParallel runs the reader in a goroutine of its own, the
// extraction (and, with newRender, the formatting) in jobs workers, and
// write here, in input order. At most 16 items per job, and about
// data.MaxInflightText of article text, are in flight.
func extractParallel(ctx context.Context, e *env, paths []string, date string, jobs int,
	newRender func() renderer,
	write func(*extractItem) error) (int, error) {
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	window := 16 * jobs
	order := make(chan *extractItem, window) // bounds the items in flight
	work := make(chan *extractItem, window)
	// and their text: the claims of the 1 MiB parts of a huge article
	// take tens of MB each
	inflight := data.NewBudget(data.MaxInflightText)

	// The reader.
	var (
		readFailed int
		readErr    error
	)
	go func() {
		defer close(order)
		defer close(work)
		send := func(it *extractItem) error {
			select {
			case order <- it:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		}
		var sendErr error
		r := &data.Reader{
			Stdin: e.stdin,
			Date:  date,
			Warn: func(err error) {
				if sendErr == nil {
					sendErr = send(&extractItem{warn: err})
				}
			},
		}
		var count articleCounter
		readFailed, readErr = r.WalkContext(rctx, paths, func(a *stats.Article) error {
			if sendErr != nil {
				return sendErr
			}
			if err := rctx.Err(); err != nil {
				return err
			}
			it := &extractItem{a: a, n: count.next(a), done: make(chan struct{})}
			if err := inflight.Acquire(rctx, len(a.Text)); err != nil {
				return err
			}
			if err := send(it); err != nil {
				inflight.Release(len(a.Text))
				return err
			}
			work <- it // the workers never block, so this does not for long
			return nil
		})
		if readErr == nil {
			readErr = sendErr
		}
	}()

	// The workers.
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var render renderer
			if newRender != nil {
				render = newRender()
			}
			for it := range work {
				it.claims, it.err = safeExtract(nil, it.a)
				if render != nil && it.err == nil {
					it.out = renderBufs.Get().(*bytes.Buffer)
					it.werr = render(it.out, it.a, it.claims)
					it.claims = nil
				}
				close(it.done)
			}
		}()
	}
	defer wg.Wait()

	// The writer, here.
	var err error
	for it := range order {
		if it.done != nil {
			<-it.done
		}
		if it.warn == nil {
			if err = ctx.Err(); err != nil {
				break
			}
		}
		err = write(it)
		if it.a != nil {
			inflight.Release(len(it.a.Text))
		}
		if err != nil {
			break
		}
	}
	if err != nil {
		stop()
		for range order { // let the reader finish
		}
		return readFailed, err
	}
	return readFailed, readErr
}
