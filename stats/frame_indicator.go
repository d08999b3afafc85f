package stats

import (
	"strings"
	"sync"
)

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
	{ind: IndTradeShare, any: []string{"share of trade", "share of foreign trade", "share of exports", "share of imports", "share of total trade", "share of external trade"}},
	{ind: IndTradingPartnerRank, any: []string{"trading partner", "trade partner", "export market", "export destination", "source of imports", "import source", "supplier", "largest buyer", "biggest buyer", "largest exporter", "largest importer", "largest trader", "top trader", "trading nation", "trader", "largest source", "biggest source", "largest destination", "biggest destination", "largest customer", "biggest customer", "largest partner", "biggest partner"}},
	{ind: IndCurrentAccount, any: []string{"current account", "current deficit", "current surplus", "invisible", "invisibles", "services deficit", "services surplus", "services balance", "trade-in-services", "services trade", "transfer payments", "transfers deficit", "transfers surplus", "unrequited transfers", "net income deficit", "net income surplus", "net income and unrequited transfers", "net services", "services"}, not: []string{"goods and services", "financial services"}},
	{ind: IndBalanceOfPayments, any: []string{"balance of payments", "payments deficit", "payments surplus", "payments balance", "capital account", "basic balance", "errors and omissions", "capital transactions", "balancing item", "overall balance", "capital outflow", "capital inflow", "official capital", "capital surplus", "capital deficit", "capital balance", "payments"}},
	{ind: IndBudgetBalance, any: []string{"budget deficit", "budget surplus", "fiscal deficit", "fiscal surplus", "budget gap", "budget shortfall", "public sector borrowing", "borrowing requirement", "financing requirement", "psbr", "government deficit", "federal deficit", "public deficit"}},
	{ind: IndTariffs, any: []string{"tariff", "tariffs", "duty", "duties", "quota", "quotas", "levy", "levies", "countervailing"}, not: []string{"duty-free"}},
	{ind: IndTradeBalance, any: []string{"trade deficit", "trade surplus", "trade balance", "trade gap", "trade shortfall", "merchandise deficit", "merchandise surplus", "merchandise trade", "visible trade", "goods deficit", "goods surplus", "goods trade deficit", "goods and services deficit", "goods and services surplus", "balance of goods and services", "balance of trade", "trade imbalance", "imbalance", "non-eu deficit", "non-eu shortfall"}},
	{ind: IndGovernmentRevenue, any: []string{"tax", "taxes", "tax revenue", "tax revenues", "tax receipts", "government revenue", "fiscal revenue", "rebates", "tax take", "customs revenue"}},
	{ind: IndMoneyCredit, any: []string{"credit lines", "credit line", "trade credit", "trade credits", "credit facilities", "minimum reserves", "reserve requirements", "reserve requirement", "required reserves", "bank reserves", "excess reserves", "borrowed reserves", "free reserves"}},
	{ind: IndAidLoans, any: []string{"export credits", "export credit", "export financing", "export finance"}},
	{ind: IndReserves, any: []string{"reserves", "reserve", "gold holdings"}, not: []string{"oil reserves", "gas reserves", "proven reserves", "crude reserves", "reserve bank"}},
	{ind: IndFDI, any: []string{"fdi", "direct investment", "foreign investment", "inward investment", "overseas investment", "outward investment", "chinese investment"}},
	{ind: IndCommodityPrice, any: []string{"price", "prices"}, all: []string{"oil", "crude", "gold", "silver", "copper", "rice", "wheat", "corn", "cotton", "soybean", "soybeans", "sugar", "coffee", "cocoa", "grain", "barrel", "metal", "metals", "commodity", "commodities", "petrol", "gasoline", "gas", "aluminium", "aluminum", "tin", "zinc", "nickel", "iron", "steel", "rubber", "palm"}},
	{ind: IndExports, any: []string{"exports", "export", "re-exports", "shipments abroad", "overseas sales", "export sales", "outbound shipments", "sales abroad", "exported", "goods leaving"}},
	{ind: IndImports, any: []string{"imports", "import", "imported", "purchases abroad", "goods entering", "goods coming into"}},
	{ind: IndShareOfWorldGDP, any: []string{"world gdp", "global gdp", "world output", "global output"}, all: []string{"share"}},
	{ind: IndTrade, any: []string{"trade", "commerce", "two-way trade", "trade volume", "trade turnover", "bilateral trade", "foreign trade"}, not: []string{"trade agreement", "trade agreements", "trade deal", "trade talks", "free trade", "trade war", "trade dispute", "trade barriers", "trade delegations", "trade fair"}},
	{ind: IndGDPPerCapita, any: []string{"per capita", "per head", "per-capita", "gdp per capita", "income per person"}},
	{ind: IndGDP, any: []string{"gdp", "gnp", "gni", "gross domestic product", "gross national product", "economy", "economic growth", "economic output", "national output", "growth rate", "annual rate", "growth", "gross product", "farm product", "economic activity"}, not: []string{"sales growth", "export growth", "import growth", "trade growth", "wage growth", "credit growth", "loan growth", "money supply growth", "money growth", "population growth", "productivity growth", "job growth", "employment growth", "earnings growth", "pay growth", "lending growth", "revenue growth", "profit growth", "spending growth", "consumption growth", "investment growth", "output growth", "production growth"}},
	{ind: IndInflation, any: []string{"inflation", "consumer prices", "consumer price", "cpi", "producer prices", "producer price", "ppi", "wholesale prices", "wholesale price", "deflator", "price index", "cost of living", "retail prices", "wholesale index", "prices"}},
	{ind: IndUnemployment, any: []string{"unemployment", "jobless", "unemployed", "joblessness"}},
	{ind: IndEmployment, any: []string{"jobs", "job", "payrolls", "payroll", "employment", "employed", "labor force", "labour force", "workforce", "job losses", "layoffs", "lay-offs", "posts", "hiring", "workers", "participation", "redundancies", "job cuts"}},
	{ind: IndWages, any: []string{"wages", "wage", "earnings", "pay", "salaries", "salary", "incomes", "income"}, not: []string{"net income"}},
	{ind: IndInterestRate, any: []string{"interest rate", "interest rates", "discount rate", "prime rate", "funds rate", "base rate", "lending rate", "policy rate", "benchmark rate", "key rate", "bond yield", "yields", "yield", "libor", "rate cut", "rate cuts", "rate hike", "cut", "cuts", "interbank", "call money", "mortgage rate", "repo rate", "rates"}},
	{ind: IndExchangeRate, any: []string{"exchange rate", "exchange rates", "yuan", "renminbi", "dollar", "yen", "currency", "parity", "peg", "undervaluation", "overvaluation", "devaluation", "revaluation", "sterling", "mark", "franc", "euro"}},
	{ind: IndMoneyCredit, any: []string{"money supply", "money stock", "m0", "m1", "m2", "m3", "m-1", "m-2", "m-3", "bank lending", "lending", "loans", "credit", "deposits", "liquidity", "money"}, not: []string{"aid", "bailout"}},
	{ind: IndGovernmentDebt, any: []string{"government debt", "public debt", "national debt", "sovereign debt", "federal debt", "state debt"}},
	{ind: IndExternalDebt, any: []string{"foreign debt", "external debt", "debt service", "debt servicing", "debt", "debts", "indebtedness", "arrears"}},
	{ind: IndGovernmentSpending, any: []string{"government spending", "public spending", "public expenditure", "government expenditure", "budget", "spending on defence", "military spending", "defence spending", "defense spending"}},
	{ind: IndTradeAgreements, any: []string{"free trade agreement", "free trade agreements", "fta", "ftas", "trade agreement", "trade agreements", "trade deal", "trade deals", "trade talks", "trade negotiations", "cooperation partners", "belt and road"}},
	{ind: IndMembership, any: []string{"members", "member", "member economies", "member countries", "member states", "membership", "countries in partnership", "participating"}},
	{ind: IndIndustrialOutput, any: []string{"industrial production", "industrial output", "industrial sector", "manufacturing", "factory output", "factory orders", "industrial orders", "capacity utilisation", "capacity utilization", "industrial growth", "industry"}},
	{ind: IndConsumption, any: []string{"consumer spending", "consumption", "retail sales", "domestic demand", "internal demand", "household spending", "private consumption", "final consumption", "consumer demand"}},
	{ind: IndCommodityOutput, any: []string{"agricultural output", "farm output", "harvest", "crop", "crops", "oil output", "oil production", "crude output", "gas output", "mining", "output", "production"}},
	{ind: IndPopulation, any: []string{"population", "inhabitants", "residents"}},
	{ind: IndAidLoans, any: []string{"aid", "bailout", "loan", "grant", "grants", "rescue package", "package", "financing", "funding", "assistance"}},
	{ind: IndRemittances, any: []string{"remittances", "remittance", "money sent home"}},
	{ind: IndStockMarket, any: []string{"stock index", "share index", "stock market", "stock price index", "share price index", "dow", "nikkei", "ftse", "hang seng", "stocks", "market capitalisation", "market capitalization", "industrial average", "composite index"}, not: []string{"leading", "lagging", "coincident"}},
	{ind: IndInvestment, any: []string{"investment", "investments", "capital spending", "capital expenditure", "capital equipment", "business spending", "fixed capital", "capital formation", "portfolio", "project", "projects"}},
	{ind: IndCompanyResults, any: []string{"sales", "profit", "profits", "revenue", "revenues", "net loss", "net income", "net profit", "earnings per share", "operating profit", "market share", "share price", "turnover", "contract", "contract price", "dividend", "share of market", "share of european market", "share of global market", "share of world market"}},
}

