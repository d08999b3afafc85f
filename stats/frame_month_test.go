package stats

import "testing"

// A month name in lower case is still the month (all-lower-case wire
// copy); "may", "march" and an "august" not after a preposition are other
// words (periodtext.go monthAt).
func TestFramePeriodLowerMonth(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		{"The trade surplus doubled in february to 261 mln dlrs from January's 129 mln, but was below the 628 mln of February 1986.", "1987-03-16", "261 mln dlrs", "1987-02"},
		{"The 30 pct tariff increase introduced in january will bring in an extra 600 mln bolivars.", "1987-03-16", "600 mln bolivars", "1987-01"},
		{"Reserves rose to 250 mln dlrs from one mln dlrs in august 1985.", "1987-03-16", "one mln dlrs", "1985-08"},
		// not a month
		{"Exports may rise 5 pct, and the unions march on Friday.", "1987-03-16", "5 pct", ""},
	}, func(c *Claim) string { return c.Period })
}
