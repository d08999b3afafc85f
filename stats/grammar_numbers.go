package stats

import (
	"math"
)

// Numbers and scales written with digits: separators, decimals, glued
// suffixes, scale words, and the figures that are dates or names.

// parseFigure reads the number itself starting at j.
func (g *grammar) parseFigure(q *quantity, j int, s sentence) (int, bool) {
	toks := g.toks
	t := &toks[j]
	switch t.kind {
	case tNum:
		return g.parseDigits(q, j, s)
	case tWord:
		return g.parseWordFigure(q, j, s)
	}
	return 0, false
}

// parseDigits handles figures written with digits.
func (g *grammar) parseDigits(q *quantity, j int, s sentence) (int, bool) {
	toks := g.toks
	t := &toks[j]
	q.kind = numDigits
	q.value = t.num
	q.decimals = int(t.decimals)
	e := j + 1
	if t.vulgar {
		// "½" alone is a share, "½ teaspoon" half a unit; "2½" is read at
		// the whole number
		if g.unitAfterFraction(e, s) {
			return e, true
		}
		q.kind, q.value, q.unit = numFraction, t.num*100, UnitPercent
		return e, true
	}
	if e < s.b && toks[e].vulgar && toks[e].glued() && t.decimals == 0 {
		q.value += toks[e].num // "2½"
		q.decimals = 2
		e++
	}
	// part of a name or code: "COVID-19", "G-7", "F-16", "Boeing 747", "A380"
	if j > s.a && t.glued() {
		p := &toks[j-1]
		if p.kind == tWord && q.currency == "" {
			return 0, false
		}
		if g.isHyphen(j-1) && j-2 >= s.a && toks[j-2].kind == tWord && p.glued() {
			w := g.lw(j - 2)
			if _, isNum := g.cardinalWord(j - 2); !isNum && g.monthWord(j-2) == 0 && w != "mid" && w != "late" && w != "early" && w != "minus" && w != "negative" && w != "plus" && !approxPrefixes[w] {
				q.skip = true
				return e, true
			}
		}
		if p.kind == tPunct && (p.text == "/" || p.text == ":" || p.text == "." || p.text == "#") {
			q.skip = true
			return e, true
		}
	}
	// times of day: "11 a.m.", "3 pm", "2.30pm" (not "2.1 pm", picometres)
	if e < s.b && g.toks[e].gap <= 1 && t.num <= 12 && (t.decimals == 0 || t.decimals == 2 && t.num-math.Floor(t.num) < 0.595) {
		switch g.lw(e) {
		case "a.m.", "p.m.", "a.m", "p.m", "am", "pm":
			q.skip = true
			return e + 1, true
		}
	}
	// glued letters: ordinal suffixes, scale abbreviations, or a code ("5G")
	if e < s.b && toks[e].kind == tWord && toks[e].glued() {
		w := g.lw(e)
		switch {
		case (w == "st" || w == "nd" || w == "rd" || w == "th") && t.decimals == 0 && !t.commas:
			q.kind = numOrdinal
			e++
			if g.periodAfter(e, s) || g.dateAround(j, e, s) {
				q.skip = true
				return e, true
			}
			q.unit = UnitOrdinal
			return g.superlative(q, e, s), true
		case w == "s" && t.decimals == 0:
			q.skip = true // the 1990s
			return e + 1, true
		}
		if sc := g.gluedScale(q, e, s); sc > 0 {
			q.value *= sc
			q.scaled, q.scale = true, sc
			e++
		} else if w == "x" {
			q.kind = numMultiple
			q.unit = UnitMultiple
			return e + 1, true
		} else if !g.gluedUnit(q, e, s) {
			q.skip = true // a code: "5G", "7c7"
			return e + 1, true
		}
	}
	// mixed fractions, Reuters style: "7-3/4 pct", "7 1/2"
	if t.decimals == 0 && !t.commas {
		f := e
		if g.isHyphen(e) && toks[e].glued() && e+1 < s.b && toks[e+1].glued() {
			f = e + 1
		}
		if f+2 < s.b && toks[f].kind == tNum && (f > e || toks[f].gap == 1) && g.isPunct(f+1, "/") &&
			toks[f+2].kind == tNum && toks[f+1].glued() && toks[f+2].glued() &&
			toks[f].digits <= 2 && toks[f+2].digits <= 2 && toks[f].decimals == 0 && toks[f+2].decimals == 0 &&
			toks[f+2].num > toks[f].num && toks[f].num > 0 {
			q.value = t.num + toks[f].num/toks[f+2].num
			q.decimals = 2
			e = f + 3
			// a bid/offer quote, Reuters style: "6-1/4, 1/8 pct" is 6-1/8 to 6-1/4
			if e+3 < s.b && g.isPunct(e, ",") && toks[e+1].kind == tNum && g.isPunct(e+2, "/") && toks[e+3].kind == tNum &&
				toks[e+2].glued() && toks[e+3].glued() && toks[e+1].decimals == 0 && toks[e+3].num > toks[e+1].num &&
				toks[e+3].digits <= 2 && toks[e+1].num > 0 {
				other := t.num + toks[e+1].num/toks[e+3].num
				q.value, q.max, q.hasMax = min(q.value, other), max(q.value, other), true
				e += 4
			}
		}
	}
	// names with a plus: "16+1"
	if e < s.b && g.isPunct(e, "+") && toks[e].glued() || j > s.a && g.isPunct(j-1, "+") && t.glued() && j-2 >= s.a && toks[j-1].glued() && toks[j-2].kind != tPunct {
		q.skip = true
		if e+1 < s.b && toks[e+1].kind == tNum && g.isPunct(e, "+") {
			e += 2
		}
		return e, true
	}
	// times of day and ratios: 10:30
	if e+1 < s.b && g.isPunct(e, ":") && toks[e].glued() && toks[e+1].kind == tNum && toks[e+1].glued() {
		q.skip = true
		return e + 2, true
	}
	// fractions and fiscal years: 3/4, 1987/88
	if e+1 < s.b && g.isPunct(e, "/") && toks[e].glued() && toks[e+1].kind == tNum && toks[e+1].glued() {
		n2 := &toks[e+1]
		if isYearToken(t) && (n2.digits == 2 || n2.digits == 4) {
			q.skip = true
			q.period = t.text + "/" + n2.text
			return e + 2, true
		}
		if t.decimals == 0 && n2.decimals == 0 && n2.num > 0 && g.word(e+2) == "of" {
			q.kind = numFraction
			q.value = t.num / n2.num * 100
			q.unit = UnitPercent
			return e + 2, true
		}
		if t.decimals == 0 && n2.decimals == 0 && n2.num > t.num && g.unitAfterFraction(e+2, s) {
			q.value, q.decimals = t.num/n2.num, 2 // "a 1/4 mile oval", "1/2 cup"
			return e + 2, true
		}
		q.skip = true
		return e + 2, true
	}
	// year ranges: 2012-13, 2004-2005
	if isYearToken(t) && e+1 < s.b && g.isHyphen(e) && toks[e].glued() && toks[e+1].kind == tNum && toks[e+1].glued() && toks[e+1].decimals == 0 && (toks[e+1].digits == 2 || isYearToken(&toks[e+1])) {
		q.skip = true
		q.period = t.text[:4]
		return e + 2, true
	}
	// space-separated thousands: "816 000", "1 234 567.89"
	if t.digits <= 3 && t.decimals == 0 && !t.commas && !t.vulgar {
		v, k := q.value, e
		for k < s.b && toks[k].kind == tNum && toks[k].digits == 3 && !toks[k].commas && !toks[k].vulgar &&
			isThousandsGap(g.text[toks[k-1].end:toks[k].start]) && toks[k-1].decimals == 0 {
			v = v*1000 + toks[k].num
			k++
		}
		if k > e && (k >= s.b || toks[k].kind != tNum) {
			q.value, q.decimals = v, int(toks[k-1].decimals)
			e = k
		}
	}
	// "1 point 1"
	if t.decimals == 0 && !t.commas {
		if d, de, ok := g.spokenDecimal(e, s); ok {
			q.value += d
			q.decimals = 1
			e = de
		}
	}
	// "3 hundred and 21", "4 thousand 3 hundred": a spelled number that
	// starts with digits
	if t.decimals == 0 && !t.commas && t.digits <= 3 && !q.scaled && g.scaleWord(e) > 0 {
		if v, we, ok := g.wordNumber(j, s); ok && we > e+1 {
			q.value, q.scaled = v, v >= 1000
			if q.scaled {
				q.scale = scaleOf(v)
			}
			e = we
		}
	}
	// scale words: 1.2 million, 38.37 BILLION
	if !q.scaled && g.gluedHyphen(e) && g.scaleWord(e+1) >= 1e6 {
		e++ // "a $1.5-billion deal", "7-million tonnes"
	}
	if !q.scaled && e < s.b && toks[e].kind == tWord {
		w := g.lw(e)
		sc, ok := g.scaleWordOK(e)
		if w == "mm" && (q.currency != "" || g.currencyAt(e+1, s)) {
			sc, ok = 1e6, true // "$5 mm", "5 mm dlrs"; else millimetres
		}
		if ok && sc > 0 {
			q.value *= sc
			q.scaled, q.scale = true, sc
			e++
			// "5 hundred thousand", "3 lakh crore", "three thousand millions"
			if e < s.b {
				if sc2, ok := g.scaleWordOK(e); ok && sc2 > sc {
					q.value *= sc2
					q.scale *= sc2
					e++
				}
			}
		}
	}
	// "3 million and a half", "3 million and a quarter"
	if q.scaled {
		if f, fe, ok := g.andFraction(e, s); ok && g.scaleWord(fe) == 0 {
			q.value += f * q.scale
			e = fe
		}
	}
	// ordinal/numeric dates and days: "Nov. 10-16", "February 22", "10 March"
	if !q.scaled && q.currency == "" && t.decimals == 0 && !t.commas && g.dateAround(j, e, s) {
		q.skip = true
		if e+1 < s.b && g.isHyphen(e) && toks[e+1].kind == tNum {
			e += 2
		}
		return e, true
	}
	return e, true
}

