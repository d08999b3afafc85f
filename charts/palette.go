package charts

import (
	"image/color"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/tradestats/tradestats/stats"
)

// Verdicts are drawn in colours that stay apart for readers with
// deuteranopia and protanopia (blue, amber and dark red: see
// palette_test.go, which checks them with a simulation of both), and
// each verdict has its own shape too, so that a chart printed in grey
// still tells them apart: a circle for figures that agree, a diamond for
// figures slightly apart, a triangle for figures in conflict.
var (
	colorAgree    = color.NRGBA{R: 0x00, G: 0x72, B: 0xb2, A: 0xff} // blue
	colorApart    = color.NRGBA{R: 0xe1, G: 0xa1, B: 0x00, A: 0xff} // amber
	colorConflict = color.NRGBA{R: 0xb2, G: 0x18, B: 0x2b, A: 0xff} // dark red
	// colorOfficial is the line of official figures.
	colorOfficial = color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}
)

// shape is the shape of a value mark.
type shape int

const (
	shapeCircle shape = iota
	shapeDiamond
	shapeTriangle
)

// mark is how a figure with a verdict is drawn: its colour and shape.
type mark struct {
	color color.NRGBA
	shape shape
}

// Marks of the verdicts.
var (
	markAgree    = mark{colorAgree, shapeCircle}
	markApart    = mark{colorApart, shapeDiamond}
	markConflict = mark{colorConflict, shapeTriangle}
)

// verdictMark is the mark of a comparison verdict.
func verdictMark(v stats.Verdict) mark {
	switch v {
	case stats.Tension:
		return markApart
	case stats.Conflict:
		return markConflict
	}
	return markAgree
}

// checkMark is the mark of a check verdict (agrees, close, differs).
func checkMark(v stats.CheckVerdict) mark {
	switch v {
	case stats.CheckClose:
		return markApart
	case stats.CheckDiffers:
		return markConflict
	}
	return markAgree
}

// drawMark draws a mark of radius r centred on pt, with a white outline
// so that marks that overlap stay apart.
func drawMark(c draw.Canvas, pt vg.Point, m mark, r vg.Length) {
	switch m.shape {
	case shapeDiamond:
		d := r * 1.25
		poly := func(d vg.Length) []vg.Point {
			return []vg.Point{{X: pt.X, Y: pt.Y + d}, {X: pt.X + d, Y: pt.Y}, {X: pt.X, Y: pt.Y - d}, {X: pt.X - d, Y: pt.Y}}
		}
		c.FillPolygon(color.White, poly(d+1.4))
		c.FillPolygon(m.color, poly(d))
	case shapeTriangle:
		d := r * 1.3
		poly := func(d vg.Length) []vg.Point {
			return []vg.Point{{X: pt.X, Y: pt.Y + d}, {X: pt.X + d*0.95, Y: pt.Y - d*0.65}, {X: pt.X - d*0.95, Y: pt.Y - d*0.65}}
		}
		c.FillPolygon(color.White, poly(d+1.8))
		c.FillPolygon(m.color, poly(d))
	default:
		drawDot2(c, pt, m.color, r)
	}
}
