package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The three APEC example articles of issue 4, and the fourth that also
// gives the share.
var (
	apecAround = filepath.Join(examples, "apec-ministers-auckland.txt") // "around 62 percent"
	apecNearly = filepath.Join(examples, "apec-outlook-singapore.txt")  // "nearly 60 percent"
	apecStudy  = filepath.Join(examples, "apec-weight-study.txt")       // "40 percent"
	apecLima   = filepath.Join(examples, "apec-lima.txt")               // "around 62 percent"
)

// compareArticles are short articles for the tests of filters, series and
// vocabulary files, by file name: text only, title on the first line.
var compareArticles = map[string]string{
	"us-1.txt": "Commerce report\n\nThe U.S. economy grew 2.5 percent in 1987, the Commerce Department said.\n",
	"us-2.txt": "Economists agree\n\nUnited States economic growth was 2.5 pct in 1987, economists said.\n",
	"us-3.txt": "Forecaster differs\n\nAmerican GDP growth reached 3.9 pct in 1987, a private forecaster said.\n",

	"jp-mar.txt": "Japan surplus in March\n\nJapan's trade surplus was 8.1 billion dlrs in March 1987, the ministry said.\n",
	"jp-jan.txt": "Japan surplus in January\n\nJapan's trade surplus was 7.5 billion dlrs in January 1987, the ministry said.\n",
	"jp-feb.txt": "Japan surplus in February\n\nJapan's trade surplus was 6.2 billion dlrs in February 1987, the ministry said.\n\n" +
		"Tokyo's trade surplus stood at 6.4 billion dlrs in February 1987, officials said.\n",

	"ca-1.txt": "Canadian jobs report\n\nCanada's unemployment rate was 7.6 pct in March 1987, Statistics Canada said.\n",
	"ca-2.txt": "Canadian labour market\n\nCanada's jobless rate was 7.8 pct in March 1987, a bank economist said.\n",
	"br-1.txt": "Brazil prices\n\nBrazil's inflation was 12 pct in January 1987, the government said.\n",
	"br-2.txt": "Brazilian prices again\n\nBrazilian inflation was about 13 pct in January 1987, economists said.\n",

	"planet.txt": "Pacific weight\n\nAPEC produces 40 percent of the planet's output, the study said.\n",
}

// ingestCompare ingests paths (files or directories) into a new database
// named by $TRADESTATS_DB for the rest of the test.
func ingestCompare(t *testing.T, paths ...string) {
	t.Helper()
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "compare.db"))
	t.Setenv("COLUMNS", "")
	if code, _, stderr := runCmd(t, "", append([]string{"ingest", "--quiet"}, paths...)...); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
}

// writeCompareArticles writes the named compareArticles into a new
// directory and returns their paths.
func writeCompareArticles(t *testing.T, names ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, name := range names {
		text, ok := compareArticles[name]
		if !ok {
			t.Fatalf("no article %s", name)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// compareGroupsOut runs compare with args and parses its JSON Lines.
func compareGroupsOut(t *testing.T, args ...string) []compareGroup {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"compare", "--format", "jsonl"}, args...)...)
	if code != 0 || stderr != "" {
		t.Fatalf("compare %v: exit %d: %s", args, code, stderr)
	}
	var gs []compareGroup
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var g compareGroup
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatalf("bad line %q: %v", l, err)
		}
		gs = append(gs, g)
	}
	return gs
}

// outliers returns the texts of a group's outlier claims.
func outliers(g compareGroup) []string {
	var s []string
	for _, c := range g.Claims {
		if c.Outlier {
			s = append(s, c.Text)
		}
	}
	return s
}

