package stats

import "strings"

// Within a year, a percentage change has a basis: "inflation of 0.9 pct in
// January" is the month's rise, "year-on-year inflation that month of
// three pct" the rise over twelve months, "growth at a 4 pct annual rate"
// a quarter's rise annualised. Figures on different bases are different
// figures; the basis is rarely written as part of the metric, but in the
// words around the figure.

// basisIndicators are the indicators whose percentage changes have a basis.
var basisIndicators = map[Indicator]bool{
	IndInflation: true, IndGDP: true, IndIndustrialOutput: true, IndMoneyCredit: true,
	IndWages: true, IndConsumption: true, IndExports: true, IndImports: true,
	IndTrade: true, IndEmployment: true,
}

// yearOnYearCues and annualisedCues mark the basis of a change in the
// words around it.
var (
	yearOnYearCues = []string{"year-on-year", "year on year", "year-over-year", "year over year",
		"year-to-year", "a year earlier", "a year ago", "a year before", "the year before",
		"same month", "same period", "same quarter", "12-month", "twelve-month", "12 months",
		"twelve months", "in the year to", "in the year ended", "on the year",
		"annual inflation", "annual rate of inflation", "annual increase", "annual rise",
		"annual basis", "annual terms", "annual comparison", "annual growth", "annual fall",
		"annual decline", "annual drop", "annual price"}
	annualisedCues = []string{"annualised", "annualized", "annual rate", "seasonally adjusted annual"}
)

// changeBasis returns the basis of claim c for a group key: "year-on-year",
// "annualised", or "" when the figure is not a percentage change within a
// year or its words name no basis. ind is the claim's indicator.
func changeBasis(c *Claim, ind Indicator) string {
	if c.Unit != UnitPercent || !basisIndicators[ind] {
		return ""
	}
	p, ok := ParsePeriod(c.Period)
	if !ok || !withinYear(p) {
		return ""
	}
	w := lowerASCIIBytes(claimWindow(c, 90))
	for _, cue := range annualisedCues {
		if strings.Contains(w, cue) && !strings.Contains(w, "annual rate of inflation") {
			return "annualised"
		}
	}
	for _, cue := range yearOnYearCues {
		if strings.Contains(w, cue) {
			return "year-on-year"
		}
	}
	return ""
}

// withinYear reports whether p is shorter than a year: a half, quarter,
// month, day, or a span of under twelve months.
func withinYear(p Period) bool {
	switch p.kind {
	case pHalf, pQuarter, pMonth, pDay:
		return true
	case pSpan:
		first, last := p.bounds()
		months := (last[0]-first[0])*12 + last[1] - first[1] + 1
		return months < 12
	}
	return false
}

// claimWindow returns up to n bytes of c's sentence on each side of the
// claim's text (the whole sentence when the text is not found in it), cut
// at semicolons.
func claimWindow(c *Claim, n int) string {
	s := c.Sentence
	i := strings.Index(s, c.Text)
	if i < 0 {
		return s
	}
	a, b := max(0, i-n), min(len(s), i+len(c.Text)+n)
	if j := strings.LastIndexByte(s[a:i], ';'); j >= 0 {
		a += j + 1
	}
	if j := strings.IndexByte(s[i:b], ';'); j >= 0 {
		b = i + j
	}
	return s[a:b]
}
