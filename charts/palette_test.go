package charts

import (
	"image/color"
	"math"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/tradestats/tradestats/stats"
)

// Colour vision deficiency is simulated as Viénot, Brettel and Mollon
// (1999) do, in linear RGB; colours are compared in CIE L*a*b* (D65).
var (
	deuteranopia = [3][3]float64{{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}}
	protanopia   = [3][3]float64{{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}}
)

func linear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// seen returns the L*a*b* colour of c as seen through m (nil: normal vision).
func seen(c color.NRGBA, m *[3][3]float64) [3]float64 {
	rgb := [3]float64{linear(c.R), linear(c.G), linear(c.B)}
	if m != nil {
		var out [3]float64
		for i := range 3 {
			for j := range 3 {
				out[i] += m[i][j] * rgb[j]
			}
			out[i] = math.Max(0, math.Min(1, out[i]))
		}
		rgb = out
	}
	x := 0.4124*rgb[0] + 0.3576*rgb[1] + 0.1805*rgb[2]
	y := 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	z := 0.0193*rgb[0] + 0.1192*rgb[1] + 0.9505*rgb[2]
	f := func(t float64) float64 {
		if t > 0.008856 {
			return math.Cbrt(t)
		}
		return 7.787*t + 16.0/116
	}
	fx, fy, fz := f(x/0.95047), f(y), f(z/1.08883)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

// TestVerdictColoursColourBlind checks that the verdict colours stay at
// least 20 ΔE (CIE76) apart in normal vision and as simulated for
// deuteranopia and protanopia; the old green, amber and red failed it.
func TestVerdictColoursColourBlind(t *testing.T) {
	check := func(name string, cols []color.NRGBA) (worst float64) {
		worst = math.Inf(1)
		for _, m := range []*[3][3]float64{nil, &deuteranopia, &protanopia} {
			for i := range cols {
				for j := i + 1; j < len(cols); j++ {
					a, b := seen(cols[i], m), seen(cols[j], m)
					worst = math.Min(worst, math.Sqrt((a[0]-b[0])*(a[0]-b[0])+(a[1]-b[1])*(a[1]-b[1])+(a[2]-b[2])*(a[2]-b[2])))
				}
			}
		}
		return worst
	}
	if d := check("verdicts", []color.NRGBA{colorAgree, colorApart, colorConflict}); d < 20 {
		t.Errorf("verdict colours only %.1f ΔE apart for some vision", d)
	}
	old := []color.NRGBA{{0x2e, 0x7d, 0x32, 0xff}, {0xe0, 0x8e, 0x00, 0xff}, {0xc6, 0x28, 0x28, 0xff}}
	if d := check("old", old); d >= 20 {
		t.Errorf("the test cannot fail: the old palette passes with %.1f", d)
	}
}

// TestVerdictShapes checks that each verdict has its own shape, so that
// verdicts are told apart without colour.
func TestVerdictShapes(t *testing.T) {
	seenShape := map[shape]stats.Verdict{}
	for _, v := range []stats.Verdict{stats.Consistent, stats.Tension, stats.Conflict} {
		s := verdictMark(v).shape
		if o, dup := seenShape[s]; dup {
			t.Errorf("%s and %s share a shape", o, v)
		}
		seenShape[s] = v
	}
	// Drawn in grey, the shapes still differ: count the pixels each covers.
	ink := map[shape]int{}
	for s := range seenShape {
		c := vgimg.New(40, 40)
		dc := draw.New(c)
		drawMark(dc, vg.Point{X: 20, Y: 20}, mark{color.NRGBA{0x80, 0x80, 0x80, 0xff}, s}, 8)
		img := c.Image()
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				if r, _, _, a := img.At(x, y).RGBA(); a > 0 && r < 0xa000 {
					ink[s]++
				}
			}
		}
	}
	if ink[shapeCircle] == ink[shapeDiamond] || ink[shapeDiamond] == ink[shapeTriangle] || ink[shapeCircle] == ink[shapeTriangle] {
		t.Errorf("shapes cover the same area: %v", ink)
	}
}
