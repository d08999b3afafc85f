package stats

// parseDeictic reads "this year", "last month", "next year", "this
// calendar year", "last quarter", "last Friday" at k ("this", "last" or
// "next").
func (pp *periodParser) parseDeictic(k int) (pexpr, int, int) {
	off := 0
	switch pp.word(k) {
	case "last":
		off = -1
	case "next":
		off = 1
	}
	j := k + 1
	if pp.word(j) == "calendar" {
		j++
	}
	if off == 1 && pp.word(k-1) == "the" {
		// "over the next five years", "in the next 18 months": from now on
		if n := pp.spanCountAt(j); n > 1 {
			switch pp.word(j + 1) {
			case "years":
				return pexpr{kind: pxNext, gran: pYear, n: n}, k - 1, j + 2
			case "months":
				return pexpr{kind: pxNext, gran: pMonth, n: n}, k - 1, j + 2
			}
		}
	}
	switch pp.word(j) {
	case "year":
		if pp.word(j+1) == "'s" || pp.word(j+1) == "’s" {
			j++
		}
		// "this year so far"
		if off == 0 && pp.word(j+1) == "so" && pp.word(j+2) == "far" {
			return pexpr{kind: pxYTD}, k, j + 3
		}
		// "this year and next": both years, a span (y2: the years after
		// the date)
		if off == 0 && pp.word(j+1) == "and" && pp.word(j+2) == "next" {
			b := j + 3
			if pp.word(b) == "year" {
				b++
			}
			return pexpr{kind: pxPart, part: pSpan, spanYr: true, ys: ysNow, y: 0, y2: 1}, k, b
		}
		return pexpr{kind: pxPart, part: pYear, ys: ysNow, y: off}, k, j + 1
	case "month":
		return pexpr{kind: pxStep, gran: pMonth, off: off}, k, j + 1
	case "quarter":
		return pexpr{kind: pxStep, gran: pQuarter, off: off}, k, j + 1
	case "fiscal", "financial":
		if pp.word(j+1) == "year" {
			// "this fiscal year": a fiscal year the text writes no years
			// for; its figures take no other period (but "this fiscal
			// year ending March 31" is read from "fiscal")
			if pp.fiscalNamed(j + 2) {
				return pexpr{}, 0, 0
			}
			return pexpr{kind: pxNone, vague: true, fyNow: off == 0}, k, j + 2
		}
	}
	if t := pp.tok(j); t != nil && t.kind == tWord && t.cls&lxWeekday != 0 && isUpper(t.text) && off <= 0 {
		if wd, ok := weekdayNumbers[pp.g.lw(j)]; ok {
			return pexpr{kind: pxWeekday, wd: wd}, k, j + 1
		}
	}
	if mo := pp.monthAt(j); mo > 0 && off != 0 {
		// "last March": the most recent March before the date
		return pexpr{kind: pxPart, part: pMonth, n: mo}, k, j + 1
	}
	return pexpr{}, 0, 0
}

// spanCountAt reads the count of years or months of a span written at k
// ("five", "18"): 1-60, or 0.
func (pp *periodParser) spanCountAt(k int) int {
	if n := pp.countAt(k); n > 0 {
		return n
	}
	if t := pp.tok(k); t != nil && t.kind == tNum && t.decimals == 0 && !t.commas && t.num >= 1 && t.num <= 60 {
		return int(t.num)
	}
	return 0
}