// indicatorOf returns the indicator of a metric phrase by the rules, or ""
// when none matches.
func indicatorOf(metric string) Indicator {
	if metric == "" {
		return ""
	}
	m := strings.ToLower(metric) // (no copy when it is lower case already)
	if worldTradeShare(m) {
		return IndShareOfWorldTrade
	}
	// which phrases of which rules occur in m, through the index of the
	// phrases by their first word: one map lookup a word of m instead of a
	// search for every phrase of every rule
	idx := rulePhraseIndex()
	var found [64]uint8 // per rule: bit 0 any, 1 all, 2 not
	for i := 0; i < len(m); {
		if isWordEdge(m, i) {
			i++
			continue
		}
		j := i
		for j < len(m) && !isWordEdge(m, j) {
			j++
		}
		for _, ref := range idx[m[i:j]] {
			if strings.HasPrefix(m[i:], ref.phrase) && isWordEdge(m, i+len(ref.phrase)) {
				found[ref.rule] |= 1 << ref.kind
			}
		}
		i = j
	}
	for i := range indicatorRules {
		r := &indicatorRules[i]
		f := found[i]
		if f&1 == 0 || len(r.all) > 0 && f&2 == 0 || f&4 != 0 {
			continue
		}
		return r.ind
	}
	return ""
}