// unitAfterFraction reports whether a unit of measure follows a fraction
// at e ("1/4 mile", "½ teaspoon"), which makes it a part of the unit, not a
// share of a whole.
func (g *grammar) unitAfterFraction(e int, s sentence) bool {
	if g.gluedHyphen(e) {
		e++
	}
	if e < s.b && g.toks[e].gap <= 1 {
		switch g.word(e) {
		case "pct", "percent", "point", "points":
			return true // "a fractional 1/16 pct", "1/4 point"
		}
	}
	f, _ := g.unitFormAt(e, s)
	return f != nil && !f.single && f.toks[0] != "in" && e < s.b && g.toks[e].gap <= 1
}

// gluedScale returns the scale a word glued to a figure states, or 0:
// scale words on any figure ("16bn", "1.2mln"); "k" and "K" on any figure
// ("10k", "0.5k miles"); "M" and "B" unless a name follows ("10M", "5B";
// not "3M Co"); "m" with a currency or before a noun ("£1.2m", "37m
// tonnes"; "37m tall" is metres); "mm", "b", "T", "tr", "bil", "mil" with
// a currency ("$5mm", "$5b", "$2.174T").
func (g *grammar) gluedScale(q *quantity, e int, s sentence) float64 {
	w := g.lw(e)
	if sc, ok := g.scaleWordOK(e); ok && sc > 0 && w != "hundred" && w != "hundreds" {
		return sc
	}
	raw := g.toks[e].text
	money := q.currency != "" || g.currencyAt(e+1, s)
	switch raw {
	case "k", "K":
		// thousands are round, or of a unit: "50k", "2.5k", "5k miles"; not
		// "401k", "4K", "8K"
		if money || q.decimals > 0 || q.value >= 10 && math.Mod(q.value, 5) == 0 || g.unitAfterFraction(e+1, s) {
			return 1e3 // "5k miles"
		}
		return 0
	case "M", "B":
		// "10M", "$5B"; not "3M said", "3M and Boeing": a bare single
		// digit before a capital is a name unless a noun follows
		if !money && (g.nameAfter(e+1, s) || q.decimals == 0 && q.value < 10 && !g.nounAfter(e+1, s)) {
			return 0
		}
		if raw == "M" {
			return 1e6
		}
		return 1e9
	case "m":
		switch {
		case money:
			return 1e6 // "£1.2m", "5m euros"
		case g.lengthNext(e+1, s):
			return 0 // "1.8m tall", "a 700m stretch", "37m (121ft)"
		case g.nounAfter(e+1, s):
			return 1e6 // "37m tonnes", "10m people"
		case g.lengthInSentence(e, s):
			return 0 // "1m is equal to 10 dm"
		}
		return 1e6 // "up from 38m", "carries 3m a month"
	}
	if !money {
		return 0
	}
	switch w {
	case "mm", "mil":
		return 1e6
	case "b", "bil":
		return 1e9
	case "t", "tr":
		return 1e12
	}
	return 0
}

