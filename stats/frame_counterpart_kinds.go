package stats

import "strings"

// shareFrame settles subject and counterpart of a partner's share of
// another's trade: "China accounted for 20.1% of Japan's trade" (Japan,
// China), "compared with 18.6% for the US" (Japan, United States), and in
// the sentences that list more partners ("In 2003, the US was ahead with
// 20.5% and China came second with 19.2%"). It reports whether it did.
func (x *extractor) shareFrame(q *quantity, si int, s sentence, c *Claim, ctx *articleContext) bool {
	g := &x.g
	if q.unit == UnitPercent && g.word(q.b) == "of" {
		k := q.b + 1
		if g.word(k) == "the" {
			k++
		}
		m := x.mentionAt(k, s)
		if m == nil || !m.poss || !shareOfTrade(x.nounPhrase(m.b+1, s)) {
			return false
		}
		part := x.sentenceSubjectBefore(q, si)
		if part == "" || strings.EqualFold(part, m.ent.Name) {
			// "exports to APEC economies represented 68.5 percent of
			// Peru's total": the partner of the traded flow
			if p := x.partnerNear(q, si, s, c); p != "" && !strings.EqualFold(p, m.ent.Name) {
				part = p
			} else {
				return false
			}
		}
		c.Subject, c.Counterpart, c.Indicator = m.ent.Name, part, IndTradeShare
		ctx.shareOwner, ctx.shareSent = m.ent.Name, si
		return true
	}
	if ctx.shareOwner == "" || si-ctx.shareSent > 1 {
		return false
	}
	// "compared with 18.6% for the US"
	if q.unit == UnitPercent && g.word(q.b) == "for" {
		k := q.b + 1
		if g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && !strings.EqualFold(m.ent.Name, ctx.shareOwner) {
			c.Subject, c.Counterpart, c.Indicator = ctx.shareOwner, m.ent.Name, IndTradeShare
			ctx.shareSent = si
			return true
		}
	}
	// the next sentence's list: the clause's subject is the partner
	rank := q.unit == UnitOrdinal && (superlatives[g.word(q.b-1)] || superlativeWord(g.word(q.b-1)) || rankVerbs[g.word(q.a-1)])
	if (q.unit == UnitPercent || rank) && si > ctx.shareSent { // (not "his sixth visit")
		if part := x.clauseSubject(q, si); part != "" && !strings.EqualFold(part, ctx.shareOwner) {
			if q.unit == UnitOrdinal {
				c.Subject, c.Counterpart, c.Indicator = part, ctx.shareOwner, IndTradingPartnerRank
			} else {
				c.Subject, c.Counterpart, c.Indicator = ctx.shareOwner, part, IndTradeShare
			}
			return true
		}
	}
	return false
}

// shareOfTrade reports whether a noun phrase names a whole of trade:
// "trade", "total exports", "imports", "total international transactions".
func shareOfTrade(np string) bool {
	for _, w := range strings.Fields(np) {
		switch w {
		case "trade", "exports", "imports", "commerce", "shipments", "transactions":
			return true
		}
	}
	return false
}

// pairFor finds a pair of partners in the claim's clause: "trade between
// China and Poland", "Sino-Polish trade", "US-China trade", "the
// China-Panama FTA".
func (x *extractor) pairFor(q *quantity, si int, s sentence) (string, string) {
	g := &x.g
	r := x.sentM[si]
	if !x.pairs.read {
		x.pairs = sentPairs{read: true, any: x.pairsIn(r, s)}
	}
	if !x.pairs.any {
		return "", "" // (most sentences)
	}
	cl := x.clauseOf[q.a]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.a < q.a-40 {
			continue
		}
		if m.a > q.b+40 {
			break
		}
		if x.clauseOf[m.a] != cl && m.a > q.a {
			continue
		}
		// "between China and Poland"
		if g.word(m.a-1) == "between" && i+1 < r[1] {
			n := &x.mentions[i+1]
			if g.word(m.b) == "and" && n.a == m.b+1 {
				return m.ent.Name, n.ent.Name
			}
		}
		// "US-China trade", "China-Panama FTA", "Sino-Polish"
		if i+1 < r[1] {
			n := &x.mentions[i+1]
			if n.a == m.b+1 && g.gluedHyphen(m.b) {
				return m.ent.Name, n.ent.Name
			}
		}
		if m.a-2 >= s.a && g.gluedHyphen(m.a-1) && g.word(m.a-2) == "sino" {
			return "China", m.ent.Name
		}
		// "China and Russia held the 19th round": a pair of subjects
		if i+1 < r[1] && m.a < q.a && !m.prep && m.ent.Kind == KindCountry {
			n := &x.mentions[i+1]
			if n.a == m.b+1 && g.word(m.b) == "and" && n.ent.Kind == KindCountry && x.clauseOf[n.a] == cl {
				return m.ent.Name, n.ent.Name
			}
		}
	}
	return "", ""
}

