package charts

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// SharesTop is how many subjects the shares chart shows.
const SharesTop = 20

// Shares draws shares of a whole for one metric across subjects (share of
// world GDP: APEC, EU, ...): a horizontal bar per subject at the median of
// the figures articles give, sorted with the largest at the top, starting
// at zero and labelled with its value; a thin line shows the range when
// articles differ. Each group is one subject's figures; when a subject has
// several groups (periods), the latest period is drawn. See
// SharesByMetric for finding the groups. The SharesTop largest are drawn.
func Shares(w io.Writer, groups []stats.Group, opt Options) error {
	if err := opt.check(); err != nil {
		return err
	}
	gs, err := shareRows(groups)
	if err != nil {
		return err
	}
	gs = gs[:min(len(gs), SharesTop)]
	f, err := newFrame(opt, SharesLabels(groups).withOverrides(opt), nil)
	if err != nil {
		return err
	}
	hi := 0.0
	rows := make([]barRow, len(gs))
	labels := make([]rowLabel, len(gs))
	for i, g := range gs {
		rows[i] = barRow{value: g.Median, lo: g.Min, hi: g.Max, ranged: g.Min < g.Max,
			label: FormatValue(g.Median, stats.UnitPercent, "")}
		hi = math.Max(hi, rows[i].end())
		labels[i] = rowLabel{main: subjectName(g.Subject)}
	}
	min, max, step := niceRange(0, hi, 5, true)
	if max > 100 && hi <= 100 {
		max = 100
	}
	p := newAxisPlot(len(rows), min, max, step, stats.UnitPercent, "", kind{metric: gs[0].Metric, unit: stats.UnitPercent}.axisLabel())
	p.Add(&barPlotter{rows: rows, color: colorBar})
	body := &rowBody{labels: labels, rowHeight: 22, maxLabel: 0.34, plot: p}
	return f.render(w, body.height(), body.draw)
}

// SharesLabels returns the texts of a shares chart: "APEC has the largest
// share of world GDP: 62%, ahead of EU at 17%".
func SharesLabels(groups []stats.Group) Labels {
	all, err := shareRows(groups)
	if err != nil {
		return Labels{}
	}
	gs := all[:min(len(all), SharesTop)]
	m := metricPhrase(gs[0].Metric)
	fv := func(v float64) string { return FormatValue(v, stats.UnitPercent, "") }
	var title string
	switch {
	case len(gs) == 1:
		title = capitalize(subjectMetric(subjectName(gs[0].Subject), gs[0].Metric)) + ": " + fv(gs[0].Median)
	case gs[0].Median == gs[1].Median:
		title = capitalize(withArticle(subjectName(gs[0].Subject))) + " and " + withArticle(subjectName(gs[1].Subject)) +
			" have the largest " + m + ": " + fv(gs[0].Median)
	default:
		title = capitalize(withArticle(subjectName(gs[0].Subject))) + " has the largest " + m + ": " + fv(gs[0].Median) +
			", ahead of " + withArticle(subjectName(gs[1].Subject)) + " at " + fv(gs[1].Median)
	}

	periods := map[string]bool{}
	var first, last string
	ranged := false
	var claims []stats.GroupClaim
	for _, g := range gs {
		periods[g.Period] = true
		if g.Min < g.Max {
			ranged = true
		}
		claims = append(claims, g.Claims...)
	}
	for _, c := range claims {
		first, last = minDate(first, c.Date), maxDate(last, c.Date)
	}
	period := ""
	if len(periods) == 1 {
		period = PeriodLabel(gs[0].Period)
	} else {
		period = "latest period stated"
	}
	note := "median of the figures articles give"
	if len(claims) == len(gs) {
		note = "as stated in articles"
	}
	if len(all) > len(gs) {
		note = "top " + itoa(len(gs)) + " of " + plural(len(all), "subject") + ", " + note
	}
	src := SourceLine(countArticles(claims), first, last, false)
	if ranged {
		src += "; lines show the range of figures across articles"
	}
	return Labels{
		Title:    title,
		Subtitle: kind{metric: gs[0].Metric, unit: stats.UnitPercent}.subtitle(period, note),
		Source:   src,
	}
}

// shareRows checks that groups are percent figures of one metric and
// returns one group per subject (the latest period, then the one with the
// most articles), largest median first.
func shareRows(groups []stats.Group) ([]stats.Group, error) {
	if len(groups) == 0 {
		return nil, ErrNoData
	}
	metric := strings.ToLower(groups[0].Metric)
	bySubject := map[string]stats.Group{}
	var order []string
	for _, g := range groups {
		if strings.ToLower(g.Metric) != metric {
			return nil, fmt.Errorf("charts: shares of different metrics (%q and %q)", groups[0].Metric, g.Metric)
		}
		if g.Unit != stats.UnitPercent || g.Change != stats.NoChange {
			return nil, fmt.Errorf("charts: shares must be percent levels, not %s %s", g.Unit, g.Change)
		}
		if math.IsNaN(g.Median) || math.IsInf(g.Median, 0) {
			continue
		}
		key := strings.ToLower(g.Subject)
		old, ok := bySubject[key]
		if !ok {
			order = append(order, key)
		}
		if !ok || g.Period > old.Period || (g.Period == old.Period && g.Articles > old.Articles) {
			bySubject[key] = g
		}
	}
	if len(order) == 0 {
		return nil, ErrNoData
	}
	gs := make([]stats.Group, 0, len(order))
	for _, k := range order {
		gs = append(gs, bySubject[k])
	}
	slices.SortStableFunc(gs, func(a, b stats.Group) int {
		switch {
		case a.Median > b.Median:
			return -1
		case a.Median < b.Median:
			return 1
		}
		return strings.Compare(a.Subject, b.Subject)
	})
	return gs, nil
}

// SharesByMetric finds the share metrics (see IsShare) that groups give
// for two or more subjects and returns each metric's groups, the metric
// with the most subjects first. Pass every group (not only those several
// articles agree on): a subject stated by one article is still a bar.
func SharesByMetric(groups []stats.Group) [][]stats.Group {
	byMetric := map[string][]stats.Group{}
	subjects := map[string]map[string]bool{}
	var order []string
	for _, g := range groups {
		if !IsShare(g.Metric, g.Unit) || g.Change != stats.NoChange || g.Subject == "" {
			continue
		}
		m := strings.ToLower(g.Metric)
		if _, ok := byMetric[m]; !ok {
			order = append(order, m)
			subjects[m] = map[string]bool{}
		}
		byMetric[m] = append(byMetric[m], g)
		subjects[m][strings.ToLower(g.Subject)] = true
	}
	var out [][]stats.Group
	for _, m := range order {
		if len(subjects[m]) >= 2 {
			out = append(out, byMetric[m])
		}
	}
	slices.SortStableFunc(out, func(a, b []stats.Group) int {
		na, nb := len(subjects[strings.ToLower(a[0].Metric)]), len(subjects[strings.ToLower(b[0].Metric)])
		if na != nb {
			return nb - na
		}
		return strings.Compare(a[0].Metric, b[0].Metric)
	})
	return out
}

// subjectName is the label of a subject ("Unattributed" when empty).
func subjectName(s string) string {
	if s = clean(s); s != "" {
		return s
	}
	return "Unattributed"
}
