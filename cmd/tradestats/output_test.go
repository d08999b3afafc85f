package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/output")

func ptr(f float64) *float64 { return &f }

// outputArticles are hand-made articles and claims for the output formats:
// every unit, a range, approximations, changes, and text that needs quoting
// or guarding.
var outputArticles = []struct {
	a      stats.Article
	claims []stats.Claim
}{
	{
		a: stats.Article{ID: "a1", Source: "examples/vietnam-trade.txt", Title: "Vietnam's exports climb 5.2% in fourth quarter"},
		claims: []stats.Claim{
			{Text: "5.2%", Start: 70, End: 74, Value: 5.2, Unit: stats.UnitPercent, Approx: stats.Exact, Subject: "Vietnam", Metric: "exports", Period: "2025-Q4", Change: stats.Up, Sentence: "Vietnam's exports rose 5.2% to $38.4bn in the fourth quarter of 2025."},
			{Text: "$38.4bn", Start: 78, End: 85, Value: 38.4e9, Unit: stats.UnitMoney, Currency: "USD", Approx: stats.Exact, Subject: "Vietnam", Metric: "exports", Period: "2025-Q4", Sentence: "Vietnam's exports rose 5.2% to $38.4bn in the fourth quarter of 2025."},
			{Text: "between 6% and 8%", Start: 900, End: 917, Value: 6, Max: ptr(8), Unit: stats.UnitPercent, Approx: stats.Exact, Subject: "Vietnam", Metric: "export growth", Period: "2026", Sentence: "Officials expect exports to grow by between 6% and 8% in 2026."},
			{Text: "1.9 million tonnes", Start: 500, End: 518, Value: 1.9e6, Unit: stats.UnitQuantity, UnitName: "tonne", Approx: stats.Exact, Item: "rice", Subject: "Vietnam", Metric: "rice exports", Sentence: "Rice exports reached 1.9 million tonnes."},
		},
	},
	{
		a: stats.Article{ID: "a2", Source: "-", Title: ""},
	},
	{
		a: stats.Article{ID: "a3", Source: "feed.jsonl", Title: `APEC "leaders", trade & <growth>`, Date: "2024-11-16"},
		claims: []stats.Claim{
			{Text: "around 62 percent", Start: 10, End: 27, Value: 62, Unit: stats.UnitPercent, Approx: stats.About, Subject: "APEC", Metric: "share of world gdp", Sentence: "The bloc accounts for around 62 percent of the world's GDP,\nsays \"APEC\"."},
			{Text: "nearly half", Start: 40, End: 51, Value: 50, Unit: stats.UnitPercent, Approx: stats.Under, Subject: "APEC", Metric: "share of global trade", Sentence: "=cmd|' /C calc'!A0 nearly half"},
			{Text: "21", Start: 60, End: 62, Value: 21, Unit: stats.UnitCount, Approx: stats.Exact, Item: "member economies", Subject: "APEC", Metric: "member economies", Sentence: "Its 21 member economies."},
			{Text: "second-largest", Start: 70, End: 84, Value: 2, Unit: stats.UnitOrdinal, Approx: stats.Exact, Item: "trading partner", Subject: "China", Metric: "trading partner rank", Sentence: "China is the second-largest trading partner."},
			{Text: "-5", Start: 90, End: 92, Value: -5, Unit: stats.UnitNumber, Approx: stats.Exact, Subject: "+Peru", Metric: "@balance", Sentence: "-5 it was."},
			{Text: "25 basis points", Start: 100, End: 115, Value: 0.25, Unit: stats.UnitPercentagePoint, Approx: stats.Exact, Subject: "Bank of Canada", Metric: "policy rate", Change: stats.Down, Sentence: "The bank cut by 25 basis points."},
			{Text: "doubled", Start: 120, End: 127, Value: 2, Unit: stats.UnitMultiple, Approx: stats.Exact, Metric: "small businesses online", Sentence: "Online trade doubled."},
			{Text: "more than 1,210 billion yen", Start: 130, End: 157, Value: 1.21e12, Unit: stats.UnitMoney, Currency: "JPY", Approx: stats.Over, Subject: "Japan", Metric: "trade surplus", Period: "1987-03", Sentence: "The surplus was more than 1,210 billion yen."},
			{Text: "1.50 dlrs per barrel", Start: 160, End: 180, Value: 1.5, Unit: stats.UnitMoney, Currency: "USD", UnitName: "barrel", Approx: stats.Exact, Subject: "OPEC", Metric: "oil price", Sentence: "Prices fell 1.50 dlrs per barrel."},
		},
	},
}

