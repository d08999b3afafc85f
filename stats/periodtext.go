package stats

// The period grammar: the words that name a time ("in February 1986",
// "the first eleven months of 2004", "a year earlier", "fiscal 1986/87",
// "the same 1986 period") read into a pexpr, which resolvePeriod (in
// periodresolve.go) turns into a Period once the article's date and the
// sentence's other periods are known. The parser reads tokens only; it
// knows nothing of claims.

// pexpr is a period as the text names it.
type pexpr struct {
	kind pexprKind
	// pxPart: a part of a year (part, n, n2, d, d2) and where its year
	// comes from (ys, y)
	part   periodKind // pYear, pHalf, pQuarter, pMonth, pDay, pSpan (months n..n2, or days), pFiscal
	n, n2  int
	d, d2  int
	ys     yearSource
	y      int  // ysWritten: the year; ysNow, ysMain: an offset in years
	y2     int  // a second written year: a span of years, a fiscal year
	short  bool // a fiscal year's second year written with two digits
	one    bool // ... or with one ("2005-6")
	spanYr bool // part pSpan of whole years y..y2
	// pxStep, pxMain: the unit of the step and how many
	gran   periodKind
	off    int
	wd     int  // pxWeekday: 0 Sunday .. 6 Saturday
	same   bool // pxMain: "the same period" of the main period (y: a written year, else off years)
	prevOf bool // pxMain: the period before the main one at gran ("the previous year")
	// stock is an end-of-period level ("end-1986", "at the end of March")
	stock bool
	// since: the period runs from this one to the reference
	since bool
	// fiscalEnd: the month a fiscal year ends in ("ending June 30"), 0 if not written
	fiscalEnd int
	// fyMonths: part pSpan is the first n2 months of the fiscal year y/y2
	fyMonths bool
	// vague: pxNone for a time said only vaguely ("the coming year")
	vague bool
	// fyNow: vague for "this fiscal year", "the current fiscal year"
	fyNow bool
	// daySpan: part pSpan is days d..d2 of month n
	daySpan bool
}

type pexprKind uint8

const (
	pxNone        pexprKind = iota // not a period: "the coming year", "year-on-year"
	pxPart                         // a part of a year: "February 1986", "the fourth quarter", "this year"
	pxStep                         // a step from the reference date: "last month", "yesterday"
	pxWeekday                      // "on Friday"
	pxMain                         // relative to the main period: "a year earlier", "the previous quarter"
	pxAnaphor                      // "the quarter", "the year", "the period": the one being discussed
	pxYTD                          // "so far this year", "year-to-date"
	pxFiscalEnded                  // "the fiscal year ended March 31" (n: the month; 0: ending now)
	pxMonthsTo                     // "the year to March", "the 12 months to June" (n: the month, off: months)
	pxNext                         // "the next five years", "the next 18 months" (gran, n: how many)
)

// yearSource says where a pxPart's year comes from.
type yearSource uint8

const (
	ysUnknown yearSource = iota // not written: the nearest one to the reference date
	ysWritten                   // written in the text
	ysNow                       // this year (y = 0), last year (-1), next year (+1)
	ysContext                   // "of the year": the year being discussed
	ysMain                      // "of the previous year": the main period's year plus y
)

// periodExtra lists the words (besides the months, weekdays and
// figures) at which the period grammar may start, or which it reads: the
// lxPeriod word class.
var periodExtra = map[string]bool{
	"q1": true, "q2": true, "q3": true, "q4": true, "h1": true, "h2": true,
	"first": true, "second": true, "third": true, "fourth": true, "final": true,
	"year": true, "so": true, "same": true, "last": true, "this": true, "next": true,
	"quarter": true, "month": true, "half": true, "period": true, "previous": true,
	"prior": true, "preceding": true, "end": true, "mid": true, "fiscal": true, "fy": true, "financial": true,
	"since": true, "between": true, "yesterday": true, "today": true, "later": true,
	"earlier": true, "week": true, "weeks": true, "months": true, "qtr": true, "early": true, "late": true,
	"year-end": true, "coming": true, "recent": true, "full": true, "whole": true, "all": true,
	"years": true, "calendar": true, "current": true,
}

