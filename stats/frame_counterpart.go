package stats

import (
	"strings"
)

// Counterpart of a claim: the other party of a two-sided figure (claims.md
// §5), never its subject. It is read in the claim's clause:
//
//   - the object of a partner preposition after a two-sided noun, or in a
//     list that leaves the noun out: "exports to Japan", "imports from
//     Canada", "the deficit with China", "trade with the US", ", with Japan
//     increased 700 mln dlrs", "investment in Canada", "revenues from
//     China", "outside the European Union" (non-EU);
//   - "trade between China and Poland", "Sino-Polish trade", "US-China
//     trade": the one of the pair that is not the subject;
//   - an adjective or name before a traded noun: "Chinese imports",
//     "South Korean-made cars", "tariffs on $200 billion of Chinese
//     goods", "non-EU exports";
//   - the possessor of a whole the figure is a share or rank of, when the
//     subject is the part: "China accounted for 20.1% of Japan's trade"
//     (subject Japan, counterpart China), "Japan's biggest trading
//     partner";
//   - the currency an exchange rate is quoted against: "8.30 to the
//     dollar".
//
// A figure for the whole world has none.

// partnerNouns are the two-sided nouns a partner preposition attaches to.
var partnerNouns = map[string]bool{
	"exports": true, "export": true, "imports": true, "import": true, "trade": true,
	"deficit": true, "surplus": true, "shortfall": true, "gap": true, "balance": true,
	"shipments": true, "sales": true, "investment": true, "investments": true, "fdi": true,
	"loans": true, "loan": true, "aid": true, "credit": true, "credits": true, "debt": true,
	"tariffs": true, "tariff": true, "duty": true, "duties": true, "quota": true, "quotas": true,
	"revenue": true, "revenues": true, "purchases": true, "relations": true, "ties": true,
	"fta": true, "agreement": true, "talks": true, "negotiations": true, "ban": true,
	"trading": true, "commerce": true, "turnover": true, "volume": true, "exported": true,
	"imported": true, "sold": true, "bought": true, "flows": true, "cargo": true, "containers": true,
	"business": true, "cooperation": true, "deals": true, "deal": true, "sanctions": true,
	"goods": true, "cars": true, "products": true, "partnership": true,
}

// cpPreps are the prepositions that name a partner.
var cpPreps = map[string]bool{
	"with": true, "to": true, "from": true, "into": true, "in": true, "against": true,
	"towards": true, "toward": true, "on": true, "outside": true,
}

// tradedNouns after an adjective name what crosses a border: "Chinese
// goods", "Japanese cars".
var tradedNouns = map[string]bool{
	"goods": true, "imports": true, "exports": true, "products": true, "cars": true,
	"steel": true, "beef": true, "companies": true, "firms": true, "investment": true,
	"investors": true, "capital": true, "made": true, "imported": true, "items": true,
	"shipments": true, "purchases": true, "textiles": true, "vehicles": true, "autos": true,
	"wine": true, "rice": true, "soybeans": true, "ports": true, "customers": true,
}

// twoSided reports whether figures of ind may have a counterpart.
func twoSided(ind Indicator) bool {
	switch ind {
	case IndExports, IndImports, IndTrade, IndTradeBalance, IndTradeShare, IndFDI, IndInvestment,
		IndTariffs, IndTradingPartnerRank, IndAidLoans, IndExchangeRate, IndCompanyResults,
		IndTradeAgreements, IndOther, IndExternalDebt, IndCurrentAccount, IndRemittances:
		return true
	}
	return false
}

