package reports

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"image"
	_ "image/png" // image.DecodeConfig of embedded charts
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/stats"
)

// WorkbookInput is what the workbook shows.
type WorkbookInput struct {
	// Claims calls yield once per claim, in the order of the Claims sheet,
	// and returns yield's error if it fails. The claim is only read during
	// the call, so the caller may reuse it: a million claims stream through
	// without being held in memory. Required.
	Claims func(yield func(*stats.Claim) error) error
	// Articles, if set, calls yield once per article for the Articles
	// sheet (its URL, and articles without claims); the article's Text is
	// not used. Without it the sheet lists the articles the claims name.
	Articles func(yield func(*stats.Article) error) error
	// Groups are the comparison groups (stats.Compare), in the order the
	// Comparisons sheet lists them: conflicts first.
	Groups []stats.Group
	// Checks, if set, are the checks against the official statistics,
	// shown on the Checks sheet.
	Checks *Checks
	// USDRate, if set, gives the official exchange rate of a currency in
	// a year, in units per US dollar (subject names the economy when
	// several use the currency), or false when there is none: money
	// figures are then also written in US dollars ("Value in USD").
	USDRate func(currency string, year int, subject string) (float64, bool)
	// USDNote says which rates USDRate gives, for the Summary sheet
	// ("World Bank, official exchange rate (pa.nus.fcrf), ...").
	USDNote string
}

// WorkbookOptions say how the workbook is written.
type WorkbookOptions struct {
	// Generated is the time shown on the Summary sheet and in the file's
	// properties; zero means now.
	Generated time.Time
	// Title is the workbook's title, on the Summary sheet and in the
	// file's properties; "" means "tradestats report".
	Title string
	// Version is the tradestats version shown on the Summary sheet.
	Version string
	// Charts are rendered charts (PNG) to embed in the Charts sheet, with
	// their captions.
	Charts []Chart
	// MaxRows is the number of rows of a sheet, header included, after
	// which claims continue on a new sheet ("Claims (2)"); 0 means Excel's
	// limit of 1,048,576.
	MaxRows int
	// TmpDir is where the spreadsheet library keeps rows of large sheets
	// while writing; "" means the system's temporary directory.
	TmpDir string
}

// Chart is a rendered chart: an image file with its caption.
type Chart struct {
	// File is the chart's path relative to index.html
	// ("charts/compare-01.png").
	File string
	// Title, Subtitle and Source are the chart's texts (charts.Labels).
	Title, Subtitle, Source string
	// PNG is the image, embedded in the workbook's Charts sheet.
	PNG []byte
	// Group is the frame of the comparison group a comparison chart
	// draws: the page links the chart to its row. Nil for other charts.
	Group *stats.GroupKey
	// Data, if set, is the chart's data: the workbook draws it as a
	// native Excel chart beside the picture.
	Data *ChartData
}

// ChartData is a chart's data as a table: a value per category.
type ChartData struct {
	Kind       string // "bar" or "line"
	Title      string
	Unit       stats.Unit
	Currency   string
	ValueName  string
	Categories []string
	Values     []float64
}

// Sheet names.
const (
	SheetSummary     = "Summary"
	SheetClaims      = "Claims"
	SheetArticles    = "Articles"
	SheetComparisons = "Comparisons"
	SheetCharts      = "Charts"
	SheetChartData   = "Chart data"
)

// ClaimsHeader is the header row of the Claims sheet. "Value in USD" is
// a money figure converted at the official exchange rate of its year
// (WorkbookInput.USDRate).
var ClaimsHeader = []string{"Article title", "Date", "Text", "Value", "Max", "Unit", "Unit name",
	"Currency", "Value in USD", "Approx", "Subject", "Counterpart", "Indicator", "Metric", "Outlook", "Item",
	"Period", "Change", "Sentence", "Publisher", "Source", "Article ID"}

// ArticlesHeader is the header row of the Articles sheet.
var ArticlesHeader = []string{"Title", "Date", "Source", "URL", "Claims", "Article ID"}

