package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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

// compareGroup is one group in the output of compare: the fields of issue
// 4, all present (an empty currency or period is "").
type compareGroup struct {
	Subject        string         `json:"subject"`
	Counterpart    string         `json:"counterpart,omitempty"`
	Indicator      string         `json:"indicator,omitempty"`
	Metric         string         `json:"metric"`
	Unit           stats.Unit     `json:"unit"`
	Currency       string         `json:"currency"`
	UnitName       string         `json:"unit_name,omitempty"`
	Period         string         `json:"period"`
	Change         stats.Change   `json:"change,omitempty"`
	Outlook        stats.Outlook  `json:"outlook,omitempty"`
	Forecaster     string         `json:"forecaster,omitempty"`
	Verdict        stats.Verdict  `json:"verdict"`
	Min            float64        `json:"min"`
	Median         float64        `json:"median"`
	Max            float64        `json:"max"`
	Spread         float64        `json:"spread"`
	RelativeSpread float64        `json:"relative_spread"`
	Articles       int            `json:"articles"`
	Stated         int            `json:"stated"`
	Note           string         `json:"note,omitempty"`
	Claims         []compareClaim `json:"claims"`
}

// compareClaim is one claim of a group in the output of compare. Low and
// High are null when unbounded ("at least 5").
type compareClaim struct {
	Article  string       `json:"article"`
	Title    string       `json:"title"`
	Date     string       `json:"date"`
	Source   string       `json:"source,omitempty"`
	Text     string       `json:"text"`
	Value    float64      `json:"value"`
	Max      *float64     `json:"max,omitempty"`
	Approx   stats.Approx `json:"approx,omitempty"`
	Low      *float64     `json:"low"`
	High     *float64     `json:"high"`
	Outlier  bool         `json:"outlier,omitempty"`
	Bound    string       `json:"bound,omitempty"`
	Carried  string       `json:"carried,omitempty"`
	CopyOf   string       `json:"copy_of,omitempty"`
	Sentence string       `json:"sentence"`
}

// newCompareGroup converts a group for output.
func newCompareGroup(g *stats.Group) *compareGroup {
	out := &compareGroup{
		Subject: g.Subject, Counterpart: g.Counterpart, Indicator: string(g.Indicator),
		Metric: g.Metric, Unit: g.Unit, Currency: g.Currency,
		UnitName: g.UnitName, Period: g.Period, Change: g.Change, Outlook: g.Outlook, Forecaster: g.Forecaster, Verdict: g.Verdict,
		Min: g.Min, Median: g.Median, Max: g.Max, Spread: g.Spread,
		RelativeSpread: g.RelativeSpread, Articles: g.Articles, Stated: g.Stated, Note: g.Note,
		Claims: make([]compareClaim, len(g.Claims)),
	}
	for i, c := range g.Claims {
		out.Claims[i] = compareClaim{
			Article: c.Article, Title: c.Title, Date: c.Date, Source: c.Source,
			Text: c.Text, Value: c.Value, Max: c.Max, Approx: c.Approx,
			Low: finite(c.Low), High: finite(c.High), Outlier: c.Outlier, Bound: c.Bound,
			Carried: c.Carried, CopyOf: c.Copy, Sentence: c.Sentence,
		}
	}
	return out
}

// finite returns &x, or nil if x is infinite or NaN.
func finite(x float64) *float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nil
	}
	return &x
}

// writeGroups prints groups in format.
func writeGroups(w io.Writer, format string, width int, groups []stats.Group) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range groups {
			if err := enc.Encode(newCompareGroup(&groups[i])); err != nil {
				return err
			}
		}
		return nil
	case "json":
		return writeJSONArray(w, len(groups), func(i int) any { return newCompareGroup(&groups[i]) })
	case "csv":
		return writeGroupsCSV(w, groups)
	}
	return writeGroupsTable(w, width, groups)
}

