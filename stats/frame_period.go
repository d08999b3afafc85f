package stats

import (
	"strconv"
	"strings"
)

// Period of a claim: the periods each sentence names are read once
// (parsePeriods, with the grammar of periodtext.go); each claim then takes
//
//  1. its own period: one written right after it ("7.38 billion dlrs in
//     February", "a 140 mln dlr deficit last month", "37.15 billion dlr
//     third quarter deficit", past a parenthesis) or a possessive right
//     before it ("October's £3.6bn");
//  2. for a figure joined to the next by "to" or "or" ("rose 2.78 billion
//     dlrs or three pct to 95.7 billion dlrs"), that one's own period;
//  3. for the base of a comparison ("from 3.89 billion", "against 246
//     mln") with none of its own: the period before that of the figure it
//     is compared with (a month, quarter or year earlier; a part of a year
//     a year earlier), or the same period when the base is a revision
//     ("revised from 1.29 billion") or a figure for another subject
//     ("compared with 18.6% for the US");
//  4. the period the sentence names for its figures: the nearest one before
//     the claim in its clause, else in its sentence, else after it (a
//     period that belongs to a base, or that a comparison starts with —
//     "from a year earlier", "than the same period in 2003" — is not one);
//  5. the period the article is discussing (the last one a sentence named
//     for its figures), unless the figure is of a kind stated without one
//     (tariff rates, ranks, counts of things, company and other figures).
//
// Periods without a year, and relative ones, are resolved against the
// article's date, or without one against the latest period the text names
// with a year (see inferNow); forecasts look ahead.

// pmention is a period named in a sentence.
type pmention struct {
	a, b   int // token range
	e      pexpr
	comp   bool // it starts a comparison: "from a year earlier", "than in 2003"
	future bool // named in a forecast clause
	stock  bool // an end-of-period level or a day: not a period the article discusses
}

// pmAt returns the index of the first of pms (in text order) that starts
// at or after token a, and whether it starts at a: a binary search
// (slices.BinarySearchFunc's answer, without a call per probe). Its
// steps depend only on len(pms), and each probe moves lo by a
// conditional move, not a branch: which way a probe goes is what a
// processor cannot predict.
func pmAt(pms []pmention, a int) (int, bool) {
	lo, n := 0, len(pms)
	if n == 0 {
		return 0, false
	}
	for n > 1 { // the answer is in [lo, lo+n]
		half := n >> 1
		lo += half & -b2i(pms[lo+half].a < a)
		n -= half
	}
	if pms[lo].a < a {
		lo++
	}
	return lo, lo < len(pms) && pms[lo].a == a
}

// b2i is 1 for true, 0 for false (a SETcc, no branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// postedWords are participles between a figure's noun and its own period:
// "a surplus posted in February", "the deficit recorded a year earlier".
var postedWords = map[string]bool{
	"posted": true, "recorded": true, "reported": true, "reached": true, "registered": true,
	"logged": true, "seen": true, "achieved": true, "booked": true, "shown": true,
}

