package stats

import "slices"

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

// parsePeriods reads the periods of every sentence into x.pms (sentence
// si's are x.pms[x.pmEnd[si-1]:x.pmEnd[si]]).
func (x *extractor) parsePeriods() {
	x.pms, x.pmEnd = x.pms[:0], x.pmEnd[:0]
	fiscalEnd, fyMonths := 0, false // the month the article's fiscal years end in
	for si, s := range x.sents {
		from := int32(0)
		if si > 0 {
			from = x.periodEnd[si-1]
		}
		pp := periodParser{g: &x.g, sa: s.a, sb: s.b}
		next := s.a
		for _, c := range x.periodToks[from:x.periodEnd[si]] {
			k := int(c)
			if k < next {
				continue
			}
			if t := &x.toks[k]; t.kind == tNum && !isYearToken(t) && (t.decimals != 0 || t.commas || t.num < 1 || t.num > 31 || !x.dayOrOrdinalNext(k, s)) {
				continue // neither a year nor a day or an ordinal: no period starts here (parseNumber)
			}
			e, a, b := pp.parse(k)
			if b == 0 {
				continue
			}
			if a < next {
				a = next
			}
			next = b
			if x.maturity(a, b) {
				continue // "8.50 pct June 1997 tap stock": when a security matures, not a period of figures
			}
			if (e.kind == pxPart && (e.part == pMonth || e.part == pDay) || e.kind == pxWeekday) && x.forecastDate(a) {
				continue // "import growth, forecast in December at 4.5 pct": when a forecast was made
			}
			m := pmention{a: a, b: b, e: e}
			if x.datesEvent(&m) {
				continue // "the 2008-09 financial crisis": when an event was, not a period of figures
			}
			m.comp = x.comparativeAt(a, s, &e)
			m.future = x.forecastBeforeTok(a, s)
			m.stock = e.stock || e.kind == pxWeekday || e.kind == pxPart && e.part == pDay || e.since
			x.pms = append(x.pms, m)
			if fiscalEnd == 0 && e.kind == pxPart && (e.part == pFiscal || e.fyMonths) {
				fiscalEnd = e.fiscalEnd
			}
			fyMonths = fyMonths || e.fyMonths && e.fiscalEnd == 0
		}
		x.pmEnd = append(x.pmEnd, int32(len(x.pms)))
	}
	if fiscalEnd != 0 && fyMonths {
		// "the first 11 months of 1986/87" in an article about "fiscal
		// 1986/87 ending June 30": the months of that fiscal year
		for i := range x.pms {
			if e := &x.pms[i].e; e.fyMonths && e.fiscalEnd == 0 {
				e.fiscalEnd = fiscalEnd
			}
		}
	}
}

