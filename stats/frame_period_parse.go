package stats

import "slices"

// Reading the periods each sentence names (parsePeriods, with the grammar of
// periodtext.go), and what a period there dates other than figures.

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
