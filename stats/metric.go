package stats

import (
	"slices"
	"strings"
)

// metricHeads are the nouns that name what a figure measures.
var metricHeads = map[string]bool{
	"exports": true, "imports": true, "deficit": true, "surplus": true, "trade": true,
	"gdp": true, "growth": true, "inflation": true, "unemployment": true, "rate": true,
	"rates": true, "prices": true, "price": true, "output": true, "production": true,
	"sales": true, "profit": true, "profits": true, "revenue": true, "revenues": true,
	"investment": true, "investments": true, "payrolls": true, "jobs": true, "spending": true,
	"debt": true, "reserves": true, "shipments": true, "earnings": true, "income": true,
	"tariffs": true, "tariff": true, "duty": true, "duties": true, "consumption": true,
	"demand": true, "balance": true, "gap": true, "shortfall": true, "volume": true,
	"wages": true, "loans": true, "lending": true, "yields": true, "yield": true,
	"index": true, "stake": true, "capacity": true, "budget": true, "borrowing": true,
	"assets": true, "economy": true, "purchases": true, "orders": true, "value": true,
	"valuation": true, "population": true, "members": true, "economies": true, "share": true,
	"market": true, "unemployed": true, "employment": true, "sale": true, "cost": true, "costs": true,
	"supply": true, "m-1": true, "m-2": true, "m-3": true, "m1": true, "m2": true, "m3": true,
	"gnp": true, "deposits": true, "reserve": true, "liquidity": true, "turnover": true,
	"requirement": true, "remittances": true,
}

// forecastWords before a figure in its clause make it a forecast, target or
// hypothesis rather than an outcome.
var forecastWords = map[string]bool{
	"forecast": true, "forecasts": true, "forecasting": true, "expected": true, "expects": true,
	"expect": true, "projected": true, "projects": true, "projection": true, "projections": true, "predicted": true,
	"predicts": true, "target": true, "targets": true, "targeted": true, "would": true,
	"will": true, "could": true, "might": true, "aims": true, "aim": true, "goal": true,
	"plans": true, "planned": true, "estimates": true, "likely": true, "outlook": true,
	"foresee": true, "foresees": true, "anticipate": true, "anticipates": true, "envisage": true,
	"set": true, "seen": true, "anticipated": true, "budgeted": true, "aiming": true,
	"aimed": true, "expectations": true, "expectation": true, "objective": true, "ceiling": true,
	"targeting": true, "targetting": true, "projecting": true, "predicting": true,
}

// metricFor builds a short lowercase phrase for what the claim measures;
// forecasts and targets are marked "forecast ...", so that they are compared
// with each other and not with outcomes.
func (x *extractor) metricFor(q *quantity, s sentence, c *Claim) string {
	if q.unit == UnitQuantity && durationUnits[q.unitName] && x.g.word(q.b) == "ago" {
		return "age" // "was founded over 20 years ago": how old something is
	}
	m := x.metricPhrase(q, s, c)
	if x.g.is(q.b, lxPeriodNoun) && x.changeInNamed(q) { // (its words are change nouns, which have the class)
		// "followed by a 4.0 pct drop in factory goods orders": what
		// changed is named after the change, not before it
		if np := x.nounPhrase(q.b+2, s); np != "" {
			m = np
		}
	}
	if x.g.is(q.b, lxDifference) { // (differenceFrom's first test, without the call)
		if d := x.differenceFrom(q, s); d != "" {
			// "200,000 bpd above the ceiling", "£4.5bn higher than the same
			// period": a difference, not the level
			return strings.TrimSpace(m + " difference from " + d)
		}
	}
	if q.unit == UnitQuantity && x.g.word(q.b) == "of" {
		// "7.73 mln tonnes of grain": what is measured is part of the metric
		if np := x.nounPhrase(q.b+1, s); np != "" && !strings.Contains(m, np) {
			if m == "" {
				m = np
			} else {
				m += " of " + np
			}
		}
	}
	if x.g.word(q.a-1) == "which" || x.g.word(q.b+1) == "which" { // (rare: not in the code run for every claim)
		if np, ok := x.partOfWhich(q, s); ok {
			return np
		}
	}
	if m != "" { // (businessUnit has no side effects: not read for no metric)
		if u := x.businessUnit(q, s); u != "" && !strings.Contains(m, u) {
			m = u + " " + m // "the company's consumer business group posted $52.5 billion in revenue"
		}
	}
	if q.unit == UnitMoney {
		m = x.debtMetric(q, s, m)
	}
	if strings.HasSuffix(m, "investment") || strings.HasSuffix(m, "spending") { // (most metrics: no search for the head)
		if head := m[strings.LastIndexByte(m, ' ')+1:]; head == "investment" || head == "spending" {
			if obj := x.spentOn(q, s, head); obj != "" {
				m += " in " + obj // "the overall investment in 5G": not all of a country's investment
			}
		}
	}
	if strings.Contains(m, "market share") || strings.HasPrefix(m, "share of") && strings.HasSuffix(m, "market") {
		if sc := x.marketScope(s); sc != "" {
			m += " " + sc // "its market share worldwide", "China's smartphone market"
		}
	}
	if m == "" || q.unit == UnitOrdinal || q.unit == UnitCount {
		return m
	}
	if x.seasonallyAdjusted(s) {
		m = "seasonally adjusted " + m
	}
	if !basisFree(m) {
		if b := x.tradeBasis(s); b != "" {
			m = b + " " + m // "on a customs cleared basis"
		}
	}
	return x.qualify(q, s, m)
}

