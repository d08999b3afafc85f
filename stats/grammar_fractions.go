package stats

import (
	"strings"
)

// Fractions of a whole, ordinals and ratios.

// denominator reads a fraction's denominator at k: "fifth", "fifths",
// "twenty-first", "twenty-firsts", "hundredths", "thirtieth". It returns the
// denominator, whether it was plural, and the end.
func (g *grammar) denominator(k int, s sentence) (float64, bool, int, bool) {
	w := g.word(k)
	if w == "" || g.toks[k].cls&lxNumber == 0 {
		// (every word below is on lxNumber: fractions, ordinals and
		// their plurals, tens)
		return 0, false, 0, false
	}
	if d, ok := fractionWords[w]; ok {
		return d, strings.HasSuffix(w, "s") && w != "halves" || w == "halves", k + 1, true
	}
	plural := false
	base := w
	if o, ok := ordinalWords[w]; ok && o >= 3 {
		return o, false, k + 1, true
	}
	if strings.HasSuffix(w, "s") {
		base = w[:len(w)-1]
		if o, ok := ordinalWords[base]; ok && o >= 3 {
			return o, true, k + 1, true
		}
	}
	// "twenty-first(s)"
	if tv, ok := tensWords[w]; ok && k+2 < s.b+1 && g.gluedHyphen(k+1) {
		u := g.word(k + 2)
		if strings.HasSuffix(u, "s") {
			u, plural = u[:len(u)-1], true
		}
		if o, ok := ordinalWords[u]; ok && o < 10 {
			return tv + o, plural, k + 3, true
		}
	}
	return 0, false, 0, false
}

// andFraction reads "and a half", "and one fourth", "and three fifths" at e.
func (g *grammar) andFraction(e int, s sentence) (float64, int, bool) {
	if g.word(e) != "and" || e+2 >= s.b {
		return 0, 0, false
	}
	k := e + 1
	num := 1.0
	switch w := g.word(k); {
	case w == "a" || w == "an" || w == "one":
		k++
	default:
		v, ok := g.cardinalWord(k)
		if !ok || v < 2 {
			return 0, 0, false
		}
		num = v
		k++
	}
	if g.gluedHyphen(k) {
		k++
	}
	den, plural, de, ok := g.denominator(k, s)
	if !ok || plural != (num > 1) {
		return 0, 0, false
	}
	return num / den, de, true
}

// parseOrdinal handles a word ordinal at j with value o.
func (g *grammar) parseOrdinal(q *quantity, j int, o float64, s sentence) (int, bool) {
	toks := g.toks
	e := j + 1
	if o >= 20 && j+2 < s.b && g.gluedHyphen(j+1) {
		if o2, ok := g.ordinalWord(j + 2); ok && o2 < 10 {
			o += o2
			e = j + 3
		}
	}
	last := g.word(e - 1)
	// "first" is a rank ("the first regional organisation"), except in
	// idioms: "for the first time", "at first", "first of all", "First, ...",
	// "first-hand", and before a figure ("the first eleven months")
	if last == "first" && o == 1 {
		n := g.word(e)
		switch p := g.word(j - 1); p {
		case "the", "its", "their", "his", "her", "our", "'s", "’s", "this", "whose":
		default:
			return 0, false // "must first sort out", "First Boston": not a rank
		}
		switch {
		case n == "mortgage", g.word(j-2) == "of" && g.word(j-3) == "one":
			return 0, false // "first mortgage bonds", "one of the first" (an idiom)
		case g.word(j-1) == "at" || g.word(j-1) == "first",
			n == "of" && g.word(e+1) == "all",
			n == "time" && g.word(j-2) == "for",
			n == "lady" || n == "class" || n == "hand" || n == "name" || n == "names" || n == "things" || n == "glance" || n == "sight",
			g.gluedHyphen(e),
			e < s.b && (g.toks[e].kind == tNum || g.isPunct(e, ",")),
			startWords[n] && n != "a" && n != "an" && n != "one":
			return 0, false
		}
	}
	if g.periodAfter(e, s) || g.dateAround(j, e, s) {
		q.skip = true
		return e, true
	}
	// idioms: "third-party", "second-hand", "first-class", "Third-World"
	if g.gluedHyphen(e) && ordinalIdioms[g.word(e+1)] {
		return 0, false
	}
	// list markers: "Second, the plan failed"; "...; third, it ..."; "And
	// fourth, it ..."
	if g.isPunct(e, ",") && (j == s.a || g.toks[j-1].kind == tPunct && g.toks[j-1].text != "," ||
		g.word(j-1) == "and" && (j-1 == s.a || g.toks[j-2].kind == tPunct)) {
		return 0, false
	}
	// "the third world debt problem", "producers in third countries": the
	// poorer world and outsiders, no rank ("the third countries to sign" is one)
	if o == 3 && last == "third" {
		switch g.word(e) {
		case "world":
			return 0, false
		case "countries", "parties":
			switch g.word(j - 1) {
			case "in", "to", "from", "with", "of", "on", "for", "by", "into", "via":
				return 0, false // not "the second and third countries to sign"
			}
		}
	}
	// names: "Second World War", "Third Plenum"; "Third World debt"
	if (j > s.a || ordinalIdioms[g.word(e)]) && isUpper(toks[j].text) && !isAllUpper(toks[j].text) && e < s.b && isUpper(toks[e].text) && toks[e].kind == tWord {
		return 0, false
	}
	switch g.word(e) {
	case "hand", "thought", "thoughts", "half", "generation", "person":
		return 0, false
	}
	if g.word(j-1) == "per" || (last == "second" && (g.word(j-1) == "a" && g.word(e) == "" || g.word(e) == "per")) {
		return 0, false
	}
	q.kind = numOrdinal
	q.value = o
	q.unit = UnitOrdinal
	return g.superlative(q, e, s), true
}