// ComparisonsHeader is the header row of the Comparisons sheet, an Excel
// table with a row per figure of each group: the group's number, verdict
// and whole frame on every row (so that filters and sorts keep them), its
// statistics, then the figure, its article and sentence. "Outlier" marks
// a figure that misses the value most of the group's articles agree on.
var ComparisonsHeader = []string{"Group", "Verdict", "Figure", "Subject", "Counterpart", "Indicator", "Metric",
	"Outlook", "Forecaster", "Period", "Change", "Unit", "Currency", "Unit name", "Articles", "Min", "Median", "Max",
	"Spread", "Relative spread", "Outlier", "Article title", "Publisher", "Date", "Text", "Value", "Value in USD",
	"Low", "High", "Sentence"}

// excelMaxRows is the number of rows of an Excel sheet.
const excelMaxRows = 1048576

// maxHyperlinks bounds the URL cells made live links on the Articles
// sheet: Excel allows 65,530 per sheet, and each costs the spreadsheet
// library time proportional to the links before it.
const maxHyperlinks = 20000

// Workbook writes the xlsx workbook of a dataset to w: the sheets Summary,
// Claims (streamed: a million claims take constant memory), Articles,
// Comparisons and Charts. Text that came from articles is always written
// as text, never as a formula, whatever it starts with (= + - @).
func Workbook(w io.Writer, in WorkbookInput, opt WorkbookOptions) (err error) {
	if in.Claims == nil {
		return errors.New("reports: no claims to write")
	}
	if opt.Generated.IsZero() {
		opt.Generated = time.Now()
	}
	if opt.MaxRows <= 1 || opt.MaxRows > excelMaxRows {
		opt.MaxRows = excelMaxRows
	}
	f := excelize.NewFile(excelize.Options{TmpDir: opt.TmpDir})
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("reports: %w", cerr)
		}
	}()
	b := &builder{
		f: f, opt: opt, hasChecks: in.Checks != nil, usdRate: in.USDRate, usdNote: in.USDNote,
		articles: map[string]*articleRow{},
		units:    map[stats.Unit]int{},
		subjects: map[string]int{},
		numFmts:  map[numKey]int{},
	}
	if err := b.newStyles(); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	// The Summary's used range and print setup are known before it is
	// written: it comes first.
	if err := b.printSetup(SheetSummary, false, false); err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	steps := []struct {
		name string
		fn   func() error
	}{
		{SheetClaims, func() error { return b.writeClaims(in.Claims) }},
		{SheetArticles, func() error { return b.writeArticles(in.Articles) }},
		{SheetComparisons, func() error { return b.writeComparisons(in.Groups) }},
		{SheetChecks, func() error { return b.writeChecks(in.Checks) }},
		{SheetCharts, b.writeCharts},
		{SheetSummary, func() error { return b.writeSummary(in.Groups) }},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("reports: %s sheet: %w", s.name, err)
		}
	}
	// Summary, the first sheet, is the active one. (SetActiveSheet would
	// re-read the streamed sheets.)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:   b.title(),
		Creator: strings.TrimSpace("tradestats " + opt.Version),
		Created: opt.Generated.UTC().Format(time.RFC3339),
	}); err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	// Stream the zip straight to w: excelize would otherwise build the
	// whole file in memory first. Fast compression keeps a million rows
	// quick.
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(w)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return flate.NewWriter(out, flate.BestSpeed)
		})
		return dimensionZip{ZipWriter: zw, dims: b.dimensions()}
	})
	if _, err := f.WriteTo(io.Discard); err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	return nil
}

// builder writes the sheets and keeps the totals the Summary needs.
type builder struct {
	f   *excelize.File
	opt WorkbookOptions

	// styles
	text, wrap, date, link, bold, heading, note, ratio, titleStyle int
	numFmts                                                        map[numKey]int

	hasChecks bool // the workbook has a Checks sheet

	usdRate func(currency string, year int, subject string) (float64, bool)
	usdNote string
	usdFmt  int // the style of US dollar figures

	// layouts are the sheets' used ranges and print setups, by name.
	layouts    map[string]*sheetLayout
	sheetOrder []string

	// totals from the claims
	claims       int
	articles     map[string]*articleRow
	articleOrder []string
	units        map[stats.Unit]int
	subjects     map[string]int
	first, last  string
}

