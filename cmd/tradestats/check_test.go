package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

// checkExamples is the folder of the articles written for check: invented
// text, with figures chosen against the World Bank's.
var checkExamples = filepath.Join(examples, "check")

// wantCheck is the verdict expected for a claim of an example: the claim
// whose text is Text in a sentence holding In.
type wantCheck struct {
	text, in string
	verdict  stats.CheckVerdict
	ref      float64 // the official figure; 0 for none
	series   string
	reason   string // a substring of the reason
}

// TestCheckExamples runs 'tradestats check' on the example articles and
// pins the verdict of each figure: agrees, close, differs and no
// reference, the APEC and Viet Nam cases among them. These cases
// need the claim frames of issue 13 (indicator, period, outlook,
// counterpart) from the extractor.
func TestCheckExamples(t *testing.T) {
	// The cases the extractor does not give yet, and why: their failure is
	// logged, and the test fails once one passes, so that it is taken off.
	gaps := map[string]string{}
	t.Setenv("TRADESTATS_REFS", filepath.Join(t.TempDir(), "none.bin")) // the built-in data only
	for _, tt := range []struct {
		file, date string
		want       []wantCheck
	}{
		{"vietnam-growth.txt", "2025-01-20", []wantCheck{
			{"9 percent", "economy grew 9 percent in 2024", stats.CheckDiffers, 7.04, "ny.gdp.mktp.kd.zg", "7.0% for Vietnam in 2024"},
			{"3.6 percent", "Consumer prices rose", stats.CheckAgrees, 3.62, "fp.cpi.totl.zg", ""},
			{"4.5 percent", "ceiling", stats.CheckNone, 0, "", "a target"},
			{"$119 billion", "Exports to the United States", stats.CheckNone, 0, "", "partner"},
			{"8 percent", "expects", stats.CheckNone, 0, "", "a forecast"},
		}},
		{"apec-economies.txt", "2025-03-10", []wantCheck{
			{"around 62 percent", "world's GDP", stats.CheckClose, 60.3, "ny.gdp.mktp.cd", "Taiwan"},
			{"about 2.9 billion", "people", stats.CheckClose, 2.959e9, "sp.pop.totl", "Taiwan"},
			{"21", "member economies", stats.CheckNone, 0, "", ""},
		}},
		{"japan-trade.txt", "2025-01-23", []wantCheck{
			{"5.3 trillion yen", "trade deficit", stats.CheckAgrees, 5.53e12, "tx.val.mrch.cd.wt", "JPY per US$"},
			{"2.5 percent", "unemployment rate", stats.CheckAgrees, 2.5, "sl.uem.totl.zs", ""},
			{"2.8 percent", "December", stats.CheckNone, 0, "", ""},
			{"3.7 percent", "Toyota", stats.CheckNone, 0, "", ""},
		}},
		{"brazil-economy.txt", "2025-03-07", []wantCheck{
			{"3.4 percent", "expanded", stats.CheckAgrees, 3.42, "ny.gdp.mktp.kd.zg", ""},
			{"5.0 percent", "inflation rate", stats.CheckClose, 4.37, "fp.cpi.totl.zg", ""},
			{"3 percent", "target", stats.CheckNone, 0, "", "a target"},
			{"$337 billion", "exports reached", stats.CheckAgrees, 337e9, "tx.val.mrch.cd.wt", ""},
			{"$20 billion", "current account deficit", stats.CheckDiffers, 65.3e9, "bn.cab.xoka.cd", "a deficit of US$65.3 billion"},
		}},
		{"us-trade-1987.txt", "1988-02-12", []wantCheck{
			{"170.3 billion dlrs", "widened to", stats.CheckAgrees, 170.3e9, "tx.val.mrch.cd.wt", "in 1987"},
			{"155.1 billion dlrs", "widened to", stats.CheckAgrees, 155.1e9, "tx.val.mrch.cd.wt", "in 1986"},
			{"3.7 pct", "consumer prices", stats.CheckAgrees, 3.66, "fp.cpi.totl.zg", ""},
		}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			code, out, stderr := runCmd(t, "", "check", "--format", "jsonl", "--date", tt.date, filepath.Join(checkExamples, tt.file))
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			claims := jsonlClaims(t, out)
			for _, c := range claims {
				if c.Check == nil {
					t.Fatalf("claim %q without a check", c.Text)
				}
				if (c.Check.Reference != nil) != (c.Check.Source == stats.WDISource) {
					t.Errorf("claim %q: reference %v with source %q", c.Text, c.Check.Reference, c.Check.Source)
				}
			}
			for _, w := range tt.want {
				c := findClaim(claims, w.text, w.in)
				if c == nil {
					t.Errorf("no claim %q in a sentence with %q", w.text, w.in)
					continue
				}
				problems := checkProblems(c, w)
				gap := gaps[w.text]
				switch {
				case gap != "" && len(problems) == 0:
					t.Errorf("%q passes now: take it off the gaps (%s)", w.text, gap)
				case gap != "":
					t.Logf("known gap (%s): %s", gap, strings.Join(problems, "; "))
				default:
					for _, p := range problems {
						t.Error(p)
					}
				}
			}
		})
	}
}

