package charts

import (
	"bytes"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

func TestPeriodSpan(t *testing.T) {
	for p, want := range map[string]string{
		"2023": "year", "FY1986/87": "", "2019-H1": "half", "2004-Q4": "quarter", "1987-02": "month",
		"1987-02-26": "day", "": "", "1987-13": "", "2004-Q5": "", "week to 1987-02-22": "",
		"1986-01..1986-09": "", "1988/1992": "", "87": "",
	} {
		if got := PeriodSpan(p); got != want {
			t.Errorf("PeriodSpan(%q) = %q, want %q", p, got, want)
		}
	}
}

// TestTimelineSeries checks that a series keeps one unit, one kind of
// figure and one length of period, and that levels stated by more
// articles come first.
func TestTimelineSeries(t *testing.T) {
	group := func(subject, metric string, unit stats.Unit, change stats.Change, period string, values ...float64) stats.Group {
		g := stats.Group{GroupKey: stats.GroupKey{Subject: subject, Metric: metric, Unit: unit, Period: period, Change: change}}
		for i, v := range values {
			g.Claims = append(g.Claims, stats.GroupClaim{Article: period + string(rune('a'+i)), Value: v, Date: "2026-0" + string(rune('1'+i))})
		}
		g.Articles = len(values)
		g.Min, g.Median, g.Max = values[0], values[len(values)/2], values[len(values)-1]
		return g
	}
	pct, usd := stats.UnitPercent, stats.UnitMoney
	groups := []stats.Group{
		group("Vietnam", "exports growth", pct, "", "2025-Q1", 3.4),
		group("Vietnam", "exports growth", pct, "", "2025", 5), // a year, not a quarter
		group("Vietnam", "exports growth", pct, "", "2025-Q2", 4.6),
		group("Vietnam", "exports growth", pct, "", "2025-Q3", 4.9),
		group("Vietnam", "exports growth", pct, "", "", 5.2), // no period
		group("Chile", "exports", usd, stats.Up, "2024-01", 1e9, 1e9),
		group("Chile", "exports", usd, stats.Up, "2024-02", 2e9, 2e9),
		group("Chile", "exports", usd, stats.Up, "2024-03", 3e9, 3e9),
		group("Chile", "exports", usd, "", "2024-01", 8e9),
		group("Chile", "exports", usd, "", "2024-02", 8.1e9, 8.2e9, 8.3e9),
		group("Chile", "exports", usd, "", "2024-03", 8.2e9),
		group("Chile", "exports", pct, "", "2024-04", 8), // another unit
		group("Peru", "exports", usd, "", "2024-01", 1e9),
		group("Peru", "exports", usd, "", "2024-02", 1e9),
	}
	got := TimelineSeries(groups)
	type key struct {
		subject string
		unit    stats.Unit
		change  stats.Change
		periods int
	}
	want := []key{{"Chile", usd, "", 3}, {"Vietnam", pct, "", 3}, {"Chile", usd, stats.Up, 3}}
	if len(got) != len(want) {
		t.Fatalf("%d series, want %d: %+v", len(got), len(want), got)
	}
	for i, s := range got {
		if k := (key{s.Subject, s.Unit, s.Change, len(s.Points)}); k != want[i] {
			t.Errorf("series %d: %+v, want %+v", i, k, want[i])
		}
	}
	chile := got[0]
	if chile.Articles != 5 || chile.First != "2026-01" || chile.Last != "2026-03" {
		t.Errorf("Chile: %d articles, %s to %s", chile.Articles, chile.First, chile.Last)
	}
	for _, p := range chile.Points {
		if p.Period == "2024-02" && (p.Value != 8.2e9 || p.Min != 8.1e9 || p.Max != 8.3e9 || p.Claims != 3 || p.Articles != 3) {
			t.Errorf("Chile Feb 2024: %+v", p)
		}
	}
	if err := Timeline(&bytes.Buffer{}, chile, Options{}); err != nil {
		t.Error(err)
	}
}

// TestShareSets checks that world shares are kept, impossible shares are
// dropped and each subject keeps its figure stated by the most articles.
func TestShareSets(t *testing.T) {
	share := func(subject, metric, period string, median float64, articles int) stats.Group {
		g := stats.Group{GroupKey: stats.GroupKey{Subject: subject, Metric: metric, Unit: stats.UnitPercent, Period: period},
			Min: median, Median: median, Max: median, Articles: articles}
		for i := range articles {
			g.Claims = append(g.Claims, stats.GroupClaim{Article: subject + period + string(rune('a'+i)), Value: median})
		}
		return g
	}
	groups := []stats.Group{
		share("APEC", "share of world gdp", "", 61, 4),
		share("APEC", "share of world gdp", "2030", 60, 1),
		share("European Union", "share of world gdp", "", 17, 1),
		share("Denmark", "share of world gdp", "", 129, 1), // impossible
		share("Uganda", "share of exports", "", 90, 1),     // of its own exports
		share("Kenya", "share of exports", "", 20, 1),
	}
	sets := ShareSets(groups, true)
	if len(sets) != 1 || len(sets[0]) != 2 || sets[0][0].Subject != "APEC" || sets[0][0].Articles != 4 || sets[0][1].Subject != "European Union" {
		t.Errorf("world shares: %+v", sets)
	}
	if sets := ShareSets(groups, false); len(sets) != 2 {
		t.Errorf("all shares: %d sets, want 2", len(sets))
	}
	if sets := ShareSets(groups[:4], true); len(sets) != 1 {
		t.Errorf("%d sets", len(sets))
	}
	if sets := ShareSets(groups[3:5], true); len(sets) != 0 {
		t.Errorf("one subject left: %d sets, want none", len(sets))
	}
	// two subjects, but each in its own period: nothing to rank
	if sets := ShareSets([]stats.Group{groups[1], groups[2]}, true); len(sets) != 0 {
		t.Errorf("one subject a period: %d sets, want none", len(sets))
	}
	// names read from articles are no economies to rank
	names := []stats.Group{share("Bandung", "share of world population", "", 66.67, 1), share("Infobox Health", "share of world population", "", 5, 1),
		share("India", "share of world population", "", 17, 1)}
	if sets := ShareSets(names, true); len(sets) != 0 {
		t.Errorf("names: %+v, want none", sets)
	}
}