// TestCompareAPEC is the acceptance test of issue 4: the APEC example
// articles give one group, in conflict with the 40 percent article as the
// outlier; without that article the figures are consistent.
func TestCompareAPEC(t *testing.T) {
	for _, tt := range []struct {
		name     string
		paths    []string
		verdict  string
		articles int
		min, max float64
		outliers []string
	}{
		{"three articles", []string{apecAround, apecNearly, apecStudy}, "conflict", 3, 40, 62, []string{"40 percent"}},
		{"without the study", []string{apecAround, apecNearly}, "consistent", 2, 60, 62, nil},
		{"study and one other", []string{apecAround, apecStudy}, "conflict", 2, 40, 62, nil}, // no majority: no outlier
		{"all four", []string{apecAround, apecNearly, apecStudy, apecLima}, "conflict", 4, 40, 62, []string{"40 percent"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ingestCompare(t, tt.paths...)
			gs := compareGroupsOut(t)
			if len(gs) != 1 {
				t.Fatalf("%d groups, want 1: %+v", len(gs), gs)
			}
			g := gs[0]
			if g.Subject != "APEC" || g.Metric != "share of world gdp" || g.Unit != "percent" || g.Period != "" ||
				string(g.Verdict) != tt.verdict || g.Articles != tt.articles || g.Min != tt.min || g.Max != tt.max {
				t.Errorf("group %s · %s · %s · %q: %s, %d articles, %g–%g; want APEC · share of world gdp · percent: %s, %d articles, %g–%g",
					g.Subject, g.Metric, g.Unit, g.Period, g.Verdict, g.Articles, g.Min, g.Max, tt.verdict, tt.articles, tt.min, tt.max)
			}
			if got := outliers(g); !slices.Equal(got, tt.outliers) {
				t.Errorf("outliers %q, want %q", got, tt.outliers)
			}
			if len(g.Claims) != tt.articles {
				t.Errorf("%d claims, want %d", len(g.Claims), tt.articles)
			}
		})
	}
}