// articleRow is an article as the claims name it.
type articleRow struct {
	title, date, source, url string
	claims                   int
	listed                   bool // written from WorkbookInput.Articles
}

// numKey selects a number style.
type numKey struct {
	unit     stats.Unit
	currency string
	whole    bool
}

// newStyles creates the cell styles.
func (b *builder) newStyles() error {
	top := &excelize.Alignment{Vertical: "top"}
	dateFmt := "yyyy-mm-dd"
	ratioFmt := "0.0%"
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&b.text, excelize.Style{Alignment: top}},
		{&b.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&b.date, excelize.Style{Alignment: top, CustomNumFmt: &dateFmt}},
		{&b.link, excelize.Style{Alignment: top, Font: &excelize.Font{Color: "1265BE", Underline: "single"}}},
		{&b.bold, excelize.Style{Alignment: top, Font: &excelize.Font{Bold: true}}},
		{&b.heading, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}},
		{&b.titleStyle, excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}}},
		{&b.note, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Font: &excelize.Font{Color: "595959"}}},
		{&b.ratio, excelize.Style{Alignment: top, CustomNumFmt: &ratioFmt}},
	} {
		id, err := b.f.NewStyle(&s.style)
		if err != nil {
			return fmt.Errorf("reports: %w", err)
		}
		*s.id = id
	}
	return nil
}

// numStyle returns the style of a figure of the unit.
func (b *builder) numStyle(unit stats.Unit, currency string, v float64) int {
	k := numKey{unit, currency, isWhole(v)}
	if !isCurrencyCode(currency) {
		k.currency = ""
	}
	if id, ok := b.numFmts[k]; ok {
		return id
	}
	nf := NumberFormat(k.unit, k.currency, k.whole)
	id, err := b.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}, CustomNumFmt: &nf})
	if err != nil {
		id = b.text
	}
	b.numFmts[k] = id
	return id
}

// str is a text cell: always a string value, never a formula.
func str(style int, s string) excelize.Cell {
	return excelize.Cell{StyleID: style, Value: s}
}

// num is a number cell, or an empty cell for values Excel cannot hold.
func num(style int, v float64) any {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return excelize.Cell{StyleID: style, Value: v}
}

// dateCell writes an ISO date as an Excel date, anything else as text.
func (b *builder) dateCell(s string) any {
	if s == "" {
		return nil
	}
	if serial, ok := excelDate(s); ok {
		return excelize.Cell{StyleID: b.date, Value: serial}
	}
	return str(b.text, s)
}

// tally adds a claim to the totals.
func (b *builder) tally(c *stats.Claim) {
	b.claims++
	b.units[c.Unit]++
	if c.Subject != "" {
		b.subjects[c.Subject]++
	}
	b.addDate(c.Date)
	a := b.articles[c.Article]
	if a == nil {
		a = &articleRow{title: c.Title, date: c.Date, source: c.Source}
		b.articles[c.Article] = a
		b.articleOrder = append(b.articleOrder, c.Article)
	}
	a.claims++
}

// addDate widens the dataset's date range.
func (b *builder) addDate(d string) {
	if d == "" {
		return
	}
	if b.first == "" || d < b.first {
		b.first = d
	}
	if d > b.last {
		b.last = d
	}
}

// claimSheet writes the Claims sheets.
type claimSheet struct {
	b     *builder
	p     *pagedSheet
	cells []any
}

// writeClaims streams the claims. The first claims are held back to size
// the columns, which the stream must set before its first row.
func (b *builder) writeClaims(each func(yield func(*stats.Claim) error) error) error {
	const sample = 1000
	var held []stats.Claim
	var cs *claimSheet
	start := func() error {
		cs = &claimSheet{b: b, p: b.tableSheet(SheetClaims, ClaimsHeader, claimWidths(held)),
			cells: make([]any, len(ClaimsHeader))}
		for i := range held {
			if err := cs.write(&held[i]); err != nil {
				return err
			}
		}
		held = nil
		return nil
	}
	err := each(func(c *stats.Claim) error {
		b.tally(c)
		if cs != nil {
			return cs.write(c)
		}
		cp := *c
		if c.Max != nil {
			m := *c.Max
			cp.Max = &m
		}
		held = append(held, cp)
		if len(held) < sample {
			return nil
		}
		return start()
	})
	if err != nil {
		return err
	}
	if cs == nil {
		if err := start(); err != nil {
			return err
		}
	}
	return cs.p.finish()
}

