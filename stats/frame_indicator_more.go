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
func (x *extractor) canonicalIndicator(c *Claim, raw string) (Indicator, bool) {
	if c.Metric == raw || c.Metric == "" || strings.HasPrefix(c.Metric, "part of") {
		return "", false
	}
	ind, vague := x.phraseIndicator(c.Metric)
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

// continuedIndicator returns the indicator of the figure that claim qi
// continues, or "": a change with no noun of its own after "after",
// "making" or "following" ("GNP is expected to grow by 3.5 pct, after
// declining 7.3 pct in 1986", "rose 0.9 pct after zero growth and a 1.3
// pct fall a year earlier, making an annual rise of 0.8 pct") is of the
// kind of the nearest figure before that word in its sentence. raw, its
// metric phrase, is empty or has weak words only; no other word of the
// rules may come between the link word and the figure.
func (x *extractor) continuedIndicator(qi int, raw string, s sentence) Indicator {
	if !x.sentenceHas(s, cueAfter) {
		return "" // no link word: no way below gives one
	}
	q := &x.qs[qi]
	switch q.unit {
	case UnitCount, UnitOrdinal, UnitNumber:
		return ""
	case UnitQuantity:
		if durationUnits[q.unitName] {
			return "" // "after 10 years of talks"
		}
	}
	if raw != "" && !weakOnly(raw) && !timeOnly(raw) || x.g.gluedHyphen(q.b) {
		return "" // (not "a 3-for-2 split")
	}
	link := -1
	for k := q.a - 1; k >= s.a && k >= q.a-12; k-- {
		t := &x.toks[k]
		if t.kind == tPunct && t.text != "," && t.text != "-" {
			return "" // not across a bracket, a colon or a semicolon
		}
		switch x.g.word(k) {
		case "after", "making", "following":
			if x.g.word(k+1) != "which" { // "after which a second review would require a 40 pct vote"
				link = k
			}
		}
		if link >= 0 {
			break
		}
		if x.g.word(k) == "of" && !changeNoun(x.g.word(k-1)) {
			return "" // "after arrivals of 523,000 tonnes": a noun of its own
		}
		if t.cls&lxRuleWord != 0 && !x.inClaim[k] {
			if ind, vague := x.phraseIndicator(x.g.word(k)); ind != "" && !vague {
				return "" // "after imports fell 3 pct": a figure of its own
			}
		}
	}
	if link < 0 {
		return ""
	}
	for p := qi - 1; p >= 0 && p >= qi-6 && x.qs[p].a >= s.a; p-- { // (a few figures back: a long list costs no more)
		if x.qs[p].skip || x.qs[p].a >= link {
			continue
		}
		switch x.qs[p].unit {
		case UnitCount, UnitOrdinal:
			continue // "the 12-nation bloc's growth"
		}
		if ind := x.indicators[p]; ind != "" && ind != IndOther {
			return ind
		}
	}
	return ""
}

// changeNoun reports whether w names a change: "a rise of", "rates of".
func changeNoun(w string) bool {
	switch w {
	case "rise", "rises", "increase", "increases", "fall", "falls", "decline", "declines", "drop", "drops",
		"gain", "gains", "growth", "expansion", "contraction", "rate", "rates", "average":
		return true
	}
	return false
}

// timeOnly reports whether metric phrase p names only a time ("third
// quarter", "previous month"), which the metric may take from "in the
// third quarter" after the figure.
func timeOnly(p string) bool {
	for _, w := range strings.Fields(p) {
		switch w {
		case "quarter", "quarters", "half", "year", "years", "month", "months", "week", "weeks", "period",
			"first", "second", "third", "fourth", "last", "previous", "same", "fiscal", "calendar":
		default:
			return false
		}
	}
	return true
}

// missionPurchase returns imports for money claim q bought abroad by a
// trade or buying mission ("about two billion dlrs of purchases made by a
// South Korean trade mission to the United States", "the trade mission's
// purchases included three planes for 400 mln dlrs"): the words of its
// sentence within 30 tokens of it name a mission or delegation that trades,
// buys or shops, and a purchase. Other claims keep ind; so do figures a
// rule already gave another kind than other or trade (the word "trade" of
// "trade mission" makes trade).
func (x *extractor) missionPurchase(q *quantity, s sentence, ind Indicator) Indicator {
	if q.unit != UnitMoney || ind != "" && ind != IndOther && ind != IndTrade || !x.sentenceHas(s, cueMission) {
		return ind // (no mission without one of its words)
	}
	mission, bought := false, false
	for k := max(s.a+1, q.a-30); k < s.b && k < q.b+30; k++ {
		switch x.g.word(k) {
		case "mission", "missions", "delegation", "delegations":
			switch x.g.word(k - 1) {
			case "trade", "trading", "buying", "purchasing", "shopping":
				mission = true
			}
		case "list":
			mission = mission || x.g.word(k-1) == "shopping"
		case "purchase", "purchases", "purchased", "buy", "buys", "bought", "buying", "shopping":
			bought = true
		}
	}
	if mission && bought {
		return IndImports
	}
	return ind
}

// yearsOfIndicator returns the indicator of a span of time that measures
// how long an economy grew or stood still ("two decades of blistering
// economic growth", "three years of stagnation in the German economy"),
// or "": the kind its words give ("four years of export growth"), else
// GDP when they or the words after them name the economy. ("15 years of
// enormous growth" may be a company's.)
func (x *extractor) yearsOfIndicator(q *quantity, s sentence) Indicator {
	g := &x.g
	if g.word(q.b) != "of" {
		return ""
	}
	for k := q.b + 1; k < s.b && k <= q.b+4; k++ {
		switch g.word(k) {
		case "growth", "stagnation", "recession", "expansion", "contraction", "slump", "boom", "slowdown":
			ind, vague := x.phraseIndicator(x.g.low[x.toks[q.b+1].start:x.toks[k].end])
			if ind != "" && !vague {
				return ind // "economic growth", "export growth"
			}
			for j := k + 1; j < s.b && j <= k+5; j++ {
				if w := g.word(j); w == "economy" || w == "economies" {
					return IndGDP // "stagnation in the German economy"
				}
			}
			return ""
		case "economic":
			return x.yearsOfEconomy(k, s)
		}
		if x.toks[k].kind != tWord || x.inClaim[k] {
			return ""
		}
	}
	return ""
}

// yearsOfEconomy returns GDP when "economic" at k qualifies growth or
// stagnation within two words: "economic slowdown and recession".
func (x *extractor) yearsOfEconomy(k int, s sentence) Indicator {
	for j := k + 1; j < s.b && j <= k+2; j++ {
		switch x.g.word(j) {
		case "growth", "stagnation", "recession", "expansion", "contraction", "slump", "boom", "slowdown":
			return IndGDP
		}
	}
	return ""
}

// euroDeposits reports whether percentage q, which no rule gives an
// indicator, is a rate of eurocurrency deposits: "eurodollars" or
// "euromarks" (deposits, as against "eurodollar bonds") are named in its
// clause before it ("Six-month euromarks stayed at 3-7/8 pct",
// "Eurodollars rose 1/16 pct to around 6-11/16 pct").
func (x *extractor) euroDeposits(q *quantity, s sentence) bool {
	if q.unit != UnitPercent && q.unit != UnitPercentagePoint {
		return false
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-25 && x.clauseOf[k] == cl; k-- {
		switch x.g.word(k) {
		case "eurodollars", "euromarks":
			return true
		}
	}
	return false
}

// moreCountIndicator is the indicator of a count of things that
// countIndicator leaves as other (ind): people out of work ("about five
// million unemployed", "4.4 million jobless") and goods a tariff covers
// ("tariffs were cut on some 1,700 products").
func (x *extractor) moreCountIndicator(q *quantity, s sentence, ind Indicator) Indicator {
	if ind != IndOther && ind != "" {
		return ind
	}
	if x.residents(q, s) {
		return IndPopulation // "About 10 million Mexicans live in the US"
	}
	item := q.item
	switch strings.ToLower(item[strings.LastIndexByte(item, ' ')+1:]) {
	case "unemployed", "jobless":
		return IndUnemployment
	case "products", "items", "goods", "categories", "lines":
		if x.tariffClause(q, s) {
			return IndTariffs
		}
	}
	return ind
}

// residents reports whether count q is of people living somewhere: "the
// continent is home to 1.3 billion", "About 10 million Mexicans live in
// the US" (a demonym right after the figure, and "live", "living" or
// "reside" within three words after it; "home to" only before a count of
// nothing named: not "home to 2,000 companies").
func (x *extractor) residents(q *quantity, s sentence) bool {
	g := &x.g
	if q.item == "" && q.value >= 1e6 && q.a-2 >= s.a && g.word(q.a-1) == "to" && g.word(q.a-2) == "home" {
		return true // (not "home to 2,000 companies", "home to 79" billionaires)
	}
	m := x.mentionAt(q.b, s)
	if m == nil || m.form != FormAdjective || q.value < 1000 { // (not "Twenty Indians living in Bahrain filed a case")
		return false
	}
	for k := m.b; k < s.b && k < m.b+3; k++ {
		switch g.word(k) {
		case "live", "living", "reside":
			return true
		}
	}
	return false
}

// growthContribution reports whether claim q, in points, is a
// contribution to growth: "added 0.5 point to growth", "a 0.7 point
// contribution", "Of the 0.5 point contribution of foreign trade to gnp".
func (x *extractor) growthContribution(q *quantity, s sentence) bool {
	if w := x.g.word(q.b); w == "to" || w == "from" {
		if ind, _ := x.phraseIndicator(x.nounPhrase(q.b+1, s)); ind == IndGDP {
			return true
		}
	}
	return x.g.word(q.b) == "contribution" || x.contributionClause(q, s)
}

// contributionClause reports whether claim q's clause speaks of
// contributions to growth: "Of the 0.5 point contribution of foreign trade
// to gnp last quarter, rising exports accounted for 0.3 point".
func (x *extractor) contributionClause(q *quantity, s sentence) bool {
	if !x.sentenceHas(s, cueContribution) {
		return false
	}
	for k := max(s.a, q.a-25); k < q.a; k++ {
		switch x.g.word(k) {
		case "contribution", "contributions", "contributed":
			return true
		}
	}
	return false
}

// ordinalIndicator is the indicator of ordinal claim q, whose metric
// gives ind (indicatorFor).
func (x *extractor) ordinalIndicator(q *quantity, s sentence, ind Indicator) Indicator {
	if x.streak(q) {
		// "for the second year in a row", "the 105th consecutive
		// month": a streak of the clause's figure
		if i2 := x.clauseIndicator(q, s); i2 != "" {
			return i2
		}
		return ind
	}
	if ind != IndTradingPartnerRank {
		// ranks and sequence numbers: "the 19th round", "the 75th anniversary"
		switch ind {
		case IndEmployment, IndGDP, IndCurrentAccount, IndTradeBalance:
		default:
			return x.countIndicator(q, s, IndOther)
		}
	}
	return ind
}

// kindIndicator corrects indicator ind of claim c (metric raw) when it
// is imports, exports, public spending, wages or output (indicatorFor):
// tariffs on imports, a company's spending or earnings, the output of
// what the claim is about.
func (x *extractor) kindIndicator(c *Claim, raw string, q *quantity, s sentence, ind Indicator) Indicator {
	if ind == IndImports || ind == IndExports {
		if x.tariffClause(q, s) {
			ind = IndTariffs // "tariffs on Chinese imports valued at $200 billion"
		}
	}
	if ind == IndGovernmentSpending && x.privateFigure(c, s) {
		ind = "" // a company's spending is no public spending
	}
	if (ind == IndWages || ind == IndExports) && strings.Contains(raw, "earnings") && x.privateFigure(c, s) {
		ind = IndCompanyResults // a company's earnings are its profits
	}
	if ind == IndCommodityOutput && bareOutput(raw) {
		if i2 := x.outputOf(c, raw, q, s); i2 != "" {
			ind = i2 // "total output across the euro zone", "the group cut production by 3%"
		}
	}
	return ind
}
