package stats

import (
	"strings"
	"sync"
)

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
	{ind: IndTradeShare, any: []string{"share of trade", "share of foreign trade", "share of exports", "share of imports", "share of total trade", "share of external trade"}},
	// "share of total export volume", "share of domestically produced exports"
	{ind: IndTradeShare, any: []string{"share of"}, all: []string{"trade", "exports", "imports", "export", "import"}, not: []string{"market share"}},
	{ind: IndTradingPartnerRank, any: []string{"trading partner", "trade partner", "export market", "export destination", "source of imports", "import source", "supplier", "largest buyer", "biggest buyer", "largest exporter", "largest importer", "largest trader", "top trader", "trading nation", "trader", "largest source", "biggest source", "largest destination", "biggest destination", "largest customer", "biggest customer", "largest partner", "biggest partner"}},
	{ind: IndCurrentAccount, any: []string{"current account", "current deficit", "current surplus", "current external deficit", "invisible", "invisibles", "services deficit", "services surplus", "services balance", "trade-in-services", "services trade", "transfer payments", "transfers deficit", "transfers surplus", "unrequited transfers", "net income deficit", "net income surplus", "net income and unrequited transfers", "net services", "services"}, not: []string{"goods and services", "financial services"}},
	{ind: IndBalanceOfPayments, any: []string{"balance of payments", "payments deficit", "payments surplus", "payments balance", "capital account", "basic balance", "errors and omissions", "capital transactions", "balancing item", "overall balance", "capital outflow", "capital inflow", "official capital", "capital surplus", "capital deficit", "capital balance", "payments"}},
	{ind: IndBudgetBalance, any: []string{"budget deficit", "budget surplus", "fiscal deficit", "fiscal surplus", "budget gap", "budget shortfall", "public sector borrowing", "borrowing requirement", "financing requirement", "psbr", "government deficit", "federal deficit", "public deficit", "public sector deficit"}},
	{ind: IndTariffs, any: []string{"tariff", "tariffs", "duty", "duties", "quota", "quotas", "levy", "levies", "countervailing"}, not: []string{"duty-free"}},
	{ind: IndTradeBalance, any: []string{"trade deficit", "trade surplus", "trade balance", "trade gap", "trade shortfall", "merchandise deficit", "merchandise surplus", "merchandise trade", "visible trade", "goods deficit", "goods surplus", "goods trade deficit", "goods and services deficit", "goods and services surplus", "balance of goods and services", "balance of trade", "trade imbalance", "imbalance", "non-eu deficit", "non-eu shortfall"}},
	{ind: IndGovernmentRevenue, any: []string{"tax", "taxes", "tax revenue", "tax revenues", "tax receipts", "government revenue", "fiscal revenue", "rebates", "tax take", "customs revenue", "vat", "value-added tax", "income-tax", "tax burden", "income tax", "income taxes"}},
	{ind: IndMoneyCredit, any: []string{"credit lines", "credit line", "trade credit", "trade credits", "credit facilities", "minimum reserves", "reserve requirements", "reserve requirement", "required reserves", "bank reserves", "excess reserves", "borrowed reserves", "free reserves"}},
	{ind: IndAidLoans, any: []string{"export credits", "export credit", "export financing", "export finance"}},
	{ind: IndReserves, any: []string{"reserves", "reserve", "gold holdings"}, not: []string{"oil reserves", "gas reserves", "proven reserves", "crude reserves", "reserve bank"}},
	{ind: IndFDI, any: []string{"fdi", "direct investment", "foreign investment", "inward investment", "overseas investment", "outward investment", "chinese investment"}},
	{ind: IndCommodityPrice, any: []string{"price", "prices"}, all: []string{"oil", "crude", "gold", "silver", "copper", "rice", "wheat", "corn", "cotton", "soybean", "soybeans", "sugar", "coffee", "cocoa", "grain", "barrel", "metal", "metals", "commodity", "commodities", "petrol", "gasoline", "gas", "aluminium", "aluminum", "tin", "zinc", "nickel", "iron", "steel", "rubber", "palm"}},
	// "the dollar price of internationally traded manufactures": a price in dollars
	{ind: IndCommodityPrice, any: []string{"dollar price", "dollar prices"}},
	{ind: IndExports, any: []string{"exports", "export", "re-exports", "shipments abroad", "overseas sales", "export sales", "outbound shipments", "sales abroad", "exported", "goods leaving"}},
	{ind: IndImports, any: []string{"imports", "import", "imported", "purchases abroad", "goods entering", "goods coming into"}},
	{ind: IndShareOfWorldGDP, any: []string{"world gdp", "global gdp", "world output", "global output"}, all: []string{"share"}},
	{ind: IndTrade, any: []string{"trade", "commerce", "two-way trade", "trade volume", "trade turnover", "bilateral trade", "foreign trade"}, not: []string{"trade agreement", "trade agreements", "trade deal", "trade talks", "free trade", "trade war", "trade dispute", "trade barriers", "trade delegations", "trade fair"}},
	{ind: IndGDPPerCapita, any: []string{"per capita", "per head", "per-capita", "gdp per capita", "income per person", "capita gdp", "capita gnp", "capita income", "capita output"}},
	{ind: IndGDP, any: []string{"gdp", "gnp", "gni", "gross domestic product", "gross national product", "economy", "economic growth", "economic output", "national output", "growth rate", "annual rate", "growth", "gross product", "economic activity"}, not: []string{"sales growth", "export growth", "import growth", "trade growth", "wage growth", "credit growth", "loan growth", "money supply growth", "money growth", "population growth", "productivity growth", "job growth", "employment growth", "earnings growth", "pay growth", "lending growth", "revenue growth", "profit growth", "spending growth", "consumption growth", "investment growth", "output growth", "production growth"}},
	{ind: IndInflation, any: []string{"inflation", "consumer prices", "consumer price", "cpi", "producer prices", "producer price", "ppi", "wholesale prices", "wholesale price", "deflator", "price index", "cost of living", "retail prices", "wholesale index", "prices"}},
	{ind: IndUnemployment, any: []string{"unemployment", "jobless", "unemployed", "joblessness"}},
	{ind: IndEmployment, any: []string{"jobs", "job", "payrolls", "payroll", "employment", "employed", "labor force", "labour force", "workforce", "job losses", "layoffs", "lay-offs", "posts", "hiring", "workers", "participation", "redundancies", "job cuts"}},
	// "coffee earnings", "oil earnings", "oil income": what a country earns abroad from it
	{ind: IndExports, any: []string{"earnings", "income"}, all: []string{"oil", "crude", "coffee", "cocoa", "tea", "sugar", "cotton", "copper", "tin", "gold", "rubber", "timber", "gas", "petroleum"}, not: []string{"operating income", "net income", "operating earnings", "net earnings"}},
	{ind: IndWages, any: []string{"wages", "wage", "earnings", "pay", "salaries", "salary", "incomes", "income", "purchasing power"}, not: []string{"net income"}},
	{ind: IndInterestRate, any: []string{"interest rate", "interest rates", "discount rate", "prime rate", "funds rate", "base rate", "lending rate", "policy rate", "benchmark rate", "key rate", "bond yield", "yields", "yield", "libor", "rate cut", "rate cuts", "rate hike", "interbank", "call money", "mortgage rate", "repo rate", "rates",
		// money-market rates: "the call rate fell to 3.5 pct", "the Lombard rate of five pct"
		"call rate", "call rates", "lombard rate", "intervention rate", "overnight rate", "repurchase rate", "tender rate", "deposit rate", "deposit rates", "bill rate", "bill rates", "money market rate", "money market rates"}},
	{ind: IndExchangeRate, any: []string{"exchange rate", "exchange rates", "trade-weighted", "effective exchange rate", "yuan", "renminbi", "dollar", "yen", "currency", "parity", "peg", "undervaluation", "overvaluation", "devaluation", "revaluation", "sterling", "mark", "franc", "euro"}, not: []string{"currency debt", "dollar debt", "currency loans", "dollar loans", "currency borrowing", "currency debts"}},
	{ind: IndMoneyCredit, any: []string{"money supply", "money stock", "m0", "m1", "m2", "m3", "m-1", "m-2", "m-3", "bank lending", "lending", "loans", "credit", "deposits", "liquidity", "money"}, not: []string{"aid", "bailout"}},
	{ind: IndGovernmentDebt, any: []string{"government debt", "public debt", "national debt", "sovereign debt", "federal debt", "state debt"}},
	// "local government outstanding debt", "municipal debt"
	{ind: IndGovernmentDebt, any: []string{"debt", "debts"}, all: []string{"government", "governments", "municipal"}},
	{ind: IndExternalDebt, any: []string{"foreign debt", "external debt", "debt service", "debt servicing", "debt", "debts", "indebtedness", "arrears"}},
	{ind: IndGovernmentSpending, any: []string{"government spending", "public spending", "public expenditure", "government expenditure", "budget", "spending on defence", "military spending", "defence spending", "defense spending", "government consumption", "government final consumption", "public consumption"}},
	{ind: IndTradeAgreements, any: []string{"free trade agreement", "free trade agreements", "fta", "ftas", "trade agreement", "trade agreements", "trade deal", "trade deals", "trade talks", "trade negotiations", "cooperation partners", "belt and road"}},
	{ind: IndMembership, any: []string{"members", "member", "member economies", "member countries", "member states", "membership", "countries in partnership", "participating"}},
	{ind: IndIndustrialOutput, any: []string{"industrial production", "industrial output", "industrial sector", "manufacturing", "factory output", "factory orders", "durable goods orders", "durable orders", "machinery orders", "capital goods orders", "industrial orders", "capacity utilisation", "capacity utilization", "industrial growth", "industry"}},
	{ind: IndConsumption, any: []string{"consumer spending", "consumption", "retail sales", "domestic demand", "internal demand", "household spending", "private consumption", "final consumption", "consumer demand", "personal spending", "private spending"}},
	{ind: IndCommodityOutput, any: []string{"agricultural output", "farm output", "farm product", "harvest", "crop", "crops", "oil output", "oil production", "crude output", "gas output", "mining", "output", "production"}},
	{ind: IndPopulation, any: []string{"population", "inhabitants", "residents", "urbanization", "urbanisation"}},
	{ind: IndAidLoans, any: []string{"aid", "bailout", "loan", "grant", "grants", "rescue package", "package", "financing", "funding", "assistance"}},
	{ind: IndRemittances, any: []string{"remittances", "remittance", "money sent home"}},
	{ind: IndStockMarket, any: []string{"stock index", "share index", "stock market", "stock price index", "share price index", "dow", "nikkei", "ftse", "hang seng", "stocks", "market capitalisation", "market capitalization", "industrial average", "composite index"}, not: []string{"leading", "lagging", "coincident"}},
	{ind: IndInvestment, any: []string{"investment", "investments", "capital spending", "capital expenditure", "capital expenditures", "construction spending", "construction outlays", "capital equipment", "business spending", "fixed capital", "capital formation", "portfolio", "project", "projects"}},
	// bare spending, after consumer, capital and company words: public
	// spending unless the claim is a company's (indicatorFor)
	{ind: IndGovernmentSpending, any: []string{"spending", "expenditure", "expenditures", "outlays"}, not: []string{"construction", "research and development"}},
	{ind: IndGovernmentSpending, any: []string{"spent", "spend", "spends"}, all: []string{"government", "governments", "state", "ministry", "treasury", "federal"}},
	{ind: IndCompanyResults, any: []string{"sales", "profit", "profits", "revenue", "revenues", "net loss", "net income", "net profit", "earnings per share", "operating profit", "market share", "share price", "turnover", "contract", "contract price", "dividend", "share of market", "share of european market", "share of global market", "share of world market"}},
}

