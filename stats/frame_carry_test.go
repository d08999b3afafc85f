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

// TestFramePeriodUndated: an undated article's "this year" and "next
// year" from the years it names, its forecasts included.
func TestFramePeriodUndated(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		// a forecast for 2004 is made in 2004 (not after "the start of 2004")
		{"Ruritania's growth would reach 4.4% in 2004, but fall to 3.3% next year, the OECD said. The price of crude is about 50% higher than it was at the start of 2004.", "", "3.3%", "2005"},
		// a year after "the report forecast" in its sentence is no year looked back on
		{"The report forecast total growth of 3.6% in 2004, slipping to 2.9% next year before recovering to 3.1% in 2006. Exports fell 2% in 2003.", "", "2.9%", "2005"},
		// only a forecast for a month of a year: written in that year
		{"Ruritania's economy is expected to grow by 4.5% this year. Exports are expected to recover by April 2005.", "", "4.5%", "2005"},
		// a forecast for a year does not cap it when a quarter ending it is past
		{"Total output across the euro zone is forecast to fall in 2004 from 1.9% to 1.8%. The German economy shrank 0.2% in the last quarter of 2004. UK growth will fall from 3.2% last year to 2.5%.", "", "3.2%", "2004"},
		// between the last past year named and the first one pledged
		{"France and Germany vowed to run their budget deficits below the EU cap in 2005. They left the pact in tatters in November 2003. Germany's deficit will fall to 2.9% of GDP next year from 3.9% this year.", "", "3.9%", "2004"},
		// a year compared with is still read
		{"Ruritania's economy is set to grow about 8% this year after seeing 9% growth last year, a sharp turnaround from 2002 when output fell 11%.", "", "about 8%", "2004"},
	}, func(c *Claim) string { return c.Period })
}

// TestFramePeriodYearOpening: "For the full year," makes every figure of
// its sentence the year's, not the quarter the story discusses.
func TestFramePeriodYearOpening(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		{"Acme Corp's profits jumped 76% in the fourth quarter of 2004. For the full-year, Acme posted a profit of $3.36bn, up 27% from its 2003 performance, while revenues grew 6.4% to $42.09bn.", "", "$42.09bn", "2004"},
		{"Acme Corp's profits jumped 76% in the fourth quarter of 2004. For the year, revenues grew 6.4% to $42.09bn.", "", "6.4%", "2004"},
	}, func(c *Claim) string { return c.Period })
}

// TestFrameOutlookListedBases: a figure with a base of its own after "and"
// is the next forecast of the list, not a base of the one before.
func TestFrameOutlookListedBases(t *testing.T) {
	runFrameCases(t, "outlook", []frameCase{
		{"Forecasts for Ruritanian growth were scaled back to 4.0% from 4.4% this year and 2.1% from 2.8% in 2005.", "2004-11-30", "2.1%", "forecast"},
		{"Palm oil production is expected to increase to 1.45 mln tonnes from 1.35 mln, with exports rising to an estimated 720,000 tonnes from 695,000 tonnes in 1986.", "1987-03-02", "an estimated 720,000 tonnes", "forecast"},
	}, func(c *Claim) string { return string(c.Outlook) })
}

// TestFrameOutlookDuration: a span of time the text looks back on is no
// forecast or target; one that looks ahead keeps its sentence's outlook.
func TestFrameOutlookDuration(t *testing.T) {
	runFrameCases(t, "outlook", []frameCase{
		{"France and Germany vowed to run their budget deficits below the EU cap in 2005 - for the first time in four years.", "", "four years", "actual"},
		{"Both countries eased restrictions as part of the peace process aimed at ending nearly six decades of hostilities.", "", "nearly six decades", "actual"},
		{"China is expected to outstrip the US within the next two years on current trends.", "2019-03-21", "two years", "forecast"},
		{"ATT would strengthen the 3B line within the next three or four months.", "1987-03-21", "four months", "forecast"},
	}, outlookName)
}

// TestFrameBaseOfAmount: a base after a span of time is compared with the
// amount before the span, and is of its kind and period.
func TestFrameBaseOfAmount(t *testing.T) {
	cases := []frameCase{{"Quarterly profits at Acme Corp jumped 76% to $1.13bn for the three months to December 2004, from $639m year-earlier.", "", "$639m", "company results"}}
	runFrameCases(t, "indicator", cases, func(c *Claim) string { return string(c.Indicator) })
	cases[0].want = "2003-Q4"
	runFrameCases(t, "period", cases, func(c *Claim) string { return c.Period })
}

