package charts

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// refClaimVerdicts is the former ClaimVerdicts, quadratic in the number of
// claims, kept as the reference of the sweep in coveredPoint.
func refClaimVerdicts(verdict stats.Verdict, claims []stats.GroupClaim) (verdicts []stats.Verdict, majority bool) {
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
	articles := countArticles(claims)
	best, bestN := refCoveredPoint(claims)
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

// refCoveredPoint is the former search for the point covered by the most
// articles: for each candidate point, every claim.
func refCoveredPoint(claims []stats.GroupClaim) (best float64, bestN int) {
	for _, c := range claims {
		for _, x := range []float64{c.Low, c.High, c.Value} {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				continue
			}
			covering := map[string]bool{}
			for _, d := range claims {
				if d.Low <= x && x <= d.High {
					covering[articleKey(d)] = true
				}
			}
			if n := len(covering); n > bestN || (n == bestN && x < best) {
				best, bestN = x, n
			}
		}
	}
	return best, bestN
}

// randomClaims makes a group of claims on a coarse grid, so that points
// coincide and counts tie, from few articles (some named by title and
// date only), with some infinite or NaN ends, empty or reversed intervals
// and outlier marks.
func randomClaims(r *rand.Rand) []stats.GroupClaim {
	n := r.IntN(25)
	articles := 1 + r.IntN(n+1)
	marks := r.IntN(3) == 0
	grid := func() float64 { return float64(r.IntN(21)-5) / 2 } // -2.5 … 7.5
	claims := make([]stats.GroupClaim, n)
	for i := range claims {
		a := r.IntN(articles)
		c := stats.GroupClaim{Title: "T" + strconv.Itoa(a%3), Date: "D" + strconv.Itoa(a)}
		if a%4 != 0 {
			c.Article = "a" + strconv.Itoa(a)
		}
		c.Value = grid()
		switch r.IntN(4) {
		case 0: // exact
			c.Low, c.High = c.Value, c.Value
		case 1: // around the value
			c.Low, c.High = c.Value-float64(r.IntN(4))/2, c.Value+float64(r.IntN(4))/2
		default: // anywhere, possibly reversed
			c.Low, c.High = grid(), grid()
		}
		switch r.IntN(12) {
		case 0:
			c.Low = math.Inf(-1)
		case 1:
			c.High = math.Inf(1)
		case 2:
			c.Low, c.High = math.Inf(-1), math.Inf(1)
		case 3:
			c.Low = math.NaN()
		case 4:
			c.Value = math.NaN()
		case 5:
			c.Value = math.Inf(1)
		case 6:
			c.Low, c.High = math.Inf(1), math.Inf(1)
		case 7:
			c.High = math.Inf(-1)
		case 8:
			c.Value = c.Value * 1000 // far from the others, still on a grid
		}
		c.Outlier = marks && r.IntN(4) == 0
		claims[i] = c
	}
	return claims
}

// TestClaimVerdictsReference checks the sweep against the quadratic
// reference on random groups: the same point, count, verdicts and
// majority.
func TestClaimVerdictsReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	verdicts := []stats.Verdict{stats.Conflict, stats.Tension, stats.Consistent, ""}
	majorities, ties := 0, 0
	for i := range 20000 {
		claims := randomClaims(r)
		wantX, wantN := refCoveredPoint(claims)
		gotX, gotN, articles := coveredPoint(claims)
		if gotX != wantX || gotN != wantN || articles != countArticles(claims) {
			t.Fatalf("group %d: coveredPoint = %v, %d, %d articles, want %v, %d, %d\n%+v",
				i, gotX, gotN, articles, wantX, wantN, countArticles(claims), claims)
		}
		v := verdicts[r.IntN(len(verdicts))]
		want, wantMaj := refClaimVerdicts(v, claims)
		got, gotMaj := ClaimVerdicts(v, claims)
		if gotMaj != wantMaj || !slices.Equal(got, want) {
			t.Fatalf("group %d, verdict %q: got %v %v, want %v %v\n%+v", i, v, got, gotMaj, want, wantMaj, claims)
		}
		if wantMaj {
			majorities++
		}
		if wantN > 0 && hasTie(claims, wantX, wantN) {
			ties++
		}
	}
	t.Logf("%d groups with a majority, %d with a tie", majorities, ties)
	// The groups must exercise the cases that matter.
	if majorities < 1000 || ties < 1000 {
		t.Errorf("only %d groups with a majority, %d with a tie", majorities, ties)
	}
}