// periodParser reads periods in the tokens of one sentence [sa, sb).
type periodParser struct {
	g      *grammar
	sa, sb int
}

// in reports whether token k is in the sentence: sa <= k < sb in one
// unsigned compare (one branch, not two).
func (pp *periodParser) in(k int) bool { return uint(k-pp.sa) < uint(pp.sb-pp.sa) }

func (pp *periodParser) word(k int) string {
	if !pp.in(k) {
		return ""
	}
	return pp.g.word(k)
}

func (pp *periodParser) tok(k int) *token {
	if !pp.in(k) {
		return nil
	}
	return &pp.g.toks[k]
}

func (pp *periodParser) punct(k int, p string) bool {
	return pp.in(k) && pp.g.isPunct(k, p)
}

// hyphenAt reports whether token k is a hyphen glued on both sides.
func (pp *periodParser) hyphenAt(k int) bool {
	return k >= pp.sa && k+1 < pp.sb && pp.g.gluedHyphen(k)
}

// yearAt returns the year written at token k ("1986", not "1,986"), or 0.
func (pp *periodParser) yearAt(k int) int {
	t := pp.tok(k)
	if t == nil || !isYearToken(t) {
		return 0
	}
	// "1986-type", "2000s": not a year
	if n := pp.tok(k + 1); n != nil && n.glued() && n.kind == tWord && n.text != "s" {
		return 0
	}
	if n := pp.tok(k + 1); n != nil && n.glued() && n.kind == tWord && n.text == "s" && !pp.punct(k+1, "'") {
		return 0
	}
	return int(t.num)
}

// monthPrep reports whether word k is a preposition a month follows: "in
// august".
func (pp *periodParser) monthPrep(k int) bool {
	switch pp.word(k) {
	case "in", "of", "since", "until", "through", "during", "from", "to", "for", "last", "next", "this", "early", "late", "mid", "end", "by", "before", "after":
		return true
	}
	return false
}

// monthAt returns the month named at word k (1-12) or 0. A month must be
// capitalised; "May" and "March" (also a verb), and the abbreviations,
// must look like a date: after a preposition or before a day or year.
func (pp *periodParser) monthAt(k int) int {
	t := pp.tok(k)
	if t == nil || t.kind != tWord || t.cls&lxMonth == 0 {
		return 0
	}
	w := pp.g.lw(k)
	mo := months[w]
	if mo == 0 {
		return 0
	}
	if !isUpper(t.text) && (len(w) <= 4 && w != "june" && w != "july" || w == "march" || w == "august" && !pp.monthPrep(k-1)) {
		// "in february", "the december figure": a month name written in
		// lower case is still the month; "may", "march", "aug", "an
		// august body" are other words
		return 0
	}
	short := len(w) <= 4 && w != "june" && w != "july"
	if w == "may" || w == "march" || short {
		n := pp.tok(k + 1)
		next := n != nil && (n.kind == tNum && !n.glued() || short && pp.punct(k+1, ".") || pp.punct(k+1, "-") || pp.punct(k+1, "/") || n.kind == tWord && (n.text == "'s" || n.text == "’s"))
		prev := false
		switch pp.word(k - 1) {
		case "in", "of", "since", "until", "through", "during", "from", "to", "and", "for", "last", "next", "this", "early", "late", "mid", "end", "between", "by", "before", "after", "on", "ended", "ending", "or":
			prev = true
		}
		if pp.hyphenAt(k-1) || (pp.punct(k-1, "/") || pp.punct(k-1, "-")) && pp.tok(k).glued() || pp.dayAt(k-1) > 0 {
			prev = true
		}
		if !short && n != nil && n.kind == tWord && !n.glued() && (n.cls&lxMetricHead != 0 || pp.word(k-1) == "the" && n.text == "current") {
			next = true // "March imports totalled", "the March current account surplus"
		}
		if n != nil && n.kind == tWord && pp.word(k-1) == "the" {
			switch pp.word(k + 1) {
			case "figure", "figures", "total", "level", "reading", "data":
				next = true // "the March figure was revised"
			}
		}
		if !next && !prev {
			return 0
		}
		if w == "may" && k == pp.sa && !next {
			return 0
		}
	}
	return mo
}