// parseUnitWord reads a period at "year", "month", "quarter", "half",
// "period" or "week": "a year earlier", "year-earlier", "year-ago",
// "year-to-date", "year-on-year" (no period), "the year", "the quarter",
// "the week ended March 18", "year-end".
func (pp *periodParser) parseUnitWord(k int) (pexpr, int, int) {
	w := pp.word(k)
	var gran periodKind // (a switch: a map literal here was built on every call)
	switch w {
	case "year":
		gran = pYear
	case "month":
		gran = pMonth
	case "quarter":
		gran = pQuarter
	case "half":
		gran = pHalf
	case "period":
		gran = pNone
	}
	// "year-on-year", "month-on-month", "quarter-on-quarter": a basis
	if pp.hyphenAt(k+1) && pp.word(k+2) == "on" || pp.word(k+1) == "on" && pp.word(k+2) == w {
		end := k + 3
		if pp.hyphenAt(end) {
			end += 2
		} else if pp.word(end) == w {
			end++
		}
		return pexpr{kind: pxNone}, k, end
	}
	if w == "years" {
		// "in years", "for years": no period
		return pexpr{kind: pxNone, vague: true}, k, k + 1
	}
	if w == "week" || w == "weeks" {
		// "the week ended March 18", "four weeks ended March 20": the day the week ends
		if e := pp.word(k + 1); e == "ended" || e == "ending" || e == "to" {
			if mo := pp.monthAt(k + 2); mo > 0 {
				if d := pp.dayAt(k + 3); d > 0 {
					e, _, b := pp.yearAfter(pexpr{kind: pxPart, part: pDay, n: mo, d: d}, k+2, k+4)
					return e, k, b
				}
			}
		}
		return pexpr{}, 0, 0
	}
	if w == "year" && pp.hyphenAt(k+1) {
		switch pp.word(k + 2) {
		case "earlier", "ago":
			// "the year-earlier quarter", "a year-ago 4.2 pct rise"
			b := k + 3
			if n := pp.word(b); n == "period" || n == "quarter" || n == "month" || n == "level" || n == "figure" || n == "half" {
				b++
			}
			return pexpr{kind: pxMain, gran: pYear, off: -1}, k, b
		case "to":
			if pp.hyphenAt(k+3) && pp.word(k+4) == "date" {
				return pexpr{kind: pxYTD}, k, k + 5
			}
		case "end":
			return pp.parseEdge(k)
		}
	}
	if w == "year" && pp.word(k-1) != "fiscal" {
		// "the year to March", "the year ended January", "the year ended
		// March 31, 1987"
		if e, b := pp.monthsTo(k, 12); b > 0 {
			return e, k, b
		}
	}
	if w == "half" {
		// "the half-year to March 30", "the half year ended June": the six
		// months up to that one
		j := k + 1
		if pp.hyphenAt(j) {
			j++
		}
		if pp.word(j) == "year" {
			if e, b := pp.monthsTo(j, 6); b > 0 {
				return e, k, b
			}
		}
	}
	if w == "year" && pp.word(k+1) == "to" {
		if pp.word(k+2) == "date" {
			return pexpr{kind: pxYTD}, k, k + 3
		}
	}
	// "a year earlier", "one year ago", "a month earlier", "two years before"
	if e := pp.word(k + 1); e == "earlier" || e == "ago" || e == "before" || e == "previously" {
		n := 0
		switch pp.word(k - 1) {
		case "a", "one":
			n = 1
		}
		if n == 1 && gran != pNone && gran != pHalf {
			b := k + 2
			if gran == pYear {
				return pexpr{kind: pxMain, gran: pYear, off: -1}, k - 1, b
			}
			return pexpr{kind: pxMain, gran: gran, off: -1}, k - 1, b
		}
		return pexpr{}, 0, 0
	}
	// "the eight-month period to August", "the 12-month period ended June"
	if w == "month" {
		if pp.hyphenAt(k - 1) {
			if n := pp.countAt(k - 2); n >= 2 {
				j := k + 1
				if pp.word(j) == "period" {
					j++
				}
				if e := pp.word(j); e == "to" || e == "ended" || e == "ending" || e == "through" {
					if mo := pp.monthAt(j + 1); mo > 0 {
						return pexpr{kind: pxMonthsTo, n: mo, off: n}, k - 2, j + 2
					}
				}
			}
		}
		return pexpr{}, 0, 0
	}
	// "the year", "the quarter", "the period", "the half" after a
	// preposition: the one being discussed
	if pp.word(k-1) == "the" {
		switch pp.word(k - 2) {
		case "in", "for", "during", "over", "of", "through", "throughout":
			if n := pp.word(k + 1); n == "of" || n == "as" && w == "year" {
				if n == "as" && pp.word(k+2) == "a" && pp.word(k+3) == "whole" {
					return pexpr{kind: pxAnaphor, gran: pYear}, k - 1, k + 4
				}
				return pexpr{}, 0, 0 // "the period of ...": something else
			}
			if w == "year" {
				if y := pp.yearAt(k + 1); y > 0 {
					return pexpr{kind: pxPart, part: pYear, ys: ysWritten, y: y}, k - 1, k + 2 // "the year 1986"
				}
			}
			return pexpr{kind: pxAnaphor, gran: gran}, k - 1, k + 1
		}
	}
	return pexpr{}, 0, 0
}

