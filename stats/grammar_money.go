package stats

// Money and currency: currency words and symbols around a figure, minor
// units, prices per unit.

// matchCurrency is MatchCurrencyWord on the words from token k on. Most
// tokens are rejected by their class: a currency word or letter symbol
// must be one of the lxCurrency words, unless its gazetteer key is not
// simply its lower-cased text (non-ASCII, or a final period).
func (g *grammar) matchCurrency(k int, s sentence) (code string, n int, bare, ok bool) {
	if k < 0 || k >= len(g.toks) {
		return "", 0, false, false
	}
	if !currencyCandidate(&g.toks[k]) {
		return "", 0, false, false
	}
	return MatchCurrencyWord(g.words(k, s), 0)
}

// currencyCandidate reports whether MatchCurrencyWord may match at token t
// (it rejects any other token at once).
func currencyCandidate(t *token) bool {
	return t.kind == tWord && t.cls&(lxCurrency|lxNotPlain) != 0
}

// isCurrencyContext reports whether a currency word follows the figure at j
// (after a scale word): then a currency word before it is not its prefix.
func (g *grammar) isCurrencyContext(j int, s sentence) bool {
	k := j + 1
	if scaleWords[g.word(k)] > 0 {
		k++
	}
	_, _, _, ok := g.matchCurrency(k, s)
	return ok || k < s.b && g.toks[k].kind == tSym
}

// minorUnits adds the minor units that follow an amount: "3 dollars 50
// cents", "$20 and 43c", "3 GBP 1 pence", "20 ringgit and 43 sen".
func (g *grammar) minorUnits(q *quantity, e int, s sentence) int {
	switch g.word(e - 1) {
	case "cents", "cent", "cts", "c", "pence", "p", "penny", "pennies", "sen":
		return e // already in minor units: "10 cents and 8 cents" are two amounts
	}
	k := e
	if g.word(k) == "and" {
		k++
	}
	if k >= s.b || q.scaled {
		return e
	}
	var v float64
	n := k
	if t := &g.toks[k]; t.kind == tNum && t.decimals == 0 && t.num < 100 {
		v, n = t.num, k+1
	} else if wv, we, ok := g.wordNumber(k, s); ok && wv < 100 {
		v, n = wv, we
	} else {
		return e
	}
	switch g.word(n) {
	case "cents", "cent", "c", "pence", "p", "sen", "sens", "kopiykas", "kopecks", "kopeks", "centimes", "pennies", "penny":
	default:
		if !(n < s.b && g.toks[n].kind == tSym && g.toks[n].text == "¢") {
			return e
		}
	}
	q.value += v / 100
	q.decimals = 2
	return n + 1
}

// currencyArea reports whether the word at e makes a preceding currency
// name a region: "euro zone", "dollar area", "sterling bloc".
func (g *grammar) currencyArea(e int) bool {
	if g.gluedHyphen(e) {
		e++
	}
	switch g.word(e) {
	case "zone", "area", "bloc", "region", "countries", "members", "nations", "economies":
		return true
	}
	return false
}

// perUnit reads "per barrel", "a share", "an ounce" after a money amount.
func (g *grammar) perUnit(q *quantity, e int, s sentence) int {
	w := g.word(e)
	if w != "per" && w != "a" && w != "an" {
		return e
	}
	n := g.word(e + 1)
	if w == "a" || w == "an" {
		switch g.word(e + 2) {
		case "earlier", "ago", "before", "later":
			return e // "$2.7bn a year earlier"
		}
	}
	switch n {
	case "share", "shr":
		q.unitName = "per share"
		return e + 2
	case "barrel", "tonne", "ton", "ounce", "bushel", "pound", "kilo", "kilogram", "head", "unit", "gallon", "litre", "liter", "hour", "month", "year", "day", "person", "capita", "bag", "bale", "lb", "troy":
		if n == "troy" && g.word(e+2) == "ounce" {
			q.unitName = "troy ounce"
			return e + 3
		}
		if n == "capita" {
			q.unitName = "per capita"
		} else {
			q.unitName = n
		}
		return e + 2
	}
	return e
}
