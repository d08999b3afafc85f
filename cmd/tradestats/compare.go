package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdCompare) }

var cmdCompare = &command{
	Name:      "compare",
	UsageLine: "compare [--db PATH] [--subject S] [--metric M] [--verdict V] [--all] [--carried] [--series] [--metrics FILE] [--format table|jsonl|csv|json]",
	Short:     "compare the figures that several articles state",
	Long: `
Compare groups the stored claims that state the same figure in different
articles and says whether the articles agree. Claims state the same figure
when their whole frames are equal: the subject (through the gazetteer:
"U.S." is United States), the counterpart of a two-sided figure ("surplus
with the US" is not the overall surplus), the indicator, the metric (through
the metric vocabulary: "of the world's GDP" is "share of world gdp"; finer
wording such as "non-oil", "seasonally adjusted" or "part of" a debt keeps
figures apart), the period (or both none; a debt dated to a day counts for
its month), the outlook (a forecast is compared only with forecasts by the
same forecaster, never with the outcome), the basis of a change within a
year ("year-on-year", "annualised", or unstated), the unit and currency and
the kind of figure (a level, a rise or a fall). A figure in a dated article
that states no period is a level at an unstated time and is not compared;
nor are ranks, counts of nothing named, deals ("bought 2,000 tonnes"), and
tonnes or barrels of goods the sentence does not name.

Copies of one story count as one independent article: identical texts, and
near copies (a re-sent or CORRECTED wire story: the same figures, and the
same title or most of the same words).

Claims whose subject or period was carried from an earlier sentence (the
sentence names neither, as in "Exports rose 5%" after a paragraph on Chile
in 1986) are left out unless --carried: carried fields are too weak to say
two figures are one. A subject is stated when the sentence points back to
it ("It", "Its", "The country's", "The trade surplus ...").

Each claim becomes an interval of the values it allows, from its rounding
and its hedge word: with u the unit of its last significant digit, "62" is
61.5-62.5, "around 62" 60-64, "nearly 60" 58-60, "just over 60" 60-62.
Open-ended hedges are one-sided: "over 60", "exceeded 550", "at least 60"
allow any value from their figure up, "under 60" and "up to 60" any value
up to it, and the group's note says so. A group is consistent when all its
intervals share a point, in tension when they do not but the largest gap is
at most u or 2% of the median, and in conflict otherwise; in a group that
is not consistent, the claims that miss the value most articles agree on
are outliers.

By default only groups stated by two or more independent articles are
shown, conflicts first, then tension, then consistent; --all shows every
group, also those of one article. The filters combine:

	--subject S    the group's subject is S, by any name ("US", "U.S.")
	--metric M     the group's metric is M, by any synonym ("economic
	               growth" is "gdp growth"); a metric the vocabulary does not
	               know is matched by its normalised phrase
	--verdict V    consistent, tension or conflict

--metrics FILE extends the built-in metric vocabulary with the lines of
FILE, in its format: a canonical metric, a tab, then synonyms separated by
"|"; "#" starts a comment line. For example the line

	share of world gdp	of the planet's output|of world wealth

makes "40% of the planet's output" comparable with "62% of world GDP".

--series lists the value of one --subject and --metric per period, in time
order, across all articles (for time charts): the median of the period's
claims, their min and max, and the numbers of claims and of articles. When
the metric is stated in several units, the one most claims use is kept.

Formats (default: table on a terminal, else jsonl):

	table   one block per group: a header line (subject · metric · unit ·
	        period — VERDICT, articles, range), then one row per claim:
	        value, interval, date, title and text; "!" marks an outlier
	jsonl   one object per group: subject, counterpart, indicator, metric,
	        unit, currency, unit_name, period, change, outlook, forecaster,
	        verdict, min, median, max, spread, relative_spread, articles,
	        stated (articles that state the whole frame), note and claims,
	        a list of objects with article, title, date, source, text,
	        value, max, approx, low, high, outlier, bound ("lower" or
	        "upper" for a one-sided figure), carried, copy_of and sentence
	        (an unbounded low or high is null)
	json    a JSON array of the same objects
	csv     a header row, then one row per claim with its group's columns
	        repeated ("group" numbers the groups from 1); text cells
	        starting with = + - @ tab or CR get a leading '

With --series, jsonl, json and csv have one record per period (subject,
metric, unit, currency, change, period, value, min, max, claims,
articles), and the table one row per period.

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success (also when no group matches), 1 if the database
or the --metrics file cannot be read or the file is malformed, 2 for a
usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts compareOptions
		dbFlag(fs, &opts.db)
		fs.StringVar(&opts.subject, "subject", "", "only groups about `SUBJECT` (any name: US, U.S., United States)")
		fs.StringVar(&opts.metric, "metric", "", "only groups of `METRIC` (any synonym: economic growth is gdp growth)")
		fs.StringVar(&opts.verdict, "verdict", "", "only groups with `VERDICT`: consistent, tension or conflict")
		fs.BoolVar(&opts.all, "all", false, "show every group, also those stated by one article only")
		fs.BoolVar(&opts.carried, "carried", false, "also show groups that rest on a subject or period carried from an earlier sentence")
		fs.BoolVar(&opts.series, "series", false, "list the value per period of one --subject and --metric")
		fs.StringVar(&opts.metrics, "metrics", "", "extend the metric vocabulary with `FILE` (see above for the format)")
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: table, jsonl, csv or json (default: table on a terminal, else jsonl)")
		return func(ctx context.Context, e *env, args []string) error {
			return runCompare(ctx, e, opts, args)
		}
	},
}

// compareOptions are the flags of compare.
type compareOptions struct {
	carried         bool
	db              string
	subject, metric string
	verdict         string
	all, series     bool
	metrics         string
	format          string
}

// compareFormats are the output formats of compare.
var compareFormats = []string{"table", "jsonl", "csv", "json"}

// runCompare prints the comparison groups, or a series, of the stored
// claims.
func runCompare(ctx context.Context, e *env, opts compareOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (compare takes flags only)", args[0])
	}
	format := e.format(opts.format)
	if !slices.Contains(compareFormats, format) {
		return usageErrorf("unknown format %q (want table, jsonl, csv or json)", format)
	}
	subject, metric := strings.TrimSpace(opts.subject), strings.TrimSpace(opts.metric)
	var verdict stats.Verdict
	if opts.verdict != "" {
		verdict = stats.Verdict(strings.ToLower(strings.TrimSpace(opts.verdict)))
		if verdict != stats.Consistent && verdict != stats.Tension && verdict != stats.Conflict {
			return usageErrorf("unknown verdict %q (want consistent, tension or conflict)", opts.verdict)
		}
	}
	if opts.series {
		if subject == "" || metric == "" {
			return usageErrorf("--series needs --subject and --metric")
		}
		if verdict != "" || opts.all {
			return usageErrorf("--verdict and --all do not apply to --series")
		}
	}
	m, err := loadMetrics(opts.metrics)
	if err != nil {
		return err
	}
	db, err := openDB(ctx, opts.db, false)
	if err != nil {
		return err
	}
	defer db.Close()

	// Only claims with a subject and a metric can be compared. The subject
	// filter is applied here on the canonical name, which is the group's
	// subject; the metric only after grouping, since a claim's group metric
	// also depends on its unit, change and sentence.
	var wantSubject string
	if subject != "" {
		wantSubject = stats.CanonicalSubject(subject)
	}
	canon := map[string]bool{} // claim subject → matches
	var claims []stats.Claim
	err = db.EachClaim(ctx, stats.ClaimFilter{}, func(c *stats.Claim) error {
		if c.Subject == "" {
			return nil
		}
		if wantSubject != "" {
			ok, seen := canon[c.Subject]
			if !seen {
				ok = strings.EqualFold(stats.CanonicalSubject(c.Subject), wantSubject)
				canon[c.Subject] = ok
			}
			if !ok {
				return nil
			}
		}
		claims = append(claims, *c)
		return nil
	})
	if err != nil {
		return err
	}

	out := bufio.NewWriterSize(e.stdout, 64<<10)
	if opts.series {
		err = writeSeries(out, format, e.width, claims, subject, metric, m)
	} else {
		err = writeGroups(out, format, e.width, compareGroups(claims, m, subject, metric, verdict, opts.all, opts.carried))
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// loadMetrics returns the metric vocabulary: the built-in one, extended by
// the file at path if path is set. A malformed line is reported as
// "FILE:LINE: problem".
func loadMetrics(path string) (*stats.Metrics, error) {
	if path == "" {
		return stats.DefaultMetrics(), nil
	}
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %v", path, pe.Err)
		}
		return nil, err
	}
	defer f.Close()
	m, err := stats.LoadMetrics(f)
	if err != nil {
		var me *stats.MetricsError
		if errors.As(err, &me) {
			return nil, fmt.Errorf("%s:%d: %s", path, me.Line, me.Msg)
		}
		return nil, fmt.Errorf("%s: %v", path, strings.TrimPrefix(err.Error(), "stats: "))
	}
	return m, nil
}

// knownMetric reports whether metric, canonicalised, is in the vocabulary.
func knownMetric(m *stats.Metrics, metric string) bool {
	return slices.Contains(m.Names(), m.Canonical(metric))
}

// compareGroups groups the claims and keeps the groups that match the
// filters (subject, metric and verdict may be empty).
func compareGroups(claims []stats.Claim, m *stats.Metrics, subject, metric string, verdict stats.Verdict, all, carried bool) []stats.Group {
	opt := stats.CompareOptions{Metrics: m, MinArticles: 2, Carried: carried}
	if all {
		opt.MinArticles = 0
	}
	// A metric the vocabulary does not know is still compared when asked
	// for by name.
	if metric != "" && !knownMetric(m, metric) {
		opt.AllMetrics = true
	}
	groups := stats.Compare(claims, opt)
	var wantSubject, wantMetric string
	if subject != "" {
		wantSubject = stats.CanonicalSubject(subject)
	}
	if metric != "" {
		wantMetric = m.Canonical(metric)
	}
	return slices.DeleteFunc(groups, func(g stats.Group) bool {
		return wantSubject != "" && !strings.EqualFold(g.Subject, wantSubject) ||
			wantMetric != "" && !strings.EqualFold(g.Metric, wantMetric) ||
			verdict != "" && g.Verdict != verdict
	})
}
