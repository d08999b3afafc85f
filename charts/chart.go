package charts

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/tradestats/tradestats/stats"
)

// Options say how a chart is rendered. The zero value renders a PNG of
// DefaultWidth, as tall as its content needs, with computed texts.
type Options struct {
	// Format is "png" (the default) or "svg".
	Format string
	// Width is the chart's width; 0 means DefaultWidth.
	Width vg.Length
	// Height is the chart's height; 0 sizes it to the content (rows, text).
	Height vg.Length
	// Title, Subtitle and Source replace the computed texts when not
	// empty (see the XxxLabels functions).
	Title, Subtitle, Source string
	// Casing, if set, is how the dataset writes its words: row labels
	// from all-capitals headlines take their capitals from it (see
	// stats.Casing).
	Casing *stats.Casing
}

const (
	// DefaultWidth is the width of a chart: 640 pixels on a 96 dpi screen.
	DefaultWidth = 480 * vg.Inch / 72
	// PNGDPI is the resolution of PNG output: twice a 96 dpi screen, so
	// that a default chart is 1280 pixels wide and sharp on retina screens.
	PNGDPI = 192
)

// Labels are the texts around a chart: a title that states the finding, a
// subtitle with metric, unit and period, and the source line at the bottom.
type Labels struct {
	Title, Subtitle, Source string
}

// Errors returned when there is nothing to draw.
var (
	ErrNoData        = errors.New("charts: no data to draw")
	ErrTooFewPeriods = errors.New("charts: a timeline needs at least three periods")
)

// withOverrides returns l with the texts set in opt.
func (l Labels) withOverrides(opt Options) Labels {
	if opt.Title != "" {
		l.Title = opt.Title
	}
	if opt.Subtitle != "" {
		l.Subtitle = opt.Subtitle
	}
	if opt.Source != "" {
		l.Source = opt.Source
	}
	return l
}

// Colours of the newsroom palette.
var (
	colorText     = color.NRGBA{R: 0x1a, G: 0x1a, B: 0x1a, A: 0xff}
	colorSubtle   = color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xff}
	colorFaint    = color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xff}
	colorGrid     = color.NRGBA{R: 0xdd, G: 0xdd, B: 0xdd, A: 0xff}
	colorBaseline = color.NRGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xff}
	colorBar      = color.NRGBA{R: 0x1f, G: 0x5f, B: 0x99, A: 0xff}
	colorRange    = color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
	// colorInterval is the bar of the values a figure allows: the same
	// in the plot and in its legend key.
	colorInterval = color.NRGBA{R: 0x99, G: 0x99, B: 0x99, A: 0x8c}
	// colorGap shades the periods a timeline has no figures for.
	colorGap = color.NRGBA{R: 0xee, G: 0xee, B: 0xee, A: 0xff}
)