// lengthNext reports whether what follows a figure at n makes it a
// length: a dimension or a stretch ("1.8m tall", "a 700m stretch") or a
// length in brackets ("37m (121ft)").
func (g *grammar) lengthNext(n int, s sentence) bool {
	w := g.word(n)
	return dimensionWords[w] && w != "in" && w != "by" || lengthNouns[w] ||
		g.isPunct(n, "(") && n+2 < s.b && g.toks[n+1].kind == tNum && g.lengthAt(n+2, s)
}

// lengthInSentence reports whether the sentence names a length, or
// another measure than the one at e, within 30 tokens ("1m is equal to 10
// dm", "capacity is 100t and outreach is 48m").
func (g *grammar) lengthInSentence(e int, s sentence) bool {
	for k := max(s.a, e-30); k < min(s.b, e+30); k++ {
		if k != e && g.toks[k].kind == tWord && (lengthNouns[g.lw(k)] || k > s.a && g.toks[k-1].kind == tNum && g.measureAt(k, s)) {
			return true
		}
	}
	return false
}

// lengthAt reports whether a unit of length is written at k, other than
// "m" (which may be the scale).
func (g *grammar) lengthAt(k int, s sentence) bool {
	f, _ := g.unitFormAt(k, s)
	return f != nil && f.unit.dim == "length" && !f.single
}

