package charts

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/tradestats/tradestats/stats"
)

// rowLabel is the text left of a row: a main line and an optional note
// under it.
type rowLabel struct {
	main, note string
}

// rowBody is the body of a chart with one horizontal row per item (top to
// bottom): labels in a column on the left, the plot on the right.
type rowBody struct {
	labels    []rowLabel
	rowHeight vg.Length
	alignLeft bool // labels flush left (else flush right, next to the data)
	maxLabel  float64
	plot      *plot.Plot
	// wrap is how many lines a main label may take (0 or 1: one line,
	// cut with an ellipsis); rows grow to fit.
	wrap int
	// lines is the most lines a main label takes, set by layout.
	lines int
}

// Gap between the label column and the plot.
const labelGap = 8 * vg.Inch / 72

// newAxisPlot returns a plot styled for newsroom charts with a value axis
// along the bottom from xmin to xmax (ticks every step, written in the
// unit) and rows -0.5 … n-0.5 up the side without a drawn axis.
func newAxisPlot(n int, xmin, xmax, step float64, unit stats.Unit, currency, axisLabel string) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil
	styleValueAxis(&p.X, xmin, xmax, step, unit, currency, axisLabel)
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.Y.Tick.Marker = plot.ConstantTicks(nil)
	p.Y.LineStyle = draw.LineStyle{Color: color.Transparent}
	p.Y.Padding = 0
	p.Add(&plotter.Grid{Vertical: draw.LineStyle{Color: colorGrid, Width: 0.6}})
	return p
}

// styleValueAxis sets up an axis of values: light, no axis line, no tick
// marks, tick labels in the unit, an axis label naming the unit.
func styleValueAxis(a *plot.Axis, min, max, step float64, unit stats.Unit, currency, label string) {
	a.Min, a.Max = min, max
	a.Tick.Marker = axisTicks{Step: step, Unit: unit, Currency: currency}
	ts := tickStyle
	ts.XAlign, ts.YAlign = a.Tick.Label.XAlign, a.Tick.Label.YAlign
	a.Tick.Label = ts
	a.Tick.Length = 0
	a.Tick.LineStyle = draw.LineStyle{Color: color.Transparent}
	a.LineStyle = draw.LineStyle{Color: color.Transparent}
	a.Padding = 4
	a.Label.Text = label
	ls := axisStyle
	ls.XAlign, ls.YAlign = draw.XCenter, draw.YBottom
	a.Label.TextStyle = ls
	a.Label.Padding = 3
}

// axisHeight estimates the height of the value axis under a row plot.
func axisHeight(p *plot.Plot) vg.Length {
	h := p.X.Padding + tickStyle.Height("0")
	if p.X.Label.Text != "" {
		h += p.X.Label.Padding + axisStyle.Height(p.X.Label.Text)
	}
	return h + 2
}

// height is the body height the rows need, with room for labels that
// wrap over several lines (at the default width: a chart drawn wider
// has the same rows).
func (r *rowBody) height() vg.Length {
	r.layout(DefaultWidth - 2*marginX)
	h := r.rowHeight + vg.Length(max(r.lines-1, 0))*lineHeight(rowStyle)
	return vg.Length(len(r.labels))*h + axisHeight(r.plot)
}

// layout finds how many lines the widest label takes in a body of width w.
func (r *rowBody) layout(w vg.Length) {
	lw := r.labelWidth(w)
	r.lines = 1
	if r.wrap > 1 {
		for _, l := range r.labels {
			r.lines = max(r.lines, len(wrap(rowStyle, l.main, lw, r.wrap)))
		}
	}
}

// labelWidth is the width of the label column for a body of width w.
func (r *rowBody) labelWidth(w vg.Length) vg.Length {
	var need vg.Length
	for _, l := range r.labels {
		main := rowStyle.Width(clean(l.main))
		if r.wrap > 1 {
			main /= vg.Length(r.wrap) // it may wrap
			main += rowStyle.Width("abcdefgh")
		}
		need = max(need, main, noteStyle.Width(clean(l.note)))
	}
	return min(need, vg.Length(r.maxLabel)*w)
}

// rowY returns the canvas y of row i (0 at the top) in the data canvas.
func rowY(dc draw.Canvas, p *plot.Plot, n, i int) vg.Length {
	return dc.Y(p.Y.Norm(float64(n - 1 - i)))
}

// draw draws the labels and the plot into c.
func (r *rowBody) draw(c draw.Canvas) {
	lw := r.labelWidth(c.Max.X - c.Min.X)
	pc := draw.Crop(c, lw+labelGap, 0, 0, 0)
	r.plot.Draw(pc)
	dc := r.plot.DataCanvas(pc)
	n := len(r.labels)
	for i, l := range r.labels {
		y := rowY(dc, r.plot, n, i)
		main, note := rowStyle, noteStyle
		x := c.Min.X
		if !r.alignLeft {
			main.XAlign, note.XAlign = draw.XRight, draw.XRight
			x += lw
		}
		mt := []string{truncate(main, l.main, lw)}
		if r.wrap > 1 {
			mt = wrap(main, l.main, lw, r.wrap)
		}
		nt := truncate(note, l.note, lw)
		lh := lineHeight(rowStyle)
		if nt == "" {
			main.YAlign = draw.YCenter
			top := y + vg.Length(len(mt)-1)*lh/2
			for k, t := range mt {
				c.FillText(main, vg.Point{X: x, Y: top - vg.Length(k)*lh}, t)
			}
			continue
		}
		// The title's lines above the row's centre, the note below it.
		main.YAlign = draw.YBottom
		note.YAlign = draw.YTop
		shift := vg.Length(len(mt)-1) * lh / 2
		for k, t := range mt {
			c.FillText(main, vg.Point{X: x, Y: y + 0.5 + shift - vg.Length(k)*lh}, t)
		}
		c.FillText(note, vg.Point{X: x, Y: y - 0.5 - shift}, nt)
	}
}

// labelBox returns the glyph box of a text drawn left-aligned at offset dx
// from a point, with no height so that it only widens the plot's padding.
func labelBox(s text.Style, txt string, dx vg.Length) vg.Rectangle {
	w := s.Width(txt)
	return vg.Rectangle{Min: vg.Point{X: dx}, Max: vg.Point{X: dx + w}}
}
