package charts

import (
	"image/color"
	"io"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/tradestats/tradestats/stats"
)

// Series is one subject's metric over periods, as drawn by Timeline.
type Series struct {
	Subject, Metric string
	Unit            stats.Unit
	Currency        string
	UnitName        string              // for quantities and per-unit prices ("barrel")
	Change          stats.Change        // for series of rises or falls
	Points          []stats.SeriesPoint // in any order
	// Articles, First and Last describe the articles behind the points
	// for the source line; when Articles is 0 the line counts figures.
	Articles    int
	First, Last string
}

// Timeline draws one subject's metric over periods: a line with a marker
// per period (the median of the articles' figures) and a vertical line for
// the range when articles differ. It needs three periods or more
// (ErrTooFewPeriods).
func Timeline(w io.Writer, s Series, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	pts, pos, err := timelinePoints(s)
	if err != nil {
		return err
	}
	f, err := newFrame(opt, TimelineLabels(s).withOverrides(opt), nil)
	if err != nil {
		return err
	}

	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo = math.Min(lo, math.Min(p.Value, p.Min))
		hi = math.Max(hi, math.Max(p.Value, p.Max))
	}
	fromZero := IsShare(s.Metric, s.Unit) && s.Change == stats.NoChange || (lo >= 0 && lo <= hi/2) || (hi <= 0 && hi >= lo/2)
	ymin, ymax, ystep := niceRangeUnit(lo, hi, 5, fromZero, s.Unit)
	// Headroom for the end labels: the axis extends (between ticks) so
	// that a label has an eighth of the plot's height to the edge.
	tp := &timelinePlotter{points: pts, pos: pos, unit: s.Unit, currency: s.Currency}
	for _, l := range tp.endLabels() {
		pt := pts[l.i]
		const room = 0.12
		if l.above && (ymax-pt.Max)/(ymax-ymin) < room {
			ymax = pt.Max + room*(ymax-ymin)
		}
		if !l.above && (pt.Min-ymin)/(ymax-ymin) < room && !(fromZero && ymin == 0 && pt.Min >= 0) {
			ymin = pt.Min - room*(ymax-ymin)
		}
	}

	p := plot.New()
	p.BackgroundColor = nil
	styleValueAxis(&p.Y, ymin, ymax, ystep, s.Unit, s.Currency, "")
	p.Y.Padding = 6
	p.Add(&gridY{})

	span := pos[len(pos)-1] - pos[0]
	p.X.Min, p.X.Max = pos[0]-span*0.03, pos[len(pos)-1]+span*0.03
	styleValueAxis(&p.X, p.X.Min, p.X.Max, 1, s.Unit, "", "")
	ticks := make([]plot.Tick, len(pts))
	for i, pt := range pts {
		ticks[i] = plot.Tick{Value: pos[i], Label: PeriodLabel(pt.Period)}
	}
	p.X.Tick.Marker = periodTicks(ticks, p.X.Min, p.X.Max, f.width-2*marginX-60)

	p.Add(tp)

	unitCaption := ""
	if u := s.kind().unitText(); u != "value" {
		unitCaption = capitalize(u)
	}
	bodyH := vg.Length(230)
	return f.render(w, bodyH, func(c draw.Canvas) {
		if unitCaption == "" {
			p.Draw(c)
			return
		}
		capH := axisStyle.Height(unitCaption) + 4
		p.Draw(draw.Crop(c, 0, 0, 0, -capH))
		cs := axisStyle
		cs.YAlign = draw.YTop
		c.FillText(cs, vg.Point{X: c.Min.X, Y: c.Max.Y}, unitCaption)
	})
}

// TimelineLabels returns the texts of a timeline, with a title that
// states the movement: "China's trade surplus rose from $2.1bn in Q1 1986
// to $3.4bn in Q4 1986", or "Japan's trade surplus peaked at $24bn in Q4
// 1986, then fell to $19.8bn in Q2 1987".
func TimelineLabels(s Series) Labels {
	pts, _, err := timelinePoints(s)
	if err != nil && err != ErrTooFewPeriods || len(pts) == 0 {
		return Labels{}
	}
	first, last := pts[0], pts[len(pts)-1]
	k := s.kind()
	fv := k.value
	phrase := capitalize(k.phrase(s.Subject))
	in := func(p stats.SeriesPoint) string { return fv(p.Value) + " in" + nbsp + PeriodLabel(p.Period) }
	hiP, loP := first, first
	for _, p := range pts {
		if p.Value > hiP.Value {
			hiP = p
		}
		if p.Value < loP.Value {
			loP = p
		}
	}
	span := hiP.Value - loP.Value
	var title string
	switch {
	case hiP.Period != first.Period && hiP.Period != last.Period && hiP.Value-math.Max(first.Value, last.Value) >= span/4:
		title = phrase + " peaked at " + in(hiP) + ", then fell to " + in(last)
	case loP.Period != first.Period && loP.Period != last.Period && math.Min(first.Value, last.Value)-loP.Value >= span/4:
		title = phrase + " fell to " + in(loP) + ", then rose to " + in(last)
	case last.Value > first.Value:
		title = phrase + " rose from " + in(first) + " to " + in(last)
	case last.Value < first.Value:
		title = phrase + " fell from " + in(first) + " to " + in(last)
	default:
		title = phrase + " was " + fv(last.Value) + " in both " + PeriodLabel(first.Period) + " and " + PeriodLabel(last.Period)
	}
	figures, ranged := 0, false
	for _, p := range pts {
		figures += p.Claims
		if p.Min < p.Max {
			ranged = true
		}
	}
	var src string
	switch {
	case s.Articles > 0:
		src = SourceLine(s.Articles, s.First, s.Last, false) + ", " + plural(len(pts), "period")
	case figures > 0:
		src = "Source: " + plural(figures, "figure") + " in articles, " + plural(len(pts), "period")
	default:
		src = "Source: articles, " + plural(len(pts), "period")
	}
	if ranged {
		src += "; lines show the range of figures across articles"
	}
	return Labels{
		Title:    title,
		Subtitle: k.subtitle("", "median of the figures articles give for each period"),
		Source:   src,
	}
}

