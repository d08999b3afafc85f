package reports

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/stats"
)

// The Articles and Comparisons sheets, which, like Claims, go on in a
// second sheet ("Articles (2)") and more when they reach WorkbookOptions.
// MaxRows (Excel's limit of 1,048,576 rows): a sheet past the limit would
// make the whole workbook fail.

// pagedSheet writes the rows of one sheet and of its continuations. Each
// sheet has the header row and its own Excel table (or verdict colours).
type pagedSheet struct {
	b    *builder
	base string // "Articles"
	n    int    // sheets opened
	name string // of the sheet being written
	sw   *excelize.StreamWriter
	row  int // the last row written in it

	// open sets up a new sheet (widths, header row); close ends it, with
	// its last row, before it is flushed.
	open  func(name string, sw *excelize.StreamWriter) error
	close func(p *pagedSheet) error
	// cols is the number of columns; wide sheets print in landscape.
	cols int
	wide bool
}

// sheetName is the name of the n-th sheet of base: "Claims", "Claims (2)".
func sheetName(base string, n int) string {
	if n == 1 {
		return base
	}
	return base + " (" + strconv.Itoa(n) + ")"
}

// next returns the cell to write the next row at ("A2"), going on to a new
// sheet when this one is full or, with keep > 1, when the next keep rows
// (a group and its claims) would not fit in it but would in a new one.
func (p *pagedSheet) next(keep int) (string, error) {
	limit := p.b.opt.MaxRows
	full := p.sw != nil && (p.row >= limit || keep > 1 && p.row > 1 && p.row+keep > limit && keep < limit)
	if p.sw == nil || full {
		if err := p.end(); err != nil {
			return "", err
		}
		p.n++
		p.name = sheetName(p.base, p.n)
		if _, err := p.b.f.NewSheet(p.name); err != nil {
			return "", err
		}
		if err := p.b.printSetupCols(p.name, p.wide, true, p.cols); err != nil {
			return "", err
		}
		sw, err := p.b.f.NewStreamWriter(p.name)
		if err != nil {
			return "", err
		}
		p.sw, p.row = sw, 1
		if err := p.open(p.name, sw); err != nil {
			return "", err
		}
	}
	p.row++
	return "A" + strconv.Itoa(p.row), nil
}

// end ends the sheet being written, if any.
func (p *pagedSheet) end() error {
	if p.sw == nil {
		return nil
	}
	if p.close != nil {
		if err := p.close(p); err != nil {
			return err
		}
	}
	p.b.used(p.name, max(p.row, 1), p.cols)
	err := p.sw.Flush()
	p.sw = nil
	return err
}

// finish ends the last sheet, opening the first if no row was written,
// so that the sheet is there with its header.
func (p *pagedSheet) finish() error {
	if p.n == 0 {
		if _, err := p.next(1); err != nil {
			return err
		}
		p.row-- // no row written
	}
	return p.end()
}

// tableName is the name of the Excel table of the n-th sheet of base:
// "Articles", "Articles2" (table names have no spaces).
func tableName(base string, n int) string {
	if n == 1 {
		return base
	}
	return base + strconv.Itoa(n)
}

