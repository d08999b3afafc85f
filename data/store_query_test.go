package data_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// TestClaimFilter checks each filter against a reference implementation
// over all the claims, and that each case selects some claims but not all.
func TestClaimFilter(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		dir := t.TempDir()
		special := filepath.Join(dir, "special.txt")
		if err := os.WriteFile(special, []byte("Odd_characters: 100% and \"quotes\"\n\n"+
			"U.S. exports rose 5% to $3 billion in 2023, while the \"50%_plan\" cut costs by 7 percent. "+
			"The United States trade deficit narrowed to 40.2 billion dlrs in the fourth quarter of 1986.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		db := MustOpenDB(t, b)
		ingest(t, db, "../examples", special)
		all := allClaims(t, db, stats.ClaimFilter{})
		f64 := func(v float64) *float64 { return &v }
		var some stats.Claim
		for _, c := range all {
			if c.Period != "" && c.Subject != "" {
				some = c
			}
		}
		lower := strings.ToLower
		contains := func(c stats.Claim, w string) bool {
			return strings.Contains(lower(c.Sentence), lower(w)) || strings.Contains(lower(c.Text), lower(w)) ||
				strings.Contains(lower(c.Title), lower(w))
		}
		tests := []struct {
			name  string
			f     stats.ClaimFilter
			match func(c stats.Claim) bool
			exact int // if > 0, the number of claims that must match
		}{
			{"subject any case", stats.ClaimFilter{Subject: "vIETNAM"}, func(c stats.Claim) bool { return c.Subject == "Vietnam" }, 0},
			{"subject alias", stats.ClaimFilter{Subject: "U.S."}, func(c stats.Claim) bool { return c.Subject == "United States" }, 0},
			{"metric any case", stats.ClaimFilter{Metric: "EXPORTS"}, func(c stats.Claim) bool { return lower(c.Metric) == "exports" }, 0},
			{"unit", stats.ClaimFilter{Unit: stats.UnitMoney}, func(c stats.Claim) bool { return c.Unit == stats.UnitMoney }, 0},
			{"period and periods within", stats.ClaimFilter{Period: some.Period}, func(c stats.Claim) bool {
				return c.Period == some.Period || strings.HasPrefix(c.Period, some.Period+"-")
			}, 0},
			{"article", stats.ClaimFilter{Article: some.Article}, func(c stats.Claim) bool { return c.Article == some.Article }, 0},
			{"min", stats.ClaimFilter{Min: f64(1000)}, func(c stats.Claim) bool { return c.Value >= 1000 }, 0},
			{"max", stats.ClaimFilter{Max: f64(5)}, func(c stats.Claim) bool { return c.Value <= 5 }, 0},
			{"min and max", stats.ClaimFilter{Min: f64(5), Max: f64(10)}, func(c stats.Claim) bool { return c.Value >= 5 && c.Value <= 10 }, 0},
			{"search words any case", stats.ClaimFilter{Search: "TRADE  deficit"}, func(c stats.Claim) bool { return contains(c, "trade") && contains(c, "deficit") }, 0},
			{"search title", stats.ClaimFilter{Search: "Canada"}, func(c stats.Claim) bool { return contains(c, "canada") }, 0},
			{"search percent literal", stats.ClaimFilter{Search: "50%_plan"}, func(c stats.Claim) bool { return contains(c, "50%_plan") }, 0},
			{"search % is no wildcard", stats.ClaimFilter{Search: "%"}, func(c stats.Claim) bool { return contains(c, "%") }, 0},
			{"search _ is no wildcard", stats.ClaimFilter{Search: "_"}, func(c stats.Claim) bool { return contains(c, "_") }, 0},
			{"search quote literal", stats.ClaimFilter{Search: `"quotes"`}, func(c stats.Claim) bool { return contains(c, `"quotes"`) }, 0},
			{"search quote and injection", stats.ClaimFilter{Search: `' OR 1=1 --`}, func(c stats.Claim) bool { return false }, -1},
			{"combined", stats.ClaimFilter{Subject: "japan", Unit: stats.UnitMoney, Min: f64(1e9)}, func(c stats.Claim) bool {
				return c.Subject == "Japan" && c.Unit == stats.UnitMoney && c.Value >= 1e9
			}, 0},
			{"limit", stats.ClaimFilter{Limit: 3}, nil, 3},
			{"unknown subject", stats.ClaimFilter{Subject: "Atlantis"}, func(c stats.Claim) bool { return false }, -1},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got := allClaims(t, db, tt.f)
				var want []stats.Claim
				if tt.match == nil {
					want = all[:tt.exact]
				} else {
					for _, c := range all {
						if tt.match(c) {
							want = append(want, c)
						}
					}
				}
				if tt.exact >= 0 && (len(want) == 0 || len(want) == len(all)) {
					t.Fatalf("the case selects %d of %d claims: make it select some", len(want), len(all))
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("got %d claims, want %d", len(got), len(want))
					for _, c := range got {
						t.Logf("got  %q %s %s", c.Text, c.Subject, c.Sentence)
					}
				}
			})
		}
	})
}

func TestSummary(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		ingest(t, db, "../examples")
		s, err := db.Summary(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		all := allClaims(t, db, stats.ClaimFilter{})
		byUnit := map[string]int{}
		for _, c := range all {
			byUnit[string(c.Unit)]++
		}
		var arts, undated int
		sources := map[string]bool{}
		first, last := "9999", ""
		if err := db.EachArticle(context.Background(), func(a *stats.Article, _ int) error {
			arts++
			sources[a.Source] = true
			if a.Date == "" {
				undated++
			} else {
				first, last = min(first, a.Date), max(last, a.Date)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if s.Articles != arts || s.Sources != len(sources) || s.Claims != len(all) || s.Undated != undated ||
			s.FirstDate != first || s.LastDate != last || s.Outdated != 0 || arts == 0 || undated == 0 {
			t.Errorf("summary %+v", s)
		}
		n := 0
		for i, c := range s.ByUnit {
			if byUnit[c.Name] != c.N || (i > 0 && c.N > s.ByUnit[i-1].N) {
				t.Errorf("unit %s: %d claims, want %d, in descending order", c.Name, c.N, byUnit[c.Name])
			}
			n += c.N
		}
		for _, g := range [][]data.Count{s.BySubject, s.ByMetric} {
			m := 0
			for _, c := range g {
				m += c.N
			}
			if m != len(all) {
				t.Errorf("counts add up to %d, want %d", m, len(all))
			}
		}
		if n != len(all) {
			t.Errorf("unit counts add up to %d, want %d", n, len(all))
		}
	})
}
