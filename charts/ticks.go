package charts

import (
	"math"

	"gonum.org/v1/plot"

	"github.com/tradestats/tradestats/stats"
)

// niceStep returns a step of 1, 2, 2.5 or 5 times a power of ten that cuts
// span into about n parts.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw*(1-1e-9) {
			return m * mag
		}
	}
	return 10 * mag
}

// niceRange extends [lo, hi] outwards to multiples of a nice step, with
// about n steps. With fromZero the range includes zero.
func niceRange(lo, hi float64, n int, fromZero bool) (min, max, step float64) {
	return niceRangeUnit(lo, hi, n, fromZero, "")
}

// niceRangeUnit is niceRange with whole steps for units that count
// (counts and ranks).
func niceRangeUnit(lo, hi float64, n int, fromZero bool, unit stats.Unit) (min, max, step float64) {
	if fromZero {
		lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	}
	if hi < lo {
		lo, hi = hi, lo
	}
	if hi == lo {
		d := math.Abs(lo) * 0.1
		if d == 0 {
			d = 1
		}
		lo, hi = lo-d, hi+d
		if fromZero && lo < 0 && hi > 0 && lo > -d*1.01 {
			lo = 0
		}
	}
	step = niceStep(hi-lo, n)
	if (unit == stats.UnitCount || unit == stats.UnitOrdinal) && step < 1 {
		step = 1
	}
	min = math.Floor(lo/step+1e-9) * step
	max = math.Ceil(hi/step-1e-9) * step
	if max == min {
		max = min + step
	}
	return min, max, step
}

// decimalsFor returns the decimals needed to write multiples of step.
func decimalsFor(step float64) int {
	for d := 0; d < 6; d++ {
		x := step * math.Pow(10, float64(d))
		if math.Abs(x-math.Round(x)) < 1e-6*math.Max(1, x) {
			return d
		}
	}
	return 6
}

// axisTicks is a plot.Ticker that labels every multiple of Step in the
// unit's style, with one scale for the whole axis ("0", "$10bn", "$20bn").
type axisTicks struct {
	Step     float64
	Unit     stats.Unit
	Currency string
}

// Ticks implements plot.Ticker.
func (t axisTicks) Ticks(lo, hi float64) []plot.Tick {
	if t.Step <= 0 || hi < lo {
		return nil
	}
	div, suffix := stats.ScaleFor(math.Max(math.Abs(lo), math.Abs(hi)), t.Unit)
	dec := decimalsFor(t.Step / div)
	var ticks []plot.Tick
	eps := t.Step * 1e-9
	for k := math.Ceil(lo/t.Step - 1e-9); k*t.Step <= hi+eps && len(ticks) < 100; k++ {
		v := k * t.Step
		if math.Abs(v) < eps {
			v = 0
		}
		var label string
		switch {
		case v == 0 && t.Unit == stats.UnitMoney:
			label = "0"
		case v == 0:
			label = stats.DecorateNumber("0", "", t.Unit, t.Currency)
		default:
			label = stats.DecorateNumber(fixedNumber(v/div, dec), suffix, t.Unit, t.Currency)
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	return ticks
}
