package charts_test

import (
	"fmt"
	"io"
	"strconv"
	"testing"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/stats"
)

// The benchmarks in charts_test.go draw each chart kind as PNG from the
// examples' small inputs (and the comparison chart as SVG). These add the
// other kinds as SVG, and every kind from the largest inputs a dataset of
// a million claims gives (see stats.BenchmarkCompare1M): a comparison
// group of 6,000 claims, shares of 200 subjects, a monthly series over 40
// years, counts of 10,000 subjects. Each chart should take under 200 ms:
//
//	go test ./charts -run '^$' -bench .

// countingWriter discards what it is given and counts it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// benchmarkDraw draws a chart per iteration and reports the size of the
// output as well as time and allocations.
func benchmarkDraw(b *testing.B, draw func(w io.Writer) error) {
	b.ReportAllocs()
	var w countingWriter
	for b.Loop() {
		w.n = 0
		if err := draw(&w); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w.n)/1e3, "output-kB")
}

func BenchmarkSharesChartSVG(b *testing.B) {
	gs := shareGroups()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Shares(w, gs, charts.Options{Format: "svg"}) })
}

func BenchmarkTimelineChartSVG(b *testing.B) {
	s := surplusSeries()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Timeline(w, s, charts.Options{Format: "svg"}) })
}

func BenchmarkOverviewChartSVG(b *testing.B) {
	c := subjectCounts()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Overview(w, c, charts.Options{Format: "svg"}) })
}

// largeGroup is a comparison group of 6,000 claims from 3,000 articles,
// with long titles, in conflict.
func largeGroup() stats.Group {
	g := stats.Group{GroupKey: stats.GroupKey{Subject: "United States", Metric: "trade deficit", Unit: stats.UnitMoney, Currency: "USD", Period: "1986"},
		Verdict: stats.Conflict, Articles: 3000}
	for i := range 3000 {
		for j := range 2 {
			v := float64(140+i%60+j*25) * 1e9
			g.Claims = append(g.Claims, stats.GroupClaim{Article: "a" + strconv.Itoa(i),
				Title: fmt.Sprintf("U.S. trade deficit for 1986 put at record level as imports outpace exports, story %d", i),
				Date:  fmt.Sprintf("1987-%02d-%02d", 1+i%12, 1+i%28), Text: strconv.Itoa(140+i%60+j*25) + " billion dlrs",
				Value: v, Low: v - 5e8, High: v + 5e8, Outlier: i%7 == 0})
		}
	}
	g.Min, g.Median, g.Max = 140e9, 170e9, 224e9
	g.Spread = g.Max - g.Min
	return g
}

func BenchmarkCompareChartLarge(b *testing.B) {
	g := largeGroup()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Compare(w, g, charts.Options{}) })
}

func BenchmarkCompareChartLargeSVG(b *testing.B) {
	g := largeGroup()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Compare(w, g, charts.Options{Format: "svg"}) })
}

// largeShares is the share of world GDP of 200 subjects, each from a few
// articles.
func largeShares() []stats.Group {
	var gs []stats.Group
	for i := range 200 {
		med := float64(1+i%60) / 2
		g := stats.Group{GroupKey: stats.GroupKey{Subject: "Country number " + strconv.Itoa(i), Metric: "share of world gdp", Unit: stats.UnitPercent, Period: "1987"},
			Verdict: stats.Consistent, Min: med - 0.5, Median: med, Max: med + 0.5, Articles: 1 + i%5}
		for j := range g.Articles {
			g.Claims = append(g.Claims, stats.GroupClaim{Article: fmt.Sprintf("s%d-%d", i, j), Date: "1987-03-0" + strconv.Itoa(1+j), Value: med})
		}
		gs = append(gs, g)
	}
	return gs
}

func BenchmarkSharesChartLarge(b *testing.B) {
	gs := largeShares()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Shares(w, gs, charts.Options{}) })
}

// largeSeries is a monthly series over 40 years: 480 points.
func largeSeries() charts.Series {
	s := charts.Series{Subject: "Japan", Metric: "trade surplus", Unit: stats.UnitMoney, Currency: "USD",
		Articles: 5000, First: "1960-01-03", Last: "1999-12-30"}
	for i := range 480 {
		v := float64(5+i%37) * 1e9
		s.Points = append(s.Points, stats.SeriesPoint{Period: fmt.Sprintf("%d-%02d", 1960+i/12, 1+i%12),
			Value: v, Min: v * 0.97, Max: v * 1.02, Claims: 1 + i%9, Articles: 1 + i%6})
	}
	return s
}

func BenchmarkTimelineChartLarge(b *testing.B) {
	s := largeSeries()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Timeline(w, s, charts.Options{}) })
}

// largeCounts is the claims per subject of 10,000 subjects.
func largeCounts() []charts.Count {
	var cs []charts.Count
	for i := range 10_000 {
		cs = append(cs, charts.Count{Label: "Subject " + strconv.Itoa(i), N: 1 + (i*7919)%100_000})
	}
	return cs
}

func BenchmarkOverviewChartLarge(b *testing.B) {
	c := largeCounts()
	benchmarkDraw(b, func(w io.Writer) error { return charts.Overview(w, c, charts.Options{}) })
}