// spentOn returns what the investment or spending (head) of claim q's
// clause goes into, when the text says so right after the head and it is
// no place ("investment in 5G", "spending on infrastructure"; not
// "investment in China"), else "".
func (x *extractor) spentOn(q *quantity, s sentence, head string) string {
	g := &x.g
	cl := x.clauseOf[q.a]
	for k := max(s.a, q.a-20); k < s.b && k < q.b+12; k++ {
		if x.clauseOf[k] != cl || x.inClaim[k] {
			continue
		}
		if w := g.word(k); w != head && w != head+"s" {
			continue
		}
		if p := g.word(k + 1); p != "in" && p != "on" && p != "into" {
			return ""
		}
		j := k + 2
		if g.word(j) == "the" {
			j++
		}
		if j+1 < s.b && x.toks[j].kind == tNum && x.toks[j+1].glued() && x.toks[j+1].kind == tWord && !x.inClaim[j] {
			return strings.ToLower(x.toks[j].text + x.toks[j+1].text) // "investment in 5G"
		}
		if x.mentionAt(j, s) != nil || x.inClaim[j] || x.toks[j].kind != tWord || placeNouns[g.word(j)] {
			return "" // "investment in China", "in 2019", "in the region"
		}
		var words []string
		for ; j < s.b && len(words) < 3; j++ {
			w := g.word(j)
			if w == "" || x.toks[j].kind != tWord || functionWords[w] || placeNouns[w] || x.mentionAt(j, s) != nil || x.inClaim[j] || g.is(j, lxVerbLike|lxPeriod) {
				break
			}
			words = append(words, w)
		}
		return strings.Join(words, " ")
	}
	return ""
}

// placeNouns are the nouns of places and wholes that an investment "in"
// them does not narrow to a kind: "investment in the region".
var placeNouns = map[string]bool{
	"region": true, "regions": true, "country": true, "countries": true, "world": true, "area": true,
	"areas": true, "continent": true, "bloc": true, "state": true, "states": true, "province": true,
	"provinces": true, "city": true, "cities": true, "nation": true, "nations": true, "economy": true,
	"economies": true, "market": true, "markets": true, "abroad": true, "overseas": true, "total": true,
}

// forecastBefore reports whether a forecast word comes before the figure in
// its clause.
func (x *extractor) forecastBefore(q *quantity, s sentence) bool {
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		if x.g.is(k, lxForecast) {
			return true
		}
	}
	return false
}