// parseFraction handles fractions of a whole and fractional points.
func (g *grammar) parseFraction(q *quantity, j int, s sentence) (int, bool) {
	toks := g.toks
	w := g.word(j)
	num := 0.0
	k := j
	switch {
	case w == "half":
		num = 1
	case w == "a" || w == "an":
		num = 1
		k = j + 1
	default:
		if v, ok := g.cardinalWord(j); ok && v > 0 && v < 20 {
			num = v
			k = j + 1
		} else if w == "quarter" {
			num = 1
		} else {
			return 0, false
		}
	}
	hyph := false
	if k != j {
		if g.gluedHyphen(k) {
			hyph = true
			k++
		} else if g.isHyphen(k) && k+1 < s.b && strings.HasSuffix(g.word(k+1), "s") {
			hyph = true // "five - eighths"
			k++
		}
	}
	den, ok := g.fractionWord(k)
	if !ok && (w == "a" || w == "an") && k < s.b {
		// "a hundredth", "a twenty-first": one part in so many, where the phrase ends
		if d, plural, de, ok := g.denominator(k, s); ok && !plural && d > 10 && (de >= s.b || g.word(de) == "" || g.word(de) == "of") {
			q.kind, q.value, q.unit = numFraction, 100/d, UnitPercent
			return de, true
		}
	}
	if !ok || k >= s.b {
		return 0, false
	}
	fw := g.word(k)
	e := k + 1
	// a quarter-point / half-point / a quarter point / a half percentage point
	pe := e
	if g.gluedHyphen(pe) {
		pe++
	}
	if (den == 2 || den == 4) && num == 1 {
		switch g.word(pe) {
		case "point", "points":
			q.kind, q.value, q.unit = numPoint, 1/den, UnitPercentagePoint
			return pe + 1, true
		case "percentage":
			if g.word(pe+1) == "point" || g.word(pe+1) == "points" {
				q.kind, q.value, q.unit = numPoint, 1/den, UnitPercentagePoint
				return pe + 2, true
			}
		}
	}
	if g.gluedHyphen(e) && g.scaleWord(e+1) == 0 {
		// a part of a unit: "a quarter-mile", "a half-hour", "a half-dozen"
		if w == "a" || w == "an" || w == "one" {
			if g.word(e+1) == "dozen" {
				q.kind, q.value = numWords, num/den*12
				return e + 2, true
			}
			if u, ue, ok := g.unitAt(e+1, s); ok && g.hyphenUnit(e+1, s) {
				q.kind, q.value, q.unit, q.unitName = numFraction, num/den*u.factor, UnitQuantity, u.name
				return ue, true
			}
		}
		return 0, false // a compound adjective: "a third-party auditor"
	}
	// "a half turn", "a quarter mile": a part of a unit
	if (w == "a" || w == "an" || w == "one") && (den == 2 || den == 4) && e < s.b && g.toks[e].gap == 1 && g.hyphenUnit(e, s) {
		u, ue, _ := g.unitAt(e, s)
		q.kind, q.value, q.unit, q.unitName = numFraction, num/den*u.factor, UnitQuantity, u.name
		return ue, true
	}
	plural := strings.HasSuffix(fw, "s") && (fw != "halves" || num > 1)
	if plural && num == 1 && w != "a" {
		return 0, false
	}
	if !plural && num > 1 {
		return 0, false // "two third" is not English; "three fourth" rare
	}
	// fractions of a scale: "half a billion", "half million", "a quarter
	// million", "two thirds of a million"
	{
		f := e
		if g.word(f) == "of" {
			f++
		}
		if w := g.word(f); w == "a" || w == "an" {
			f++
		}
		if sc := g.scaleWord(f); sc >= 1e3 && (f == e || g.word(e) == "of" || w == "half") {
			q.kind = numWords
			q.value = num / den * sc
			q.scaled = true
			return f + 1, true
		}
		// a fraction of a unit: "half an hour", "a quarter of a century",
		// "three quarters of a mile"
		if a := g.word(f - 1); (a == "a" || a == "an") && f > e && (g.word(e) == "of" || w == "half") && g.hyphenUnit(f, s) {
			u, ue, _ := g.unitAt(f, s)
			q.kind, q.value, q.unit, q.unitName, q.decimals = numFraction, num/den*u.factor, UnitQuantity, u.name, 2
			return ue, true
		}
	}
	if w == "half" && (g.word(e) == "a" || g.word(e) == "an") && g.word(e+1) == "dozen" {
		q.kind, q.value = numWords, 6
		return e + 2, true
	}
	if w == "half" {
		if !g.halfIsShare(j, e, s) {
			return 0, false
		}
		q.kind, q.value, q.unit = numFraction, 50, UnitPercent
		return e, true
	}
	if fw == "half" && (w == "a" || w == "one") && (e >= s.b || g.word(e) == "" || g.word(e) == "of") && !g.isHyphen(e) {
		if g.word(j-1) == "and" {
			return 0, false // "one and a half" is read from the whole number
		}
		q.kind, q.value, q.unit = numFraction, 50, UnitPercent // "a half"
		return e, true
	}
	// "a third of", "one-third", "two-thirds", "three quarters of", "three
	// fifths"; a singular fraction after "a"/"one" only where the phrase
	// ends ("a fifth." but not "a fifth round")
	if !hyph && g.word(e) != "of" && !plural {
		if w != "a" && w != "an" && w != "one" {
			return 0, false
		}
		if n := g.word(e); e < s.b && (n != "" && !functionWords[n] || g.toks[e].kind == tNum) {
			return 0, false
		}
		if fw == "quarter" && g.word(j-1) == "the" {
			return 0, false
		}
	}
	if den == 4 && !plural && !hyph && w == "quarter" {
		return 0, false
	}
	// ordinals after "a": "a second round" is an ordinal, not a fraction
	if den == 2 && w != "half" && fw != "half" && fw != "halves" {
		return 0, false
	}
	q.kind = numFraction
	q.value = num * 100 / den
	q.unit = UnitPercent
	if num >= den {
		q.kind, q.value, q.unit, q.decimals = numWords, num/den, "", 2 // "three halves": a number, not a share
		return e, true
	}
	// "one-quarter of one percent", "a third of a percentage point"
	if g.word(e) == "of" && (g.word(e+1) == "one" || g.word(e+1) == "a") {
		switch g.word(e + 2) {
		case "percent", "pct":
			q.value = num / den
			return e + 3, true
		case "per":
			if g.word(e+3) == "cent" {
				q.value = num / den
				return e + 4, true
			}
		case "percentage":
			if g.word(e+3) == "point" {
				q.value = num / den
				q.unit = UnitPercentagePoint
				return e + 4, true
			}
		}
	}
	_ = toks
	return e, true
}

