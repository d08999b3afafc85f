package charts

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
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
	gs, _, err := shareRows(groups)
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
		v := sourceMedian(g.Claims, g.Median)
		rows[i] = barRow{value: v, lo: g.Min, hi: g.Max, ranged: g.Min < g.Max,
			label: FormatValue(v, stats.UnitPercent, "")}
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

// SharesLabels returns the texts of a shares chart: "Of the five shown,
// APEC has the largest share of world GDP in 2023: 62%, ahead of the EU
// at 17%".
func SharesLabels(groups []stats.Group) Labels {
	all, left, err := shareRows(groups)
	if err != nil {
		return Labels{}
	}
	gs := all[:min(len(all), SharesTop)]
	m := metricPhrase(gs[0].Metric)
	fv := func(v float64) string { return FormatValue(v, stats.UnitPercent, "") }
	val := func(i int) float64 { return sourceMedian(gs[i].Claims, gs[i].Median) }
	if p := stats.PeriodPhrase(gs[0].Period); p != "" {
		m += " " + p
	}
	var title string
	switch {
	case len(gs) == 1:
		title = capitalize(subjectMetric(subjectName(gs[0].Subject), gs[0].Metric)) + " " + stats.PeriodPhrase(gs[0].Period) + ": " + fv(val(0))
	case val(0) == val(1):
		title = "Of the " + numberWord(len(all)) + " shown, " + withArticle(subjectName(gs[0].Subject)) + " and " + withArticle(subjectName(gs[1].Subject)) +
			" have the largest " + m + ": " + fv(val(0))
	default:
		// The ranking is of the subjects articles give figures for, not of
		// the world.
		title = "Of the " + numberWord(len(all)) + " shown, " + withArticle(subjectName(gs[0].Subject)) + " has the largest " + m + ": " + fv(val(0)) +
			", ahead of " + withArticle(subjectName(gs[1].Subject)) + " at " + fv(val(1))
	}

	ranged := false
	var claims []stats.GroupClaim
	for _, g := range gs {
		if g.Min < g.Max {
			ranged = true
		}
		claims = append(claims, g.Claims...)
	}
	period := stats.PeriodWords(gs[0].Period)
	if period == "" {
		period = "no period stated"
	}
	note := "median of the figures articles give"
	if len(claims) == len(gs) {
		note = "as stated in articles"
	}
	if len(all) > len(gs) {
		note = "top " + itoa(len(gs)) + " of " + plural(len(all), "subject") + ", " + note
	}
	if len(left) > 0 {
		note += "; not ranked against their own members: " + strings.Join(left, ", ")
	}
	src := claimsSource(claims)
	if ranged {
		src.Notes = append(src.Notes, "lines show the range of figures across articles")
	}
	return Labels{
		Title:    title,
		Subtitle: kind{metric: gs[0].Metric, unit: stats.UnitPercent}.subtitle(period, note),
		Source:   src.Line(),
	}
}

// shareRows checks that groups are percent levels of one metric and
// returns what a shares chart ranks: figures of one period (the one
// stated for the most subjects, the latest of equals), one group per
// subject (the one stated by the most articles), largest median first.
// A bloc is never ranked against its own members: when both are there,
// the blocs go (or the members, when the blocs are the most), and left
// names those left out.
func shareRows(groups []stats.Group) (rows []stats.Group, left []string, err error) {
	if len(groups) == 0 {
		return nil, nil, ErrNoData
	}
	metric := strings.ToLower(groups[0].Metric)
	byPeriod := map[string]map[string]stats.Group{}
	for _, g := range groups {
		if strings.ToLower(g.Metric) != metric {
			return nil, nil, fmt.Errorf("charts: shares of different metrics (%q and %q)", groups[0].Metric, g.Metric)
		}
		if g.Unit != stats.UnitPercent || g.Change != stats.NoChange {
			return nil, nil, fmt.Errorf("charts: shares must be percent levels, not %s %s", g.Unit, g.Change)
		}
		if math.IsNaN(g.Median) || math.IsInf(g.Median, 0) {
			continue
		}
		subjects := byPeriod[g.Period]
		if subjects == nil {
			subjects = map[string]stats.Group{}
			byPeriod[g.Period] = subjects
		}
		key := strings.ToLower(g.Subject)
		if old, ok := subjects[key]; !ok || g.Articles > old.Articles {
			subjects[key] = g
		}
	}
	best := ""
	found := false
	for p, subjects := range byPeriod {
		if !found || len(subjects) > len(byPeriod[best]) ||
			len(subjects) == len(byPeriod[best]) && stats.ComparePeriods(p, best) > 0 {
			best, found = p, true
		}
	}
	if !found {
		return nil, nil, ErrNoData
	}
	for _, g := range byPeriod[best] {
		rows = append(rows, g)
	}
	rows, left = withoutBlocMembers(rows)
	slices.SortStableFunc(rows, func(a, b stats.Group) int {
		va, vb := sourceMedian(a.Claims, a.Median), sourceMedian(b.Claims, b.Median)
		switch {
		case va > vb:
			return -1
		case va < vb:
			return 1
		}
		return strings.Compare(a.Subject, b.Subject)
	})
	return rows, left, nil
}

// withoutBlocMembers leaves out of rows either the blocs that have a
// member among the rows, or those members, whichever are fewer (blocs
// when as many), and returns the names left out.
func withoutBlocMembers(rows []stats.Group) ([]stats.Group, []string) {
	codes := map[string]bool{}
	for _, g := range rows {
		if e, ok := stats.EntityByName(g.Subject); ok && e.Alpha3 != "" {
			codes[e.Alpha3] = true
		}
	}
	blocs := map[string]bool{}   // blocs with a member among the rows
	members := map[string]bool{} // those members' codes
	for _, g := range rows {
		b, ok := stats.BlocByName(g.Subject)
		if !ok {
			continue
		}
		year := 9999
		if p, ok := stats.ParsePeriod(g.Period); ok && len(p.String()) >= 4 {
			year, _ = strconv.Atoi(p.String()[:4])
		}
		for _, m := range b.MembersIn(year) {
			if codes[m] {
				blocs[strings.ToLower(g.Subject)] = true
				members[m] = true
			}
		}
	}
	if len(blocs) == 0 {
		return rows, nil
	}
	dropBlocs := len(blocs) <= len(members)
	var kept []stats.Group
	var left []string
	for _, g := range rows {
		drop := blocs[strings.ToLower(g.Subject)]
		if !dropBlocs {
			e, ok := stats.EntityByName(g.Subject)
			drop = ok && members[e.Alpha3]
		}
		if drop {
			left = append(left, g.Subject)
			continue
		}
		kept = append(kept, g)
	}
	slices.Sort(left)
	return kept, left
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
