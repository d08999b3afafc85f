package stats

import "testing"

// A firm's share price is its result, and the firm is its subject
// (frame_indicator_shares.go); a market's shares, a stake or a deal are
// not a share price.
func TestFrameSharePrice(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		{"Shares in Brindle were up 2.4% at 131 pence in morning trade.", "", "2.4%", "company results"},
		{"Shares in Brindle were up 2.4% at 131 pence in morning trade.", "", "131 pence", "company results"},
		{"Tolland's shares closed down six pence at 212 pence.", "", "212 pence", "company results"},
		{"The brewer reported a loss. In early trade, its shares were down 8% at 90 pence.", "", "8%", "company results"},
		{"Kestrel Ore shares fell 40 cents to 12.10 dlrs in New York.", "", "12.10 dlrs", "company results"},
		{"The share price of Norwell Digital rose 5 percent on Monday.", "", "5 percent", "company results"},
		// not a firm's price: a share of a stake
		{"Merrow owns 786,800 shares of Brindle, equal to 8.9 pct of its stock.", "", "8.9 pct", "other"},
	}, func(c *Claim) string { return string(c.Indicator) })
	runFrameCases(t, "subject", []frameCase{
		{"Britain's economy grew. Shares in Brindle were up 2.4% at 131 pence in morning trade.", "", "2.4%", "Brindle"},
		{"Trading in Singapore was busy. Kestrel Ore shares closed at 2.32 dlrs.", "", "2.32 dlrs", "Kestrel Ore"},
		// a market's shares and shares in a month are no firm's
		{"Japan's exports rose. Japanese shares fell 2% in Tokyo.", "", "2%", "Japan"},
		{"Germany's surplus grew. Foreign purchases of German shares in January were 200 mln marks.", "", "200 mln marks", "Germany"},
	}, func(c *Claim) string { return c.Subject })
}

// A name that opens its sentence is a firm's when an apposition describes
// a business right after it, and the firm, not the country of the
// description, is the subject of what it reports (subject_firm.go).
func TestFrameFirmApposition(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"Tolland, the Italian food group at the centre of a scandal, has reported a 20% rise in profit.", "", "20%", "Tolland"},
		{"Tolland, the Italian food group, has reported a 20% rise in profit. Its pre-tax earnings were 77m euros.", "", "77m euros", "Tolland"},
		// not a sentence adverb, not a firm that only speaks
		{"Italy's economy grew. Overall, the group, which makes shoes, reported a 20% rise in profit.", "", "20%", "Italy"},
		{"Chile's exports rose 5%. Tolland, the country's largest carrier, said its phones cost 800 dlrs.", "", "800 dlrs", "Chile"},
	}, func(c *Claim) string { return c.Subject })
	runFrameCases(t, "indicator", []frameCase{
		{"Tolland, the Italian food group, has reported a 20% rise in profit. Its pre-tax earnings were 77m euros.", "", "77m euros", "company results"},
	}, func(c *Claim) string { return string(c.Indicator) })
}
