package charts

import (
	"cmp"
	"math"
	"slices"

	"github.com/tradestats/tradestats/stats"
)

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
