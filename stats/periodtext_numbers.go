package stats

// fyWord reads "FY2017" (a word token) as 2017.
func fyWord(s string) (int, bool) {
	if len(s) != 6 || (s[0] != 'F' && s[0] != 'f') || (s[1] != 'Y' && s[1] != 'y') {
		return 0, false
	}
	y, ok := fourDigits(s[2:])
	return y, ok && y >= 1800 && y <= 2100
}

// secondYear reads the second year of "1986/87" or "1986/1987" from token
// t after the first year y: two digits that follow y, or the next year.
func secondYear(y int, t *token) (y2 int, short, ok bool) {
	if t.decimals != 0 || t.commas {
		return 0, false, false
	}
	n := int(t.num)
	switch t.digits {
	case 2:
		y2 = y/100*100 + n
		if y2 <= y {
			y2 += 100
		}
		return y2, true, y2 == y+1
	case 4:
		return n, false, n == y+1
	}
	return 0, false, false
}

// parseNumber reads a period at a figure: a year ("1986", "1986/87",
// "1984-85", "1986 fourth quarter"), a day before a month ("22 March"),
// or an ordinal quarter ("4th qtr").
func (pp *periodParser) parseNumber(k int) (pexpr, int, int) {
	if y := pp.yearAt(k); y > 0 {
		// "1986/87": a fiscal year, unless prices of a base year
		if pp.punct(k+1, "/") && pp.tok(k+2) != nil && pp.tok(k+2).kind == tNum && pp.tok(k+2).glued() && pp.tok(k+1).glued() {
			if y2, short, ok := secondYear(y, pp.tok(k+2)); ok {
				if w := pp.word(k + 3); w == "prices" || w == "price" || w == "dollars" || w == "base" {
					return pexpr{kind: pxNone}, k, k + 3
				}
				return pexpr{kind: pxPart, part: pFiscal, ys: ysWritten, y: y, y2: y2, short: short}, k, k + 3
			}
		}
		// "1984-85", "1990-2017": a span of years; "2005-6": a fiscal
		// year (a span of two years is not written with one digit)
		if pp.hyphenAt(k+1) && pp.tok(k+2).kind == tNum {
			t2 := pp.tok(k + 2)
			if t2.decimals == 0 && !t2.commas && t2.digits == 1 && int(t2.num) == (y+1)%10 && t2.glued() {
				return pexpr{kind: pxPart, part: pFiscal, ys: ysWritten, y: y, y2: y + 1, one: true}, k, k + 3
			}
			if t2.decimals == 0 && !t2.commas && (t2.digits == 2 || t2.digits == 4) {
				y2 := int(t2.num)
				if t2.digits == 2 {
					y2 += y / 100 * 100
					if y2 <= y {
						y2 += 100
					}
				}
				if y2 > y && y2-y < 100 {
					return pexpr{kind: pxPart, part: pSpan, spanYr: true, ys: ysWritten, y: y, y2: y2}, k, k + 3
				}
			}
		}
		// "in both 1987 and 1988": one figure for both years, a span
		if pp.word(k-1) == "both" && pp.word(k+1) == "and" {
			if y2 := pp.yearAt(k + 2); y2 > y {
				return pexpr{kind: pxPart, part: pSpan, spanYr: true, ys: ysWritten, y: y, y2: y2}, k - 1, k + 3
			}
		}
		// "from 1990 to 2017", "1990 to 2017"
		if pp.word(k+1) == "to" || pp.word(k+1) == "through" {
			if y2 := pp.yearAt(k + 2); y2 > y {
				a := k
				if pp.word(k-1) == "from" {
					a = k - 1
				}
				return pexpr{kind: pxPart, part: pSpan, spanYr: true, ys: ysWritten, y: y, y2: y2}, a, k + 3
			}
		}
		// base years and prices, maturities: not the period of a figure
		if w := pp.word(k + 1); w == "base" || w == "prices" || pp.word(k-1) == "base" {
			return pexpr{kind: pxNone}, k, k + 1
		}
		switch pp.word(k - 1) {
		case "due", "maturing", "matures", "mature", "maturity", "redeemable", "callable", "expiring", "expires":
			return pexpr{kind: pxNone}, k, k + 1 // "notes due 2017"
		}
		b := k + 1
		if pp.punct(b, "'") && pp.word(b+1) == "s" {
			b += 2 // "1986's"
		}
		// "1986 fourth quarter", "the 1985 third quarter", "1987 first half"
		if n, e := pp.ordinalAt(b); n > 0 {
			if part, pe := pp.quarterWord(e, n); part != pNone {
				return pexpr{kind: pxPart, part: part, n: n, ys: ysWritten, y: y}, k, pe
			}
		}
		// "the 2017 fiscal year"
		if pp.word(b) == "fiscal" && pp.word(b+1) == "year" {
			return pexpr{kind: pxPart, part: pFiscal, ys: ysWritten, y: y}, k, b + 2
		}
		return pexpr{kind: pxPart, part: pYear, ys: ysWritten, y: y}, k, b
	}
	// "22 March", "22 March 1987"
	if d := pp.dayAt(k); d > 0 {
		j := k + 1
		if w := pp.word(j); (w == "st" || w == "nd" || w == "rd" || w == "th") && pp.tok(j).glued() {
			j++
		}
		if mo := pp.monthAt(j); mo > 0 && len(pp.g.lw(j)) >= 3 {
			e := pexpr{kind: pxPart, part: pDay, n: mo, d: d}
			return pp.yearAfter(e, k, j+1)
		}
	}
	// "4th qtr", "1st half"
	if n, e := pp.ordinalAt(k); n > 0 {
		if part, pe := pp.quarterWord(e, n); part != pNone {
			return pp.yearAfter(pexpr{kind: pxPart, part: part, n: n}, k, pe)
		}
	}
	return pexpr{}, 0, 0
}

// quarterWord reads "quarter", "qtr" or "half" (after an optional glued
// hyphen: "third-quarter") at k for the ordinal n; it returns the part
// and the end, or pNone.
func (pp *periodParser) quarterWord(k, n int) (periodKind, int) {
	if pp.hyphenAt(k) {
		k++
	}
	switch pp.word(k) {
	case "quarter", "qtr", "quarters":
		if n <= 4 {
			return pQuarter, k + 1
		}
	case "half":
		if n <= 2 {
			return pHalf, k + 1
		}
	}
	return pNone, k
}
