package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdChart) }

var cmdChart = &command{
	Name:      "chart",
	UsageLine: "chart --kind compare|shares|timeline|overview [--subject S] [--metric M] [--metrics FILE] [--db PATH] -o FILE.png|.svg",
	Short:     "draw one chart of the stored claims as PNG or SVG",
	Long: `
Chart draws one chart of the stored claims into FILE, as 'tradestats
report' draws it: a PNG at twice screen resolution when FILE ends in .png,
an SVG when it ends in .svg.

The kinds (--kind):

	compare    one figure that two or more articles state: a row per
	           article, a dot at its figure and a bar for the interval its
	           rounding and wording allow, coloured by verdict
	shares     percent-of-a-whole figures of one metric ("share of world
	           gdp") across subjects, as bars sorted by value
	timeline   one subject's metric over three or more periods
	overview   claims per subject, the top 15

--subject and --metric (any name or synonym, as for 'tradestats compare')
say what to draw; --metrics FILE extends the metric vocabulary as for
'tradestats compare'. What is left out is chosen as the most relevant:

	compare    the first matching group that 'tradestats compare' lists:
	           conflicts first, then tension, then consistent figures,
	           each by number of articles
	shares     the "share of world ..." metric (world GDP, trade, exports
	           ...) stated for the most subjects; --metric may name any
	           percent-of-a-whole metric, and there is no --subject: the
	           chart shows every subject, each with its figure stated by
	           the most articles
	timeline   among the matching figures stated for three or more periods
	           of one length (years, quarters, months...) in one unit,
	           levels before rises and falls, the one stated by the most
	           articles
	overview   takes neither flag

One line on stdout says which file was written and what it shows.

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success, 1 if the database cannot be read or has nothing
to draw, 2 for a usage error (an unknown kind, FILE not .png or .svg).
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts chartOptions
		dbFlag(fs, &opts.db)
		fs.StringVar(&opts.kind, "kind", "", "the `KIND` of chart: compare, shares, timeline or overview")
		fs.StringVar(&opts.subject, "subject", "", "the `SUBJECT` to draw (any name: US, U.S., United States)")
		fs.StringVar(&opts.metric, "metric", "", "the `METRIC` to draw (any synonym: economic growth is gdp growth)")
		fs.StringVarP(&opts.out, "output", "o", "", "write the chart to `FILE` (.png or .svg)")
		fs.StringVar(&opts.metrics, "metrics", "", "extend the metric vocabulary with `FILE` (see 'tradestats help compare')")
		return func(ctx context.Context, e *env, args []string) error {
			return runChart(ctx, e, opts, args)
		}
	},
}

// chartOptions are the flags of chart.
type chartOptions struct {
	db              string
	kind            string
	subject, metric string
	out             string
	metrics         string
}

// chartKinds are the kinds of chart, in the order of the report.
var chartKinds = []string{"compare", "shares", "timeline", "overview"}

// runChart draws one chart of the stored claims.
func runChart(ctx context.Context, e *env, opts chartOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (chart takes flags only)", args[0])
	}
	kind := strings.ToLower(strings.TrimSpace(opts.kind))
	switch {
	case kind == "":
		return usageErrorf("no --kind (compare, shares, timeline or overview)")
	case !slices.Contains(chartKinds, kind):
		return usageErrorf("unknown kind %q (want compare, shares, timeline or overview)", opts.kind)
	case opts.out == "":
		return usageErrorf("no -o FILE (.png or .svg)")
	}
	format, err := chartFormat(opts.out)
	if err != nil {
		return err
	}
	subject, metric := strings.TrimSpace(opts.subject), strings.TrimSpace(opts.metric)
	switch {
	case kind == "overview" && (subject != "" || metric != ""):
		return usageErrorf("--subject and --metric do not apply to --kind overview")
	case kind == "shares" && subject != "":
		return usageErrorf("--subject does not apply to --kind shares (it shows every subject)")
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
	sum, err := db.Summary(ctx)
	if err != nil {
		return err
	}
	if sum.Claims == 0 {
		return errNoClaims(db.Path())
	}

	var c *charts.Plan
	if kind == "overview" {
		pubs, err := articlePublishers(ctx, db)
		if err != nil {
			return err
		}
		c = overviewChart(sum, pubs)
	} else {
		claims, err := comparableClaims(ctx, db)
		if err != nil {
			return err
		}
		if c, err = pickChart(claims, kind, subject, metric, m); err != nil {
			return err
		}
	}
	err = writeFileAtomic(opts.out, func(w io.Writer) error {
		return c.Draw(w, charts.Options{Format: format})
	})
	if err != nil {
		return outputError(opts.out, err)
	}
	_, err = fmt.Fprintf(e.stdout, "chart: wrote %s (%s: %s)\n", opts.out, kind, c.What)
	return err
}

// chartFormat returns the chart format for a file name: png or svg.
func chartFormat(name string) (string, error) {
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".png", ".svg":
		return ext[1:], nil
	case "":
		return "", usageErrorf("-o %s: no file extension (want .png or .svg)", name)
	default:
		return "", usageErrorf("-o %s: unknown chart format %q (want .png or .svg)", name, ext)
	}
}

// errNoClaims is the error for a database without claims.
func errNoClaims(path string) error {
	return fmt.Errorf("database %s holds no claims (ingest some articles first: 'tradestats ingest PATH...')", path)
}

// comparableClaims reads the claims that can be compared, those with a
// subject and a metric, as compare does.
func comparableClaims(ctx context.Context, db *data.DB) ([]stats.Claim, error) {
	var claims []stats.Claim
	err := db.EachClaim(ctx, stats.ClaimFilter{}, func(c *stats.Claim) error {
		if c.Subject != "" && c.Metric != "" {
			claims = append(claims, *c)
		}
		return nil
	})
	return claims, err
}

// pickChart chooses the chart of kind (compare, shares or timeline) for
// subject and metric, either of which may be empty, as the chart command's
// help describes.
func pickChart(claims []stats.Claim, kind, subject, metric string, m *stats.Metrics) (*charts.Plan, error) {
	what := strings.TrimSpace(subject + " " + metric)
	if subject != "" && metric != "" {
		what = subject + " · " + metric
	}
	switch kind {
	case "compare":
		groups := compareGroups(claims, m, subject, metric, "", false, false)
		if len(groups) == 0 {
			if what == "" {
				return nil, errors.New("no figure is stated by two or more articles ('tradestats compare --all' lists those of one)")
			}
			return nil, fmt.Errorf("no figure of %s is stated by two or more articles ('tradestats compare --all' lists those of one)", what)
		}
		return charts.PlanCompare(groups[0], casingOf(claims)), nil
	case "shares":
		sets := charts.ShareSets(compareGroups(claims, m, "", metric, "", true, false), metric == "")
		if len(sets) == 0 {
			if metric == "" {
				return nil, errors.New(`no share of a world total ("share of world gdp", "share of world trade"...) is stated for two or more subjects; --metric may name another share`)
			}
			return nil, fmt.Errorf("no share figures of %s for two or more subjects", metric)
		}
		return charts.PlanShares(sets[0]), nil
	case "timeline":
		series := charts.TimelineSeries(compareGroups(claims, m, subject, metric, "", true, false))
		if len(series) == 0 {
			if what == "" {
				return nil, errors.New("no figure is stated for three or more periods")
			}
			return nil, fmt.Errorf("no figure of %s is stated for three or more periods of one length in one unit", what)
		}
		return charts.PlanTimeline(series[0]), nil
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

// overviewChart is the chart of claims per subject. Its source line names
// the articles, their publishers and dates.
func overviewChart(sum *data.Summary, publishers []string) *charts.Plan {
	counts := make([]charts.Count, len(sum.BySubject))
	for i, c := range sum.BySubject {
		counts[i] = charts.Count{Label: c.Name, N: c.N}
	}
	src := charts.Source{Articles: sum.Articles, First: sum.FirstDate, Last: sum.LastDate, Publishers: publishers}
	if sum.Undated > 0 && sum.FirstDate != "" {
		// The dates are those of the dated articles only.
		src.Notes = append(src.Notes, fmt.Sprintf("%d undated", sum.Undated))
	}
	return charts.PlanOverview(counts, src.Line(), sum.Claims)
}

// articlePublishers returns the publishers of the stored articles, most
// articles first.
func articlePublishers(ctx context.Context, db *data.DB) ([]string, error) {
	pubs, _, err := articleIndex(ctx, db)
	return pubs, err
}

// articleIndex returns the publishers of the stored articles, most
// articles first, and the articles' addresses by id.
func articleIndex(ctx context.Context, db *data.DB) ([]string, map[string]string, error) {
	counts := map[string]int{}
	urls := map[string]string{}
	err := db.EachArticle(ctx, func(a *stats.Article, _ int) error {
		if a.Publisher != "" {
			counts[a.Publisher]++
		}
		if a.URL != "" {
			urls[a.ID] = a.URL
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	out := make([]string, 0, len(counts))
	for p := range counts {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b)) })
	return out, urls, nil
}

// casingOf learns how the claims' sentences write their words, for the
// row labels of charts (stats.Casing).
func casingOf(claims []stats.Claim) *stats.Casing {
	texts := make([]string, 0, len(claims))
	last := ""
	for i := range claims {
		if s := claims[i].Sentence; s != last {
			texts = append(texts, s)
			last = s
		}
	}
	return stats.NewCasing(texts)
}