// parseSame reads "the same period last year", "the same month a year
// earlier", "the same 1986 period", "the same period of 1986", "the
// same quarter in 2003": the main period in another year.
func (pp *periodParser) parseSame(k int) (pexpr, int, int) {
	a := k
	if pp.word(k-1) == "the" {
		a = k - 1
	}
	j := k + 1
	e := pexpr{kind: pxMain, same: true}
	if y := pp.yearAt(j); y > 0 {
		e.y = y
		j++
	}
	switch pp.word(j) {
	case "period", "month", "quarter", "time", "half", "week", "periods", "months", "quarters", "weeks":
		j++
	default:
		return pexpr{}, 0, 0
	}
	if e.y != 0 {
		return e, a, j
	}
	switch pp.word(j) {
	case "last", "a", "one":
		if n := pp.word(j + 1); n == "year" {
			b := j + 2
			if w := pp.word(b); w == "earlier" || w == "ago" || w == "before" {
				b++
			}
			e.off = -1
			return e, a, b
		}
	case "of", "in":
		if y := pp.yearAt(j + 1); y > 0 {
			e.y = y
			return e, a, j + 2
		}
		if pp.word(j+1) == "last" && pp.word(j+2) == "year" {
			e.off = -1
			return e, a, j + 3
		}
		if pp.word(j+1) == "the" && (pp.word(j+2) == "previous" || pp.word(j+2) == "prior") && pp.word(j+3) == "year" {
			e.off = -1
			return e, a, j + 4
		}
	case "the":
		if (pp.word(j+1) == "previous" || pp.word(j+1) == "prior") && pp.word(j+2) == "year" {
			e.off = -1
			return e, a, j + 3
		}
	}
	// "the same period": a year earlier, as a comparison base
	e.off = -1
	return e, a, j
}

// parsePrevious reads "the previous year", "the prior quarter", "the
// previous three months", "the preceding month", "the previous period":
// the period before the main one.
func (pp *periodParser) parsePrevious(k int) (pexpr, int, int) {
	a := k
	if pp.word(k-1) == "the" {
		a = k - 1
	}
	switch pp.word(k + 1) {
	case "year":
		return pexpr{kind: pxMain, gran: pYear, off: -1, prevOf: true}, a, k + 2
	case "quarter":
		return pexpr{kind: pxMain, gran: pQuarter, off: -1, prevOf: true}, a, k + 2
	case "month":
		return pexpr{kind: pxMain, gran: pMonth, off: -1, prevOf: true}, a, k + 2
	case "period", "half":
		return pexpr{kind: pxMain, off: -1, prevOf: true}, a, k + 2
	case "three":
		if pp.word(k+2) == "months" {
			return pexpr{kind: pxMain, gran: pQuarter, off: -1, prevOf: true}, a, k + 3
		}
	case "six":
		if pp.word(k+2) == "months" {
			return pexpr{kind: pxMain, gran: pHalf, off: -1, prevOf: true}, a, k + 3
		}
	}
	return pexpr{}, 0, 0
}

// parseEdge reads "end-1986", "end-March", "mid-1986", "early 1987",
// "late 1986", "the end of 1986", "at the end of March", "year-end 1986",
// "the end of the year".
func (pp *periodParser) parseEdge(k int) (pexpr, int, int) {
	w := pp.word(k)
	j := k + 1
	yearEnd := w == "year-end"
	if w == "year" && pp.hyphenAt(k+1) && pp.word(k+2) == "end" {
		yearEnd, j = true, k+3
	}
	if yearEnd {
		if y := pp.yearAt(j); y > 0 {
			return pexpr{kind: pxPart, part: pMonth, n: 12, ys: ysWritten, y: y, stock: true}, k, j + 1
		}
		return pexpr{kind: pxPart, part: pMonth, n: 12, ys: ysContext, stock: true}, k, j
	}
	edge := w == "end"
	if pp.hyphenAt(j) {
		j++
	} else if pp.word(j) == "of" {
		j++
		if pp.word(j) == "the" && pp.word(j+1) == "year" && edge {
			return pexpr{kind: pxPart, part: pMonth, n: 12, ys: ysContext, stock: true}, k, j + 2
		}
	} else if w == "end" && !(pp.yearAt(j) > 0 && (pp.word(k-1) == "at" || pp.word(k-1) == "by")) {
		return pexpr{}, 0, 0 // ("at end 1987": the end of the year)
	}
	if y := pp.yearAt(j); y > 0 {
		if edge {
			return pexpr{kind: pxPart, part: pMonth, n: 12, ys: ysWritten, y: y, stock: true}, k, j + 1
		}
		return pexpr{kind: pxPart, part: pYear, ys: ysWritten, y: y}, k, j + 1
	}
	if mo := months[pp.word(j)]; mo > 0 && isUpper(pp.tok(j).text) {
		e, _, b := pp.yearAfter(pexpr{kind: pxPart, part: pMonth, n: mo, stock: edge}, j, j+1)
		return e, k, b
	}
	return pexpr{}, 0, 0
}