// sentPairs says whether the current sentence has a pair of mentions
// pairFor may return, read on the sentence's first call (linkPeriods
// clears read for each sentence with claims).
type sentPairs struct {
	read, any bool
}

// pairsIn reports whether one of the mentions r of sentence s passes the
// tests of pairFor that do not depend on the claim: without one, pairFor
// finds no pair for any claim of the sentence.
func (x *extractor) pairsIn(r [2]int, s sentence) bool {
	g := &x.g
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if i+1 < r[1] {
			n := &x.mentions[i+1]
			if n.a == m.b+1 && (g.word(m.b) == "and" && (g.word(m.a-1) == "between" || !m.prep && m.ent.Kind == KindCountry && n.ent.Kind == KindCountry) || g.gluedHyphen(m.b)) {
				return true // "between China and Poland", "China and Russia", "US-China"
			}
		}
		if m.a-2 >= s.a && g.gluedHyphen(m.a-1) && g.word(m.a-2) == "sino" {
			return true
		}
	}
	return false
}

// rankCounterpart returns the whole a rank is within: "Japan's biggest
// trading partner" (Japan), "the second-largest trading partner of
// Japan", "the largest market for Chinese goods".
func (x *extractor) rankCounterpart(q *quantity, si int, s sentence, c *Claim) string {
	g := &x.g
	// a possessor right before the rank: "Japan's second-largest"
	k := q.a - 1
	if g.word(k) == "'s" || g.word(k) == "’s" {
		if m := x.mentionAt(k-1, s); m != nil && !strings.EqualFold(m.ent.Name, c.Subject) {
			return m.ent.Name
		}
	}
	// "... of Japan", "... in Latin America", "... of the Panama Canal"
	for j := q.b; j < s.b && j < q.b+6; j++ {
		w := g.word(j)
		if w == "of" || w == "in" || w == "for" {
			k := j + 1
			if g.word(k) == "the" {
				k++
			}
			if m := x.mentionAt(k, s); m != nil && !strings.EqualFold(m.ent.Name, c.Subject) {
				return m.ent.Name
			}
			break
		}
		if w == "" {
			break
		}
	}
	return ""
}

// sentenceSubjectBefore returns the subject-position entity of sentence
// si before claim q.
func (x *extractor) sentenceSubjectBefore(q *quantity, si int) string {
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.a >= q.a {
			break
		}
		if !m.prep && !m.poss && m.ent.Kind != KindRegion {
			return m.ent.Name
		}
	}
	return ""
}

// currencyCountry returns the country whose currency code is the one
// quoted against: the United States for USD.
func currencyCountry(code string) string {
	switch code {
	case "USD":
		return "United States"
	case "EUR":
		return "euro zone"
	}
	if e := countryOfCurrency(code); e != nil {
		return e.Name
	}
	return formerCurrencies[code]
}

// formerCurrencies are the currencies the euro replaced, whose countries
// the gazetteer files under the euro: "the mark/dollar rate" is West
// Germany's (the name of the Reuters years).
var formerCurrencies = map[string]string{
	"DEM": "West Germany", "FRF": "France", "ITL": "Italy", "NLG": "Netherlands",
	"BEF": "Belgium", "ESP": "Spain", "ATS": "Austria", "PTE": "Portugal",
	"FIM": "Finland", "IEP": "Ireland", "GRD": "Greece", "LUF": "Luxembourg",
}

// rankVerbs before an ordinal make it a place in a ranking: "China came
// second with 19.2%".
var rankVerbs = map[string]bool{
	"came": true, "comes": true, "ranked": true, "ranks": true, "placed": true, "finished": true, "stood": true,
}

// thatCountry returns the partner a clause names by "that country" ("British
// imports from that country totalled 436 mln", after "exported ... to Saudi
// Arabia"): the last country named before it, in this sentence or the one
// before; "" if there is none.
func (x *extractor) thatCountry(q *quantity, si int, s sentence, c *Claim) string {
	g := &x.g
	if !x.sentenceIs(s, lxAnaphorNoun) {
		return "" // no "country" nor "nation"
	}
	cl := x.clauseOf[q.a]
	for k := max(int(x.clauseStart[q.a]), q.a-clauseReach); k < s.b && k < q.a+8; k++ {
		if x.clauseOf[k] != cl {
			continue
		}
		switch g.word(k) {
		case "to", "from", "with":
		default:
			continue
		}
		if d := g.word(k + 1); (d == "that" || d == "this") && (g.word(k+2) == "country" || g.word(k+2) == "nation") {
			lo := x.sentM[max(0, si-1)][0]
			for i := x.sentM[si][1] - 1; i >= lo; i-- {
				m := &x.mentions[i]
				if m.a < k && m.ent.Kind == KindCountry && !strings.EqualFold(m.ent.Name, c.Subject) {
					return m.ent.Name
				}
			}
		}
	}
	return ""
}

