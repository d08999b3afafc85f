package charts

import (
	"cmp"
	"io"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/tradestats/tradestats/stats"
)

// CompareTop is how many independent articles a comparison chart shows
// at most.
const CompareTop = 30

// Compare draws one comparison group: a row per independent article (a
// story and its near copies are one row), sorted by value with the largest
// at the top, a mark at each figure the article states and a grey bar for
// the interval its rounding and wording allow. The mark's colour and
// shape say how the figure stands against the other articles' (see
// ClaimVerdicts). The value axis starts at zero for shares. Of groups
// with more than CompareTop articles, the articles that disagree are
// drawn first, then others spread over the range.
func Compare(w io.Writer, g stats.Group, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	claims := sortedClaims(g)
	if len(claims) == 0 {
		return ErrNoData
	}
	verdicts, majority := ClaimVerdicts(g.Verdict, claims)
	rows, _ := articleRows(claims, verdicts, opt.Casing)

	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		for _, c := range r.claims {
			for _, v := range []float64{c.Value, c.Low, c.High, deref(c.Max, c.Value)} {
				if !math.IsInf(v, 0) && !math.IsNaN(v) {
					lo, hi = math.Min(lo, v), math.Max(hi, v)
				}
			}
		}
	}
	share := IsShare(g.Metric, g.Unit) && g.Change == stats.NoChange
	min, max, step := niceRangeUnit(lo, hi, 5, share, g.Unit)
	if share && max > 100 && hi <= 100 {
		max = 100
	}
	// Intervals narrower than their mark are not drawn, and the legend
	// has the interval key only when some interval is drawn.
	visible := false
	for _, r := range rows {
		for _, c := range r.claims {
			visible = visible || intervalShown(c, min, max)
		}
	}
	f, err := newFrame(opt, compareLabels(g, claims, verdicts, majority).withOverrides(opt), compareLegend(verdicts, majority, g.Verdict, visible))
	if err != nil {
		return err
	}
	p := newAxisPlot(len(rows), min, max, step, g.Unit, g.Currency, groupKind(g).axisLabel())
	labels := make([]rowLabel, len(rows))
	for i, r := range rows {
		labels[i] = r.label
	}
	p.Add(&comparePlotter{rows: rows, min: min, max: max})
	body := &rowBody{labels: labels, rowHeight: 30, alignLeft: true, maxLabel: 0.42, plot: p, wrap: 2}
	return f.render(w, body.height(), body.draw)
}

// compareRow is one independent article's row in a comparison chart: its
// claims, largest first, with their marks, and its label.
type compareRow struct {
	claims []stats.GroupClaim
	marks  []mark
	out    bool // some claim is not consistent with the majority
	label  rowLabel
}

// articleRows gathers sorted claims into a row per independent article (a
// near copy goes into the row of the story it copies, and only the claims
// of the row's first article are drawn: a copy states the same figures),
// in the order of their largest claims, and keeps at most CompareTop rows:
// those with claims that disagree first, then others spread evenly over
// the order. total is the number of independent articles.
func articleRows(claims []stats.GroupClaim, verdicts []stats.Verdict, casing *stats.Casing) (rows []compareRow, total int) {
	index := map[string]int{}
	first := []string{}    // the article drawn in each row
	copies := [][]string{} // the other articles of each row
	for i, c := range claims {
		k := sourceKey(c)
		j, ok := index[k]
		if !ok {
			j = len(rows)
			index[k] = j
			rows = append(rows, compareRow{})
			first = append(first, articleKey(c))
			copies = append(copies, nil)
		}
		if a := articleKey(c); a != first[j] {
			if !slices.Contains(copies[j], a) {
				copies[j] = append(copies[j], a)
			}
			continue
		}
		r := &rows[j]
		r.claims = append(r.claims, c)
		r.marks = append(r.marks, verdictMark(verdicts[i]))
		if verdicts[i] != stats.Consistent {
			r.out = true
		}
	}
	for j := range rows {
		rows[j].label = articleLabel(rows[j].claims, len(copies[j]), casing)
	}
	total = len(rows)
	if total <= CompareTop {
		return rows, total
	}
	keep := make([]bool, total)
	n := 0
	for i, r := range rows {
		if r.out && n < CompareTop {
			keep[i] = true
			n++
		}
	}
	// Spread the remaining places over the rows not kept yet.
	var rest []int
	for i := range rows {
		if !keep[i] {
			rest = append(rest, i)
		}
	}
	for j := 0; j < CompareTop-n; j++ {
		keep[rest[j*len(rest)/(CompareTop-n)]] = true
	}
	kept := rows[:0:0]
	for i, r := range rows {
		if keep[i] {
			kept = append(kept, r)
		}
	}
	return kept, total
}