// periodOf resolves the period of claim qi of the sentence (linkPeriods
// has run), given its outlook and indicator; carried says the period came
// from earlier sentences.
func (x *extractor) periodOf(qi int, outlook Outlook, ind Indicator, ctx *articleContext) (p Period, carried bool) {
	l := &x.links[qi]
	if l.done {
		return l.period, l.carry
	}
	l.done = true // no loop through joined claims
	r := pref{now: ctx.now, day: ctx.nowDay, future: outlook != Actual, ctx: ctx.period}
	// the claim a base is compared with, and the sentence's period, are
	// what relative periods are taken from (sentencePeriod does not read
	// r.main: its answer holds for the default case below too)
	var sp Period
	spRead := false
	if l.main >= 0 {
		mp, _ := x.periodOf(l.main, Actual, "", ctx)
		r.main = mp
	} else if sp, spRead = x.sentencePeriod(qi, &r, ind), true; !sp.IsZero() {
		r.main = sp
	}
	q := &x.qs[qi]
	switch {
	case l.own >= 0:
		p = resolvePeriod(x.pms[l.own].e, &r)
		l.ahead = x.pms[l.own].e.kind == pxNext
		if x.pms[l.own].e.fyNow && ctx.period.kind == pFiscal && x.fiscalNow(q) {
			p = ctx.period // "this fiscal year" in an article about fiscal 1986/87
		}
	case q.unit == UnitOrdinal && ind == IndOther && x.rankOrdinal(q) && x.clauseYear(q) != 0:
		// "filed the second-largest number of PCT filings in 2018": a rank
		// whose clause writes the year it holds for
		p = yearPeriod(x.clauseYear(q))
	case q.unit == UnitQuantity && durationUnits[q.unitName] || q.unit == UnitOrdinal && ind == IndOther || ind == IndMembership:
		// a span of time ("a 13-month ban", "the best in five years") and a
		// sequence number ("the fourth bridge") have a period only when one
		// is written for them
	case l.own < 0 && x.whenClause(q) && !x.whenPeriod(q).IsZero():
		// "the worst since 1974, when GNP contracted 1.4 pct": the year
		// the "when" clause is about
		p = x.whenPeriod(q)
	case l.next >= 0 && x.links[l.next].own >= 0:
		p, carried = x.periodOf(l.next, outlook, ind, ctx)
	case l.base && x.vagueTime(q):
		// "after a 14 pct contraction over the last six years": a base
		// its clause times only vaguely has no period
	case l.base && l.main >= 0:
		if l.reused || outlook != Actual {
			// a forecast revised "to 2.8 pct from 2.5 pct": both for the
			// same period
			p = r.main
		} else if r.main.kind != pDay {
			p = r.main.prev()
		}
	case l.base && l.main < 0 && !r.main.IsZero() && x.links[qi].next < 0:
		// "This compared with an 897 mln dlr shortfall a year earlier"
		// has its own period; a bare base without a claim before it
		// compares with the article's period, and a revised one restates
		// it ("The March figure was revised from 69 mln dlrs")
		p = r.main.prev()
		if l.reused {
			p = r.main
		}
	default:
		if !spRead {
			sp = x.sentencePeriod(qi, &r, ind)
		}
		if !sp.IsZero() {
			p = sp
		} else if y := x.baseYearBefore(q); y != 0 && !l.base {
			// "registered 61,200 filings, a 6.4 percent rise from 2017":
			// the year after the base year
			p = yearPeriod(y + 1)
		} else if ctx.period.kind == pFiscal && x.fiscalNow(q) {
			// "this fiscal year" in an article about fiscal 1986/87
			p, carried = ctx.period, true
		} else if cp := ctx.periodFor(domainOf(ind)); !cp.IsZero() && x.carriesPeriod(ind, qi) && !x.vagueTime(q) && !(outlook == Actual && x.presentClause(q)) {
			p, carried = cp, true
		}
	}
	if x.annualFigure(q) && !p.IsZero() && p.kind != pYear && p.kind != pFiscal {
		p = yearPeriod(p.y) // "taking the annual total up 35.4% to $593.4bn"
	}
	l.period, l.carry = p, carried
	return p, carried
}