// groupNouns end a partner the gazetteer does not name: "with East
// European states", "to Gulf countries".
var groupNouns = map[string]bool{"states": true, "countries": true, "nations": true, "economies": true}

// groupPartner returns a partner written as a group the gazetteer does not
// know, after the two-sided noun of the claim's clause ("the EC had a
// five billion dlr trade deficit with East European states"), as written;
// "" if there is none.
func (x *extractor) groupPartner(q *quantity, s sentence) string {
	g := &x.g
	if !x.sentenceIs(s, lxGroupNoun) {
		return "" // no group noun
	}
	cl := x.clauseOf[q.a]
	for k := max(int(x.clauseStart[q.a]), q.a-clauseReach); k < s.b && k < q.b+10; k++ {
		if x.clauseOf[k] != cl || x.inClaim[k] {
			continue
		}
		switch g.word(k) {
		case "with", "to", "from":
		default:
			continue
		}
		j := k + 1
		if g.word(j) == "the" {
			j++
		}
		first := j
		for j < s.b && j < first+3 && x.toks[j].kind == tWord && isUpper(x.toks[j].text) {
			j++
		}
		if j > first && groupNouns[g.word(j)] && x.cover[j] == 0 {
			return g.text[x.toks[first].start:x.toks[j].end]
		}
	}
	return ""
}

// mentionFrom returns the index of the first mention of the range r (a
// sentence's, from x.sentM) that starts at token a or after.
func (x *extractor) mentionFrom(r [2]int, a int) int {
	// a plain lower-bound search (slices.BinarySearchFunc copied each
	// mention to its comparison function), by conditional moves as pmAt
	lo, n := r[0], r[1]-r[0]
	if n <= 0 {
		return lo
	}
	for n > 1 { // the answer is in [lo, lo+n]
		half := n >> 1
		lo += half & -b2i(x.mentions[lo+half].a < a)
		n -= half
	}
	if x.mentions[lo].a < a {
		lo++
	}
	return lo
}

// goodsOf returns the country whose goods (or bonds, or loans) an amount
// of money q is: named right after it and "of" or "worth of", modifying a
// noun ("2.6 billion dlrs of U.S. goods", "310 mln dlrs worth of U.S.
// wheat", "9.5 billion dlrs of Canadian bonds"); else nil. Not a share of
// a whole ("5 pct of U.S. GDP"): only money.
func (x *extractor) goodsOf(q *quantity, s sentence) *mention {
	g := &x.g
	k := q.b
	if g.word(k) == "worth" {
		k++
	}
	if q.unit != UnitMoney || g.word(k) != "of" {
		return nil
	}
	m := x.mentionAt(k+1, s)
	if m == nil || m.a != k+1 || m.poss || m.ent.Kind == KindName || m.b >= s.b || x.toks[m.b].kind != tWord || g.is(m.b, lxFunction|lxVerbLike) {
		return nil
	}
	return m
}

// sentHomeFrom returns the country money q is sent home from by people
// living there: "Mexican labourers living in the US sent a record $16.6bn
// home", "Mexicans in US send $16bn home"; else nil.
func (x *extractor) sentHomeFrom(q *quantity, s sentence) *mention {
	g := &x.g
	if !x.sentenceIs(s, lxRareCue) || q.unit != UnitMoney {
		return nil // (or no "home" in the sentence)
	}
	home := false
	for k := q.b; k < s.b && k < q.b+8; k++ {
		if g.word(k) == "home" {
			home = true
			break
		}
		if !x.inClaim[k] && g.word(k) != "" && !g.is(k, lxFunction) {
			break // "sent $16.6bn (£8.82bn) home": past a conversion only
		}
	}
	if !home {
		return nil
	}
	v := -1
	for k := q.a - 1; k > s.a && k >= q.a-4; k-- {
		switch g.word(k) {
		case "sent", "send", "sends", "remit", "remits", "remitted", "sending":
			v = k
		}
		if v >= 0 {
			break
		}
	}
	for k := v - 1; v > 0 && k > s.a && k >= v-8; k-- {
		if g.word(k) != "in" {
			continue
		}
		j := k + 1
		if g.word(j) == "the" {
			j++
		}
		if m := x.mentionAt(j, s); m != nil && m.a == j && m.ent.Kind == KindCountry {
			return m
		}
		return nil
	}
	return nil
}

// mayPair reports whether pairFor may find a pair in the sentence whose
// mentions are x.mentions[r[0]:r[1]]: it names an entity (one is enough:
// "Sino-Polish"), and pairFor has not yet found that it has no pair
// (x.pairs).
func (x *extractor) mayPair(r [2]int) bool {
	return r[0] < r[1] && (!x.pairs.read || x.pairs.any)
}
