package charts

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// barRow is one horizontal bar: from zero to value, with an optional
// range line from lo to hi and a value label at its end.
type barRow struct {
	value  float64
	lo, hi float64
	ranged bool
	label  string
}

// barPlotter draws horizontal bars, top to bottom.
type barPlotter struct {
	rows  []barRow
	color color.Color
}

const (
	barThick  = 13 * vg.Inch / 72
	labelPad  = 4 * vg.Inch / 72
	zeroLineW = 0.8
)

// end returns the data value where a row's drawing ends on the right.
func (r barRow) end() float64 {
	e := math.Max(r.value, 0)
	if r.ranged {
		e = math.Max(e, r.hi)
	}
	return e
}

// Plot implements plot.Plotter.
func (bp *barPlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	n := len(bp.rows)
	x0 := trX(math.Max(p.X.Min, 0))
	for i, r := range bp.rows {
		y := rowY(c, p, n, i)
		x1 := trX(r.value)
		lo, hi := min(x0, x1), max(x0, x1)
		c.FillPolygon(bp.color, rect(lo, y-barThick/2, hi, y+barThick/2))
		// Ranges shorter than their caps would draw only an "H".
		end := max(x0, x1)
		if rx0, rx1 := trX(r.lo), trX(r.hi); r.ranged && rx1-rx0 > 6 {
			drawRangeLine(c, rx0, rx1, y)
			end = max(end, rx1)
		}
		ls := valueStyle
		ls.YAlign = draw.YCenter
		c.FillText(ls, vg.Point{X: end + labelPad, Y: y}, r.label)
	}
	// The zero baseline.
	c.StrokeLine2(draw.LineStyle{Color: colorBaseline, Width: zeroLineW}, x0, c.Min.Y, x0, c.Max.Y)
}

// GlyphBoxes implements plot.GlyphBoxer: the value labels widen the
// plot's right padding so that they are never clipped.
func (bp *barPlotter) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(bp.rows))
	for _, r := range bp.rows {
		boxes = append(boxes, plot.GlyphBox{
			X:         p.X.Norm(r.end()),
			Rectangle: labelBox(valueStyle, r.label, labelPad),
		})
	}
	return boxes
}
