package stats

import (
	"math"
	"testing"
)

func TestFormatValue(t *testing.T) {
	for _, tt := range []struct {
		v        float64
		unit     Unit
		currency string
		want     string
	}{
		{62, UnitPercent, "", "62%"},
		{-1.25, UnitPercent, "", "−1.25%"},
		{0.25, UnitPercentagePoint, "", "0.25pp"},
		{38.37e9, UnitMoney, "USD", "$38.37bn"},
		{1.2e6, UnitMoney, "CAD", "C$1.2m"},
		{450e6, UnitMoney, "CNY", "CNY 450m"},
		{-50.8e9, UnitMoney, "USD", "−$50.8bn"},
		{1.5, UnitMoney, "USD", "$1.50"},
		{1500, UnitCount, "", "1,500"},
		{2.5, UnitMultiple, "", "2.5×"},
		{2, UnitOrdinal, "", "2nd"},
		{1.2e12, UnitMoney, "EUR", "€1.2trn"},
		{math.NaN(), UnitMoney, "USD", "n/a"},
	} {
		if got := FormatValue(tt.v, tt.unit, tt.currency); got != tt.want {
			t.Errorf("FormatValue(%v, %s, %s) = %q, want %q", tt.v, tt.unit, tt.currency, got, tt.want)
		}
	}
}

func TestFormatRange(t *testing.T) {
	inf := math.Inf(1)
	for _, tt := range []struct {
		lo, hi   float64
		unit     Unit
		currency string
		want     string
	}{
		{169.75e9, 169.85e9, UnitMoney, "USD", "$169.75bn to $169.85bn"},
		{61.5, 62.5, UnitPercent, "", "61.5% to 62.5%"},
		{38.365e9, 38.375e9, UnitMoney, "USD", "$38.365bn to $38.375bn"},
		{1.0 / 3, 2.0 / 3, UnitPercent, "", "0.333333% to 0.666667%"},
		{60, 64, UnitPercent, "", "60% to 64%"},
		{999.5e6, 1000.5e6, UnitMoney, "USD", "$0.9995bn to $1.0005bn"},
		{550, inf, UnitCount, "", "at least 550"},
		{-inf, 30, UnitPercent, "", "at most 30%"},
		{-inf, inf, UnitPercent, "", "any value"},
		{5, 5, UnitPercent, "", "5%"},
	} {
		if got := FormatRange(tt.lo, tt.hi, tt.unit, tt.currency); got != tt.want {
			t.Errorf("FormatRange(%v, %v) = %q, want %q", tt.lo, tt.hi, got, tt.want)
		}
	}
}