// articleLabel is the label of a row: the article's title in sentence
// case (an all-capitals wire headline is rewritten from the casing of its
// own sentences), and under it the publisher, the date, the figures as
// written and the number of copies.
func articleLabel(claims []stats.GroupClaim, copies int, casing *stats.Casing) rowLabel {
	c := claims[0]
	var sentences, texts []string
	for _, rc := range claims {
		sentences = append(sentences, rc.Sentence)
		texts = append(texts, rc.Text)
	}
	main := articleName(casing.SentenceCase(c.Title, sentences...), c.Article)
	var parts []string
	if p := clean(c.Publisher); p != "" {
		parts = append(parts, p)
	}
	if d := stats.DateRangeWords(c.Date, c.Date); d != "" {
		parts = append(parts, d)
	}
	if q := quoted(texts); q != "" {
		parts = append(parts, q)
	}
	switch {
	case copies == 1:
		parts = append(parts, "and 1 copy")
	case copies > 1:
		parts = append(parts, "and "+itoa(copies)+" copies")
	}
	return rowLabel{main: main, note: strings.Join(parts, " · ")}
}

// quoted writes figures as written: "“170 billion dlrs”, “169.8 billion”".
func quoted(texts []string) string {
	var q []string
	for _, t := range texts {
		if t = clean(t); t != "" && !slices.Contains(q, "“"+t+"”") {
			q = append(q, "“"+t+"”")
		}
	}
	return strings.Join(q, ", ")
}

// CompareLabels returns the texts of a group's comparison chart: a title
// that states the finding in the terms of the group's frame ("Articles
// disagree on South Korea's trade surplus with the United States in 1985:
// $4.1bn to $4.9bn"), a subtitle with the unit, and the source line.
func CompareLabels(g stats.Group) Labels {
	claims := sortedClaims(g)
	verdicts, majority := ClaimVerdicts(g.Verdict, claims)
	return compareLabels(g, claims, verdicts, majority)
}

// compareLabels is CompareLabels given the group's sorted claims and
// their verdicts.
func compareLabels(g stats.Group, claims []stats.GroupClaim, verdicts []stats.Verdict, majority bool) Labels {
	articles := countArticles(claims)
	note := "one row per article; copies of a story count once"
	if articles > CompareTop {
		note = itoa(CompareTop) + " of " + itoa(articles) + " articles, those that differ first"
	}
	src := claimsSource(claims)
	for _, c := range claims {
		if (c.Approx != "" && c.Approx != stats.Exact) || c.Max != nil {
			src.Notes = []string{"hedged figures shown as intervals"}
			break
		}
	}
	return Labels{
		Title:    compareTitle(g, claims, articles, verdicts, majority),
		Subtitle: groupKind(g).subtitle("", note),
		Source:   src.Line(),
	}
}

// groupPhrase writes what a group's figures are, from its frame: "South
// Korea's trade surplus with the United States in 1985", "the rise in
// China's exports in 2018", "France's GDP growth in 1987, forecast by
// Balladur".
func groupPhrase(k stats.GroupKey) string {
	p := k.FigureWords()
	switch k.Change {
	case stats.Up:
		p = "the rise in " + p
	case stats.Down:
		p = "the fall in " + p
	}
	if pp := stats.PeriodPhrase(k.Period); pp != "" {
		p += " " + pp
	}
	if o := k.OutlookWords(); o != "" {
		p += ", " + o
	}
	return p
}

// compareTitle writes the title of a comparison chart, given the sorted
// claims, their number of independent articles and their verdicts.
func compareTitle(g stats.Group, claims []stats.GroupClaim, articles int, verdicts []stats.Verdict, majority bool) string {
	k := groupKind(g)
	phrase := groupPhrase(g.GroupKey)
	fv := k.value
	lo, hi := g.Min, g.Max
	if len(claims) > 0 && lo == 0 && hi == 0 {
		lo, hi = claims[len(claims)-1].Value, claims[0].Value
	}
	switch {
	case len(claims) == 0:
		return capitalize(phrase)
	case articles == 1:
		return "One article puts " + phrase + " at " + fv(claims[0].Value)
	case lo == hi:
		return capitalize(numberWord(articles)) + " articles put " + phrase + " at " + fv(lo)
	}
	if g.Verdict == stats.Conflict {
		if majority {
			var out, in []stats.GroupClaim
			for i, c := range claims {
				if verdicts[i] == stats.Conflict {
					out = append(out, c)
				} else {
					in = append(in, c)
				}
			}
			if countArticles(out) == 1 {
				if others := countArticles(in); others > 1 {
					at := fv(in[len(in)-1].Value)
					if a, b := in[len(in)-1].Value, in[0].Value; a != b {
						at = fv(a) + "–" + fv(b)
					}
					return "One article puts " + phrase + " at " + fv(out[0].Value) + ", " +
						numberWord(others) + " others at " + at
				}
			}
		}
		return "Articles disagree on " + phrase + ": " + fv(lo) + " to " + fv(hi)
	}
	return "Articles put " + phrase + " between " + fv(lo) + " and " + fv(hi)
}