// dayAt returns the day of month written at token k (1-31), or 0.
func (pp *periodParser) dayAt(k int) int {
	t := pp.tok(k)
	if t == nil || t.kind != tNum || t.decimals != 0 || t.commas || t.num < 1 || t.num > 31 {
		return 0
	}
	// "20th": a glued ordinal suffix is allowed
	return int(t.num)
}

// ordinalAt returns 1-4 for "first".."fourth", "1st".."4th" at k (and the
// token after it), 4 for "final", else 0.
func (pp *periodParser) ordinalAt(k int) (n, end int) {
	t := pp.tok(k)
	if t == nil {
		return 0, k
	}
	if t.kind == tNum && t.decimals == 0 && t.num >= 1 && t.num <= 4 {
		switch pp.word(k + 1) {
		case "st", "nd", "rd", "th":
			if pp.tok(k + 1).glued() {
				return int(t.num), k + 2
			}
		}
		return 0, k
	}
	switch pp.word(k) {
	case "first":
		return 1, k + 1
	case "second":
		return 2, k + 1
	case "third":
		return 3, k + 1
	case "fourth", "final":
		return 4, k + 1
	}
	return 0, k
}

// countAt reads a small count written at k ("eleven", "11"): 1-12, or 0.
func (pp *periodParser) countAt(k int) int {
	t := pp.tok(k)
	if t == nil {
		return 0
	}
	if t.kind == tNum {
		if t.decimals == 0 && t.num >= 1 && t.num <= 12 && !t.commas {
			return int(t.num)
		}
		return 0
	}
	if v, ok := cardinalWords[pp.word(k)]; ok && v >= 1 && v <= 12 {
		return int(v)
	}
	return 0
}