// indicatorOf returns the indicator of a metric phrase by the rules, or ""
// when none matches: the first rule that the phrase (lower-cased) holds
// a phrase of any of (and, with an all list, one of those too) and none
// of not, as whole words; "share of world steel exports" first
// (worldTradeShare). matchRules finds them in one pass over the words.
func indicatorOf(metric string) Indicator {
	if metric == "" {
		return ""
	}
	return matchRules(metric)
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
	r, _ := matchRule(p, false)
	return phraseOfRule(p, r)
}

// phraseOfRule is phraseIndicator of phrase p (not empty), which
// matchRule answers r for.
func phraseOfRule(p string, r int) (Indicator, bool) {
	ind := ruleInd(r)
	if ind != "" && ind != IndTradeBalance && ind != IndGDP {
		return ind, false
	}
	// (balanceWords and weakWords, by the flags of the rules' table)
	return phraseOfRuleLast(p, ind, ruleTab.flagsOf(p[strings.LastIndexByte(p, ' ')+1:]))
}

// phraseOfRuleLast is phraseOfRule once the rule's indicator is "", a
// trade balance or GDP, with the flags of the phrase's last word.
func phraseOfRuleLast(p string, ind Indicator, f uint8) (Indicator, bool) {
	if f&rwBalance != 0 && (ind == "" || ind == IndTradeBalance && !strings.Contains(p, "trade") && !strings.Contains(p, "merchandise") && !strings.Contains(p, "goods")) {
		return "", true
	}
	if ind == IndGDP && f&rwWeak != 0 && !strings.Contains(p, "gdp") && !strings.Contains(p, "gnp") && !strings.Contains(p, "econom") && !strings.Contains(p, "product") {
		return ind, true
	}
	return ind, false
}

