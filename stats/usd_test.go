package stats

import "testing"

func TestUSDRate(t *testing.T) {
	k := NewChecker(testRefs())
	for _, tt := range []struct {
		currency string
		year     int
		subject  string
		rate     float64
		none     bool
	}{
		{"USD", 1987, "", 1, false},
		{"DEM", 1987, "West Germany", 1.8, false},
		{"FRF", 1987, "France", 6.0, false},
		{"JPY", 2024, "Japan", 150, false},
		{"DEM", 2005, "Germany", 0, true}, // the euro had replaced it
		{"XYZ", 1987, "", 0, true},
	} {
		rate, _, reason := k.USDRate(tt.currency, tt.year, tt.subject)
		if tt.none != (reason != "") || rate != tt.rate {
			t.Errorf("USDRate(%s, %d) = %v, %q; want %v (none %v)", tt.currency, tt.year, rate, reason, tt.rate, tt.none)
		}
	}
}
