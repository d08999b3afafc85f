package stats

import (
	"strings"
)

// Indicator of a claim: the kind of statistic (claims.md §5), read from
// the words of its metric phrase by an ordered table of rules (the first
// that matches wins), with what the claim is (a rank, a count of members)
// and what it is about (a company's sales are its results) where the
// words alone do not say.

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
	if _, ok := x.firmShares(q, s); ok {
		return IndCompanyResults // "BA's shares closed up four pence"
	}
	ind := x.indicatorOfClaim(c, raw, qi, s, ctx)
	// (one switch on the unit: a test of it per rule compared strings
	// that share their lengths, "percent" and "ordinal", "money" and
	// "count"; the rare cases are functions of their own, so that the
	// code run for every claim stays short)
	switch q.unit {
	case UnitOrdinal:
		ind = x.ordinalIndicator(q, s, ind)
	case UnitCount:
		if q.item != "" {
			ind = x.countIndicator(q, s, ind)
		}
		ind = x.moreCountIndicator(q, s, ind)
		if x.g.gluedHyphen(q.b) {
			switch x.g.word(q.b + 1) {
			case "nation", "member", "country", "state":
				switch x.g.word(q.b + 2) {
				case "trip", "tour", "visit", "tours", "trips", "visits":
					// "a five-nation trip to Europe": no group's members
				default:
					ind = IndMembership // "the 24-nation bloc", "the 10-nation ASEAN bloc"
				}
			}
		}
	case UnitNumber:
		ind = x.moreCountIndicator(q, s, ind)
	case UnitQuantity:
		if durationUnits[q.unitName] && !x.recordSpan(q) {
			ind = IndOther // "a 13-month ban", "the four-day summit"
			if i2 := x.yearsOfIndicator(q, s); i2 != "" {
				ind = i2 // "two decades of economic growth"
			}
		}
	}
	switch ind {
	case IndImports, IndExports, IndGovernmentSpending, IndWages, IndCommodityOutput:
		ind = x.kindIndicator(c, raw, q, s, ind)
	}
	if q.unit == UnitMoney {
		ind = pricedIndicator(q, ind)      // "15.50 dlrs a barrel"
		ind = x.missionPurchase(q, s, ind) // "two billion dlrs of purchases by a trade mission"
	}
	if q.unit == UnitPercent && x.pollShare(q) {
		ind = IndOther // "34% who said it was improving", "48% were pessimistic"
	}
	if ind == "" && (q.unit == UnitPercent || q.unit == UnitPercentagePoint) && (x.bankRate(raw, q, s) || x.euroDeposits(q, s)) {
		ind = IndInterestRate // "The Bank cut the rate to 2.5 pct", "Eurodollars rose 1/16 pct"
	}
	if (ind == "" || ind == IndOther) && x.sentenceHas(s, cueAfter) { // (continuedIndicator's first test, without the call)
		if i2 := x.continuedIndicator(qi, raw, s); i2 != "" {
			ind = i2 // "grew 3.5 pct, after declining 7.3 pct in 1986"
		}
	}
	if (ind == "" || ind == IndOther) && (q.unit == UnitPercent || q.unit == UnitMoney) && (ctx.lastInd == IndExternalDebt || ctx.lastInd == IndGovernmentDebt) &&
		x.sentContains(s, cueCreditors|cueBondholders) && x.countrySubject(c.Subject) {
		// "About 70% to 80% of bondholders are expected to accept", "creditors
		// holding $41bn" in a story on a country's debt: that debt
		return ctx.lastInd
	}
	if ind == "" {
		// a firm's money, shares, counts and ranks are its results; not its
		// physical quantities ("158,000 ounces of gold a year", "a 4.5 inch
		// screen")
		if e := x.subjectEntity(c.Subject); e != nil && e.Kind == KindName && orgLike(e.Name) && (q.unit != UnitQuantity || q.unitName == "point") {
			return IndCompanyResults
		}
		return IndOther
	}
	return ind
}