// hasTie reports whether some point other than x is covered by n articles.
func hasTie(claims []stats.GroupClaim, x float64, n int) bool {
	for _, c := range claims {
		for _, y := range []float64{c.Low, c.High, c.Value} {
			if y == x || math.IsInf(y, 0) || math.IsNaN(y) {
				continue
			}
			covering := map[string]bool{}
			for _, d := range claims {
				if d.Low <= y && y <= d.High {
					covering[articleKey(d)] = true
				}
			}
			if len(covering) == n {
				return true
			}
		}
	}
	return false
}

// TestClaimVerdictsLarge checks the sweep against the reference on the
// large benchmark-like group, where many points tie.
func TestClaimVerdictsLarge(t *testing.T) {
	var claims []stats.GroupClaim
	for i := range 400 {
		for j := range 2 {
			v := float64(140+i%60+j*25) * 1e9
			claims = append(claims, stats.GroupClaim{Article: "a" + strconv.Itoa(i), Value: v, Low: v - 5e8, High: v + 5e8 + float64(i%3)*1e9})
		}
	}
	for _, v := range []stats.Verdict{stats.Conflict, stats.Tension} {
		want, wantMaj := refClaimVerdicts(v, claims)
		got, gotMaj := ClaimVerdicts(v, claims)
		if gotMaj != wantMaj || !slices.Equal(got, want) {
			t.Errorf("%s: got majority %v, want %v; verdicts differ: %v", v, gotMaj, wantMaj, !slices.Equal(got, want))
		}
	}
}

// TestClaimVerdictsNoCover checks a group where no point is covered (all
// intervals reversed) and outlier marks decide: the point is then the
// smallest, as before, which makes the marked claims near it Tension.
func TestClaimVerdictsNoCover(t *testing.T) {
	claims := []stats.GroupClaim{
		{Article: "a", Value: -10, Low: -10, High: -10.1, Outlier: true},
		{Article: "b", Value: -10, Low: -10, High: -10.1, Outlier: true},
		{Article: "c", Value: 50, Low: 50, High: 49},
	}
	if x, n, _ := coveredPoint(claims); x != -10.1 || n != 0 {
		t.Errorf("coveredPoint = %v, %d, want -10.1, 0", x, n)
	}
	want := []stats.Verdict{stats.Tension, stats.Tension, stats.Consistent}
	for _, f := range []func(stats.Verdict, []stats.GroupClaim) ([]stats.Verdict, bool){ClaimVerdicts, refClaimVerdicts} {
		if got, majority := f(stats.Conflict, claims); !majority || !slices.Equal(got, want) {
			t.Errorf("got %v %v, want %v true", got, majority, want)
		}
	}
}

// TestSortedClaimsStable checks that sortedClaims orders claims as a
// stable sort by value, date and title did, on groups with many ties.
func TestSortedClaimsStable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		var g stats.Group
		for i := range r.IntN(40) {
			v := float64(r.IntN(4))
			switch r.IntN(10) {
			case 0:
				v = math.NaN()
			case 1:
				v = math.Inf(1)
			}
			g.Claims = append(g.Claims, stats.GroupClaim{Article: strconv.Itoa(i), Value: v,
				Date: "D" + strconv.Itoa(r.IntN(3)), Title: "T" + strconv.Itoa(r.IntN(3))})
		}
		var want []stats.GroupClaim
		for _, c := range g.Claims {
			if !math.IsNaN(c.Value) && !math.IsInf(c.Value, 0) {
				want = append(want, c)
			}
		}
		slices.SortStableFunc(want, func(a, b stats.GroupClaim) int {
			if c := cmp.Compare(b.Value, a.Value); c != 0 {
				return c
			}
			if c := strings.Compare(a.Date, b.Date); c != 0 {
				return c
			}
			return strings.Compare(a.Title, b.Title)
		})
		if got := sortedClaims(g); !slices.Equal(got, want) {
			t.Fatalf("sortedClaims = %v, want %v", got, want)
		}
	}
}