// halfIsShare decides whether "half" at j states 50 percent.
func (g *grammar) halfIsShare(j, e int, s sentence) bool {
	prev := g.word(j - 1)
	switch prev {
	case "first", "second", "the", "other", "latter", "former", "and", "a":
		return false
	}
	if g.isHyphen(e) && g.toks[e].glued() {
		return false // half-year, half-hearted
	}
	next := g.word(e)
	switch next {
	case "of", "the", "its", "their", "his", "her", "all", "that", "what", "this", "those", "these", "our":
		return true
	case "year", "time", "hour", "century", "decade", "day", "month", "way", "an", "a", "dozen":
		return false
	}
	switch prev {
	case "by", "than", "about", "nearly", "almost", "around", "roughly", "some", "over", "under", "just", "only", "is", "was", "were", "are":
		return true
	}
	return false
}

// ratio reads "one out of three", "1 in 5", "two out of five hundred" as
// the share they state, in percent.
func (g *grammar) ratio(q *quantity, s sentence) {
	if (q.unit != "" && q.unit != UnitCount) || q.item != "" || q.kind != numDigits && q.kind != numWords || q.value <= 0 {
		return
	}
	e := q.b
	switch {
	case g.word(e) == "out" && g.word(e+1) == "of":
		e += 2
	case g.word(e) == "in":
		e++
	default:
		return
	}
	if e >= s.b {
		return
	}
	var den float64
	var de int
	if t := &g.toks[e]; t.kind == tNum && t.decimals == 0 && !isYearToken(t) {
		den, de = t.num, e+1
	} else if v, we, ok := g.wordNumber(e, s); ok {
		den, de = v, we
	} else {
		return
	}
	if den <= q.value || den > 1000 {
		return
	}
	if f, _ := g.unitFormAt(de, s); f != nil || periodNouns[g.word(de)] {
		return // "5 in 10 years" is not a share
	}
	q.value = q.value * 100 / den
	q.unit, q.kind = UnitPercent, numFraction
	q.b = de
	g.tailHedge(q, s)
}
