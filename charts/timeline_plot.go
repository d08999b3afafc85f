package charts

import (
	"image/color"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/tradestats/tradestats/stats"
)

// timelineAxis is the value axis of a timeline.
type timelineAxis struct {
	min, max, step float64
	fromZero       bool
}

// newTimelineAxis chooses the value axis of a timeline so that it shows a
// meaningful span: from zero for shares and for figures whose range is at
// least half their size; otherwise around the figures, but at least a
// tenth of their size high (and at least one point for percentages), so
// that a move of 0.1% is not drawn as a cliff. TimelineLabels says in the
// subtitle when the scale does not start at zero.
func newTimelineAxis(s Series, pts []stats.SeriesPoint) timelineAxis {
	lows := make([]float64, len(pts))
	highs := make([]float64, len(pts))
	for i, p := range pts {
		lows[i], highs[i] = math.Min(p.Value, p.Min), math.Max(p.Value, p.Max)
	}
	lo, hi := floats.Min(lows), floats.Max(highs)
	fromZero := IsShare(s.Metric, s.Unit) && s.Change == stats.NoChange || (lo >= 0 && lo <= hi/2) || (hi <= 0 && hi >= lo/2)
	if !fromZero {
		size := math.Max(math.Abs(lo), math.Abs(hi))
		least := 0.1 * size
		if s.Unit == stats.UnitPercent || s.Unit == stats.UnitPercentagePoint {
			least = math.Max(least, 1)
		}
		if hi-lo < least {
			mid := (lo + hi) / 2
			lo, hi = mid-least/2, mid+least/2
		}
		// A span that reaches zero includes it.
		if lo < 0 && lows[0] >= 0 && floats.Min(lows) >= 0 || hi > 0 && floats.Max(highs) <= 0 {
			fromZero = true
		}
	}
	min, max, step := niceRangeUnit(lo, hi, 5, fromZero, s.Unit)
	return timelineAxis{min, max, step, fromZero}
}

// periodGaps reports, for each point but the last, whether periods are
// missing between it and the next: the positions are further apart than
// one period of their length (a month, a quarter, a year...).
func periodGaps(pts []stats.SeriesPoint, pos []float64) []bool {
	gaps := make([]bool, max(len(pts)-1, 0))
	for i := range gaps {
		step := periodLength(pts[i].Period)
		if step > 0 && pos[i+1]-pos[i] > step*1.5 {
			gaps[i] = true
		}
	}
	return gaps
}

// periodLength is the length of a period in years (see periodPosition), 0
// when unknown.
func periodLength(period string) float64 {
	p, ok := stats.ParsePeriod(period)
	if !ok {
		return 0
	}
	switch len(p.String()) {
	case 4: // 1986
		return 1
	case 7: // 1986-Q1, 1986-H1, 1986-02
		switch p.String()[5] {
		case 'Q':
			return 0.25
		case 'H':
			return 0.5
		}
		return 1.0 / 12
	case 10: // 1987-03-13
		return 1.0 / 365
	}
	return 0
}

// lineRuns returns the runs of consecutive points, first and last index,
// given where periods are missing (gaps[i] between points i and i+1).
func lineRuns(gaps []bool) [][2]int {
	var runs [][2]int
	start := 0
	for i := 0; i <= len(gaps); i++ {
		if i == len(gaps) || gaps[i] {
			runs = append(runs, [2]int{start, i})
			start = i + 1
		}
	}
	return runs
}

// timelineLegend lists the marks a timeline draws: the line of medians,
// the range lines when articles differ, the shading of missing periods.
func timelineLegend(pts []stats.SeriesPoint, gaps []bool) []legendItem {
	// The key is a line with its marker only when some line is drawn.
	key := legendItem{kind: legendMark, mark: mark{color: colorBar, shape: shapeCircle}, label: "Median of the articles' figures"}
	for _, r := range lineRuns(gaps) {
		if r[1] > r[0] {
			key.kind = legendLine
			break
		}
	}
	items := []legendItem{key}
	for _, p := range pts {
		if p.Min < p.Max {
			items = append(items, legendItem{kind: legendRange, label: "Range across articles"})
			break
		}
	}
	for _, g := range gaps {
		if g {
			items = append(items, legendItem{kind: legendGap, label: "No figures for these periods"})
			break
		}
	}
	return items
}

