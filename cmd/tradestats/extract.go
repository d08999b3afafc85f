package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdExtract) }

var cmdExtract = &command{
	Name:      "extract",
	UsageLine: "extract [--format jsonl|json|csv|table] PATH...",
	Short:     "print the numeric claims in news articles",
	Long: `
Extract reads news articles and prints every numeric claim in them: each
quantity expression with its value, unit, subject, metric and the sentence it
is in, with the fields of the claim contract (claims.md).

A PATH is a file, a directory (read recursively in lexical order, skipping
hidden files and files of other types) or "-" for standard input, which is
read as plain text. Files ending in .txt, .md or with no extension are plain
text and may hold several articles; .jsonl and .ndjson files hold one JSON
article per line ({"title": ..., "body": ..., "date": ..., "url": ...}).

Claims are printed in input order as they are found. The formats are:

	jsonl   one JSON object per claim (the default when stdout is not a terminal)
	json    a JSON array of the same objects
	csv     a header row, then one row per claim with every field
	table   aligned columns for reading, one block per article (the default
	        on a terminal; the width is $COLUMNS or the terminal's)

The "source" of a claim is its input path as given, "start" and "end" are
byte offsets of its "text": offsets into the file for plain text, into the
article body for JSON Lines.

An input that cannot be read, or a malformed JSON line, is reported on
stderr as "tradestats: extract: PATH[:LINE]: problem" and the other inputs
are still read.

Exit status: 0 on success, 1 if any input could not be read, 2 for a usage
error, 130 when interrupted.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts extractOptions
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: jsonl, json, csv or table (default: table on a terminal, else jsonl)")
		return func(ctx context.Context, e *env, args []string) error {
			return runExtract(ctx, e, opts, args)
		}
	},
}

// extractOptions are the flags of extract.
type extractOptions struct {
	format string
}

// runExtract prints the claims of every article in paths.
func runExtract(ctx context.Context, e *env, opts extractOptions, paths []string) error {
	if len(paths) == 0 {
		return usageErrorf("no input PATH (use - for standard input)")
	}
	format := e.format(opts.format)
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	w, err := newClaimWriter(format, out, e.width)
	if err != nil {
		return &usageError{err.Error()}
	}
	r := &data.Reader{
		Stdin: e.stdin,
		Warn: func(err error) {
			// Keep stdout and stderr in order on a terminal.
			if e.tty {
				out.Flush()
			}
			fmt.Fprintf(e.stderr, "tradestats: extract: %v\n", err)
		},
	}
	failed, err := r.Walk(paths, func(a *stats.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.WriteArticle(a, stats.Extract(a)); err != nil {
			return err
		}
		if e.tty {
			return out.Flush()
		}
		return nil
	})
	if err == nil {
		err = w.Close()
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}