// writeArticles writes the Articles sheet: the listed articles (if any),
// then the articles only the claims name.
func (b *builder) writeArticles(each func(yield func(*stats.Article) error) error) error {
	type row struct {
		id string
		a  *articleRow
	}
	var listed []row
	if each != nil {
		err := each(func(a *stats.Article) error {
			r := b.articles[a.ID]
			if r == nil {
				r = &articleRow{}
				b.articles[a.ID] = r
				b.articleOrder = append(b.articleOrder, a.ID)
			}
			if r.listed {
				return nil
			}
			r.listed = true
			r.title, r.date, r.source, r.url = a.Title, a.Date, a.Source, a.URL
			b.addDate(a.Date)
			listed = append(listed, row{a.ID, r})
			return nil
		})
		if err != nil {
			return err
		}
	}
	var rest []row
	for _, id := range b.articleOrder {
		if r := b.articles[id]; !r.listed {
			rest = append(rest, row{id, r})
		}
	}
	slices.SortStableFunc(rest, func(x, y row) int {
		if c := strings.Compare(x.a.date, y.a.date); c != 0 {
			return c
		}
		return strings.Compare(x.a.title, y.a.title)
	})
	rows := append(listed, rest...)

	widths := []float64{float64(len(ArticlesHeader[0]) + 3), 11, 10, 10, 9, 18}
	for _, r := range rows[:min(len(rows), 1000)] {
		widths[0] = max(widths[0], float64(utf8.RuneCountInString(r.a.title)))
		widths[2] = max(widths[2], float64(utf8.RuneCountInString(r.a.source)))
		widths[3] = max(widths[3], float64(utf8.RuneCountInString(r.a.url)))
	}
	widths[0], widths[2], widths[3] = min(widths[0]*1.1+2, 70), min(widths[2]*1.1+2, 40), min(widths[3]*1.1+2, 50)
	p := b.tableSheet(SheetArticles, ArticlesHeader, widths)
	links := 0
	for _, r := range rows {
		cell, err := p.next(1)
		if err != nil {
			return err
		}
		cells := []any{str(b.wrap, r.a.title), b.dateCell(r.a.date), optStr(b.text, r.a.source), nil,
			excelize.Cell{StyleID: b.text, Value: r.a.claims}, optStr(b.text, r.id)}
		live := r.a.url != "" && safeURL(r.a.url) && links < maxHyperlinks
		if live {
			cells[3] = str(b.link, r.a.url)
		} else {
			cells[3] = optStr(b.text, r.a.url)
		}
		if err := p.sw.SetRow(cell, cells); err != nil {
			return err
		}
		if live {
			// The link lives in the sheet's relationships, not in a formula.
			if err := b.f.SetCellHyperLink(p.name, "D"+strconv.Itoa(p.row), r.a.url, "External"); err != nil {
				return err
			}
			links++
		}
	}
	return p.finish()
}

// tableSheet returns the pager of a sheet (and its continuations) whose
// rows are an Excel table with filters: Claims, Articles.
func (b *builder) tableSheet(base string, head []string, widths []float64) *pagedSheet {
	return &pagedSheet{b: b, base: base, cols: len(head), wide: len(head) > 6,
		open: func(_ string, sw *excelize.StreamWriter) error {
			return b.openSheet(sw, widths, head)
		},
		close: func(p *pagedSheet) error {
			ref := "A1:" + cellName(len(head), max(p.row, 2))
			if p.row < 2 {
				p.row = 2 // the table's empty first row
			}
			return p.sw.AddTable(&excelize.Table{Range: ref, Name: tableName(base, p.n),
				StyleName: "TableStyleMedium2", ShowRowStripes: ptr(true)})
		},
	}
}

// openSheet sets up a streamed sheet: column widths, the header row kept
// in view.
func (b *builder) openSheet(sw *excelize.StreamWriter, widths []float64, head []string) error {
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := freezeHeader(sw); err != nil {
		return err
	}
	return sw.SetRow("A1", header(head, b.bold), excelize.RowOpts{Height: 20})
}

