package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

// ingestExamples ingests the examples into a new database named by
// $TRADESTATS_DB for the rest of the test.
func ingestExamples(t *testing.T) {
	t.Helper()
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	if code, _, stderr := runCmd(t, "", "ingest", "--quiet", examples); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
}

// jsonlClaims parses claims printed as JSON Lines.
func jsonlClaims(t *testing.T, out string) []stats.Claim {
	t.Helper()
	var cs []stats.Claim
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var c stats.Claim
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("bad line %q: %v", l, err)
		}
		cs = append(cs, c)
	}
	return cs
}

// pickClaim returns a claim with a subject, a metric and a period, to
// filter on.
func pickClaim(t *testing.T, all []stats.Claim) stats.Claim {
	t.Helper()
	for _, c := range all[len(all)/3:] {
		if c.Subject != "" && c.Metric != "" && c.Period != "" {
			return c
		}
	}
	t.Fatal("no claim with a subject, a metric and a period")
	return stats.Claim{}
}

// exampleArticles returns the number of articles and of sources in the
// examples, as the reader finds them.
func exampleArticles(t *testing.T) (articles, sources, undated int) {
	t.Helper()
	src := map[string]bool{}
	seen := map[string]bool{}
	if _, err := (&data.Reader{}).Walk([]string{examples}, func(a *stats.Article) error {
		if !seen[a.ID] {
			seen[a.ID] = true
			articles++
			src[a.Source] = true
			if a.Date == "" {
				undated++
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return articles, len(src), undated
}

// exampleDateRange returns the first and last date of the articles in
// examples/.
func exampleDateRange(t *testing.T) (first, last string) {
	t.Helper()
	if _, err := (&data.Reader{}).Walk([]string{examples}, func(a *stats.Article) error {
		if a.Date != "" && (first == "" || a.Date < first) {
			first = a.Date
		}
		last = max(last, a.Date)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return first, last
}

// TestClaimsCommand checks the filter flags end to end: each selects the
// claims it should of all the claims (the data package tests the filter
// semantics in detail).
func TestClaimsCommand(t *testing.T) {
	ingestExamples(t)
	_, out, _ := runCmd(t, "", "claims")
	all := jsonlClaims(t, out)
	if len(all) == 0 {
		t.Fatal("no claims")
	}
	_, want, _ := runCmd(t, "", "extract", "--format", "jsonl", examples)
	if out != want {
		t.Error("claims (default jsonl off a terminal) differs from extract")
	}
	some := pickClaim(t, all)
	tests := []struct {
		args  []string
		match func(c stats.Claim) bool
	}{
		{[]string{"--subject", strings.ToUpper(some.Subject)}, func(c stats.Claim) bool { return c.Subject == some.Subject }},
		{[]string{"--metric", strings.ToUpper(some.Metric)}, func(c stats.Claim) bool { return strings.EqualFold(c.Metric, some.Metric) }},
		{[]string{"--unit", "money"}, func(c stats.Claim) bool { return c.Unit == stats.UnitMoney }},
		{[]string{"--unit", "PERCENT"}, func(c stats.Claim) bool { return c.Unit == stats.UnitPercent }},
		{[]string{"--period", some.Period}, func(c stats.Claim) bool {
			return c.Period == some.Period || strings.HasPrefix(c.Period, some.Period+"-")
		}},
		{[]string{"--article", some.Article}, func(c stats.Claim) bool { return c.Article == some.Article }},
		{[]string{"--min", "1e9"}, func(c stats.Claim) bool { return c.Value >= 1e9 }},
		{[]string{"--max=-0.5"}, func(c stats.Claim) bool { return c.Value <= -0.5 }},
		{[]string{"--search", "exports"}, func(c stats.Claim) bool {
			return strings.Contains(strings.ToLower(c.Sentence+" "+c.Text+" "+c.Title), "exports")
		}},
		{[]string{"--limit", "2"}, func(c stats.Claim) bool {
			return c.Article == all[0].Article && (c.Start == all[0].Start || c.Start == all[1].Start)
		}},
		{[]string{"--unit", "money", "--min", "1e9", "--subject", "japan"}, func(c stats.Claim) bool {
			return c.Unit == stats.UnitMoney && c.Value >= 1e9 && c.Subject == "Japan"
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, stderr := runCmd(t, "", append([]string{"claims", "--format", "jsonl"}, tt.args...)...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got := jsonlClaims(t, out)
			var n int
			for _, c := range all {
				if tt.match(c) {
					n++
				}
			}
			if len(got) != n {
				t.Errorf("%d claims, want %d", len(got), n)
			}
			for _, c := range got {
				if !tt.match(c) {
					t.Errorf("claim %q does not match", c.Text)
				}
			}
		})
	}
}

func TestClaimsFormats(t *testing.T) {
	ingestExamples(t)
	t.Setenv("COLUMNS", "")
	for _, format := range []string{"jsonl", "json", "csv", "table"} {
		t.Run(format, func(t *testing.T) {
			_, want, _ := runCmd(t, "", "extract", "--format", format, filepath.Join(examples, "vietnam-trade.txt"))
			_, out, _ := runCmd(t, "", "claims", "--format", "jsonl", "--search", "Vietnam's exports climb")
			id := jsonlClaims(t, out)[0].Article
			code, got, stderr := runCmd(t, "", "claims", "--format", format, "--article", id)
			if code != 0 || stderr != "" || got != want {
				t.Errorf("exit %d, %s\n%s\nwant\n%s", code, stderr, got, want)
			}
		})
	}
	code, out, _ := runCmd(t, "", "claims", "--format", "json", "--subject", "Atlantis")
	if code != 0 || out != "[]\n" {
		t.Errorf("no match, json: exit %d, %q", code, out)
	}
	code, out, _ = runCmd(t, "", "claims", "--subject", "Atlantis")
	if code != 0 || out != "" {
		t.Errorf("no match, jsonl: exit %d, %q", code, out)
	}
}

func TestClaimsUsage(t *testing.T) {
	ingestExamples(t)
	for _, tt := range []struct {
		args []string
		err  string
	}{
		{[]string{"claims", "--unit", "furlongs"}, `tradestats: claims: unknown unit "furlongs" (want percent, percentage_point, money`},
		{[]string{"claims", "--min", "lots"}, `tradestats: claims: --min: "lots" is not a number`},
		{[]string{"claims", "--max", "NaN"}, `--max: "NaN" is not a number`},
		{[]string{"claims", "--limit", "-1"}, "--limit must not be negative"},
		{[]string{"claims", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"claims", "extra"}, `unexpected argument "extra"`},
		{[]string{"articles", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"articles", "x"}, `unexpected argument "x"`},
		{[]string{"summary", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"summary", "--top", "-2"}, "--top must not be negative"},
	} {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.err) || !strings.Contains(stderr, "usage: tradestats "+tt.args[0]) {
			t.Errorf("%v: exit %d, %q; want 2, %q", tt.args, code, stderr, tt.err)
		}
	}
}

func TestArticlesCommand(t *testing.T) {
	ingestExamples(t)
	t.Setenv("COLUMNS", "120")
	_, out, _ := runCmd(t, "", "articles", "--format", "jsonl")
	var rows []articleRow
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r articleRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
	_, claims, _ := runCmd(t, "", "claims")
	n := 0
	for _, r := range rows {
		n += r.Claims
	}
	narts, _, _ := exampleArticles(t)
	if len(rows) != narts || n != len(jsonlClaims(t, claims)) {
		t.Fatalf("%d articles with %d claims", len(rows), n)
	}
	feed := filepath.Join(examples, "feed.jsonl")
	var apec articleRow
	for _, r := range rows {
		if r.Title == "Asia-Pacific economies pledge to keep markets open" {
			apec = r
		}
	}
	if apec.Source != feed || apec.Date != "2024-11-16" || apec.URL != "https://example.com/news/apec-pledge" || len(apec.ID) != 16 ||
		apec.Publisher != "Example Wire" {
		t.Errorf("APEC article: %+v", apec)
	}
	// A header block gives the title, date, publisher and URL.
	var chile articleRow
	for _, r := range rows {
		if r.Source == filepath.Join(examples, "chile-copper.txt") {
			chile = r
		}
	}
	if chile.Title != "Chile's copper exports climb in March" || chile.Date != "2025-04-08" || chile.Publisher != "Example Wire" ||
		chile.URL != "https://example.com/news/chile-copper" {
		t.Errorf("Chile article: %+v", chile)
	}

	_, js, _ := runCmd(t, "", "articles", "--format", "json")
	var arr []articleRow
	if err := json.Unmarshal([]byte(js), &arr); err != nil || !reflect.DeepEqual(arr, rows) {
		t.Errorf("json: %v, %d rows", err, len(arr))
	}

	_, cs, _ := runCmd(t, "", "articles", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(cs)).ReadAll()
	if err != nil || len(recs) != narts+1 || strings.Join(recs[0], ",") != "id,title,date,publisher,source,url,claims" || recs[1][0] != rows[0].ID {
		t.Errorf("csv: %v\n%s", err, cs)
	}

	_, table, _ := runCmd(t, "", "articles", "--format", "table")
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	if len(lines) != narts+1 || !strings.HasPrefix(lines[0], "ID                DATE        CLAIMS  TITLE") {
		t.Errorf("table:\n%s", table)
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > 120 {
			t.Errorf("line of %d characters: %s", n, l)
		}
	}

	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "empty.db"))
	runCmd(t, "", "ingest", "-q", "-")
	for format, want := range map[string]string{"table": "(no articles)\n", "json": "[]\n", "jsonl": "", "csv": "id,title,date,publisher,source,url,claims\n"} {
		if _, out, _ := runCmd(t, "", "articles", "--format", format); out != want {
			t.Errorf("empty %s: %q, want %q", format, out, want)
		}
	}
}

func TestSummaryCommand(t *testing.T) {
	ingestExamples(t)
	code, out, stderr := runCmd(t, "", "summary", "--top", "3")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, claims, _ := runCmd(t, "", "claims")
	n := len(jsonlClaims(t, claims))
	narts, nsrc, undated := exampleArticles(t)
	first, last := exampleDateRange(t)
	for _, s := range []string{
		"database  " + os.Getenv("TRADESTATS_DB") + "\n",
		fmt.Sprintf("articles  %d from %d sources\n", narts, nsrc),
		fmt.Sprintf("dates     %s to %s (%d articles undated)\n", first, last, undated),
		fmt.Sprintf("claims    %d\n", n),
		"\nUNIT ", "\nSUBJECT ", "\nMETRIC ", "more; --top 0 shows all)\n",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("no %q in\n%s", s, out)
		}
	}
	_, js, _ := runCmd(t, "", "summary", "--format", "json")
	var sum struct {
		Articles  int
		Claims    int
		BySubject []struct{ Name string } `json:"by_subject"`
	}
	if err := json.Unmarshal([]byte(js), &sum); err != nil || sum.Articles != narts || sum.Claims != n || len(sum.BySubject) < 4 {
		t.Errorf("json: %v %+v", err, sum)
	}
}
