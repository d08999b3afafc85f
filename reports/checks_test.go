package reports_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

// sampleChecks are checks of two claims with an official figure and the
// reasons of the others.
func sampleChecks() *reports.Checks {
	ref1, ref2 := 7.04, 60.3
	return &reports.Checks{
		Counts:    map[stats.CheckVerdict]int{stats.CheckDiffers: 1, stats.CheckClose: 1, stats.CheckNone: 9},
		Unchecked: 4,
		Claims: []stats.Claim{
			{Text: "9 percent", Value: 9, Unit: stats.UnitPercent, Subject: "Vietnam", Indicator: stats.IndGDP,
				Period: "2024", Title: "Vietnam's economy grew 9%", Date: "2025-01-20", Sentence: "Vietnam's economy grew 9 percent in 2024.",
				Check: &stats.Check{Verdict: stats.CheckDiffers, Reference: &ref1, Series: "ny.gdp.mktp.kd.zg", Year: 2024,
					Reason: "World Bank: 7.0% for Vietnam in 2024 (GDP growth)", Source: stats.WDISource}},
			{Text: "around 62 percent", Value: 62, Unit: stats.UnitPercent, Approx: stats.About, Subject: "APEC",
				Indicator: stats.IndShareOfWorldGDP, Period: "2024", Title: "<b>APEC</b> weight", Sentence: "APEC represents around 62 percent.",
				Check: &stats.Check{Verdict: stats.CheckClose, Reference: &ref2, Series: "ny.gdp.mktp.cd", Year: 2024,
					Reason: "World Bank: 60.3% for the 20 of 21 members of APEC it has figures for; no figure for Taiwan", Source: stats.WDISource}},
		},
		Reasons: []reports.ReasonCount{{"a quarter", 5}, {"a forecast", 4}},
		Source:  stats.WDISource,
	}
}

func TestWorkbookChecks(t *testing.T) {
	in := reports.WorkbookInput{Claims: each(sampleClaims()), Groups: sampleGroups(), Checks: sampleChecks()}
	var buf bytes.Buffer
	if err := reports.Workbook(&buf, in, reports.WorkbookOptions{Generated: generated, TmpDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"Summary", "Claims", "Articles", "Comparisons", "Checks", "Charts"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	rows, err := f.GetRows(reports.SheetChecks)
	if err != nil {
		t.Fatal(err)
	}
	text := func(r []string) string { return strings.Join(r, "|") }
	want := []string{
		"Figures held against the official statistics",
		"11 claims checked: 0 agree, 1 close, 1 differ, 9 without an official figure; 4 not checked.",
		"Source of the official figures: World Bank, World Development Indicators (CC BY 4.0).",
		"",
		strings.Join(reports.ChecksHeader, "|"),
		"differs|Vietnam|gdp|2024|9 percent|9%|7.04%|ny.gdp.mktp.kd.zg|2024|World Bank: 7.0% for Vietnam in 2024 (GDP growth)|Vietnam's economy grew 9%|2025-01-20|Vietnam's economy grew 9 percent in 2024.",
		"close|APEC|share of world gdp|2024|around 62 percent|62%|60.3%|ny.gdp.mktp.cd|2024|World Bank: 60.3% for the 20 of 21 members of APEC it has figures for; no figure for Taiwan|<b>APEC</b> weight||APEC represents around 62 percent.",
		"",
		"Why the other figures have no official figure",
		"Claims|Reason",
		"5|a quarter",
		"4|a forecast",
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%q", len(rows), len(want), rows)
	}
	for i := range want {
		if got := text(rows[i]); got != want[i] {
			t.Errorf("row %d:\n got %s\nwant %s", i+1, got, want[i])
		}
	}
	summary, _ := f.GetRows(reports.SheetSummary)
	found := false
	for _, r := range summary {
		if len(r) > 0 && r[0] == reports.SheetChecks {
			found = true
		}
	}
	if !found {
		t.Error("the Summary sheet does not describe the Checks sheet")
	}
	// Without checks there is no Checks sheet.
	in.Checks = nil
	buf.Reset()
	if err := reports.Workbook(&buf, in, reports.WorkbookOptions{Generated: generated, TmpDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if slices.Contains(g.GetSheetList(), reports.SheetChecks) {
		t.Error("Checks sheet without checks")
	}
}

func TestIndexHTMLChecks(t *testing.T) {
	in := samplePage()
	in.Checks = sampleChecks()
	in.Checks.Claims[0].Title = `<script>alert(1)</script>`
	var buf bytes.Buffer
	if err := reports.IndexHTML(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, s := range []string{
		"<h2 id=\"checks\">Checked against official statistics</h2>",
		"11 claims checked: 0 agree, 1 close, 1 differ, 9 without an official figure; 4 not checked.",
		`<span class="verdict conflict">differs</span>`, `<span class="verdict tension">close</span>`,
		`<td class="num" data-label="Official">7.04%</td>`, "no figure for Taiwan", "4: a forecast",
		"Source of the official figures: World Bank, World Development Indicators (CC BY 4.0).",
		"&lt;b&gt;APEC&lt;/b&gt; weight",
	} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	if strings.Contains(page, "<script>") {
		t.Error("page holds a script")
	}
	if i, j := strings.Index(page, "Checked against"), strings.Index(page, "</main>"); i < 0 || j < i {
		t.Error("the checks section is not inside main")
	}
}

func TestReasonKind(t *testing.T) {
	for in, want := range map[string]string{
		"a quarter (1987-Q4): the World Bank's figures are for whole years": "a quarter",
		"a forecast: only figures stated as fact are checked":               "a forecast",
		"the World Bank publishes no figures for Taiwan":                    "the World Bank publishes no figures for Taiwan",
		"no World Bank series for tariffs figures":                          "no World Bank series for tariffs figures",
	} {
		if got := reports.ReasonKind(in); got != want {
			t.Errorf("ReasonKind(%q) = %q, want %q", in, got, want)
		}
	}
}
