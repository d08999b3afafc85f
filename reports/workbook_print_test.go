package reports_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

// fullSample writes the sample workbook with checks, charts with data and
// US dollar rates, and opens it again.
func fullSample(t *testing.T) (*excelize.File, []byte) {
	t.Helper()
	in := reports.WorkbookInput{
		Claims: each(sampleClaims()), Articles: eachArticle(sampleArticles()), Groups: sampleGroups(),
		Checks: sampleChecks(),
		USDRate: func(currency string, year int, subject string) (float64, bool) {
			if currency == "USD" {
				return 1, true
			}
			return 0, false
		},
		USDNote: "the World Bank's official exchange rate (pa.nus.fcrf)",
	}
	key := sampleGroups()[1].GroupKey
	opt := reports.WorkbookOptions{Generated: generated, Version: "v0.1.0", TmpDir: t.TempDir(), Charts: []reports.Chart{
		{File: "charts/compare-01.png", Title: "Articles disagree", PNG: testPNG(t, 400, 300), Group: &key,
			Data: &reports.ChartData{Kind: "bar", Title: "US trade deficit", Unit: stats.UnitMoney, Currency: "USD",
				ValueName: "Figure", Categories: []string{"U.S. deficit narrows", "Deficit wider than thought"}, Values: []float64{38.37e9, 39.2e9}}},
		{File: "charts/timeline-01.png", Title: "Exports rose", PNG: testPNG(t, 400, 300),
			Data: &reports.ChartData{Kind: "line", Title: "Exports", Unit: stats.UnitPercent, ValueName: "Median",
				Categories: []string{"2023", "2024", "2025"}, Values: []float64{1, 2, 3}}},
	}}
	var buf bytes.Buffer
	if err := reports.Workbook(&buf, in, opt); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, buf.Bytes()
}

// TestWorkbookDimensions checks that every sheet's <dimension> names the
// range its cells use (excelize writes A1 for all, and read-only readers
// then see one row).
func TestWorkbookDimensions(t *testing.T) {
	f, raw := fullSample(t)
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	dims := map[string]string{}
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			m := regexp.MustCompile(`<dimension ref="([^"]*)"`).FindSubmatch(readZip(t, zf))
			if m == nil {
				t.Errorf("%s: no <dimension>", zf.Name)
				continue
			}
			dims[zf.Name] = string(m[1])
		}
	}
	for id, name := range f.GetSheetMap() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		got := dims["xl/worksheets/sheet"+strconv.Itoa(id)+".xml"]
		_, gotRows, err := excelize.CellNameToCoordinates(strings.TrimPrefix(got[strings.Index(got, ":")+1:], ""))
		if err != nil || !strings.HasPrefix(got, "A1:") || gotRows < len(rows) {
			t.Errorf("%s: <dimension ref=%q>, but %d rows of %d columns", name, got, len(rows), cols)
		}
	}
	if d := dims["xl/worksheets/sheet2.xml"]; d != "A1:"+cellName(len(reports.ClaimsHeader), len(sampleClaims())+1) {
		t.Errorf("Claims dimension %q", d)
	}
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// TestWorkbookPrintSetup checks that every sheet prints fitted to the
// page's width, wide sheets in landscape, with the header row repeated.
func TestWorkbookPrintSetup(t *testing.T) {
	f, _ := fullSample(t)
	for _, sheet := range f.GetSheetList() {
		props, err := f.GetSheetProps(sheet)
		if err != nil || props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fitted to the page: %+v %v", sheet, props, err)
		}
		pl, err := f.GetPageLayout(sheet)
		if err != nil || pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
			t.Errorf("%s: page layout %+v %v, want one page wide", sheet, pl, err)
		}
		wide := map[string]bool{"Claims": true, "Comparisons": true, "Checks": true, "Charts": true}[sheet]
		if a3 := sheet == "Claims" || sheet == "Comparisons"; a3 != (pl.Size != nil && *pl.Size == 8) {
			t.Errorf("%s: paper size %v (A3 is 8 for sheets of more than 15 columns)", sheet, pl.Size)
		}
		if want := map[bool]string{true: "landscape", false: "portrait"}[wide]; pl.Orientation == nil || *pl.Orientation != want {
			t.Errorf("%s: orientation %v, want %s", sheet, pl.Orientation, want)
		}
	}
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	for _, sheet := range []string{"Claims", "Articles", "Comparisons"} {
		if want := "'" + sheet + "'!$1:$1"; titles[sheet] != want {
			t.Errorf("%s: print titles %q, want %q", sheet, titles[sheet], want)
		}
	}
}

