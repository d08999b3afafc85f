package stats

import (
	"cmp"
	"math"
	"slices"
)

// largestGap returns how far apart the articles of a group are: 0 when
// some value lies in an interval of every article, else twice the least
// distance d such that some value is within d of an interval of every
// article. When each article has one claim this is the highest Low minus
// the lowest High; an article with several claims agrees with a value when
// any of them does (it may state this year's and last year's figure).
//
// It runs in O(n log n) for n claims when articles have one interval each
// (most groups), and in O(n log n + p·m) otherwise, for p interval
// endpoints and m articles with several intervals: a group of thousands of
// claims costs milliseconds, not seconds.
func largestGap(cs []GroupClaim) float64 {
	// The articles' intervals, in order of first appearance.
	artIndex := make(map[string]int, len(cs))
	first := make([]Interval, 0, len(cs)) // each article's first interval
	var more map[int][]Interval           // the others' intervals, all of them
	for i := range cs {
		iv := Interval{cs[i].Low, cs[i].High}
		a := groupArticle(&cs[i])
		k, ok := artIndex[a]
		if !ok {
			artIndex[a] = len(first)
			first = append(first, iv)
			continue
		}
		if more == nil {
			more = map[int][]Interval{}
		}
		if more[k] == nil {
			more[k] = []Interval{first[k]}
		}
		more[k] = append(more[k], iv)
	}
	if len(first) < 2 {
		return 0
	}
	// The articles with one interval: their worst distance to p is
	// max(0, maxL - p, p - minH).
	maxL, minH := math.Inf(-1), math.Inf(1)
	singles := 0
	for k, iv := range first {
		if more[k] != nil {
			continue
		}
		singles++
		maxL, minH = max(maxL, iv.Low), min(minH, iv.High)
	}
	if more == nil {
		// Every article has one interval: the least worst distance is
		// half the gap between the highest Low and the lowest High.
		if maxL <= minH {
			return 0
		}
		return maxL - minH
	}

	// The worst distance is least at a point where some article's distance
	// changes slope: an endpoint, or midway between two intervals of an
	// article. Between consecutive points every article's distance is
	// linear with slope -1, 0 or +1, so the worst distance is least where
	// the highest rising line meets the highest falling one.
	multi := make([][]Interval, 0, len(more))
	var pts []float64
	for k := range first {
		iv := more[k]
		if iv == nil {
			iv = first[k : k+1]
		} else {
			multi = append(multi, iv)
		}
		for _, v := range iv {
			for _, x := range [2]float64{v.Low, v.High} {
				if !math.IsInf(x, 0) {
					pts = append(pts, x)
				}
			}
		}
	}
	for _, iv := range multi {
		// where one article's nearest interval changes: midway between
		// its intervals
		for i := range iv {
			for j := range iv {
				if iv[i].High < iv[j].Low {
					pts = append(pts, iv[i].High+(iv[j].Low-iv[i].High)/2)
				}
			}
		}
	}
	if len(pts) == 0 {
		return 0 // all intervals are (-Inf, +Inf)
	}
	slices.Sort(pts)
	pts = slices.Compact(pts)
	dist := func(p float64, iv []Interval) float64 {
		d := math.Inf(1)
		for _, v := range iv {
			d = min(d, max(0, v.Low-p, p-v.High))
		}
		return d
	}
	best := math.Inf(1)
	for k := range pts {
		s := pts[k]
		if k+1 == len(pts) {
			// the last point: every distance is flat beyond it
			f := 0.0
			if singles > 0 {
				f = max(f, maxL-s, s-minH)
			}
			for _, iv := range multi {
				f = max(f, dist(s, iv))
			}
			best = min(best, f)
			break
		}
		t := pts[k+1]
		flat, rise, fall := 0.0, math.Inf(-1), math.Inf(-1)
		if singles > 0 {
			// single intervals are points of pts: on [s, t] an article
			// is inside its interval (flat at 0), left of it (falling)
			// or right of it (rising)
			if maxL >= t {
				fall = maxL - s
			}
			if minH <= s {
				rise = s - minH
			}
		}
		for _, iv := range multi {
			ds, dt := dist(s, iv), dist(t, iv)
			switch {
			case dt > ds:
				rise = max(rise, ds)
			case dt < ds:
				fall = max(fall, ds)
			default:
				flat = max(flat, ds)
			}
		}
		x := 0.0 // offset from s
		if !math.IsInf(rise, -1) && !math.IsInf(fall, -1) {
			x = min(max((fall-rise)/2, 0), t-s)
		} else if !math.IsInf(fall, -1) {
			x = t - s
		}
		f := flat
		if !math.IsInf(rise, -1) {
			f = max(f, rise+x)
		}
		if !math.IsInf(fall, -1) {
			f = max(f, fall-x)
		}
		best = min(best, f)
	}
	return 2 * best
}

// markOutliers finds the point covered by the intervals of the most
// articles and marks the claims whose interval misses it, if those
// articles are more than half.
func markOutliers(cs []GroupClaim) {
	type event struct {
		x    float64
		open bool
		i    int
	}
	ev := make([]event, 0, 2*len(cs))
	all := map[string]bool{}
	for i, c := range cs {
		ev = append(ev, event{c.Low, true, i}, event{c.High, false, i})
		all[groupArticle(&c)] = true
	}
	// closed intervals: at the same x, opens come before closes
	slices.SortFunc(ev, func(a, b event) int {
		if c := cmp.Compare(a.x, b.x); c != 0 {
			return c
		}
		if a.open != b.open {
			if a.open {
				return -1
			}
			return 1
		}
		return 0
	})
	active := map[string]int{}
	best, bestX := 0, 0.0
	for _, e := range ev {
		a := groupArticle(&cs[e.i])
		if e.open {
			active[a]++
			if len(active) > best {
				best, bestX = len(active), e.x
			}
			continue
		}
		if active[a]--; active[a] == 0 {
			delete(active, a)
		}
	}
	if 2*best <= len(all) {
		return
	}
	for i := range cs {
		cs[i].Outlier = !(cs[i].Low <= bestX && bestX <= cs[i].High)
	}
}