// write adds one claim's row, moving on to a new sheet when one is full.
func (cs *claimSheet) write(c *stats.Claim) error {
	cell, err := cs.p.next(1)
	if err != nil {
		return err
	}
	b := cs.b
	r := cs.cells
	clear(r)
	r[0] = str(b.wrap, c.Title)
	r[1] = b.dateCell(c.Date)
	r[2] = str(b.text, c.Text)
	r[3] = num(b.numStyle(c.Unit, c.Currency, c.Value), c.Value)
	if c.Max != nil {
		r[4] = num(b.numStyle(c.Unit, c.Currency, *c.Max), *c.Max)
	}
	r[5] = str(b.text, string(c.Unit))
	r[6] = optStr(b.text, c.UnitName)
	r[7] = optStr(b.text, c.Currency)
	r[8] = b.usdCell(c.Value, c.Unit, c.Currency, c.Period, c.Date, c.Subject)
	r[9] = optStr(b.text, string(c.Approx))
	r[10] = optStr(b.text, c.Subject)
	r[11] = optStr(b.text, c.Counterpart)
	r[12] = optStr(b.text, string(c.Indicator))
	r[13] = optStr(b.text, c.Metric)
	r[14] = optStr(b.text, string(c.Outlook))
	r[15] = optStr(b.text, c.Item)
	r[16] = optStr(b.text, c.Period)
	r[17] = optStr(b.text, string(c.Change))
	r[18] = str(b.wrap, c.Sentence)
	r[19] = optStr(b.text, c.Publisher)
	r[20] = optStr(b.text, c.Source)
	r[21] = optStr(b.text, c.Article)
	return cs.p.sw.SetRow(cell, r)
}

// optStr is a text cell, or no cell for empty text.
func optStr(style int, s string) any {
	if s == "" {
		return nil
	}
	return str(style, s)
}

// claimWidths sizes the Claims columns from the header and a sample of
// claims: the longest text, within bounds; long texts wrap.
func claimWidths(sample []stats.Claim) []float64 {
	caps := []float64{50, 11, 30, 18, 18, 16, 14, 9, 16, 8, 24, 20, 18, 28, 9, 24, 10, 8, 80, 20, 36, 18}
	need := make([]int, len(ClaimsHeader))
	for i, h := range ClaimsHeader {
		need[i] = utf8.RuneCountInString(h) + 3 // room for the filter button
	}
	grow := func(i int, s string) { need[i] = max(need[i], utf8.RuneCountInString(s)) }
	numLen := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "    " }
	for i := range sample {
		c := &sample[i]
		for j, s := range []string{c.Title, "2006-01-02", c.Text, numLen(c.Value) + c.Currency, "", string(c.Unit),
			c.UnitName, c.Currency, "", string(c.Approx), c.Subject, c.Counterpart, string(c.Indicator), c.Metric,
			string(c.Outlook), c.Item, c.Period, string(c.Change), c.Sentence, c.Publisher, c.Source, c.Article} {
			grow(j, s)
		}
		if c.Max != nil {
			grow(4, numLen(*c.Max)+c.Currency)
		}
		if c.Unit == stats.UnitMoney {
			grow(8, numLen(c.Value))
		}
	}
	widths := make([]float64, len(need))
	for i, n := range need {
		widths[i] = math.Min(float64(n)*1.1+2, caps[i])
	}
	return widths
}

// header returns a header row of bold text cells.
func header(names []string, style int) []any {
	row := make([]any, len(names))
	for i, n := range names {
		row[i] = str(style, n)
	}
	return row
}