// writeOutput writes outputArticles in format.
func writeOutput(t *testing.T, format string, width int) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := newClaimWriter(format, &buf, width)
	if err != nil {
		t.Fatal(err)
	}
	for _, oa := range outputArticles {
		claims := make([]stats.Claim, len(oa.claims))
		for i, c := range oa.claims {
			c.Article, c.Title, c.Source, c.Date = oa.a.ID, oa.a.Title, oa.a.Source, oa.a.Date
			claims[i] = c
		}
		if err := w.WriteArticle(&oa.a, claims); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestOutputGolden compares each format with testdata/output/claims.FORMAT
// (go test -update rewrites them; review with git diff).
func TestOutputGolden(t *testing.T) {
	for _, tc := range []struct {
		format, file string
		width        int
	}{
		{"jsonl", "claims.jsonl", 100},
		{"json", "claims.json", 100},
		{"csv", "claims.csv", 100},
		{"table", "claims.table", 100},
		{"table", "claims-narrow.table", 60},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := writeOutput(t, tc.format, tc.width)
			golden := filepath.Join("testdata", "output", tc.file)
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
				t.Errorf("%s output differs from %s (go test -update to rewrite):\n%s", tc.format, golden, got)
			}
		})
	}
}

// TestOutputRoundTrip reads jsonl, json and csv output back.
func TestOutputRoundTrip(t *testing.T) {
	var want []stats.Claim
	for _, oa := range outputArticles {
		for _, c := range oa.claims {
			c.Article, c.Title, c.Source, c.Date = oa.a.ID, oa.a.Title, oa.a.Source, oa.a.Date
			want = append(want, c)
		}
	}
	wantJSON, _ := json.Marshal(want)

	var got []stats.Claim
	for _, l := range strings.Split(strings.TrimSpace(writeOutput(t, "jsonl", 0)), "\n") {
		var c stats.Claim
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("jsonl line %q: %v", l, err)
		}
		got = append(got, c)
	}
	if gotJSON, _ := json.Marshal(got); !bytes.Equal(gotJSON, wantJSON) {
		t.Errorf("jsonl round trip:\n got %s\nwant %s", gotJSON, wantJSON)
	}
	got = nil
	if err := json.Unmarshal([]byte(writeOutput(t, "json", 0)), &got); err != nil {
		t.Fatal(err)
	}
	if gotJSON, _ := json.Marshal(got); !bytes.Equal(gotJSON, wantJSON) {
		t.Errorf("json round trip:\n got %s\nwant %s", gotJSON, wantJSON)
	}

	rows, err := csv.NewReader(strings.NewReader(writeOutput(t, "csv", 0))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(want)+1 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("csv: %d rows, header %q", len(rows), rows[0])
	}
	for i, c := range want {
		row := rows[i+1]
		if row[0] != c.Text && row[0] != "'"+c.Text {
			t.Errorf("csv row %d: text %q, want %q", i, row[0], c.Text)
		}
		if c.Value == -5 && row[3] != "-5" {
			t.Errorf("csv row %d: value %q, want -5 unguarded", i, row[3])
		}
		if si := slices.Index(csvHeader, "sentence"); c.Sentence[0] == '=' && row[si] != "'"+c.Sentence {
			t.Errorf("csv row %d: sentence %q not guarded", i, row[si])
		}
	}
}

