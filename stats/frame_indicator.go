package stats

import "strings"

// Indicator of a claim: the kind of statistic (claims.md §5), read from
// the words of its metric phrase by an ordered table of rules (the first
// that matches wins), with what the claim is (a rank, a count of members)
// and what it is about (a company's sales are its results) where the
// words alone do not say.

// indicatorRule maps metric phrases to an indicator: the phrase holds one
// of the words of any (whole words, or a phrase of several words), and,
// if all is set, one of those too, and none of the words of not.
type indicatorRule struct {
	ind Indicator
	any []string
	all []string
	not []string
}

// indicatorRules are tried in order.
var indicatorRules = []indicatorRule{
	{ind: IndShareOfWorldGDP, any: []string{"share of world gdp", "share of global gdp", "share of world output", "share of global output", "share of world economy", "share of global economy", "share of world economic output", "share of global economic output"}},
	{ind: IndShareOfWorldTrade, any: []string{"share of world trade", "share of global trade", "share of world exports", "share of global exports", "share of world imports", "share of global imports", "share of international trade", "share of world commerce", "share of global commerce"}},
	{ind: IndTradingPartnerRank, any: []string{"trading partner", "trade partner", "export market", "export destination", "source of imports", "import source", "supplier", "largest market", "biggest market", "largest buyer", "biggest buyer", "largest exporter", "largest importer", "largest trader", "top trader", "trading nation", "rank"}, not: []string{"dialysis"}},
	{ind: IndCurrentAccount, any: []string{"current account", "current deficit", "current surplus", "invisible", "invisibles", "services deficit", "services surplus", "services balance", "trade-in-services", "services trade", "transfer payments", "transfers deficit", "transfers surplus", "unrequited transfers", "net income", "net services", "services"}, not: []string{"goods and services", "financial services"}},
	{ind: IndBalanceOfPayments, any: []string{"balance of payments", "payments deficit", "payments surplus", "payments balance", "capital account", "basic balance", "errors and omissions", "capital transactions", "balancing item", "overall balance", "capital outflow", "capital inflow"}},
	{ind: IndBudgetBalance, any: []string{"budget deficit", "budget surplus", "fiscal deficit", "fiscal surplus", "budget gap", "budget shortfall", "public sector borrowing", "borrowing requirement", "psbr", "government deficit", "federal deficit", "public deficit"}},
	{ind: IndTariffs, any: []string{"tariff", "tariffs", "duty", "duties", "quota", "quotas", "levy", "levies", "countervailing"}, not: []string{"duty-free"}},
	{ind: IndTradeBalance, any: []string{"trade deficit", "trade surplus", "trade balance", "trade gap", "trade shortfall", "merchandise deficit", "merchandise surplus", "merchandise trade", "visible trade", "goods deficit", "goods surplus", "goods trade deficit", "goods and services deficit", "goods and services surplus", "balance of goods and services", "balance of trade", "trade imbalance", "imbalance", "non-eu deficit", "non-eu shortfall"}},
	{ind: IndGovernmentRevenue, any: []string{"tax", "taxes", "tax revenue", "tax revenues", "tax receipts", "government revenue", "fiscal revenue", "rebates", "tax take", "customs revenue"}},
	{ind: IndReserves, any: []string{"reserves", "reserve", "gold holdings"}, not: []string{"oil reserves", "gas reserves", "proven reserves", "crude reserves", "reserve bank"}},
	{ind: IndFDI, any: []string{"fdi", "direct investment", "foreign investment", "inward investment", "overseas investment", "outward investment", "chinese investment"}},
	{ind: IndCommodityPrice, any: []string{"price", "prices"}, all: []string{"oil", "crude", "gold", "silver", "copper", "rice", "wheat", "corn", "cotton", "soybean", "soybeans", "sugar", "coffee", "cocoa", "grain", "barrel", "metal", "metals", "commodity", "commodities", "petrol", "gasoline", "gas", "aluminium", "aluminum", "tin", "zinc", "nickel", "iron", "steel", "rubber", "palm"}},
	{ind: IndExports, any: []string{"exports", "export", "re-exports", "shipments abroad", "overseas sales", "export sales", "outbound shipments", "sales abroad", "exported"}},
	{ind: IndImports, any: []string{"imports", "import", "imported", "purchases abroad"}},
	{ind: IndShareOfWorldGDP, any: []string{"world gdp", "global gdp", "world output", "global output"}, all: []string{"share"}},
	{ind: IndTradeShare, any: []string{"share of trade", "share of foreign trade", "share of exports", "share of imports", "share of total trade", "share of external trade"}},
	{ind: IndTrade, any: []string{"trade", "commerce", "two-way trade", "trade volume", "trade turnover", "bilateral trade", "foreign trade"}, not: []string{"trade agreement", "trade agreements", "trade deal", "trade talks", "free trade", "trade war", "trade dispute", "trade barriers", "trade delegations", "trade fair"}},
	{ind: IndGDPPerCapita, any: []string{"per capita", "per head", "per-capita", "gdp per capita", "income per person"}},
	{ind: IndGDP, any: []string{"gdp", "gnp", "gni", "gross domestic product", "gross national product", "economy", "economic growth", "economic output", "national output", "growth rate", "annual rate", "growth", "gross product", "farm product", "economic activity"}, not: []string{"sales growth", "export growth", "import growth", "trade growth", "wage growth", "credit growth", "loan growth", "money supply growth", "money growth", "population growth", "productivity growth", "job growth", "employment growth", "earnings growth", "pay growth", "lending growth", "revenue growth", "profit growth", "spending growth", "consumption growth", "investment growth", "output growth", "production growth"}},
	{ind: IndInflation, any: []string{"inflation", "consumer prices", "consumer price", "cpi", "producer prices", "producer price", "ppi", "wholesale prices", "wholesale price", "deflator", "price index", "cost of living", "retail prices", "prices"}},
	{ind: IndUnemployment, any: []string{"unemployment", "jobless", "unemployed", "joblessness"}},
	{ind: IndEmployment, any: []string{"jobs", "job", "payrolls", "payroll", "employment", "employed", "labor force", "labour force", "workforce", "job losses", "layoffs", "lay-offs", "posts", "hiring", "workers", "participation", "redundancies", "job cuts"}},
	{ind: IndWages, any: []string{"wages", "wage", "earnings", "pay", "salaries", "salary", "incomes", "income"}, not: []string{"net income"}},
	{ind: IndInterestRate, any: []string{"interest rate", "interest rates", "discount rate", "prime rate", "funds rate", "base rate", "lending rate", "policy rate", "benchmark rate", "key rate", "bond yield", "yields", "yield", "libor", "rate cut", "rate cuts", "rate hike", "cut", "cuts", "interbank", "call money", "mortgage rate", "repo rate", "rates"}},
	{ind: IndExchangeRate, any: []string{"exchange rate", "exchange rates", "yuan", "renminbi", "dollar", "yen", "currency", "parity", "peg", "undervaluation", "overvaluation", "devaluation", "revaluation", "sterling", "mark", "franc", "euro"}},
	{ind: IndMoneyCredit, any: []string{"money supply", "money stock", "m0", "m1", "m2", "m3", "m-1", "m-2", "m-3", "bank lending", "lending", "loans", "credit", "deposits", "liquidity", "money"}, not: []string{"aid", "bailout"}},
	{ind: IndGovernmentDebt, any: []string{"government debt", "public debt", "national debt", "sovereign debt", "federal debt", "state debt"}},
	{ind: IndExternalDebt, any: []string{"foreign debt", "external debt", "debt service", "debt servicing", "debt", "debts", "indebtedness", "arrears"}},
	{ind: IndGovernmentSpending, any: []string{"government spending", "public spending", "public expenditure", "government expenditure", "budget", "spending on defence", "military spending", "defence spending", "defense spending"}},
	{ind: IndTradeAgreements, any: []string{"free trade agreement", "free trade agreements", "fta", "ftas", "trade agreement", "trade agreements", "trade deal", "trade deals", "rounds", "round", "negotiations", "talks", "agreements", "agreement", "cooperation partners", "chapters", "belt and road"}},
	{ind: IndMembership, any: []string{"members", "member", "member economies", "member countries", "member states", "membership", "countries in partnership", "participating"}},
	{ind: IndIndustrialOutput, any: []string{"industrial production", "industrial output", "industrial sector", "manufacturing", "factory output", "factory orders", "industrial orders", "capacity utilisation", "capacity utilization", "industrial growth", "industry"}},
	{ind: IndConsumption, any: []string{"consumer spending", "consumption", "retail sales", "domestic demand", "household spending", "private consumption", "final consumption", "consumer demand"}},
	{ind: IndCommodityOutput, any: []string{"agricultural output", "farm output", "harvest", "crop", "crops", "oil output", "oil production", "crude output", "gas output", "mining", "output", "production"}},
	{ind: IndPopulation, any: []string{"population", "inhabitants", "residents"}},
	{ind: IndAidLoans, any: []string{"aid", "bailout", "loan", "grant", "grants", "rescue package", "package", "financing", "funding", "assistance"}},
	{ind: IndRemittances, any: []string{"remittances", "remittance", "money sent home"}},
	{ind: IndStockMarket, any: []string{"stock index", "share index", "stock market", "index", "dow", "nikkei", "ftse", "shares", "stocks", "market capitalisation", "market capitalization", "points", "close", "closing"}},
	{ind: IndInvestment, any: []string{"investment", "investments", "capital spending", "capital expenditure", "capital equipment", "business spending", "fixed capital", "capital formation", "portfolio"}},
	{ind: IndCompanyResults, any: []string{"sales", "profit", "profits", "revenue", "revenues", "net loss", "market share", "share price", "turnover", "contract", "contract price", "dividend"}},
}