// timelinePlot builds the plot of a timeline for a chart of the given
// width.
func timelinePlot(s Series, pts []stats.SeriesPoint, pos []float64, gaps []bool, width vg.Length) (*plot.Plot, *timelinePlotter) {
	ax := newTimelineAxis(s, pts)
	ymin, ymax := ax.min, ax.max
	// Headroom for the end labels: the axis extends (between ticks) so
	// that a label has an eighth of the plot's height to the edge.
	tp := &timelinePlotter{points: pts, pos: pos, gaps: gaps, unit: s.Unit, currency: s.Currency}
	for _, l := range tp.endLabels() {
		pt := pts[l.i]
		const room = 0.12
		if l.above && (ymax-pt.Max)/(ymax-ymin) < room {
			ymax = pt.Max + room*(ymax-ymin)
		}
		if !l.above && (pt.Min-ymin)/(ymax-ymin) < room && !(ax.fromZero && ymin == 0 && pt.Min >= 0) {
			ymin = pt.Min - room*(ymax-ymin)
		}
	}

	p := plot.New()
	p.BackgroundColor = nil
	styleValueAxis(&p.Y, ymin, ymax, ax.step, s.Unit, s.Currency, "")
	p.Y.Padding = 6
	p.Add(gapShade{tp}, &gridY{}) // the shading under the grid

	span := pos[len(pos)-1] - pos[0]
	p.X.Min, p.X.Max = pos[0]-span*0.03, pos[len(pos)-1]+span*0.03
	styleValueAxis(&p.X, p.X.Min, p.X.Max, 1, s.Unit, "", "")
	ticks := make([]plot.Tick, len(pts))
	for i, pt := range pts {
		ticks[i] = plot.Tick{Value: pos[i], Label: PeriodLabel(pt.Period)}
	}
	p.X.Tick.Marker = periodTicks(ticks, p.X.Min, p.X.Max, width-2*marginX-60)
	p.Add(tp)
	return p, tp
}

// gapShade shades the periods a timeline has no figures for, from the
// end of one period to the start of the next.
type gapShade struct{ tp *timelinePlotter }

// Plot implements plot.Plotter.
func (g gapShade) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	tp := g.tp
	for i, gap := range tp.gaps {
		if !gap {
			continue
		}
		half := periodLength(tp.points[i].Period) / 2
		x0, x1 := trX(tp.pos[i]+half), trX(tp.pos[i+1]-half)
		if x1-x0 < 2 {
			x0, x1 = (x0+x1)/2-1, (x0+x1)/2+1
		}
		c.FillPolygon(colorGap, rect(x0, c.Min.Y, x1, c.Max.Y))
	}
}

// gridY draws horizontal grid lines at the labelled y ticks.
type gridY struct{}

// Plot implements plot.Plotter.
func (gridY) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	for _, t := range p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max) {
		if t.IsMinor() {
			continue
		}
		y := trY(t.Value)
		ls := draw.LineStyle{Color: colorGrid, Width: 0.6}
		if t.Value == 0 {
			ls = draw.LineStyle{Color: colorBaseline, Width: zeroLineW}
		}
		c.StrokeLine2(ls, c.Min.X, y, c.Max.X, y)
	}
}

// timelinePlotter draws the gap shading, the line (broken where periods
// are missing), the range lines, the markers and the end labels.
type timelinePlotter struct {
	points   []stats.SeriesPoint
	pos      []float64
	gaps     []bool // gaps[i]: periods are missing after point i
	unit     stats.Unit
	currency string
}

// Plot implements plot.Plotter.
func (tp *timelinePlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	r := tp.radius()
	line := make([]vg.Point, len(tp.points))
	for i, pt := range tp.points {
		line[i] = vg.Point{X: trX(tp.pos[i]), Y: trY(pt.Value)}
	}
	for i, pt := range tp.points {
		// Ranges shorter than a marker would only blur it.
		if y0, y1 := trY(pt.Min), trY(pt.Max); y1-y0 > 2*r {
			drawRangeLineV(c, line[i].X, y0, y1)
		}
	}
	// The line joins consecutive periods only.
	ls := draw.LineStyle{Color: colorBar, Width: 2.2}
	for _, run := range lineRuns(tp.gaps) {
		if run[1] > run[0] {
			c.StrokeLines(ls, line[run[0]:run[1]+1])
		}
	}
	for _, pt := range line {
		drawDot2(c, pt, colorBar, r)
	}
	for _, l := range tp.placeLabels(c, line, trY) {
		box := l.box
		// A white halo keeps grid lines from running through the text.
		c.FillPolygon(color.White, rect(box.Min.X-1, box.Min.Y, box.Max.X+1, box.Max.Y))
		c.FillText(l.style, l.at, l.text)
	}
}

// placedLabel is a value label placed on the canvas.
type placedLabel struct {
	text  string
	at    vg.Point
	style text.Style
	box   vg.Rectangle
}