// parseFiscal reads "fiscal 1987", "fiscal 1986/87", "fiscal year 1987",
// "fiscal year ended March 31", "fiscal 1986/87 ending June 30", "FY 1987".
func (pp *periodParser) parseFiscal(k int) (pexpr, int, int) {
	j := k + 1
	if pp.word(j) == "year" || pp.word(j) == "years" {
		j++
	}
	e := pexpr{kind: pxPart, part: pFiscal, ys: ysWritten}
	if y := pp.yearAt(j); y > 0 {
		e.y = y
		j++
		if pp.punct(j, "/") && pp.tok(j+1) != nil && pp.tok(j+1).kind == tNum && pp.tok(j+1).glued() {
			if y2, short, ok := secondYear(y, pp.tok(j+1)); ok {
				e.y2, e.short = y2, short
				j += 2
			}
		}
	} else if w := pp.word(j); w == "ended" || w == "ending" {
		// "the fiscal year ended last March 31"
		m := j + 1
		if pp.word(m) == "last" {
			m++
		}
		switch pp.word(m) {
		case "tomorrow", "today", "yesterday":
			// "the financial year ending tomorrow": the one ending now
			return pexpr{kind: pxFiscalEnded}, k, m + 1
		}
		if mo := pp.monthAt(m); mo > 0 {
			end := m + 1
			if pp.dayAt(end) > 0 {
				end++
			}
			if y := pp.yearAt(end); y == 0 && pp.punct(end, ",") {
				if y2 := pp.yearAt(end + 1); y2 > 0 {
					return pexpr{kind: pxPart, part: pFiscal, ys: ysWritten, y: y2 - 1, y2: y2, short: true, fiscalEnd: mo}, k, end + 2
				}
			} else if y > 0 {
				return pexpr{kind: pxPart, part: pFiscal, ys: ysWritten, y: y - 1, y2: y, short: true, fiscalEnd: mo}, k, end + 1
			}
			return pexpr{kind: pxFiscalEnded, n: mo}, k, end
		}
		return pexpr{}, 0, 0
	} else {
		return pexpr{}, 0, 0
	}
	// "ending June 30": the month the fiscal year ends
	if w := pp.word(j); w == "ending" || w == "ended" {
		if mo := pp.monthAt(j + 1); mo > 0 {
			e.fiscalEnd = mo
			j += 2
			if pp.dayAt(j) > 0 {
				j++
			}
		}
	}
	return e, k, j
}

// parseSince reads "since January 2017", "since 1900": a span from that
// period to the reference, or nothing after a superlative ("its lowest
// level since March 1980": a comparison, not the period of the figure).
func (pp *periodParser) parseSince(k int) (pexpr, int, int) {
	e, _, b := pp.parseAt(k + 1)
	if b == 0 || e.kind != pxPart {
		return pexpr{}, 0, 0
	}
	for j := k - 1; j >= pp.sa && j >= k-6; j-- {
		w := pp.word(j)
		if superlatives[w] || w == "record" || w == "level" || w == "first" || w == "time" || w == "worst" || w == "lowest" || w == "highest" || superlativeWord(w) {
			return pexpr{kind: pxNone}, k, b
		}
	}
	e.since = true
	return e, k, b
}

// superlativeWord reports a superlative adjective ending in "-est"
// ("weakest").
func superlativeWord(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "est" && w != "interest" && w != "forest" && w != "harvest" && w != "request"
}

// parseBetween reads "between 1989 and 2003", "between January and March".
func (pp *periodParser) parseBetween(k int) (pexpr, int, int) {
	if y := pp.yearAt(k + 1); y > 0 && pp.word(k+2) == "and" {
		if y2 := pp.yearAt(k + 3); y2 > y {
			return pexpr{kind: pxPart, part: pSpan, spanYr: true, ys: ysWritten, y: y, y2: y2}, k, k + 4
		}
	}
	if mo := pp.monthAt(k + 1); mo > 0 && pp.word(k+2) == "and" {
		if mo2 := pp.monthAt(k + 3); mo2 > mo {
			return pp.yearAfter(pexpr{kind: pxPart, part: pSpan, n: mo, n2: mo2}, k, k+4)
		}
	}
	return pexpr{}, 0, 0
}

// monthsTo reads the months up to one named after the "year" at token k
// ("year to March", "year ended March 31, 1987"): off months ending in
// it; b is 0 when no month follows "to", "ended" or "ending".
func (pp *periodParser) monthsTo(k, off int) (e pexpr, b int) {
	if nx := pp.word(k + 1); nx != "to" && nx != "ended" && nx != "ending" {
		return pexpr{}, 0
	}
	mo := pp.monthAt(k + 2)
	if mo == 0 {
		return pexpr{}, 0
	}
	e, b = pexpr{kind: pxMonthsTo, n: mo, off: off}, k+3
	if pp.dayAt(b) > 0 {
		b++
	}
	j := b
	if pp.punct(j, ",") {
		j++
	}
	if y := pp.yearAt(j); y > 0 {
		e.y, b = y, j+1
	}
	return e, b
}

// fiscalNamed reports whether the words at token k, after "this fiscal
// year", name it: "ending March 31", "to March 2005", "1986/87".
func (pp *periodParser) fiscalNamed(k int) bool {
	switch pp.word(k) {
	case "ending", "ended", "to", "through", "starting", "beginning", "which":
		return true
	}
	return pp.yearAt(k) > 0
}
