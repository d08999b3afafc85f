package charts

import (
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/tradestats/tradestats/stats"
)

func series(unit stats.Unit, points ...any) Series {
	s := Series{Subject: "Brazil", Metric: "trade surplus", Unit: unit, Currency: "USD"}
	for i := 0; i < len(points); i += 2 {
		v := points[i+1].(float64)
		s.Points = append(s.Points, stats.SeriesPoint{Period: points[i].(string), Value: v, Min: v, Max: v, Claims: 1, Articles: 1})
	}
	return s
}

// TestTimelineGaps checks that missing periods break the line and are
// shaded, with a legend key.
func TestTimelineGaps(t *testing.T) {
	s := series(stats.UnitMoney, "1986-02", 261e6, "1986-03", 1.1e9, "1986-09", 540e6, "1987-01", 130e6, "1987-02", 260e6)
	pts, pos, err := timelinePoints(s)
	if err != nil {
		t.Fatal(err)
	}
	gaps := periodGaps(pts, pos)
	if want := []bool{false, true, true, false}; !slices.Equal(gaps, want) {
		t.Errorf("gaps = %v, want %v", gaps, want)
	}
	if runs, want := lineRuns(gaps), [][2]int{{0, 1}, {2, 2}, {3, 4}}; !slices.Equal(runs, want) {
		t.Errorf("runs = %v, want %v", runs, want)
	}
	legend := timelineLegend(pts, gaps)
	if !slices.ContainsFunc(legend, func(it legendItem) bool { return it.kind == legendGap }) {
		t.Errorf("no gap key in the legend: %+v", legend)
	}
	years := series(stats.UnitMoney, "1984", 1.0, "1985", 2.0, "1986", 3.0)
	pts, pos, _ = timelinePoints(years)
	g := periodGaps(pts, pos)
	if slices.Contains(g, true) {
		t.Errorf("consecutive years have gaps: %v", g)
	}
	if slices.ContainsFunc(timelineLegend(pts, g), func(it legendItem) bool { return it.kind != legendLine }) {
		t.Errorf("keys for marks not drawn")
	}
}

// TestTimelineAxisSpan checks that a small move is not drawn as a cliff
// and that the subtitle says when the scale does not start at zero.
func TestTimelineAxisSpan(t *testing.T) {
	for _, tt := range []struct {
		s        Series
		least    float64
		fromZero bool
	}{
		{series(stats.UnitMoney, "1986", 169.8e9, "1987", 169.9e9, "1988", 170e9), 17e9, false},
		{series(stats.UnitPercent, "1986", 2.9, "1987", 3.0, "1988", 3.1), 1, false},
		{series(stats.UnitMoney, "1986", 1e9, "1987", 3e9, "1988", 2e9), 3e9, true},
	} {
		pts, _, _ := timelinePoints(tt.s)
		ax := newTimelineAxis(tt.s, pts)
		if ax.max-ax.min < tt.least {
			t.Errorf("%v: axis %v to %v spans less than %v", tt.s.Points, ax.min, ax.max, tt.least)
		}
		sub := TimelineLabels(tt.s).Subtitle
		if said := strings.Contains(sub, "does not start at zero"); said == tt.fromZero || (ax.min == 0) != tt.fromZero {
			t.Errorf("%v: axis from %v, subtitle %q", tt.s.Points, ax.min, sub)
		}
	}
}

// TestTimelineLabelsApart checks that the end labels never overlap each
// other and stay inside the plot, even when the first and last figures
// are equal and close together.
func TestTimelineLabelsApart(t *testing.T) {
	for _, s := range []Series{
		series(stats.UnitMoney, "1986", 5e9, "1987", 4e9, "1988", 5e9),
		series(stats.UnitMoney, "1986-01", 123.456e9, "1986-02", 123.457e9, "1986-03", 123.456e9),
		series(stats.UnitPercent, "1986", 100.0, "1987", 0.0, "1988", 100.0),
	} {
		pts, pos, err := timelinePoints(s)
		if err != nil {
			t.Fatal(err)
		}
		p, tp := timelinePlot(s, pts, pos, periodGaps(pts, pos), 200)
		c := draw.New(vgimg.New(200, 150))
		p.Draw(c)
		dc := p.DataCanvas(c)
		trX, trY := p.Transforms(&dc)
		line := make([]vg.Point, len(pts))
		for i, pt := range pts {
			line[i] = vg.Point{X: trX(pos[i]), Y: trY(pt.Value)}
		}
		labels := tp.placeLabels(dc, line, trY)
		if len(labels) == 0 {
			t.Fatalf("%v: no labels", s.Points)
		}
		for i, l := range labels {
			b := l.box
			if b.Min.X < dc.Min.X-0.01 || b.Max.X > dc.Max.X+0.01 || b.Min.Y < dc.Min.Y-0.01 || b.Max.Y > dc.Max.Y+0.01 {
				t.Errorf("%v: label %q at %v outside the plot %v", s.Points, l.text, b, dc.Rectangle)
			}
			for _, o := range labels[i+1:] {
				if overlaps(b, o.box) {
					t.Errorf("%v: labels %q and %q overlap", s.Points, l.text, o.text)
				}
			}
		}
	}
}

// TestTimelineScattered checks that a series whose periods never follow
// one another is not planned as a timeline (it would draw no line), and
// that the legend's key is a line only when one is drawn.
func TestTimelineScattered(t *testing.T) {
	group := func(period string, v float64) stats.Group {
		return stats.Group{GroupKey: stats.GroupKey{Subject: "United Kingdom", Metric: "liquidity", Unit: stats.UnitMoney, Currency: "GBP", Period: period},
			Min: v, Median: v, Max: v, Articles: 1, Claims: []stats.GroupClaim{{Article: period, Value: v}}}
	}
	scattered := []stats.Group{group("1987-03-09", 3e8), group("1987-03-13", 1e9), group("1987-04-08", 3e8)}
	if s := TimelineSeries(scattered); len(s) != 0 {
		t.Errorf("scattered days planned as a timeline: %+v", s)
	}
	joinedDays := append(scattered, group("1987-03-10", 5e8))
	if s := TimelineSeries(joinedDays); len(s) != 1 {
		t.Errorf("%d series, want the one with 9 and 10 March", len(s))
	}
	if k := timelineLegend(nil, []bool{true, true})[0].kind; k != legendMark {
		t.Errorf("no line drawn, but the key is %v", k)
	}
	if k := timelineLegend(nil, []bool{false, true})[0].kind; k != legendLine {
		t.Errorf("a line drawn, but the key is %v", k)
	}
}

// TestStackLabels checks that labels of close figures (the official
// chart's) are moved apart, one under the other.
func TestStackLabels(t *testing.T) {
	ts := valueStyle
	ts.XAlign, ts.YAlign = draw.XLeft, draw.YCenter
	var in []placedLabel
	for i, txt := range []string{"$92.7bn", "$90bn", "$83bn", "$16bn"} {
		in = append(in, placedLabel{text: txt, style: ts, at: vg.Point{X: 100, Y: vg.Length([]float64{400, 396, 380, 100}[i])}})
	}
	out := stackLabels(in)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if overlaps(out[i].box, out[j].box) {
				t.Errorf("labels %q and %q overlap", out[i].text, out[j].text)
			}
		}
	}
	if out[0].text != "$92.7bn" || out[0].at.Y != 400 || out[3].at.Y != 100 {
		t.Errorf("labels moved that need not: %+v", out)
	}
}
