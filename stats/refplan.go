package stats

import "strings"

// refPlan is the series side of a reference: what to compute for a
// claim's indicator, metric, unit and change, before its subject and year.
type refPlan struct {
	f     formula
	rate  bool    // not additive across economies
	sign  float64 // -1 for a deficit or a fall
	money bool
	tol   tolerance
	what  string
	note  string
	alt   *refPlan // another reading of the figure's coverage
}

// Formulas of the plans.
func series(code string) formula { return formula{Terms: []term{{code, 1, ""}}} }

var (
	fGDP          = series("ny.gdp.mktp.cd")
	fExports      = series("tx.val.mrch.cd.wt")
	fImports      = series("tm.val.mrch.cd.wt")
	fTrade        = formula{Terms: []term{{"tx.val.mrch.cd.wt", 1, ""}, {"tm.val.mrch.cd.wt", 1, ""}}}
	fTradeBalance = formula{Terms: []term{{"tx.val.mrch.cd.wt", 1, ""}, {"tm.val.mrch.cd.wt", -1, ""}}}
	fPopulation   = series("sp.pop.totl")

	// Goods and services, from their shares of GDP times GDP.
	fExportsGS = formula{Terms: []term{{"ne.exp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}}}
	fImportsGS = formula{Terms: []term{{"ne.imp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}}}
	fTradeGS   = formula{Terms: []term{{"ne.exp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}, {"ne.imp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}}}
	fBalanceGS = formula{Terms: []term{{"ne.exp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}, {"ne.imp.gnfs.zs", -0.01, "ny.gdp.mktp.cd"}}}
)

// goodsAndServices is the plan of a trade figure that includes services,
// or the alternative of one whose wording leaves it open.
func goodsAndServices(f formula, sign float64, tol tolerance, what string) *refPlan {
	return &refPlan{f: f, sign: sign, money: true, tol: tol, what: what,
		note: "derived from their share of GDP times GDP"}
}

// goodsServices takes the coverage out of a trade metric.
var goodsServices = strings.NewReplacer("of goods and services", "", "in goods and services", "",
	"goods and services", "", "goods & services", "")

// tradeCoverage reads whether a trade figure's metric says it is of goods
// only ("merchandise", "visible", "goods") or of goods and services.
func tradeCoverage(raw string) (goods, services bool) {
	services = strings.Contains(raw, "services")
	goods = !services && (anyWord(raw, "merchandise", "visible", "goods") || strings.Contains(raw, "merchandise"))
	return goods, services
}

// ofWorld is f as a percentage of the World's.
func ofWorld(f formula) formula { f.World, f.Scale = true, 100; return f }

// ofGDP is f as a percentage of the same economies' GDP.
func ofGDP(f formula) formula { f.Per, f.Scale = fGDP.Terms, 100; return f }

// More tolerances (see refseries.go).
var (
	tolFlows = tolerance{Rel: 0.10} // FDI: 10%
	tolMoney = tolerance{Abs: 1}    // broad money growth: 1 point
)

// planClaim maps a claim's indicator and metric (canonical, see Metrics),
// unit and change to a formula, or returns why none applies. Figures
// whose metric narrows the indicator ("oil exports", "producer prices")
// map to none: the World Bank series are totals.
func planClaim(c *Claim) (refPlan, string) {
	if c.Indicator == "" {
		return refPlan{}, "the claim has no indicator, so no series can be chosen"
	}
	switch c.Unit {
	case UnitPercentagePoint:
		return refPlan{}, "a change in percentage points: the World Bank series are levels and rates"
	case UnitOrdinal, UnitMultiple, UnitQuantity, UnitNumber:
		return refPlan{}, "a " + strings.ReplaceAll(string(c.Unit), "_", " ") + ", not a figure a World Bank series states"
	}
	if c.UnitName != "" {
		return refPlan{}, "a figure per " + strings.TrimPrefix(c.UnitName, "per ") + ": the World Bank series are totals"
	}
	if c.Unit == UnitMoney && constantPrices(c.Sentence) {
		return refPlan{}, "an amount at constant prices (\"at 1980 prices\", \"in real terms\"): the World Bank amounts are at current prices"
	}
	raw := strings.ToLower(c.Metric)
	m := DefaultMetrics().Canonical(c.Metric)
	if g := goodsServices.Replace(raw); g != raw {
		// "exports of goods and services", "goods and services trade
		// deficit": the metric, whose coverage tradeCoverage reads
		m = DefaultMetrics().Canonical(g)
	}
	pct, money, count := c.Unit == UnitPercent, c.Unit == UnitMoney, c.Unit == UnitCount
	level := c.Change == NoChange
	gdpShare := ofGDPWording(c)
	if pct && (m == "share of gdp" || m == "share of gnp") {
		// "a deficit of 3.2% of GDP" written down as a share of GDP: the
		// indicator says of what.
		m, gdpShare = metricOfGDPShare(c), true
	}
	none := func() (refPlan, string) {
		what := m
		if what == "" {
			what = string(c.Indicator)
		}
		return refPlan{}, "no World Bank series for " + what + " figures of this kind (" + string(c.Indicator) + ", " + unitWords(c) + ")"
	}
	rate := func(code, what string, tol tolerance) (refPlan, string) {
		return refPlan{f: series(code), rate: true, sign: 1, tol: tol, what: what}, ""
	}
	signed := func(p refPlan, s float64) refPlan { p.sign = s; return p }
	// changeSign is the sign of a rate stated as a change: "grew 5%" is
	// +5, "shrank 2%" is -2.
	changeSign := 1.0
	if c.Change == Down {
		changeSign = -1
	}

	switch c.Indicator {
	case IndGDP:
		nominal := strings.Contains(raw, "nominal")
		switch {
		case strings.Contains(raw, "ppp") || strings.Contains(raw, "purchasing power"):
			return refPlan{}, "a figure at purchasing power parity: the reference data have GDP at market prices"
		case pct && nominal:
			return refPlan{}, "nominal growth: the World Bank's series is real growth"
		case pct && (m == "growth" || m == "real growth") && !economyWords(c.Sentence):
			return refPlan{}, "growth of what the sentence does not say is the economy's"
		case pct && (m == "gdp growth" || m == "gnp growth" || m == "growth" || m == "real growth") && c.Change != Down:
			p, _ := rate("ny.gdp.mktp.kd.zg", "GDP growth", tolGrowth)
			if m == "gnp growth" {
				p.note = "GNP growth is compared with GDP growth, the World Bank's series"
			}
			return p, ""
		case pct && (m == "gdp" || m == "gnp") && !level:
			p, _ := rate("ny.gdp.mktp.kd.zg", "GDP growth", tolGrowth)
			if m == "gnp" {
				p.note = "GNP growth is compared with GDP growth, the World Bank's series"
			}
			return signed(p, changeSign), ""
		case money && level && ofOutputInSentence(c.Sentence):
			// "1.85 billion punts, 10.7 pct of GNP": the amount is what is
			// set against the output, not the output
			return refPlan{}, "an amount set against the economy's output in its sentence, not the output itself"
		case money && level && m == "gdp":
			return refPlan{f: fGDP, sign: 1, money: true, tol: tolLevel, what: "GDP"}, ""
		case money && level && m == "gnp":
			return refPlan{f: series("ny.gnp.atls.cd"), sign: 1, money: true, tol: tolLevel, what: "GNI",
				note: "compared with GNI by the World Bank's Atlas method"}, ""
		}
	case IndGDPPerCapita:
		switch {
		case m == "gdp per capita" && money && level:
			return refPlan{f: series("ny.gdp.pcap.cd"), rate: true, sign: 1, money: true, tol: tolLevel, what: "GDP per capita"}, ""
		case m == "gdp per capita" && pct && !level:
			p, _ := rate("ny.gdp.pcap.kd.zg", "GDP per capita growth", tolGrowth)
			return signed(p, changeSign), ""
		}
	case IndShareOfWorldGDP:
		if pct && level && m == "share of world gdp" {
			return refPlan{f: ofWorld(fGDP), sign: 1, tol: tolShare, what: "share of world GDP"}, ""
		}
	case IndShareOfWorldTrade:
		if pct && level {
			switch m {
			case "share of world trade":
				return refPlan{f: ofWorld(fTrade), sign: 1, tol: tolShare, what: "share of world merchandise trade"}, ""
			case "share of world exports":
				return refPlan{f: ofWorld(fExports), sign: 1, tol: tolShare, what: "share of world merchandise exports"}, ""
			case "share of world imports":
				return refPlan{f: ofWorld(fImports), sign: 1, tol: tolShare, what: "share of world merchandise imports"}, ""
			}
		}
	case IndExports, IndImports, IndTrade:
		type flow struct {
			f, gs      formula
			ratio      string
			what, note string
		}
		fl := map[Indicator]flow{
			IndExports: {fExports, fExportsGS, "ne.exp.gnfs.zs", "merchandise exports", "exports of goods and services"},
			IndImports: {fImports, fImportsGS, "ne.imp.gnfs.zs", "merchandise imports", "imports of goods and services"},
			IndTrade:   {fTrade, fTradeGS, "tg.val.totl.gd.zs", "merchandise trade", "merchandise trade"},
		}[c.Indicator]
		goods, services := tradeCoverage(raw)
		if m != string(c.Indicator) {
			break // "oil exports", "export prices": a part or a price
		}
		if c.Indicator == IndTrade && anyWord(strings.ToLower(c.Sentence), "credit", "credits", "lines", "financing", "finance") {
			return refPlan{}, "trade finance or credit lines, not the value of trade"
		}
		gsWhat := map[Indicator]string{IndExports: "exports of goods and services", IndImports: "imports of goods and services",
			IndTrade: "trade in goods and services"}[c.Indicator]
		switch {
		case money && level && services:
			return *goodsAndServices(fl.gs, 1, tolLevel, gsWhat), ""
		case money && level:
			p := refPlan{f: fl.f, sign: 1, money: true, tol: tolLevel, what: fl.what}
			if !goods {
				p.alt = goodsAndServices(fl.gs, 1, tolLevel, gsWhat)
			}
			return p, ""
		case pct && level && gdpShare:
			p, _ := rate(fl.ratio, fl.note+" in % of GDP", tolRatio)
			return p, ""
		case pct && !level:
			return refPlan{}, "a change in " + m + ": the World Bank's figures are US dollar values, the article's rate may be in local currency or volume"
		}
	case IndTradeBalance:
		sign, ok := balanceSign(m, "trade")
		switch {
		case !ok:
		case money && level:
			goods, services := tradeCoverage(raw)
			gs := goodsAndServices(fBalanceGS, sign, tolTradeBalGS, "trade "+balanceWord(m)+" in goods and services")
			if services {
				return *gs, ""
			}
			p := refPlan{f: fTradeBalance, sign: sign, money: true, tol: tolTradeBal, what: "merchandise trade " + balanceWord(m),
				note: "merchandise exports less imports"}
			if !goods {
				p.alt = gs
			}
			return p, ""
		case pct && level && gdpShare:
			return refPlan{f: ofGDP(fTradeBalance), sign: sign, tol: tolRatio, what: "merchandise trade " + balanceWord(m) + " in % of GDP"}, ""
		}
	case IndCurrentAccount:
		sign, ok := balanceSign(m, "current account")
		switch {
		case !ok:
		case money && level:
			return refPlan{f: series("bn.cab.xoka.cd"), sign: sign, money: true, tol: tolCurrent, what: "current account " + balanceWord(m)}, ""
		case pct && level && gdpShare:
			return refPlan{f: ofGDP(series("bn.cab.xoka.cd")), sign: sign, tol: tolRatio, what: "current account " + balanceWord(m) + " in % of GDP"}, ""
		}
	case IndFDI:
		// "Foreign investment" alone may be portfolio investment: only
		// direct investment is FDI.
		// Outflows are not net inflows; approvals and pledges are not
		// investment made.
		sentence := strings.ToLower(c.Sentence)
		direct := strings.Contains(raw, "direct") || strings.Contains(sentence, "direct") || anyWord(sentence, "fdi")
		if m == "fdi" && direct && money && level && !anyWord(raw, "outward", "overseas", "abroad", "odi", "outbound") &&
			!anyWord(sentence, "abroad", "outflow", "outflows", "outward", "overseas") &&
			!anyWord(sentence, "approved", "pledged", "contracted", "committed", "planned", "agreed") {
			return refPlan{f: series("bx.klt.dinv.cd.wd"), sign: 1, money: true, tol: tolFlows, what: "FDI, net inflows"}, ""
		}
	case IndInflation:
		// "Consumer prices rose 3.6%" is inflation of 3.6%, whether the
		// metric keeps the prices or says "inflation"; "inflation rose"
		// alone is a change in the rate.
		sentence := strings.ToLower(c.Sentence)
		prices := anyWord(raw, "prices", "price", "cpi") || strings.Contains(raw, "cost of living") ||
			anyWord(sentence, "prices", "cpi") || strings.Contains(sentence, "price index") || strings.Contains(sentence, "cost of living")
		switch {
		case !pct:
		case strings.Contains(raw, "deflator") && level:
			return rate("ny.gdp.defl.kd.zg", "GDP deflator inflation", tolInflation)
		case m == "inflation" && level:
			return rate("fp.cpi.totl.zg", "consumer price inflation", tolInflation)
		case m == "inflation" && prices:
			p, _ := rate("fp.cpi.totl.zg", "consumer price inflation", tolInflation)
			return signed(p, changeSign), ""
		case m == "inflation":
			return refPlan{}, "a change in the inflation rate: the World Bank's series is the rate"
		}
	case IndUnemployment:
		if m == "unemployment rate" && pct && level {
			p, _ := rate("sl.uem.totl.zs", "unemployment rate", tolGrowth)
			p.note = "the ILO's modelled estimate, which may differ from national definitions"
			return p, ""
		}
	case IndInterestRate:
		switch {
		case !pct || !level:
		case strings.Contains(raw, "real interest"):
			return rate("fr.inr.rinr", "real interest rate", tolGrowth)
		case m == "prime rate" || strings.Contains(raw, "lending rate"):
			p, _ := rate("fr.inr.lend", "lending rate", tolGrowth)
			p.note = "the year's average lending rate"
			return p, ""
		default:
			return refPlan{}, "no World Bank series for " + m + ": it has lending and real interest rates only"
		}
	case IndReserves:
		if m == "foreign reserves" && money && level {
			return refPlan{f: series("fi.res.totl.cd"), sign: 1, money: true, tol: tolLevel, what: "total reserves",
				note: "total reserves including gold, at the end of the year"}, ""
		}
	case IndMoneyCredit:
		switch {
		case !pct:
		case (m == "m2 growth" || m == "m3 growth") && c.Change != Down:
			return rate("fm.lbl.bmny.zg", "broad money growth", tolMoney)
		case (m == "m2" || m == "m3") && !level:
			p, _ := rate("fm.lbl.bmny.zg", "broad money growth", tolMoney)
			return signed(p, changeSign), ""
		}
	case IndBudgetBalance:
		sign, ok := balanceSign(m, "budget")
		switch {
		case !ok:
		case pct && level && gdpShare:
			p, _ := rate("gc.nld.totl.gd.zs", "budget "+balanceWord(m)+" in % of GDP", tolRatio)
			p.note = "central government net lending or borrowing"
			return signed(p, sign), ""
		case money:
			return refPlan{}, "a budget balance in money: the World Bank has it only in % of GDP"
		}
	case IndGovernmentSpending:
		switch {
		case !pct || !level || !gdpShare:
		case anyWord(raw, "military", "defence", "defense"):
			return rate("ms.mil.xpnd.gd.zs", "military spending in % of GDP", tolRatio)
		case m == "government spending":
			return rate("gc.xpn.totl.gd.zs", "central government expense in % of GDP", tolRatio)
		}
	case IndGovernmentRevenue:
		switch {
		case !pct || !level || !gdpShare || m != "tax revenue":
		case anyWord(raw, "tax", "taxes"):
			return rate("gc.tax.totl.gd.zs", "tax revenue in % of GDP", tolRatio)
		default:
			return rate("gc.rev.xgrt.gd.zs", "central government revenue in % of GDP", tolRatio)
		}
	case IndGovernmentDebt:
		if m == "government debt" && pct && level && gdpShare {
			return rate("gc.dod.totl.gd.zs", "central government debt in % of GDP", tolRatio)
		}
	case IndExternalDebt:
		// Debt service is not the stock of debt.
		// Debt service and parts of the debt ("of which 11.35 billion are
		// from the public sector", "medium- and long-term debt") are not
		// the stock of debt.
		sentence := strings.ToLower(c.Sentence)
		service := strings.Contains(sentence, "service on") || strings.Contains(sentence, "of which") ||
			anyWord(sentence, "servicing", "repayments", "repayment", "payments", "service", "short-term", "long-term", "medium-term")
		if m == "foreign debt" && money && level && !service && !anyWord(raw, "short-term", "medium-term", "long-term", "medium-",
			"commercial", "private", "public", "official", "bank", "banks") {
			return refPlan{f: series("dt.dod.dect.cd"), sign: 1, money: true, tol: tolLevel, what: "external debt"}, ""
		}
	case IndPopulation:
		switch {
		case pct && level && m == "share of world population":
			return refPlan{f: ofWorld(fPopulation), sign: 1, tol: tolShare, what: "share of world population"}, ""
		case pct && level && strings.Contains(raw, "urban"):
			return rate("sp.urb.totl.in.zs", "urban share of the population", tolRatio)
		case pct && (m == "population growth" && level || m == "population" && !level):
			p, _ := rate("sp.pop.grow", "population growth", tolPopGrowth)
			return signed(p, changeSign), ""
		case count && level && (m == "population" || m == "people"):
			return refPlan{f: fPopulation, sign: 1, tol: tolPeople, what: "population"}, ""
		}
	case IndRemittances:
		if money && level && strings.Contains(raw, "remittance") {
			return refPlan{f: series("bx.trf.pwkr.cd.dt"), sign: 1, money: true, tol: tolLevel, what: "remittances received"}, ""
		}
	case IndStockMarket:
		if money && level && strings.Contains(raw, "capitali") {
			return refPlan{f: series("cm.mkt.lcap.cd"), sign: 1, money: true, tol: tolLevel, what: "market capitalisation"}, ""
		}
	case IndAidLoans:
		if money && level && (strings.Contains(raw, "development assistance") || anyWord(raw, "oda")) {
			return refPlan{f: series("dt.oda.odat.cd"), sign: 1, money: true, tol: tolLevel, what: "net official development assistance received"}, ""
		}
	case IndOther:
		if count && level && strings.Contains(raw, "patent application") {
			return refPlan{f: formula{Terms: []term{{"ip.pat.resd", 1, ""}, {"ip.pat.nres", 1, ""}}}, sign: 1, tol: tolLevel, what: "patent applications"}, ""
		}
	default:
		if !c.Indicator.Valid() {
			return refPlan{}, "unknown indicator " + string(c.Indicator)
		}
		return refPlan{}, "no World Bank series for " + string(c.Indicator) + " figures"
	}
	return none()
}

// balanceSign reads a balance metric: "<what> surplus" is +1, "<what>
// deficit" -1, "<what> balance" +1 (the figure keeps its own sign).
func balanceSign(canon, what string) (float64, bool) {
	switch canon {
	case what + " surplus":
		return 1, true
	case what + " deficit":
		return -1, true
	case what + " balance":
		return 1, true
	}
	return 0, false
}

// balanceWord is the last word of a balance metric: "surplus", "deficit"
// or "balance", as the claim states the figure.
func balanceWord(canon string) string {
	return canon[strings.LastIndexByte(canon, ' ')+1:]
}

// metricOfGDPShare is the canonical metric a percentage of GDP stands
// for, from the claim's indicator and, for balances, the sentence's word
// for the sign: "a budget deficit of 3.2% of GDP" → "budget deficit".
func metricOfGDPShare(c *Claim) string {
	balance := func(what string) string {
		s := strings.ToLower(c.Sentence)
		d, sp := strings.Contains(s, "deficit"), strings.Contains(s, "surplus")
		switch {
		case d && !sp:
			return what + " deficit"
		case sp && !d:
			return what + " surplus"
		}
		return what + " balance"
	}
	switch c.Indicator {
	case IndBudgetBalance:
		return balance("budget")
	case IndCurrentAccount:
		return balance("current account")
	case IndTradeBalance:
		return balance("trade")
	case IndGovernmentDebt:
		return "government debt"
	case IndGovernmentSpending:
		return "government spending"
	case IndGovernmentRevenue:
		return "tax revenue"
	case IndExports, IndImports, IndTrade:
		return string(c.Indicator)
	}
	return "share of gdp"
}

// ofGDPWording reports whether a percent figure is stated as a share of
// the economy's GDP: its metric says so ("deficit to GDP ratio") or the
// words after it in the sentence do ("3.2% of GDP").
func ofGDPWording(c *Claim) bool {
	m := strings.ToLower(c.Metric)
	for _, s := range []string{"of gdp", "to gdp", "gdp ratio", "of gross domestic product", "share of gdp"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	sentence, text, i := textInSentence(c)
	if i < 0 {
		return false
	}
	after := strings.ToLower(sentence[i+len(text) : min(len(sentence), i+len(text)+60)])
	after = strings.TrimLeft(after, " ")
	for _, s := range []string{"of gdp", "of its gdp", "of the gdp", "of the country's gdp", "of gross domestic product",
		"of its gross domestic product", "of the economy", "of economic output", "of national output", "of gnp",
		"of the country's gross domestic product"} {
		if strings.HasPrefix(after, s) {
			return true
		}
	}
	return false
}

// ofOutputInSentence reports whether a sentence sets a figure against
// the economy's output ("13.0 pct of GNP").
func ofOutputInSentence(sentence string) bool {
	s := strings.ToLower(sentence)
	for _, w := range []string{"of gdp", "of gnp", "of gross domestic", "of gross national", "of its gdp", "of its gnp"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// economyWords reports whether a sentence speaks of an economy's output,
// so that "growth" in it may be the economy's.
func economyWords(sentence string) bool {
	s := strings.ToLower(sentence)
	return anyWord(s, "economy", "economic", "gdp", "gnp", "output", "gross", "economies")
}

// anyWord reports whether s has one of the words (whole words, ASCII).
func anyWord(s string, words ...string) bool {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
	for _, w := range f {
		for _, x := range words {
			if w == x || strings.HasSuffix(x, "-") && strings.HasPrefix(w, x) {
				return true
			}
		}
	}
	return false
}

// unitWords describes a claim's unit and change for reasons.
func unitWords(c *Claim) string {
	s := strings.ReplaceAll(string(c.Unit), "_", " ")
	switch c.Change {
	case Up:
		s += ", a rise"
	case Down:
		s += ", a fall"
	}
	return s
}

// constantPrices reports whether a sentence gives its amounts at constant
// prices: "GDP calculated at 1980 prices rose to 434,682 billion lire",
// "in real terms", "at constant prices".
func constantPrices(sentence string) bool {
	low := strings.ToLower(sentence)
	if strings.Contains(low, "constant prices") || strings.Contains(low, "in real terms") || strings.Contains(low, "constant dollars") {
		return true
	}
	for i := strings.Index(low, " prices"); i >= 0; {
		// "at 1980 prices", "at 1979/80 prices"
		if j := strings.LastIndex(low[:i], "at "); j >= 0 && i-j <= 12 {
			y := strings.TrimSpace(low[j+3 : i])
			if len(y) >= 4 && y[0] == '1' || len(y) >= 4 && y[0] == '2' {
				return true
			}
		}
		k := strings.Index(low[i+1:], " prices")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