// counterpartFor returns the counterpart of claim q of sentence si, whose
// subject and indicator are set in c; it may settle the subject of a
// share ("China accounted for 20.1% of Japan's trade": Japan).
func (x *extractor) counterpartFor(qi, si int, s sentence, c *Claim, ctx *articleContext) string {
	q := &x.qs[qi]
	// As in subjectFor, the unit or the sentence word a rule needs is
	// tested here, so that the rules a claim cannot pass are not called.
	f := x.sentFacts(s)
	cls, cues := f.cls, f.cues
	r := x.sentM[si] // partnerNear reads only the sentence's mentions
	if q.unit == UnitPercent || q.unit == UnitOrdinal {
		if x.shareFrame(q, si, s, c, ctx) {
			return c.Counterpart
		}
		if q.unit == UnitPercent {
			if m := x.breakdownPlace(q, s); m != nil {
				return m.ent.Name // "Of Argentina's bondholders, ..., 15.6% in Italy"
			}
		}
	}
	if !twoSided(c.Indicator) {
		return ""
	}
	if q.unit == UnitMoney {
		// a conversion ("22,201bn yen ($214.6bn; £114.5bn)") has the partner
		// of the figure it converts
		if p := x.convertedFrom(qi); p >= 0 {
			return x.counterparts[p]
		}
		if cls&lxRareCue != 0 {
			if m := x.sentHomeFrom(q, s); m != nil && !strings.EqualFold(m.ent.Name, c.Subject) {
				return m.ent.Name // "Mexican labourers living in the US sent a record $16.6bn home"
			}
		}
		if m := x.goodsOf(q, s); m != nil && !strings.EqualFold(m.ent.Name, c.Subject) {
			return m.ent.Name // "2.6 billion dlrs of U.S. goods", "480 mln dlrs worth of U.S. cars"
		}
		if c.Indicator == IndExchangeRate && cues&cueSlash != 0 {
			if _, e := x.fxPairFrame(q, s); e != "" && !strings.EqualFold(e, c.Subject) {
				return e // "the yen/dollar rate ... 150 yen": the dollar's
			}
		}
	}
	if q.unit == UnitOrdinal && (c.Indicator == IndTradingPartnerRank || superlatives[x.g.word(q.b-1)] || superlativeWord(x.g.word(q.b-1))) {
		return x.rankCounterpart(q, si, s, c)
	}
	if c.Indicator == IndOther {
		// other figures: only a partner written right with them, or a pair
		// ("China and Russia held the 19th round")
		if r[0] < r[1] {
			if name := x.partnerNear(q, si, s, c); name != "" && x.directPartner {
				return name
			}
		}
		if x.mayPair(r) {
			if a, b := x.pairFor(q, si, s); a != "" {
				if strings.EqualFold(b, c.Subject) {
					return a
				}
				if strings.EqualFold(a, c.Subject) {
					return b
				}
			}
		}
		return ""
	}
	if r[0] < r[1] {
		if name := x.partnerNear(q, si, s, c); name != "" {
			x.cpClause, x.partSent, x.cpName = x.clauseOf[q.a], si, name
			return name
		}
	}
	if cls&lxAnaphorNoun != 0 {
		if name := x.thatCountry(q, si, s, c); name != "" {
			return name
		}
	}
	if cls&lxGroupNoun != 0 {
		if name := x.groupPartner(q, s); name != "" {
			return name
		}
	}
	cl := x.clauseOf[q.a]
	// a clause that continues the one before with the same partner:
	// "Exports to Japan fell 2.3 pct to 1.28 billion and imports 24.4 pct
	// to 2.14 billion"
	if cs := int(x.clauseStart[q.a]); x.partSent == si && x.cpClause == cl-1 && (x.g.word(cs-1) == "and" || x.g.word(cs) == "and") &&
		(x.tradeNounIn(q, s) || x.elidedSubject(q)) && !x.ownWhole(q, cs, s) {
		return x.cpName
	}
	// "the tariff increase from 10 percent to 25 percent on $200 billion
	// of Chinese imports": whose goods a tariff rate is on
	if c.Indicator == IndTariffs {
		if name := x.tariffedGoods(q, s); name != "" {
			if strings.EqualFold(name, c.Subject) {
				c.Subject = "" // "hiked tariffs on Chinese imports": China is whose goods, not who levies them
			}
			return name
		}
	}
	// "signed Free Trade Agreements with five Latin American economies":
	// the partner in what is counted
	if q.unit == UnitCount && (x.g.word(q.a-1) == "with" || x.g.word(q.a-1) == "to") {
		for k := q.b; k < s.b && k < q.b+4; k++ {
			if m := x.mentionAt(k, s); m != nil && !strings.EqualFold(m.ent.Name, c.Subject) {
				return m.ent.Name
			}
			if w := x.g.word(k); w == "" || functionWords[w] {
				break
			}
		}
	}
	// "trade between China and Poland", "Sino-Polish trade", "China and
	// Russia held the 19th round": the other one
	if x.mayPair(r) {
		if a, b := x.pairFor(q, si, s); a != "" {
			switch {
			case strings.EqualFold(a, c.Subject):
				return b
			case strings.EqualFold(b, c.Subject):
				return a
			case c.Subject == "":
				c.Subject = a
				return b
			}
			return b
		}
	}
	// an exchange rate quoted against a currency: "8.30 to the dollar"
	if q.unit == UnitMoney && (strings.HasPrefix(q.unitName, "per ") || x.g.word(q.b) == "to" || x.g.word(q.b) == "against") {
		k := q.b + 1
		if x.g.word(k) == "the" {
			k++
		}
		if code, _, _, ok := x.g.matchCurrency(k, s); ok {
			if e := currencyCountry(code); e != "" && !strings.EqualFold(e, c.Subject) {
				return e
			}
		}
	}
	// "Taiwan's trade surplus with the U.S. hit 13.6 billion dlrs. The
	// surplus widened in the first two months to 2.35 billion": the
	// balance the sentence before spoke of, with its partner
	if (x.prevCP.sent == si-1 || x.prevCP.sent == si && x.prevCP.carriedTo == si) && x.prevCP.ind == c.Indicator && x.prevCP.subject == c.Subject && x.theBalance(q, s) {
		x.prevCP.carriedTo = si // and to its base: "from 1.87 billion in the same period last year"
		return x.prevCP.name
	}
	// "Turkey has agreed a draft proposal with the International Monetary
	// Fund to borrow $10bn": a loan's lender, the organisation the
	// sentence names
	if c.Indicator == IndAidLoans && q.unit == UnitMoney {
		if name := x.lenderIn(si, c.Subject); name != "" {
			return name
		}
	}
	// "The government wants to freeze the surplus with the United States.
	// The surplus, which rose to 7.4 billion dollars ...": the partner the
	// sentence before gave the balance without a figure
	if balanceIndicator(c.Indicator) && si > 0 && x.prevCP.sent != si-1 && x.openingBalance(s) {
		if name := x.balancePartnerIn(si - 1); name != "" && !strings.EqualFold(name, c.Subject) {
			return name
		}
	}
	return ""
}