// worldTradeShare reports whether metric m (padded with spaces) is a share
// of the world's trade in some goods: "share of global fish exports",
// "share of world steel imports".
func worldTradeShare(m string) bool {
	for _, p := range []string{"share of world ", "share of global ", "share of the world's "} {
		i := strings.Index(m, p)
		if i < 0 || i > 0 && m[i-1] != ' ' {
			continue
		}
		rest := strings.Fields(m[i+len(p):])
		if len(rest) >= 1 && len(rest) <= 3 {
			switch rest[len(rest)-1] {
			case "exports", "imports", "trade":
				return true
			}
		}
	}
	return false
}

var ruleWordsOnce sync.Once

var ruleWords map[string]bool

// ruleWordSet returns the words of the phrases of indicatorRules, whole
// ("f.o.b.", "m-1") and in their parts between other characters ("f",
// "m", "1"), as a token's word may be either.
func ruleWordSet() map[string]bool {
	ruleWordsOnce.Do(func() {
		ruleWords = map[string]bool{"share": true} // worldTradeShare
		for _, r := range indicatorRules {
			for _, l := range [3][]string{r.any, r.all, r.not} {
				for _, p := range l {
					for _, w := range strings.Fields(p) {
						ruleWords[w] = true
						for _, part := range strings.FieldsFunc(w, func(c rune) bool {
							return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
						}) {
							ruleWords[part] = true
						}
					}
				}
			}
		}
	})
	return ruleWords
}
