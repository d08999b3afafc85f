package stats

import "testing"

// "Output" that names no product is its producer's: an economy's total
// output is its GDP, a firm's its result, an industry's industrial
// production (frame_indicator_output.go).
func TestFrameBareOutput(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		{"Growth slowed in Europe. Total output in the euro zone grew 1.2% in 2004.", "", "1.2%", "gdp"},
		{"Chile's economy recovered after 2002, when output fell 11%.", "", "11%", "gdp"},
		{"Brindle Motors Corp cut production by 3% in March.", "", "3%", "company results"},
		{"Sweden's manufacturing industry cut production by 1.5 pct in January.", "", "1.5 pct", "industrial production"},
		// a product named: commodity output
		{"Norway's output fell 2% as its oil fields aged.", "", "2%", "commodity output"},
	}, func(c *Claim) string { return string(c.Indicator) })
}

// "Pay" the verb is no wage: "offered to pay $300m", "will pay a fine"
// (indicator_kinds.go payVerb); "average pay rose 4%" is.
func TestFramePayVerb(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		{"Tolland has offered to pay $300m to settle charges.", "", "$300m", "other"},
		{"Brindle Corp agreed to pay 95 dlrs a share to the remaining holders.", "", "95 dlrs a share", "company results"},
		{"Average pay rose 4% last year.", "2005-02-01", "4%", "wages"},
		{"Pay rises averaged 3.2% in 2004.", "", "3.2%", "wages"},
	}, func(c *Claim) string { return string(c.Indicator) })
}

// A country's oil income is what it earns abroad (exports), not wages; a
// firm's operating income is not.
func TestFrameOilIncome(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		{"Venezuela sought new terms because of falling oil income, which dropped 40 pct last year.", "1987-03-02", "40 pct", "exports"},
		{"Average income rose 3 pct last year.", "1987-03-02", "3 pct", "wages"},
	}, func(c *Claim) string { return string(c.Indicator) })
}