// freezeHeader keeps the first row in view while scrolling.
func freezeHeader(sw *excelize.StreamWriter) error {
	return sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// cellName returns the A1-style name of a cell (col and row from 1).
func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func ptr[T any](v T) *T { return &v }

// bound writes an interval end: a number, or "unbounded" for ±Inf.
func bound(b *builder, ns func(float64) any, v float64) any {
	if math.IsInf(v, 0) {
		return str(b.text, "unbounded")
	}
	return ns(v)
}

// Verdict colours of the cells; an outlier
// claim is marked like a conflict.
var verdictFills = []struct {
	verdict    stats.Verdict
	fill, font string
}{
	// The charts' and the page's colours, which stay apart for
	// colour-blind readers: dark red, amber, blue.
	{stats.Conflict, "F6D5D9", "8A1222"},
	{stats.Tension, "FBECC0", "6B4D00"},
	{stats.Consistent, "D4E6F4", "00507D"},
	{"outlier", "F6D5D9", "8A1222"},
}

// verdictColours colours verdict cells in ref: conflict (and outlier) red,
// tension amber, consistent green.
func (b *builder) verdictColours(sheet, ref string) error {
	var rules []excelize.ConditionalFormatOptions
	for _, v := range verdictFills {
		id, err := b.f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: v.font, Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{v.fill}},
		})
		if err != nil {
			return err
		}
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: `"` + string(v.verdict) + `"`, Format: &id,
		})
	}
	return b.f.SetConditionalFormat(sheet, ref, rules)
}

// chartTop is how many subjects the native chart shows.
const chartTop = 15

// The Charts sheet's row height, in points and in pixels at 96 dpi (the
// size excelize gives pictures).
const (
	rowPoints = 15.0
	rowPixels = rowPoints * 96 / 72
)

// chartHeight is the native chart's height in pixels.
const chartHeight = 360

// writeCharts writes the Charts sheet: the claims per subject with a live
// Excel chart of them, then the embedded PNG charts with their captions.
func (b *builder) writeCharts() error {
	f := b.f
	const sheet = SheetCharts
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	if err := b.printSetup(sheet, true, false); err != nil {
		return err
	}
	// Rows of a known height, so that the charts below can be spaced by
	// rows in every spreadsheet application.
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{DefaultRowHeight: ptr(rowPoints), CustomHeight: ptr(true)}); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", 34); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "B", "B", 10); err != nil {
		return err
	}
	if err := setStr(f, sheet, "A1", "Claims per subject", b.heading); err != nil {
		return err
	}
	if err := setStr(f, sheet, "A2", "Subject", b.bold); err != nil {
		return err
	}
	if err := setStr(f, sheet, "B2", "Claims", b.bold); err != nil {
		return err
	}
	top := topSubjects(b.subjects, chartTop)
	for i, s := range top {
		r := strconv.Itoa(i + 3)
		if err := setStr(f, sheet, "A"+r, s.name, b.text); err != nil {
			return err
		}
		if err := f.SetCellInt(sheet, "B"+r, int64(s.n)); err != nil {
			return err
		}
	}
	row := 2 + int(math.Ceil(chartHeight/rowPixels)) + 2 // below the native chart
	if len(top) > 0 {
		last := strconv.Itoa(len(top) + 2)
		err := f.AddChart(sheet, "D2", &excelize.Chart{
			Type: excelize.Bar,
			Series: []excelize.ChartSeries{{
				Name:       sheet + "!$B$2",
				Categories: sheet + "!$A$3:$A$" + last,
				Values:     sheet + "!$B$3:$B$" + last,
				Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5F99"}},
			}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Claims per subject (top " + strconv.Itoa(len(top)) + ")"}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			XAxis:     excelize.ChartAxis{ReverseOrder: true},
			YAxis:     excelize.ChartAxis{MajorGridLines: true},
			Dimension: excelize.ChartDimension{Width: 560, Height: chartHeight},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true},
		})
		if err != nil {
			return err
		}
		row = max(row, len(top)+5)
	}
	if len(b.opt.Charts) > 0 {
		if err := setStr(f, sheet, "A"+strconv.Itoa(row), "Charts", b.heading); err != nil {
			return err
		}
		row += 2
	}
	dataRow := 0 // the last row written on the Chart data sheet
	for i, c := range b.opt.Charts {
		cfg, _, err := image.DecodeConfig(bytes.NewReader(c.PNG))
		if err != nil {
			return fmt.Errorf("chart %d (%s): %w", i+1, c.File, err)
		}
		if err := setStr(f, sheet, "A"+strconv.Itoa(row), c.Title, b.bold); err != nil {
			return err
		}
		caption := strings.TrimSpace(c.Subtitle + "\n" + c.Source)
		if caption != "" {
			if err := setStr(f, sheet, "A"+strconv.Itoa(row+1), strings.ReplaceAll(caption, "\n", " — "), b.text); err != nil {
				return err
			}
		}
		// Charts are drawn at twice screen resolution: show them at half.
		err = f.AddPictureFromBytes(sheet, "A"+strconv.Itoa(row+2), &excelize.Picture{
			Extension: ".png", File: c.PNG,
			Format: &excelize.GraphicOptions{ScaleX: 0.5, ScaleY: 0.5, AltText: c.Title, LockAspectRatio: true, Positioning: "oneCell"},
		})
		if err != nil {
			return fmt.Errorf("chart %d (%s): %w", i+1, c.File, err)
		}
		// Beside the picture, a live Excel chart of the same data.
		if c.Data != nil && len(c.Data.Values) > 0 {
			if dataRow, err = b.nativeChart(c, "K"+strconv.Itoa(row+2), dataRow); err != nil {
				return fmt.Errorf("chart %d (%s): %w", i+1, c.File, err)
			}
		}
		row += 2 + int(math.Ceil(float64(cfg.Height)/2/rowPixels)) + 2
	}
	b.used(sheet, max(row, 2), 2)
	if dataRow > 0 {
		b.used(SheetChartData, dataRow, 2)
	}
	return nil
}

