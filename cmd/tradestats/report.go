package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdReport) }

var cmdReport = &command{
	Name:      "report",
	UsageLine: "report [--db PATH] [-o DIR] [--title T] [FILTER...] [--metrics FILE] [--max-charts N] [--svg] [--date YYYY-MM-DD] [--publisher NAME] [PATH...]",
	Short:     "write a workbook, charts and a web page of the stored claims",
	Long: `
Report writes what the database holds for people to read, into DIR
(default ./report):

	tradestats.xlsx   the workbook: sheets Summary, Claims (every claim),
	                  Articles, Comparisons (the figures two or more
	                  articles state, with their verdicts), Checks (after
	                  'tradestats check': the figures held against the
	                  official statistics) and Charts
	charts/*.png      the charts, at twice screen resolution (and an .svg
	                  beside each with --svg)
	index.html        one page with every chart, its caption, and the table
	                  of comparison groups; it opens from disk, offline

Given PATHs, report first ingests them as 'tradestats ingest' does (and
prints its summary line; --date is the date of those of their articles
that carry none, --publisher the publisher of those that name none). Without --db (and $TRADESTATS_DB) it builds a fresh
database of just those inputs, DIR/tradestats.db (replacing the one an
earlier report left there), and says so; with --db it adds them to that
database, says so, and reports on all it holds.

--title T is the title of the page and the workbook. The FILTERs choose
the claims the report is about, as for 'tradestats claims': --subject,
--metric, --unit, --period, --article, --min, --max, --search, --source,
--from and --to (see 'tradestats help claims'). --metrics FILE extends
the metric vocabulary the comparisons use, as for 'tradestats compare'.

The charts:

	compare-NN.png    one per figure that two or more articles state:
	                  conflicts first, then tension, then consistent, each
	                  by number of articles
	shares-NN.png     shares of a world total ("share of world gdp", "share
	                  of world trade") for two or more subjects, the metric
	                  with the most subjects first
	timeline-NN.png   a subject's metric stated for three or more periods of
	                  one length (years, quarters, months...), the one stated
	                  by the most articles first; levels only, not rises and
	                  falls
	official-NN.png   after 'tradestats check': the figures articles state
	                  (dots) against the World Bank's series (a line), one
	                  per series, those with a figure that differs first
	overview.png      claims per subject, the top 15

--max-charts N (default 12) caps each of the compare, shares, timeline and
official charts; 0 draws the overview only. Charts are numbered, never named after
article text. Every file is written under a temporary name and renamed
once complete, so a failure never leaves a half-written file; chart files
of an earlier report that this one does not write again are removed from
DIR/charts. When done, one line says where to look:

	report: wrote report/index.html, report/tradestats.xlsx and 9 charts in report/charts

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success; 1 if the database holds no claims or cannot be
read, an output cannot be written, or a PATH could not be read (the report
is then still written); 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts reportOptions
		dbFlag(fs, &opts.db)
		fs.StringVarP(&opts.dir, "output", "o", "report", "write the report into `DIR`")
		fs.IntVar(&opts.maxCharts, "max-charts", 12, "draw at most `N` compare, N shares and N timeline charts")
		fs.BoolVar(&opts.svg, "svg", false, "also write each chart as SVG")
		fs.StringVar(&opts.title, "title", "", "the `TITLE` of the page and the workbook")
		fs.StringVar(&opts.metrics, "metrics", "", "extend the metric vocabulary with `FILE` (see 'tradestats help compare')")
		filterFlags(fs, &opts.filter)
		sourceDateFlags(fs, &opts.filter)
		dateFlag(fs, &opts.date)
		publisherFlag(fs, &opts.publisher)
		return func(ctx context.Context, e *env, args []string) error {
			return runReport(ctx, e, opts, args)
		}
	},
}

// reportOptions are the flags of report.
type reportOptions struct {
	db        string
	dir       string
	maxCharts int
	svg       bool
	date      string // --date: of the PATHs' articles without one
	publisher string // --publisher: of the PATHs' articles without one
	title     string
	metrics   string
	filter    filterOptions
}

// Names of the report's files in its directory.
const (
	reportWorkbook = "tradestats.xlsx"
	reportPage     = "index.html"
	reportCharts   = "charts"
	reportDB       = "tradestats.db" // the fresh database of report PATH... without --db
)

// runReport ingests paths, if any, and writes the report of the database.
func runReport(ctx context.Context, e *env, opts reportOptions, paths []string) error {
	if opts.maxCharts < 0 {
		return usageErrorf("--max-charts must be 0 or more")
	}
	if opts.dir == "" {
		return usageErrorf("-o needs a directory")
	}
	if err := checkDate(opts.date); err != nil {
		return err
	}
	if opts.date != "" && len(paths) == 0 {
		return usageErrorf("--date is for the articles of PATHs, and there are none")
	}
	if opts.publisher != "" && len(paths) == 0 {
		return usageErrorf("--publisher is for the articles of PATHs, and there are none")
	}
	f, keep, err := opts.filter.filters()
	if err != nil {
		return err
	}
	scope := reportScope{filter: f, keep: keep}
	m, err := loadMetrics(opts.metrics)
	if err != nil {
		return err
	}
	var ingestErr error // inputs that could not be read: reported, the rest is stored
	if len(paths) > 0 {
		if opts.db, err = reportDatabase(e, opts); err != nil {
			return err
		}
		if err := runIngest(ctx, e, ingestOptions{db: opts.db, date: opts.date, publisher: opts.publisher}, paths); errors.Is(err, errFailed) {
			ingestErr = err
		} else if err != nil {
			return err
		}
	}
	db, err := openDB(ctx, opts.db, false)
	if err != nil {
		return err
	}
	defer db.Close()
	sum, pubs, err := scope.summary(ctx, db)
	if err != nil {
		return err
	}
	if sum.Claims == 0 && scope.everything() {
		return errNoClaims(db.Path())
	}
	if sum.Claims == 0 {
		return fmt.Errorf("no claim of database %s matches the filters", db.Path())
	}
	claims, err := scope.comparable(ctx, db)
	if err != nil {
		return err
	}
	all := stats.Compare(claims, stats.CompareOptions{Metrics: m})
	casing := casingOf(claims)
	claims = nil
	var shown []stats.Group // stated by two or more articles, conflicts first
	for _, g := range all {
		if g.Articles >= 2 {
			shown = append(shown, g)
		}
	}

	chartsDir := filepath.Join(opts.dir, reportCharts)
	if err := os.MkdirAll(chartsDir, 0o755); err != nil {
		return err
	}
	checks, officials, err := reportChecks(ctx, db, scope, opts.maxCharts)
	if err != nil {
		return err
	}
	// The charts against the official figures come before the overview.
	planned := append(charts.PlanReport(all, shown, opts.maxCharts, casing), officials...)
	_, urls, err := articleIndex(ctx, db)
	if err != nil {
		return err
	}
	planned = append(planned, overviewChart(sum, pubs))
	drawn, err := writeReportCharts(ctx, chartsDir, planned, opts.svg)
	if err != nil {
		return err
	}
	all = nil

	now := time.Now()
	version := tradestatsVersion()
	usdRate, usdNote := usdRates()
	workbook := filepath.Join(opts.dir, reportWorkbook)
	// The page is written even when the workbook cannot be: the charts
	// and the comparisons are still worth reading.
	wbErr := writeFileAtomic(workbook, func(w io.Writer) error {
		return reports.Workbook(w, reports.WorkbookInput{
			Claims: func(yield func(*stats.Claim) error) error {
				return scope.each(ctx, db, yield)
			},
			Articles: func(yield func(*stats.Article) error) error {
				if !scope.everything() {
					return nil // the articles the claims name
				}
				return db.EachArticle(ctx, func(a *stats.Article, _ int) error {
					a.Text = "" // not shown
					return yield(a)
				})
			},
			Groups:  shown,
			Checks:  checks,
			USDRate: usdRate, USDNote: usdNote,
		}, reports.WorkbookOptions{Generated: now, Version: version, Title: opts.title, Charts: drawn.charts})
	})
	if wbErr != nil && ctx.Err() != nil {
		return wbErr // interrupted
	}
	page := filepath.Join(opts.dir, reportPage)
	err = writeFileAtomic(page, func(w io.Writer) error {
		return reports.IndexHTML(w, reports.PageInput{
			Title: opts.title, Generated: now, Version: version,
			Articles: sum.Articles, Claims: sum.Claims, First: sum.FirstDate, Last: sum.LastDate,
			Workbook: reportWorkbook, Charts: drawn.charts, Groups: shown, Checks: checks, ArticleURLs: urls,
		})
	})
	if err != nil {
		return outputError(page, err)
	}
	if err := removeStaleCharts(chartsDir, drawn.files); err != nil {
		return err
	}
	if wbErr != nil {
		fmt.Fprintf(e.stdout, "report: wrote %s and %d charts in %s, but no workbook\n", page, len(drawn.charts), chartsDir)
		return outputError(workbook, wbErr)
	}

	n := fmt.Sprintf("%d charts", len(drawn.charts))
	if len(drawn.charts) == 1 {
		n = "1 chart"
	}
	if opts.svg && len(drawn.charts) > 0 {
		n += " (PNG and SVG)"
	}
	fmt.Fprintf(e.stdout, "report: wrote %s, %s and %s in %s\n", page, workbook, n, chartsDir)
	return ingestErr
}

// reportDrawn is what writeReportCharts wrote.
type reportDrawn struct {
	charts []reports.Chart // for the workbook and the page, PNG included
	files  map[string]bool // file names in the charts directory
}

// writeReportCharts draws the planned charts into dir as NAME-NN.png
// (and .svg), numbered per kind in order. A chart with nothing to draw
// is skipped.
func writeReportCharts(ctx context.Context, dir string, planned []*charts.Plan, svg bool) (reportDrawn, error) {
	drawn := reportDrawn{files: map[string]bool{}}
	count := map[string]int{}
	for _, c := range planned {
		if err := ctx.Err(); err != nil {
			return drawn, err
		}
		name := c.Kind
		if c.Kind != "overview" {
			name = fmt.Sprintf("%s-%02d", c.Kind, count[c.Kind]+1)
		}
		var png bytes.Buffer
		if err := c.Draw(&png, charts.Options{Format: "png"}); err != nil {
			if errors.Is(err, charts.ErrNoData) || errors.Is(err, charts.ErrTooFewPeriods) {
				continue
			}
			return drawn, fmt.Errorf("chart %s (%s): %w", name, c.What, err)
		}
		count[c.Kind]++
		formats := []string{"png"}
		if svg {
			formats = append(formats, "svg")
		}
		for _, format := range formats {
			file := name + "." + format
			err := writeFileAtomic(filepath.Join(dir, file), func(w io.Writer) error {
				if format == "png" {
					_, err := w.Write(png.Bytes())
					return err
				}
				return c.Draw(w, charts.Options{Format: format})
			})
			if err != nil {
				return drawn, outputError(filepath.Join(dir, file), err)
			}
			drawn.files[file] = true
		}
		drawn.charts = append(drawn.charts, reports.Chart{
			File:  reportCharts + "/" + name + ".png",
			Title: c.Labels.Title, Subtitle: c.Labels.Subtitle, Source: c.Labels.Source,
			PNG: png.Bytes(), Group: c.Group, Data: chartData(c.Table),
		})
	}
	return drawn, nil
}

// outputError is the error for an output file that could not be
// written: "PATH: problem".
func outputError(path string, err error) error {
	var oe *outputFileError
	if errors.As(err, &oe) {
		return err // names the path already
	}
	return fmt.Errorf("%s: %w", data.QuotePath(path), unwrapPath(err))
}

// reportChartFile matches the names of the chart files a report writes.
var reportChartFile = regexp.MustCompile(`^((compare|shares|timeline|official)-[0-9]{2,}|overview)\.(png|svg)$`)

// removeStaleCharts removes from dir the chart files of an earlier report
// that are not in keep; other files are left alone.
func removeStaleCharts(dir string, keep map[string]bool) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, de := range entries {
		if name := de.Name(); de.Type().IsRegular() && reportChartFile.MatchString(name) && !keep[name] {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// tradestatsVersion is the version that --version prints and the page
// and the workbook show: the module version from the build info ("v1.2.0",
// or "devel" for a build from a checkout), then the VCS revision the build
// recorded, with "+dirty" for uncommitted changes ("devel 1a2b3c4d5e6f").
func tradestatsVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return versionOf(bi)
}

// versionOf is tradestatsVersion for the given build info.
func versionOf(bi *debug.BuildInfo) string {
	v := "devel"
	if bv := bi.Main.Version; bv != "" && bv != "(devel)" {
		v = bv
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(len(s.Value), 12)]
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return v
	}
	return v + " " + rev + dirty
}

// chartData is a chart's table for the workbook's native charts.
func chartData(t *charts.Table) *reports.ChartData {
	if t == nil || len(t.Values) == 0 {
		return nil
	}
	return &reports.ChartData{Kind: t.Kind, Title: t.Title, Unit: t.Unit, Currency: t.Currency,
		ValueName: t.ValueName, Categories: t.Categories, Values: t.Values}
}

// usdRates returns the workbook's conversion of money figures to US
// dollars, at the World Bank's official exchange rate of the figure's year
// from the reference data of 'tradestats check', and what it says of it;
// nil when the reference data cannot be read.
func usdRates() (func(currency string, year int, subject string) (float64, bool), string) {
	checker, _, err := loadChecker()
	if err != nil {
		return nil, ""
	}
	rate := func(currency string, year int, subject string) (float64, bool) {
		r, _, reason := checker.USDRate(currency, year, subject)
		return r, reason == "" && r > 0
	}
	return rate, "the official exchange rate of the World Bank's World Development Indicators (series " +
		strings.ToUpper(stats.USDRateSeries) + ": local currency units per US dollar, the year's average; " + checker.Source() + ")"
}
