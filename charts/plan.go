package charts

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// Plan is a chart to draw: its kind, what it shows, its texts, the data
// for a native spreadsheet chart, and how to draw it.
type Plan struct {
	Kind   string // compare, shares, timeline, official or overview
	What   string // what it shows, for messages
	Labels Labels // its texts: the caption in the page and the workbook
	// Group is the frame of the comparison group a compare chart draws
	// (nil for other kinds), so that the page can link the chart to it.
	Group *stats.GroupKey
	// Table is the chart's data for a native spreadsheet chart (nil when
	// there is none).
	Table *Table
	// Draw draws the chart.
	Draw func(w io.Writer, opt Options) error
}

// Table is the data of a chart as a table: a category per row (an
// article, a period, a subject) and a column of values per series.
type Table struct {
	Kind       string // "bar" (a bar per category) or "line" (categories in time order)
	Title      string
	Unit       stats.Unit
	Currency   string
	ValueName  string // the values' column header ("Figure", "Median")
	Categories []string
	Values     []float64
}

// PlanReport chooses the charts of a report, in the order of the page:
// comparisons of the groups shown (stated by two or more independent
// articles, conflicts first), shares of every world-share metric (from
// all groups: a subject stated by one article is still a bar), then
// timelines of levels. maxCharts caps each kind.
//
// casing, if not nil, is how the dataset writes its words (see
// Options.Casing).
func PlanReport(all, shown []stats.Group, maxCharts int, casing *stats.Casing) []*Plan {
	var out []*Plan
	for _, g := range shown[:min(len(shown), maxCharts)] {
		out = append(out, PlanCompare(g, casing))
	}
	shares := ShareSets(all, true)
	for _, gs := range shares[:min(len(shares), maxCharts)] {
		out = append(out, PlanShares(gs))
	}
	// Timelines of levels only: "the fall in car sales rose" confuses.
	series := slices.DeleteFunc(TimelineSeries(all), func(s Series) bool { return s.Change != stats.NoChange })
	for _, s := range series[:min(len(series), maxCharts)] {
		out = append(out, PlanTimeline(s))
	}
	return out
}

// PlanCompare plans the comparison chart of one group; casing may be nil.
func PlanCompare(g stats.Group, casing *stats.Casing) *Plan {
	key := g.GroupKey
	t := &Table{Kind: "bar", Title: capitalize(groupPhrase(key)), Unit: g.Unit, Currency: g.Currency, ValueName: "Figure"}
	claims := sortedClaims(g)
	verdicts, _ := ClaimVerdicts(g.Verdict, claims)
	rows, _ := articleRows(claims, verdicts, casing)
	for _, r := range rows {
		for _, c := range r.claims {
			t.Categories = append(t.Categories, r.label.main)
			t.Values = append(t.Values, c.Value)
		}
	}
	return &Plan{
		Kind: "compare", What: capitalize(groupPhrase(key)), Labels: CompareLabels(g), Group: &key, Table: t,
		Draw: func(w io.Writer, opt Options) error {
			if opt.Casing == nil {
				opt.Casing = casing
			}
			return Compare(w, g, opt)
		},
	}
}

// PlanShares plans the shares chart of one metric's groups.
func PlanShares(groups []stats.Group) *Plan {
	rows, _, _ := shareRows(groups)
	rows = rows[:min(len(rows), SharesTop)]
	var t *Table
	if len(rows) > 0 {
		t = &Table{Kind: "bar", Title: capitalize(metricPhrase(rows[0].Metric)) + " " + stats.PeriodPhrase(rows[0].Period),
			Unit: stats.UnitPercent, ValueName: "Share"}
		for _, g := range rows {
			t.Categories = append(t.Categories, subjectName(g.Subject))
			t.Values = append(t.Values, sourceMedian(g.Claims, g.Median))
		}
	}
	return &Plan{
		Kind: "shares", What: fmt.Sprintf("%s, %d subjects", metricPhrase(groups[0].Metric), len(rows)),
		Labels: SharesLabels(groups), Table: t,
		Draw: func(w io.Writer, opt Options) error { return Shares(w, groups, opt) },
	}
}

// PlanTimeline plans the timeline of one series.
func PlanTimeline(s Series) *Plan {
	pts, _, _ := timelinePoints(s)
	key := s.Key
	if key.Subject == "" {
		key = stats.GroupKey{Subject: s.Subject, Metric: s.Metric, Unit: s.Unit, Currency: s.Currency, Change: s.Change}
	}
	key.Period = ""
	what := capitalize(groupPhrase(key))
	t := &Table{Kind: "line", Title: what, Unit: s.Unit, Currency: s.Currency, ValueName: "Median"}
	for _, p := range pts {
		t.Categories = append(t.Categories, PeriodLabel(p.Period))
		t.Values = append(t.Values, p.Value)
	}
	return &Plan{
		Kind: "timeline", What: fmt.Sprintf("%s, %d periods", what, len(pts)), Labels: TimelineLabels(s), Table: t,
		Draw: func(w io.Writer, opt Options) error { return Timeline(w, s, opt) },
	}
}

// PlanOverview plans the chart of claims per subject, with its source
// line.
func PlanOverview(counts []Count, source string, claims int) *Plan {
	labels := OverviewLabels(counts)
	labels.Source = source
	top, _, _ := overviewRows(counts)
	t := &Table{Kind: "bar", Title: "Claims per subject", Unit: stats.UnitCount, ValueName: "Claims"}
	for _, c := range top {
		t.Categories = append(t.Categories, subjectName(c.Label))
		t.Values = append(t.Values, float64(c.N))
	}
	return &Plan{
		Kind: "overview", What: fmt.Sprintf("claims per subject, %d claims", claims), Labels: labels, Table: t,
		Draw: func(w io.Writer, opt Options) error {
			if opt.Source == "" {
				opt.Source = labels.Source
			}
			return Overview(w, counts, opt)
		},
	}
}