// phraseRef is one phrase of an indicator rule: the rule, whether it is of
// the rule's any (0), all (1) or not (2) list, and the phrase.
type phraseRef struct {
	rule   int
	kind   uint8
	phrase string
}

var (
	rulePhrasesOnce sync.Once
	rulePhrases     map[string][]phraseRef
)

// rulePhraseIndex returns the phrases of indicatorRules by their leading
// word (the run of letters, digits and hyphens isWordEdge delimits).
func rulePhraseIndex() map[string][]phraseRef {
	rulePhrasesOnce.Do(func() {
		if len(indicatorRules) > 64 {
			panic("stats: more than 64 indicator rules")
		}
		rulePhrases = map[string][]phraseRef{}
		for i, r := range indicatorRules {
			for kind, list := range [3][]string{r.any, r.all, r.not} {
				for _, p := range list {
					n := 0
					for n < len(p) && !isWordEdge(p, n) {
						n++
					}
					if n == 0 {
						panic("stats: indicator phrase " + p + " does not start with a word")
					}
					rulePhrases[p[:n]] = append(rulePhrases[p[:n]], phraseRef{i, uint8(kind), p})
				}
			}
		}
	})
	return rulePhrases
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

// indicatorFor returns the indicator of claim qi (c, with its metric
// set; raw is the metric phrase before it was made canonical), trying in
// turn:
//
//  1. a balance of exports and imports ("the gap between US exports and
//     imports", "the difference between what the UK exported and
//     imported") or their sum ("imports from and exports to China added
//     up to");
//  2. the noun right after the figure ("a 42 mln dlr surplus", "a $40
//     billion project"), a bare balance taking its qualifier from the
//     metric ("merchandise trade recorded a 42 mln dlr surplus");
//  3. what a change figure is a change in ("a 104 pct increase in soybean
//     exports");
//  4. the metric phrase: a bare balance ("the deficit rose") from its
//     qualifier in the clause, else the last balance the article spoke
//     of; a weak word ("growth") as it is unless its complement says more;
//  5. a base of a comparison as the figure it is compared with; a figure
//     without metric words as the one before it in its clause, or, in a
//     clause that points back ("It closed at", "and with Western Europe
//     rose 200 mln"), as the article's last figure.
//
// Anything else is "other".
func (x *extractor) indicatorFor(c *Claim, raw string, qi int, s sentence, ctx *articleContext) Indicator {
	q := &x.qs[qi]
	ind := x.indicatorOfClaim(c, raw, qi, s, ctx)
	if q.unit == UnitOrdinal && x.streak(q) {
		// "for the second year in a row", "the 105th consecutive month":
		// a streak of the clause's figure
		if i2 := x.clauseIndicator(q, s); i2 != "" {
			ind = i2
		}
	} else if q.unit == UnitOrdinal && ind != IndTradingPartnerRank {
		// ranks and sequence numbers: "the 19th round", "the 75th anniversary"
		switch ind {
		case IndEmployment, IndGDP, IndCurrentAccount, IndTradeBalance:
		default:
			ind = x.countIndicator(q, s, IndOther)
		}
	}
	if q.unit == UnitCount && q.item != "" {
		ind = x.countIndicator(q, s, ind)
	}
	if q.unit == UnitQuantity && durationUnits[q.unitName] && !x.recordSpan(q) {
		ind = IndOther // "a 13-month ban", "the four-day summit"
	}
	if ind == IndImports || ind == IndExports {
		if x.tariffClause(q, s) {
			ind = IndTariffs // "tariffs on Chinese imports valued at $200 billion"
		}
	}
	if ind == "" {
		if e := x.subjectEntity(c.Subject); e != nil && e.Kind == KindName && orgLike(e.Name) {
			return IndCompanyResults
		}
		return IndOther
	}
	return ind
}

// indicatorOfClaim is indicatorFor before the rules for units.
func (x *extractor) indicatorOfClaim(c *Claim, raw string, qi int, s sentence, ctx *articleContext) Indicator {
	q := &x.qs[qi]
	l := &x.links[qi]
	if p := x.differenceOf(qi); p >= 0 && x.indicators[p] != "" && x.indicators[p] != IndOther {
		return x.indicators[p] // "stands at £36.3bn, £4.5bn higher than the same period in 2003"
	}
	if ind := x.exportsAndImports(q, s); ind != "" {
		return ind
	}
	// a base of a comparison is a figure of the same kind: "against
	// deficits of 499 mln in January", "compared with a nine pct decline
	// to 59.3 billion a year ago"
	if l.base && l.main >= 0 && x.indicators[l.main] != "" && x.indicators[l.main] != IndOther {
		if head, _ := x.headAfter(q, s); head == "" || balanceWords[head] {
			return x.indicators[l.main]
		}
	}
	// a conversion in parentheses ("2.572 trillion yuan ($311bn; £165bn)")
	// is the figure before it
	if p := x.convertedFrom(qi); p >= 0 && x.indicators[p] != "" {
		return x.indicators[p]
	}
	// the balance the clause is about: "the surplus on invisibles was 700
	// mln", "Official capital transactions showed a surplus of 786 mln"
	if k := x.balanceBefore(q, s); k >= 0 {
		return x.balanceIndicator(x.g.word(k), k, q, s, ctx)
	}
	// 2. the noun right after the figure (for "signed free trade agreements
	// with seven members", the object before "with", as the metric has it)
	if head, k := x.headAfter(q, s); head != "" && !x.countWith(q) {
		if balanceWords[head] {
			return x.balanceIndicator(raw+" "+head, k, q, s, ctx)
		}
		if ind, vague := phraseIndicator(head); ind != "" && !vague {
			return ind
		}
	}
	// contributions to growth: "foreign trade added 0.5 point to growth",
	// "domestic demand contributed 0.7 percentage point to real gnp growth"
	if q.unit == UnitPercentagePoint || q.unit == UnitQuantity && q.unitName == "point" {
		if w := x.g.word(q.b); w == "to" || w == "from" {
			if ind, _ := phraseIndicator(x.nounPhrase(q.b+1, s)); ind == IndGDP {
				return IndGDP
			}
		}
		if x.g.word(q.b) == "contribution" || x.contributionClause(q, s) {
			return IndGDP
		}
	}
	// rate actions: "a quarter-point cut"
	if w := x.g.word(q.b); (w == "cut" || w == "cuts" || w == "hike" || w == "hikes") && (q.unit == UnitPercentagePoint || q.unit == UnitPercent) {
		return IndInterestRate
	}
	// 3. a change in something, a share or a hit of something
	if p := x.changeObject(q, s); p != "" {
		if ind, vague := phraseIndicator(p); ind != "" && (!vague || p == "growth" || p == "economic growth") {
			return ind
		}
	}
	// 4. the metric phrase, with what follows its head ("spending on
	// capital equipment", "the average price per barrel", "of rice")
	if raw != "" {
		ind, vague := phraseIndicator(raw)
		if x.growthAtRate(q, s) {
			// "should expand at respective rates of about 2.3 pct": the rate
			// of growth of what grows (the clause's subject, else an
			// economy the sentence names), not an interest rate
			if i2 := x.clauseSubjectIndicator(q, s); i2 != "" {
				return i2
			}
			if x.gdpWords(s) {
				return IndGDP
			}
		}
		if !vague && ind == "" {
			if comp := x.metricComplement(raw, q, s); comp != "" {
				ind, vague = phraseIndicator(raw + " " + comp)
			}
		}
		switch {
		case ind == "" && vague:
			return x.balanceIndicator(raw, -1, q, s, ctx)
		case ind != "" && !vague:
			return ind
		case vague && l.base && l.main >= 0 && x.indicators[l.main] != "":
			return x.indicators[l.main] // "up from 4.7 pct growth in the previous quarter"
		case vague:
			if i2 := x.clauseSubjectIndicator(q, s); i2 != "" {
				return i2 // "weekly pay grew at an annualized rate of 3.7 percent"
			}
			return ind
		}
		if weakOnly(raw) {
			if i2 := x.clauseSubjectIndicator(q, s); i2 != "" {
				return i2
			}
			if ctx.lastInd != "" {
				return ctx.lastInd // "The October/December rise was originally put at 0.8 pct"
			}
		}
		if !l.base {
			if x.companySubject(c) {
				return IndCompanyResults // "Apple is considering moving 15-30 percent of its capacity"
			}
			return "" // a metric of its own that is none of the indicators
		}
	}
	// 5. no metric words
	switch {
	case l.main >= 0 && x.indicators[l.main] != "":
		return x.indicators[l.main]
	case qi > 0 && x.prevIndicator(qi) != "" && x.prevIndicator(qi) != IndOther:
		return x.prevIndicator(qi)
	}
	if ind := x.clauseIndicator(q, s); ind != "" {
		return ind
	}
	if x.pointsBack(q, s) {
		return ctx.lastInd
	}
	return ""
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

// weakOnly reports whether a metric phrase has only weak words
// ("annual annualized rate").
func weakOnly(p string) bool {
	for _, w := range strings.Fields(p) {
		if !weakWords[w] && w != "annualized" && w != "annualised" {
			return false
		}
	}
	return true
}

// clauseSubjectIndicator reads the words of claim q's clause from its
// start, the subject first ("The new GDP figure, announced by the
// Commerce Department, also topped the 3.5% growth rate"), and returns
// the first indicator a phrase of up to four words gives.
func (x *extractor) clauseSubjectIndicator(q *quantity, s sentence) Indicator {
	g := &x.g
	cl := x.clauseOf[q.a]
	a := max(int(x.clauseStart[q.a]), q.a-25)
	for k := a; k < q.a; k++ {
		w := g.word(k)
		if w == "" || g.is(k, lxFunction|lxBalance) || x.inClaim[k] || x.clauseOf[k] != cl {
			continue
		}
		if x.toks[k].cls&lxVerbLike != 0 {
			break // the subject ends at the verb
		}
		for i := max(a, k-3); i <= k; i++ {
			if ind, vague := phraseIndicator(foldLower(g.low[x.toks[i].start:x.toks[k].end])); ind != "" && !vague {
				return ind
			}
		}
	}
	return ""
}

// growthAtRate reports whether claim q is the rate a growth verb gives:
// "grew at an annualized rate of 3.7 percent", "should expand at
// respective rates of about 2.3 pct".
func (x *extractor) growthAtRate(q *quantity, s sentence) bool {
	g := &x.g
	for k := q.a - 1; k > s.a && k >= q.a-12; k-- {
		if g.word(k) != "at" {
			continue
		}
		switch g.word(k - 1) {
		case "grow", "grew", "grown", "grows", "growing", "expand", "expanded", "expands", "expanding",
			"contract", "contracted", "contracts", "contracting", "shrink", "shrank", "shrinks":
			for j := k + 1; j < q.a; j++ {
				if w := g.word(j); w == "rate" || w == "rates" || w == "pace" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// gdpWords reports whether sentence s names an economy's output (GDP,
// GNP, "gross national product", "the economy").
func (x *extractor) gdpWords(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		switch x.g.word(k) {
		case "gdp", "gnp", "economy":
			return true
		case "product":
			if w := x.g.word(k - 1); w == "national" || w == "domestic" {
				return true
			}
		}
	}
	return false
}

// convertedFrom returns the claim qi converts ("$311bn" in "2.572
// trillion yuan ($311bn; £165bn)"), or -1.
func (x *extractor) convertedFrom(qi int) int {
	q := &x.qs[qi]
	k := q.a - 1
	if !x.g.isPunct(k, "(") && !x.g.isPunct(k, ";") && !x.g.isPunct(k, ",") {
		return -1
	}
	for p := qi - 1; p >= 0; p-- {
		if x.qs[p].skip {
			continue
		}
		if x.qs[p].b == k && x.qs[p].unit == q.unit && q.unit == UnitMoney && x.qs[p].currency != q.currency {
			return p
		}
		return -1
	}
	return -1
}

// metricComplement returns what follows the metric's head word near
// claim q: "on capital equipment and software", "per barrel", "of rice".
func (x *extractor) metricComplement(raw string, q *quantity, s sentence) string {
	g := &x.g
	head := raw[strings.LastIndexByte(raw, ' ')+1:]
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		if g.word(k) != head {
			continue
		}
		switch p := g.word(k + 1); p {
		case "on", "of", "per", "for", "in":
			if np := x.nounPhrase(k+2, s); np != "" {
				return p + " " + np
			}
		}
		return ""
	}
	return ""
}

// companySubject reports whether the claim is about a company: a name the
// article introduced as one ("telecoms giant Huawei", "such as Apple") or
// with a company word ("Micron Tech", "TCL Corp").
func (x *extractor) companySubject(c *Claim) bool {
	e := x.subjectEntity(c.Subject)
	return e != nil && e.Kind == KindName && (orgLike(e.Name) || x.companies[e])
}

// exportsAndImports reads a balance or a sum of exports and imports in
// claim q's clause before it.
func (x *extractor) exportsAndImports(q *quantity, s sentence) Indicator {
	if !x.sentenceHas(s, cueExport|cueImport) {
		return ""
	}
	g := &x.g
	a := max(int(x.clauseStart[q.a]), q.a-30)
	expK, impK, gap := -1, -1, false
	for k := a; k < q.a; k++ {
		switch w := g.word(k); {
		case strings.HasPrefix(w, "export"):
			expK = k
		case strings.HasPrefix(w, "import"):
			impK = k
		case w == "gap" || w == "difference" || w == "balance" || w == "imbalance":
			gap = true
		}
	}
	if expK < 0 || impK < 0 {
		return ""
	}
	if gap {
		return IndTradeBalance
	}
	lo, hi := min(expK, impK), max(expK, impK)
	if hi-lo <= 4 {
		for k := lo + 1; k < hi; k++ {
			if g.word(k) == "and" {
				return IndTrade // "imports from and exports to China added up to"
			}
		}
	}
	return ""
}

// headAfter returns the head noun right after claim q ("a 42 mln dlr
// surplus", "a $40 billion LNG (liquefied natural gas) Canada project")
// and its token, or "".
func (x *extractor) headAfter(q *quantity, s sentence) (string, int) {
	g := &x.g
	k := q.b
	for n := 0; k < s.b && n < 5; n++ {
		t := &x.toks[k]
		if t.kind == tPunct && t.text == "(" {
			e := k + 1
			for e < s.b && e < k+8 && !g.isPunct(e, ")") {
				e++
			}
			if !g.isPunct(e, ")") {
				return "", -1
			}
			k = e + 1
			continue
		}
		w := g.word(k)
		if w == "" || t.cls&(lxFunction|lxVerbLike) != 0 || x.inClaim[k] {
			return "", -1
		}
		if t.cls&lxBalance != 0 || w == "project" || w == "projects" || w == "bailout" || w == "deal" || w == "package" || w == "loan" {
			return w, k
		}
		if t.cls&lxMetricHead != 0 && !weakWords[w] {
			// the last head of the compound: "169 billion dlrs trade deficit"
			for k+1 < s.b && x.toks[k+1].cls&(lxMetricHead|lxBalance) != 0 && !x.inClaim[k+1] {
				k++
			}
			return g.word(k), k
		}
		if !isUpper(t.text) && !g.gluedHyphen(k+1) && n > 0 {
			return "", -1
		}
		k++
	}
	return "", -1
}

// clauseIndicator reads the words of claim q's clause before it, nearest
// first, then the few after it, and returns the first indicator that a
// phrase of up to four words ending at one of them gives (bare balances
// and weak words aside): "Thailand's gross domestic product will expand
// five pct", "the Dow Jones industrial average hit 26,966".
func (x *extractor) clauseIndicator(q *quantity, s sentence) Indicator {
	g := &x.g
	cl := x.clauseOf[q.a]
	try := func(k int) Indicator {
		// a phrase ending here ends in a word of the rules
		if c := x.toks[k].cls; c&lxRuleWord == 0 || c&(lxFunction|lxBalance) != 0 || x.inClaim[k] || x.clauseOf[k] != cl {
			return ""
		}
		if g.word(k) == "services" && g.word(k-1) == "and" && g.word(k-2) == "goods" || x.tradeVerb(k) {
			return ""
		}
		lo := max(s.a, int(x.clauseStart[q.a]), k-3)
		for j := k - 1; j >= lo; j-- {
			if x.tradeVerb(j) {
				lo = j + 1 // not across "to trade at"
				break
			}
		}
		for i := lo; i <= k; i++ {
			if ind := x.spanIndicator(i, k); ind != "" {
				return ind
			}
		}
		return ""
	}
	for k := q.a - 1; k >= s.a && k >= q.a-20 && x.clauseOf[k] == cl; k-- {
		if g.isPunct(k, "-") && !x.toks[k].glued() {
			// "trade surplus - a sore point with its trading partners - at": past the aside
			j := k - 1
			for j > s.a && j > k-15 && !(g.isPunct(j, "-") && !x.toks[j].glued()) {
				j--
			}
			if g.isPunct(j, "-") {
				k = j
				continue
			}
		}
		if x.toks[k].cls&lxRuleWord != 0 { // (try's first test, without the call)
			if ind := try(k); ind != "" {
				return ind
			}
		}
	}
	for k := q.b; k < s.b && k < q.b+6 && x.clauseOf[k] == cl; k++ {
		if x.toks[k].cls&lxRuleWord != 0 { // (try's first test, without the call)
			if ind := try(k); ind != "" {
				return ind
			}
		}
	}
	return ""
}

// pointsBack reports whether claim q's clause points back to what the
// article was saying ("It closed on Friday at", "This compared with",
// "and with Western Europe rose 200 mln"): its figure is of the same
// kind as the article's last.
func (x *extractor) pointsBack(q *quantity, s sentence) bool {
	a := int(x.clauseStart[q.a])
	switch x.g.word(a) {
	case "it", "this", "that", "these", "they", "with", "and", "while", "but", "to", "from", "against":
		return true
	}
	if a > s.a {
		switch x.g.word(a - 1) {
		case "and", "while", "but":
			return true
		}
	}
	for k := max(a, q.a-clauseReach); k < q.a; k++ {
		if x.g.is(k, lxBalance) {
			return true
		}
	}
	return false
}

// clauseReach bounds how many tokens a frame rule reads back from a claim
// inside its clause: real clauses are shorter, and unpunctuated dumps
// would otherwise cost time quadratic in their length.
const clauseReach = 60

// streak reports whether an ordinal counts periods in a row: "the fifth
// month in a row", "the 105th consecutive month", "the second straight
// year".
func (x *extractor) streak(q *quantity) bool {
	g := &x.g
	k := q.b
	if w := g.word(k); w == "consecutive" || w == "straight" || w == "successive" {
		return true
	}
	switch g.word(k) {
	case "year", "month", "quarter", "week", "day", "time":
		return g.word(k+1) == "in" && g.word(k+2) == "a" && g.word(k+3) == "row" || g.word(k+1) == "running"
	}
	return false
}

// countIndicator is the indicator of a count of things: members of a bloc
// or partnership ("five countries are in a partnership"), companies with
// foreign capital (FDI), jobs; other things counted are "other".
func (x *extractor) countIndicator(q *quantity, s sentence, ind Indicator) Indicator {
	switch ind {
	case IndEmployment, IndMembership, IndTradeAgreements, IndPopulation, IndFDI, IndInterestRate:
		return ind
	}
	item := strings.ToLower(q.item)
	if item == "" && q.unit == UnitOrdinal {
		item = x.g.word(q.b) // "the fourth round of negotiations"
	}
	last := item[strings.LastIndexByte(item, ' ')+1:]
	cl := x.clauseOf[q.a]
	has := func(words ...string) bool {
		for k := max(s.a, q.a-15); k < s.b && k < q.b+15; k++ {
			if x.clauseOf[k] != cl {
				continue
			}
			w := x.g.word(k)
			for _, v := range words {
				if w == v {
					return true
				}
			}
		}
		return false
	}
	switch last {
	case "round", "rounds", "chapters", "talks", "meetings":
		// "four rounds of meetings on the China-Panama FTA"
		if has("fta", "ftas", "free", "trade", "agreement", "agreements", "deal") {
			return IndTradeAgreements
		}
	case "countries", "economies", "nations", "states", "members":
		if has("fta", "ftas", "agreement", "agreements") && has("fta", "ftas", "trade") {
			// "has signed free trade agreements with seven members"
			return IndTradeAgreements
		}
		if has("partnership", "member", "members", "membership", "joined", "join", "participating", "signed", "platform", "cooperation", "bloc", "grouping", "group") {
			return IndMembership
		}
	case "people", "persons", "inhabitants", "residents", "citizens":
		// "the region was home to about 2.9 billion people"
		if has("home", "live", "lives", "living", "population", "populous", "inhabited", "populated") {
			return IndPopulation
		}
	case "companies", "firms", "enterprises", "businesses":
		if has("capital", "investment", "investors", "invested", "foreign-invested", "foreign-funded") {
			return IndFDI
		}
	}
	return IndOther
}

// recordSpan reports whether a span of time qualifies a record ("a
// six-year high", "the best figure in five years"): the figure's own
// indicator, not "other".
func (x *extractor) recordSpan(q *quantity) bool {
	g := &x.g
	switch g.word(q.b) {
	case "high", "low", "highs", "lows", "record", "peak", "trough":
		return true
	}
	for k := q.a - 1; k >= q.a-4 && k >= 0; k-- {
		if w := g.word(k); superlatives[w] || superlativeWord(w) {
			return true
		}
	}
	return false
}

// tariffClause reports whether claim q, a value of goods, is the goods a
// tariff covers: "tariffs to 25 percent on Chinese imports valued at $200
// billion", "tariffs on $34bn of Chinese goods".
func (x *extractor) tariffClause(q *quantity, s sentence) bool {
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		switch x.g.word(k) {
		case "tariff", "tariffs", "duty", "duties", "levies", "sanctions":
			return true
		}
	}
	return false
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

// differenceOf returns the claim that claim qi, set after it by a comma,
// is a difference of ("stands at £36.3bn, £4.5bn higher than the same
// period in 2003"), or -1.
func (x *extractor) differenceOf(qi int) int {
	q := &x.qs[qi]
	p := qi - 1
	for p >= 0 && x.qs[p].skip {
		p--
	}
	if p < 0 || x.qs[p].b+1 != q.a || !x.g.isPunct(q.a-1, ",") {
		return -1
	}
	switch x.g.word(q.b) {
	case "higher", "lower", "more", "less", "above", "below", "up", "down", "bigger", "smaller", "larger":
		return p
	}
	return -1
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
	if w := g.word(k); (w == "from" || w == "off") && (q.unit == UnitPercent || q.unit == UnitPercentagePoint) {
		return x.nounPhrase(k+1, s) // "penalize some 0.3 percent from growth"
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

// maxNameMemo bounds the subjects subjectEntity remembers: past it the
// memo starts afresh (subjects are mostly the same few hundred names).
const maxNameMemo = 4096

// subjectEntity returns the entity named by a claim's subject, if the
// gazetteer or the article knows it.
func (x *extractor) subjectEntity(name string) *Entity {
	if name == "" {
		return nil
	}
	if e, ok := x.names[name]; ok {
		return e
	}
	// the gazetteer's answer, remembered (nil: none) across articles
	if e, ok := x.byName[name]; ok {
		return e
	}
	e, _ := EntityByName(name)
	if x.byName == nil || len(x.byName) >= maxNameMemo {
		x.byName = make(map[string]*Entity, 256)
	}
	x.byName[strings.Clone(name)] = e
	return e
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

// worldRank files a rank with no partner by what it ranks: "the
// third-largest exporter of tin in the world" ranks an economy's exports
// among all exporters, not as anyone's trading partner.
func (x *extractor) worldRank(q *quantity) Indicator {
	for k := q.b; k < q.b+3 && k < len(x.toks); k++ {
		switch x.g.word(k) {
		case "exporter", "exporters":
			return IndExports
		case "importer", "importers":
			return IndImports
		case "trader", "traders", "trading":
			return IndTrade
		}
	}
	return IndTradingPartnerRank
}

// countWith reports whether count q follows "with" or "among", where the
// metric is the object before the preposition ("signed agreements with
// seven members").
func (x *extractor) countWith(q *quantity) bool {
	w := x.g.word(q.a - 1)
	return q.unit == UnitCount && q.item != "" && (w == "with" || w == "among")
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

// spanIndicator returns the indicator the words of tokens [i, k] name
// (phraseIndicator; "" when none, or only vaguely), remembered for the
// article: the claims of a clause read the same spans.
func (x *extractor) spanIndicator(i, k int) Indicator {
	key := uint64(i)<<32 | uint64(k)
	if ind, ok := x.spanInd[key]; ok {
		return ind
	}
	ind, vague := phraseIndicator(foldLower(x.g.low[x.toks[i].start:x.toks[k].end]))
	if vague {
		ind = ""
	}
	if x.spanInd == nil {
		x.spanInd = map[uint64]Indicator{}
	}
	x.spanInd[key] = ind
	return ind
}

var (
	ruleWordsOnce sync.Once
	ruleWords     map[string]bool
)

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

// commodityWords reports whether sentence s speaks of oil, gas or mining,
// where "reserves" are in the ground, not a central bank's.
func (x *extractor) commodityWords(s sentence) bool {
	if x.commoditySent == s.a+1 {
		return x.commodityValue
	}
	x.commoditySent, x.commodityValue = s.a+1, false
	for k := s.a; k < s.b; k++ {
		switch x.g.word(k) {
		case "oil", "gas", "crude", "barrels", "mining", "mine", "ore", "oilfield", "field", "fields", "sea", "acreage", "drilling", "exploration":
			x.commodityValue = true
			return true
		}
	}
	return false
}

// tradeVerb reports whether "trade" at k is the verb of a price ("the
// dollar was expected to trade at 2.0 guilders", "shares will trade at").
func (x *extractor) tradeVerb(k int) bool {
	g := &x.g
	if g.word(k) != "trade" && g.word(k) != "traded" && g.word(k) != "trading" {
		return false
	}
	return g.word(k+1) == "at" || g.word(k+1) == "around" || g.word(k+1) == "between"
}
