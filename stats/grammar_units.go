package stats

import (
	"strings"
)

// What follows a figure: percent and points, multiples, physical units and
// counted nouns.

// parseUnit reads what follows a figure: percent, points, currency,
// multiples, physical units, or a counted noun. It returns the new end.
func (g *grammar) parseUnit(q *quantity, e int, s sentence) int {
	toks := g.toks
	if q.unit != "" { // ordinals, fractions, multiples and points are complete
		if q.kind == numOrdinal || q.kind == numPoint {
			return e
		}
		if q.unit == UnitPercent || q.unit == UnitMultiple {
			return e
		}
	}
	if e < s.b && toks[e].kind == tSym && toks[e].text == "%" && toks[e].gap <= 1 {
		q.unit = UnitPercent
		e++
		return g.pointsAfterPercent(q, e, s)
	}
	w := g.word(e)
	switch w {
	case "percent", "pct", "pc", "percentage", "percents":
		if w == "percentage" {
			if g.word(e+1) == "point" || g.word(e+1) == "points" {
				q.unit = UnitPercentagePoint
				return e + 2
			}
			if g.gluedHyphen(e+1) && (g.word(e+2) == "point" || g.word(e+2) == "points") {
				q.unit = UnitPercentagePoint
				return e + 3
			}
			if n := g.word(e + 1); n != "" && g.toks[e+1].cls&lxFunction == 0 {
				break // "a 5 percentage increase"? rare: "percentage" before a noun is not the unit
			}
		}
		if w == "pc" && q.currency != "" {
			break
		}
		q.unit = UnitPercent
		return g.pointsAfterPercent(q, e+1, s)
	case "per":
		if g.word(e+1) == "cent" {
			q.unit = UnitPercent
			return g.pointsAfterPercent(q, e+2, s)
		}
	case "basis":
		if g.word(e+1) == "point" || g.word(e+1) == "points" {
			q.unit = UnitPercentagePoint
			q.value /= 100
			return e + 2
		}
	case "bps", "bp", "bpts":
		q.unit = UnitPercentagePoint
		q.value /= 100
		return e + 1
	case "times":
		q.unit = UnitCount
		q.item = "times"
		if q.decimals > 0 {
			// "oversubscribed 16.2 times": a ratio, not a number of occasions
			q.unit, q.item = UnitMultiple, ""
			return e + 1
		}
		switch g.word(e + 1) {
		case "as", "more", "larger", "higher", "bigger", "greater", "faster", "that", "the", "its", "their", "over", "what", "smaller", "lower", "cheaper", "longer", "stronger":
			q.unit = UnitMultiple
			q.item = ""
		}
		return e + 1
	}
	if q.kind == numDigits || q.kind == numWords {
		// -fold
		if g.gluedHyphen(e) && g.word(e+1) == "fold" {
			q.unit = UnitMultiple
			return e + 2
		}
		if end, ok := g.moneyAfter(q, e, s); ok {
			return end
		}
		// points: index moves or percentage points
		if w == "point" || w == "points" {
			q.unit = UnitQuantity
			q.unitName = "point"
			return e + 1
		}
		if g.gluedHyphen(e) && g.word(e+1) == "point" {
			q.unit = UnitQuantity // "a 65.39-point gain", "a ten-point plan"
			q.unitName = "point"
			return e + 2
		}
		// "two quarters": a period of time; "12 quarters" is left bare
		if (w == "quarter" || w == "quarters") && toks[e].gap <= 1 {
			if q.kind == numWords || q.value < 12 {
				q.unit = UnitQuantity
				q.unitName = "quarter"
				return e + 1
			}
			return e
		}
		// units of measure: "500 tonnes", "10kW", "an 8-inch pipe"
		if end, ok := g.measure(q, e, s); ok {
			return end
		}
		// "3 dozen", "200 dozens"
		switch w {
		case "dozen", "dozens", "dz", "dzs", "doz", "dozs":
			q.value *= 12
			q.unit = UnitCount
			e++
			if item, ok := g.countedNoun(q, e, s); ok {
				q.item = item
			} else if g.word(e) == "of" {
				if item, ok := g.countedNoun(q, e+1, s); ok {
					q.item = item
				}
			}
			return e
		}
		// counted noun
		if item, ok := g.countedNoun(q, e, s); ok {
			q.unit = UnitCount
			q.item = item
			return e
		}
	}
	return e
}

// pointsAfterPercent turns "0.5 percentage point" style tails into points.
func (g *grammar) pointsAfterPercent(q *quantity, e int, s sentence) int {
	if g.word(e) == "point" || g.word(e) == "points" {
		q.unit = UnitPercentagePoint
		return e + 1
	}
	return e
}

// words returns the lower-case word texts of toks[e:s.b] for lexicon
// matching, stopping at the first non-word token.
func (g *grammar) words(e int, s sentence) []string {
	out := g.wbuf[:0]
	for k := e; k < s.b && k < e+4; k++ {
		if g.toks[k].kind != tWord {
			break
		}
		out = append(out, g.toks[k].text)
	}
	g.wbuf = out
	return out
}

// countedNoun finds the noun a cardinal counts ("21 member economies").
func (g *grammar) countedNoun(q *quantity, e int, s sentence) (string, bool) {
	toks := g.toks
	if e >= s.b || toks[e].kind != tWord || toks[e].gap > 1 {
		return "", false
	}
	first := g.lw(e)
	if toks[e].cls&(lxFunction|lxVerbLike) != 0 || toks[e].cls&lxMonth != 0 && isUpper(toks[e].text) {
		return "", false
	}
	if strings.HasSuffix(first, "ly") && !pluralish(first) {
		return "", false
	}
	end := -1
	for k, n := e, 0; k < s.b && n < 5; k++ {
		t := &toks[k]
		if t.kind != tWord {
			if g.gluedHyphen(k) {
				continue
			}
			break
		}
		w := g.lw(k)
		if w == "and" && n > 0 && k+1 < s.b && isUpper(toks[k+1].text) && isUpper(toks[k-1].text) {
			n++
			continue
		}
		if t.cls&(lxFunction|lxVerbLike) != 0 {
			break
		}
		n++
		if pluralish(w) {
			end = k + 1
			break
		}
	}
	if end < 0 {
		if q.value == 1 || (q.kind == numWords && q.value < 10) {
			if pluralish(first) || !strings.HasSuffix(first, "ed") {
				end = e + 1
			}
		}
		if end < 0 {
			return "", false
		}
	}
	return g.text[toks[e].start:toks[end-1].end], true
}