// ShareSets returns the groups of each share metric for a shares chart
// (SharesByMetric), the metric stated for the most subjects first.
// Figures above 100% or below 0 are left out, as impossible shares, and
// each subject keeps only its groups stated by the most articles. With
// world set, only shares of a whole that all subjects share are kept:
// "share of world gdp" and the other "share of world ..." metrics, not
// "share of exports" (of each subject's own).
func ShareSets(groups []stats.Group, world bool) [][]stats.Group {
	var out [][]stats.Group
	for _, gs := range SharesByMetric(groups) {
		if world && !strings.HasPrefix(strings.ToLower(gs[0].Metric), "share of world ") {
			continue
		}
		gs = slices.DeleteFunc(slices.Clone(gs), func(g stats.Group) bool { return g.Median < 0 || g.Median > 100 || world && !economy(g.Subject) })
		most := map[string]int{}
		for _, g := range gs {
			k := strings.ToLower(g.Subject)
			most[k] = max(most[k], g.Articles)
		}
		gs = slices.DeleteFunc(gs, func(g stats.Group) bool { return g.Articles < most[strings.ToLower(g.Subject)] })
		// two subjects or more in the one period the chart ranks (not one
		// bar, nor one per period)
		if rows, _, err := shareRows(gs); err == nil && len(rows) >= 2 {
			out = append(out, gs)
		}
	}
	return out
}

// economy reports whether subject is a country, territory, bloc or region
// the gazetteer knows: what shares of the world's GDP or trade rank (not
// a name read from an article, "the Bandung conference").
func economy(subject string) bool {
	e, ok := stats.EntityByName(subject)
	return ok && (e.Kind == stats.KindCountry || e.Kind == stats.KindBloc || e.Kind == stats.KindRegion)
}

// timelineKey identifies a figure over time: a group's whole frame but
// the period (so that different measures, bases, counterparts and
// forecasters are never joined on one line), over periods of one length.
type timelineKey struct {
	key  stats.GroupKey
	span string // see PeriodSpan
}

// TimelineSeries finds the figures stated for three or more periods of
// one length (years, quarters, months...) with one frame, and returns
// their series: levels before rises and falls, then the one stated by the
// most articles first. A point is the period's group: the median over its
// independent articles, and the least and greatest figure.
func TimelineSeries(groups []stats.Group) []Series {
	byKey := map[timelineKey][]*stats.Group{}
	var keys []timelineKey
	for i := range groups {
		g := &groups[i]
		span := PeriodSpan(g.Period)
		if span == "" {
			continue
		}
		k := g.GroupKey
		k.Period = ""
		tk := timelineKey{k, span}
		if _, ok := byKey[tk]; !ok {
			keys = append(keys, tk)
		}
		byKey[tk] = append(byKey[tk], g)
	}
	var out []Series
	for _, k := range keys {
		gs := byKey[k]
		if len(gs) < 3 { // one group per period: the period is part of the group key
			continue
		}
		if !joined(gs) {
			continue // scattered periods with none next to another make no line
		}
		s := Series{Subject: k.key.Subject, Metric: k.key.Metric, Unit: k.key.Unit, Currency: k.key.Currency,
			UnitName: k.key.UnitName, Change: k.key.Change, Key: k.key}
		var claims []stats.GroupClaim
		for _, g := range gs {
			s.Points = append(s.Points, stats.SeriesPoint{Period: g.Period, Value: sourceMedian(g.Claims, g.Median),
				Min: g.Min, Max: g.Max, Claims: len(g.Claims), Articles: g.Articles})
			claims = append(claims, g.Claims...)
		}
		src := claimsSource(claims)
		s.Articles, s.First, s.Last, s.Publishers = src.Articles, src.First, src.Last, src.Publishers
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b Series) int {
		return cmp.Or(
			cmp.Compare(changeRank(a.Change), changeRank(b.Change)),
			cmp.Compare(b.Articles, a.Articles),
			cmp.Compare(len(b.Points), len(a.Points)),
			strings.Compare(a.Subject, b.Subject),
			strings.Compare(a.Metric, b.Metric),
		)
	})
	return out
}

// joined reports whether two of the groups' periods follow each other, so
// that a timeline of them draws some line.
func joined(gs []*stats.Group) bool {
	s := Series{}
	for _, g := range gs {
		s.Points = append(s.Points, stats.SeriesPoint{Period: g.Period, Value: 0, Min: 0, Max: 0})
	}
	pts, pos, err := timelinePoints(s)
	if err != nil {
		return false
	}
	return slices.Contains(periodGaps(pts, pos), false)
}

// changeRank orders levels before rises and falls.
func changeRank(c stats.Change) int {
	if c == stats.NoChange {
		return 0
	}
	return 1
}

// PeriodSpan returns the length of a period of claims.md: "year" (2023),
// "half" (2019-H1), "quarter" (2004-Q4), "month" (1987-02) or "day"
// (1987-02-26); "" for no period and for other forms (spans, fiscal
// years), which do not go on a time axis.
func PeriodSpan(p string) string {
	switch periodLength(p) {
	case 1:
		return "year"
	case 0.5:
		return "half"
	case 0.25:
		return "quarter"
	case 1.0 / 12:
		return "month"
	case 1.0 / 365:
		return "day"
	}
	return ""
}