// parse reads a period whose main word is at token k. It returns the
// expression and the token range [a, b) it covers (a may be before k:
// "the same period", "a year earlier"); b == 0 when there is none.
func (pp *periodParser) parse(k int) (e pexpr, a, b int) {
	t := pp.tok(k)
	if t == nil {
		return pexpr{}, 0, 0
	}
	if t.kind == tNum {
		return pp.parseNumber(k)
	}
	if t.kind != tWord {
		return pexpr{}, 0, 0
	}
	if mo := pp.monthAt(k); mo > 0 {
		return pp.parseMonth(k, mo)
	}
	w := pp.g.lw(k)
	if t.cls&lxWeekday != 0 && isUpper(t.text) {
		if wd, ok := weekdayNumbers[w]; ok {
			a := k
			if p := pp.word(k - 1); p == "on" || p == "last" || p == "since" || p == "by" {
				a = k - 1
			} else if n := pp.word(k + 1); n != "'s" && n != "’s" {
				return pexpr{}, 0, 0
			}
			return pexpr{kind: pxWeekday, wd: wd}, a, k + 1
		}
	}
	switch w {
	case "q1", "q2", "q3", "q4", "h1", "h2":
		part := pQuarter
		if w[0] == 'h' {
			part = pHalf
		}
		e = pexpr{kind: pxPart, part: part, n: int(w[1] - '0')}
		return pp.yearAfter(e, k, k+1)
	case "first", "second", "third", "fourth", "final", "last":
		return pp.parseOrdinal(k)
	case "this", "next":
		return pp.parseDeictic(k)
	case "later", "earlier":
		// "later this month", "earlier this year"
		if pp.word(k+1) == "this" {
			e, _, b := pp.parseDeictic(k + 1)
			if b > 0 {
				return e, k, b
			}
		}
		return pexpr{}, 0, 0
	case "year", "month", "quarter", "half", "period", "week", "weeks", "years":
		return pp.parseUnitWord(k)
	case "months":
		// "the three months ended December", "the six months to June":
		// the months up to that one
		if n := pp.countAt(k - 1); n >= 2 && n <= 12 {
			if e := pp.word(k + 1); e == "ended" || e == "ending" || e == "to" || e == "through" {
				if mo := pp.monthAt(k + 2); mo > 0 {
					e, b := pexpr{kind: pxMonthsTo, n: mo, off: n}, k+3
					if y := pp.yearAt(b); y > 0 {
						e.y, b = y, b+1
					}
					return e, k - 1, b
				}
			}
		}
		return pexpr{}, 0, 0
	case "same":
		return pp.parseSame(k)
	case "previous", "prior", "preceding":
		return pp.parsePrevious(k)
	case "end", "mid", "early", "late", "year-end":
		return pp.parseEdge(k)
	case "fiscal", "fy":
		return pp.parseFiscal(k)
	case "financial":
		if pp.word(k+1) == "year" { // "the financial year ending tomorrow"
			return pp.parseFiscal(k)
		}
		return pexpr{}, 0, 0
	case "since":
		return pp.parseSince(k)
	case "between":
		return pp.parseBetween(k)
	case "yesterday":
		return pexpr{kind: pxStep, gran: pDay, off: -1}, k, k + 1
	case "today":
		return pexpr{kind: pxStep, gran: pDay}, k, k + 1
	case "current":
		if w := pp.word(k + 1); (w == "fiscal" || w == "financial") && pp.word(k+2) == "year" && !pp.fiscalNamed(k+3) {
			// "the current fiscal year": as "this fiscal year"
			return pexpr{kind: pxNone, vague: true, fyNow: true}, k, k + 3
		}
		// "the current Fed funds rate": this month's
		switch pp.word(k + 1) {
		case "rate", "rates", "level", "levels", "price", "prices", "yield", "target", "range":
			return pexpr{kind: pxStep, gran: pMonth}, k, k + 1
		}
		for j := k + 2; j <= k+3; j++ {
			if w := pp.word(j); (w == "rate" || w == "rates") && pp.word(k+1) != "account" {
				return pexpr{kind: pxStep, gran: pMonth}, k, k + 1 // "the current Fed funds rate"
			}
		}
	case "so":
		// "so far this year"
		if pp.word(k+1) == "far" && pp.word(k+2) == "this" && pp.word(k+3) == "year" {
			return pexpr{kind: pxYTD}, k, k + 4
		}
	case "coming", "recent":
		// "the coming year", "in recent years": no period
		if n := pp.word(k + 1); n == "year" || n == "years" || n == "months" || n == "decade" || n == "decades" {
			return pexpr{kind: pxNone, vague: true}, k, k + 2
		}
	case "full", "whole", "all", "calendar":
		// "the full year 1986", "the whole of 1986", "all of last year"
		j := k + 1
		if pp.word(j) == "year" || pp.word(j) == "of" {
			j++
		}
		if pp.word(j) == "the" && pp.word(j+1) == "year" {
			return pexpr{kind: pxAnaphor, gran: pYear}, k, j + 2
		}
		if e, _, b := pp.parseAt(j); b > 0 && e.kind == pxPart && e.part == pYear {
			return e, k, b
		}
		if pp.word(k+1) == "year" && w != "all" {
			return pexpr{kind: pxAnaphor, gran: pYear}, k, k + 2
		}
	}
	if fy, ok := fyWord(t.text); ok {
		// "FY2017", "FY1986/87"
		e := pexpr{kind: pxPart, part: pFiscal, ys: ysWritten, y: fy}
		if pp.punct(k+1, "/") && pp.tok(k+2) != nil && pp.tok(k+2).kind == tNum && pp.tok(k+2).glued() {
			if y2, short, ok := secondYear(fy, pp.tok(k+2)); ok {
				e.y2, e.short = y2, short
				return e, k, k + 3
			}
		}
		return e, k, k + 1
	}
	return pexpr{}, 0, 0
}

// parseAt is parse for an expression that starts at k (nothing before it).
func (pp *periodParser) parseAt(k int) (pexpr, int, int) {
	e, a, b := pp.parse(k)
	if b > 0 && a < k {
		return pexpr{}, 0, 0
	}
	return e, a, b
}