// indicatorOf returns the indicator of a metric phrase by the rules, or ""
// when none matches.
func indicatorOf(metric string) Indicator {
	if metric == "" {
		return ""
	}
	m := " " + strings.ToLower(metric) + " "
	for i := range indicatorRules {
		r := &indicatorRules[i]
		if !containsAnyWord(m, r.any) {
			continue
		}
		if len(r.all) > 0 && !containsAnyWord(m, r.all) {
			continue
		}
		if containsAnyWord(m, r.not) {
			continue
		}
		return r.ind
	}
	return ""
}

// containsAnyWord reports whether the padded phrase m (" ... ") holds one
// of the words or phrases of ws as whole words.
func containsAnyWord(m string, ws []string) bool {
	for _, w := range ws {
		i := strings.Index(m, w)
		for i >= 0 {
			if isWordEdge(m, i-1) && isWordEdge(m, i+len(w)) {
				return true
			}
			j := strings.Index(m[i+1:], w)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

func isWordEdge(m string, i int) bool {
	if i < 0 || i >= len(m) {
		return true
	}
	c := m[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')
}

// balanceWords are the heads of a balance that say nothing of what is
// balanced ("the deficit narrowed"): the clause, the sentence or the
// article's earlier figures tell.
var balanceWords = map[string]bool{
	"deficit": true, "deficits": true, "surplus": true, "surpluses": true, "shortfall": true,
	"gap": true, "balance": true, "imbalance": true,
}

// weakWords name a figure without saying of what ("growth slowed to 0.5%",
// "an annual rate of 3.8%"): a more specific word nearby wins.
var weakWords = map[string]bool{
	"growth": true, "rate": true, "rise": true, "increase": true, "level": true, "total": true,
	"figure": true, "value": true, "volume": true, "amount": true, "change": true, "fall": true,
	"decline": true, "drop": true, "average": true, "annual": true,
}

// phraseIndicator returns the indicator of a phrase and whether it is
// vague: a bare balance or a weak word that a nearby word should settle.
func phraseIndicator(p string) (Indicator, bool) {
	if p == "" {
		return "", false
	}
	ind := indicatorOf(p)
	last := p[strings.LastIndexByte(p, ' ')+1:]
	if balanceWords[last] && (ind == "" || ind == IndTradeBalance && !strings.Contains(p, "trade") && !strings.Contains(p, "merchandise") && !strings.Contains(p, "goods")) {
		return "", true
	}
	if ind == IndGDP && weakWords[last] && !strings.Contains(p, "gdp") && !strings.Contains(p, "gnp") && !strings.Contains(p, "econom") && !strings.Contains(p, "product") {
		return ind, true
	}
	return ind, false
}

// indicatorFor returns the indicator of claim qi (c, with its metric set):
// from its metric phrase; for a vague one, from what changed ("a 104 pct
// increase in soybean exports") or the metric words of its clause; a bare
// balance from its qualifier in the sentence ("capital account payments
// swung to a deficit") or the last balance the article spoke of; a claim
// with no metric words from the figure it is compared with or listed
// with, or the article's last figure.
func (x *extractor) indicatorFor(c *Claim, qi int, s sentence, ctx *articleContext) Indicator {
	q := &x.qs[qi]
	ind, vague := phraseIndicator(c.Metric)
	balance := vague && ind == ""
	if ind == "" || vague {
		if p := x.changeObject(q, s); p != "" {
			if i2, v2 := phraseIndicator(p); i2 != "" && !v2 {
				ind, vague, balance = i2, false, false
			}
		}
	}
	if ind == "" || vague {
		if i2, b2 := x.clauseIndicator(q, s); i2 != "" {
			ind, vague, balance = i2, false, false
		} else if b2 {
			balance = true
		}
	}
	switch {
	case balance && (ind == "" || vague):
		ind = ctx.balance
		if ind == "" {
			ind = IndTradeBalance
		}
	case ind == "":
		l := &x.links[qi]
		switch {
		case l.main >= 0 && x.indicators[l.main] != "":
			ind = x.indicators[l.main]
		case l.next >= 0:
			// joined to a later figure: decided when it is
		case qi > 0 && x.prevIndicator(qi) != "":
			ind = x.prevIndicator(qi)
		case q.unit == UnitMoney || q.unit == UnitPercent || q.unit == UnitPercentagePoint:
			ind = ctx.lastInd
		}
	}
	if q.unit == UnitOrdinal && ind != IndTradingPartnerRank {
		// ranks and sequence numbers: "the 19th round", "the 75th anniversary"
		switch ind {
		case IndTradeAgreements, IndEmployment, IndGDP, IndCurrentAccount, IndTradeBalance:
		default:
			ind = IndOther
		}
	}
	if q.unit == UnitCount && q.item != "" && ind != IndEmployment && ind != IndMembership && ind != IndTradeAgreements && ind != IndPopulation && ind != IndFDI && ind != IndInterestRate {
		ind = IndOther // "25,711 attendees", "two spurs to growth"
	}
	if ind == "" {
		if e := x.subjectEntity(c.Subject); e != nil && e.Kind == KindName && orgLike(e.Name) {
			return IndCompanyResults
		}
		return IndOther
	}
	return ind
}

// prevIndicator returns the indicator of the claim before qi in the same
// clause, or "".
func (x *extractor) prevIndicator(qi int) Indicator {
	q := &x.qs[qi]
	for p := qi - 1; p >= 0; p-- {
		if x.qs[p].skip {
			continue
		}
		if x.clauseOf[x.qs[p].a] != x.clauseOf[q.a] {
			return ""
		}
		return x.indicators[p]
	}
	return ""
}

// changeObject returns what a change figure is a change in: "a 104 pct or
// 600 mln dlr increase in soybean exports" → "soybean exports".
func (x *extractor) changeObject(q *quantity, s sentence) string {
	g := &x.g
	k := q.b
	for n := 0; k < s.b && n < 8 && (x.inClaim[k] || g.word(k) == "or" || g.word(k) == "and"); n++ {
		k++ // past the other figure of "104 pct or 600 mln dlr"
	}
	if g.gluedHyphen(k) {
		k++
	}
	if changeNouns[g.word(k)] == NoChange && g.word(k) != "contribution" && g.word(k) != "share" {
		return ""
	}
	k++
	if w := g.word(k); w != "in" && w != "of" && w != "from" && w != "to" {
		return ""
	}
	return x.nounPhrase(k+1, s)
}

// clauseIndicator reads the metric words of claim q's clause, nearest
// first, and returns the first specific indicator they give; balance says
// a bare balance word was seen.
func (x *extractor) clauseIndicator(q *quantity, s sentence) (ind Indicator, balance bool) {
	g := &x.g
	cl := x.clauseOf[q.a]
	// the clause, within 40 tokens of the claim (a table can be one
	// clause of thousands of figures)
	a, b := max(int(x.clauseStart[q.a]), q.a-40), q.b
	for b < s.b && b < q.b+40 && x.clauseOf[b] == cl {
		b++
	}
	// "the gap between exports and imports", "the difference between
	// what the UK exported and imported": a trade balance
	exp, imp, gap := false, false, false
	for k := a; k < b; k++ {
		switch w := g.word(k); {
		case strings.HasPrefix(w, "export"):
			exp = true
		case strings.HasPrefix(w, "import"):
			imp = true
		case w == "gap" || w == "difference" || w == "balance":
			gap = true
		}
	}
	if exp && imp && gap {
		return IndTradeBalance, false
	}
	for d := 1; d < 16; d++ {
		for _, k := range [2]int{q.a - d, q.b - 1 + d} {
			if k < a || k >= b || x.inClaim[k] {
				continue
			}
			w := g.word(k)
			if w == "" || functionWords[w] || x.toks[k].cls&lxVerbLike != 0 {
				continue
			}
			if balanceWords[w] {
				balance = true
				// its qualifier: "capital account payments swung to a deficit"
				for j := a; j < b; j++ {
					if j == k {
						continue
					}
					if qi, _ := phraseIndicator(g.word(j-1) + " " + g.word(j) + " " + w); qi != "" {
						return qi, false
					}
				}
				continue
			}
			// the word with up to three words before it
			from := k - 3
			if from < a {
				from = a
			}
			for j := from; j <= k; j++ {
				p := foldLower(g.text[x.toks[j].start:x.toks[k].end])
				if qi, vague := phraseIndicator(p); qi != "" && !vague {
					return qi, false
				}
			}
		}
	}
	return "", balance
}

// subjectEntity returns the entity named by a claim's subject, if the
// gazetteer or the article knows it.
func (x *extractor) subjectEntity(name string) *Entity {
	if name == "" {
		return nil
	}
	if e, ok := x.names[name]; ok {
		return e
	}
	if e, ok := EntityByName(name); ok {
		return e
	}
	return nil
}

// orgLike reports whether a proper name is a company's: it ends with an
// organisation word ("Corp", "Group", "Technologies").
func orgLike(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	last := strings.ToLower(strings.TrimSuffix(name[i+1:], "."))
	switch last {
	case "co", "corp", "corporation", "inc", "ltd", "plc", "group", "holdings", "holding",
		"technologies", "tech", "airlines", "airways", "motors", "industries", "systems",
		"electronics", "pharmaceuticals", "ag", "sa", "nv", "gmbh", "llc", "labs", "company":
		return true
	}
	return false
}
