package stats

import "strings"

// What a claim is, read from the words around it where its metric phrase
// does not say (indicatorOfClaim, indicatorFor): a share of a whole, a
// ratio, a count's noun, a poll share, money sent home, borrowed, spent
// or used to buy another country's goods, a company's figure.

// privateFigure reports whether the spending or earnings of claim c are
// a company's: its sentence names no public spender or budget, and its
// subject is a company or a name, or the sentence speaks of companies or
// industries ("oil companies were still spending").
func (x *extractor) privateFigure(c *Claim, s sentence) bool {
	private := false
	for k := s.a; k < s.b; k++ {
		switch x.g.word(k) {
		case "government", "governments", "budget", "budgets", "federal", "ministry", "public", "parliament", "congress", "treasury", "fiscal":
			return false
		case "company", "companies", "firm", "firms", "industry", "industries", "corporate", "business", "businesses":
			private = true
		}
	}
	if e := x.subjectEntity(c.Subject); e != nil && e.Kind == KindName {
		return true
	}
	return private
}

// pollShare reports whether percent claim q is a share of people who
// hold an opinion: "34% who said it was improving", "48% were
// pessimistic", "47% saw their conditions improving".
func (x *extractor) pollShare(q *quantity) bool {
	g := &x.g
	k := q.b
	if g.word(k) == "who" {
		k++
	}
	switch g.word(k) {
	case "said", "say", "says", "think", "thought", "believe", "believed", "feel", "felt", "saw", "see",
		"agreed", "agree", "disagreed", "disagree", "favour", "favor", "favoured", "favored", "opposed", "oppose", "supported", "support":
		return true
	case "were", "are", "was", "is":
		switch g.word(k + 1) {
		case "optimistic", "pessimistic", "confident", "worried", "concerned", "satisfied", "dissatisfied", "undecided", "unsure", "opposed", "against":
			return true
		}
	}
	return false
}

// moneyIndicator returns the indicator of money sent home, of a
// country's creditors, of government bonds, of money to be spent, of an
// official loan or of goods bought or sold (indicatorOfClaim, in that
// order), or "".
func (x *extractor) moneyIndicator(c *Claim, q *quantity, s sentence) Indicator {
	if x.sentHome(q, s) {
		return IndRemittances // "Mexican labourers living in the US sent a record $16.6bn home"
	}
	if x.countryCreditors(q, s) {
		return IndExternalDebt // "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy"
	}
	if x.governmentBonds(q, s) {
		return IndGovernmentDebt // "local governments issued a record-high 1.63 trillion yuan in bonds"
	}
	if x.spentPassive(q, s) {
		return IndGovernmentSpending // "80bn rupees will be spent on building rural infrastructure" (unless a company's: indicatorFor)
	}
	if x.officialBorrowing(q, s) {
		return IndAidLoans // "agreed with the International Monetary Fund to borrow $10bn"
	}
	return x.goodsBought(c, q, s) // "South Korea had already bought 310 mln dlrs worth of U.S. Wheat"
}

// sentHome reports whether money claim q is what people send home:
// "sent a record $16.6bn home", "send $16bn home".
func (x *extractor) sentHome(q *quantity, s sentence) bool {
	if q.unit != UnitMoney {
		return false
	}
	k := q.b
	if x.g.isPunct(k, "(") {
		for k < s.b && k < q.b+8 && !x.g.isPunct(k, ")") {
			k++ // past a conversion: "$16.6bn (£8.82bn) home"
		}
		k++
	}
	if x.g.word(k) != "home" {
		return false
	}
	for k := q.a - 1; k >= s.a && k >= q.a-4; k-- {
		switch x.g.word(k) {
		case "send", "sends", "sent", "sending", "remit", "remitted", "remits":
			return true
		}
	}
	return false
}