// kind says what figures state: their metric, unit and kind of change.
type kind struct {
	metric   string
	unit     stats.Unit
	currency string
	unitName string // "barrel", "tonne", "per share"
	change   stats.Change
}

// groupKind returns the kind of a group's figures.
func groupKind(g stats.Group) kind {
	return kind{metricOf(g.GroupKey), g.Unit, g.Currency, g.UnitName, g.Change}
}

// metricOf writes a frame's figure without its subject, for subtitles and
// axes: "trade surplus with the United States".
func metricOf(k stats.GroupKey) string {
	k.Subject = ""
	return k.FigureWords()
}

// metric writes the metric for a subtitle or an axis, with the change:
// "Share of world GDP", "Rise in exports".
func (k kind) metricText() string {
	m := metricPhrase(k.metric)
	switch k.change {
	case stats.Up:
		return "Rise in " + m
	case stats.Down:
		return "Fall in " + m
	}
	return capitalize(m)
}

// phrase writes the subject's figure for a title: "APEC's share of world
// GDP", "the rise in China's exports".
func (k kind) phrase(subject string) string {
	p := subjectMetric(subject, k.metric)
	switch k.change {
	case stats.Up:
		return "the rise in " + p
	case stats.Down:
		return "the fall in " + p
	}
	return p
}

// unitText names the unit: "per cent", "US dollars per barrel", "tonnes".
func (k kind) unitText() string {
	u := UnitName(k.unit, k.currency)
	switch {
	case k.unitName == "":
		return u
	case k.unit == stats.UnitMoney && strings.HasPrefix(k.unitName, "per "):
		return u + " " + k.unitName
	case k.unit == stats.UnitMoney:
		return u + " per " + k.unitName
	case k.unit == stats.UnitQuantity:
		return pluralUnit(k.unitName)
	}
	return u
}

// value writes a figure of this kind: "62%", "$1.50 per barrel",
// "1.2m barrels per day".
func (k kind) value(v float64) string {
	s := FormatValue(v, k.unit, k.currency)
	switch {
	case k.unitName == "":
	case k.unit == stats.UnitMoney && strings.HasPrefix(k.unitName, "per "):
		s += " " + k.unitName
	case k.unit == stats.UnitMoney:
		s += " per " + k.unitName
	case k.unit == stats.UnitQuantity && v == 1:
		s += " " + k.unitName
	case k.unit == stats.UnitQuantity:
		s += " " + pluralUnit(k.unitName)
	}
	return s
}

// subtitle writes "Share of world GDP, per cent, Q4 2004 · one row per
// article".
func (k kind) subtitle(period, note string) string {
	s := k.metricText()
	if s == "" {
		s = "Figures"
	}
	if u := k.unitText(); u != "value" {
		s += ", " + u
	}
	if period != "" {
		s += ", " + period
	}
	if note != "" {
		s += " · " + note
	}
	return s
}

// axisLabel writes the value axis label: the metric and the unit.
func (k kind) axisLabel() string {
	m := k.metricText()
	u := k.unitText()
	switch {
	case m == "":
		return capitalize(u)
	case u == "value":
		return m
	}
	return m + " (" + u + ")"
}

// pluralUnit writes a unit name in the plural: "barrel per day" →
// "barrels per day".
func pluralUnit(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if first == "" || strings.HasSuffix(first, "s") || first == "per" {
		return name
	}
	if rest != "" {
		return first + "s " + rest
	}
	return first + "s"
}

// countArticles counts the independent articles of claims (a near copy
// counts as the story it copies).
func countArticles(claims []stats.GroupClaim) int {
	seen := make(map[string]bool, len(claims))
	for _, c := range claims {
		seen[sourceKey(c)] = true
	}
	return len(seen)
}

// articleKey identifies a claim's article.
func articleKey(c stats.GroupClaim) string {
	if c.Article != "" {
		return c.Article
	}
	return c.Title + "\x00" + c.Date
}