// writeComparisons writes the Comparisons sheet: an Excel table with a
// row per figure of each group, the group's frame and statistics on every
// row, and the verdict cells coloured by conditional formatting. A group
// starts a new sheet rather than be cut, unless it is longer than a sheet.
func (b *builder) writeComparisons(groups []stats.Group) error {
	widths := comparisonWidths(groups)
	table := b.tableSheet(SheetComparisons, ComparisonsHeader, widths)
	p := &pagedSheet{b: b, base: SheetComparisons, cols: len(ComparisonsHeader), wide: true,
		open: table.open,
		close: func(p *pagedSheet) error {
			if p.row >= 2 {
				if err := b.verdictColours(p.name, "B2:B"+strconv.Itoa(p.row)); err != nil {
					return err
				}
				if err := b.verdictColours(p.name, "U2:U"+strconv.Itoa(p.row)); err != nil {
					return err
				}
			}
			return table.close(p)
		},
	}
	for gi, g := range groups {
		ns := func(v float64) any { return num(b.numStyle(g.Unit, g.Currency, v), v) }
		spread := ns(g.Spread)
		if g.Unit == stats.UnitPercent {
			// The difference of two percentages is in percentage points.
			spread = num(b.numStyle(stats.UnitPercentagePoint, "", g.Spread), g.Spread)
		}
		for ci, c := range g.Claims {
			keep := 1
			if ci == 0 {
				keep = len(g.Claims)
			}
			cell, err := p.next(keep)
			if err != nil {
				return err
			}
			outlier := any(nil)
			if c.Outlier {
				outlier = str(b.text, "outlier")
			}
			cells := []any{
				excelize.Cell{StyleID: b.text, Value: gi + 1}, str(b.bold, string(g.Verdict)),
				str(b.wrap, stats.Capitalize(g.GroupKey.Describe())), optStr(b.text, g.Subject),
				optStr(b.text, g.Counterpart), optStr(b.text, string(g.Indicator)), optStr(b.text, g.Metric),
				optStr(b.text, string(g.Outlook)), optStr(b.text, g.Forecaster), optStr(b.text, g.Period),
				optStr(b.text, string(g.Change)), str(b.text, string(g.Unit)), optStr(b.text, g.Currency),
				optStr(b.text, g.UnitName), excelize.Cell{StyleID: b.text, Value: g.Articles},
				ns(g.Min), ns(g.Median), ns(g.Max), spread, num(b.ratio, g.RelativeSpread), outlier,
				str(b.wrap, c.Title), optStr(b.text, c.Publisher), b.dateCell(c.Date), str(b.text, c.Text), ns(c.Value),
				b.usdCell(c.Value, g.Unit, g.Currency, g.Period, c.Date, g.Subject),
				bound(b, ns, c.Low), bound(b, ns, c.High), str(b.wrap, c.Sentence),
			}
			// the wrapped cells' lines set the row's height: spreadsheet
			// applications do not all fit rows to wrapped text on opening
			lines := max(wrappedLines(g.GroupKey.Describe(), widths[2]), wrappedLines(c.Title, widths[21]), wrappedLines(c.Sentence, widths[29]))
			if err := p.sw.SetRow(cell, cells, excelize.RowOpts{Height: float64(lines)*lineHeight + 2}); err != nil {
				return err
			}
		}
	}
	return p.finish()
}

// lineHeight is the height of a line of text in the default font, in points.
const lineHeight = 12.75

// wrappedLines estimates the lines text takes in a wrapping cell of width
// w (in characters of the default font), at least 1.
func wrappedLines(text string, w float64) int {
	per := max(int(w*0.95)-1, 1)
	lines, col := 1, 0
	for word := range strings.FieldsSeq(text) {
		n := utf8.RuneCountInString(word)
		switch {
		case col == 0:
			col = n
		case col+1+n <= per:
			col += 1 + n
		default:
			lines++
			col = n
		}
		for col > per { // a word longer than the cell breaks anywhere
			lines++
			col -= per
		}
	}
	return lines
}

// comparisonWidths sizes the Comparisons columns: the figures' columns fit
// the longest formatted figure (so that none shows as "###"), the text
// columns have fixed widths and wrap.
func comparisonWidths(groups []stats.Group) []float64 {
	widths := []float64{8, 12, 44, 18, 16, 16, 26, 9, 14, 11, 8, 9, 9, 10, 9, 14, 14, 14, 12, 10, 8, 44, 16, 11, 24, 16, 16, 16, 16, 70}
	fit := func(col int, v float64, currency string) {
		widths[col] = max(widths[col], figureWidth(v, currency))
	}
	for _, g := range groups {
		cur := g.Currency
		if !isCurrencyCode(cur) {
			cur = ""
		}
		fit(15, g.Min, cur)
		fit(16, g.Median, cur)
		fit(17, g.Max, cur)
		fit(18, g.Spread, cur)
		for _, c := range g.Claims {
			fit(25, c.Value, cur)
			if g.Unit == stats.UnitMoney {
				fit(26, c.Value, "USD") // at most the stated figure's digits and a few more
			}
			if !math.IsInf(c.Low, 0) && !math.IsNaN(c.Low) {
				fit(27, c.Low, cur)
			}
			if !math.IsInf(c.High, 0) && !math.IsNaN(c.High) {
				fit(28, c.High, cur)
			}
		}
	}
	return widths
}

// figureWidth is the width a figure takes in its number format: digits,
// thousands separators, decimals, a currency sign or code and a sign.
func figureWidth(v float64, currency string) float64 {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	n := len(whole) + (len(whole)-1)/3 + len(currency) + 2
	if frac != "" {
		n += 1 + min(len(frac), 2)
	}
	return float64(n)*1.1 + 2
}
