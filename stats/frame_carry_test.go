package stats

import "testing"

// TestFramePeriodCarryOther: a figure of no economic kind takes the
// article's period only when its sentence reports what happened then.
func TestFramePeriodCarryOther(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		{"Ruritania's exports rose 5% in 2018. The Madrid system registered 61,200 filings.", "2019-03-21", "61,200", "2018"},
		{"Ruritania's exports rose 5% in 2018. The agency ranked highest with 501 applications.", "2019-03-21", "501", "2018"},
		// standing facts, plans and small counts: none
		{"Ruritania's exports rose 5% in 2018. More than 800 companies are operating in Poland.", "2019-03-21", "More than 800", ""},
		{"Ruritania's exports rose 5% in 2018. The agency would have registered 61,200 filings.", "2019-03-21", "61,200", ""},
		{"Ruritania's exports rose 5% in 2018. Its rivals took seven of the places.", "2019-03-21", "seven", ""},
	}, func(c *Claim) string { return c.Period })
}