// countrySubject reports whether the subject named is a country.
func (x *extractor) countrySubject(name string) bool {
	e := x.subjectEntity(name)
	return e != nil && e.Kind == KindCountry
}

// indicatorOfClaim is indicatorFor before the rules for units.
func (x *extractor) indicatorOfClaim(c *Claim, raw string, qi int, s sentence, ctx *articleContext) Indicator {
	q := &x.qs[qi]
	l := &x.links[qi]
	if p := x.differenceOf(qi); p >= 0 && x.indicators[p] != "" && x.indicators[p] != IndOther {
		return x.indicators[p] // "stands at £36.3bn, £4.5bn higher than the same period in 2003"
	}
	if x.sentenceHas(s, cueExport|cueImport) { // (exportsAndImports's first test, without the call)
		if ind := x.exportsAndImports(q, s); ind != "" {
			return ind
		}
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
	if x.sentenceHas(s, cueBalance) { // (balanceBefore's first test, without the call)
		if k := x.balanceBefore(q, s); k >= 0 {
			return x.balanceIndicator(x.g.word(k), k, q, s, ctx)
		}
	}
	// the rules for money sent, borrowed, spent or bought with and for
	// creditors, which most claims can be none of (their own small
	// function, so that the code run for every claim stays short)
	if q.unit == UnitMoney || x.sentContains(s, cueCreditors|cueBondholders) {
		if ind := x.moneyIndicator(c, q, s); ind != "" {
			return ind
		}
	}
	// 2. the noun right after the figure (for "signed free trade agreements
	// with seven members", the object before "with", as the metric has it)
	if head, k := x.headAfter(q, s); head != "" && !x.countWith(q) {
		if balanceWords[head] {
			return x.balanceIndicator(raw+" "+head, k, q, s, ctx)
		}
		if ind, vague := x.phraseIndicator(head); ind != "" && !vague {
			return ind
		}
	}
	// contributions to growth: "foreign trade added 0.5 point to growth",
	// "domestic demand contributed 0.7 percentage point to real gnp growth"
	if q.unit == UnitPercentagePoint || q.unit == UnitQuantity && q.unitName == "point" {
		if x.growthContribution(q, s) {
			return IndGDP
		}
	}
	// rate actions: "a quarter-point cut"
	if q.unit == UnitPercentagePoint || q.unit == UnitPercent {
		switch x.g.word(q.b) {
		case "cut", "cuts", "hike", "hikes":
			return IndInterestRate
		}
	}
	// 3. a change in something, a share or a hit of something
	if p := x.changeObject(q, s); p != "" {
		if ind, vague := x.phraseIndicator(p); ind != "" && (!vague || p == "growth" || p == "economic growth") {
			return ind
		}
	}
	// 4. the metric phrase, with what follows its head ("spending on
	// capital equipment", "the average price per barrel", "of rice")
	if raw != "" {
		// a ratio is the kind of its first term: "the deficit share of gdp",
		// "the ratio of foreign debt to the country's GNP" (the phrase's
		// rule looked up once for both)
		rule := x.phraseRule(raw)
		if ind := x.ratioIndicator(raw, rule, q, s, ctx); ind != "" {
			return ind
		}
		ind, vague := phraseOfRule(raw, rule)
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
				ind, vague = x.phraseIndicator(raw + " " + comp)
			}
		}
		if !vague && ind == "" {
			ind, vague = x.canonicalIndicator(c, raw) // "the intervention rate": a policy rate
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
	if k := x.balanceNearer(q, s); k >= 0 {
		// "member countries must keep their deficits below 3%": the balance
		return x.balanceIndicator(x.g.word(k), k, q, s, ctx)
	}
	if ind := x.clauseIndicator(q, s); ind != "" {
		return ind
	}
	if x.pointsBack(q, s) {
		return ctx.lastInd
	}
	return ""
}

// weakOnly reports whether a metric phrase has only weak words
// ("annual annualized rate").
func weakOnly(p string) bool {
	for i := 0; i < len(p); {
		switch c := p[i]; {
		case c >= 0x80:
			return weakOnlyFields(p) // (Unicode white space)
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			i++
			continue
		}
		j := i + 1
		for j < len(p) && p[j] != ' ' && (p[j] > '\r' || p[j] < '\t') {
			if p[j] >= 0x80 {
				return weakOnlyFields(p)
			}
			j++
		}
		if w := p[i:j]; ruleTab.flagsOf(w)&rwWeak == 0 && w != "annualized" && w != "annualised" {
			return false
		}
		i = j
	}
	return true
}

// weakOnlyFields is weakOnly by strings.Fields.
func weakOnlyFields(p string) bool {
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
	from := a // where a phrase may start: past a counted noun
	for k := a; k < q.a; k++ {
		w := g.word(k)
		if x.countedNoun(k, q) {
			from = k + 1
			continue
		}
		if w == "" || g.is(k, lxFunction|lxBalance) || x.inClaim[k] || x.clauseOf[k] != cl {
			continue
		}
		if x.toks[k].cls&lxVerbLike != 0 {
			break // the subject ends at the verb
		}
		if ind := x.firstSpan(max(from, k-3), k, k, false); ind != "" {
			return ind
		}
	}
	return ""
}

// growthAtRate reports whether claim q is the rate a growth verb gives:
// "grew at an annualized rate of 3.7 percent", "should expand at
// respective rates of about 2.3 pct".
func (x *extractor) growthAtRate(q *quantity, s sentence) bool {
	if !x.sentenceHas(s, cueGrowVerb) {
		return false // no growth verb before an "at"
	}
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
	if !x.sentenceHas(s, cueExport|cueImport) || x.shareOf(q, s) {
		return "" // "imports from the US added up to 52.3 percent of its total imports"
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
		if x.toks[k].cls&lxRuleWord != 0 { // (clauseSpan's first test, without the call)
			if ind := x.clauseSpan(k, cl, q, s); ind != "" {
				return ind
			}
		}
	}
	for k := q.b; k < s.b && k < q.b+6 && x.clauseOf[k] == cl; k++ {
		if x.toks[k].cls&lxRuleWord != 0 { // (clauseSpan's first test, without the call)
			if ind := x.clauseSpan(k, cl, q, s); ind != "" {
				return ind
			}
		}
	}
	return ""
}

// clauseSpan is clauseIndicator's answer for the phrases ending at token
// k of clause cl. (A method, not a closure: a closure's context was built
// on every call of clauseIndicator, which most calls did not need.)
func (x *extractor) clauseSpan(k int, cl int32, q *quantity, s sentence) Indicator {
	g := &x.g
	// a phrase ending here ends in a word of the rules
	if c := x.toks[k].cls; c&lxRuleWord == 0 || c&(lxFunction|lxBalance) != 0 || x.inClaim[k] || x.clauseOf[k] != cl || x.countedNoun(k, q) {
		return ""
	}
	if g.word(k) == "services" && g.word(k-1) == "and" && g.word(k-2) == "goods" || x.tradeVerb(k) || g.gluedHyphen(k+1) {
		return "" // (a word inside a compound: "trade-weighted")
	}
	if k+1 < s.b && x.toks[k+1].cls&lxBalance != 0 && !x.inClaim[k+1] {
		// "the nominal trade surplus": the balance, not trade
		return x.firstSpan(max(s.a, k-3), k, k+1, true)
	}
	lo := max(s.a, int(x.clauseStart[q.a]), k-3)
	for j := k - 1; j >= lo; j-- {
		if x.tradeVerb(j) || x.countedNoun(j, q) {
			lo = j + 1 // not across "to trade at", "12-member"
			break
		}
	}
	return x.firstSpan(lo, k, k, false)
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
	if x.weakSubject(a, q) {
		return true // "The annual rise compares with", "The October/December rise was put at"
	}
	if !x.sentenceHas(s, cueBalance) {
		return false // (the clause is in the sentence)
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
		if x.qs[p].unit == UnitCount && q.unit != UnitCount {
			continue // "for the 30 member countries, slipping to 2.9%"
		}
		return x.indicators[p]
	}
	return ""
}
