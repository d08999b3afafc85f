package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/charts"
	"github.com/tradestats/tradestats/stats"
)

// TestChartCommand draws each kind of chart of the examples as PNG and
// SVG, with what is drawn chosen and given.
func TestChartCommand(t *testing.T) {
	ingestExamples(t)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		what string // in the line on stdout
	}{
		{"compare", []string{"--kind", "compare"}, "compare: APEC · share of world gdp · percent"},
		{"compare given", []string{"--kind", "compare", "--subject", "Asia-Pacific Economic Cooperation", "--metric", "of global output"}, "compare: APEC · share of world gdp"},
		{"shares", []string{"--kind", "shares"}, "shares: share of world trade, 6 subjects"},
		{"shares given", []string{"--kind", "SHARES", "--metric", "share of global trade"}, "shares: share of world trade, 6 subjects"},
		{"timeline", []string{"--kind", "timeline"}, "timeline: South Korea · trade surplus · money (USD), 5 periods"},
		{"timeline given", []string{"--kind", "timeline", "--subject", "Vietnam", "--metric", "export growth"}, "timeline: Vietnam · exports growth · percent, 4 periods"},
		{"overview", []string{"--kind", "overview"}, "overview: claims per subject"},
	}
	for _, tt := range tests {
		for _, ext := range []string{".png", ".svg", ".PNG"} {
			t.Run(tt.name+ext, func(t *testing.T) {
				out := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+ext)
				code, stdout, stderr := runCmd(t, "", append([]string{"chart", "-o", out}, tt.args...)...)
				if code != 0 || stderr != "" {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				if want := "chart: wrote " + out + " (" + tt.what; !strings.HasPrefix(stdout, want) {
					t.Errorf("stdout %q, want %q...", stdout, want)
				}
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				if ext == ".svg" {
					if !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("sans-serif")) {
						t.Errorf("%s: not an SVG with a sans-serif font", out)
					}
					return
				}
				cfg, err := png.DecodeConfig(bytes.NewReader(b))
				if !bytes.HasPrefix(b, []byte(pngMagic)) || err != nil || cfg.Width != 1280 {
					t.Errorf("%s: not a 1280-pixel PNG: %v", out, err)
				}
			})
		}
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestChartErrors(t *testing.T) {
	ingestExamples(t)
	dir := t.TempDir()
	empty := emptyDB(t, dir)
	file := filepath.Join(dir, "x.png")
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown kind", []string{"--kind", "pie", "-o", file}, 2, `unknown kind "pie"`},
		{"no kind", []string{"-o", file}, 2, "no --kind"},
		{"no output", []string{"--kind", "overview"}, 2, "no -o FILE"},
		{"bad extension", []string{"--kind", "overview", "-o", filepath.Join(dir, "x.jpg")}, 2, `unknown chart format ".jpg"`},
		{"no extension", []string{"--kind", "overview", "-o", filepath.Join(dir, "x")}, 2, "no file extension"},
		{"argument", []string{"--kind", "overview", "-o", file, "examples"}, 2, "unexpected argument"},
		{"overview with subject", []string{"--kind", "overview", "--subject", "APEC", "-o", file}, 2, "do not apply"},
		{"shares with subject", []string{"--kind", "shares", "--subject", "APEC", "-o", file}, 2, "--subject does not apply"},
		{"no such group", []string{"--kind", "compare", "--subject", "Atlantis", "-o", file}, 1, "no figure of Atlantis is stated by two or more articles"},
		{"one article", []string{"--kind", "compare", "--subject", "Vietnam", "--metric", "exports", "-o", file}, 1, "no figure of Vietnam · exports"},
		{"no timeline", []string{"--kind", "timeline", "--subject", "APEC", "-o", file}, 1, "three or more periods"},
		{"no shares", []string{"--kind", "shares", "--metric", "exports", "-o", file}, 1, "no share figures of exports"},
		{"empty database", []string{"--kind", "overview", "--db", empty, "-o", file}, 1, "holds no claims"},
		{"no database", []string{"--kind", "overview", "--db", filepath.Join(dir, "none.db"), "-o", file}, 1, "no database"},
		{"unwritable", []string{"--kind", "overview", "-o", filepath.Join(dir, "no", "dir.png")}, 1, filepath.Join(dir, "no", "dir.png") + ": no such file or directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", append([]string{"chart"}, tt.args...)...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || stdout != "" {
				t.Errorf("exit %d, %q, %q; want %d, %q", code, stdout, stderr, tt.code, tt.stderr)
			}
			if tt.code == 2 && !strings.Contains(stderr, "usage: tradestats chart") {
				t.Errorf("no usage line: %q", stderr)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 { // empty.db
				t.Errorf("files written: %v", entries)
			}
		})
	}
}

func TestPeriodSpan(t *testing.T) {
	for p, want := range map[string]string{
		"2023": "year", "1986/87": "fiscal", "2019-H1": "half", "2004-Q4": "quarter", "1987-02": "month",
		"1987-02-26": "day", "": "", "1987-13": "", "2004-Q5": "", "week to 1987-02-22": "",
		"1986-01..1986-09": "", "1988/1992": "", "87": "",
	} {
		if got := periodSpan(p); got != want {
			t.Errorf("periodSpan(%q) = %q, want %q", p, got, want)
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
	got := timelineSeries(groups)
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
	if err := charts.Timeline(&bytes.Buffer{}, chile, charts.Options{}); err != nil {
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
	sets := shareSets(groups, true)
	if len(sets) != 1 || len(sets[0]) != 2 || sets[0][0].Subject != "APEC" || sets[0][0].Articles != 4 || sets[0][1].Subject != "European Union" {
		t.Errorf("world shares: %+v", sets)
	}
	if sets := shareSets(groups, false); len(sets) != 2 {
		t.Errorf("all shares: %d sets, want 2", len(sets))
	}
	if sets := shareSets(groups[:4], true); len(sets) != 1 {
		t.Errorf("%d sets", len(sets))
	}
	if sets := shareSets(groups[3:5], true); len(sets) != 0 {
		t.Errorf("one subject left: %d sets, want none", len(sets))
	}
}