// annualFigure reports whether the words before claim q in its clause make
// it a figure for a whole year: "the annual total", "the full-year figure".
func (x *extractor) annualFigure(q *quantity) bool {
	if x.frame.cls&lxAnnual == 0 && x.frame.sent == x.sentA+1 {
		return x.yearOpening() // the sentence has none of the words
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= 0 && k >= q.a-6 && x.clauseOf[k] == cl; k-- {
		if x.toks[k].cls&lxAnnual == 0 {
			continue // not "annual", "full-year" nor "yearly"
		}
		switch x.g.word(k + 1) {
		case "total", "figure", "average", "deficit", "surplus", "exports", "imports":
			return true
		}
	}
	return x.yearOpening()
}

// yearOpening reports whether the current sentence opens with "For the
// full year," or "For the year,": all its figures are the year's ("For
// the full-year, TimeWarner posted a profit of $3.36bn, ... while
// revenues grew 6.4% to $42.09bn").
func (x *extractor) yearOpening() bool {
	g, k := &x.g, x.sentA
	if g.word(k) != "for" || g.word(k+1) != "the" {
		return false
	}
	k += 2
	switch g.word(k) {
	case "full", "whole":
		k++
		if g.gluedHyphen(k) {
			k++
		}
	}
	return g.word(k) == "year" && g.isPunct(k+1, ",")
}

// carriesPeriod reports whether claim qi, of this indicator, without a
// period in its sentence takes the one the article is discussing: tariff
// rates, ranks, exchange rates, aid, company results, memberships, counts
// of things and other measures with a name are stated without one.
func (x *extractor) carriesPeriod(ind Indicator, qi int) bool {
	q := &x.qs[qi]
	switch ind {
	case IndCompanyResults, IndOther:
		// a figure of no economic kind is a standing fact ("Poland borders
		// seven countries", "more than 800 companies are operating"),
		// unless its sentence reports what happened in the article's
		// period ("Intel in the US (2,499)" after "It was tailed by", "The
		// Madrid system registered 61,200 filings")
		return x.outlooks[qi] == Actual && !(q.unit == UnitCount && q.value < 20) && x.pastReport(q)
	case IndTariffs, IndExchangeRate, IndAidLoans, IndMembership, IndTradeAgreements,
		IndShareOfWorldGDP, IndShareOfWorldTrade:
		// standing facts: "APEC represents around 62 percent of the world's GDP"
		return false
	case IndTradingPartnerRank:
		// a rank is a standing fact ("China is Latin America's
		// second-largest trading partner"), unless its sentence reports
		// the period's figures ("imports grew 13.7 percent to $30.97
		// billion, maintaining its position as the second-largest source")
		for j := range x.qs {
			if j != qi && !x.qs[j].skip && x.qs[j].unit != UnitOrdinal {
				return true
			}
		}
		return false
	}
	return !(q.unit == UnitQuantity && durationUnits[q.unitName])
}

// presentWords say a clause states how things stand now, not in the
// period the article discusses: "remittances now represent 2% of GDP",
// "10 million Mexicans live in the US, where there are 16 million", "the
// country has debts of 9 billion dlrs", "an ageing population, which
// has exceeded 200 million".
var presentWords = map[string]bool{
	"now": true, "currently": true, "is": true, "are": true, "represent": true, "represents": true,
	"live": true, "lives": true, "must": true, "there": true, "has": true, "have": true,
}

// presentClause reports whether the clause of claim q, in the 40 tokens before it, says
// how things stand now (the nearest verb of tense before the figure is
// one of presentWords, not "was", "were", "had"): a figure that takes no
// period from the article.
func (x *extractor) presentClause(q *quantity) bool {
	for k := q.a - 1; k >= int(x.clauseStart[q.a]) && k >= q.a-40; k-- {
		if x.toks[k].kind != tWord {
			continue
		}
		switch w := x.g.word(k); {
		case w == "was" || w == "were" || w == "had":
			return false // "if imports are excluded, the deficit was only 350 mln dlrs"
		case presentWords[w]:
			return true
		}
	}
	// no verb of tense before it: the first after it in its clause ("only
	// 36.2 percent of the rural population has access to modern toilets")
	cl := x.clauseOf[q.a]
	for k := q.b; k < len(x.toks) && k < q.b+8 && x.clauseOf[k] == cl; k++ {
		if x.inClaim[k] || x.toks[k].kind == tPunct && strings.ContainsAny(x.toks[k].text, ".,;:!?()") {
			return false // (the clause of the figure only, in its sentence)
		}
		switch w := x.g.word(k); {
		case w == "and" || w == "but" || w == "while" || w == "which" || w == "that":
			return false
		case w == "was" || w == "were" || w == "had":
			return false
		case w == "is" || w == "are" || w == "has" || w == "have":
			return true
		}
	}
	return false
}

// rankOrdinal reports whether ordinal q ranks by size: "second-largest",
// "the fourth biggest" (not "the first issue", "its second year").
func (x *extractor) rankOrdinal(q *quantity) bool {
	for k := q.a; k <= q.b && k < len(x.toks); k++ {
		switch w := x.g.word(k); {
		case strings.HasSuffix(w, "largest") || strings.HasSuffix(w, "biggest") || w == "highest" || w == "top":
			return true
		}
	}
	return false
}

// clauseYear returns the year written "in" claim q's clause after it,
// within a few words ("the second-largest number of PCT filings in
// 2018"), or 0.
func (x *extractor) clauseYear(q *quantity) int {
	cl := x.clauseOf[q.a]
	for k := q.b; k < len(x.toks) && k < q.b+8 && x.clauseOf[k] == cl; k++ {
		if x.toks[k].kind == tPunct {
			return 0
		}
		if isYearToken(&x.toks[k]) && x.g.word(k-1) == "in" && !x.g.isPunct(k+1, "/") && !x.g.gluedHyphen(k+1) {
			y, _ := strconv.Atoi(x.toks[k].text)
			return y
		}
	}
	return 0
}

// pastReport reports whether the nearest verb of tense before claim q
// in its sentence (at most 25 words back) is in the past: "was", "took",
// "registered", "ranked"; not a present one (presentWords), nor a figure
// with no verb before it.
func (x *extractor) pastReport(q *quantity) bool {
	for k := q.a - 1; k >= x.sentA && k >= q.a-25; k-- {
		t := &x.toks[k]
		if t.kind != tWord || isUpper(t.text) {
			continue
		}
		w := x.g.word(k)
		switch {
		case presentWords[w] || w == "will" || w == "would" || w == "may" || w == "could":
			return false
		case pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !x.g.gluedHyphen(k-1) && !notPastEd[w]:
			switch x.g.word(k - 1) {
			case "have", "has", "be", "been", "being", "to", "is", "are":
				// "would have repurchased", "will be lowered to 26 pct",
				// "is expected": not a report of the past
				continue
			}
			return true
		}
	}
	return false
}

// pastVerbs are common verbs of the past not ending in "-ed".
var pastVerbs = map[string]bool{
	"was": true, "were": true, "had": true, "took": true, "saw": true, "grew": true, "rose": true,
	"fell": true, "won": true, "drew": true, "made": true, "paid": true, "sold": true, "bought": true,
	"led": true, "gave": true, "got": true, "became": true, "came": true, "kept": true, "held": true,
	"spent": true, "hit": true, "set": true, "put": true, "stood": true, "sank": true, "shrank": true,
}

// notPastEd end in "-ed" without being verbs of the past.
var notPastEd = map[string]bool{"need": true, "indeed": true, "speed": true, "based": true, "seed": true, "hundred": true, "limited": true, "united": true}

// baseYearBefore returns the year a comparison in claim q's clause starts
// from after a change, a year right after "from" within a few words after the figure or
// just before it ("61,200 filings, a 6.4 percent rise from 2017",
// "increased 3.9 percent from 2017 to 253,000"), or 0.
func (x *extractor) baseYearBefore(q *quantity) int {
	cl := x.clauseOf[q.a]
	lo, _ := pmAt(x.sentPMs, q.a-8) // (only the periods near it: pms are in text order)
	for i := lo; i < len(x.sentPMs) && x.sentPMs[i].a <= q.b+8; i++ {
		m := &x.sentPMs[i]
		if (m.a < q.b || m.a > q.b+8) && (m.b > q.a || m.b < q.a-3) || x.clauseOf[m.a] != cl {
			continue
		}
		if !m.comp || m.e.kind != pxPart || m.e.part != pYear || m.e.ys != ysWritten || m.e.since {
			continue
		}
		k := m.a - 1
		if w := x.g.word(k); w == "its" || w == "their" || w == "the" {
			// "up 27% from its 2003 performance" (not "from the 1986
			// period", a part of a year)
			switch x.g.word(m.b) {
			case "period", "quarter", "half", "month", "months", "season", "week":
				continue
			}
			k--
		}
		if x.g.word(k) == "from" && x.changeBefore(k) {
			return m.e.y
		}
	}
	return 0
}

// changeBefore reports whether a change ("a 6.4 percent rise", "up 6,000",
// "increased 3.9 percent") ends within three words before token k: "from"
// then starts a comparison, not a time from which something runs
// ("callable from 1990", "savings of $2bn from 2008").
func (x *extractor) changeBefore(k int) bool {
	for j := k - 1; j >= k-3 && j >= 0; j-- {
		if x.g.gluedHyphen(j - 1) {
			continue // "pick-up trucks"
		}
		switch w := x.g.word(j); w {
		case "up", "down", "increased", "rose", "grew", "fell", "dropped", "declined", "jumped", "climbed", "gained":
			return true
		default:
			if changeNouns[w] != NoChange {
				return true
			}
		}
	}
	return false
}

// vagueTime reports whether the claim's clause says its time only vaguely
// ("in the coming year", "in recent years"): it has no period.
func (x *extractor) vagueTime(q *quantity) bool {
	cl := x.clauseOf[q.a]
	for _, c := range x.vagueClauses {
		if c == cl {
			return true
		}
	}
	return false
}

// sentencePeriod returns the period the sentence names for claim qi's
// figures: the nearest one before it in its clause, else before it in the
// sentence, else after it; not one that belongs to a base or starts a
// comparison.
func (x *extractor) sentencePeriod(qi int, r *pref, ind Indicator) Period {
	q := &x.qs[qi]
	cl := x.clauseOf[q.a]
	rr := *r
	rr.main = Period{}
	best, bestRank := Period{}, 99
	// the periods within 60 tokens of the claim (pms are in text order)
	lo, _ := pmAt(x.sentPMs, q.a-60)
	for i := lo; i < len(x.sentPMs) && x.sentPMs[i].a < q.b+60; i++ {
		m := &x.sentPMs[i]
		if m.comp || m.e.kind == pxNone || m.e.kind == pxMain || x.ownedByBase(i) {
			continue
		}
		if m.b <= q.a && x.inRelativeClause(m, q) {
			continue // "the states which joined the EU last year will see 4.6% growth"
		}
		day := m.e.kind == pxWeekday || m.e.kind == pxStep && m.e.gran == pDay
		if day && !(m.b <= q.a && x.clauseOf[m.a] == cl) && !dailyIndicator(ind) {
			continue // "made by economists yesterday": when something was said
		}
		rank := 0
		switch {
		case m.b <= q.a && x.clauseOf[m.a] == cl:
			rank = 0
		case x.clauseOf[m.a] == cl:
			rank = 1
		case m.e.kind == pxNext:
			continue // "over the next three years" times its own clause's figures only
		case m.b <= q.a:
			rank = 2
		default:
			rank = 3
		}
		// nearest first within a rank: later ones before the claim, earlier after it
		if rank < bestRank || rank == bestRank && (rank == 0 || rank == 2) {
			if p := x.resolvedPM(i, &rr); !p.IsZero() {
				best, bestRank = p, rank
				x.links[qi].ahead = m.e.kind == pxNext
				if i > 0 && p.kind == pYear {
					best = x.monthOfYear(&x.sentPMs[i-1], m, p)
				}
			}
		}
	}
	return best
}

// pmMemo holds what period i of the sentence resolves to without a main
// period (sentencePeriod), for a figure stated as fact (0) and for a
// forecast (1): the same for every claim of the sentence, as the
// article's date and period change only between sentences.
type pmMemo struct {
	p    [2]Period
	read [2]bool
}

// resolvedPM returns resolvePeriod(x.sentPMs[i].e, r) for sentencePeriod's r
// (no main period), resolving it once a sentence.
func (x *extractor) resolvedPM(i int, r *pref) Period {
	f, m := b2i(r.future), &x.pmMemos[i]
	if !m.read[f] {
		m.p[f], m.read[f] = resolvePeriod(x.sentPMs[i].e, r), true
	}
	return m.p[f]
}

// inRelativeClause reports whether period m, before claim q, is in a
// relative clause that closes before q: "which" or "who" a few words
// before m, then a comma or a modal ("will", "would") between m and q
// ("ZTE, which was the top applicant in 2016, saw a 29.8 percent drop").
func (x *extractor) inRelativeClause(m *pmention, q *quantity) bool {
	rel := false
	for k := m.a - 1; k >= m.a-6 && k >= 0; k-- {
		if x.g.isPunct(k, ",") || x.g.isPunct(k, ".") {
			break
		}
		if w := x.g.word(k); w == "which" || w == "who" {
			rel = true
			break
		}
	}
	if !rel {
		return false
	}
	for k := m.b; k < q.a; k++ {
		if x.g.isPunct(k, ",") || x.toks[k].cls&lxModal != 0 {
			return true
		}
	}
	return false
}

// monthOfYear returns the month that a month named without a year right
// before the year m names is of ("The February surplus last year"), or
// year p when there is none.
func (x *extractor) monthOfYear(month, m *pmention, p Period) Period {
	e := &month.e
	if e.kind != pxPart || e.part != pMonth || e.ys != ysUnknown || month.comp || m.a-month.b > 3 || x.clauseOf[month.a] != x.clauseOf[m.a] {
		return p
	}
	for k := month.b; k < m.a; k++ {
		if t := &x.toks[k]; t.kind != tWord || t.cls&(lxMetricHead|lxPeriodNoun) == 0 {
			return p // "in February, up from last year"
		}
	}
	return monthPeriod(p.y, e.n)
}

// dailyIndicator reports whether figures of ind are quoted for a day
// (markets, prices and rates).
func dailyIndicator(ind Indicator) bool {
	switch ind {
	case IndStockMarket, IndCommodityPrice, IndExchangeRate, IndInterestRate:
		return true
	}
	return false
}

// ownedByBase reports whether sentence period i is the own period of a
// base of a comparison ("from 3.89 billion a year ago").
func (x *extractor) ownedByBase(i int) bool { return x.baseOwned[i] }

// whenClause reports whether claim q's clause opens with "when" (or
// right after it): whenPeriod's first test, small enough to be inlined
// where most claims are turned away.
func (x *extractor) whenClause(q *quantity) bool {
	k := int(x.clauseStart[q.a])
	return x.g.word(k) == "when" || x.g.word(k-1) == "when"
}

// whenPeriod returns the year written right before the "when" that opens
// claim q's clause ("since 1974 when GNP contracted 1.4 pct"; "1974/75,
// when" is the fiscal year), or no period.
func (x *extractor) whenPeriod(q *quantity) Period {
	g := &x.g
	k := int(x.clauseStart[q.a])
	if g.word(k) != "when" {
		if g.word(k-1) != "when" {
			return Period{}
		}
		k--
	}
	k--
	if g.isPunct(k, ",") {
		k--
	}
	if k < 0 {
		return Period{}
	}
	pp := periodParser{g: g, sa: 0, sb: len(x.toks)}
	if y := pp.yearAt(k); y > 0 {
		if g.isPunct(k-1, "/") && k-2 >= 0 {
			if y1 := pp.yearAt(k - 2); y1 > 0 {
				return fiscalPeriod(y1, y1+1, true) // "1974/75"
			}
		}
		return yearPeriod(y)
	}
	if t := &x.toks[k]; t.kind == tNum && g.isPunct(k-1, "/") && t.glued() {
		if y1 := pp.yearAt(k - 2); y1 > 0 {
			if y2, short, ok := secondYear(y1, t); ok {
				return fiscalPeriod(y1, y2, short) // "1974/75"
			}
		}
	}
	return Period{}
}
