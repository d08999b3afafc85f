package reports_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

func samplePage() reports.PageInput {
	return reports.PageInput{
		Generated: generated, Version: "v0.1.0",
		Articles: 6, Claims: 11, First: "1987-02-26", Last: "2024-11-10",
		Workbook: "tradestats.xlsx",
		Charts: []reports.Chart{
			{File: "charts/compare-01.png", Title: "One article puts APEC's share of world GDP at 40%, two others at 60%–62%",
				Subtitle: "Share of world GDP, per cent, 2023 · one row per article", Source: "Source: 3 articles, 2024-11-10 to 2024-11-16"},
			{File: "charts/overview.png", Title: "APEC has the most claims: 3 of 11", Subtitle: "Claims per subject"},
		},
		Groups: sampleGroups(),
	}
}

func TestIndexHTMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := reports.IndexHTML(&buf, samplePage()); err != nil {
		t.Fatal(err)
	}
	golden(t, "index.golden.html", buf.String())
}

func TestIndexHTMLEscapes(t *testing.T) {
	in := samplePage()
	evil := `<script>alert("x")</script>`
	in.Title = evil
	in.Charts[0].Title = evil
	in.Charts[0].File = `javascript:alert(1)`
	in.Groups[0].Subject = evil
	in.Groups[0].Claims[0].Sentence = `<img src=x onerror=alert(1)>`
	in.Groups[0].Verdict = `"><script>`
	var buf bytes.Buffer
	if err := reports.IndexHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script>", "<img src=x", `src="javascript:`} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Errorf("escaped title missing")
	}
	for _, external := range []string{`src="http`, `src="//`, "<link", "<script", "url("} {
		if strings.Contains(page, external) {
			t.Errorf("page refers to an external resource or script: %q", external)
		}
	}
}

func TestIndexHTMLLimits(t *testing.T) {
	in := samplePage()
	in.MaxGroups = 1
	var buf bytes.Buffer
	if err := reports.IndexHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if n := strings.Count(page, `<tr id="group-`); n != 1 {
		t.Errorf("%d group rows, want 1", n)
	}
	if !strings.Contains(page, "2 more groups in the workbook") {
		t.Errorf("no note about the groups left out")
	}
	in = reports.PageInput{}
	buf.Reset()
	if err := reports.IndexHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "No figures are stated by more than one article") {
		t.Errorf("empty page: no note")
	}
}

func TestFormatValue(t *testing.T) {
	for _, tt := range []struct {
		v        float64
		unit     stats.Unit
		currency string
		want     string
	}{
		{62, stats.UnitPercent, "", "62%"},
		{0.25, stats.UnitPercentagePoint, "", "0.25pp"},
		{38.37e9, stats.UnitMoney, "USD", "$38.37bn"},
		{1500, stats.UnitCount, "", "1,500"},
		{-2.5e6, stats.UnitMoney, "EUR", "−€2.5m"},
		{2, stats.UnitOrdinal, "", "2nd"},
		{2.5, stats.UnitMultiple, "", "2.5×"},
	} {
		if got := reports.FormatValue(tt.v, tt.unit, tt.currency); got != tt.want {
			t.Errorf("FormatValue(%v, %s) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	for _, tt := range []struct {
		unit     stats.Unit
		currency string
		whole    bool
		want     string
	}{
		{stats.UnitPercent, "", false, `0.0##"%"`},
		{stats.UnitPercent, "", true, `0"%"`},
		{stats.UnitMoney, "JPY", true, `"¥"#,##0`},
		{stats.UnitMoney, "CNY", true, `"CNY "#,##0`},
		{stats.UnitMoney, `"; evil`, true, `#,##0`},
		{stats.UnitCount, "", true, `#,##0`},
	} {
		if got := reports.NumberFormat(tt.unit, tt.currency, tt.whole); got != tt.want {
			t.Errorf("NumberFormat(%s, %q, %v) = %q, want %q", tt.unit, tt.currency, tt.whole, got, tt.want)
		}
	}
}

// TestIndexHTMLControlCharacters checks that control characters from
// article text (terminal escape sequences) do not reach the page, and that
// the caller's groups are not changed.
func TestIndexHTMLControlCharacters(t *testing.T) {
	g := stats.Group{GroupKey: stats.GroupKey{Subject: "Chile\x1b[2J", Metric: "exports", Unit: stats.UnitPercent}, Verdict: stats.Consistent,
		Claims: []stats.GroupClaim{{Title: "\x1b]0;pwned\x07 T", Text: "5%\x00", Sentence: "Exports rose 5%.\u0085", Value: 5, Low: 4.5, High: 5.5}}}
	var buf bytes.Buffer
	if err := reports.IndexHTML(&buf, reports.PageInput{Title: "R\x1b", Groups: []stats.Group{g}, Charts: []reports.Chart{{File: "charts/a.png", Title: "\x1bT"}}}); err != nil {
		t.Fatal(err)
	}
	if i := strings.IndexFunc(buf.String(), func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 }); i >= 0 {
		t.Errorf("control character in the page: %q", buf.String()[max(0, i-20):min(buf.Len(), i+20)])
	}
	if !strings.Contains(buf.String(), "\uFFFD]0;pwned\uFFFD T") {
		t.Error("the title is not shown")
	}
	if g.Claims[0].Title != "\x1b]0;pwned\x07 T" {
		t.Error("the caller's group was changed")
	}
}

// TestIndexHTMLLinks checks the table of contents, the links from a
// comparison chart to its group and from a group to its articles, the
// note on method, and intervals at the precision of their figures.
func TestIndexHTMLLinks(t *testing.T) {
	in := samplePage()
	key := in.Groups[1].GroupKey
	in.Charts[0].Group = &key
	in.ArticleURLs = map[string]string{"u1": "https://example.com/deficit", "u2": "javascript:alert(1)"}
	var buf bytes.Buffer
	if err := reports.IndexHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<a href="#method">`, `id="method"`, `<a href="#charts">`, `id="charts"`, `<a href="#comparisons">`, `id="comparisons"`,
		`<a href="#group-2">The figures and their sentences</a>`, `<tr id="group-2">`,
		`<a href="https://example.com/deficit" rel="noopener noreferrer">U.S. deficit narrows</a>`,
		"read from the articles by a machine",
		"$38.365bn to $38.375bn", // the interval of "38.37 billion dlrs", not "$38.37bn to $38.37bn"
		"The United States&#39; trade deficit in the fourth quarter of 1986",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "javascript:") {
		t.Error("a javascript: URL became a link")
	}
}
