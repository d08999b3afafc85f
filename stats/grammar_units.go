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
			if n := g.word(e + 1); n != "" && !functionWords[n] {
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
		// cents and pence: "34 cts", "five cents a share", "20p", "10¢"
		isCent := e < s.b && toks[e].kind == tSym && toks[e].text == "¢"
		switch g.word(e) {
		case "cts", "cents", "cent", "ct", "pence", "p", "c", "penny", "pennies":
			isCent = true
		}
		if isCent {
			if q.currency == "" && !q.scaled && (g.word(e) != "p" && g.word(e) != "c" || toks[e].glued()) {
				q.currency = "USD"
				if w := g.word(e); w == "pence" || w == "p" {
					q.currency = "GBP"
				}
				q.bare = true
				q.unit = UnitMoney
				q.value /= 100
				q.decimals += 2
				return g.perUnit(q, e+1, s)
			}
		}
		// "6.84 billion mark surplus": a singular currency word after a scale
		if q.scaled && q.currency == "" && g.word(e) == "mark" && toks[e].gap <= 1 {
			q.currency, q.unit = "DEM", UnitMoney
			return e + 1
		}
		// currency words after: 38.37 billion dlrs, 20 bln EUR, 146 yen
		if code, n, bare, ok := g.matchCurrency(e, s); ok && e < s.b && toks[e].gap <= 1 && !g.currencyArea(e+n) {
			if q.currency == "" || !bare {
				q.currency, q.bare = code, bare
			}
			q.unit = UnitMoney
			e += n
			return g.perUnit(q, e, s)
		}
		if e < s.b && toks[e].kind == tSym && toks[e].text != "%" && toks[e].gap <= 1 && q.currency == "" {
			if code, ok := CurrencyBySymbol(toks[e].text); ok && !(e+1 < s.b && toks[e+1].kind == tNum && toks[e+1].glued()) {
				q.currency, q.bare = code, toks[e].text == "$" || toks[e].text == "£" || toks[e].text == "¥"
				q.unit = UnitMoney
				return g.perUnit(q, e+1, s)
			}
		}
		if e+1 < s.b && toks[e].kind == tWord && toks[e+1].kind == tSym && toks[e+1].glued() && toks[e].gap <= 1 {
			if code, ok := CurrencyBySymbol(strings.ToUpper(toks[e].text) + toks[e+1].text); ok {
				q.currency, q.unit = code, UnitMoney // "3.14US$"
				return g.perUnit(q, e+2, s)
			}
		}
		// "one-yen bid", "12-cent-a-share dividend", "a 5-dollar bill"
		if g.gluedHyphen(e) {
			switch g.word(e + 1) {
			case "yen", "dollar", "euro", "pound", "yuan", "franc", "mark", "rupee":
				code, _, bare, _ := g.matchCurrency(e+1, s)
				if code != "" {
					q.currency, q.bare, q.unit = code, bare, UnitMoney
					return e + 2
				}
			case "cent":
				q.currency, q.bare, q.unit = "USD", true, UnitMoney
				q.value /= 100
				return e + 2
			}
		}
		if e < s.b && toks[e].kind == tWord && toks[e].gap <= 1 && q.currency == "" {
			if code := currencyPrefix(toks[e].text, toks[e].glued()); code != "" {
				q.currency = code
				q.unit = UnitMoney
				e++
				// "75 USD million"
				if sc := scaleWords[g.word(e)]; sc >= 1e3 && !q.scaled {
					q.value *= sc
					q.scaled, q.scale = true, sc
					e++
				}
				return g.perUnit(q, e, s)
			}
			// "30 MUSD", "120 MEUR": millions of a currency
			if w := toks[e].text; len(w) == 4 && w[0] == 'M' && IsCurrencyCode(w[1:]) && !q.scaled {
				q.currency, q.unit = w[1:], UnitMoney
				q.value *= 1e6
				q.scaled, q.scale = true, 1e6
				return g.perUnit(q, e+1, s)
			}
		}
		if q.currency != "" {
			q.unit = UnitMoney
			return g.perUnit(q, e, s)
		}
		// points: index moves or percentage points
		if w == "point" || w == "points" {
			q.unit = UnitQuantity
			q.unitName = "point"
			return e + 1
		}
		// hyphenated unit: six-year, 13-month
		if g.gluedHyphen(e) {
			hw := g.word(e + 1)
			if name, ok := hyphenUnits[hw]; ok && name != "" {
				q.unit = UnitQuantity
				q.unitName = name
				return e + 2
			}
		}
		// physical and time units
		if name, ok := quantityUnits[w]; ok && w != "" && toks[e].gap <= 1 {
			switch w {
			case "cubic", "square":
				if n2, ok := quantityUnits[g.word(e+1)]; ok && n2 != "" {
					q.unit = UnitQuantity
					q.unitName = w + " " + n2
					return e + 2
				}
				return e
			case "quarter", "quarters":
				if q.kind == numWords || q.value < 12 {
					q.unit = UnitQuantity
					q.unitName = name
					return e + 1
				}
				return e
			case "mt", "gb", "mb", "mw", "gw", "kg", "km", "lb", "oz":
				// abbreviations only when glued or clearly units
			}
			q.unit = UnitQuantity
			q.unitName = name
			e++
			if (name == "barrel" || name == "tonne" || name == "ton") && (g.word(e) == "per" || g.word(e) == "a") && g.word(e+1) == "day" {
				q.unitName = name + " per day"
				e += 2
			}
			return e
		}
		if w == "metric" && (g.word(e+1) == "tons" || g.word(e+1) == "tonnes" || g.word(e+1) == "ton") {
			q.unit = UnitQuantity
			q.unitName = "metric ton"
			return e + 2
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
	if functionWords[first] || verbLike[first] || months[first] > 0 && isUpper(toks[e].text) {
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
		if functionWords[w] || verbLike[w] {
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
