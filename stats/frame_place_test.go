package stats

import "testing"

// "Growth in X": the growth of X's economy, X its subject even when X is
// a region (subject_place.go, metric.go placeAt).
func TestFramePlaceOfFigure(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"Growth in Latin America slowed to 5.1% in 2004.", "", "5.1%", "Latin America"},
		{"Inflation in the euro zone rose to 2.2% in 2004.", "", "2.2%", "eurozone"},
		{"Exports rose. Unemployment in Europe overall rose to 9.7 percent in September.", "", "9.7 percent", "Europe"},
		// not a destination, a capital, a possessor, another figure's place
		{"Chinese investment in Canada dropped by half last year.", "", "half", "China"},
		{"Brindle Corp said its growth in Asia was 4% last year.", "", "4%", "Brindle Corp"},
		{"Property prices in China rose and exports surged 48.5 percent in May.", "", "48.5 percent", "China"},
	}, func(c *Claim) string { return c.Subject })
	runFrameCases(t, "indicator", []frameCase{
		{"Economic growth in Brazil slowed to 2.3% in 2004.", "", "2.3%", "gdp"},
		{"Growth in France was 1.2% in 2004.", "", "1.2%", "gdp"},
		// a measure of its own after "growth in"
		{"Japan's exports grew. Growth in exports was 4% in March.", "", "4%", "exports"},
	}, func(c *Claim) string { return string(c.Indicator) })
}

// The country whose government is the agent of a plan or payment owns it:
// "the package announced by the Japanese government" (subject_place.go).
func TestFrameAgentOfFigure(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"The OECD cut its forecast. He said the 6,000 billion yen package announced recently by the Japanese government would help.", "", "6,000 billion yen", "Japan"},
		// not a firm, not without a government
		{"The OECD cut its forecast. He said the 2 billion dlr plan announced by the Japanese carmakers would help.", "", "2 billion dlr", "OECD"},
	}, func(c *Claim) string { return c.Subject })
}

// A count of members in a compound before a bloc's name is that bloc's:
// "the 12-member eurozone bloc", "the 12-nation European Community".
func TestFrameMemberOf(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"The OECD cut forecasts. The outlook was worst for the 12-member eurozone bloc.", "", "12", "eurozone"},
		{"Japan's exports rose. Tokyo signed accords with the 10-nation Association of Southeast Asian Nations.", "", "10", "ASEAN"},
		// not a country: "the 50-state United States" is the country anyway
		{"Japan's exports rose. Talks with the 27-member European Union resumed.", "", "27", "European Union"},
	}, func(c *Claim) string { return c.Subject })
}