// TestCompareIntervals checks the intervals and verdicts as compare prints
// them, from figures written in articles (stats pins the rules in detail).
func TestCompareIntervals(t *testing.T) {
	ingestCompare(t, apecAround, apecNearly, apecStudy)
	g := compareGroupsOut(t)[0]
	want := map[string][2]float64{
		"40 percent":        {39.5, 40.5},
		"nearly 60 percent": {58, 60},
		"around 62 percent": {60, 64},
	}
	for _, c := range g.Claims {
		w, ok := want[c.Text]
		if !ok || c.Low == nil || c.High == nil || *c.Low != w[0] || *c.High != w[1] {
			t.Errorf("%q: interval %v–%v, want %v", c.Text, deref(c.Low), deref(c.High), w)
		}
		if c.Article == "" || c.Title == "" || c.Sentence == "" || !strings.Contains(c.Sentence, c.Text) {
			t.Errorf("%q: article %q, title %q, sentence %q", c.Text, c.Article, c.Title, c.Sentence)
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestCompareFilters checks --all, --verdict, --subject and --metric.
func TestCompareFilters(t *testing.T) {
	ingestCompare(t, append(writeCompareArticles(t, "us-1.txt", "us-2.txt", "us-3.txt", "jp-mar.txt", "jp-jan.txt",
		"jp-feb.txt", "ca-1.txt", "ca-2.txt", "br-1.txt", "br-2.txt"), examples)...)
	all := compareGroupsOut(t, "--all")
	def := compareGroupsOut(t)
	var multi []compareGroup
	verdicts := map[string]int{}
	for _, g := range all {
		if g.Articles >= 2 {
			multi = append(multi, g)
			verdicts[string(g.Verdict)]++
		}
	}
	if len(def) == 0 || len(def) >= len(all) || !reflect.DeepEqual(def, multi) {
		t.Errorf("default: %d groups, want the %d of the %d (--all) with two articles or more", len(def), len(multi), len(all))
	}
	if want := map[string]int{"conflict": 2, "tension": 1, "consistent": 1}; !reflect.DeepEqual(verdicts, want) {
		t.Errorf("verdicts %v, want %v (APEC and US growth, Canada's unemployment, Brazil's inflation)", verdicts, want)
	}
	rank := map[string]int{"conflict": 0, "tension": 1, "consistent": 2}
	for i := 1; i < len(all); i++ {
		if rank[string(all[i].Verdict)] < rank[string(all[i-1].Verdict)] {
			t.Errorf("--all: group %d (%s) after a %s group: conflicts come first", i, all[i].Verdict, all[i-1].Verdict)
		}
	}

	type first struct {
		subject, metric, period, verdict string
		articles                         int
	}
	apec := first{"APEC", "share of world gdp", "", "conflict", 4}
	usGrowth := first{"United States", "gdp growth", "1987", "conflict", 3}
	for _, tt := range []struct {
		args    []string
		n       int    // groups; -1: one or more
		subject string // of every group, if set
		metric  string // of every group, if set
		first   first  // the first group, if n != 0
	}{
		{[]string{"--verdict", "conflict"}, 2, "", "", apec},
		{[]string{"--verdict", "CONFLICT", "--all"}, 2, "", "", apec},
		{[]string{"--verdict", "tension"}, 1, "Canada", "unemployment rate", first{"Canada", "unemployment rate", "1987-03", "tension", 2}},
		{[]string{"--verdict", "consistent"}, 1, "Brazil", "inflation", first{"Brazil", "inflation", "1987-01", "consistent", 2}},
		{[]string{"--verdict", "consistent", "--all"}, len(all) - 2 - 1, "", "", first{"Brazil", "inflation", "1987-01", "consistent", 2}},
		{[]string{"--subject", "US", "--metric", "economic growth"}, 1, "United States", "gdp growth", usGrowth},
		{[]string{"--subject", "u.s.", "--metric", "GDP growth"}, 1, "United States", "gdp growth", usGrowth},
		{[]string{"--subject", "united states"}, 1, "United States", "", usGrowth},
		{[]string{"--metric", "of global output"}, 1, "APEC", "share of world gdp", apec},
		{[]string{"--metric", "the economy grew", "--verdict", "conflict"}, 1, "", "gdp growth", usGrowth},
		{[]string{"--subject", "Asia-Pacific Economic Cooperation", "--all"}, -1, "APEC", "", apec},
		{[]string{"--subject", "japan", "--metric", "trade surplus"}, 0, "", "", first{}},
		// (a fourth figure, of no period in an undated article, is of no known time)
		{[]string{"--subject", "japan", "--metric", "trade surplus", "--all"}, 3, "Japan", "trade surplus",
			first{"Japan", "trade surplus", "1987-01", "consistent", 1}},
		{[]string{"--subject", "Atlantis", "--all"}, 0, "", "", first{}},
		{[]string{"--verdict", "tension", "--subject", "APEC"}, 0, "", "", first{}},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			gs := compareGroupsOut(t, tt.args...)
			if tt.n >= 0 && len(gs) != tt.n || tt.n < 0 && len(gs) == 0 {
				t.Fatalf("%d groups, want %d", len(gs), tt.n)
			}
			for _, g := range gs {
				if tt.subject != "" && g.Subject != tt.subject || tt.metric != "" && g.Metric != tt.metric {
					t.Errorf("group %s · %s, want %s · %s", g.Subject, g.Metric, tt.subject, tt.metric)
				}
			}
			if len(gs) == 0 {
				return
			}
			g := gs[0]
			if got := (first{g.Subject, g.Metric, g.Period, string(g.Verdict), g.Articles}); got != tt.first {
				t.Errorf("first group %+v, want %+v", got, tt.first)
			}
		})
	}
}

// issueFields are the fields issue 4 asks of each group and claim.
var (
	issueGroupFields = []string{"subject", "metric", "unit", "currency", "period", "verdict", "min", "median",
		"max", "spread", "relative_spread", "articles", "claims"}
	issueClaimFields = []string{"article", "title", "date", "text", "value", "low", "high", "sentence"}
)

// TestCompareFormats checks that each format parses and holds the same
// groups.
func TestCompareFormats(t *testing.T) {
	ingestCompare(t, examples)
	_, jsonl, _ := runCmd(t, "", "compare", "--all", "--format", "jsonl")
	lines := strings.Split(strings.TrimSuffix(jsonl, "\n"), "\n")
	var objs []map[string]any
	claims := 0
	for i, l := range lines {
		var g map[string]any
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatalf("jsonl line %d: %v\n%s", i+1, err, l)
		}
		for _, f := range issueGroupFields {
			if _, ok := g[f]; !ok {
				t.Errorf("jsonl line %d: no %q", i+1, f)
			}
		}
		cs, _ := g["claims"].([]any)
		if len(cs) == 0 {
			t.Errorf("jsonl line %d: no claims", i+1)
		}
		for _, c := range cs {
			c, _ := c.(map[string]any)
			for _, f := range issueClaimFields {
				if _, ok := c[f]; !ok {
					t.Errorf("jsonl line %d: claim without %q", i+1, f)
				}
			}
		}
		claims += len(cs)
		objs = append(objs, g)
	}

	t.Run("json", func(t *testing.T) {
		_, js, _ := runCmd(t, "", "compare", "--all", "--format", "json")
		var arr []map[string]any
		if err := json.Unmarshal([]byte(js), &arr); err != nil || !reflect.DeepEqual(arr, objs) {
			t.Errorf("json array: %v; %d groups, want the %d of jsonl", err, len(arr), len(objs))
		}
	})

	t.Run("csv", func(t *testing.T) {
		_, cs, _ := runCmd(t, "", "compare", "--all", "--format", "csv")
		recs, err := csv.NewReader(strings.NewReader(cs)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(recs[0], groupsCSVHeader) || len(recs) != claims+1 {
			t.Fatalf("header %q, %d rows; want %d claims", recs[0], len(recs)-1, claims)
		}
		col := func(name string) int { return slices.Index(groupsCSVHeader, name) }
		for _, r := range recs[1:] {
			n, err := strconv.Atoi(r[col("group")])
			if err != nil || n < 1 || n > len(objs) {
				t.Fatalf("group %q", r[col("group")])
			}
			g := objs[n-1]
			if r[col("subject")] != g["subject"] || r[col("metric")] != g["metric"] || r[col("verdict")] != g["verdict"] ||
				r[col("articles")] != strconv.Itoa(int(g["articles"].(float64))) {
				t.Errorf("row %q does not repeat group %d", r, n)
			}
		}
	})

	t.Run("table", func(t *testing.T) {
		for _, width := range []int{100, 60} {
			t.Setenv("COLUMNS", strconv.Itoa(width))
			_, table, _ := runCmd(t, "", "compare", "--all", "--format", "table")
			headers := 0
			for _, l := range strings.Split(table, "\n") {
				if strings.HasPrefix(l, "— ") || strings.Contains(l, " — ") {
					headers++
				}
			}
			if n := headers; n != len(objs) {
				t.Errorf("width %d: %d group headers, want %d", width, n, len(objs))
			}
			for _, l := range strings.Split(table, "\n") {
				if n := utf8.RuneCountInString(l); n > width {
					t.Errorf("width %d: line of %d characters: %s", width, n, l)
				}
			}
		}
		t.Setenv("COLUMNS", "")
		_, table, _ := runCmd(t, "", "compare", "--format", "table")
		if !strings.HasPrefix(table, "APEC · share of world gdp · percent · (no period) — CONFLICT, 4 articles, 40%–62%\n") {
			t.Errorf("table:\n%s", table)
		}
	})

	t.Run("empty", func(t *testing.T) {
		for format, want := range map[string]string{"table": "(no groups)\n", "json": "[]\n", "jsonl": "",
			"csv": strings.Join(groupsCSVHeader, ",") + "\n"} {
			code, out, _ := runCmd(t, "", "compare", "--subject", "Atlantis", "--format", format)
			if code != 0 || out != want {
				t.Errorf("%s: exit %d, %q; want %q", format, code, out, want)
			}
		}
	})
}

// TestCompareGolden pins the APEC group of the examples in the table and
// jsonl formats (go test -update rewrites testdata/compare; review with git
// diff).
func TestCompareGolden(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "golden.db"))
	t.Setenv("COLUMNS", "")
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "examples"); code != 0 {
		t.Fatal(stderr)
	}
	for _, tc := range []struct {
		file string
		args []string
	}{
		{"apec.table", []string{"--format", "table"}},
		{"apec.jsonl", []string{"--format", "jsonl"}},
		{"apec.csv", []string{"--format", "csv"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			code, got, stderr := runCmd(t, "", append([]string{"compare", "--subject", "APEC", "--metric", "share of world gdp"}, tc.args...)...)
			if code != 0 {
				t.Fatal(stderr)
			}
			golden := filepath.Join("cmd", "tradestats", "testdata", "compare", tc.file)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (go test -update to rewrite):\n%s", golden, got)
			}
		})
	}
}