// measureAt reports whether a unit of measure other than time is written
// at k, other than "m".
func (g *grammar) measureAt(k int, s sentence) bool {
	f, _ := g.unitFormAt(k, s)
	return f != nil && f.unit.dim != "time" && !(f.single && f.toks[0] == "m")
}

// lengthNouns speak of a distance or a height ("a 700m stretch").
var lengthNouns = map[string]bool{
	"stretch": true, "height": true, "length": true, "depth": true, "distance": true, "altitude": true,
	"elevation": true, "sprint": true, "race": true, "hurdles": true, "freestyle": true, "metres": true,
	"relay": true, "dash": true, "butterfly": true, "backstroke": true, "breaststroke": true, "medley": true,
	"meters": true, "tall": true, "feet": true, "ft": true, "km": true, "kilometres": true, "kilometers": true,
	"wide": true, "long": true, "deep": true, "high": true, "sea": true, "span": true, "wingspan": true,
}

// currencyAt reports whether a currency is named at k: a symbol glued to
// the figure ("5m€"), an ISO code or a currency word ("5m USD", "5m
// dollars").
func (g *grammar) currencyAt(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	t := &g.toks[k]
	switch t.kind {
	case tSym:
		return t.text != "%" && t.glued()
	case tWord:
		if g.currencyPrefixAt(k, false) != "" {
			return true
		}
		_, _, _, ok := g.matchCurrency(k, s)
		return ok
	}
	return false
}

// nounAfter reports whether a noun follows at k, as after a scale ("37m
// tonnes", "10m people") and not after a unit ("37m tall", "48m.").
func (g *grammar) nounAfter(k int, s sentence) bool {
	if k >= s.b || g.toks[k].kind != tWord || g.toks[k].gap != 1 {
		return false
	}
	w := g.lw(k)
	return g.toks[k].cls&(lxFunction|lxVerbLike) == 0 && !dimensionWords[w] && !isUpper(g.toks[k].text)
}

