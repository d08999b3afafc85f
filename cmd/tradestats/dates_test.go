package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// datedArticles is a file of two articles: the first with a header block
// (its own date, a publisher), the second with none.
const datedArticles = `Title: Widget exports jump
Date: 12 April 2024
Source: The Daily Ledger

Ruritania's widget exports rose 5.2% in March.
---
Widgets slow

Ruritania's widget imports fell 3% in March.
`

// TestDateFlag checks --date on extract, ingest, report and eval: the date
// of the articles without one (an article's own date wins), and a usage
// error, on one line, for a date that is not YYYY-MM-DD.
func TestDateFlag(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "news/dated.txt", datedArticles)
	t.Setenv("TRADESTATS_DB", filepath.Join(dir, "t.db"))

	code, out, stderr := runCmd(t, "", "extract", "--format", "jsonl", "--date", "2024-06-30", file)
	if code != 0 || stderr != "" {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	got := map[string]string{} // claim text -> date|publisher|title|period
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var c struct{ Text, Date, Publisher, Title, Period string }
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatal(err)
		}
		got[c.Text] = c.Date + "|" + c.Publisher + "|" + c.Title
	}
	if got["5.2%"] != "2024-04-12|The Daily Ledger|Widget exports jump" || got["3%"] != "2024-06-30||Widgets slow" {
		t.Errorf("extract --date: %v", got)
	}

	for _, args := range [][]string{
		{"extract", "--date", "2024-6-30", file},
		{"extract", "--date=30/06/2024", file},
		{"ingest", "--date", "2024-02-30", file},
		{"report", "--date", "yesterday", file},
		{"eval", "--gold", file, "--date", "2024"},
	} {
		code, out, stderr := runCmd(t, "", args...)
		first, _, _ := strings.Cut(stderr, "\n")
		want := "tradestats: " + args[0] + ": --date "
		if code != 2 || out != "" || !strings.HasPrefix(first, want) || !strings.HasSuffix(first, ": want a date as YYYY-MM-DD (2024-04-12)") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q...", args, code, stderr, want)
		}
	}
	if code, _, stderr := runCmd(t, "", "ingest", "--reextract", "--date", "2024-06-30"); code != 2 || !strings.Contains(stderr, "--reextract reads none") {
		t.Errorf("ingest --reextract --date: exit %d, %s", code, stderr)
	}

	// ingest and report store the dates and the publisher.
	if code, _, stderr := runCmd(t, "", "report", "-o", filepath.Join(dir, "report"), "--date", "2024-06-30", file); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	_, arts, _ := runCmd(t, "", "articles", "--format", "csv")
	want := "id,title,date,publisher,source,url,claims\n"
	if !strings.HasPrefix(arts, want) || !strings.Contains(arts, ",Widget exports jump,2024-04-12,The Daily Ledger,"+file+",,") ||
		!strings.Contains(arts, ",Widgets slow,2024-06-30,,"+file+",,") {
		t.Errorf("articles:\n%s", arts)
	}
}

// TestHeaderWarning checks that a header line whose value is not used is a
// warning: on stderr, naming the file and line, with exit status 0 and the
// article read.
func TestHeaderWarning(t *testing.T) {
	file := writeFile(t, t.TempDir(), "w.txt", "Title: Trade\nDate: next week\n\nExports rose 5% in March.\n")
	for _, cmd := range []string{"extract", "ingest"} {
		args := []string{cmd, file}
		if cmd == "ingest" {
			args = append(args, "--db", filepath.Join(t.TempDir(), "w.db"))
		}
		code, out, stderr := runCmd(t, "", args...)
		want := "tradestats: " + cmd + `: warning: ` + file + `:2: header "Date: next week" is not a date (want e.g. 2024-04-12 or 12 April 2024): the article is read without it` + "\n"
		if code != 0 || stderr != want || !strings.Contains(out, "5%") && !strings.Contains(out, "1 new") {
			t.Errorf("%s: exit %d\nstdout %s\nstderr %q\nwant   %q", cmd, code, out, stderr, want)
		}
	}
}

// TestEvalGoldDate checks that eval gives the extractor a gold line's date
// (else --date): the period of "in March" is placed in its year.
func TestEvalGoldDate(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "a.txt", "Exports\n\nRuritania's exports rose 5.2% in March.\n")
	gold := func(date string) string {
		line := `{"file": "a.txt", "claims": [{"text": "5.2%", "value": 5.2, "unit": "percent", "subject": ["Ruritania"], "period": "2019-03", "indicator": "exports"}]`
		if date != "" {
			line += `, "date": "` + date + `"`
		}
		return writeFile(t, root, "g"+date+".jsonl", line+"}\n")
	}
	for _, tt := range []struct {
		gold, flag string
		right      bool
	}{
		{gold("2019-04-02"), "", true},
		{gold("2019-04-02"), "2005-01-01", true},
		{gold(""), "2019-05-01", true},
		{gold(""), "", false},
		{gold("2005-04-02"), "", false},
	} {
		args := []string{"eval", "--frames", "--gold", tt.gold, "--root", root, "--format", "json"}
		if tt.flag != "" {
			args = append(args, "--date", tt.flag)
		}
		code, out, stderr := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var r struct {
			Frames map[string]struct{ Right, Checked int }
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if p := r.Frames["period"]; p.Checked != 1 || (p.Right == 1) != tt.right {
			t.Errorf("%s --date %q: period %+v, want right %v", filepath.Base(tt.gold), tt.flag, p, tt.right)
		}
	}
}