// lenders are the international organisations that lend to governments.
var lenders = map[string]bool{
	"IMF": true, "World Bank": true, "Asian Development Bank": true, "African Development Bank": true,
	"Inter-American Development Bank": true, "EBRD": true, "European Investment Bank": true,
	"Asian Infrastructure Investment Bank": true, "International Finance Corporation": true,
	"New Development Bank": true, "Paris Club": true,
}

// lenderIn returns the one lending organisation sentence si names other
// than the subject (the IMF, the World Bank), or "".
func (x *extractor) lenderIn(si int, subject string) string {
	r := x.sentM[si]
	name := ""
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if !lenders[m.ent.Name] || strings.EqualFold(m.ent.Name, subject) {
			continue
		}
		if name != "" && name != m.ent.Name {
			return "" // two: which lends is not clear
		}
		name = m.ent.Name
	}
	return name
}

// theBalance reports whether claim q's sentence opens with "The surplus"
// (or deficit, gap, shortfall) and names no partner itself: a balance the
// text has already introduced.
func (x *extractor) theBalance(q *quantity, s sentence) bool {
	return x.clauseOf[s.a] == x.clauseOf[q.a] && x.openingBalance(s)
}

// openingBalance reports whether sentence s opens with "The surplus" (or
// deficit, gap, shortfall) or "The (value of) trade" (exports, imports),
// also inside a quote, and names no partner.
func (x *extractor) openingBalance(s sentence) bool {
	g := &x.g
	a := s.a
	if g.isPunct(a, "\"") || g.isPunct(a, "“") {
		a++ // "\"The surplus, which rose to 7.4 billion dollars ..."
	}
	if g.word(a) != "the" {
		return false
	}
	n := a + 1
	if g.word(n) == "value" && g.word(n+1) == "of" {
		n += 2 // "The value of trade in April-July rose to $186.3m"
	}
	switch w := g.word(n); {
	case balanceWords[w] && n == a+1:
	case (w == "trade" || w == "exports" || w == "imports") && (g.is(n+1, lxFunction|lxPrep|lxVerbLike) || g.word(n+1) == ""):
		// (not a compound: "The trade tariff will be diminished")
	default:
		return false
	}
	for k := n + 1; k < s.b; k++ {
		switch g.word(k) {
		case "with", "to", "from", "between":
			if x.mentionAt(k+1, s) != nil || g.word(k+1) == "the" && x.mentionAt(k+2, s) != nil {
				return false
			}
		}
	}
	return true
}