// qualify adds the qualifiers of the claim's clause that change what a
// figure measures: "real" or "nominal" terms, "annual" rates, "excluding
// autos", "underlying".
func (x *extractor) qualify(q *quantity, s sentence, m string) string {
	g := &x.g
	var pre []string
	excl := ""
	cl := x.clauseOf[q.a]
	back, ahead := 15, 8 // the reach of the scans before and after the figure
	if !x.sentenceIs(s, lxQualifier) {
		back = 0 // none of the words before it in the sentence
	}
	if !x.sentenceIs(s, lxMetricCue) {
		ahead = 0 // no "terms"
	}
	for k := q.a - 1; k >= s.a && k >= q.a-back && x.clauseOf[k] == cl; k-- {
		if x.toks[k].cls&lxQualifier == 0 {
			continue // none of the words below
		}
		switch w := g.word(k); w {
		case "real", "nominal", "underlying":
			pre = append(pre, w)
		case "annual", "annualised", "annualized", "year-on-year":
			pre = append(pre, "annual")
		case "year":
			if g.word(k+1) == "on" && g.word(k+2) == "year" {
				pre = append(pre, "annual") // "year on year"
			}
		case "excluding":
			if n := g.word(k + 1); n != "" {
				excl = " excluding " + n
			}
		case "months":
			if g.word(k-1) == "12" || k > 0 && x.toks[k-1].kind == tNum && x.toks[k-1].num == 12 {
				pre = append(pre, "annual")
			}
		}
	}
	// "in real terms", "on a current prices basis", "in volume terms" after the figure
	for k := q.b; k+1 < s.b && k < q.b+ahead && x.clauseOf[k] == cl; k++ {
		if x.toks[k+1].cls&lxMetricCue != 0 && g.word(k+1) == "terms" {
			switch w := g.word(k); w {
			case "real", "nominal", "volume", "value":
				pre = append(pre, w)
			}
		}
	}
	if g.word(q.a-1) == "current" || x.currentPrices(s) {
		pre = append(pre, "nominal")
	}
	if len(pre) == 0 && excl == "" {
		return m
	}
	slices.Sort(pre)
	pre = slices.Compact(pre)
	return strings.Join(append(pre, m), " ") + excl
}

// differenceFrom returns what claim q is a difference from: "about
// 200,000 bpd above the ceiling" → "ceiling", "£4.5bn higher than the same
// period in 2003" → "same period"; or "".
func (x *extractor) differenceFrom(q *quantity, s sentence) string {
	g := &x.g
	k := q.b
	switch g.word(k) { // (the words of differenceWords)
	case "above", "below", "over", "under", "short":
		k++
		if g.word(k) == "of" {
			k++
		}
	case "higher", "lower", "more", "less", "greater", "smaller", "larger", "bigger":
		if g.word(k+1) != "than" {
			return ""
		}
		k += 2
	default:
		return ""
	}
	switch g.word(k) {
	case "the", "its", "their", "a", "last", "this", "previous":
	default:
		return ""
	}
	return x.nounPhrase(k, s)
}

// metricPhrase is metricFor without the forecast mark.
func (x *extractor) metricPhrase(q *quantity, s sentence, c *Claim) string {
	g := &x.g
	// "62 percent of the world's GDP" → "share of world gdp"; "18.2
	// percent and 12.9 percent of its total exports"
	if of := x.shareOfAt(q, s); of >= 0 {
		if m, ok := x.shareMetric(q, s, of); ok {
			return m
		}
	}
	// verbs of multiples: "doubled its investment in the region"
	if q.unit == UnitMultiple && q.b == q.a+1 && strings.HasSuffix(g.word(q.a), "ed") {
		switch g.word(q.b) {
		case "its", "their", "his", "her", "the":
			if np := x.nounPhrase(q.b+1, s); np != "" {
				return np
			}
		}
	}
	// ranks: "second-largest trading partner" → "largest trading partner",
	// "19th round" → "round"
	if q.unit == UnitOrdinal {
		return x.ordinalMetric(q, s)
	}
	if q.unit == UnitCount && q.item != "" {
		// "signed free trade agreements with five economies": the object
		// before the preposition is what is counted
		if p := g.word(q.a - 1); p == "with" || p == "among" {
			if np := x.phraseBefore(q.a-1, s); np != "" {
				return np
			}
		}
		return foldLower(q.item)
	}
	// "a drop of 12 points to 24.6 pct in the Treasury wholesale index":
	// the index named after the figure
	if g.word(q.b) == "in" {
		if m := x.indexIn(q, s); m != "" {
			return m
		}
	}
	// "posted $52.5 billion in revenue", "$3bn in exports": what the money is
	if q.unit == UnitMoney && g.word(q.b) == "in" {
		if np := x.phraseUntilHead(q.b+1, s); np != "" && metricHeads[np[strings.LastIndexByte(np, ' ')+1:]] {
			return np
		}
	}
	// a figure inside a noun phrase ("against a 4.3 billion deficit in
	// 1985", "its 68 billion dlr debt"): the noun after it, before any
	// metric earlier in the clause
	switch g.word(q.a - 1) {
	case "a", "an", "its", "their", "the":
		if m := x.compoundAfter(q, s); m != "" {
			return m
		}
	}
	// a metric noun before the figure in the same clause (for counts of
	// nothing named, only right before it)
	reach := 12
	if q.unit == UnitCount {
		reach = 3
	}
	if m := x.headBefore(q, s, reach); m != "" {
		return m
	}
	// or right after it
	return x.compoundAfter(q, s)
}

