package stats

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// TestNoNegativeZero checks that a stated zero with a minus sign is +0:
// printed "0" by every output, as the database gives it back.
func TestNoNegativeZero(t *testing.T) {
	a := &Article{Text: "Growth was -0.0% in 2024. Inflation was minus 0 percent, and the balance was -$0 billion."}
	claims := Extract(a)
	appended := AppendClaims(make([]Claim, 0, 8), a)
	if len(claims) < 3 || len(appended) != len(claims) {
		t.Fatalf("got %d and %d claims, want 3 from each", len(claims), len(appended))
	}
	for _, cs := range [][]Claim{claims, appended} {
		for _, c := range cs {
			if c.Value != 0 || math.Signbit(c.Value) || c.Max != nil && math.Signbit(*c.Max) {
				t.Errorf("%q: value %v (sign bit %v)", c.Text, c.Value, math.Signbit(c.Value))
			}
		}
	}
}

// TestMetricsLongLine checks that a line too long for the metrics file is
// reported with its line number, as other malformed lines are.
func TestMetricsLongLine(t *testing.T) {
	in := "trade surplus\tsurplus\n" + "exports\t" + strings.Repeat("x", 2<<20) + "\n"
	_, err := LoadMetrics(strings.NewReader(in))
	var me *MetricsError
	if !errors.As(err, &me) || me.Line != 2 {
		t.Fatalf("error %v, want a *MetricsError on line 2", err)
	}
}
