package reports

import (
	"fmt"
	_ "image/png" // image.DecodeConfig of embedded charts
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/stats"
)

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
		if err := pair(v.text, verdicts[stats.Verdict(v.text)], left); err != nil {
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
