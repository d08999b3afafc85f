package main

import (
	"bufio"
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdClaims) }

var cmdClaims = &command{
	Name:      "claims",
	UsageLine: "claims [--db PATH] [FILTER...] [--format jsonl|json|csv|table]",
	Short:     "print the stored claims that match filters",
	Long: `
Claims prints the claims stored in the database by 'tradestats ingest', with
the same fields and formats as 'tradestats extract': for the same articles,
'tradestats claims --format jsonl' prints exactly what 'tradestats extract
--format jsonl' prints (an article met twice, under the same or another
path, is stored once, with the path it was first ingested from). Claims
come in the order their articles were ingested, and in text order within
an article. Once 'tradestats check' has checked a claim, it also shows
the check: the "check" object in JSON, the check_* columns in CSV, a
CHECK column in the table.

The FILTERs combine (all must hold):

	--subject S    the claim's subject is S, ignoring case; a country or bloc
	               may be named by an alias ("US", "U.S." for United States)
	--metric M     the claim's metric is M, ignoring case ("trade deficit")
	--unit U       percent, percentage_point, money, count, ordinal,
	               multiple, quantity or number
	--period P     the period is P or lies within it: "1987" matches 1987,
	               1987-Q4 and 1987-02
	--article ID   the claim is from the article with this id (see
	               'tradestats articles')
	--min X        the value is at least X
	--max X        the value is at most X (the lower end for ranges)
	--search WORDS every word occurs in the claim's sentence, its text or its
	               article's title, ignoring case; characters are literal
	--source S     the article's publisher is S, or the path it was read
	               from contains S, ignoring case ("Reuters", "chinadaily")
	--from DATE    the article is dated DATE (YYYY-MM-DD) or later
	--to DATE      the article is dated DATE or earlier (undated articles
	               are left out by --from and --to)
	--limit N      print at most N claims

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success (also when no claim matches), 1 if the database
cannot be read, 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts claimsOptions
		dbFlag(fs, &opts.db)
		filterFlags(fs, &opts.filter)
		sourceDateFlags(fs, &opts.filter)
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: jsonl, json, csv or table (default: table on a terminal, else jsonl)")
		return func(ctx context.Context, e *env, args []string) error {
			return runClaims(ctx, e, opts, args)
		}
	},
}

// claimsOptions are the flags of claims.
type claimsOptions struct {
	db     string
	filter filterOptions
	format string
}

// filterOptions are the claim filter flags, as given.
type filterOptions struct {
	subject, metric, unit, period, article, search string
	min, max                                       string
	source, from, to                               string
	limit                                          int
}

// filterFlags defines the claim filter flags on fs.
func filterFlags(fs *pflag.FlagSet, f *filterOptions) {
	fs.StringVar(&f.subject, "subject", "", "only claims about `SUBJECT` (any case; aliases such as US work)")
	fs.StringVar(&f.metric, "metric", "", "only claims of `METRIC` (any case)")
	fs.StringVar(&f.unit, "unit", "", "only claims of `UNIT`: "+strings.Join(unitNames(), ", "))
	fs.StringVar(&f.period, "period", "", "only claims for `PERIOD` or a period within it")
	fs.StringVar(&f.article, "article", "", "only claims of the article with this `ID`")
	fs.StringVar(&f.min, "min", "", "only claims with a value of at least `X`")
	fs.StringVar(&f.max, "max", "", "only claims with a value of at most `X`")
	fs.StringVar(&f.search, "search", "", "only claims whose sentence, text or title contains every one of `WORDS`")

	fs.IntVar(&f.limit, "limit", 0, "print at most `N` claims (default: all)")
}

// sourceDateFlags defines --source, --from and --to, the filters that
// claims and report apply to the claims the store returns (see keep).
func sourceDateFlags(fs *pflag.FlagSet, f *filterOptions) {
	fs.StringVar(&f.source, "source", "", "only claims of articles published by `S` or read from a path containing it")
	fs.StringVar(&f.from, "from", "", "only claims of articles dated `DATE` (YYYY-MM-DD) or later")
	fs.StringVar(&f.to, "to", "", "only claims of articles dated `DATE` (YYYY-MM-DD) or earlier")
}

// unitNames lists the units.
func unitNames() []string {
	var s []string
	for _, u := range stats.Units {
		s = append(s, string(u))
	}
	return s
}

// claimFilter checks the filter flags and returns the filter.
func (o filterOptions) claimFilter() (stats.ClaimFilter, error) {
	f := stats.ClaimFilter{
		Subject: strings.TrimSpace(o.subject),
		Metric:  strings.TrimSpace(o.metric),
		Unit:    stats.Unit(strings.ToLower(strings.TrimSpace(o.unit))),
		Period:  strings.TrimSpace(o.period),
		Article: strings.TrimSpace(o.article),
		Search:  o.search,
		Limit:   o.limit,
	}
	if f.Unit != "" && !slices.Contains(stats.Units, f.Unit) {
		return f, usageErrorf("unknown unit %q (want %s)", o.unit, strings.Join(unitNames(), ", "))
	}
	if o.limit < 0 {
		return f, usageErrorf("--limit must not be negative")
	}
	for _, b := range []struct {
		name string
		s    string
		dst  **float64
	}{{"min", o.min, &f.Min}, {"max", o.max, &f.Max}} {
		if b.s == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(b.s), 64)
		if err != nil || math.IsNaN(v) {
			return f, usageErrorf("--%s: %q is not a number", b.name, b.s)
		}
		*b.dst = &v
	}
	return f, nil
}

// runClaims prints the stored claims that match the filters.
func runClaims(ctx context.Context, e *env, opts claimsOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (claims takes flags only)", args[0])
	}
	f, keep, err := opts.filter.filters()
	if err != nil {
		return err
	}
	format := e.format(opts.format)
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	w, err := newClaimWriter(format, out, e.width)
	if err != nil {
		return &usageError{err.Error()}
	}
	db, err := openDB(ctx, opts.db, false)
	if err != nil {
		return err
	}
	defer db.Close()

	// Claims come grouped by article; the writers take an article at a time.
	var (
		group []stats.Claim
		art   stats.Article
	)
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		err := w.WriteArticle(&art, group)
		group = group[:0]
		return err
	}
	err = db.EachClaim(ctx, f, func(c *stats.Claim) error {
		if keep != nil && !keep(c) {
			return nil
		}
		if len(group) > 0 && c.Article != art.ID {
			if err := flush(); err != nil {
				return err
			}
		}
		if len(group) == 0 {
			art = stats.Article{ID: c.Article, Title: c.Title, Source: c.Source, Date: c.Date}
		}
		group = append(group, *c)
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = w.Close()
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// keep returns the filters the store does not apply, --source, --from and
// --to, as a predicate (nil when none is set).
func (o filterOptions) keep() (func(c *stats.Claim) bool, error) {
	source := strings.ToLower(strings.TrimSpace(o.source))
	for _, d := range []struct{ name, v string }{{"from", o.from}, {"to", o.to}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return nil, usageErrorf("--%s %q: want a date as YYYY-MM-DD (1987-03-01)", d.name, d.v)
		}
	}
	if o.from != "" && o.to != "" && o.from > o.to {
		return nil, usageErrorf("--from %s is after --to %s", o.from, o.to)
	}
	if source == "" && o.from == "" && o.to == "" {
		return nil, nil
	}
	return func(c *stats.Claim) bool {
		if source != "" && strings.ToLower(c.Publisher) != source && !strings.Contains(strings.ToLower(c.Source), source) {
			return false
		}
		day := c.Date
		if len(day) > 10 {
			day = day[:10]
		}
		if o.from != "" && (len(day) < 10 || day < o.from) {
			return false
		}
		return o.to == "" || len(day) == 10 && day <= o.to
	}, nil
}

// filters returns the store's filter and the predicate of the others; the
// limit then applies after the predicate.
func (o filterOptions) filters() (stats.ClaimFilter, func(*stats.Claim) bool, error) {
	f, err := o.claimFilter()
	if err != nil {
		return f, nil, err
	}
	keep, err := o.keep()
	if err != nil || keep == nil {
		return f, nil, err
	}
	limit := f.Limit
	f.Limit = 0
	n := 0
	return f, func(c *stats.Claim) bool {
		if !keep(c) || limit > 0 && n >= limit {
			return false
		}
		n++
		return true
	}, nil
}
