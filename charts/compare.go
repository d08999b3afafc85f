package charts

import (
	"cmp"
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

// CompareTop is how many articles a comparison chart shows at most.
const CompareTop = 30

// Compare draws one comparison group: a row per article, sorted by value
// with the largest at the top, a dot at each figure the article states and
// a bar for the interval its rounding and wording allow, coloured by how
// the figure stands against the other articles' (see ClaimVerdicts). The
// value axis starts at zero for shares. Of groups with more than
// CompareTop articles, the articles that disagree are drawn first, then
// others spread over the range.
func Compare(w io.Writer, g stats.Group, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	claims := sortedClaims(g)
	if len(claims) == 0 {
		return ErrNoData
	}
	verdicts, majority := ClaimVerdicts(g.Verdict, claims)
	f, err := newFrame(opt, compareLabels(g, claims, verdicts, majority).withOverrides(opt), compareLegend(verdicts, majority, g.Verdict))
	if err != nil {
		return err
	}
	rows, _ := articleRows(claims, verdicts)

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
	p := newAxisPlot(len(rows), min, max, step, g.Unit, g.Currency, groupKind(g).axisLabel())
	labels := make([]rowLabel, len(rows))
	for i, r := range rows {
		c := r.claims[0]
		texts := make([]string, len(r.claims))
		for j, rc := range r.claims {
			texts[j] = rc.Text
		}
		labels[i] = rowLabel{main: articleName(c.Title, c.Article), note: claimNote(c.Date, texts...)}
	}
	p.Add(&comparePlotter{rows: rows})
	body := &rowBody{labels: labels, rowHeight: 30, alignLeft: true, maxLabel: 0.42, plot: p}
	return f.render(w, body.height(), body.draw)
}

// compareRow is one article's row in a comparison chart: its claims,
// largest first, with their colours.
type compareRow struct {
	claims []stats.GroupClaim
	colors []color.NRGBA
	out    bool // some claim is not consistent with the majority
}

// articleRows gathers sorted claims into a row per article, in the order
// of their largest claims, and keeps at most CompareTop rows: those with
// claims that disagree first, then others spread evenly over the order.
// total is the number of articles.
func articleRows(claims []stats.GroupClaim, verdicts []stats.Verdict) (rows []compareRow, total int) {
	index := map[string]int{}
	for i, c := range claims {
		k := articleKey(c)
		j, ok := index[k]
		if !ok {
			j = len(rows)
			index[k] = j
			rows = append(rows, compareRow{})
		}
		r := &rows[j]
		r.claims = append(r.claims, c)
		r.colors = append(r.colors, verdictColor(verdicts[i]))
		if verdicts[i] != stats.Consistent {
			r.out = true
		}
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

// CompareLabels returns the texts of a group's comparison chart: a title
// that states the finding ("Articles put APEC's share of world GDP between
// 58% and 64%", "One article puts … at 40%, two others at 60%–62%"), a
// subtitle with metric, unit and period, and the source line.
func CompareLabels(g stats.Group) Labels {
	claims := sortedClaims(g)
	verdicts, majority := ClaimVerdicts(g.Verdict, claims)
	return compareLabels(g, claims, verdicts, majority)
}

// compareLabels is CompareLabels given the group's sorted claims and
// their verdicts.
func compareLabels(g stats.Group, claims []stats.GroupClaim, verdicts []stats.Verdict, majority bool) Labels {
	articles := countArticles(claims)
	note := "one row per article"
	if articles > CompareTop {
		note = itoa(CompareTop) + " of " + itoa(articles) + " articles, those that differ first"
	}
	return Labels{
		Title:    compareTitle(g, claims, articles, verdicts, majority),
		Subtitle: groupKind(g).subtitle(PeriodLabel(g.Period), note),
		Source:   compareSource(claims, articles),
	}
}

// compareTitle writes the title of a comparison chart, given the sorted
// claims, their number of articles and their verdicts.
func compareTitle(g stats.Group, claims []stats.GroupClaim, articles int, verdicts []stats.Verdict, majority bool) string {
	k := groupKind(g)
	phrase := k.phrase(g.Subject)
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
	return kind{g.Metric, g.Unit, g.Currency, g.UnitName, g.Change}
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

// compareSource writes "Source: 3 articles, 2024-11-10 to 2024-11-16;
// hedged figures shown as intervals", given the claims and their number
// of articles.
func compareSource(claims []stats.GroupClaim, articles int) string {
	var first, last string
	hedged := false
	for _, c := range claims {
		first, last = minDate(first, c.Date), maxDate(last, c.Date)
		if (c.Approx != "" && c.Approx != stats.Exact) || c.Max != nil {
			hedged = true
		}
	}
	return SourceLine(articles, first, last, hedged)
}

// SourceLine writes the source line of a chart: "Source: 3 articles,
// 2024-11-10 to 2024-11-16; hedged figures shown as intervals". Dates may
// be empty.
func SourceLine(articles int, first, last string, hedged bool) string {
	s := "Source: " + plural(articles, "article")
	switch {
	case first != "" && last != "" && first != last:
		s += ", " + first + " to " + last
	case first != "":
		s += ", " + first
	case last != "":
		s += ", " + last
	}
	if hedged {
		s += "; hedged figures shown as intervals"
	}
	return s
}

func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}

// countArticles counts the distinct articles of claims.
func countArticles(claims []stats.GroupClaim) int {
	seen := make(map[string]bool, len(claims))
	for _, c := range claims {
		seen[articleKey(c)] = true
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

// ClaimVerdicts says how each claim of a group stands against the others.
// When the group is consistent, every claim is Consistent. Otherwise, if
// the intervals of more than half of the articles share a point (the rule
// of stats.Compare's outliers), the claims covering it are Consistent
// (they agree with most articles) and each other claim is Tension when its
// interval misses that point by at most 2% of it, else Conflict (never
// worse than the group's verdict). Without such a majority every claim
// gets the group's verdict. Claims are counted by article, as
// stats.Compare counts independent articles; when stats.Compare has marked
// outliers (GroupClaim.Outlier), its marks say which claims are outside
// the majority. majority reports whether there was one.
func ClaimVerdicts(verdict stats.Verdict, claims []stats.GroupClaim) (verdicts []stats.Verdict, majority bool) {
	verdicts = make([]stats.Verdict, len(claims))
	fill := func(v stats.Verdict) {
		for i := range verdicts {
			verdicts[i] = v
		}
	}
	if verdict == stats.Consistent || verdict == "" || len(claims) < 3 {
		if verdict == "" {
			verdict = stats.Consistent
		}
		fill(verdict)
		return verdicts, false
	}
	// The point covered by the intervals of the most articles: one of the
	// interval ends or values, the smallest of those covered by as many.
	best, bestN, articles := coveredPoint(claims)
	// stats.Compare marks the claims outside the majority as outliers
	// (by the same rule); when it has, its marks decide.
	marked := slices.ContainsFunc(claims, func(c stats.GroupClaim) bool { return c.Outlier })
	if !marked && bestN*2 <= articles {
		fill(verdict)
		return verdicts, false
	}
	for i, c := range claims {
		inside := c.Low <= best && best <= c.High
		if marked {
			inside = !c.Outlier
		}
		gap := math.Max(c.Low-best, best-c.High)
		switch {
		case inside:
			verdicts[i] = stats.Consistent
		case gap <= 0.02*math.Abs(best) || verdict == stats.Tension:
			verdicts[i] = stats.Tension
		default:
			verdicts[i] = stats.Conflict
		}
	}
	return verdicts, true
}

// coveredPoint returns the point x, among the finite interval ends and
// values of claims, whose closed interval Low <= x <= High is shared by
// the claims of the most articles, the smallest of equals, with that
// number of articles n and the number of articles of claims. When no
// point is covered, x is the smallest point or 0, whichever is less.
//
// It sweeps the points in increasing order, keeping the intervals that
// cover the current point and, for each article, how many of its
// intervals do: O(n log n) for n claims.
func coveredPoint(claims []stats.GroupClaim) (x float64, n, articles int) {
	ids := make(map[string]int, len(claims))
	article := make([]int, len(claims)) // article index of each claim
	for i, c := range claims {
		k := articleKey(c)
		id, ok := ids[k]
		if !ok {
			id = len(ids)
			ids[k] = id
		}
		article[i] = id
	}
	articles = len(ids)
	points := make([]float64, 0, 3*len(claims))
	var spans []int // claims whose interval covers some point
	for i, c := range claims {
		for _, v := range [...]float64{c.Low, c.High, c.Value} {
			if !math.IsInf(v, 0) && !math.IsNaN(v) {
				points = append(points, v)
			}
		}
		if c.Low <= c.High { // neither NaN nor empty; the ends may be infinite
			spans = append(spans, i)
		}
	}
	slices.Sort(points)
	starts := slices.Clone(spans)
	slices.SortFunc(starts, func(a, b int) int { return cmp.Compare(claims[a].Low, claims[b].Low) })
	ends := spans
	slices.SortFunc(ends, func(a, b int) int { return cmp.Compare(claims[a].High, claims[b].High) })
	active := make([]int, articles) // intervals covering the point, per article
	covering := 0                   // articles with active intervals
	s, e := 0, 0
	for i, p := range points {
		if i > 0 && p == points[i-1] {
			continue
		}
		for ; s < len(starts) && claims[starts[s]].Low <= p; s++ {
			a := article[starts[s]]
			if active[a]++; active[a] == 1 {
				covering++
			}
		}
		// Every interval that ends before p started before it too.
		for ; e < len(ends) && claims[ends[e]].High < p; e++ {
			a := article[ends[e]]
			if active[a]--; active[a] == 0 {
				covering--
			}
		}
		if covering > n {
			x, n = p, covering
		}
	}
	if n == 0 && len(points) > 0 && points[0] < 0 {
		x = points[0]
	}
	return x, n, articles
}

// verdictColor is the colour of a verdict: green, amber, red.
func verdictColor(v stats.Verdict) color.NRGBA {
	switch v {
	case stats.Tension:
		return colorTension
	case stats.Conflict:
		return colorConflict
	}
	return colorConsistent
}

// compareLegend lists the verdicts present and the interval bar.
func compareLegend(verdicts []stats.Verdict, majority bool, group stats.Verdict) []legendItem {
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
			items = append(items, legendItem{kind: legendDot, color: verdictColor(v), label: labels[v]})
		}
	}
	return append(items, legendItem{kind: legendBar, color: faded(colorFaint, 120), label: "Range allowed by rounding and wording"})
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

// claimNote writes the line under an article's title: its date and the
// figures as written ("2024-11-12 · “around 62 percent”").
func claimNote(date string, texts ...string) string {
	var quoted []string
	for _, t := range texts {
		if t = clean(t); t != "" {
			quoted = append(quoted, "“"+t+"”")
		}
	}
	t := strings.Join(quoted, ", ")
	switch {
	case date == "":
		return t
	case t == "":
		return date
	}
	return date + " · " + t
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

// comparePlotter draws the interval bars and value dots of the rows.
type comparePlotter struct {
	rows []compareRow
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
		// Bars first, then dots, so that no bar covers a dot.
		for j, cl := range r.claims {
			col := r.colors[j]
			x0, x1 := clampX(cl.Low), clampX(cl.High)
			if x1-x0 < 3 {
				mid := (x0 + x1) / 2
				x0, x1 = mid-1.5, mid+1.5
			}
			c.FillPolygon(faded(col, 120), rect(x0, y-barHalf, x1, y+barHalf))
			if math.IsInf(cl.High, 1) || cl.High > p.X.Max {
				c.FillPolygon(faded(col, 160), []vg.Point{{X: x1, Y: y - barHalf - 1}, {X: x1 + arrowSize, Y: y}, {X: x1, Y: y + barHalf + 1}})
			}
			if math.IsInf(cl.Low, -1) || cl.Low < p.X.Min {
				c.FillPolygon(faded(col, 160), []vg.Point{{X: x0, Y: y - barHalf - 1}, {X: x0 - arrowSize, Y: y}, {X: x0, Y: y + barHalf + 1}})
			}
		}
		for j, cl := range r.claims {
			drawDot(c, vg.Point{X: clampX(cl.Value), Y: y}, r.colors[j])
			if cl.Max != nil {
				drawDot(c, vg.Point{X: clampX(*cl.Max), Y: y}, r.colors[j])
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