// goodsBought returns imports for money claim q spent on another
// country's goods ("would buy 480 mln dlrs worth of U.S. cars", "a
// shopping list of 2.6 billion dlrs of U.S. goods"), exports for goods of
// the subject's sold to others ("sold 50 mln dlrs worth of French
// wheat"), else "".
func (x *extractor) goodsBought(c *Claim, q *quantity, s sentence) Indicator {
	if q.unit != UnitMoney {
		return ""
	}
	g := &x.g
	k := q.b
	if g.word(k) == "worth" {
		k++
	}
	if g.word(k) != "of" {
		return ""
	}
	m := x.mentionAt(k+1, s)
	if m == nil || m.ent == nil || m.ent.Kind != KindCountry && m.ent.Kind != KindBloc {
		return ""
	}
	for j := m.b; j < s.b && j < m.b+4; j++ {
		switch g.word(j) {
		case "bonds", "bills", "notes", "securities", "shares", "stock", "stocks", "equities", "debt", "treasury", "treasuries", "paper", "assets", "currency":
			return "" // a financial asset, not goods
		}
	}
	own := strings.EqualFold(m.ent.Name, c.Subject)
	cl := x.clauseOf[q.a]
	for j := q.a - 1; j >= s.a && j >= q.a-6 && x.clauseOf[j] == cl; j-- {
		switch g.word(j) {
		case "buy", "buys", "bought", "buying", "purchase", "purchased", "purchases", "purchasing", "shopping", "import", "imported", "imports":
			if !own {
				return IndImports
			}
			return ""
		case "sell", "sells", "sold", "selling", "export", "exported", "exports":
			if own {
				return IndExports
			}
			return ""
		}
	}
	return ""
}

// officialBorrowing reports whether money claim q is borrowed ("to
// borrow $10bn") in a sentence that names a multilateral lender (the IMF,
// the World Bank, a development bank): an official loan.
func (x *extractor) officialBorrowing(q *quantity, s sentence) bool {
	if q.unit != UnitMoney || !x.sentenceHas(s, cueBorrow) {
		return false
	}
	borrow := false
	for k := q.a - 1; k >= s.a && k >= q.a-3; k-- {
		switch x.g.word(k) {
		case "borrow", "borrows", "borrowed", "borrowing":
			borrow = true
		}
	}
	if !borrow {
		return false
	}
	for k := s.a; k < s.b; k++ {
		if m := x.mentionAt(k, s); m != nil && m.ent != nil && m.ent.Kind == KindOrg {
			switch n := m.ent.Name; {
			case n == "IMF", n == "World Bank", n == "EBRD", n == "Paris Club", n == "International Finance Corporation",
				strings.HasSuffix(n, "Development Bank"), strings.HasSuffix(n, "Investment Bank"):
				return true
			}
			k = m.b - 1
		}
	}
	return false
}

// spentPassive reports whether money claim q is the subject of a passive
// "spent" after it: "80bn rupees ($1.8bn) will be spent on", "up to 100bn
// rupees to be spent on infrastructure".
func (x *extractor) spentPassive(q *quantity, s sentence) bool {
	if q.unit != UnitMoney || !x.sentenceHas(s, cueSpent) {
		return false // (true only at a "spent")
	}
	g := &x.g
	for k := q.b; k < s.b && k < q.b+12; k++ {
		switch w := g.word(k); w {
		case "spent":
			switch g.word(k - 1) {
			case "be", "is", "are", "was", "were", "been", "being":
				return true
			}
			return false
		case "(", "":
			if !x.inClaim[k] && !g.isPunct(k, "(") && !g.isPunct(k, ")") {
				return false
			}
		case "to", "will", "would", "be", "is", "are", "was", "were", "been", "being", "already", "also", "to be":
		default:
			if !x.inClaim[k] {
				return false
			}
		}
	}
	return false
}