// TestWorkbookComparisonsTable checks that the Comparisons sheet is an
// Excel table whose every row has the group's subject, metric and period,
// and that money figures are also in US dollars.
func TestWorkbookComparisonsTable(t *testing.T) {
	f, _ := fullSample(t)
	tables, err := f.GetTables("Comparisons")
	if err != nil || len(tables) != 1 || tables[0].Range != "A1:"+cellName(len(reports.ComparisonsHeader), 8) {
		t.Fatalf("Comparisons tables %+v %v", tables, err)
	}
	rows, _ := f.GetRows("Comparisons")
	col := func(name string) int {
		for i, h := range reports.ComparisonsHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q", name)
		return -1
	}
	for i, r := range rows[1:] {
		for _, c := range []string{"Subject", "Metric", "Verdict", "Group"} {
			if col(c) >= len(r) || r[col(c)] == "" {
				t.Errorf("row %d has no %s: %q", i+2, c, r)
			}
		}
	}
	cell := cellOf(t, f, "Comparisons", "Y", "38.37 billion dlrs", "AA")
	if v, _ := f.GetCellValue("Comparisons", cell, excelize.Options{RawCellValue: true}); v != "38370000000" {
		t.Errorf("Value in USD %s = %q", cell, v)
	}
	if got := numFmtOf(t, f, "Comparisons", cell); got != `"$"#,##0` {
		t.Errorf("USD format %q", got)
	}
	cell = cellOf(t, f, "Claims", "C", "38.37 billion dlrs", "I")
	if v, _ := f.GetCellValue("Claims", cell, excelize.Options{RawCellValue: true}); v != "38370000000" {
		t.Errorf("Claims Value in USD %s = %q", cell, v)
	}
	rows, _ = f.GetRows("Summary")
	found := false
	for _, r := range rows {
		found = found || strings.Contains(strings.Join(r, " "), "converted at the World Bank's official exchange rate (pa.nus.fcrf)")
	}
	if !found {
		t.Error("the Summary does not say how figures are converted to US dollars")
	}
}

// TestWorkbookNativeCharts checks that charts with data become native
// Excel charts over the Chart data sheet: a bar chart and a line chart.
func TestWorkbookNativeCharts(t *testing.T) {
	f, raw := fullSample(t)
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var bar, line int
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/chart") {
			continue
		}
		x := readZip(t, zf)
		if !bytes.Contains(x, []byte("Chart data&#39;!$B$")) {
			continue
		}
		if bytes.Contains(x, []byte("<barChart>")) {
			bar++
		}
		if bytes.Contains(x, []byte("<lineChart>")) {
			line++
		}
	}
	if bar != 1 || line != 1 {
		t.Errorf("native charts over Chart data: %d bar, %d line; want 1 and 1", bar, line)
	}
	if v, _ := f.GetCellValue("Chart data", "A3"); v != "U.S. deficit narrows" {
		t.Errorf("Chart data!A3 = %q", v)
	}
}

// TestWorkbookReadOnlyReader reads the workbook with a second reader in
// read-only mode (openpyxl's, which trusts <dimension>): it must see every
// row of every sheet. It skips without Python's openpyxl (apt-get install
// python3-openpyxl).
func TestWorkbookReadOnlyReader(t *testing.T) {
	// Debian's python3-openpyxl is for the system's Python, which another
	// python3 on PATH (pyenv's) may hide.
	py := ""
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(name); err == nil && exec.Command(p, "-c", "import openpyxl").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Skip("no python3 with openpyxl (apt-get install python3-openpyxl)")
	}
	f, raw := fullSample(t)
	path := filepath.Join(t.TempDir(), "report.xlsx")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(json.dumps({ws.title: [ws.max_row, sum(1 for r in ws.iter_rows() if any(c.value is not None for c in r))] for ws in wb.worksheets}))`
	out, err := exec.Command(py, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got map[string][2]int
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	for _, sheet := range []string{"Claims", "Articles", "Comparisons", "Summary", "Checks"} {
		rows, _ := f.GetRows(sheet)
		n := 0
		for _, r := range rows {
			if strings.Join(r, "") != "" {
				n++
			}
		}
		if g := got[sheet]; g[0] < len(rows) || g[1] != n {
			t.Errorf("%s: openpyxl read-only sees max_row %d and %d rows, want %d rows", sheet, g[0], g[1], n)
		}
	}
}

// TestWorkbookComparisonsFit checks that every figure of the Comparisons
// sheet, as its number format shows it, fits its column (a spreadsheet
// shows "###" otherwise), and that rows are tall enough for their wrapped
// texts.
func TestWorkbookComparisonsFit(t *testing.T) {
	f, _ := fullSample(t)
	const sheet = reports.SheetComparisons
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 3 {
		t.Fatalf("%d rows", len(rows))
	}
	figures := 0
	for r := 2; r <= len(rows); r++ {
		tallest := 1.0
		for c := 1; c <= len(reports.ComparisonsHeader); c++ {
			cell := cellName(c, r)
			col, _, _ := excelize.SplitCellName(cell)
			width, err := f.GetColWidth(sheet, col)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			_, numErr := strconv.ParseFloat(raw, 64)
			shown, err := f.GetCellValue(sheet, cell)
			if err != nil {
				t.Fatal(err)
			}
			switch header := reports.ComparisonsHeader[c-1]; {
			case numErr == nil && header != "Group" && header != "Articles" && header != "Date":
				figures++
				if n := float64(len([]rune(shown))); n > width {
					t.Errorf("%s (%s) shows %q, %.0f characters in a column %.1f wide", cell, header, shown, n, width)
				}
			case header == "Figure" || header == "Article title" || header == "Sentence":
				need := float64(len([]rune(shown)))/width + 0.5
				tallest = max(tallest, need)
			}
		}
		h, err := f.GetRowHeight(sheet, r)
		if err != nil {
			t.Fatal(err)
		}
		if h < float64(int(tallest))*12 {
			t.Errorf("row %d is %.1f points tall, its wrapped text needs about %.0f lines", r, h, tallest)
		}
	}
	if figures == 0 {
		t.Fatal("no figures in the Comparisons sheet")
	}
}
