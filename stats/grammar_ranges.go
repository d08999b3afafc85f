package stats

import (
	"math"
)

// Ranges: two figures joined into one claim.

// rangeVerbs before "from X to Y" make it a range, not a change.
var rangeVerbs = map[string]bool{
	"range": true, "ranges": true, "ranged": true, "ranging": true, "vary": true, "varies": true,
	"varied": true, "varying": true, "anywhere": true, "span": true, "spans": true, "spanning": true,
	"spanned": true,
}

// rangeTail joins "3-4%", "between 5 and 7 percent", "700 mln to one billion
// dlrs", "$15 billion to $20 billion", "7- or 8-inch" and "ranging from
// $800,000 to $1.3 million" into one range claim; the ends share their
// scale, unit and currency ("$10 to $15 billion").
func (g *grammar) rangeTail(q *quantity, s sentence) {
	toks := g.toks
	e := q.b
	if e >= s.b {
		return
	}
	// every case below wants a hyphen or "~" at e, or one of four words
	switch toks[e].kind {
	case tPunct:
	case tWord:
		if w := g.lows[e]; w != "to" && w != "and" && w != "through" && w != "thru" {
			return
		}
	default:
		return
	}
	between := g.word(q.a-1) == "between"
	var k int
	byRange := false
	switch {
	case g.isHyphen(e) && toks[e].glued() && e+1 < s.b && toks[e+1].glued() && (q.kind == numDigits && q.unit != UnitPercent || q.kind == numDigits && q.unit == UnitPercent && toks[e-1].kind == tSym):
		k = e + 1
	case g.isHyphen(e) && toks[e].glued() && e+1 < s.b && toks[e+1].glued() && q.kind == numDigits:
		k = e + 1
	case (g.isHyphen(e) || g.isPunct(e, "~")) && !toks[e].glued() && e+1 < s.b && toks[e+1].kind == tNum && q.kind == numDigits && toks[e+1].gap == 1:
		k = e + 1 // "1000 - 5000", "20 ~ 100"
	case g.isPunct(e, "~") && toks[e].glued() && e+1 < s.b && toks[e+1].glued() && q.kind == numDigits:
		k = e + 1 // "20~100"
	case (g.word(e) == "through" || g.word(e) == "thru") && q.kind == numDigits && e+1 < s.b && toks[e+1].kind == tNum:
		k = e + 1 // "20 through 100"
	case g.isHyphen(e) && toks[e].glued() && e+2 < s.b && toks[e+1].gap == 1 && q.kind != numOrdinal && q.unit == "" && (g.word(e+1) == "or" || g.word(e+1) == "to" || g.word(e+1) == "and"):
		k = e + 2 // "7- or 8-inch", "8- to 16-meter": the unit of the second end is both's
	case g.word(e) == "to" && !between:
		p := g.word(q.a - 1)
		if p == "from" && rangeVerbs[g.word(q.a-2)] {
			k = e + 1 // "range from $800,000 to $1.3 million": one range
			break
		}
		if p == "by" && q.unit == "" && e+1 < s.b && (toks[e+1].kind == tNum || g.lows[e+1] != "" && startWords[g.lows[e+1]]) {
			k, byRange = e+1, true // "grow by 3.5 to four pct": the bare first end is a range's
			break
		}
		if p == "from" || p == "by" || changeWords[p] != NoChange || verbLike[p] {
			return // "went from 10 percent to 25 percent": two figures, a change
		}
		k = e + 1
	case (g.word(e) == "and" || g.word(e) == "to") && between:
		k = e + 1 // "between 5 and 7", and loosely "between 44 mg to 50 mg"
	default:
		return
	}
	if k >= s.b {
		return
	}
	g.inRange = true
	q2, ok := g.parseAt(k, s)
	g.inRange = false
	if !ok || q2.skip || q2.numA != k && toks[k].kind != tSym && !(toks[k].kind == tWord && q2.currency != "") {
		return
	}
	// units must agree; the first end inherits the second's unit ("3-4%")
	u1, u2 := q.unit, q2.unit
	if u1 == "" || (q.kind != numOrdinal && u1 == UnitCount && q.item == "" && u2 != UnitCount) {
		u1 = u2
	}
	if u2 == "" && (u1 == UnitMoney || u1 == UnitQuantity) && q2.kind == numDigits && g.isHyphen(k-1) && toks[k-1].glued() {
		u2 = u1 // "$40-40.25": the second end in the first's unit
	}
	if u1 != u2 || u1 == UnitOrdinal || u1 == UnitMultiple {
		return
	}
	if q.currency != "" && q2.currency != "" && q.currency != q2.currency {
		return
	}
	lo, hi := q.value, q2.value
	if q2.scaled && !q.scaled {
		// "5 to 7 million", "7-9 lakh rupees": the scale word covers both ends
		sc := q2.scale
		if sc == 0 {
			sc = scaleOf(q2.value)
		}
		if lo*sc <= hi {
			lo *= sc // not "$800,000 to $1.3 million", whose first end is whole
		}
	}
	if hi <= lo || hi/math.Max(lo, 1e-12) > 10 && lo > 0 || byRange && hi > 2*lo {
		return // not "fell by 200 to 1,500 tonnes": a change and a level
	}
	q.unit = u1
	if q.currency == "" {
		q.currency, q.bare = q2.currency, q2.bare
	}
	if q.unitName == "" {
		q.unitName = q2.unitName
	}
	if q.item == "" {
		q.item = q2.item
	}
	q.value, q.max, q.hasMax = lo, hi, true
	q.b = q2.b
	if between {
		q.a--
	}
}