// countryCreditors reports whether claim q's clause, before it, speaks
// of a country's creditors ("Of Argentina's bondholders, 38.4%"): its
// debt.
func (x *extractor) countryCreditors(q *quantity, s sentence) bool {
	if !x.sentContains(s, cueCreditors|cueBondholders) {
		return false // (most sentences: no scan)
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k > s.a && k >= q.a-25 && x.clauseOf[k] == cl; k-- {
		switch x.g.word(k) {
		case "bondholders", "creditors":
		default:
			if c := x.toks[k].cls; c&lxRuleWord != 0 && c&lxFunction == 0 && !x.inClaim[k] {
				return false // a nearer word says what the figure is: "a bailout totaling"
			}
			continue
		}
		for j := k - 1; j >= s.a && j >= k-3; j-- {
			if m := x.mentionAt(j, s); m != nil && m.poss && m.ent != nil && m.ent.Kind == KindCountry {
				return true
			}
		}
		return false
	}
	return false
}

// governmentBonds reports whether money claim q is bonds a government
// issues: "in bonds" or "of bonds" after it, and "government(s)" before
// it in its clause, nearer than any other word of the rules.
func (x *extractor) governmentBonds(q *quantity, s sentence) bool {
	g := &x.g
	if q.unit != UnitMoney || g.word(q.b) != "in" && g.word(q.b) != "of" || g.word(q.b+1) != "bonds" {
		return false
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-10 && x.clauseOf[k] == cl; k-- {
		switch g.word(k) {
		case "government", "governments":
			return true
		}
		if c := x.toks[k].cls; c&lxRuleWord != 0 && c&lxFunction == 0 && !x.inClaim[k] {
			return false
		}
	}
	return false
}

// ratioIndicator returns the indicator of the first term of a ratio that
// claim q (metric raw) is: the part before "share of" in raw ("deficit
// share of gdp": a bare balance read as balanceIndicator does), or X in
// "the ratio of X to" before q in its clause when raw is the second
// term's; else "". rule is raw's matchRule answer (phraseRule).
func (x *extractor) ratioIndicator(raw string, rule int, q *quantity, s sentence, ctx *articleContext) Indicator {
	if i := strings.Index(raw, " share of "); i > 0 {
		num := raw[:i]
		switch ind, vague := x.phraseIndicator(num); {
		case ind != "" && !vague:
			return ind
		case ind == "" && vague:
			return x.balanceIndicator(num, -1, q, s, ctx)
		}
		return ""
	}
	if ruleInd(rule) != IndGDP {
		return ""
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 2; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		if w := x.g.word(k); (w == "ratio" || w == "ratios") && x.g.word(k+1) == "of" {
			if ind, vague := x.phraseIndicator(x.nounPhrase(k+2, s)); !vague && ind != IndGDP {
				return ind
			}
			return ""
		}
	}
	return ""
}

// weakSubject reports whether the clause that starts at a names, before
// its verb and claim q, only a weak word ("The annual rise compares
// with", "The October/December rise was originally put at"), with
// determiners and period words before it: a figure of the kind the
// article spoke of.
func (x *extractor) weakSubject(a int, q *quantity) bool {
	g := &x.g
	weak := false
	for k := a; k < q.a && k < a+8; k++ {
		w := g.word(k)
		switch {
		case w == "" && g.isPunct(k, "/"):
		case w == "the" || w == "this" || w == "that" || w == "its" || g.is(k, lxMonth|lxPeriod) || x.inClaim[k]:
		case ruleTab.flagsOf(w)&rwWeak != 0:
			weak = true
		default:
			// the subject ends at its verb: "compares", "was", "followed"
			return weak && (g.is(k, lxFunction|lxVerbLike|lxChange) || strings.HasPrefix(w, "compar") || strings.HasSuffix(w, "ed"))
		}
	}
	return false
}

// balanceNearer returns the token of a balance word ("deficits") before
// claim q in its clause that comes after any word of the indicator rules,
// or -1: the figure is that balance.
func (x *extractor) balanceNearer(q *quantity, s sentence) int {
	if !x.sentenceHas(s, cueBalance) {
		return -1
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-8 && x.clauseOf[k] == cl; k-- {
		if x.inClaim[k] {
			return -1
		}
		c := x.toks[k].cls
		if c&lxBalance != 0 {
			return k
		}
		if c&lxRuleWord != 0 && c&lxFunction == 0 {
			return -1
		}
	}
	return -1
}

// countedNoun reports whether the word at k is what a count before it,
// other than claim q, counts ("the 12-member bloc", "the 30 member
// countries"): it says what that count is of, not what q measures,
// unless q is a part of that count.
func (x *extractor) countedNoun(k int, q *quantity) bool {
	j := k - 1
	if x.g.gluedHyphen(j) {
		j--
	}
	if j < 0 || j >= q.a && j < q.b || !x.inClaim[j] || x.toks[j].kind != tNum {
		return false
	}
	// "about 2,000 of a total 18,000 jobs": a part of the count, of its kind
	for i := q.b; i < j && i < q.b+4; i++ {
		if x.g.word(i) == "of" {
			return false
		}
	}
	return true
}

// shareOf reports whether percent claim q is a share of a whole named
// after it: "52.3 percent of its total imports", "18.2 percent and 12.9
// percent of its total".
func (x *extractor) shareOf(q *quantity, s sentence) bool {
	return x.shareOfAt(q, s) >= 0
}

// shareOfAt returns the token of the "of" that names the whole percent
// claim q is a share of, right after it or after the figures coordinated
// with it ("18.2 percent and 12.9 percent of"), or -1.
func (x *extractor) shareOfAt(q *quantity, s sentence) int {
	if q.unit != UnitPercent {
		return -1
	}
	for k := q.b; k < s.b && k < q.b+8; k++ {
		switch w := x.g.word(k); {
		case w == "of":
			if k == q.b || x.g.isPunct(k-1, "%") {
				return k
			}
			switch x.g.word(k - 1) {
			case "percent", "pct", "cent":
				return k
			}
			return -1
		case x.inClaim[k] || w == "and":
		default:
			return -1
		}
	}
	return -1
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
	// (a change noun is a word of lxPeriodNoun: the map only for those)
	if (!g.is(k, lxPeriodNoun) || changeNouns[g.word(k)] == NoChange) && g.word(k) != "contribution" && g.word(k) != "share" {
		return ""
	}
	k++
	if w := g.word(k); w != "in" && w != "of" && w != "from" && w != "to" {
		return ""
	}
	return x.nounPhrase(k+1, s)
}

// tradeVerb reports whether "trade" at k is the verb of a price ("the
// dollar was expected to trade at 2.0 guilders", "shares will trade at"),
// or "pay" the verb of a payment (payVerb): words of a metric that are
// verbs here.
func (x *extractor) tradeVerb(k int) bool {
	g := &x.g
	switch g.word(k) {
	case "trade", "traded", "trading":
	case "pay", "pays", "paid", "paying":
		return x.payVerb(k)
	default:
		return false
	}
	return g.word(k+1) == "at" || g.word(k+1) == "around" || g.word(k+1) == "between"
}

// payVerb reports whether "pay" at token k is the verb: "offered to pay
// $300m", "will pay a fine", "paid 14 dlrs a share" (not "average pay
// rose 4%", "pay rises").
func (x *extractor) payVerb(k int) bool {
	g := &x.g
	switch g.word(k - 1) {
	case "to", "will", "would", "must", "could", "should", "can", "may", "might", "not", "and", "or", "agreed", "agrees":
		return true
	}
	if n := k + 1; n < len(x.toks) && x.toks[n].kind != tWord {
		return x.toks[n].kind == tNum || x.toks[n].text == "$" || x.toks[n].text == "£" || x.toks[n].text == "€"
	}
	switch g.word(k + 1) {
	case "a", "an", "the", "its", "their", "his", "her", "back", "out", "off", "for", "about", "up", "nearly", "almost", "more", "less", "over", "some":
		return true
	}
	return false
}
