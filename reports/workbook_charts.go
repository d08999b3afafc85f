package reports

import (
	"bytes"
	"fmt"
	"image"
	_ "image/png" // image.DecodeConfig of embedded charts
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// verdictColours colours verdict cells in ref: conflict (and outlier) red,
// tension amber, consistent green.
func (b *builder) verdictColours(sheet, ref string) error {
	return b.colourCells(sheet, ref, verdictFills)
}

// colourCells colours the cells in ref by their text, as fills say.
func (b *builder) colourCells(sheet, ref string, fills []cellFill) error {
	var rules []excelize.ConditionalFormatOptions
	for _, v := range fills {
		id, err := b.f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: v.font, Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{v.fill}},
		})
		if err != nil {
			return err
		}
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: `"` + v.text + `"`, Format: &id,
		})
	}
	return b.f.SetConditionalFormat(sheet, ref, rules)
}

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