// placeLabels places the end labels: each reaches inwards from its
// point, above or below it on the side the line does not go; the last
// goes to the other side when it would overlap the first, and the first
// is dropped when it still would. Labels stay inside the data canvas c.
func (tp *timelinePlotter) placeLabels(c draw.Canvas, line []vg.Point, trY func(float64) vg.Length) []placedLabel {
	r := tp.radius()
	place := func(l endLabel) placedLabel {
		ls := valueStyle
		pt := tp.points[l.i]
		x := line[l.i].X - r
		ls.XAlign = draw.XLeft
		if l.i > 0 {
			x = line[l.i].X + r
			ls.XAlign = draw.XRight
		}
		var at vg.Point
		if l.above {
			ls.YAlign = draw.YBottom
			at = vg.Point{X: x, Y: max(trY(pt.Max), line[l.i].Y+r) + 3}
		} else {
			ls.YAlign = draw.YTop
			at = vg.Point{X: x, Y: min(trY(pt.Min), line[l.i].Y-r) - 3}
		}
		box := ls.Rectangle(l.text).Add(at)
		// Keep it inside the canvas.
		if d := box.Max.Y - c.Max.Y; d > 0 {
			at.Y -= d
		}
		if d := c.Min.Y - box.Min.Y; d > 0 {
			at.Y += d
		}
		if d := box.Max.X - c.Max.X; d > 0 {
			at.X -= d
		}
		if d := c.Min.X - box.Min.X; d > 0 {
			at.X += d
		}
		return placedLabel{text: l.text, at: at, style: ls, box: ls.Rectangle(l.text).Add(at)}
	}
	ls := tp.endLabels()
	first, last := place(ls[0]), place(ls[1])
	if overlaps(first.box, last.box) {
		ls[1].above = !ls[1].above
		last = place(ls[1])
	}
	if overlaps(first.box, last.box) {
		return []placedLabel{last}
	}
	return []placedLabel{first, last}
}

// overlaps reports whether two rectangles share more than an edge.
func overlaps(a, b vg.Rectangle) bool {
	return a.Min.X < b.Max.X && b.Min.X < a.Max.X && a.Min.Y < b.Max.Y && b.Min.Y < a.Max.Y
}

// endLabel is the value label of the first or last point, put above the
// point or below it, on the side the line does not go.
type endLabel struct {
	i     int
	text  string
	above bool
}

func (tp *timelinePlotter) endLabels() []endLabel {
	n := len(tp.points)
	v := func(i int) float64 { return tp.points[i].Value }
	f := func(i int) string { return FormatValue(v(i), tp.unit, tp.currency) }
	return []endLabel{
		{i: 0, text: f(0), above: v(1) <= v(0)},
		{i: n - 1, text: f(n - 1), above: v(n-2) <= v(n-1)},
	}
}

// radius is the marker radius: smaller when there are many points.
func (tp *timelinePlotter) radius() vg.Length {
	if len(tp.points) > 12 {
		return 2.6
	}
	return dotRadius
}

// GlyphBoxes implements plot.GlyphBoxer: room for the end labels and the
// markers.
func (tp *timelinePlotter) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	r := tp.radius() + 1
	var boxes []plot.GlyphBox
	for i, pt := range tp.points {
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(tp.pos[i]), Y: p.Y.Norm(pt.Value),
			Rectangle: vg.Rectangle{Min: vg.Point{X: -r, Y: -r}, Max: vg.Point{X: r, Y: r}}})
	}
	for _, l := range tp.endLabels() {
		w := valueStyle.Width(l.text)
		h := valueStyle.Height(l.text)
		pt := tp.points[l.i]
		rc := vg.Rectangle{Min: vg.Point{X: -r, Y: r + 3}, Max: vg.Point{X: w - r, Y: r + 3 + h}}
		if l.i > 0 {
			rc.Min.X, rc.Max.X = r-w, r
		}
		y := pt.Max
		if !l.above {
			rc.Min.Y, rc.Max.Y = -(r + 3 + h), -(r + 3)
			y = pt.Min
		}
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(tp.pos[l.i]), Y: p.Y.Norm(y), Rectangle: rc})
	}
	return boxes
}

// drawRangeLineV draws a vertical range line with caps at x from y0 to y1.
func drawRangeLineV(c draw.Canvas, x, y0, y1 vg.Length) {
	ls := draw.LineStyle{Color: colorRange, Width: 1}
	c.StrokeLine2(ls, x, y0, x, y1)
	c.StrokeLine2(ls, x-3, y0, x+3, y0)
	c.StrokeLine2(ls, x-3, y1, x+3, y1)
}