// nativeChart writes a chart's data on the Chart data sheet below row
// last and draws it as an Excel chart at cell at of the Charts sheet; it
// returns the last row written.
func (b *builder) nativeChart(c Chart, at string, last int) (int, error) {
	f := b.f
	d := c.Data
	if last == 0 {
		if _, err := f.NewSheet(SheetChartData); err != nil {
			return 0, err
		}
		if err := f.SetColWidth(SheetChartData, "A", "A", 60); err != nil {
			return 0, err
		}
		if err := f.SetColWidth(SheetChartData, "B", "B", 18); err != nil {
			return 0, err
		}
		if err := b.printSetup(SheetChartData, false, false); err != nil {
			return 0, err
		}
	} else {
		last++ // a blank row between blocks
	}
	title := last + 1
	if err := setStr(f, SheetChartData, "A"+strconv.Itoa(title), d.Title, b.heading); err != nil {
		return 0, err
	}
	head := title + 1
	if err := setStr(f, SheetChartData, "A"+strconv.Itoa(head), "Category", b.bold); err != nil {
		return 0, err
	}
	name := d.ValueName
	if name == "" {
		name = "Value"
	}
	if err := setStr(f, SheetChartData, "B"+strconv.Itoa(head), name, b.bold); err != nil {
		return 0, err
	}
	for i, cat := range d.Categories {
		r := strconv.Itoa(head + 1 + i)
		if err := setStr(f, SheetChartData, "A"+r, cat, b.text); err != nil {
			return 0, err
		}
		if v := d.Values[i]; !math.IsNaN(v) && !math.IsInf(v, 0) {
			if err := f.SetCellFloat(SheetChartData, "B"+r, v, -1, 64); err != nil {
				return 0, err
			}
			if err := f.SetCellStyle(SheetChartData, "B"+r, "B"+r, b.numStyle(d.Unit, d.Currency, v)); err != nil {
				return 0, err
			}
		}
	}
	end := head + len(d.Categories)
	ref := func(col string, from, to int) string {
		return "'" + SheetChartData + "'!$" + col + "$" + strconv.Itoa(from) + ":$" + col + "$" + strconv.Itoa(to)
	}
	typ := excelize.Bar
	xaxis := excelize.ChartAxis{ReverseOrder: true} // the first category at the top, as in the picture
	if d.Kind == "line" {
		typ, xaxis = excelize.Line, excelize.ChartAxis{}
	}
	err := f.AddChart(SheetCharts, at, &excelize.Chart{
		Type: typ,
		Series: []excelize.ChartSeries{{
			Name:       "'" + SheetChartData + "'!$B$" + strconv.Itoa(head),
			Categories: ref("A", head+1, end),
			Values:     ref("B", head+1, end),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5F99"}},
			Line:       excelize.LineOptions{Width: 2.25},
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 6},
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: d.Title}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		XAxis:     xaxis,
		YAxis:     excelize.ChartAxis{MajorGridLines: true},
		Dimension: excelize.ChartDimension{Width: 520, Height: uint(max(280, min(900, 24*len(d.Categories)+110)))},
		PlotArea:  excelize.ChartPlotArea{ShowVal: d.Kind != "line"},
	})
	return end, err
}

