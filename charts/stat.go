package charts

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"

	"github.com/tradestats/tradestats/stats"
)

// median returns the median of values (the mean of the middle two for an
// even count), with gonum's quantiles; NaN for none.
func median(values []float64) float64 {
	x := slices.Clone(values)
	x = slices.DeleteFunc(x, func(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) })
	if len(x) == 0 {
		return math.NaN()
	}
	slices.Sort(x)
	if len(x)%2 == 1 {
		return stat.Quantile(0.5, stat.Empirical, x, nil)
	}
	return stat.Mean(x[len(x)/2-1:len(x)/2+1], nil)
}

// sourceMedian is the figure a chart draws for claims: each independent
// article counts once (a story and its copies, or an article that states
// the figure twice, weigh as one), so it is the median over articles of
// each article's median. Without claims it is fallback.
func sourceMedian(claims []stats.GroupClaim, fallback float64) float64 {
	bySource := map[string][]float64{}
	var order []string
	for _, c := range claims {
		k := sourceKey(c)
		if _, ok := bySource[k]; !ok {
			order = append(order, k)
		}
		bySource[k] = append(bySource[k], c.Value)
	}
	per := make([]float64, 0, len(order))
	for _, k := range order {
		per = append(per, median(bySource[k]))
	}
	if m := median(per); !math.IsNaN(m) {
		return m
	}
	return fallback
}