// findClaim returns the first claim with this text in a sentence that
// holds in.
func findClaim(claims []stats.Claim, text, in string) *stats.Claim {
	for i := range claims {
		if claims[i].Text == text && strings.Contains(claims[i].Sentence, in) {
			return &claims[i]
		}
	}
	return nil
}

// checkWant compares a claim's check with what is wanted, saying which
// frame the claim had.
func checkWant(t *testing.T, c *stats.Claim, w wantCheck) {
	t.Helper()
	for _, p := range checkProblems(c, w) {
		t.Error(p)
	}
}

// checkProblems returns how a claim's check differs from what is wanted
// (none if it does not), saying which frame the claim had.
func checkProblems(c *stats.Claim, w wantCheck) []string {
	k := c.Check
	frame := "subject " + c.Subject + ", indicator " + string(c.Indicator) + ", metric " + c.Metric +
		", period " + c.Period + ", outlook " + string(c.Outlook) + ", counterpart " + c.Counterpart + ", change " + string(c.Change)
	if k.Verdict != w.verdict {
		return []string{fmt.Sprintf("%q: %s, want %s (%s)\n\tframe: %s", w.text, k.Verdict, w.verdict, k.Reason, frame)}
	}
	var problems []string
	if w.ref != 0 && (k.Reference == nil || math.Abs(*k.Reference-w.ref) > 0.005*math.Abs(w.ref)) {
		problems = append(problems, fmt.Sprintf("%q: reference %v, want %v", w.text, k.Reference, w.ref))
	}
	if k.Series != w.series {
		problems = append(problems, fmt.Sprintf("%q: series %q, want %q", w.text, k.Series, w.series))
	}
	if !strings.Contains(k.Reason, w.reason) {
		problems = append(problems, fmt.Sprintf("%q: reason %q lacks %q", w.text, k.Reason, w.reason))
	}
	return problems
}

// setFrame gives the stored claims with this text a frame, as the
// extractor of issue 13 would: the check of stored claims is tested apart
// from the extractor.
func setFrame(t *testing.T, text, subject string, ind stats.Indicator, metric, period string, change stats.Change) {
	t.Helper()
	db, err := data.Open(context.Background(), dbPath(""))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.SQL().Exec(`UPDATE claims SET subject = ?, subject_key = lower(?), indicator = ?, metric = ?,
		metric_key = lower(?), period = ?, change = ?, outlook = '', counterpart = '' WHERE text = ?`,
		subject, subject, string(ind), metric, metric, period, string(change), text)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		t.Fatalf("no stored claim %q", text)
	}
}

// clearIndicators takes the indicator off every stored claim, so that
// only the claims setFrame frames are checked against a series, whatever
// the extractor found.
func clearIndicators(t *testing.T) {
	t.Helper()
	db, err := data.Open(context.Background(), dbPath(""))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SQL().Exec(`UPDATE claims SET indicator = ''`); err != nil {
		t.Fatal(err)
	}
}