// partnerNear returns the partner named for claim q in its clause: one
// written right after it ("a nine pct decrease from Japan"), else the
// nearest before it (the subject's "the deficit with Latin America rose
// 900 mln dlrs to 2.6 billion"), else one shortly after it.
func (x *extractor) partnerNear(q *quantity, si int, s sentence, c *Claim) string {
	g := &x.g
	r := x.sentM[si]
	cl := x.clauseOf[q.a]
	before, after, direct := "", "", ""
	beforeAt, afterAt := -1, 1<<30
	for i := x.mentionFrom(r, q.a-40); i < r[1]; i++ {
		m := &x.mentions[i]
		if m.a < q.a-40 || x.inClaim[m.a] || x.clauseOf[m.a] != cl {
			continue
		}
		if m.a > q.b+10 {
			break
		}
		if m.ent.Kind == KindName && !x.partnerName(m) {
			continue
		}
		name := x.partnerAt(m, s)
		if name == "" || strings.EqualFold(name, c.Subject) {
			continue
		}
		if m.a < q.a {
			if before != "" && x.comparedPartner(m) {
				// "exports to China exceeded those to the US thanks to an
				// increase of 23 percent": the partner of the figure
				// compared with, not of this one
				continue
			}
			if m.a > beforeAt {
				before, beforeAt = name, m.a
			}
			continue
		}
		// after the claim: right after its noun ("decrease from Japan",
		// "dlrs to Japan"), or a few words on, before anything causal
		gap := 0
		stop := false
		for k := q.b; k < m.a; k++ {
			if x.inClaim[k] {
				stop = true
				break
			}
			switch g.word(k) {
			case "because", "due", "as", "which", "while", "after", "despite", "since", "but":
				stop = true
			}
			if g.isPunct(k, ",") {
				stop = true
			}
			gap++
		}
		if stop {
			continue
		}
		if gap <= 3 && direct == "" {
			direct = name
		}
		if m.a < afterAt {
			after, afterAt = name, m.a
		}
	}
	x.directPartner = direct != ""
	switch {
	case direct != "":
		return direct
	case before != "":
		return before
	}
	return after
}

// comparedPartner reports whether mention m follows "those" or "that"
// and a partner's preposition: "(exports to China exceeded) those to the
// US", "(the deficit with Japan was larger than) that with the EC".
func (x *extractor) comparedPartner(m *mention) bool {
	k := m.a - 1
	if x.g.word(k) == "the" {
		k--
	}
	if !cpPreps[x.g.word(k)] {
		return false
	}
	w := x.g.word(k - 1)
	return w == "those" || w == "that"
}

// ownWhole reports whether the clause of claim q, starting at token cs,
// speaks of a whole or names its own party: "and a Japanese global trade
// surplus of almost 90 billion" after "an EC deficit with Japan".
func (x *extractor) ownWhole(q *quantity, cs int, s sentence) bool {
	for k := cs; k < q.a; k++ {
		switch x.g.word(k) {
		case "global", "overall", "total", "worldwide":
			return true
		}
		if m := x.mentionAt(k, s); m != nil && !m.prep {
			return true
		}
	}
	return false
}