// TestCompareSeries checks that --series lists the periods in time order,
// whatever the order of the articles.
func TestCompareSeries(t *testing.T) {
	ingestCompare(t, writeCompareArticles(t, "jp-mar.txt", "jp-feb.txt", "jp-jan.txt", "us-1.txt")...)
	_, out, stderr := runCmd(t, "", "compare", "--series", "--subject", "JAPAN", "--metric", "trade surplus", "--format", "jsonl")
	var rows []seriesRow
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var r seriesRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%v: %q (%s)", err, l, stderr)
		}
		rows = append(rows, r)
	}
	want := []struct {
		period          string
		value, min, max float64
		claims          int
	}{
		{"1987-01", 7.5e9, 7.5e9, 7.5e9, 1},
		{"1987-02", 6.3e9, 6.2e9, 6.4e9, 2},
		{"1987-03", 8.1e9, 8.1e9, 8.1e9, 1},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d periods, want %d:\n%s", len(rows), len(want), out)
	}
	for i, w := range want {
		r := rows[i]
		if r.Subject != "Japan" || r.Metric != "trade surplus" || r.Unit != "money" || r.Currency != "USD" ||
			r.Period != w.period || r.Value != w.value || r.Min != w.min || r.Max != w.max || r.Claims != w.claims || r.Articles != 1 {
			t.Errorf("row %d: %+v, want %+v", i, r, w)
		}
	}

	_, js, _ := runCmd(t, "", "compare", "--series", "--subject", "Japan", "--metric", "trade surplus", "--format", "json")
	var arr []seriesRow
	if err := json.Unmarshal([]byte(js), &arr); err != nil || !reflect.DeepEqual(arr, rows) {
		t.Errorf("json: %v\n%s", err, js)
	}
	_, cs, _ := runCmd(t, "", "compare", "--series", "--subject", "Japan", "--metric", "trade surplus", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(cs)).ReadAll()
	if err != nil || len(recs) != 4 || recs[0][5] != "period" || recs[1][5] != "1987-01" || recs[3][5] != "1987-03" {
		t.Errorf("csv: %v\n%s", err, cs)
	}
	_, table, _ := runCmd(t, "", "compare", "--series", "--subject", "Japan", "--metric", "trade surplus", "--format", "table")
	wantTable := `Japan · trade surplus · money (USD)
  PERIOD    VALUE     MIN     MAX  CLAIMS  ARTICLES
  1987-01  $7.5bn  $7.5bn  $7.5bn       1         1
  1987-02  $6.3bn  $6.2bn  $6.4bn       2         1
  1987-03  $8.1bn  $8.1bn  $8.1bn       1         1
`
	if table != wantTable {
		t.Errorf("table:\n%s\nwant:\n%s", table, wantTable)
	}
	code, table, _ := runCmd(t, "", "compare", "--series", "--subject", "Atlantis", "--metric", "exports", "--format", "table")
	if code != 0 || table != "(no figures with a period for Atlantis · exports)\n" {
		t.Errorf("no series: exit %d, %q", code, table)
	}
}

