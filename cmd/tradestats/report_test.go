package main

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/reports"
)

// pngMagic starts every PNG file.
const pngMagic = "\x89PNG\r\n\x1a\n"

// dbClaims returns the number of claims in the database at path.
func dbClaims(t *testing.T, path string) int {
	t.Helper()
	db, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.CountClaims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// chartFiles returns the names of the files in a report's charts
// directory, sorted.
func chartFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, "charts"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// checkReport checks the report in dir: valid charts (PNG at 2x, SVG
// beside each with svg), a workbook with the sheets and every claim of the
// database at dbPath, and a page that shows every chart. It returns the
// PNG chart files.
func checkReport(t *testing.T, dir, dbPath string, svg bool) []string {
	t.Helper()
	var pngs []string
	for _, name := range chartFiles(t, dir) {
		path := filepath.Join(dir, "charts", name)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(name) {
		case ".png":
			pngs = append(pngs, name)
			if !bytes.HasPrefix(b, []byte(pngMagic)) {
				t.Errorf("%s: not a PNG", name)
				continue
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(b))
			if err != nil || cfg.Width != 1280 {
				t.Errorf("%s: %v, width %d, want 1280 (2x)", name, err, cfg.Width)
			}
			if _, err := os.Stat(strings.TrimSuffix(path, ".png") + ".svg"); svg != (err == nil) {
				t.Errorf("%s: SVG beside it: %v, want %v", name, err == nil, svg)
			}
		case ".svg":
			if !bytes.Contains(b, []byte("<svg")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("</svg>")) {
				t.Errorf("%s: not an SVG document", name)
			}
		default:
			t.Errorf("unexpected file %s in charts", name)
		}
	}
	for _, d := range []string{dir, filepath.Join(dir, "charts")} {
		if tmp, _ := filepath.Glob(filepath.Join(d, ".*")); len(tmp) > 0 {
			t.Errorf("temporary files left: %v", tmp)
		}
	}

	page, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(page), "<img "); n != len(pngs) {
		t.Errorf("index.html: %d images, want the %d charts", n, len(pngs))
	}
	for _, name := range pngs {
		if !strings.Contains(string(page), `<img src="charts/`+name+`"`) {
			t.Errorf("index.html does not show charts/%s", name)
		}
	}
	if !strings.Contains(string(page), `href="tradestats.xlsx"`) {
		t.Error("index.html does not link the workbook")
	}

	f, err := excelize.OpenFile(filepath.Join(dir, "tradestats.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{reports.SheetSummary, reports.SheetClaims, reports.SheetArticles, reports.SheetComparisons, reports.SheetCharts, reports.SheetChartData}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}
	rows, err := f.GetRows(reports.SheetClaims)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], reports.ClaimsHeader) {
		t.Fatalf("Claims header %v, want %v", rows[:min(len(rows), 1)], reports.ClaimsHeader)
	}
	if got, want := len(rows)-1, dbClaims(t, dbPath); got != want {
		t.Errorf("Claims sheet: %d rows, want the %d claims of the database", got, want)
	}
	cells, err := f.GetPictureCells(reports.SheetCharts)
	if err != nil {
		t.Fatal(err)
	}
	pics := 0
	for _, cell := range cells {
		ps, _ := f.GetPictures(reports.SheetCharts, cell)
		pics += len(ps)
	}
	if pics != len(pngs) {
		t.Errorf("Charts sheet: %d pictures, want the %d charts", pics, len(pngs))
	}
	return pngs
}

// kinds counts the chart files of each kind ("compare", ...).
func kinds(names []string) map[string]int {
	n := map[string]int{}
	for _, name := range names {
		k, _, _ := strings.Cut(strings.TrimSuffix(name, filepath.Ext(name)), "-")
		n[k]++
	}
	return n
}