// tariffedGoods returns the country whose goods the tariff rate q is
// levied on, named after it in its clause: "on Chinese imports", "on $200
// billion of Chinese goods", "on imports from Japan" (else "").
func (x *extractor) tariffedGoods(q *quantity, s sentence) string {
	g := &x.g
	cl := x.clauseOf[q.a]
	for k := q.b; k < s.b && k < q.b+16 && x.clauseOf[k] == cl; k++ {
		if g.word(k) != "on" {
			continue
		}
		for j := k + 1; j < s.b && j < k+8; j++ {
			m := x.mentionAt(j, s)
			if m == nil || m.ent.Kind == KindName {
				continue
			}
			if m.form == FormAdjective && tradedNouns[g.word(m.b)] || g.word(m.a-1) == "from" {
				return m.ent.Name
			}
		}
		return ""
	}
	return ""
}

// elidedSubject reports whether claim q's clause goes on from the one
// before without a subject of its own: "The US's deficit with China was
// $124bn in 2003, and is expected to rise to about $150bn".
func (x *extractor) elidedSubject(q *quantity) bool {
	a := int(x.clauseStart[q.a])
	if w := x.g.word(a); (w == "and" || w == "but") && a+1 < q.a {
		a++ // "and decelerate to 1.8 percent"
	}
	w := x.g.word(a)
	if w == "" || x.cover[a] > 0 {
		return false
	}
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "may", "might", "should", "rose", "fell",
		"pick", "recover", "rebound", "remain", "stay", "reach", "hit", "climb", "slow", "ease":
		return true // "... but pick up slightly to 2.5 pct in 1988"
	}
	return x.toks[a].cls&(lxVerbLike|lxForecast) != 0 || changeWords[w] != NoChange && !strings.HasSuffix(w, "s")
}

// clauseSubject returns the subject-position entity of claim q's clause
// before it, or "".
func (x *extractor) clauseSubject(q *quantity, si int) string {
	r := x.sentM[si]
	cl := x.clauseOf[q.a]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.a >= q.a {
			break
		}
		if x.clauseOf[m.a] == cl && !m.prep && !m.poss && m.ent.Kind == KindCountry {
			return m.ent.Name
		}
	}
	return ""
}

// tradeNounIn reports whether claim q's clause names a two-sided figure
// without a partner of its own ("and imports 24.4 pct").
func (x *extractor) tradeNounIn(q *quantity, s sentence) bool {
	for k := max(int(x.clauseStart[q.a]), q.a-clauseReach); k < q.a; k++ {
		switch x.g.word(k) {
		case "imports", "exports", "shipments", "sales", "purchases", "deficit", "surplus":
			return true
		}
	}
	return false
}

// partnerName reports whether a proper name the article introduced may be
// a partner (a canal, a port, a company named after a place).
func (x *extractor) partnerName(m *mention) bool {
	return strings.HasSuffix(m.ent.Name, "Canal")
}

// sameListClause reports whether the mention at a is in a clause of the
// same coordinated list as the claim at qa: the clause breaks between them
// are only "and" before a partner preposition ("exports to the U.S. rose
// 23 pct and imports fell").
func (x *extractor) sameListClause(a, qa int, s sentence) bool {
	return false
}