// sortedClaims returns the group's drawable claims, largest value first
// (ties by date, then title, so that the order is stable).
func sortedClaims(g stats.Group) []stats.GroupClaim {
	// Sort indices, not the large claims, with the index as the last key:
	// the order of a stable sort.
	var order []int
	for i, c := range g.Claims {
		if !math.IsNaN(c.Value) && !math.IsInf(c.Value, 0) {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(i, j int) int {
		a, b := &g.Claims[i], &g.Claims[j]
		switch {
		case a.Value > b.Value:
			return -1
		case a.Value < b.Value:
			return 1
		}
		if c := strings.Compare(a.Date, b.Date); c != 0 {
			return c
		}
		if c := strings.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	if len(order) == 0 {
		return nil
	}
	cs := make([]stats.GroupClaim, len(order))
	for k, i := range order {
		cs[k] = g.Claims[i]
	}
	return cs
}

// compareLegend lists the marks drawn: the verdicts present and, when
// some interval is wider than its mark, the interval bar.
func compareLegend(verdicts []stats.Verdict, majority bool, group stats.Verdict, intervals bool) []legendItem {
	labels := map[stats.Verdict]string{
		stats.Consistent: "Consistent",
		stats.Tension:    "Slightly apart (tension)",
		stats.Conflict:   "Conflicting",
	}
	if majority {
		labels[stats.Consistent] = "Agrees with most articles"
		labels[stats.Conflict] = "Conflicts with most articles"
	} else if group == stats.Conflict {
		labels[stats.Conflict] = "Figures conflict"
	}
	var items []legendItem
	for _, v := range []stats.Verdict{stats.Consistent, stats.Tension, stats.Conflict} {
		if slices.Contains(verdicts, v) {
			items = append(items, legendItem{kind: legendMark, mark: verdictMark(v), label: labels[v]})
		}
	}
	if intervals {
		items = append(items, legendItem{kind: legendInterval, label: "Values the rounding and wording allow"})
	}
	return items
}

// articleName is the label of an article: its title, else its id.
func articleName(title, id string) string {
	if t := clean(title); t != "" {
		return t
	}
	if id != "" {
		return "Article " + id
	}
	return "Untitled article"
}

func deref(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}

var numberWords = [...]string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// numberWord writes small counts as words, as newsrooms do.
func numberWord(n int) string {
	if n >= 0 && n < len(numberWords) {
		return numberWords[n]
	}
	return stats.GroupThousands(itoa(n))
}

// comparePlotter draws the interval bars and value marks of the rows.
type comparePlotter struct {
	rows     []compareRow
	min, max float64 // the axis
}

// intervalShown reports whether a claim's interval bar is drawn on an axis
// from min to max: when it spans at least 4% of the axis, so that it shows
// beside its mark (on a chart of the default width).
func intervalShown(c stats.GroupClaim, min, max float64) bool {
	lo, hi := math.Max(c.Low, min), math.Min(c.High, max)
	return max > min && (hi-lo)/(max-min) >= 0.04
}

const (
	barHalf   = 3 * vg.Inch / 72 // half the thickness of an interval bar
	arrowSize = 5 * vg.Inch / 72
)

// Plot implements plot.Plotter.
func (cp *comparePlotter) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	n := len(cp.rows)
	clampX := func(v float64) vg.Length {
		return trX(math.Max(p.X.Min, math.Min(p.X.Max, v)))
	}
	for i, r := range cp.rows {
		y := rowY(c, p, n, i)
		// Bars first, then marks, so that no bar covers a mark.
		for _, cl := range r.claims {
			if !intervalShown(cl, cp.min, cp.max) {
				continue
			}
			x0, x1 := clampX(cl.Low), clampX(cl.High)
			if x1-x0 < 3 {
				mid := (x0 + x1) / 2
				x0, x1 = mid-1.5, mid+1.5
			}
			c.FillPolygon(colorInterval, rect(x0, y-barHalf, x1, y+barHalf))
			if math.IsInf(cl.High, 1) || cl.High > p.X.Max {
				c.FillPolygon(colorInterval, []vg.Point{{X: x1, Y: y - barHalf - 1}, {X: x1 + arrowSize, Y: y}, {X: x1, Y: y + barHalf + 1}})
			}
			if math.IsInf(cl.Low, -1) || cl.Low < p.X.Min {
				c.FillPolygon(colorInterval, []vg.Point{{X: x0, Y: y - barHalf - 1}, {X: x0 - arrowSize, Y: y}, {X: x0, Y: y + barHalf + 1}})
			}
		}
		for j, cl := range r.claims {
			drawMark(c, vg.Point{X: clampX(cl.Value), Y: y}, r.marks[j], dotRadius)
			if cl.Max != nil {
				drawMark(c, vg.Point{X: clampX(*cl.Max), Y: y}, r.marks[j], dotRadius)
			}
		}
	}
}

// GlyphBoxes implements plot.GlyphBoxer so that dots and arrows at the ends
// of the axis are not clipped.
func (cp *comparePlotter) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	r := dotRadius + 1
	if len(cp.rows) > 0 {
		r = max(r, arrowSize+1)
	}
	return []plot.GlyphBox{
		{X: 0, Rectangle: vg.Rectangle{Min: vg.Point{X: -r}, Max: vg.Point{X: r}}},
		{X: 1, Rectangle: vg.Rectangle{Min: vg.Point{X: -r}, Max: vg.Point{X: r}}},
	}
}
