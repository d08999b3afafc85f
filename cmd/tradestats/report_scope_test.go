package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/reports"
)

// TestReportFreshDatabase checks that report PATH... without --db builds
// its report from a fresh database of just those inputs, in DIR, says
// where it is and replaces an earlier one; with --db it adds to that
// database and says so.
func TestReportFreshDatabase(t *testing.T) {
	t.Setenv("TRADESTATS_DB", "")
	ex, err := filepath.Abs(examples)
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	t.Chdir(work)
	other := filepath.Join(work, "other.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--db", other, filepath.Join(ex, "vietnam-trade.txt")); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	chile := filepath.Join(ex, "chile-copper.txt")
	out := filepath.Join(work, "rep")
	for range 2 { // the second run replaces the first run's database
		code, stdout, stderr := runCmd(t, "", "report", "-o", out, chile)
		if code != 0 {
			t.Fatalf("report: %d %s", code, stderr)
		}
		fresh := filepath.Join(out, "tradestats.db")
		if !strings.Contains(stdout, "report: a fresh database of these inputs, "+fresh) || !strings.Contains(stdout, "ingest: 1 new,") {
			t.Errorf("stdout %q", stdout)
		}
		if n, want := dbClaims(t, fresh), claimsOf(t, chile); n != want {
			t.Errorf("fresh database holds %d claims, want the %d of its input", n, want)
		}
	}
	if _, err := os.Stat(filepath.Join(work, "tradestats.db")); err == nil {
		t.Error("report wrote ./tradestats.db")
	}
	before := dbClaims(t, other)
	code, stdout, stderr := runCmd(t, "", "report", "--db", other, "-o", filepath.Join(work, "rep2"), chile)
	if code != 0 || !strings.Contains(stdout, "report: adding these inputs to database "+other) {
		t.Fatalf("report --db: %d %q %s", code, stdout, stderr)
	}
	if n := dbClaims(t, other); n != before+claimsOf(t, chile) {
		t.Errorf("--db: %d claims, want %d", n, before+claimsOf(t, chile))
	}
}

// claimsOf counts the claims extract finds in path.
func claimsOf(t *testing.T, path string) int {
	t.Helper()
	code, stdout, stderr := runCmd(t, "", "extract", "--format", "jsonl", path)
	if code != 0 {
		t.Fatal(stderr)
	}
	return strings.Count(stdout, "\n")
}

// TestReportFilters checks that report takes the claim filters and a
// title: the workbook and the page hold only the selected claims.
func TestReportFilters(t *testing.T) {
	work := t.TempDir()
	db := filepath.Join(work, "x.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--db", db, examples); code != 0 {
		t.Fatal(stderr)
	}
	out := filepath.Join(work, "rep")
	code, _, stderr := runCmd(t, "", "report", "--db", db, "-o", out, "--subject", "Vietnam", "--title", "Vietnam in the news",
		"--source", "example wire", "--from", "2020-01-01")
	if code != 0 {
		t.Fatalf("report: %s", stderr)
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "<h1>Vietnam in the news</h1>") {
		t.Error("the page has not the title")
	}
	f, err := excelize.OpenFile(filepath.Join(out, "tradestats.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue(reports.SheetSummary, "A1"); v != "Vietnam in the news" {
		t.Errorf("workbook title %q", v)
	}
	rows, _ := f.GetRows(reports.SheetClaims)
	if len(rows) < 2 {
		t.Fatal("no claims")
	}
	col := func(name string) int {
		for i, h := range reports.ClaimsHeader {
			if h == name {
				return i
			}
		}
		return -1
	}
	for _, r := range rows[1:] {
		if r[col("Subject")] != "Vietnam" || !strings.EqualFold(r[col("Publisher")], "Example Wire") || r[col("Date")] < "2020-01-01" {
			t.Errorf("claim outside the filters: %q", r)
		}
	}
	// The checks shown are those of the claims reported on.
	if code, _, stderr := runCmd(t, "", "check", "--db", db, "--format", "jsonl"); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := runCmd(t, "", "report", "--db", db, "-o", out, "--subject", "Vietnam"); code != 0 {
		t.Fatal(stderr)
	}
	_, vn, _ := runCmd(t, "", "claims", "--db", db, "--subject", "Vietnam", "--format", "jsonl")
	page, _ = os.ReadFile(filepath.Join(out, "index.html"))
	if want := strconv.Itoa(strings.Count(vn, "\n")) + " claims checked:"; !strings.Contains(string(page), want) {
		t.Errorf("the page does not say %q", want)
	}
	code, _, stderr = runCmd(t, "", "report", "--db", db, "-o", out, "--subject", "Atlantis")
	if code != 1 || !strings.Contains(stderr, "matches the filters") {
		t.Errorf("no match: %d %q", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "report", "--db", db, "-o", out, "--from", "March")
	if code != 2 || !strings.Contains(stderr, "--from") {
		t.Errorf("bad date: %d %q", code, stderr)
	}
	metrics := filepath.Join(work, "m.tsv")
	os.WriteFile(metrics, []byte("\tno canonical metric\n"), 0o644)
	for _, cmd := range []string{"report", "chart"} {
		args := []string{cmd, "--db", db, "--metrics", metrics, "-o", filepath.Join(work, cmd+".png")}
		if cmd == "chart" {
			args = append(args, "--kind", "compare")
		}
		if code, _, stderr := runCmd(t, "", args...); code != 1 || !strings.Contains(stderr, "m.tsv:1:") {
			t.Errorf("%s --metrics with a bad file: %d %q", cmd, code, stderr)
		}
	}
}

// TestIngestPublisher checks that --publisher names the publisher of the
// articles that name none, and that an article's own wins.
func TestIngestPublisher(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	code, _, stderr := runCmd(t, "", "ingest", "--db", db, "--publisher", "Reuters",
		filepath.Join(examples, "vietnam-trade.txt"), filepath.Join(examples, "chile-copper.txt"))
	if code != 0 {
		t.Fatal(stderr)
	}
	_, stdout, _ := runCmd(t, "", "articles", "--db", db, "--format", "csv")
	if !strings.Contains(stdout, ",Reuters,") || !strings.Contains(stdout, ",Example Wire,") {
		t.Errorf("articles:\n%s", stdout)
	}
	if code, _, stderr := runCmd(t, "", "ingest", "--db", db, "--reextract", "--publisher", "X"); code != 2 || !strings.Contains(stderr, "--publisher") {
		t.Errorf("--reextract --publisher: %d %q", code, stderr)
	}
}