// worldWide reports whether noun phrase np speaks of the world: "world
// gdp", "global output".
func worldWide(np string) bool {
	return strings.HasPrefix(np, "world") || strings.HasPrefix(np, "global")
}

// nationalOutput are the measures of an economy a figure can be a share of.
var nationalOutput = map[string]bool{
	"gdp": true, "gnp": true, "gni": true, "gross domestic product": true,
	"gross national product": true, "national income": true, "national output": true,
}

// headBefore returns the metric noun (with its modifiers) nearest before
// figure q in its clause, at most reach tokens back, or "".
func (x *extractor) headBefore(q *quantity, s sentence, reach int) string {
	if !x.sentenceIs(s, lxMetricHead) {
		return "" // no metric head in the sentence
	}
	g := &x.g
	for k := q.a - 1; k >= s.a && k >= q.a-reach; k-- {
		t := &x.toks[k]
		if (t.kind == tPunct || t.cls&lxClauseWord != 0) && x.clauseBreak(k, s.a, s.b) {
			break
		}
		if t.cls&lxMetricHead != 0 {
			if w := g.word(k); (w == "prices" || w == "price") && x.priceBasis(k, s) {
				continue // "at average 1979/80 prices": how it is measured
			}
			if x.tradeVerb(k) {
				continue // "the dollar was expected to trade at 2.0 guilders": a verb
			}
			if h := x.governingHead(k, s); h >= 0 {
				k = h // "exports to APEC economies grew 7%": the exports
			}
			if j := k + 1; g.gluedHyphen(j) || g.word(j) == "tax" || g.word(j) == "taxes" {
				if g.gluedHyphen(j) {
					j++
				}
				if w := g.word(j); w == "tax" || w == "taxes" {
					return g.word(k) + " tax" // "the income-tax threshold": a tax, not the income
				}
			}
			if g.word(k) == "growth" && (g.word(k+1) == "in" || g.word(k+1) == "of") && !x.inClaim[k+2] && !x.placeAt(k+2, s) {
				if np := x.nounPhrase(k+2, s); np != "" && !nationalOutput[np] && np != "economy" {
					return np // "the fastest growth in brand value, rising 158 percent"
				}
			}
			return x.modifiedHead(k, s)
		}
	}
	return ""
}

// compoundAfter returns the noun compound right after figure q, up to its
// last metric head: "a $5bn trade deficit", "a 4.3 billion dlr trade
// surplus"; "" when there is none.
func (x *extractor) compoundAfter(q *quantity, s sentence) string {
	if !x.sentenceIs(s, lxMetricHead) {
		return "" // no metric head in the sentence
	}
	g := &x.g
	last := -1
	for k := q.b; k < s.b && k < q.b+4; k++ {
		if g.word(k) == "" || g.is(k, lxFunction|lxVerbLike) {
			break
		}
		if g.is(k, lxMetricHead) {
			last = k
		}
	}
	if last < 0 {
		return ""
	}
	return foldLower(g.low[x.toks[q.b].start:x.toks[last].end])
}

// priceBasis reports whether "prices" at k names the basis of a figure:
// "at average 1979/80 prices", "in constant prices", "at current prices".
func (x *extractor) priceBasis(k int, s sentence) bool {
	// four tokens back, a year written "1979/80" counting as one
	for j, n := k-1, 0; j >= s.a && n < 4; j-- {
		if x.g.isPunct(j, "/") || j > s.a && x.g.isPunct(j-1, "/") {
			continue
		}
		switch x.g.word(j) {
		case "at", "constant", "current":
			return true
		}
		n++
	}
	return false
}

// modifiedHead returns the metric head at k with up to two lowercase
// modifiers before it ("merchandise trade deficit"), and what it is of
// ("exports of tea" → "tea exports").
func (x *extractor) modifiedHead(k int, s sentence) string {
	h := x.modifiedHead0(k, s)
	g := &x.g
	if g.word(k+1) == "of" && (g.word(k) == "exports" || g.word(k) == "imports" || g.word(k) == "shipments" || g.word(k) == "sales" || g.word(k) == "production" || g.word(k) == "output" || g.word(k) == "prices") {
		// "imports of wool", "exports of Japanese cars": what is traded
		if w := g.word(k + 2); w != "" && !functionWords[w] && !metricHeads[w] {
			if _, num := cardinalWords[w]; !num {
				if np := x.nounPhrase(k+2, s); np != "" && x.mentionAt(k+2, s) == nil {
					return h + " of " + np
				}
			}
		}
	}
	return h
}

