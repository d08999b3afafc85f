package charts

import (
	"cmp"
	"image/color"
	"io"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/tradestats/tradestats/stats"
)

// Official is a figure that articles state, with the official series it
// was checked against (tradestats check): the official value by year and
// the articles' figures.
type Official struct {
	Subject  string // "Vietnam"
	What     string // what the official figure is: "GDP growth"
	Unit     stats.Unit
	Currency string
	Series   string      // the official series' code ("ny.gdp.mktp.kd.zg")
	Source   string      // the official data's attribution line
	Line     []YearValue // the official figure by year
	Stated   []Stated    // the articles' figures
}

// YearValue is the official figure of one year.
type YearValue struct {
	Year  int
	Value float64
}

// Stated is a figure an article states, with the verdict of its check.
type Stated struct {
	Year    int
	Value   float64
	Verdict stats.CheckVerdict
	Article string // the article's id, to count articles
}

// OfficialChart draws the articles' figures as dots, coloured by their
// verdict, against a line for the official figure over the years around
// them, each labelled directly. It needs a stated figure and an official
// value (ErrNoData).
func OfficialChart(w io.Writer, o Official, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	line, stated := officialPoints(o)
	if len(line) == 0 || len(stated) == 0 {
		return ErrNoData
	}
	var legend []legendItem
	for _, v := range []stats.CheckVerdict{stats.CheckAgrees, stats.CheckClose, stats.CheckDiffers} {
		if slices.ContainsFunc(stated, func(s Stated) bool { return s.Verdict == v }) {
			legend = append(legend, legendItem{kind: legendMark, mark: checkMark(v), label: checkLegend[v]})
		}
	}
	f, err := newFrame(opt, OfficialLabels(o).withOverrides(opt), legend)
	if err != nil {
		return err
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range line {
		lo, hi = math.Min(lo, p.Value), math.Max(hi, p.Value)
	}
	for _, s := range stated {
		lo, hi = math.Min(lo, s.Value), math.Max(hi, s.Value)
	}
	fromZero := (lo >= 0 && lo <= hi/2) || (hi <= 0 && hi >= lo/2)
	ymin, ymax, ystep := niceRangeUnit(lo, hi, 5, fromZero, o.Unit)
	// Headroom for the labels above the highest point.
	ymax += (ymax - ymin) * 0.08

	p := plot.New()
	p.BackgroundColor = nil
	styleValueAxis(&p.Y, ymin, ymax, ystep, o.Unit, o.Currency, "")
	p.Y.Padding = 6
	p.Add(&gridY{})
	first, last := float64(line[0].Year), float64(line[len(line)-1].Year)
	span := math.Max(last-first, 1)
	p.X.Min, p.X.Max = first-span*0.04, last+span*0.04
	styleValueAxis(&p.X, p.X.Min, p.X.Max, 1, o.Unit, "", "")
	ticks := make([]plot.Tick, len(line))
	for i, pt := range line {
		ticks[i] = plot.Tick{Value: float64(pt.Year), Label: strconv.Itoa(pt.Year)}
	}
	p.X.Tick.Marker = periodTicks(ticks, p.X.Min, p.X.Max, f.width-2*marginX-60)
	p.Add(&officialPlotter{line: line, stated: stated, unit: o.Unit, currency: o.Currency})

	unitCaption := capitalize(kind{unit: o.Unit, currency: o.Currency}.unitText())
	return f.render(w, 230, func(c draw.Canvas) {
		capH := axisStyle.Height(unitCaption) + 4
		p.Draw(draw.Crop(c, 0, 0, 0, -capH))
		cs := axisStyle
		cs.YAlign = draw.YTop
		c.FillText(cs, vg.Point{X: c.Min.X, Y: c.Max.Y}, unitCaption)
	})
}

// checkLegend labels the verdicts in the legend.
var checkLegend = map[stats.CheckVerdict]string{
	stats.CheckAgrees:  "Article agrees with the official figure",
	stats.CheckClose:   "Close to it",
	stats.CheckDiffers: "Differs from it",
}

// officialPoints returns the official line in year order (finite values)
// and the stated figures that can be drawn, in year order.
func officialPoints(o Official) ([]YearValue, []Stated) {
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	var line []YearValue
	for _, p := range o.Line {
		if finite(p.Value) {
			line = append(line, p)
		}
	}
	slices.SortFunc(line, func(a, b YearValue) int { return a.Year - b.Year })
	line = slices.CompactFunc(line, func(a, b YearValue) bool { return a.Year == b.Year })
	var stated []Stated
	for _, s := range o.Stated {
		if finite(s.Value) {
			stated = append(stated, s)
		}
	}
	slices.SortStableFunc(stated, func(a, b Stated) int { return a.Year - b.Year })
	return line, stated
}

// officialAt returns the official figure of a year.
func officialAt(line []YearValue, year int) (float64, bool) {
	for _, p := range line {
		if p.Year == year {
			return p.Value, true
		}
	}
	return 0, false
}

// OfficialLabels returns the texts of the chart, with a title that states
// how the articles' figures stand: "An article puts Vietnam's GDP growth
// in 2024 at 9%; the World Bank has 7.0%", or "2 of 5 figures articles
// give for Japan's trade surplus differ from the World Bank's".
func OfficialLabels(o Official) Labels {
	line, stated := officialPoints(o)
	if len(stated) == 0 {
		return Labels{}
	}
	k := kind{metric: o.What, unit: o.Unit, currency: o.Currency}
	phrase := k.phrase(o.Subject)
	count := map[stats.CheckVerdict]int{}
	articles := map[string]bool{}
	for _, s := range stated {
		count[s.Verdict]++
		articles[s.Article] = true
	}
	n := len(stated)
	var title string
	switch {
	case n == 1:
		s := stated[0]
		ref, ok := officialAt(line, s.Year)
		official := "the World Bank has " + officialValue(ref, o.Unit, o.Currency)
		switch {
		case !ok:
			title = "An article puts " + phrase + " in " + strconv.Itoa(s.Year) + " at " + k.value(s.Value)
		case s.Verdict == stats.CheckAgrees:
			title = "An article puts " + phrase + " in " + strconv.Itoa(s.Year) + " at " + k.value(s.Value) + ", as the World Bank does"
		case s.Verdict == stats.CheckClose:
			title = "An article puts " + phrase + " in " + strconv.Itoa(s.Year) + " at " + k.value(s.Value) + "; " + official + ", close"
		default:
			title = "An article puts " + phrase + " in " + strconv.Itoa(s.Year) + " at " + k.value(s.Value) + "; " + official
		}
	case count[stats.CheckAgrees] == n:
		title = "All " + numberWord(n) + " figures articles give for " + phrase + " agree with the World Bank's"
	case count[stats.CheckDiffers] > 0:
		title = ofFigures(count[stats.CheckDiffers], n) + " articles give for " + phrase +
			verb(count[stats.CheckDiffers], " differs", " differ") + " from the World Bank's"
	default:
		title = ofFigures(count[stats.CheckClose], n) + " articles give for " + phrase +
			verb(count[stats.CheckClose], " is", " are") + " close to the World Bank's, the others agree"
	}
	src := "Source: " + o.Source
	if o.Source == "" {
		src = "Source: " + stats.WDISource
	}
	src += "; " + plural(n, "figure") + " in " + plural(len(articles), "article") + ". " + MachineNote
	sub := capitalize(metricPhrase(o.What))
	if u := k.unitText(); u != "value" {
		sub += ", " + u
	}
	sub += " · dots: figures in articles; line: World Bank"
	if o.Series != "" {
		sub += " (" + o.Series + ")"
	}
	return Labels{Title: title, Subtitle: sub, Source: src}
}

// ofFigures writes "One of three figures", "12 of 15 figures".
func ofFigures(k, n int) string {
	return capitalize(numberWord(k)) + " of " + numberWord(n) + " figures"
}

// verb picks the singular or plural form for k things.
func verb(k int, one, more string) string {
	if k == 1 {
		return one
	}
	return more
}

// officialValue writes an official figure with one more digit than a
// stated one usually has ("7.0%", "$65.3bn").
func officialValue(v float64, unit stats.Unit, currency string) string {
	if unit == stats.UnitPercent {
		return strconv.FormatFloat(v, 'f', 1, 64) + "%"
	}
	return FormatValue(v, unit, currency)
}

// officialPlotter draws the official line with its direct label and the
// articles' dots with theirs.
type officialPlotter struct {
	line     []YearValue
	stated   []Stated
	unit     stats.Unit
	currency string
}

// Plot implements plot.Plotter.
func (op *officialPlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pts := make([]vg.Point, len(op.line))
	for i, v := range op.line {
		pts[i] = vg.Point{X: trX(float64(v.Year)), Y: trY(v.Value)}
	}
	// The official line is dark grey: blue is the mark of agreement.
	ls := draw.LineStyle{Color: colorOfficial, Width: 2.2}
	if len(pts) > 1 {
		c.StrokeLines(ls, pts)
	}
	for _, pt := range pts {
		drawDot2(c, pt, colorOfficial, 2)
	}
	// The line's label, at its start, away from the articles' figures
	// (the line runs from years before them).
	lab := valueStyle
	lab.Color = colorOfficial
	lab.XAlign, lab.YAlign = draw.XLeft, draw.YBottom
	c.FillText(lab, vg.Point{X: pts[0].X, Y: pts[0].Y + 6}, officialLabel)

	labelled := map[string]bool{}
	var labels []placedLabel
	ts := valueStyle
	ts.XAlign, ts.YAlign = draw.XLeft, draw.YCenter
	for _, s := range op.stated {
		pt := vg.Point{X: trX(float64(s.Year)), Y: trY(s.Value)}
		drawMark(c, pt, checkMark(s.Verdict), dotRadius)
		txt := FormatValue(s.Value, op.unit, op.currency)
		key := strconv.Itoa(s.Year) + txt
		if labelled[key] {
			continue
		}
		labelled[key] = true
		labels = append(labels, placedLabel{text: txt, style: ts, at: vg.Point{X: pt.X + dotRadius + 3, Y: pt.Y}})
	}
	for _, l := range stackLabels(labels) {
		b := l.box
		c.FillPolygon(color.White, rect(b.Min.X-1, b.Min.Y, b.Max.X+1, b.Max.Y))
		c.FillText(l.style, l.at, l.text)
	}
}

// stackLabels moves labels down, highest first, until none overlaps
// another: labels of close figures stand one under the other.
func stackLabels(labels []placedLabel) []placedLabel {
	out := slices.Clone(labels)
	slices.SortStableFunc(out, func(a, b placedLabel) int { return cmp.Compare(b.at.Y, a.at.Y) })
	for i := range out {
		l := &out[i]
		l.box = l.style.Rectangle(l.text).Add(l.at)
		for moved := true; moved; {
			moved = false
			for j := range i {
				if o := out[j].box; overlaps(l.box, o) {
					l.at.Y -= l.box.Max.Y - o.Min.Y + 1
					l.box = l.style.Rectangle(l.text).Add(l.at)
					moved = true
				}
			}
		}
	}
	return out
}

// GlyphBoxes implements plot.GlyphBoxer: room for the dots and labels.
func (op *officialPlotter) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	r := dotRadius + 1
	for _, s := range op.stated {
		w := valueStyle.Width(FormatValue(s.Value, op.unit, op.currency))
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(float64(s.Year)), Y: p.Y.Norm(s.Value),
			Rectangle: vg.Rectangle{Min: vg.Point{X: -r, Y: -r}, Max: vg.Point{X: r + 3 + w, Y: r}}})
	}
	start := op.line[0]
	w := valueStyle.Width(officialLabel)
	boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(float64(start.Year)), Y: p.Y.Norm(start.Value),
		Rectangle: vg.Rectangle{Min: vg.Point{X: 0, Y: 0}, Max: vg.Point{X: w, Y: 6 + valueStyle.Height("W")}}})
	return boxes
}

// officialLabel labels the official line.
const officialLabel = "World Bank"