// setStr writes text to a cell as a string, never as a formula.
func setStr(f *excelize.File, sheet, cell, s string, style int) error {
	if err := f.SetCellStr(sheet, cell, s); err != nil {
		return err
	}
	return f.SetCellStyle(sheet, cell, cell, style)
}

type subjectCount struct {
	name string
	n    int
}

// topSubjects returns the n subjects with the most claims, most first.
func topSubjects(m map[string]int, n int) []subjectCount {
	all := make([]subjectCount, 0, len(m))
	for k, v := range m {
		all = append(all, subjectCount{k, v})
	}
	slices.SortFunc(all, func(a, b subjectCount) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.name, b.name)
	})
	return all[:min(n, len(all))]
}

// writeSummary writes what the dataset holds and how the workbook was
// made.
func (b *builder) writeSummary(groups []stats.Group) error {
	f := b.f
	const sheet = SheetSummary
	if err := f.SetColWidth(sheet, "A", "A", 30); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "B", "B", 22); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "C", "C", 70); err != nil {
		return err
	}
	row := 0
	next := func() string { row++; return strconv.Itoa(row) }
	pair := func(label string, value any, style int) error {
		r := next()
		if err := setStr(f, sheet, "A"+r, label, b.text); err != nil {
			return err
		}
		switch v := value.(type) {
		case string:
			return setStr(f, sheet, "B"+r, v, style)
		case float64:
			if err := f.SetCellFloat(sheet, "B"+r, v, -1, 64); err != nil {
				return err
			}
		case int:
			if err := f.SetCellInt(sheet, "B"+r, int64(v)); err != nil {
				return err
			}
		}
		return f.SetCellStyle(sheet, "B"+r, "B"+r, style)
	}
	heading := func(s string) error {
		next()
		return setStr(f, sheet, "A"+next(), s, b.heading)
	}
	if err := setStr(f, sheet, "A"+next(), b.title(), b.titleStyle); err != nil {
		return err
	}
	generatedFmt := "yyyy-mm-dd hh:mm"
	genStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &generatedFmt, Alignment: &excelize.Alignment{Horizontal: "left"}})
	if err != nil {
		return err
	}
	gen := b.opt.Generated
	serial := float64(time.Date(gen.Year(), gen.Month(), gen.Day(), gen.Hour(), gen.Minute(), 0, 0, time.UTC).Sub(excelEpoch)) / float64(24*time.Hour)
	left, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left"}})
	if err != nil {
		return err
	}
	leftDate, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left"}, CustomNumFmt: ptr("yyyy-mm-dd")})
	if err != nil {
		return err
	}
	verdicts := map[stats.Verdict]int{}
	for _, g := range groups {
		verdicts[g.Verdict]++
	}
	items := []struct {
		label string
		value any
		style int
	}{
		{"Generated", serial, genStyle},
		{"tradestats version", orDash(b.opt.Version), left},
		{"Articles", len(b.articles), left},
		{"Claims", b.claims, left},
		{"Subjects", len(b.subjects), left},
		{"Comparison groups", len(groups), left},
	}
	for _, it := range items {
		if err := pair(it.label, it.value, it.style); err != nil {
			return err
		}
	}
	for _, d := range []struct{ label, date string }{{"First article date", b.first}, {"Last article date", b.last}} {
		var v any = orDash(d.date)
		style := left
		if s, ok := excelDate(d.date); ok {
			v, style = s, leftDate
		}
		if err := pair(d.label, v, style); err != nil {
			return err
		}
	}

	if err := heading("Claims by unit"); err != nil {
		return err
	}
	for _, u := range stats.Units {
		if err := pair(string(u), b.units[u], left); err != nil {
			return err
		}
	}
	if err := heading("Comparison groups by verdict"); err != nil {
		return err
	}
	first := row + 1
	for _, v := range verdictFills[:3] {
		if err := pair(string(v.verdict), verdicts[v.verdict], left); err != nil {
			return err
		}
	}
	if err := b.verdictColours(sheet, fmt.Sprintf("A%d:A%d", first, row)); err != nil {
		return err
	}

	if err := heading("Sheets"); err != nil {
		return err
	}
	sheets := [][2]string{
		{SheetClaims, "One row per claim: the figure as written, its value, unit, frame (subject, counterpart, indicator, metric, outlook, period) and sentence. Filter with the header buttons; percent figures are stored as stated (62 for 62%)." + b.usdText()},
		{SheetArticles, "One row per article, with its link and the number of claims."},
		{SheetComparisons, "An Excel table with one row per figure of each group of figures that state the same thing: the group's number, verdict, frame and statistics on every row, then the figure, its article and sentence. Verdicts: consistent (all figures agree within their rounding and wording), tension (slightly apart), conflict (the articles disagree); an outlier misses the value most articles agree on."},
		{SheetCharts, "Claims per subject as a live chart, and the report's charts, each as a picture and as a live Excel chart of its data (on the Chart data sheet)."},
	}
	if b.hasChecks {
		sheets = slices.Insert(sheets, 3, [2]string{SheetChecks, checksNote})
	}
	for _, s := range sheets {
		r := next()
		if err := setStr(f, sheet, "A"+r, s[0], b.bold); err != nil {
			return err
		}
		if err := f.MergeCell(sheet, "B"+r, "C"+r); err != nil {
			return err
		}
		if err := setStr(f, sheet, "B"+r, s[1], b.note); err != nil {
			return err
		}
		// Rows as high as the note's lines (about 95 characters each in
		// the merged cells).
		lines := (utf8.RuneCountInString(s[1]) + 94) / 95
		if err := f.SetRowHeight(sheet, row, float64(max(2, lines+1))*13.5); err != nil {
			return err
		}
	}
	b.used(sheet, row, 3)
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// usdCell converts a money figure to US dollars at the official rate of
// its year (its period's first year, else its article's), or is empty.
func (b *builder) usdCell(v float64, unit stats.Unit, currency, period, date, subject string) any {
	if unit != stats.UnitMoney || currency == "" || b.usdRate == nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	year := figureYear(period, date)
	if year == 0 {
		return nil
	}
	rate, ok := b.usdRate(currency, year, subject)
	if !ok || rate <= 0 {
		return nil
	}
	if b.usdFmt == 0 {
		nf := `"$"#,##0`
		id, err := b.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}, CustomNumFmt: &nf})
		if err != nil {
			return nil
		}
		b.usdFmt = id
	}
	return excelize.Cell{StyleID: b.usdFmt, Value: v / rate}
}

// figureYear is the year a figure's money is converted in: the first year
// its period names, else its article's, else 0.
func figureYear(period, date string) int {
	for _, s := range []string{period, date} {
		for i := 0; i+4 <= len(s); i++ {
			if y, err := strconv.Atoi(s[i : i+4]); err == nil && y >= 1900 && y <= 2100 {
				return y
			}
		}
	}
	return 0
}

// usdText says how figures are converted to US dollars.
func (b *builder) usdText() string {
	if b.usdRate == nil {
		return ""
	}
	note := b.usdNote
	if note == "" {
		note = "the official exchange rate of the year"
	}
	return " Value in USD: money figures converted at " + note + " of the figure's year (the first year of its period, else its article's year); empty where there is no rate."
}

// title is the workbook's title.
func (b *builder) title() string {
	if t := strings.TrimSpace(b.opt.Title); t != "" {
		return printable(t)
	}
	return "tradestats report"
}
