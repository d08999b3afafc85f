package charts_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot/cmpimg"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/stats"
)

func posInf() float64 { return math.Inf(1) }

// TestGoldens renders each example and compares it with
// testdata/NAME_golden.png; go test ./charts -regen rewrites the goldens.
func TestGoldens(t *testing.T) {
	for _, tt := range []struct {
		name    string
		example func()
	}{
		{"compare", ExampleCompare},
		{"compare_money", ExampleCompare_money},
		{"shares", ExampleShares},
		{"timeline", ExampleTimeline},
		{"overview", ExampleOverview},
	} {
		t.Run(tt.name, func(t *testing.T) { cmpimg.CheckPlot(tt.example, t, tt.name+".png") })
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		name string
		got  charts.Labels
		want charts.Labels
	}{
		{"compare outlier", charts.CompareLabels(apecGroup()), charts.Labels{
			Title:    "One article puts APEC's share of world GDP in 2023 at 40%, four others at 60%–62%",
			Subtitle: "Share of world GDP, per cent · one row per article; copies of a story count once",
			Source:   "Source: 5 articles, 10–16 Nov 2024; hedged figures shown as intervals. Figures machine-read from the articles by tradestats.",
		}},
		{"compare consistent", charts.CompareLabels(deficitGroup()), charts.Labels{
			Title:    "Articles put the United States' trade deficit in the fourth quarter of 1986 between $38bn and $39bn",
			Subtitle: "Trade deficit, US dollars · one row per article; copies of a story count once",
			Source:   "Source: 4 articles, 20–27 Feb 1987; hedged figures shown as intervals. Figures machine-read from the articles by tradestats.",
		}},
		{"shares", charts.SharesLabels(shareGroups()), charts.Labels{
			Title:    "Of the seven shown, APEC has the largest share of world GDP in 2023: 62%, ahead of the G7 at 43%",
			Subtitle: "Share of world GDP, per cent, 2023 · median of the figures articles give",
			Source:   "Source: 16 articles, 10–14 Nov 2024; lines show the range of figures across articles. Figures machine-read from the articles by tradestats.",
		}},
		{"timeline", charts.TimelineLabels(surplusSeries()), charts.Labels{
			Title:    "Japan's trade surplus peaked at $24bn in the fourth quarter of 1986, then fell to $19.8bn in the second quarter of 1987",
			Subtitle: "Trade surplus, US dollars · median of the figures articles give for each period; the scale does not start at zero",
			Source:   "Source: 11 articles, 8 Apr 1986–20 Jul 1987; 6 periods; vertical lines show the range of figures across articles. Figures machine-read from the articles by tradestats.",
		}},
		{"overview", charts.OverviewLabels(subjectCounts()), charts.Labels{
			Title:    "China has the most claims: 1,204 of 6,362",
			Subtitle: "Claims per subject, top 15 of 19 subjects",
			Source:   "Source: 6,362 claims about 19 subjects",
		}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestCompareTitles(t *testing.T) {
	base := apecGroup()
	agree := base
	agree.Verdict = stats.Consistent
	agree.Claims = base.Claims[:3]
	agree.Min, agree.Max = 60, 62

	same := agree
	same.Claims = []stats.GroupClaim{base.Claims[0], base.Claims[0]}
	same.Claims[1].Article = "other"
	same.Min, same.Max = 62, 62

	one := agree
	one.Claims = base.Claims[:1]
	one.Min, one.Max = 62, 62

	split := base
	split.Claims = []stats.GroupClaim{base.Claims[0], base.Claims[4]}
	split.Min, split.Max = 40, 62

	noSubject := agree
	noSubject.Subject = ""

	tests := []struct {
		g    stats.Group
		want string
	}{
		{agree, "Articles put APEC's share of world GDP in 2023 between 60% and 62%"},
		{same, "Two articles put APEC's share of world GDP in 2023 at 62%"},
		{one, "One article puts APEC's share of world GDP in 2023 at 62%"},
		{split, "Articles disagree on APEC's share of world GDP in 2023: 40% to 62%"},
		{noSubject, "Articles put share of world GDP in 2023 between 60% and 62%"},
	}
	for _, tt := range tests {
		if got := charts.CompareLabels(tt.g).Title; got != tt.want {
			t.Errorf("title = %q, want %q", got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
	g := stats.Group{
		GroupKey: stats.GroupKey{Subject: "China", Metric: "exports", Unit: stats.UnitPercent, Period: "2023", Change: stats.Up},
		Verdict:  stats.Consistent, Min: 4, Max: 6,
		Claims: []stats.GroupClaim{{Article: "a", Value: 6, Low: 5.5, High: 6.5}, {Article: "b", Value: 4, Low: 3, High: 5.5}},
	}
	l := charts.CompareLabels(g)
	if want := "Articles put the rise in China's exports in 2023 between 4% and 6%"; l.Title != want {
		t.Errorf("title = %q, want %q", l.Title, want)
	}
	if want := "Rise in exports, per cent · one row per article; copies of a story count once"; l.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", l.Subtitle, want)
	}
	g.GroupKey = stats.GroupKey{Subject: "OPEC", Metric: "output", Unit: stats.UnitQuantity, UnitName: "barrel per day"}
	g.Min, g.Max = 1.2e6, 1.5e6
	if want := "Articles put OPEC's output between 1.2m barrels per day and 1.5m barrels per day"; charts.CompareLabels(g).Title != want {
		t.Errorf("title = %q, want %q", charts.CompareLabels(g).Title, want)
	}
	g.GroupKey = stats.GroupKey{Subject: "Exxon", Metric: "dividend", Unit: stats.UnitMoney, Currency: "USD", UnitName: "per share"}
	g.Min, g.Max = 1.5, 1.5
	l = charts.CompareLabels(g)
	if want := "Two articles put Exxon's dividend at $1.50 per share"; l.Title != want {
		t.Errorf("title = %q, want %q", l.Title, want)
	}
	if want := "Dividend, US dollars per share · one row per article; copies of a story count once"; l.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", l.Subtitle, want)
	}
}

func TestClaimVerdicts(t *testing.T) {
	g := apecGroup()
	claims := g.Claims // a1 [60,64], a2 [58,60], a3 [60.5,61.5], a4 [60,62], a5 [39.5,40.5]
	got, majority := charts.ClaimVerdicts(stats.Conflict, claims)
	want := []stats.Verdict{stats.Consistent, stats.Consistent, stats.Tension, stats.Consistent, stats.Conflict}
	if !majority || !equalVerdicts(got, want) {
		t.Errorf("conflict: got %v %v, want %v true", got, majority, want)
	}
	got, majority = charts.ClaimVerdicts(stats.Consistent, claims)
	if majority || got[4] != stats.Consistent {
		t.Errorf("consistent group: got %v %v, want all consistent", got, majority)
	}
	// Two articles that disagree: no majority, both take the verdict.
	got, majority = charts.ClaimVerdicts(stats.Conflict, []stats.GroupClaim{claims[0], claims[4]})
	if majority || got[0] != stats.Conflict || got[1] != stats.Conflict {
		t.Errorf("pair: got %v %v", got, majority)
	}
	// stats.Compare's outlier marks decide who is outside the majority.
	marked := slices.Clone(claims)
	marked[4].Outlier = true
	got, majority = charts.ClaimVerdicts(stats.Conflict, marked)
	want = []stats.Verdict{stats.Consistent, stats.Consistent, stats.Consistent, stats.Consistent, stats.Conflict}
	if !majority || !equalVerdicts(got, want) {
		t.Errorf("marked: got %v %v, want %v true", got, majority, want)
	}
	// The same article twice counts once: 2 of 3 articles is a majority.
	dup := []stats.GroupClaim{claims[0], claims[0], claims[3], claims[4]}
	dup[1].Text = "62%"
	if _, majority = charts.ClaimVerdicts(stats.Conflict, dup); !majority {
		t.Errorf("duplicate article: no majority")
	}
}

func equalVerdicts(a, b []stats.Verdict) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v        float64
		unit     stats.Unit
		currency string
		want     string
	}{
		{62, stats.UnitPercent, "", "62%"},
		{4.25, stats.UnitPercent, "", "4.25%"},
		{-0.5, stats.UnitPercent, "", "−0.5%"},
		{0.25, stats.UnitPercentagePoint, "", "0.25pp"},
		{38.37e9, stats.UnitMoney, "USD", "$38.37bn"},
		{-2.1e9, stats.UnitMoney, "USD", "−$2.1bn"},
		{1.2e12, stats.UnitMoney, "JPY", "¥1.2trn"},
		{450e6, stats.UnitMoney, "CNY", "CNY 450m"},
		{1.5, stats.UnitMoney, "USD", "$1.50"},
		{0.125, stats.UnitMoney, "USD", "$0.125"},
		{12500, stats.UnitMoney, "GBP", "£12,500"},
		{1500, stats.UnitCount, "", "1,500"},
		{1.3e9, stats.UnitCount, "", "1.3bn"},
		{2, stats.UnitOrdinal, "", "2nd"},
		{11, stats.UnitOrdinal, "", "11th"},
		{23, stats.UnitOrdinal, "", "23rd"},
		{2.5, stats.UnitMultiple, "", "2.5×"},
		{98.2, stats.UnitNumber, "", "98.2"},
		{math.NaN(), stats.UnitNumber, "", "n/a"},
		{math.Inf(1), stats.UnitPercent, "", "∞"},
	}
	for _, tt := range tests {
		if got := charts.FormatValue(tt.v, tt.unit, tt.currency); got != tt.want {
			t.Errorf("FormatValue(%v, %s, %q) = %q, want %q", tt.v, tt.unit, tt.currency, got, tt.want)
		}
	}
}

func TestPeriodLabel(t *testing.T) {
	for in, want := range map[string]string{
		"2023": "2023", "2004-Q4": "Q4\u00a02004", "1987-02": "Feb\u00a01987", "2019-H1": "H1\u00a02019",
		"1987/88": "1987/88", "": "", "2023-13": "2023-13", "1987-02-26": "26\u00a0Feb\u00a01987", "1987-02-30x": "1987-02-30x",
	} {
		if got := charts.PeriodLabel(in); got != want {
			t.Errorf("PeriodLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsShare(t *testing.T) {
	tests := []struct {
		metric string
		unit   stats.Unit
		want   bool
	}{
		{"share of world gdp", stats.UnitPercent, true},
		{"market share", stats.UnitPercent, true},
		{"gdp growth", stats.UnitPercent, false},
		{"share of world gdp", stats.UnitMoney, false},
	}
	for _, tt := range tests {
		if got := charts.IsShare(tt.metric, tt.unit); got != tt.want {
			t.Errorf("IsShare(%q, %s) = %v", tt.metric, tt.unit, got)
		}
	}
}

func TestSharesByMetric(t *testing.T) {
	gs := append(shareGroups(),
		stats.Group{GroupKey: stats.GroupKey{Subject: "China", Metric: "gdp growth", Unit: stats.UnitPercent}},
		stats.Group{GroupKey: stats.GroupKey{Subject: "Peru", Metric: "Market share", Unit: stats.UnitPercent}},
		stats.Group{GroupKey: stats.GroupKey{Subject: "Chile", Metric: "market share", Unit: stats.UnitPercent}},
		stats.Group{GroupKey: stats.GroupKey{Subject: "Chile", Metric: "market share", Unit: stats.UnitPercent, Period: "2020"}},
		stats.Group{GroupKey: stats.GroupKey{Subject: "Chile", Metric: "share of exports", Unit: stats.UnitPercent}},
	)
	got := charts.SharesByMetric(gs)
	if len(got) != 2 || len(got[0]) != 7 || len(got[1]) != 3 {
		t.Fatalf("SharesByMetric: got %d metrics %v", len(got), got)
	}
	if got[0][0].Metric != "share of world gdp" {
		t.Errorf("first metric = %q", got[0][0].Metric)
	}
	if err := charts.Shares(io.Discard, append(got[0], got[1]...), charts.Options{}); err == nil {
		t.Errorf("Shares of two metrics: no error")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"compare empty", charts.Compare(io.Discard, stats.Group{}, charts.Options{}), charts.ErrNoData},
		{"shares empty", charts.Shares(io.Discard, nil, charts.Options{}), charts.ErrNoData},
		{"overview empty", charts.Overview(io.Discard, []charts.Count{{"", 3}}, charts.Options{}), charts.ErrNoData},
		{"timeline two periods", charts.Timeline(io.Discard, charts.Series{Points: surplusSeries().Points[:2]}, charts.Options{}), charts.ErrTooFewPeriods},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, tt.err, tt.want)
		}
	}
	if err := charts.Compare(io.Discard, apecGroup(), charts.Options{Format: "gif"}); err == nil || !strings.Contains(err.Error(), "gif") {
		t.Errorf("format gif: err = %v", err)
	}
	if err := charts.Compare(io.Discard, apecGroup(), charts.Options{Width: 50}); err == nil {
		t.Errorf("width 50: no error")
	}
	if err := charts.Compare(io.Discard, apecGroup(), charts.Options{Height: 30}); err == nil {
		t.Errorf("height 30: no error")
	}
}

// TestPNGSize checks the 2x resolution and that the height follows the rows.
func TestPNGSize(t *testing.T) {
	size := func(g stats.Group) (int, int) {
		var buf bytes.Buffer
		if err := charts.Compare(&buf, g, charts.Options{}); err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(&buf)
		if err != nil {
			t.Fatal(err)
		}
		return cfg.Width, cfg.Height
	}
	g := apecGroup()
	w, h := size(g)
	if w != 1280 {
		t.Errorf("width = %d px, want 1280 (640 at 2x)", w)
	}
	g.Claims = append(g.Claims, g.Claims...)
	for i := range g.Claims {
		g.Claims[i].Article = string(rune('a' + i))
	}
	if _, h2 := size(g); h2 <= h+5*2*25 {
		t.Errorf("height with 10 rows = %d px, with 5 = %d: want taller", h2, h)
	}

	var buf bytes.Buffer
	if err := charts.Compare(&buf, g, charts.Options{Height: 300}); err != nil {
		t.Fatal(err)
	}
	if cfg, _ := png.DecodeConfig(&buf); cfg.Height != 800 {
		t.Errorf("fixed height 300pt = %d px, want 800", cfg.Height)
	}
}

// TestCompareManyArticles checks that an article's figures share a row and
// that big groups are cut to CompareTop rows.
func TestCompareManyArticles(t *testing.T) {
	g := stats.Group{GroupKey: stats.GroupKey{Subject: "United States", Metric: "imports", Unit: stats.UnitMoney, Currency: "USD"}, Verdict: stats.Conflict}
	for i := range 100 {
		for j := range 2 {
			v := float64(100+i+j*50) * 1e9
			g.Claims = append(g.Claims, stats.GroupClaim{Article: "a" + strconv.Itoa(i), Title: "Story " + strconv.Itoa(i),
				Text: strconv.Itoa(100+i+j*50) + " billion dlrs", Value: v, Low: v - 5e8, High: v + 5e8})
		}
	}
	g.Min, g.Max = 100e9, 249e9
	if got, want := charts.CompareLabels(g).Subtitle, "Imports, US dollars · 30 of 100 articles, those that differ first"; got != want {
		t.Errorf("subtitle = %q, want %q", got, want)
	}
	var buf bytes.Buffer
	if err := charts.Compare(&buf, g, charts.Options{}); err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if rowPx := 30 * 2 * 96 / 72; cfg.Height > 32*rowPx+600 || cfg.Height < 30*rowPx {
		t.Errorf("height %d px: want about 30 rows of %d px", cfg.Height, rowPx)
	}
}

// TestSVG checks that SVG output is well-formed XML with a sans-serif font
// and escaped article text.
func TestSVG(t *testing.T) {
	g := apecGroup()
	g.Claims[0].Title = `<script>alert("x")</script> & more`
	var buf bytes.Buffer
	if err := charts.Compare(&buf, g, charts.Options{Format: "svg"}); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var texts []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok && strings.TrimSpace(string(cd)) != "" {
			texts = append(texts, string(cd))
		}
	}
	s := buf.String()
	if strings.Contains(s, "<script") {
		t.Errorf("SVG holds a raw <script> element")
	}
	if !strings.Contains(s, "sans-serif") {
		t.Errorf("SVG names no sans-serif fallback")
	}
	if !strings.Contains(strings.Join(texts, "\n"), `<script>alert("x")`) {
		t.Errorf("title text missing from SVG: %q", texts)
	}
}

func benchmarkChart(b *testing.B, draw func(w io.Writer) error) {
	b.ReportAllocs()
	for b.Loop() {
		if err := draw(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompareChart(b *testing.B) {
	g := apecGroup()
	benchmarkChart(b, func(w io.Writer) error { return charts.Compare(w, g, charts.Options{}) })
}

func BenchmarkSharesChart(b *testing.B) {
	gs := shareGroups()
	benchmarkChart(b, func(w io.Writer) error { return charts.Shares(w, gs, charts.Options{}) })
}

func BenchmarkTimelineChart(b *testing.B) {
	s := surplusSeries()
	benchmarkChart(b, func(w io.Writer) error { return charts.Timeline(w, s, charts.Options{}) })
}

func BenchmarkOverviewChart(b *testing.B) {
	c := subjectCounts()
	benchmarkChart(b, func(w io.Writer) error { return charts.Overview(w, c, charts.Options{}) })
}

func BenchmarkCompareChartSVG(b *testing.B) {
	g := apecGroup()
	benchmarkChart(b, func(w io.Writer) error { return charts.Compare(w, g, charts.Options{Format: "svg"}) })
}