// faded returns c with the given opacity (0-255).
func faded(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

// Fonts: Liberation Sans, gonum/plot's bundled sans-serif.
var (
	sans     = font.Font{Typeface: "Liberation", Variant: "Sans"}
	sansBold = font.Font{Typeface: "Liberation", Variant: "Sans", Weight: 3} // golang.org/x/image/font.WeightBold
)

// style returns a text style of the given font, size and colour.
func style(f font.Font, size vg.Length, c color.Color) text.Style {
	return text.Style{
		Color:   c,
		Font:    font.From(f, size),
		XAlign:  draw.XLeft,
		YAlign:  draw.YTop,
		Handler: plot.DefaultTextHandler,
	}
}

// The text styles of a chart.
var (
	titleStyle    = style(sansBold, 15, colorText)
	subtitleStyle = style(sans, 10, colorSubtle)
	legendStyle   = style(sans, 8.5, colorSubtle)
	rowStyle      = style(sans, 9.5, colorText)
	noteStyle     = style(sans, 8, colorFaint)
	tickStyle     = style(sans, 8.5, colorSubtle)
	axisStyle     = style(sans, 8.5, colorSubtle)
	valueStyle    = style(sansBold, 8.5, colorText)
	sourceStyle   = style(sans, 7.5, colorFaint)
)

// Margins and gaps of the layout.
const (
	marginX      = 14 * vg.Inch / 72
	marginTop    = 12 * vg.Inch / 72
	marginBottom = 10 * vg.Inch / 72
	gapHeader    = 10 * vg.Inch / 72 // between the header and the body
	gapFooter    = 10 * vg.Inch / 72 // between the body and the source line
	lineGap      = 2 * vg.Inch / 72
)

// legendKind is the shape of a legend key.
type legendKind int

const (
	legendMark     legendKind = iota // a value mark (see mark)
	legendInterval                   // the interval bar of a comparison, with a mark on it
	legendRange                      // a range line with end caps
	legendGap                        // the shading of periods without figures
	legendLine                       // a timeline's line with a marker
)

// legendItem is one entry of a chart's legend; its key is drawn as the
// marks it stands for are drawn in the chart.
type legendItem struct {
	kind  legendKind
	mark  mark
	label string
}

// frame lays out the parts every chart has: the title, subtitle and legend
// at the top, the body, and the source line at the bottom.
type frame struct {
	width                   vg.Length
	height                  vg.Length // 0: sized to the content
	format                  string
	title, subtitle, source []string // wrapped lines
	legendRows              [][]legendItem
}

// check reports options that cannot be rendered.
func (opt Options) check() error {
	switch strings.ToLower(opt.Format) {
	case "", "png", "svg":
	default:
		return fmt.Errorf("charts: unsupported format %q (want png or svg)", opt.Format)
	}
	if opt.Width != 0 && opt.Width < 200 {
		return fmt.Errorf("charts: width %v is too small (at least 200pt)", opt.Width)
	}
	return nil
}

// newFrame checks the options and wraps the texts to the chart's width.
func newFrame(opt Options, l Labels, legend []legendItem) (*frame, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	f := &frame{width: opt.Width, height: opt.Height, format: strings.ToLower(opt.Format)}
	if f.format == "" {
		f.format = "png"
	}
	if f.width <= 0 {
		f.width = DefaultWidth
	}
	inner := f.width - 2*marginX
	f.title = wrapBalanced(titleStyle, l.Title, inner, 3)
	f.subtitle = wrap(subtitleStyle, l.Subtitle, inner, 2)
	f.source = wrap(sourceStyle, l.Source, inner, 3)
	f.legendRows = layoutLegend(legend, inner)
	return f, nil
}

// lineHeight is the distance between baselines of a style's lines.
func lineHeight(s text.Style) vg.Length {
	e := s.FontExtents()
	return e.Ascent + e.Descent + lineGap
}

// headerHeight is the height of the title, subtitle and legend.
func (f *frame) headerHeight() vg.Length {
	h := vg.Length(len(f.title)) * lineHeight(titleStyle)
	if len(f.subtitle) > 0 {
		h += 3 + vg.Length(len(f.subtitle))*lineHeight(subtitleStyle)
	}
	if len(f.legendRows) > 0 {
		h += 6 + vg.Length(len(f.legendRows))*legendRowHeight()
	}
	return h
}

// footerHeight is the height of the source line.
func (f *frame) footerHeight() vg.Length {
	return vg.Length(len(f.source)) * lineHeight(sourceStyle)
}

// heightFor returns the total chart height for a body of height b.
func (f *frame) heightFor(b vg.Length) vg.Length {
	return marginTop + f.headerHeight() + gapHeader + b + gapFooter + f.footerHeight() + marginBottom
}

// render draws the frame and the body and writes the chart to w. The
// body gets bodyHeight unless the options fixed the chart's height.
func (f *frame) render(w io.Writer, bodyHeight vg.Length, body func(c draw.Canvas)) error {
	h := f.height
	if h <= 0 {
		h = f.heightFor(bodyHeight)
	}
	if min := f.heightFor(40); h < min {
		return fmt.Errorf("charts: height %v is too small for the texts (at least %v)", h, min)
	}

	var (
		c   vg.CanvasSizer
		out io.WriterTo
	)
	switch f.format {
	case "svg":
		sc := vgsvg.New(f.width, h)
		c, out = sc, svgWriter{sc}
	default:
		ic := vgimg.NewWith(vgimg.UseWH(f.width, h), vgimg.UseDPI(PNGDPI))
		c, out = ic, pngWriter{ic}
	}
	dc := draw.New(c)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())

	// Header, top down.
	x := dc.Min.X + marginX
	y := dc.Max.Y - marginTop
	y = drawLines(dc, titleStyle, f.title, x, y)
	if len(f.subtitle) > 0 {
		y = drawLines(dc, subtitleStyle, f.subtitle, x, y-3)
	}
	if len(f.legendRows) > 0 {
		y -= 6
		for _, row := range f.legendRows {
			drawLegendRow(dc, row, x, y)
			y -= legendRowHeight()
		}
	}
	top := y - gapHeader

	// Footer, bottom up.
	bottom := dc.Min.Y + marginBottom + f.footerHeight()
	drawLines(dc, sourceStyle, f.source, x, bottom)
	bottom += gapFooter

	bc := draw.Crop(dc, marginX, -marginX, 0, 0)
	bc.Min.Y, bc.Max.Y = bottom, top
	body(bc)

	_, err := out.WriteTo(w)
	return err
}