func TestReport(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "report.db")
	t.Setenv("TRADESTATS_DB", dbPath)
	dir := filepath.Join(t.TempDir(), "out")

	code, stdout, stderr := runCmd(t, "", "report", "-o", dir, examples)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pngs := checkReport(t, dir, dbPath, false)
	k := kinds(pngs)
	if k["compare"] == 0 || k["shares"] < 2 || k["timeline"] < 2 || k["overview"] != 1 {
		t.Errorf("charts %v: want compare, shares (world GDP and trade), timelines and the overview", pngs)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	want := "report: wrote " + filepath.Join(dir, "index.html") + ", " + filepath.Join(dir, "tradestats.xlsx") +
		" and " + strconv.Itoa(len(pngs)) + " charts in " + filepath.Join(dir, "charts")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "report: adding these inputs to database ") ||
		!strings.HasPrefix(lines[1], "ingest: ") || lines[2] != want {
		t.Errorf("stdout:\n%s\nwant where the inputs go, the ingest summary, then %q", stdout, want)
	}
	first := map[string][]byte{}
	for _, name := range pngs {
		first[name], _ = os.ReadFile(filepath.Join(dir, "charts", name))
	}

	t.Run("again", func(t *testing.T) {
		// Without PATH the database is reported as it is; the charts are
		// the same files with the same pixels.
		code, stdout, stderr := runCmd(t, "", "report", "-o", dir)
		if code != 0 || stderr != "" || strings.Contains(stdout, "ingest:") {
			t.Fatalf("exit %d: %s%s", code, stdout, stderr)
		}
		again := checkReport(t, dir, dbPath, false)
		if !slices.Equal(again, pngs) {
			t.Fatalf("charts %v, then %v", pngs, again)
		}
		for _, name := range again {
			if b, _ := os.ReadFile(filepath.Join(dir, "charts", name)); !bytes.Equal(b, first[name]) {
				t.Errorf("%s differs on a second run", name)
			}
		}
	})

	t.Run("svg", func(t *testing.T) {
		code, stdout, stderr := runCmd(t, "", "report", "-o", dir, "--svg")
		if code != 0 || stderr != "" || !strings.Contains(stdout, "charts (PNG and SVG) in") {
			t.Fatalf("exit %d: %s%s", code, stdout, stderr)
		}
		checkReport(t, dir, dbPath, true)
	})

	t.Run("max-charts", func(t *testing.T) {
		notes := filepath.Join(dir, "charts", "notes.txt")
		if err := os.WriteFile(notes, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCmd(t, "", "report", "--max-charts", "1", "-o", dir)
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if _, err := os.Stat(notes); err != nil {
			t.Errorf("a file of the user's in charts/ was removed: %v", err)
		}
		os.Remove(notes)
		// The charts of the runs before (and their SVGs) are gone.
		got := checkReport(t, dir, dbPath, false)
		if k := kinds(got); k["compare"] != 1 || k["shares"] != 1 || k["timeline"] != 1 || k["overview"] != 1 {
			t.Errorf("--max-charts 1: %v", got)
		}
		if !strings.Contains(stdout, " and 4 charts in ") {
			t.Errorf("stdout %q", stdout)
		}

		code, stdout, _ = runCmd(t, "", "report", "--max-charts", "0", "-o", dir)
		if got := chartFiles(t, dir); code != 0 || !slices.Equal(got, []string{"overview.png"}) || !strings.Contains(stdout, " and 1 chart in ") {
			t.Errorf("--max-charts 0: exit %d, %v, %q", code, got, stdout)
		}
	})
}

// TestReportHostile checks that text from articles is escaped in the page
// and written as text, never as a formula, in the workbook.
func TestReportHostile(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "hostile.db")
	t.Setenv("TRADESTATS_DB", dbPath)
	in := t.TempDir()
	titles := []string{
		`<script>alert("x")</script><img src=x onerror=alert(1)> Chile & co`,
		`=HYPERLINK("http://evil.example/","click")`,
	}
	// two articles that state one figure in their own words (the same
	// sentence twice would be one story sent twice, compared once)
	bodies := []string{
		"Chile's exports reached $8.1 billion in March 2024, the central bank said.",
		"Exports from Chile totalled $8.1 billion in March 2024, customs data showed.",
	}
	for i, title := range titles {
		body := title + "\n\n" + bodies[i] + "\n"
		if err := os.WriteFile(filepath.Join(in, strconv.Itoa(i)+".txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCmd(t, "", "report", "-o", dir, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pngs := checkReport(t, dir, dbPath, false)
	if k := kinds(pngs); k["compare"] != 1 {
		t.Errorf("charts %v: want the comparison of the two articles", pngs)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if bytes.Contains(page, []byte("<script")) || bytes.Contains(page, []byte("<img src=x")) {
		t.Error("index.html has the title's markup unescaped")
	}
	if !bytes.Contains(page, []byte("&lt;script&gt;")) || !bytes.Contains(page, []byte("Chile &amp; co")) {
		t.Error("index.html does not show the title, escaped")
	}

	f, err := excelize.OpenFile(filepath.Join(dir, "tradestats.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(reports.SheetClaims)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for r, row := range rows[1:] {
		cell := "A" + strconv.Itoa(r+2)
		if formula, err := f.GetCellFormula(reports.SheetClaims, cell); err != nil || formula != "" {
			t.Errorf("%s: formula %q (%v)", cell, formula, err)
		}
		if slices.Contains(titles, row[0]) {
			seen++
		}
	}
	if seen != len(rows)-1 || seen == 0 {
		t.Errorf("%d of %d claims show their title as written", seen, len(rows)-1)
	}
}

func TestReportErrors(t *testing.T) {
	dir := t.TempDir()
	empty := emptyDB(t, dir)
	out := filepath.Join(dir, "out")
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"empty database", []string{"report", "--db", empty, "-o", out}, 1, "holds no claims"},
		{"no database", []string{"report", "--db", filepath.Join(dir, "none.db"), "-o", out}, 1, "no database"},
		{"negative max", []string{"report", "--db", empty, "--max-charts", "-1"}, 2, "--max-charts must be 0 or more"},
		{"empty -o", []string{"report", "--db", empty, "-o", ""}, 2, "-o needs a directory"},
		{"unknown flag", []string{"report", "--db", empty, "--pdf"}, 2, "unknown flag: --pdf"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, %q; want %d, %q", code, stderr, tt.code, tt.stderr)
			}
			if _, err := os.Stat(filepath.Join(out, "index.html")); err == nil {
				t.Error("index.html written")
			}
		})
	}

	t.Run("unreadable path", func(t *testing.T) {
		// The inputs that can be read are reported; the status says some
		// could not.
		dbPath := filepath.Join(t.TempDir(), "r.db")
		code, _, stderr := runCmd(t, "", "report", "--db", dbPath, "-o", out,
			filepath.Join(examples, "korea-trade-april.txt"), filepath.Join(dir, "missing.txt"))
		if code != 1 || !strings.Contains(stderr, "missing.txt") {
			t.Errorf("exit %d: %s", code, stderr)
		}
		if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
			t.Error(err)
		}
	})
}

// emptyDB creates a database with no articles in dir and returns its path.
func emptyDB(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "empty.db")
	db, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}