// TestTableWidth checks that every table line fits the width.
func TestTableWidth(t *testing.T) {
	for _, width := range []int{40, 60, 80, 100, 200} {
		for _, l := range strings.Split(writeOutput(t, "table", width), "\n") {
			if n := utf8.RuneCountInString(l); n > width && width >= 60 {
				t.Errorf("width %d: line of %d: %q", width, n, l)
			}
			if strings.HasSuffix(l, " ") {
				t.Errorf("width %d: trailing space: %q", width, l)
			}
		}
	}
}

func TestHumanValue(t *testing.T) {
	tests := []struct {
		c    stats.Claim
		want string
	}{
		{stats.Claim{Value: 38.37e9, Unit: stats.UnitMoney, Currency: "USD"}, "$38.37bn"},
		{stats.Claim{Value: 38.37e9, Unit: stats.UnitMoney}, "38.37bn"},
		{stats.Claim{Value: 600e6, Unit: stats.UnitMoney, Currency: "GBP", Approx: stats.About}, "~£600m"},
		{stats.Claim{Value: 1.3e12, Unit: stats.UnitMoney, Currency: "CNY"}, "CNY 1.3trn"},
		{stats.Claim{Value: 155221, Unit: stats.UnitCount}, "155,221"},
		{stats.Claim{Value: 62, Unit: stats.UnitPercent}, "62%"},
		{stats.Claim{Value: 3, Max: ptr(4), Unit: stats.UnitPercent}, "3–4%"},
		{stats.Claim{Value: 2.25, Max: ptr(2.5), Unit: stats.UnitPercent, Change: stats.Down}, "2.25–2.5% ↓"},
		{stats.Claim{Value: 100.0 / 3, Unit: stats.UnitPercent}, "33.33%"},
		{stats.Claim{Value: 50, Unit: stats.UnitPercent, Approx: stats.Under}, "<50%"},
		{stats.Claim{Value: 40, Unit: stats.UnitPercent, Approx: stats.Over}, ">40%"},
		{stats.Claim{Value: -5, Unit: stats.UnitPercent}, "−5%"},
		{stats.Claim{Value: 0.25, Unit: stats.UnitPercentagePoint}, "0.25pp"},
		{stats.Claim{Value: 2, Unit: stats.UnitOrdinal}, "2nd"},
		{stats.Claim{Value: 11, Unit: stats.UnitOrdinal}, "11th"},
		{stats.Claim{Value: 21, Unit: stats.UnitOrdinal}, "21st"},
		{stats.Claim{Value: 103, Unit: stats.UnitOrdinal}, "103rd"},
		{stats.Claim{Value: 2.5, Unit: stats.UnitMultiple}, "2.5×"},
		{stats.Claim{Value: 1.2e6, Unit: stats.UnitQuantity, UnitName: "barrel per day"}, "1.2m barrel per day"},
		{stats.Claim{Value: 30, Unit: stats.UnitQuantity, UnitName: "year"}, "30 year"},
		{stats.Claim{Value: 1.5, Unit: stats.UnitMoney, Currency: "USD", UnitName: "barrel"}, "$1.50 per barrel"},
		{stats.Claim{Value: 0.52, Unit: stats.UnitMoney, Currency: "USD", UnitName: "per share"}, "$0.52 per share"},
		{stats.Claim{Value: 98.2, Unit: stats.UnitNumber}, "98.2"},
		{stats.Claim{Value: 0.0025, Unit: stats.UnitNumber}, "0.0025"},
		{stats.Claim{Value: 0.123456, Unit: stats.UnitNumber}, "0.1235"},
		{stats.Claim{Value: 0, Unit: stats.UnitNumber}, "0"},
		{stats.Claim{Value: 1.3e9, Unit: stats.UnitCount, Approx: stats.About}, "~1.3bn"},
	}
	for _, tt := range tests {
		if got := humanValue(&tt.c); got != tt.want {
			t.Errorf("humanValue(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestTruncateCell(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"too long here", 8, "too lon…"},
		{"£3.1bn (€4bn)", 5, "£3.1…"},
		{"x", 0, ""},
		{"xy", 1, "…"},
	} {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
	if got := cell("a\nb\r\n\tc  d\x1b[31m"); got != "a b c d [31m" {
		t.Errorf("cell = %q", got)
	}
}