// dayOrOrdinalNext reports whether the token after a figure that is no
// year may make it a day or an ordinal (parseNumber): a month's name
// ("22 March") or an ordinal's suffix ("4th qtr", "22nd March").
func (x *extractor) dayOrOrdinalNext(k int, s sentence) bool {
	if k+1 >= s.b {
		return false
	}
	if t := &x.toks[k+1]; t.kind != tWord || t.cls&lxMonth != 0 {
		return t.kind == tWord
	}
	switch x.g.word(k + 1) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// forecastDate reports whether the period at token a (a month or a day)
// dates a forecast rather than a figure: right after "forecast in", "predicted in",
// "projected in", "estimated in" ("growth, forecast in December at 4.5
// pct, is now seen at 3.8 pct in 1987").
func (x *extractor) forecastDate(a int) bool {
	if x.g.word(a-1) != "in" {
		return false
	}
	switch x.g.word(a - 2) {
	case "forecast", "predicted", "projected", "estimated":
		return !x.g.isPunct(a-3, "(") && x.g.word(a-3) != "is" && x.g.word(a-3) != "are" && x.g.word(a-3) != "be"
	}
	return false
}

// comparativeAt reports whether the period e starting at token a is the
// other term of a comparison or a point of reference rather than the
// period of figures: "from a year earlier", "than the same period in
// 2003", "compared with the year-earlier quarter", "up on a year ago",
// "before the June jobs report", "since records began in 1947".
func (x *extractor) comparativeAt(a int, s sentence, e *pexpr) bool {
	g := &x.g
	k := a - 1
	for k >= s.a && (g.word(k) == "the" || g.word(k) == "a" || g.word(k) == "its" || g.word(k) == "their") {
		k--
	}
	if w := g.word(k); (w == "in" || w == "for" || w == "during") && k > s.a && g.word(k-1) == "than" {
		k-- // "7.6 pct higher than in March last year"
	}
	switch g.word(k) {
	case "from", "than", "against", "versus", "vs", "before", "until", "till":
		return true
	case "over", "on":
		return e.kind == pxMain // "up 5% on a year earlier", "over the same period"
	case "with", "to":
		if k > s.a && (g.word(k-1) == "compared" || g.word(k-1) == "comparison" || g.word(k-1) == "relative" || g.word(k-1) == "prior") {
			return true
		}
	}
	if !e.since {
		for j := a - 1; j >= s.a && j >= a-3; j-- {
			if g.word(j) == "since" {
				return true // "since records began in 1947"
			}
		}
	}
	return false
}

// forecastBeforeTok reports whether a forecast word comes before token k
// in its clause ("is expected to grow 5% in 2005").
func (x *extractor) forecastBeforeTok(k int, s sentence) bool {
	// the tokens of k's clause before it are those from its start (a
	// clause is a run of tokens): no clause test per token
	lo := max(s.a, k-12, int(x.clauseStart[k]))
	for j := k - 1; j >= lo; j-- {
		if x.toks[j].cls&(lxForecast|lxModal) == 0 {
			continue // neither a forecast word nor "will", "would"
		}
		if w := x.g.word(j); x.g.is(j, lxForecast) && !x.notForecastCue(j) || w == "will" || w == "would" {
			return true
		}
	}
	return false
}

// datedEvents are events a year or span before them dates: "the 2008-09
// financial crisis".
var datedEvents = map[string]bool{
	"crisis": true, "crash": true, "war": true, "olympics": true, "games": true, "election": true,
	"elections": true, "summit": true, "recession": true, "bubble": true, "tsunami": true, "earthquake": true,
}

// datesEvent reports whether period m names when an event happened: "the
// 2008-09 financial crisis", "the 1991 Gulf war".
func (x *extractor) datesEvent(m *pmention) bool {
	for k := m.b; k < m.b+3 && k < len(x.toks); k++ {
		if x.toks[k].cls&lxDating != 0 && datedEvents[x.g.word(k)] {
			return true
		}
		if x.toks[k].kind != tWord {
			break
		}
	}
	return false
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
		return false // the sentence has none of the words
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
	return false
}

// carriesPeriod reports whether claim qi, of this indicator, without a
// period in its sentence takes the one the article is discussing: tariff
// rates, ranks, exchange rates, aid, company results, memberships, counts
// of things and other measures with a name are stated without one.
func (x *extractor) carriesPeriod(ind Indicator, qi int) bool {
	q := &x.qs[qi]
	switch ind {
	case IndTariffs, IndExchangeRate, IndAidLoans, IndMembership, IndTradeAgreements, IndCompanyResults, IndOther,
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
	return false
}

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

// securityNouns name securities, whose dates are their maturities.
var securityNouns = map[string]bool{
	"stock": true, "tap": true, "bond": true, "bonds": true, "notes": true, "note": true,
	"gilt": true, "gilts": true, "bill": true, "bills": true, "paper": true, "loan": true,
	"debentures": true, "treasuries": true, "maturity": true, "maturities": true, "issue": true,
}

// maturity reports whether the period written at tokens [a, b) dates a
// security: followed by its noun ("the 8.50 pct June 1997 tap stock", "the
// 2015 bonds"), after "maturing"/"due" ("notes due 1992") or after its
// noun and "of" ("Treasury bonds of 2016").
func (x *extractor) maturity(a, b int) bool {
	if x.g.is(b, lxDating) && securityNouns[x.g.word(b)] {
		return true
	}
	if !x.g.is(a-1, lxDating) && !x.g.is(a-2, lxDating) {
		return false // no maturity word
	}
	if slices.Contains(maturityWords, x.g.word(a-1)) {
		return true
	}
	if x.g.word(a-1) == "of" && securityNouns[x.g.word(a-2)] {
		return true // "the 9-1/4 pct Treasury bonds of 2016"
	}
	return x.g.word(a-1) == "in" && slices.Contains(maturityWords, x.g.word(a-2))
}

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
