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
	UsageLine: "chart --kind compare|shares|timeline|overview [--subject S] [--metric M] [--db PATH] -o FILE.png|.svg",
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
say what to draw. What is left out is chosen as the most relevant:

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

	var c *plannedChart
	if kind == "overview" {
		c = overviewChart(sum)
	} else {
		claims, err := comparableClaims(ctx, db)
		if err != nil {
			return err
		}
		if c, err = pickChart(claims, kind, subject, metric); err != nil {
			return err
		}
	}
	err = writeFileAtomic(opts.out, func(w io.Writer) error {
		return c.draw(w, charts.Options{Format: format})
	})
	if err != nil {
		return outputError(opts.out, err)
	}
	_, err = fmt.Fprintf(e.stdout, "chart: wrote %s (%s: %s)\n", opts.out, kind, c.what)
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
func pickChart(claims []stats.Claim, kind, subject, metric string) (*plannedChart, error) {
	m := stats.DefaultMetrics()
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
		return compareChart(groups[0]), nil
	case "shares":
		sets := shareSets(compareGroups(claims, m, "", metric, "", true, false), metric == "")
		if len(sets) == 0 {
			if metric == "" {
				return nil, errors.New(`no share of a world total ("share of world gdp", "share of world trade"...) is stated for two or more subjects; --metric may name another share`)
			}
			return nil, fmt.Errorf("no share figures of %s for two or more subjects", metric)
		}
		return sharesChart(sets[0]), nil
	case "timeline":
		series := timelineSeries(compareGroups(claims, m, subject, metric, "", true, false))
		if len(series) == 0 {
			if what == "" {
				return nil, errors.New("no figure is stated for three or more periods")
			}
			return nil, fmt.Errorf("no figure of %s is stated for three or more periods of one length in one unit", what)
		}
		return timelineChart(series[0]), nil
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

// plannedChart is a chart to draw: what it shows and how to draw it.
type plannedChart struct {
	kind   string        // compare, shares, timeline or overview
	what   string        // what it shows, for messages
	labels charts.Labels // its texts: the caption in the page and workbook
	draw   func(w io.Writer, opt charts.Options) error
}

// compareChart is the comparison chart of one group.
func compareChart(g stats.Group) *plannedChart {
	what, _ := groupHeader(&g)
	return &plannedChart{
		kind: "compare", what: what, labels: charts.CompareLabels(g),
		draw: func(w io.Writer, opt charts.Options) error { return charts.Compare(w, g, opt) },
	}
}

// sharesChart is the shares chart of one metric's groups.
func sharesChart(groups []stats.Group) *plannedChart {
	subjects := map[string]bool{}
	for _, g := range groups {
		subjects[strings.ToLower(g.Subject)] = true
	}
	return &plannedChart{
		kind: "shares", what: fmt.Sprintf("%s, %d subjects", cell(groups[0].Metric), len(subjects)),
		labels: charts.SharesLabels(groups),
		draw:   func(w io.Writer, opt charts.Options) error { return charts.Shares(w, groups, opt) },
	}
}

// timelineChart is the timeline of one series.
func timelineChart(s charts.Series) *plannedChart {
	what := cell(s.Subject) + " · " + cell(s.Metric) + " · " + unitLabel(s.Unit, s.Currency, s.UnitName)
	switch s.Change {
	case stats.Up:
		what += " · rise"
	case stats.Down:
		what += " · fall"
	}
	what += fmt.Sprintf(", %d periods", len(s.Points))
	return &plannedChart{
		kind: "timeline", what: what, labels: charts.TimelineLabels(s),
		draw: func(w io.Writer, opt charts.Options) error { return charts.Timeline(w, s, opt) },
	}
}

// overviewChart is the chart of claims per subject. Its source line names
// the articles and their dates.
func overviewChart(sum *data.Summary) *plannedChart {
	counts := make([]charts.Count, len(sum.BySubject))
	for i, c := range sum.BySubject {
		counts[i] = charts.Count{Label: c.Name, N: c.N}
	}
	labels := charts.OverviewLabels(counts)
	labels.Source = charts.SourceLine(sum.Articles, sum.FirstDate, sum.LastDate, false)
	if sum.Undated > 0 && sum.FirstDate != "" {
		// The dates are those of the dated articles only.
		labels.Source += fmt.Sprintf(" (%d undated)", sum.Undated)
	}
	return &plannedChart{
		kind: "overview", what: fmt.Sprintf("claims per subject, %d claims", sum.Claims), labels: labels,
		draw: func(w io.Writer, opt charts.Options) error {
			if opt.Source == "" {
				opt.Source = labels.Source
			}
			return charts.Overview(w, counts, opt)
		},
	}
}

// shareSets returns the groups of each share metric for a shares chart
// (charts.SharesByMetric), the metric stated for the most subjects first.
// Figures above 100% or below 0 are left out, as impossible shares, and
// each subject keeps only its groups stated by the most articles: of
// APEC's share of world GDP stated by four articles without a period and
// by one for "2030", the chart shows the four (charts.Shares draws a
// subject's latest period). With world set, only shares of a whole that
// all subjects share are kept: "share of world gdp" and the other "share
// of world ..." metrics, not "share of exports" (of each subject's own).
func shareSets(groups []stats.Group, world bool) [][]stats.Group {
	var out [][]stats.Group
	for _, gs := range charts.SharesByMetric(groups) {
		if world && !strings.HasPrefix(strings.ToLower(gs[0].Metric), "share of world ") {
			continue
		}
		gs = slices.DeleteFunc(slices.Clone(gs), func(g stats.Group) bool { return g.Median < 0 || g.Median > 100 })
		most := map[string]int{}
		for _, g := range gs {
			k := strings.ToLower(g.Subject)
			most[k] = max(most[k], g.Articles)
		}
		gs = slices.DeleteFunc(gs, func(g stats.Group) bool { return g.Articles < most[strings.ToLower(g.Subject)] })
		if len(most) >= 2 {
			out = append(out, gs)
		}
	}
	return out
}

// timelineKey identifies a figure over time: a subject's metric in one
// unit and of one kind (level, rise or fall), over periods of one length.
type timelineKey struct {
	subject, metric    string
	unit               stats.Unit
	currency, unitName string
	change             stats.Change
	span               string // see periodSpan
}

// timelineSeries finds the figures stated for three or more periods of one
// length (years, quarters, months...) in one unit, and returns their
// series: levels before rises and falls, then the one stated by the most
// articles first. A point is the
// period's group: the median of its claims, their min and max.
//
// The series are built from the groups rather than with stats.Series,
// which settles on a unit by itself and mixes period lengths: a timeline
// that puts a year's exports next to a quarter's would mislead.
func timelineSeries(groups []stats.Group) []charts.Series {
	byKey := map[timelineKey][]*stats.Group{}
	var keys []timelineKey
	for i := range groups {
		g := &groups[i]
		span := periodSpan(g.Period)
		if span == "" {
			continue
		}
		k := timelineKey{g.Subject, g.Metric, g.Unit, g.Currency, g.UnitName, g.Change, span}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], g)
	}
	var out []charts.Series
	for _, k := range keys {
		gs := byKey[k]
		if len(gs) < 3 { // one group per period: the period is part of the group key
			continue
		}
		s := charts.Series{Subject: k.subject, Metric: k.metric, Unit: k.unit, Currency: k.currency,
			UnitName: k.unitName, Change: k.change}
		articles := map[string]bool{}
		for _, g := range gs {
			s.Points = append(s.Points, stats.SeriesPoint{Period: g.Period, Value: g.Median, Min: g.Min,
				Max: g.Max, Claims: len(g.Claims), Articles: g.Articles})
			for _, c := range g.Claims {
				articles[c.Article+"\x00"+c.Title] = true
				if c.Date != "" && (s.First == "" || c.Date < s.First) {
					s.First = c.Date
				}
				s.Last = max(s.Last, c.Date)
			}
		}
		s.Articles = len(articles)
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b charts.Series) int {
		return cmp.Or(
			cmp.Compare(changeRank(a.Change), changeRank(b.Change)),
			cmp.Compare(b.Articles, a.Articles),
			cmp.Compare(len(b.Points), len(a.Points)),
			strings.Compare(a.Subject, b.Subject),
			strings.Compare(a.Metric, b.Metric),
		)
	})
	return out
}

// changeRank orders levels before rises and falls.
func changeRank(c stats.Change) int {
	if c == stats.NoChange {
		return 0
	}
	return 1
}

// periodSpan returns the length of a period of claims.md: "year" (2023),
// "fiscal" (1986/87), "half" (2019-H1), "quarter" (2004-Q4), "month"
// (1987-02) or "day" (1987-02-26); "" for no period and for other forms
// (ranges, weeks), which do not go on a time axis.
func periodSpan(p string) string {
	if len(p) < 4 || !isDigits(p[:4]) {
		return ""
	}
	rest := p[4:]
	switch {
	case rest == "":
		return "year"
	case len(rest) == 3 && rest[0] == '/' && isDigits(rest[1:]):
		return "fiscal"
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		return "half"
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		return "quarter"
	case len(rest) == 3 && rest[0] == '-' && isDigits(rest[1:]) && rest[1:] >= "01" && rest[1:] <= "12":
		return "month"
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && isDigits(rest[1:3]) && isDigits(rest[4:]):
		return "day"
	}
	return ""
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
