package stats

import "strings"

// More indicator rules for figures whose metric words say little: what
// the figure's unit says of it, and the figure before it in its sentence.

// pricedIndicator returns the indicator of claim q when it is a money
// amount for a physical unit of goods ("15.50 dlrs a barrel", "210 cents a
// kilo", "850 ringgit a tonne"): a commodity price, unless the figure is a
// trade, tax, duty or public figure of its own (ind, from the metric
// words: "an export price of 120 dlrs a tonne", "a levy of 20 ecus a
// tonne"). Other figures keep ind.
func pricedIndicator(q *quantity, ind Indicator) Indicator {
	if q.unit != UnitMoney || q.unitName == "" || !goodsUnit(q.unitName) {
		return ind
	}
	switch ind {
	case IndExports, IndImports, IndTrade, IndTariffs, IndGovernmentRevenue, IndGovernmentSpending, IndAidLoans, IndCommodityOutput:
		return ind
	}
	return IndCommodityPrice
}

// goodsUnit reports whether unit_name u measures goods by weight, volume
// or energy ("tonne", "barrel", "thousand cubic foot", "kilowatt hour"),
// as prices of commodities are quoted.
func goodsUnit(u string) bool {
	if i := strings.IndexByte(u, ' '); i > 0 {
		switch u[:i] {
		case "thousand", "million", "billion", "trillion":
			u = u[i+1:] // "$3.50 per thousand cubic feet"
		}
	}
	d := unitNamed(u)
	if d == nil {
		return false
	}
	switch d.dim {
	case "mass", "volume", "energy":
		return true
	}
	return false
}

// canonicalIndicator returns the indicator of claim c's canonical metric
// when its own words (raw) give none: "the intervention rate" is the
// vocabulary's "policy rate", "the unconditional call rate" its "call
// money rate", both interest rates.
func canonicalIndicator(c *Claim, raw string) (Indicator, bool) {
	if c.Metric == raw || c.Metric == "" || strings.HasPrefix(c.Metric, "part of") {
		return "", false
	}
	ind, vague := phraseIndicator(c.Metric)
	if ind == IndTradingPartnerRank {
		return "", false // the vocabulary's "largest market" may be a product's market
	}
	return ind, vague
}

// bankRate reports whether claim q, a percentage with a metric that is
// only a rate ("the rate", "its seven-day repossession rate", "the new
// rate"), is a bank's rate: a bank is named in its clause before it ("The
// Bank cut the rate to 2.5 pct", "the Central Bank lowered its special
// advances rate to 5.1 pct").
func (x *extractor) bankRate(raw string, q *quantity, s sentence) bool {
	if q.unit != UnitPercent && q.unit != UnitPercentagePoint {
		return false
	}
	if h := raw[strings.LastIndexByte(raw, ' ')+1:]; h != "rate" && h != "rates" && !strings.HasSuffix(h, "-rate") {
		return false
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-25 && x.clauseOf[k] == cl; k-- {
		if w := x.g.word(k); strings.HasSuffix(w, "bank") || w == "fed" && isUpper(x.toks[k].text) {
			return true
		}
	}
	return false
}