var weekdayNumbers = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// yearAfter completes the year-less part e (covering [a, b)) with a year
// written after it: "February 1986", "the fourth quarter of 1986", "the
// first half of this year", "Q4 1986", "March 20, 1987".
func (pp *periodParser) yearAfter(e pexpr, a, b int) (pexpr, int, int) {
	j := b
	if pp.punct(j, ",") || pp.punct(j, "/") && pp.tok(j).glued() {
		j++
	}
	if y := pp.yearAt(j); y > 0 {
		e.ys, e.y = ysWritten, y
		end := j + 1
		if pp.punct(end, "'") && pp.word(end+1) == "s" {
			end += 2
		}
		return e, a, end
	}
	if pp.word(b) == "of" || pp.word(b) == "in" && e.part != pMonth && e.part != pDay {
		if y := pp.yearAt(b + 1); y > 0 {
			e.ys, e.y = ysWritten, y
			return e, a, b + 2
		}
		if pp.word(b) == "of" {
			// "of this year", "of last year", "of the year", "of the
			// previous year", "of fiscal 1987"
			switch pp.word(b+1) + " " + pp.word(b+2) {
			case "this year", "the current", "this calendar":
				e.ys, e.y = ysNow, 0
				return e, a, b + 3
			case "last year":
				e.ys, e.y = ysNow, -1
				return e, a, b + 3
			case "next year":
				e.ys, e.y = ysNow, 1
				return e, a, b + 3
			case "the year":
				e.ys = ysContext
				return e, a, b + 3
			case "the previous", "the prior", "the preceding":
				if pp.word(b+3) == "year" {
					e.ys, e.y = ysMain, -1
					return e, a, b + 4
				}
			}
		}
	}
	// "the fourth quarter last year", "the first quarter this year"
	if e.part == pQuarter || e.part == pHalf || e.part == pMonth {
		switch pp.word(b) + " " + pp.word(b+1) {
		case "this year":
			e.ys, e.y = ysNow, 0
			return e, a, b + 2
		case "last year":
			e.ys, e.y = ysNow, -1
			return e, a, b + 2
		case "next year":
			e.ys, e.y = ysNow, 1
			return e, a, b + 2
		}
	}
	return e, a, b
}

// parseMonth reads a period that starts with the month mo at k: "February",
// "February 1986", "March 20, 1987", "January-March", "January/March
// quarter", "January and February 1987", "October to December fourth
// quarter", "July 30-31".
func (pp *periodParser) parseMonth(k, mo int) (pexpr, int, int) {
	j := k + 1
	if pp.punct(j, ".") && len(pp.g.lw(k)) <= 4 {
		j++ // "Oct."
	}
	// a range of months
	sep := j
	if pp.punct(sep, "-") || pp.punct(sep, "/") || pp.punct(sep, "–") || pp.word(sep) == "to" || pp.word(sep) == "and" || pp.word(sep) == "through" {
		m2k := sep + 1
		for pp.word(m2k) == "to" || pp.punct(m2k, "-") {
			m2k++ // "January-to-March"
		}
		if mo2 := pp.monthAt(m2k); mo2 > 0 && (mo2 > mo || pp.word(sep) != "and" && mo2 < mo) {
			e := pexpr{kind: pxPart, part: pSpan, n: mo, n2: mo2}
			end := m2k + 1
			if pp.punct(end, ".") && len(pp.g.lw(m2k)) <= 4 {
				end++
			}
			// "the January-to-March quarter", "October to December fourth quarter"
			if w := pp.word(end); w == "quarter" || w == "qtr" || w == "period" {
				end++
			} else if n, oe := pp.ordinalAt(end); n > 0 {
				if part, qe := pp.quarterWord(oe, n); part == pQuarter && 3*n == mo2 {
					end = qe
				}
			}
			e, a, b := pp.yearAfter(e, k, end)
			return e, a, b
		}
	}
	// a day: "March 20", "March 20, 1987", "July 30-31"
	if d := pp.dayAt(j); d > 0 && !pp.tok(j).glued() {
		e := pexpr{kind: pxPart, part: pDay, n: mo, d: d}
		end := j + 1
		if w := pp.word(end); (w == "st" || w == "nd" || w == "rd" || w == "th") && pp.tok(end).glued() {
			end++
		}
		if pp.hyphenAt(end) || pp.punct(end, "-") && pp.tok(end).glued() {
			if d2 := pp.dayAt(end + 1); d2 > d {
				e.part, e.d = pMonth, 0 // a span of days within the month: the month
				end += 2
			}
		}
		// a figure after the day that is not a year is a figure, not a date: "March 20 pct"
		if w := pp.word(end); w == "pct" || w == "percent" || w == "per" || w == "mln" || w == "billion" || w == "million" {
			return pexpr{kind: pxPart, part: pMonth, n: mo}, k, k + 1
		}
		return pp.yearAfter(e, k, end)
	}
	e := pexpr{kind: pxPart, part: pMonth, n: mo}
	end := j
	if w := pp.word(end); w == "'s" || w == "’s" {
		end++
	}
	return pp.yearAfter(e, k, end)
}