// kind returns the kind of the series' figures.
func (s Series) kind() kind {
	return kind{s.Metric, s.Unit, s.Currency, s.UnitName, s.Change}
}

// timelinePoints returns the drawable points in time order and their
// positions on the x axis: decimal years when every period has a known
// form, else 0, 1, 2, ...
func timelinePoints(s Series) ([]stats.SeriesPoint, []float64, error) {
	var pts []stats.SeriesPoint
	for _, p := range s.Points {
		if math.IsNaN(p.Value) || math.IsInf(p.Value, 0) {
			continue
		}
		if math.IsNaN(p.Min) || math.IsInf(p.Min, 0) || p.Min > p.Value {
			p.Min = p.Value
		}
		if math.IsNaN(p.Max) || math.IsInf(p.Max, 0) || p.Max < p.Value {
			p.Max = p.Value
		}
		pts = append(pts, p)
	}
	known := true
	for _, p := range pts {
		if _, ok := periodPosition(p.Period); !ok {
			known = false
		}
	}
	slices.SortStableFunc(pts, func(a, b stats.SeriesPoint) int {
		if known {
			pa, _ := periodPosition(a.Period)
			pb, _ := periodPosition(b.Period)
			switch {
			case pa < pb:
				return -1
			case pa > pb:
				return 1
			}
		}
		return strings.Compare(a.Period, b.Period)
	})
	pts = slices.CompactFunc(pts, func(a, b stats.SeriesPoint) bool { return a.Period == b.Period })
	if len(pts) < 3 {
		return pts, nil, ErrTooFewPeriods
	}
	pos := make([]float64, len(pts))
	for i, p := range pts {
		pos[i] = float64(i)
		if known {
			pos[i], _ = periodPosition(p.Period)
		}
	}
	return pts, pos, nil
}

// periodTicks labels the periods whose labels fit: every k-th period
// from the first when they are evenly spaced, and then, along the axis
// (lo to hi over width), only labels that keep a gap to the previous one;
// the last period is labelled in place of the one before it if need be.
// The others become unlabelled ticks.
func periodTicks(ticks []plot.Tick, lo, hi float64, width vg.Length) plot.Ticker {
	const gap = 10
	var widest vg.Length
	for _, t := range ticks {
		widest = max(widest, tickStyle.Width(t.Label))
	}
	k := 1
	for k < len(ticks) && vg.Length(len(ticks)/k+1)*(widest+gap) > width {
		k++
	}
	out := slices.Clone(ticks)
	x := func(i int) vg.Length { return vg.Length((out[i].Value-lo)/(hi-lo)) * width }
	half := func(i int) vg.Length { return tickStyle.Width(out[i].Label) / 2 }
	last := -1 // the last labelled tick
	for i := range out {
		switch {
		case i%k != 0 && i != len(out)-1:
			out[i].Label = ""
		case last >= 0 && x(i)-half(i) < x(last)+half(last)+gap:
			if i == len(out)-1 && last > 0 {
				out[last].Label = "" // the last period wins over the one before
				last = i
			} else {
				out[i].Label = ""
			}
		default:
			last = i
		}
	}
	return plot.ConstantTicks(out)
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

// timelinePlotter draws the line, range lines, markers and end labels.
type timelinePlotter struct {
	points   []stats.SeriesPoint
	pos      []float64
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
	c.StrokeLines(draw.LineStyle{Color: colorBar, Width: 2.2}, line)
	for _, pt := range line {
		drawDot2(c, pt, colorBar, r)
	}
	for _, l := range tp.endLabels() {
		// The labels reach inwards, away from the axes.
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
		// A white halo keeps grid lines from running through the text.
		box := ls.Rectangle(l.text).Add(at)
		c.FillPolygon(color.White, rect(box.Min.X-1, box.Min.Y, box.Max.X+1, box.Max.Y))
		c.FillText(ls, at, l.text)
	}
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