// partnerAt returns the partner a mention names, or "": the object of a
// partner preposition attached to a two-sided noun (or standing for one
// in a list), an adjective before a traded noun, a "non-" compound.
func (x *extractor) partnerAt(m *mention, s sentence) string {
	g := &x.g
	name := m.ent.Name
	if m.partner {
		return name // "EU exports rose 2%" in a story on British trade
	}
	// "non-EU exports", "outside the European Union": the rest of the world
	k := m.a - 1
	for k >= s.a && (g.word(k) == "the") {
		k--
	}
	if g.word(k) == "outside" || g.gluedHyphen(m.a-1) && g.word(m.a-2) == "non" {
		return "non-" + shortName(m.ent, x.g.text[x.toks[m.a].start:x.toks[m.b-1].end])
	}
	if m.form == FormAdjective || !m.prep && m.form == FormName {
		// "Chinese imports", "Chinese goods", "South Korean-made cars",
		// "U.S. goods"
		j := m.b
		if g.gluedHyphen(j) {
			j++
		}
		for n := 0; n < 2 && j < s.b; n, j = n+1, j+1 {
			w := g.word(j)
			if tradedNouns[w] {
				return name
			}
			if w == "" || g.is(j, lxFunction|lxVerbLike) { // (lxFunction: functionWords)
				break
			}
		}
		if m.form == FormAdjective {
			return ""
		}
	}
	if !m.prep {
		return ""
	}
	prep := g.word(k)
	if !cpPreps[prep] {
		return ""
	}
	// the two-sided noun the preposition attaches to, right before it
	// ("exports to", "the deficit with", "investment in the IT sector"),
	// or a list that leaves it out (", with Japan increased 700 mln")
	j := k - 1
	for i := range x.sentPMs {
		if pm := &x.sentPMs[i]; pm.b == k && pm.a > s.a && x.inClaim[pm.a-1] {
			j = pm.a - 1 // "a surplus of 1.09 billion dlrs last year with the EC"
			break
		}
	}
	if j >= 0 && (x.inClaim[j] || figureEnds[g.word(j)] && j > 0 && x.inClaim[j-1]) {
		// "a trade surplus of 7.1 billion dlrs with the U.S.": past the figure
		for j >= s.a && (x.inClaim[j] || figureEnds[g.word(j)]) {
			j--
		}
		if g.word(j) == "of" || g.word(j) == "at" {
			j--
		}
	}
	lim := min(j, k-1) - 2
	for j >= s.a && j >= lim {
		w := g.word(j)
		if partnerNouns[w] {
			if prep == "in" && !(w == "investment" || w == "investments" || w == "fdi" || w == "stake") {
				return ""
			}
			if prep == "on" && !(w == "tariffs" || w == "tariff" || w == "duty" || w == "duties" || w == "ban" || w == "sanctions" || w == "quota" || w == "quotas") {
				return ""
			}
			return name
		}
		if w == "" || functionWords[w] && w != "the" || g.is(j, lxVerbLike) {
			break
		}
		j--
	}
	if (prep == "with" || prep == "to" || prep == "from") && g.word(k-1) == "it" && g.word(k-2) == "of" {
		return name // "a trade surplus of 15.6 billion dlrs last year, 95 pct of it with the U.S."
	}
	if (prep == "with" || prep == "to" || prep == "from") && (g.isPunct(k-1, ",") || g.word(k-1) == "and" || k == s.a) {
		// an elided noun: "..., with Japan increased 700 mln dlrs"
		for j := max(s.a, k-clauseReach); j < k; j++ {
			if partnerNouns[g.word(j)] {
				return name
			}
		}
	}
	if prep == "from" || prep == "to" {
		// "revenues from China", "exported to Poland": a noun or verb a few
		// words back in the clause
		for j := k - 1; j >= s.a && j >= k-8 && x.clauseOf[j] == x.clauseOf[k]; j-- {
			if w := g.word(j); partnerNouns[w] || tradedNouns[w] {
				return name
			}
		}
	}
	return ""
}

// shortName returns the short form of an entity for "non-EU": the
// surface form when it is an abbreviation, else the name.
func shortName(e *Entity, surface string) string {
	if len(surface) <= 4 && strings.ToUpper(surface) == surface {
		return surface
	}
	if a := entityAbbreviation(e); a != "" {
		return a
	}
	return e.Name
}

// balanceIndicator reports whether ind is a balance with a partner.
func balanceIndicator(ind Indicator) bool {
	return ind == IndTradeBalance || ind == IndCurrentAccount || ind == IndBalanceOfPayments
}

// balancePartnerIn returns the partner sentence si gives a balance ("the
// trade surplus with the United States"), or "".
func (x *extractor) balancePartnerIn(si int) string {
	g := &x.g
	s := x.sents[si]
	for k := s.a; k+2 < s.b; k++ {
		if !balanceWords[g.word(k)] || g.word(k+1) != "with" {
			continue
		}
		j := k + 2
		if g.word(j) == "the" {
			j++
		}
		if m := x.mentionAt(j, s); m != nil && m.a == j && m.ent.Kind != KindName {
			return m.ent.Name
		}
	}
	return ""
}