// nameAfter reports whether the figure is part of a name: a capitalised
// word or "said" follows ("3M Co", "3M said").
func (g *grammar) nameAfter(k int, s sentence) bool {
	if k >= s.b || g.toks[k].kind != tWord {
		return false
	}
	w := g.lw(k)
	return isUpper(g.toks[k].text) && !g.allUpperLine(s) || w == "said" || w == "says" || g.toks[k].cls&lxVerbLike != 0
}

// gluedUnit reports whether a word glued to a figure is a unit the unit
// parser reads: percent ("10pct", "1.38pc"), minor units ("164p", "7c"),
// a currency ("5USD", "3.14US$") or a unit of measure ("5km", "10kW").
func (g *grammar) gluedUnit(q *quantity, e int, s sentence) bool {
	switch g.lw(e) {
	case "pct", "pc", "p", "c", "sen", "cts":
		return true
	}
	if g.currencyPrefixAt(e, true) != "" || e+1 < s.b && g.toks[e+1].kind == tSym && g.toks[e+1].glued() {
		return true
	}
	_, _, ok := g.firstUnit(q, e, s, false)
	return ok
}

// isYearToken reports whether a number token looks like a year.
func isYearToken(t *token) bool {
	return t.kind == tNum && t.digits == 4 && t.decimals == 0 && !t.commas && t.num >= 1800 && t.num <= 2100
}

// dateAround reports whether the day-like figure toks[j:e] sits next to a
// month name ("February 22", "22 Feb", "Nov. 10-16") or a weekday.
func (g *grammar) dateAround(j, e int, s sentence) bool {
	t := &g.toks[j]
	if t.kind == tNum && (t.num < 1 || t.num > 31 || t.decimals != 0) {
		return false
	}
	k := j - 1
	if g.isPunct(k, ".") || g.isPunct(k, ",") {
		k--
	}
	if k >= s.a && g.monthWord(k) > 0 && (isUpper(g.toks[k].text) || g.toks[k].text == "may") {
		if g.word(k) == "may" && !isUpper(g.toks[k].text) {
			return false
		}
		return true
	}
	if g.word(j-1) == "of" && g.monthWord(j-2) == 0 {
		// "the 3rd of March"
		if g.monthWord(e+1) > 0 && g.word(e) == "of" {
			return true
		}
	}
	if e < s.b && g.monthWord(e) > 0 && isUpper(g.toks[e].text) && g.word(e) != "may" {
		return true
	}
	if e+1 < s.b && g.word(e) == "of" && g.monthWord(e+1) > 0 && isUpper(g.toks[e+1].text) {
		return true
	}
	return false
}

// periodAfter reports whether a period noun follows: "fourth quarter".
func (g *grammar) periodAfter(e int, s sentence) bool {
	if e >= s.b {
		return false
	}
	if g.isHyphen(e) && g.toks[e].glued() {
		e++
	}
	w := g.word(e)
	if periodNouns[w] {
		return true
	}
	// "the 17th century", "21st-century": a period, no rank
	return w == "century" || w == "centuries" || w == "millennium"
}

// superlative extends an ordinal over "-largest" ("second-largest").
func (g *grammar) superlative(q *quantity, e int, s sentence) int {
	if e+1 < s.b && g.isHyphen(e) && g.toks[e].glued() && (superlatives[g.word(e+1)] || rankWords[g.word(e+1)]) {
		return e + 2
	}
	if e < s.b && superlatives[g.word(e)] && g.word(e) != "most" && g.word(e) != "least" {
		return e + 1
	}
	return e
}

// scaleOf returns the power of a thousand that v is a multiple of.
func scaleOf(v float64) float64 {
	for _, sc := range []float64{1e12, 1e9, 1e6, 1e3} {
		if math.Abs(v) >= sc {
			return sc
		}
	}
	return 1
}

// isThousandsGap reports whether s is a single space used as a thousands
// separator ("816 000").
func isThousandsGap(s string) bool {
	switch s {
	case " ", "\u00a0", "\u2009", "\u202f":
		return true
	}
	return false
}

// approxPrefixes hyphenated to a figure hedge it, not name it:
// "near-400,000 complaints", "almost-50% share".
var approxPrefixes = map[string]bool{"near": true, "nearly": true, "almost": true, "around": true, "about": true, "some": true}