// writeJSONArray writes n objects as a JSON array, one object per line.
func writeJSONArray(w io.Writer, n int, obj func(i int) any) error {
	if n == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range n {
		buf.Reset()
		if i == 0 {
			buf.WriteString("[\n  ")
		} else {
			buf.WriteString(",\n  ")
		}
		if err := enc.Encode(obj(i)); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // the encoder's newline
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// groupsCSVHeader is the header row of compare's csv format.
var groupsCSVHeader = []string{"group", "subject", "metric", "unit", "currency", "unit_name",
	"period", "change", "verdict", "min", "median", "max", "spread", "relative_spread",
	"articles", "article", "title", "date", "source", "text", "value", "approx", "low",
	"high", "outlier", "sentence"}

// writeGroupsCSV writes one row per claim with its group's columns.
func writeGroupsCSV(w io.Writer, groups []stats.Group) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(groupsCSVHeader); err != nil {
		return err
	}
	row := make([]string, 0, len(groupsCSVHeader))
	for i := range groups {
		g := &groups[i]
		for _, c := range g.Claims {
			row = append(row[:0],
				strconv.Itoa(i+1), safeCell(g.Subject), safeCell(g.Metric), safeCell(string(g.Unit)), safeCell(g.Currency),
				safeCell(g.UnitName), safeCell(g.Period), safeCell(string(g.Change)), safeCell(string(g.Verdict)),
				csvNumber(g.Min), csvNumber(g.Median), csvNumber(g.Max), csvNumber(g.Spread),
				csvNumber(g.RelativeSpread), strconv.Itoa(g.Articles),
				safeCell(c.Article), safeCell(c.Title), safeCell(c.Date), safeCell(c.Source), safeCell(c.Text),
				csvNumber(c.Value), safeCell(string(c.Approx)), csvNumber(c.Low), csvNumber(c.High),
				strconv.FormatBool(c.Outlier), safeCell(c.Sentence))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvNumber formats x for csv: an empty cell when infinite (an unbounded
// interval).
func csvNumber(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return ""
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// writeGroupsTable prints one block per group: its header line, then the
// claims in aligned columns fitted to width.
func writeGroupsTable(w io.Writer, width int, groups []stats.Group) error {
	if len(groups) == 0 {
		_, err := io.WriteString(w, "(no groups)\n")
		return err
	}
	var b strings.Builder
	for i := range groups {
		g := &groups[i]
		b.Reset()
		if i > 0 {
			b.WriteString("\n")
		}
		key, verdict := groupHeader(g)
		if header := key + " " + verdict; utf8.RuneCountInString(header) <= width {
			b.WriteString(header + "\n")
		} else { // the verdict on a line of its own rather than cut off
			b.WriteString(truncate(key, width) + "\n" + truncate(verdict, width) + "\n")
		}
		rows := [][]string{{"VALUE", "INTERVAL", "DATE", "TITLE", "TEXT"}}
		for _, c := range g.Claims {
			title := c.Title
			if title == "" {
				title = "(untitled)"
			}
			rows = append(rows, []string{groupValue(g, &c), groupInterval(g, c.Low, c.High),
				c.Date, cell(title), cell(c.Text)})
		}
		const indent = 4 // "  ! "
		widths := fitColumns(rows, width-indent)
		for r, row := range rows {
			mark := "    "
			if r > 0 && g.Claims[r-1].Outlier {
				mark = "  ! "
			}
			var line strings.Builder
			line.WriteString(mark)
			for k, s := range row {
				s = truncate(s, widths[k])
				if k > 0 {
					line.WriteString("  ")
				}
				line.WriteString(s + strings.Repeat(" ", widths[k]-utf8.RuneCountInString(s)))
			}
			b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// groupHeader returns the two parts of a group's header line "APEC ·
// share of world gdp · percent · (no period) — CONFLICT, 4 articles,
// 40%–62%": the key, and the verdict from the dash.
func groupHeader(g *stats.Group) (key, verdict string) {
	parts := []string{cell(g.Subject), cell(g.Metric), unitLabel(g.Unit, g.Currency, g.UnitName)}
	if g.Period != "" {
		parts = append(parts, g.Period)
	} else {
		parts = append(parts, "(no period)")
	}
	switch g.Change {
	case stats.Up:
		parts = append(parts, "rise")
	case stats.Down:
		parts = append(parts, "fall")
	}
	articles := "articles"
	if g.Articles == 1 {
		articles = "article"
	}
	span := groupAmount(g, g.Min)
	if g.Max != g.Min {
		span += "–" + groupAmount(g, g.Max)
	}
	return strings.Join(parts, " · "), fmt.Sprintf("— %s, %d %s, %s",
		strings.ToUpper(string(g.Verdict)), g.Articles, articles, span)
}

// unitLabel names a unit for people: "percent", "money (USD)",
// "quantity (tonnes)", "money (USD per barrel)".
func unitLabel(u stats.Unit, currency, unitName string) string {
	var extra []string
	if currency != "" {
		extra = append(extra, currency)
	}
	if unitName != "" {
		if currency != "" && !strings.HasPrefix(unitName, "per ") {
			extra = append(extra, "per")
		}
		extra = append(extra, cell(unitName))
	}
	if len(extra) == 0 {
		return string(u)
	}
	return string(u) + " (" + strings.Join(extra, " ") + ")"
}

// groupAmount formats a value of a group with its unit ("62%", "USD
// 38.37bn").
func groupAmount(g *stats.Group, v float64) string {
	return humanAmount(&stats.Claim{Value: v, Unit: g.Unit, Currency: g.Currency, UnitName: g.UnitName})
}

// groupValue formats a claim of a group as the VALUE column: its value or
// range with the hedge and change marks of humanValue.
func groupValue(g *stats.Group, c *stats.GroupClaim) string {
	return humanValue(&stats.Claim{Value: c.Value, Max: c.Max, Approx: c.Approx, Unit: g.Unit,
		Currency: g.Currency, UnitName: g.UnitName, Change: g.Change})
}

// groupInterval formats a claim's interval with the group's unit, at the
// precision of its ends (stats.FormatRange): "60%–64%",
// "$38.365bn–$38.375bn", "≥5%", "≤5%".
func groupInterval(g *stats.Group, lo, hi float64) string {
	s := stats.FormatRange(lo, hi, g.Unit, g.Currency)
	switch {
	case s == "any value":
		s = "any"
	case strings.HasPrefix(s, "at least "):
		s = "≥" + strings.TrimPrefix(s, "at least ")
	case strings.HasPrefix(s, "at most "):
		s = "≤" + strings.TrimPrefix(s, "at most ")
	}
	s = strings.Replace(s, " to ", "–", 1)
	if g.Unit == stats.UnitQuantity && g.UnitName != "" {
		s += " " + cell(g.UnitName)
	}
	return s
}

// seriesRow is one period of a series in the output of compare --series.
type seriesRow struct {
	Subject  string       `json:"subject"`
	Metric   string       `json:"metric"`
	Unit     stats.Unit   `json:"unit"`
	Currency string       `json:"currency"`
	Change   stats.Change `json:"change,omitempty"`
	stats.SeriesPoint
}

// seriesKind is the unit, currency and kind of figure of a series.
type seriesKind struct {
	unit     stats.Unit
	currency string
	change   stats.Change
}

// writeSeries prints the series of one subject and metric in format.
func writeSeries(w io.Writer, format string, width int, claims []stats.Claim, subject, metric string, m *stats.Metrics) error {
	pts := stats.Series(claims, subject, metric, m)
	subject, metric = stats.CanonicalSubject(subject), m.Canonical(metric)
	kind := seriesUnit(claims, subject, metric, m, pts)
	rows := make([]seriesRow, len(pts))
	for i, p := range pts {
		rows[i] = seriesRow{Subject: subject, Metric: metric, Unit: kind.unit,
			Currency: kind.currency, Change: kind.change, SeriesPoint: p}
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range rows {
			if err := enc.Encode(&rows[i]); err != nil {
				return err
			}
		}
		return nil
	case "json":
		return writeJSONArray(w, len(rows), func(i int) any { return &rows[i] })
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write([]string{"subject", "metric", "unit", "currency", "change", "period",
			"value", "min", "max", "claims", "articles"}); err != nil {
			return err
		}
		for _, r := range rows {
			if err := cw.Write([]string{safeCell(r.Subject), safeCell(r.Metric), safeCell(string(r.Unit)),
				safeCell(r.Currency), safeCell(string(r.Change)), safeCell(r.Period), csvNumber(r.Value), csvNumber(r.Min),
				csvNumber(r.Max), strconv.Itoa(r.Claims), strconv.Itoa(r.Articles)}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	return writeSeriesTable(w, width, subject, metric, kind, rows)
}

// writeSeriesTable prints a series for people: a header line, then one row
// per period.
func writeSeriesTable(w io.Writer, width int, subject, metric string, kind seriesKind, rows []seriesRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintf(w, "(no figures with a period for %s · %s)\n", cell(subject), cell(metric))
		return err
	}
	header := []string{cell(subject), cell(metric)}
	if kind.unit != "" {
		header = append(header, unitLabel(kind.unit, kind.currency, ""))
	}
	switch kind.change {
	case stats.Up:
		header = append(header, "rise")
	case stats.Down:
		header = append(header, "fall")
	}
	amount := func(v float64) string {
		if kind.unit == "" {
			return stats.FormatValue(v, stats.UnitNumber, "")
		}
		return humanAmount(&stats.Claim{Value: v, Unit: kind.unit, Currency: kind.currency})
	}
	table := [][]string{{"PERIOD", "VALUE", "MIN", "MAX", "CLAIMS", "ARTICLES"}}
	for _, r := range rows {
		table = append(table, []string{r.Period, amount(r.Value), amount(r.Min), amount(r.Max),
			strconv.Itoa(r.Claims), strconv.Itoa(r.Articles)})
	}
	widths := fitColumns(table, width-2)
	var b strings.Builder
	b.WriteString(truncate(strings.Join(header, " · "), width) + "\n")
	for _, row := range table {
		line := "  "
		for k, s := range row {
			s = truncate(s, widths[k])
			pad := strings.Repeat(" ", widths[k]-utf8.RuneCountInString(s))
			if k > 0 {
				line += "  "
			}
			if k == 0 {
				line += s + pad
			} else {
				line += pad + s // numbers right-aligned
			}
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// seriesUnit finds the unit, currency and kind of figure that stats.Series
// kept for subject and metric (the kind most claims with a period have;
// ties to a level, then to the unit first in stats.Units, then to the
// currency first alphabetically), from the groups of the same claims. It
// returns the zero seriesKind if that kind does not account for every
// point of pts.
func seriesUnit(claims []stats.Claim, subject, metric string, m *stats.Metrics, pts []stats.SeriesPoint) seriesKind {
	if len(pts) == 0 {
		return seriesKind{}
	}
	groups := stats.Compare(claims, stats.CompareOptions{Metrics: m, AllMetrics: true})
	count := map[seriesKind]int{}
	perPeriod := map[seriesKind]map[string]int{}
	for _, g := range groups {
		if g.Period == "" || !strings.EqualFold(g.Subject, subject) || !strings.EqualFold(g.Metric, metric) {
			continue
		}
		k := seriesKind{g.Unit, g.Currency, g.Change}
		count[k] += len(g.Claims)
		if perPeriod[k] == nil {
			perPeriod[k] = map[string]int{}
		}
		perPeriod[k][g.Period] += len(g.Claims)
	}
	changeRank := map[stats.Change]int{stats.NoChange: 0, stats.Up: 1, stats.Down: 2}
	var best seriesKind
	first := true
	for k := range count {
		if first || cmp.Or(
			cmp.Compare(count[best], count[k]),
			cmp.Compare(changeRank[k.change], changeRank[best.change]),
			cmp.Compare(slices.Index(stats.Units, k.unit), slices.Index(stats.Units, best.unit)),
			strings.Compare(string(k.unit), string(best.unit)),
			strings.Compare(k.currency, best.currency),
		) < 0 {
			best, first = k, false
		}
	}
	for _, p := range pts {
		if perPeriod[best][p.Period] != p.Claims {
			return seriesKind{}
		}
	}
	return best
}
