package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

// checkOrder ranks verdicts for the report: differs first.
var checkOrder = map[stats.CheckVerdict]int{stats.CheckDiffers: 0, stats.CheckClose: 1, stats.CheckAgrees: 2}

// reportChecks gathers what the report shows of the stored checks: the
// checks for the Checks sheet and the page (nil when no claim has been
// checked), and the charts of the figures with an official value, at most
// maxCharts, those with a figure that differs first.
//
// A report of part of the database (filters) shows the checks of that
// part only.
func reportChecks(ctx context.Context, db *data.DB, scope reportScope, maxCharts int) (*reports.Checks, []*charts.Plan, error) {
	if !scope.everything() {
		return scopeChecks(ctx, db, scope, maxCharts)
	}
	counts, unchecked, err := db.CheckCounts(ctx)
	if err != nil {
		return nil, nil, err
	}
	checked := 0
	for _, n := range counts {
		checked += n
	}
	if checked == 0 {
		return nil, nil, nil
	}
	out := &reports.Checks{Counts: counts, Unchecked: unchecked}
	if err := db.EachCheckedClaim(ctx, func(c *stats.Claim) error {
		c.Sentence = cell(c.Sentence)
		out.Claims = append(out.Claims, *c)
		if out.Source == "" {
			out.Source = c.Check.Source
		}
		return nil
	}); err != nil {
		return nil, nil, err
	}
	slices.SortStableFunc(out.Claims, func(a, b stats.Claim) int {
		return cmp.Compare(checkOrder[a.Check.Verdict], checkOrder[b.Check.Verdict])
	})
	reasons, err := db.NoReferenceReasons(ctx)
	if err != nil {
		return nil, nil, err
	}
	byKind := map[string]int{}
	for _, r := range reasons {
		k := reports.ReasonKind(r.Name)
		if byKind[k] == 0 {
			out.Reasons = append(out.Reasons, reports.ReasonCount{Reason: k})
		}
		byKind[k] += r.N
	}
	for i := range out.Reasons {
		out.Reasons[i].N = byKind[out.Reasons[i].Reason]
	}
	return finishChecks(out, maxCharts)
}

// scopeChecks is reportChecks for the claims of a scope: the counts,
// claims and reasons are those of its claims.
func scopeChecks(ctx context.Context, db *data.DB, scope reportScope, maxCharts int) (*reports.Checks, []*charts.Plan, error) {
	out := &reports.Checks{Counts: map[stats.CheckVerdict]int{}}
	byKind := map[string]int{}
	err := scope.each(ctx, db, func(c *stats.Claim) error {
		k := c.Check
		switch {
		case k == nil:
			out.Unchecked++
			return nil
		case k.Verdict == stats.CheckNone:
			r := reports.ReasonKind(k.Reason)
			if byKind[r] == 0 {
				out.Reasons = append(out.Reasons, reports.ReasonCount{Reason: r})
			}
			byKind[r]++
		case k.Reference != nil:
			cp := *c
			cp.Sentence = cell(c.Sentence)
			out.Claims = append(out.Claims, cp)
			if out.Source == "" {
				out.Source = k.Source
			}
		}
		out.Counts[k.Verdict]++
		return nil
	})
	if err != nil || len(out.Counts) == 0 {
		return nil, nil, err
	}
	for i := range out.Reasons {
		out.Reasons[i].N = byKind[out.Reasons[i].Reason]
	}
	slices.SortStableFunc(out.Claims, func(a, b stats.Claim) int {
		return cmp.Compare(checkOrder[a.Check.Verdict], checkOrder[b.Check.Verdict])
	})
	return finishChecks(out, maxCharts)
}

// finishChecks orders the reasons and plans the charts of the figures
// with an official value.
func finishChecks(out *reports.Checks, maxCharts int) (*reports.Checks, []*charts.Plan, error) {
	slices.SortStableFunc(out.Reasons, func(a, b reports.ReasonCount) int { return cmp.Compare(b.N, a.N) })
	if maxCharts == 0 || len(out.Claims) == 0 {
		return out, nil, nil
	}
	checker, _, err := loadChecker()
	if err != nil {
		return nil, nil, err
	}
	return out, officialCharts(checker, out.Claims, maxCharts), nil
}

// officialCharts draws the figures with an official value against the
// official series: one chart per series (subject, formula, currency),
// those with a figure that differs first, then by number of figures.
func officialCharts(checker *stats.Checker, claims []stats.Claim, maxCharts int) []*charts.Plan {
	type group struct {
		ref    *stats.Reference
		claims []*stats.Claim
		worst  int
	}
	var groups []*group
	byKey := map[string]*group{}
	for i := range claims {
		c := &claims[i]
		r := checker.Reference(c)
		if r == nil {
			continue // the reference data changed since the check
		}
		g := byKey[r.Key()]
		if g == nil {
			g = &group{ref: r, worst: 3}
			byKey[r.Key()] = g
			groups = append(groups, g)
		}
		g.claims = append(g.claims, c)
		g.worst = min(g.worst, checkOrder[c.Check.Verdict])
	}
	slices.SortStableFunc(groups, func(a, b *group) int {
		return cmp.Or(cmp.Compare(a.worst, b.worst), cmp.Compare(len(b.claims), len(a.claims)))
	})
	var out []*charts.Plan
	for _, g := range groups[:min(len(groups), maxCharts)] {
		first, last := g.claims[0].Check.Year, g.claims[0].Check.Year
		o := charts.Official{
			Subject: g.ref.Subject, What: g.ref.What(), Unit: g.claims[0].Unit, Currency: g.claims[0].Currency,
			Series: g.ref.Series, Source: checker.Source(),
		}
		for _, c := range g.claims {
			first, last = min(first, c.Check.Year), max(last, c.Check.Year)
			o.Stated = append(o.Stated, charts.Stated{Year: c.Check.Year, Value: c.Value, Verdict: c.Check.Verdict, Article: c.Article})
		}
		// The official series from five years before the first figure to
		// the year after the last.
		for y := first - 5; y <= last+1; y++ {
			if v, ok := checker.ValueAt(g.ref, y); ok {
				o.Line = append(o.Line, charts.YearValue{Year: y, Value: v})
			}
		}
		out = append(out, &charts.Plan{
			Kind: "official", What: fmt.Sprintf("%s · %s, %d figures", cell(o.Subject), o.What, len(o.Stated)),
			Labels: charts.OfficialLabels(o),
			Draw:   func(w io.Writer, opt charts.Options) error { return charts.OfficialChart(w, o, opt) },
		})
	}
	return out
}