// TestFrameComparedChanges: "compared with rises of 2.6 pct in the third
// quarter" is a base; the main figure keeps the article's quarter.
func TestFrameComparedChanges(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		{"Ruritania's GDP rose 1.1 pct in the fourth quarter of 1986. Gross farm product rose 4.3 pct compared with rises of 2.6 pct in the third quarter and 2.8 pct a year earlier.", "1987-03-18", "4.3 pct", "1986-Q4"},
		// another measure "compared with" is no base
		{"Ruritania's April exports totalled 702 mln dlrs compared with imports of 1.08 billion.", "1987-05-18", "1.08 billion", "1987-04"},
	}, func(c *Claim) string { return c.Period })
}

// TestFramePresentAfter: a figure whose clause says in the present after
// it how things stand takes no period from the article.
func TestFramePresentAfter(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		{"In 2015, Ruritania began a toilet revolution and built 70,000 toilets. Only 36.2 percent of the rural population has access to modern toilets.", "2019-06-14", "36.2 percent", ""},
		{"In 2015, Ruritania's imports rose 5 percent. Exports gained 13 percent, signalling that demand has picked up.", "2019-06-14", "13 percent", "2015"},
	}, func(c *Claim) string { return c.Period })
}

// TestFrameCreditorsDebt: a share or an amount of a country's creditors,
// in a story on its debt, is that debt; a firm's creditors are not.
func TestFrameCreditorsDebt(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		{"Argentina is set to close its $102.6bn debt restructuring offer for bondholders. About 70% to 80% of bondholders are expected to accept the terms of the offer.", "2005-02-25", "About 70% to 80%", "external debt"},
		{"Argentina is set to close its $102.6bn debt restructuring offer for bondholders. By 18 February, creditors holding $41bn had accepted the offer.", "2005-02-25", "$41bn", "external debt"},
		{"Argo Corp's debt of 45 mln dlrs was restructured. Its unsecured creditors will receive two seats on the board.", "1986-11-25", "two", "other"},
	}, func(c *Claim) string { return string(c.Indicator) })
}

// TestFrameOutlookExisting: a stock qualified as existing or previous is a
// fact, even in a sentence about the future; a previous estimate is not.
func TestFrameOutlookExisting(t *testing.T) {
	runFrameCases(t, "outlook", []frameCase{
		{"The agreement would also enable Turkey to defer payments on previous loans worth $3.7m until 2006.", "2005-01-01", "$3.7m", "actual"},
		{"It will add 130 staff to an existing work force of 1,500.", "2005-01-01", "1,500", "actual"},
		{"US growth would fall to 3.3% next year from a previous estimate of 3.7%, the OECD said.", "2004-11-30", "3.7%", "forecast"},
	}, outlookName)
}

// TestFramePeriodRank: a rank by size takes the year its clause writes
// after it; other ordinals and fiscal years do not.
func TestFramePeriodRank(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		{"Inventors from China filed the second-largest number of PCT filings in 2018, contributing more than 53,340 applications.", "2019-03-21", "second-largest", "2018"},
		{"Cosmo Oil Co Ltd, the third largest seller of oil products in 1985, cut its workforce.", "1987-03-21", "third largest", "1985"},
		{"BP said the proceeds will be received in installments, of which the first will be in 1987/88.", "1987-03-21", "first", ""},
	}, func(c *Claim) string { return c.Period })
}

// TestFrameMembershipCount: a count glued to "nation" or "member" before
// a group is its membership; a "five-nation trip" is none.
func TestFrameMembershipCount(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		{"The gross national product of the 24-nation bloc of western industrialised countries is forecast to grow by only 2.25 pct this year.", "1987-06-18", "24", "membership"},
		{"Pompeo is on a five-nation trip to Europe.", "2019-02-11", "five", "other"},
	}, func(c *Claim) string { return string(c.Indicator) })
}

// outlookName is a claim's outlook, "actual" for none (the cases' wants).
func outlookName(c *Claim) string {
	if c.Outlook == "" {
		return "actual"
	}
	return string(c.Outlook)
}