func (x *extractor) modifiedHead0(k int, s sentence) string {
	g := &x.g
	a := k
	for j := k - 1; j >= s.a && j >= k-2; j-- {
		w := g.word(j)
		if w == "" {
			if (g.gluedHyphen(j) || g.isPunct(j, "&") && x.toks[j].glued() && x.toks[j+1].glued()) && j-1 >= s.a {
				j-- // "export-oriented", "R&D"
				a = j
				continue
			}
			break
		}
		if g.is(j, lxFunction|lxChange|lxVerbLike|lxForecast) || w == "'s" || x.cover[j] > 0 {
			break
		}
		if _, isNum := cardinalWords[w]; isNum {
			break
		}
		a = j
	}
	return foldLower(x.g.low[x.toks[a].start:x.toks[k].end])
}

// phraseBefore returns the noun phrase (up to four words) that ends right
// before token k, lower-cased: "signed Free Trade Agreements with" → "free
// trade agreements".
func (x *extractor) phraseBefore(k int, s sentence) string {
	g := &x.g
	a := k
	for j := k - 1; j >= s.a && j >= k-4; j-- {
		w := g.word(j)
		if w == "" || w == "'s" || g.is(j, lxFunction) && w != "and" || g.is(j, lxVerbLike|lxChange) {
			break
		}
		if strings.HasSuffix(w, "ed") && !isUpper(x.toks[j].text) {
			break // a verb: "signed", "established"
		}
		a = j
	}
	if a == k || g.word(a) == "and" {
		return ""
	}
	return foldLower(g.low[x.toks[a].start:x.toks[k-1].end])
}

// nounPhrase returns a normalised noun phrase starting at k ("the world's
// GDP" → "world gdp"), up to a function word or punctuation.
func (x *extractor) nounPhrase(k int, s sentence) string {
	g := &x.g
	var pb [4]string
	parts := pb[:0]
	for j := k; j < s.b && len(parts) < 4; j++ {
		t := &x.toks[j]
		if t.kind != tWord {
			if g.gluedHyphen(j) && len(parts) > 0 && g.word(j+1) != "" {
				parts[len(parts)-1] += "-" + g.word(j+1)
				j++
				continue
			}
			break
		}
		w := x.g.lw(j)
		if w == "the" || w == "its" || w == "their" || w == "'s" || w == "’s" || w == "a" || w == "an" || w == "all" && len(parts) == 0 {
			continue
		}
		if j+1 < s.b && (x.toks[j+1].text == "'s" || x.toks[j+1].text == "’s") && isUpper(t.text) {
			continue // the possessor is the subject, not part of the metric
		}
		if t.cls&(lxFunction|lxVerbLike) != 0 { // functionWords, verbLike
			break
		}
		parts = append(parts, w)
		if g.gluedHyphen(j + 1) {
			continue // "trade-in-services"
		}
		if t.cls&lxMetricHead != 0 || w == "trade" && !g.is(j+1, lxMetricHead) {
			break
		}
	}
	return strings.Join(parts, " ")
}

// governingHead returns the metric head whose partner phrase holds the
// head at k ("exports to APEC economies", "the surplus with the EU
// countries"), or -1.
func (x *extractor) governingHead(k int, s sentence) int {
	g := &x.g
	for j := k - 1; j >= s.a && j >= k-4; j-- {
		switch g.word(j) {
		case "to", "from", "with", "into":
			if j-1 >= s.a && g.is(j-1, lxMetricHead) {
				return j - 1
			}
			return -1
		case "the":
			continue
		}
		if x.cover[j] == 0 {
			return -1
		}
	}
	return -1
}

// placeAt reports whether the noun phrase at token k is a place: an
// entity that is not a name, after "the" if any ("growth in Brazil",
// "growth in the euro zone"): the growth of that economy, not a measure
// of its own.
func (x *extractor) placeAt(k int, s sentence) bool {
	if x.g.word(k) == "the" {
		k++
	}
	m := x.mentionAt(k, s)
	return m != nil && m.a == k && m.ent.Kind != KindName
}
