package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdArticles) }

var cmdArticles = &command{
	Name:      "articles",
	UsageLine: "articles [--db PATH] [--format table|jsonl|csv|json]",
	Short:     "list the stored articles",
	Long: `
Articles lists the articles stored in the database by 'tradestats ingest',
in the order they were ingested: id, title, date, publisher, source (the
path it was read from), URL and the number of claims. The id is what
'tradestats claims --article' takes.

The formats are table (the default on a terminal), jsonl (the default
otherwise; one object per article with the keys id, title, date,
publisher, source, url and claims; date, publisher and url only when
known), json (an array of the same objects) and csv (a header row,
then one row per article; text cells starting with = + - @ tab or CR get a
leading ').

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success, 1 if the database cannot be read, 2 for a usage
error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts articlesOptions
		dbFlag(fs, &opts.db)
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: table, jsonl, csv or json (default: table on a terminal, else jsonl)")
		return func(ctx context.Context, e *env, args []string) error {
			return runArticles(ctx, e, opts, args)
		}
	},
}

// articlesOptions are the flags of articles.
type articlesOptions struct {
	db     string
	format string
}

// articleRow is one article in the output of articles.
type articleRow struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Date      string `json:"date,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Source    string `json:"source"`
	URL       string `json:"url,omitempty"`
	Claims    int    `json:"claims"`
}

// runArticles lists the stored articles.
func runArticles(ctx context.Context, e *env, opts articlesOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (articles takes flags only)", args[0])
	}
	format := e.format(opts.format)
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	w, err := newArticleWriter(format, out, e.width)
	if err != nil {
		return &usageError{err.Error()}
	}
	db, err := openDB(ctx, opts.db, false)
	if err != nil {
		return err
	}
	defer db.Close()
	err = db.EachArticle(ctx, func(a *stats.Article, claims int) error {
		return w.Write(&articleRow{ID: a.ID, Title: a.Title, Date: a.Date, Publisher: a.Publisher, Source: a.Source, URL: a.URL, Claims: claims})
	})
	if err == nil {
		err = w.Close()
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// An articleWriter prints articles in one output format.
type articleWriter interface {
	Write(a *articleRow) error
	Close() error
}

// newArticleWriter returns the writer for format.
func newArticleWriter(format string, w io.Writer, width int) (articleWriter, error) {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &articleJSONL{enc: enc}, nil
	case "json":
		return &articleJSON{jsonArray{w: w}}, nil
	case "csv":
		return &articleCSV{w: csv.NewWriter(w)}, nil
	case "table":
		return &articleTable{w: w, width: width}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want table, jsonl, csv or json)", format)
}

type articleJSONL struct{ enc *json.Encoder }

func (j *articleJSONL) Write(a *articleRow) error { return j.enc.Encode(a) }
func (j *articleJSONL) Close() error              { return nil }

// articleJSON streams a JSON array, one object per line.
type articleJSON struct{ jsonArray }

func (j *articleJSON) Write(a *articleRow) error {
	return j.add(func(b *bytes.Buffer) error {
		enc := json.NewEncoder(b)
		enc.SetEscapeHTML(false)
		return enc.Encode(a)
	})
}

type articleCSV struct {
	w      *csv.Writer
	header bool
}

func (c *articleCSV) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write([]string{"id", "title", "date", "publisher", "source", "url", "claims"})
}

func (c *articleCSV) Write(a *articleRow) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	return c.w.Write([]string{safeCell(a.ID), safeCell(a.Title), safeCell(a.Date), safeCell(a.Publisher), safeCell(a.Source), safeCell(a.URL), strconv.Itoa(a.Claims)})
}

func (c *articleCSV) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// articleTable prints aligned columns fitted to the width (see
// fitColumns). It keeps the rows until Close to size the columns.
type articleTable struct {
	w     io.Writer
	width int
	rows  [][]string
}

// articleColumns are the table's headings.
var articleColumns = []string{"ID", "DATE", "CLAIMS", "TITLE", "PUBLISHER", "SOURCE"}

func (t *articleTable) Write(a *articleRow) error {
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	t.rows = append(t.rows, []string{a.ID, a.Date, strconv.Itoa(a.Claims), cell(title), cell(a.Publisher), cell(a.Source)})
	return nil
}

func (t *articleTable) Close() error {
	if len(t.rows) == 0 {
		_, err := io.WriteString(t.w, "(no articles)\n")
		return err
	}
	rows := append([][]string{articleColumns}, t.rows...)
	widths := fitColumns(rows, t.width)
	var b strings.Builder
	for _, row := range rows {
		b.Reset()
		for i, s := range row {
			s = truncate(s, widths[i])
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			if i > 0 {
				b.WriteString("  ")
			}
			if i == 2 { // CLAIMS, right-aligned
				b.WriteString(pad + s)
			} else {
				b.WriteString(s + pad)
			}
		}
		if _, err := io.WriteString(t.w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
