package reports

import (
	"archive/zip"
	"compress/flate"
	"errors"
	"fmt"
	_ "image/png" // image.DecodeConfig of embedded charts
	"io"
	"math"
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

// cellFill colours a cell whose text is text.
type cellFill struct{ text, fill, font string }

// Verdict colours of the cells; an outlier
// claim is marked like a conflict.
var verdictFills = []cellFill{
	// The charts' and the page's colours, which stay apart for
	// colour-blind readers: dark red, amber, blue.
	{string(stats.Conflict), "F6D5D9", "8A1222"},
	{string(stats.Tension), "FBECC0", "6B4D00"},
	{string(stats.Consistent), "D4E6F4", "00507D"},
	{"outlier", "F6D5D9", "8A1222"},
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

// title is the workbook's title.
func (b *builder) title() string {
	if t := strings.TrimSpace(b.opt.Title); t != "" {
		return printable(t)
	}
	return "tradestats report"
}