// TestCheckStored checks stored claims: the verdicts are printed in every
// format, stored, shown by claims and export, filtered by --verdict and
// the claim filters, and replaced by a later check.
func TestCheckStored(t *testing.T) {
	t.Setenv("TRADESTATS_REFS", filepath.Join(t.TempDir(), "none.bin"))
	t.Setenv("COLUMNS", "")
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	if code, _, stderr := runCmd(t, "", "ingest", "--quiet", checkExamples); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	clearIndicators(t)
	setFrame(t, "9 percent", "Vietnam", stats.IndGDP, "economy", "2024", stats.Up)
	setFrame(t, "around 62 percent", "APEC", stats.IndShareOfWorldGDP, "share of world gdp", "2024", stats.NoChange)
	setFrame(t, "5.3 trillion yen", "Japan", stats.IndTradeBalance, "trade deficit", "2024", stats.NoChange)

	code, out, stderr := runCmd(t, "", "check", "--format", "jsonl")
	if code != 0 || stderr != "" {
		t.Fatalf("check: exit %d: %s", code, stderr)
	}
	checked := jsonlClaims(t, out)
	_, all, _ := runCmd(t, "", "claims", "--format", "jsonl")
	stored := jsonlClaims(t, all)
	if len(checked) != len(stored) || len(stored) < 20 {
		t.Fatalf("check printed %d claims, %d stored", len(checked), len(stored))
	}
	counts := map[stats.CheckVerdict]int{}
	for i := range stored {
		if stored[i].Check == nil {
			t.Fatalf("stored claim %q has no check", stored[i].Text)
		}
		if got, want := *stored[i].Check, *checked[i].Check; got.Reason != want.Reason || got.Verdict != want.Verdict {
			t.Errorf("claim %q: stored %+v, printed %+v", stored[i].Text, got, want)
		}
		counts[stored[i].Check.Verdict]++
	}
	for _, w := range []wantCheck{
		{"9 percent", "grew", stats.CheckDiffers, 7.04, "ny.gdp.mktp.kd.zg", "1.5 points outside"},
		{"around 62 percent", "GDP", stats.CheckClose, 60.3, "ny.gdp.mktp.cd", "no figure for Taiwan"},
		{"5.3 trillion yen", "deficit", stats.CheckAgrees, 5.53e12, "tx.val.mrch.cd.wt", "JPY per US$"},
	} {
		if c := findClaim(stored, w.text, w.in); c == nil {
			t.Errorf("no stored claim %q", w.text)
		} else {
			checkWant(t, c, w)
		}
	}
	if counts[stats.CheckNone] != len(stored)-3 {
		t.Errorf("verdicts %v: want 3 with a reference", counts)
	}

	// --verdict and the claim filters select what is printed.
	_, out, _ = runCmd(t, "", "check", "--verdict", "differs")
	if got := jsonlClaims(t, out); len(got) != 1 || got[0].Text != "9 percent" {
		t.Errorf("--verdict differs: %v", got)
	}
	_, out, _ = runCmd(t, "", "check", "--subject", "APEC", "--format", "jsonl")
	for _, c := range jsonlClaims(t, out) {
		if c.Subject != "APEC" {
			t.Errorf("--subject APEC printed a claim about %q", c.Subject)
		}
	}

	// The table: verdict, official figure, reason, counts, source.
	code, out, _ = runCmd(t, "", "check", "--format", "table", "--subject", "Vietnam")
	for _, s := range []string{"VERDICT", "differs", "7.04%", "World Bank: 7.0% for Vietnam in 2024",
		"without a reference.", "Source: World Bank, World Development Indicators (CC BY 4.0)."} {
		if code != 0 || !strings.Contains(out, s) {
			t.Errorf("table lacks %q:\n%s", s, out)
		}
	}
	_, out, _ = runCmd(t, "", "claims", "--format", "table", "--subject", "Vietnam")
	if !strings.Contains(out, "CHECK") || !strings.Contains(out, "differs") {
		t.Errorf("claims table without the verdict:\n%s", out)
	}

	// CSV of check, claims and export end with the check's columns.
	for _, args := range [][]string{{"check", "--format", "csv"}, {"claims", "--format", "csv"}, {"export", "--format", "csv", "-o", "-"}} {
		_, out, _ := runCmd(t, "", args...)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(recs) < 2 {
			t.Fatalf("%s: %v", args[0], err)
		}
		h := strings.Join(recs[0], ",")
		if !strings.Contains(h, "check_verdict,check_reference,check_series,check_year,check_reason,check_source") {
			t.Errorf("%s csv header %s", args[0], h)
		}
		found := false
		for _, r := range recs[1:] {
			if r[0] == "9 percent" {
				found = true
				if !strings.Contains(strings.Join(r, ","), "differs,7.03955") {
					t.Errorf("%s csv row %v", args[0], r)
				}
			}
		}
		if !found {
			t.Errorf("%s csv: no row for 9 percent", args[0])
		}
	}
	_, out, _ = runCmd(t, "", "export", "--format", "jsonl", "-o", "-", "--subject", "APEC")
	if !strings.Contains(out, `"check":{"verdict":"close","reference":60.29`) {
		t.Errorf("export jsonl lacks the check:\n%s", out)
	}

	// The report shows the checks: a sheet, a section and a chart.
	rep := filepath.Join(t.TempDir(), "report")
	if code, _, stderr := runCmd(t, "", "report", "-o", rep); code != 0 {
		t.Fatalf("report: %s", stderr)
	}
	page, err := os.ReadFile(filepath.Join(rep, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Checked against official statistics", "charts/official-01.png",
		"An article puts Vietnam&#39;s GDP growth in 2024 at 9%; the World Bank has 7.0%", stats.WDISource} {
		if !strings.Contains(string(page), s) {
			t.Errorf("index.html lacks %q", s)
		}
	}
	wb, err := excelize.OpenFile(filepath.Join(rep, "tradestats.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := wb.GetRows("Checks")
	wb.Close()
	if err != nil || len(rows) < 8 || rows[5][0] != "differs" || rows[5][4] != "9 percent" {
		t.Errorf("Checks sheet: %v\n%q", err, rows)
	}

	// A later check replaces the verdicts (here with a user file that
	// makes Viet Nam's growth 9.1%).
	dir := t.TempDir()
	writeFile(t, dir, "ny.gdp.mktp.kd.zg.csv", "Country Name,Country Code,Year,Value\nViet Nam,VNM,2024,9.1\n")
	t.Setenv("TRADESTATS_REFS", filepath.Join(dir, "user.bin"))
	if code, _, stderr := runCmd(t, "", "refs", "update", "--from", dir); code != 0 {
		t.Fatalf("refs update: %s", stderr)
	}
	runCmd(t, "", "check", "--subject", "Vietnam")
	_, out, _ = runCmd(t, "", "claims", "--subject", "Vietnam")
	if c := findClaim(jsonlClaims(t, out), "9 percent", "grew"); c == nil || c.Check == nil || c.Check.Verdict != stats.CheckAgrees {
		t.Errorf("after refs update: %+v", c)
	}
}

func TestCheckUsage(t *testing.T) {
	ingestExamples(t)
	file := filepath.Join(checkExamples, "vietnam-growth.txt")
	for _, tt := range []struct {
		args []string
		err  string
	}{
		{[]string{"check", "--verdict", "maybe"}, `unknown verdict "maybe"`},
		{[]string{"check", "--date", "2025-13-01", file}, `--date "2025-13-01": want a date as YYYY-MM-DD`},
		{[]string{"check", "--date", "2025", file}, `--date "2025": want a date as YYYY-MM-DD`},
		{[]string{"check", "--subject", "APEC", file}, "give FILEs or filters, not both"},
		{[]string{"check", "--date", "2025-01-01"}, "--date is for FILEs"},
		{[]string{"check", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"refs", "update"}, "needs --from DIR"},
		{[]string{"refs", "remove"}, `unknown refs command "remove"`},
		{[]string{"refs", "info", "--from", "x"}, "--from is for 'refs update'"},
	} {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.err) || !strings.Contains(stderr, "usage: tradestats "+tt.args[0]) {
			t.Errorf("%v: exit %d, %s", tt.args, code, stderr)
		}
	}
	code, _, stderr := runCmd(t, "", "check", "--db", filepath.Join(t.TempDir(), "no.db"))
	if code != 1 || !strings.Contains(stderr, "no database") {
		t.Errorf("missing database: exit %d, %s", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "check", filepath.Join(t.TempDir(), "missing.txt"))
	if code != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("missing file: exit %d, %s", code, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad")
	writeFile(t, bad, "sp.pop.totl.csv", "Country Name,Country Code,Year,Value\nX,VNM,1990,lots\n")
	t.Setenv("TRADESTATS_REFS", filepath.Join(t.TempDir(), "u.bin"))
	code, _, stderr = runCmd(t, "", "refs", "update", "--from", bad)
	if code != 1 || !strings.Contains(stderr, `sp.pop.totl.csv:2: value "lots" is not a number`) || strings.Count(stderr, "\n") != 1 {
		t.Errorf("bad CSV: exit %d, %s", code, stderr)
	}
}