// TestCompareMetricsFile checks that a synonym from --metrics FILE merges
// a metric the vocabulary does not know into one it does.
func TestCompareMetricsFile(t *testing.T) {
	ingestCompare(t, append(writeCompareArticles(t, "planet.txt"), apecAround, apecNearly)...)
	file := filepath.Join(t.TempDir(), "metrics.tsv")
	if err := os.WriteFile(file, []byte("# ours\nshare of world gdp\tof the planet's output|share of planet gdp\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// Without the file: two groups, the planet's output a group of its own.
	gs := compareGroupsOut(t, "--subject", "APEC", "--metric", "share of world gdp", "--all")
	if len(gs) != 1 || gs[0].Metric != "share of world gdp" || gs[0].Articles != 2 || gs[0].Verdict != "consistent" {
		t.Fatalf("without --metrics: %+v", gs)
	}
	// (an undated figure of no period and no known indicator forms no group)
	gs = compareGroupsOut(t, "--metric", "of the planet's output", "--all")
	if len(gs) != 0 {
		t.Fatalf("without --metrics, by its phrase: %+v", gs)
	}

	// With it: one group of three articles, in conflict.
	for _, args := range [][]string{
		{"--metrics", file},
		{"--metrics", file, "--metric", "of the planet's output"},
		{"--metrics", file, "--metric", "share of world gdp", "--all"},
	} {
		gs = compareGroupsOut(t, args...)
		if len(gs) != 1 || gs[0].Metric != "share of world gdp" || gs[0].Articles != 3 || gs[0].Verdict != "conflict" ||
			!slices.Equal(outliers(gs[0]), []string{"40 percent"}) {
			t.Errorf("%v: %+v", args, gs)
		}
	}
}

// TestCompareErrors checks usage errors (exit 2) and errors reading the
// database or the vocabulary file (exit 1, one line).
func TestCompareErrors(t *testing.T) {
	ingestCompare(t, apecAround)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	noTab := write("notab.tsv", "# comment\n\nshare of world gdp|of planet output\n")
	twoTabs := write("tabs.tsv", "exports\texport sales\textra\n")
	twice := write("twice.tsv", "exports\tforeign sales\nimports\tforeign sales\n")
	scale := write("scale.tsv", "exports\tbillion exports\n")
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string // the whole of it for exit 1, a part for exit 2
	}{
		{[]string{"--verdict", "disputed"}, 2, `tradestats: compare: unknown verdict "disputed" (want consistent, tension or conflict)`},
		{[]string{"--format", "xml"}, 2, `unknown format "xml"`},
		{[]string{"extra"}, 2, `unexpected argument "extra"`},
		{[]string{"--series", "--subject", "APEC"}, 2, "--series needs --subject and --metric"},
		{[]string{"--series", "--metric", "exports"}, 2, "--series needs --subject and --metric"},
		{[]string{"--series", "--subject", "APEC", "--metric", "exports", "--all"}, 2, "--verdict and --all do not apply to --series"},
		{[]string{"--metrics"}, 2, "flag needs an argument"},
		{[]string{"--metrics", noTab}, 1, "tradestats: compare: " + noTab + ":3: no tab between the canonical metric and its synonyms\n"},
		{[]string{"--metrics", twoTabs}, 1, "tradestats: compare: " + twoTabs + ":1: more than one tab: want CANONICAL<TAB>SYNONYM|SYNONYM...\n"},
		{[]string{"--metrics", twice}, 1, "tradestats: compare: " + twice + `:2: "foreign sales" is already a synonym of "exports" (line 1)` + "\n"},
		{[]string{"--metrics", scale}, 1, "tradestats: compare: " + scale + `:1: synonym "billion exports": metric phrases ignore the word "billion"` + "\n"},
		{[]string{"--metrics", filepath.Join(dir, "nosuch.tsv")}, 1, "tradestats: compare: " + filepath.Join(dir, "nosuch.tsv") + ": no such file or directory\n"},
		{[]string{"--db", filepath.Join(dir, "nosuch.db")}, 1, "tradestats: compare: no database " + filepath.Join(dir, "nosuch.db") +
			" (run 'tradestats ingest' first, or give --db or $TRADESTATS_DB)\n"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, stderr := runCmd(t, "", append([]string{"compare"}, tt.args...)...)
			if code != tt.code || out != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", code, out, tt.code)
			}
			switch tt.code {
			case 1:
				if stderr != tt.stderr {
					t.Errorf("stderr %q\nwant   %q", stderr, tt.stderr)
				}
			case 2:
				if !strings.Contains(stderr, tt.stderr) || !strings.Contains(stderr, "usage: tradestats compare") {
					t.Errorf("stderr %q; want %q and the usage line", stderr, tt.stderr)
				}
			}
		})
	}
	if code, out, _ := runCmd(t, "", "compare", "-h"); code != 0 || !strings.Contains(out, "usage: tradestats compare") || !strings.Contains(out, "--metrics FILE") {
		t.Errorf("compare -h: exit %d\n%s", code, out)
	}
}
