package charts

import (
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
	// Key is the frame the series' figures share, less the period
	// (counterpart, indicator, outlook and forecaster): the title says
	// what the frame says. Without it the title is built from Subject and
	// Metric.
	Key stats.GroupKey
	// Articles, First, Last and Publishers describe the independent
	// articles behind the points for the source line; when Articles is 0
	// the line counts figures.
	Articles    int
	First, Last string
	Publishers  []string
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
	gaps := periodGaps(pts, pos)
	f, err := newFrame(opt, TimelineLabels(s).withOverrides(opt), timelineLegend(pts, gaps))
	if err != nil {
		return err
	}
	p, _ := timelinePlot(s, pts, pos, gaps, f.width)
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
	if s.Key.Subject != "" {
		key := s.Key
		key.Period = ""
		phrase = capitalize(groupPhrase(key))
	}
	in := func(p stats.SeriesPoint) string { return fv(p.Value) + " " + stats.PeriodPhrase(p.Period) }
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
		title = phrase + " was " + fv(last.Value) + " in both " + stats.PeriodWords(first.Period) + " and " + stats.PeriodWords(last.Period)
	}
	figures, ranged := 0, false
	for _, p := range pts {
		figures += p.Claims
		if p.Min < p.Max {
			ranged = true
		}
	}
	src := Source{Publishers: s.Publishers, Articles: s.Articles, First: s.First, Last: s.Last}
	if s.Articles == 0 {
		src.Notes = append(src.Notes, plural(figures, "figure")+" in articles")
	}
	src.Notes = append(src.Notes, plural(len(pts), "period"))
	if ranged {
		src.Notes = append(src.Notes, "vertical lines show the range of figures across articles")
	}
	sub := k.subtitle("", "median of the figures articles give for each period")
	if ax := newTimelineAxis(s, pts); ax.min > 0 || ax.max < 0 {
		sub += "; the scale does not start at zero"
	}
	return Labels{Title: title, Subtitle: sub, Source: src.Line()}
}

// kind returns the kind of the series' figures.
func (s Series) kind() kind {
	if s.Key.Metric != "" {
		return kind{metricOf(s.Key), s.Unit, s.Currency, s.UnitName, s.Change}
	}
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