// svgWriter writes an SVG canvas with generic fallbacks after the font
// name, so that viewers without Liberation Sans still use a sans-serif.
type svgWriter struct{ c *vgsvg.Canvas }

// WriteTo implements io.WriterTo.
func (s svgWriter) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if _, err := s.c.WriteTo(&buf); err != nil {
		return 0, err
	}
	b := bytes.ReplaceAll(buf.Bytes(), []byte("font-family:Liberation Sans;"),
		[]byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
	n, err := w.Write(b)
	return int64(n), err
}

// pngWriter writes an image canvas as PNG.
type pngWriter struct{ c *vgimg.Canvas }

// WriteTo implements io.WriterTo.
func (p pngWriter) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	err := enc.Encode(cw, p.c.Image())
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// drawLines draws lines of text from the top y down, left-aligned at x,
// and returns the y below them.
func drawLines(c draw.Canvas, s text.Style, lines []string, x, y vg.Length) vg.Length {
	for _, l := range lines {
		c.FillText(s, vg.Point{X: x, Y: y}, l)
		y -= lineHeight(s)
	}
	return y
}

// Legend geometry.
const (
	legendKey = 14 * vg.Inch / 72 // width of a key
	legendPad = 4 * vg.Inch / 72  // between key and label
	legendSep = 14 * vg.Inch / 72 // between items
)

func legendRowHeight() vg.Length { return lineHeight(legendStyle) + 2 }

func legendItemWidth(it legendItem) vg.Length {
	return legendKey + legendPad + legendStyle.Width(it.label)
}

// layoutLegend flows legend items into rows that fit the width.
func layoutLegend(items []legendItem, width vg.Length) [][]legendItem {
	var rows [][]legendItem
	var row []legendItem
	var used vg.Length
	for _, it := range items {
		iw := legendItemWidth(it)
		if len(row) > 0 && used+legendSep+iw > width {
			rows = append(rows, row)
			row, used = nil, 0
		}
		if len(row) > 0 {
			used += legendSep
		}
		row = append(row, it)
		used += iw
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// drawLegendRow draws one row of legend items with its top at y.
func drawLegendRow(c draw.Canvas, row []legendItem, x, y vg.Length) {
	e := legendStyle.FontExtents()
	mid := y - (e.Ascent+e.Descent)/2
	for _, it := range row {
		drawKey(c, it, x, mid)
		c.FillText(legendStyle, vg.Point{X: x + legendKey + legendPad, Y: y}, it.label)
		x += legendItemWidth(it) + legendSep
	}
}

// drawKey draws a legend key in the box [x, x+legendKey] centred on y.
func drawKey(c draw.Canvas, it legendItem, x, y vg.Length) {
	mid := vg.Point{X: x + legendKey/2, Y: y}
	switch it.kind {
	case legendMark:
		drawMark(c, mid, it.mark, dotRadius*0.85)
	case legendInterval:
		c.FillPolygon(colorInterval, rect(x, y-barHalf, x+legendKey, y+barHalf))
	case legendRange:
		drawRangeLine(c, x+1, x+legendKey-1, y)
	case legendGap:
		c.FillPolygon(colorGap, rect(x, y-5, x+legendKey, y+5))
	case legendLine:
		c.StrokeLine2(draw.LineStyle{Color: colorBar, Width: 2.2}, x, y, x+legendKey, y)
		drawDot2(c, mid, colorBar, 2.6)
	}
}

// dotRadius is the radius of the value dots.
const dotRadius = 4.2 * vg.Inch / 72

// drawDot draws a filled circle with a white outline.
func drawDot(c draw.Canvas, pt vg.Point, col color.Color) { drawDot2(c, pt, col, dotRadius) }

// drawDot2 draws a dot of radius r.
func drawDot2(c draw.Canvas, pt vg.Point, col color.Color, r vg.Length) {
	c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: r + 1, Shape: draw.CircleGlyph{}}, pt)
	c.DrawGlyph(draw.GlyphStyle{Color: col, Radius: r, Shape: draw.CircleGlyph{}}, pt)
}

// drawRangeLine draws a thin line with end caps from x0 to x1 at y: the
// range of figures across articles.
func drawRangeLine(c draw.Canvas, x0, x1, y vg.Length) {
	ls := draw.LineStyle{Color: colorRange, Width: 1}
	c.StrokeLine2(ls, x0, y, x1, y)
	c.StrokeLine2(ls, x0, y-3, x0, y+3)
	c.StrokeLine2(ls, x1, y-3, x1, y+3)
}

// rect returns the corners of a rectangle as a polygon.
func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}