// parseOrdinal reads a period at "first", "second", "third", "fourth",
// "final" or "last": a quarter or half ("the fourth quarter of 1986",
// "first-half"), "the first eleven months of 2004", "last year", "last
// month", "last quarter".
func (pp *periodParser) parseOrdinal(k int) (pexpr, int, int) {
	w := pp.word(k)
	if w == "last" {
		// "the last quarter of 2004" is the fourth; "last quarter" the one before
		if pp.word(k+1) == "quarter" && pp.word(k+2) == "of" {
			return pp.yearAfter(pexpr{kind: pxPart, part: pQuarter, n: 4}, k, k+2)
		}
		return pp.parseDeictic(k)
	}
	if n, e := pp.ordinalAt(k); n > 0 {
		if part, pe := pp.quarterWord(e, n); part != pNone {
			return pp.yearAfter(pexpr{kind: pxPart, part: part, n: n}, k, pe)
		}
	}
	if w != "first" {
		return pexpr{}, 0, 0
	}
	// "the first 20 days of February", "the first three weeks of March"
	if t := pp.tok(k + 1); t != nil && t.kind == tNum && t.decimals == 0 && t.num >= 1 && t.num <= 31 && (pp.word(k+2) == "days" || pp.word(k+2) == "weeks") && pp.word(k+3) == "of" {
		if mo := pp.monthAt(k + 4); mo > 0 {
			days := int(t.num)
			if pp.word(k+2) == "weeks" {
				days *= 7
			}
			e := pexpr{kind: pxPart, part: pSpan, n: mo, n2: mo, d: 1, d2: days, daySpan: true}
			if days >= 28 {
				e = pexpr{kind: pxPart, part: pMonth, n: mo}
			}
			return pp.yearAfter(e, k, k+5)
		}
	}
	// "the first eleven months of 2004", "the first two months"
	if n := pp.countAt(k + 1); n >= 2 && n <= 12 && pp.word(k+2) == "months" {
		e := pexpr{kind: pxPart, part: pSpan, n: 1, n2: n}
		if n == 12 {
			e = pexpr{kind: pxPart, part: pYear}
		}
		b := k + 3
		if pp.word(b) == "of" && (pp.word(b+1) == "fiscal" || pp.punct(b+2, "/")) {
			// "the first eight months of fiscal 1986/87 ending June 30",
			// "the first 11 months of 1986/87"
			f, fb := pexpr{}, 0
			if pp.word(b+1) == "fiscal" {
				f, _, fb = pp.parseFiscal(b + 1)
			} else {
				f, _, fb = pp.parseNumber(b + 1)
			}
			if fb > 0 && f.part == pFiscal {
				f.n2, f.fyMonths = n, true // months into the fiscal year
				f.part = pSpan
				return f, k, fb
			}
		}
		e, a, b := pp.yearAfter(e, k, b)
		if e.ys == ysUnknown {
			e.ys = ysNow // the first months of the current year
		}
		return e, a, b
	}
	return pexpr{}, 0, 0
}
