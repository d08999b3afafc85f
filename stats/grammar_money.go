package stats

import (
	"strconv"
	"strings"
)

// Money and currency: currency words and symbols around a figure, minor
// units, prices per unit.

// currencyBefore reads a currency written before a figure starting at k:
// a symbol ("$", "£"), a prefixed symbol ("US$5", "HK$10", "$US55", "$A5"),
// an ISO code ("USD 300", "USD10m"), millions of a code ("MAUD 60"), a
// currency word ("ringgit 42") or "Rs." It sets q's currency and returns
// the first token of the figure, a scale the prefix states, and whether a
// sign follows the symbol ("$-50.8bn"). ok is false where no quantity can
// start at k.
func (g *grammar) currencyBefore(q *quantity, k int, s sentence) (j int, scale float64, negate, ok bool) {
	toks := g.toks
	t := &toks[k]
	j = k
	switch t.kind {
	case tSym:
		if t.text == "%" {
			return k, 0, false, false
		}
		code, ok := CurrencyBySymbol(t.text)
		if !ok || k+1 >= s.b {
			return k, 0, false, false
		}
		if k > s.a && toks[k-1].kind == tWord && t.glued() {
			return k, 0, false, false // handled at the word: "US$"
		}
		q.currency, q.bare = code, t.text == "$" || t.text == "£" || t.text == "¥"
		j = k + 1
		// "$US55,931,000", "$A5 million", "$NZ3": the country after the sign
		if n := &toks[j]; n.kind == tWord && n.glued() && len(n.text) <= 3 && j+1 < s.b && toks[j+1].kind == tNum && toks[j+1].gap <= 1 {
			if c, ok := CurrencyBySymbol(strings.ToUpper(n.text) + t.text); ok {
				q.currency, q.bare = c, false
				j++
			}
		}
		// "$-50.8bn": the sign after the symbol
		if (g.isPunct(j, "-") || g.isPunct(j, "−")) && toks[j].glued() && j+1 < s.b && toks[j+1].kind == tNum && toks[j+1].glued() {
			return j + 1, 0, true, true
		}
	case tWord:
		if k+2 < s.b && toks[k+1].kind == tSym && toks[k+1].text != "%" && toks[k+2].kind == tNum && toks[k+2].gap <= 1 {
			// "US$5", "HK$10", "usd$ 15", and in lower-cased text "c $ 16.4"
			sym := toks[k+1].text
			pre := strings.ReplaceAll(strings.ToUpper(t.text), ".", "")
			code, ok := CurrencyBySymbol(pre + sym)
			if !ok && sym == "$" && toks[k+1].glued() {
				code = g.currencyPrefixAt(k, true)
				ok = code != ""
			}
			spaced := false
			switch pre {
			case "C", "HK", "US", "NZ", "AU", "NT", "R", "MEX", "CA":
				spaced = !isUpper(t.text) || pre == "US" // lower-cased text: "c $ 16.4", "u.s $ 100"
			}
			if ok && (toks[k+1].glued() || spaced) {
				q.currency = code
				return k + 2, 0, false, true
			}
		}
		if k+1 < s.b && toks[k+1].kind == tNum && toks[k+1].gap <= 1 {
			if code := g.currencyPrefixAt(k, toks[k+1].glued()); code != "" {
				q.currency = code
				return k + 1, 0, false, true
			}
			// "MAUD 60": millions of a currency
			if len(t.text) == 4 && t.text[0] == 'M' && IsCurrencyCode(t.text[1:]) {
				q.currency = t.text[1:]
				return k + 1, 1e6, false, true
			}
		}
		// a currency word before the figure: "ringgit 42", "Malaysian ringgit 42"
		if code, n, bare, ok := g.matchCurrency(k, s); ok && !bare && k+n < s.b && toks[k+n].kind == tNum && toks[k+n].gap <= 1 && (k == s.a || !g.isCurrencyContext(k+n, s)) {
			q.currency = code
			return k + n, 0, false, true
		}
		if k+2 < s.b && toks[k+1].kind == tPunct && toks[k+1].text == "." && toks[k+2].kind == tNum && t.text == "Rs" {
			q.currency = "INR"
			return k + 2, 0, false, true
		}
	}
	return j, 0, false, true
}

// aCurrency reads "a dollar", "a euro", "a cent", "a penny" at k as one of
// the currency, with minor units after it ("a dollar and 42 cents"), into
// q; it reports whether it did.
func (g *grammar) aCurrency(q *quantity, k int, s sentence) bool {
	t := &g.toks[k]
	if t.kind != tWord || t.text != "a" && t.text != "A" && t.text != "an" || k+1 >= s.b || g.gluedHyphen(k+2) {
		return false
	}
	if n := g.word(k + 2); n != "" && !functionWords[n] {
		return false
	}
	switch w := g.word(k + 1); w {
	case "dollar", "euro", "cent", "penny":
		code, _, bare, _ := g.matchCurrency(k+1, s)
		if w == "cent" || w == "penny" {
			code, bare = "USD", true
		}
		if code == "" {
			return false
		}
		q.kind, q.value, q.unit, q.currency, q.bare, q.numA = numWords, 1, UnitMoney, code, bare, k
		if w == "cent" || w == "penny" {
			q.value = 0.01
		}
		q.b = g.minorUnits(q, k+2, s)
		g.hedge(q, s)
		return true
	}
	return false
}

// moneyAfter reads a currency after the figure of q ("38.37 billion dlrs",
// "20 bln EUR", "146 yen", "34 cts", "20p", "5€"), or makes q money when a
// currency came before it ("$5"). It returns the end and whether q is
// money.
func (g *grammar) moneyAfter(q *quantity, e int, s sentence) (int, bool) {
	toks := g.toks
	// cents of a named currency: "65 Canadian cents", "85.45 U.S. cents",
	// "50 euro cents"
	if w := g.word(e + 1); (w == "cents" || w == "cent") && q.currency == "" && !q.scaled && toks[e].gap <= 1 {
		code, _, bare, ok := g.matchCurrency(e, s)
		if !ok && toks[e].kind == tWord {
			code, _, bare, ok = MatchCurrencyWord([]string{toks[e].text, "dollars"}, 0)
		}
		if ok && !bare || ok && code == "EUR" {
			q.currency, q.unit = code, UnitMoney
			q.value /= 100
			q.decimals += 2
			return g.perUnit(q, e+2, s), true
		}
	}
	// cents and pence: "34 cts", "five cents a share", "20p", "10¢"
	isCent := e < s.b && toks[e].kind == tSym && toks[e].text == "¢"
	switch g.word(e) {
	case "cts", "cents", "cent", "ct", "pence", "p", "penny", "pennies":
		isCent = true
	case "c":
		isCent = toks[e].text == "c" // "7c"; "40C" is Celsius
	case "sen", "pfennig", "pfennigs":
		if q.currency == "" && !q.scaled {
			q.currency, q.unit = "MYR", UnitMoney // "18 sen": hundredths of a ringgit
			if g.word(e) != "sen" {
				q.currency = "DEM" // "one pfennig lower": hundredths of a mark
			}
			q.value /= 100
			q.decimals += 2
			return g.perUnit(q, e+1, s), true
		}
	}
	if isCent && g.word(e) == "p" && !g.penceContext(e, s) {
		isCent = false // "1080p resolution": a code
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
			return g.perUnit(q, e+1, s), true
		}
	}
	// "6.84 billion mark surplus": a singular currency word after a scale
	if q.scaled && q.currency == "" && g.word(e) == "mark" && toks[e].gap <= 1 {
		q.currency, q.unit = "DEM", UnitMoney
		return e + 1, true
	}
	// currency words after: 38.37 billion dlrs, 20 bln EUR, 146 yen; not
	// pounds of weight ("208 pounds", "2.3 mln pounds of peanuts")
	if code, n, bare, ok := g.matchCurrency(e, s); ok && e < s.b && g.unitGap(q, e) && !g.currencyArea(e+n) && !(bare && g.poundOfMass(q, e, s)) {
		if q.currency == "" || !bare {
			q.currency, q.bare = code, bare
		}
		q.unit = UnitMoney
		e += n
		return g.perUnit(q, e, s), true
	}
	if e < s.b && toks[e].kind == tSym && toks[e].text != "%" && toks[e].gap <= 1 && q.currency == "" {
		if code, ok := CurrencyBySymbol(toks[e].text); ok && !(e+1 < s.b && toks[e+1].kind == tNum && toks[e+1].glued()) {
			q.currency, q.bare = code, toks[e].text == "$" || toks[e].text == "£" || toks[e].text == "¥"
			q.unit = UnitMoney
			return g.perUnit(q, e+1, s), true
		}
	}
	if e+1 < s.b && toks[e].kind == tWord && toks[e+1].kind == tSym && toks[e+1].glued() && toks[e].gap <= 1 {
		if code, ok := CurrencyBySymbol(strings.ToUpper(toks[e].text) + toks[e+1].text); ok {
			q.currency, q.unit = code, UnitMoney // "3.14US$"
			return g.perUnit(q, e+2, s), true
		}
	}
	// "one-yen bid", "12-cent-a-share dividend", "a 5-dollar bill"
	if g.gluedHyphen(e) {
		switch g.word(e + 1) {
		case "yen", "dollar", "euro", "pound", "yuan", "franc", "mark", "rupee":
			code, _, bare, _ := g.matchCurrency(e+1, s)
			if n := g.word(e + 2); g.word(e+1) == "pound" && n != "" && !moneyNouns[n] && !functionWords[n] {
				break // "a twenty-pound bag": a weight; "a five-pound note" is money
			}
			if code != "" {
				q.currency, q.bare, q.unit = code, bare, UnitMoney
				return e + 2, true
			}
		case "cent":
			q.currency, q.bare, q.unit = "USD", true, UnitMoney
			q.value /= 100
			return e + 2, true
		}
	}
	if e < s.b && toks[e].kind == tWord && toks[e].gap <= 1 && q.currency == "" {
		if code := g.currencyPrefixAt(e, toks[e].glued()); code != "" {
			q.currency = code
			q.unit = UnitMoney
			e++
			// "75 USD million"
			if sc := g.scaleWord(e); sc >= 1e3 && !q.scaled {
				q.value *= sc
				q.scaled, q.scale = true, sc
				e++
			}
			return g.perUnit(q, e, s), true
		}
		// "30 MUSD", "120 MEUR": millions of a currency
		if w := toks[e].text; len(w) == 4 && w[0] == 'M' && IsCurrencyCode(w[1:]) && !q.scaled {
			q.currency, q.unit = w[1:], UnitMoney
			q.value *= 1e6
			q.scaled, q.scale = true, 1e6
			return g.perUnit(q, e+1, s), true
		}
	}
	if q.currency != "" {
		q.unit = UnitMoney
		return g.perUnit(q, e, s), true
	}
	return e, false
}

// penceContext reports whether "p" after a figure at e is pence: a price
// per unit follows ("125p a litre"), or the sentence speaks of money or
// shares ("shares rose 164p", "an increase of 40p" beside "£5.45").
func (g *grammar) penceContext(e int, s sentence) bool {
	if w := g.word(e + 1); w == "a" || w == "per" || w == "each" {
		return true
	}
	for k := max(s.a, e-25); k < min(s.b, e+15); k++ {
		t := &g.toks[k]
		if t.kind == tSym && t.text != "%" {
			return true
		}
		if t.kind == tWord && k != e && (penceCues[g.lw(k)] || moneyNouns[g.lw(k)] || moneyVerbs[g.lw(k)]) {
			return true
		}
	}
	return false
}

// penceCues are the words of prices in pence.
var penceCues = map[string]bool{
	"share": true, "shares": true, "stock": true, "stocks": true, "pence": true, "penny": true,
	"cost": true, "costs": true, "offer": true, "offering": true, "offered": true, "charges": true,
	"fare": true, "fares": true, "stamp": true, "stamps": true, "expensive": true, "cheaper": true,
	"cheap": true, "value": true, "pint": true, "litre": true, "dividend": true, "closed": true, "traded": true,
}

// poundOfMass decides whether "pound" or "pounds" at e, after the figure
// of q, is a weight rather than sterling (or the pound of Egypt, Sudan,
// Lebanon): "he weighed 208 pounds", "2.3 mln pounds of peanut products",
// "a 1,850 pound satellite", "143 million pounds (65 million kilograms)"
// are weights; "fined 500 pounds", "1.36 pounds to the dollar", "38.00
// pounds", "2.4 billion pounds" are money. The reading follows the words
// around it, and where they say nothing a scaled figure is money and an
// unscaled one a weight.
func (g *grammar) poundOfMass(q *quantity, e int, s sentence) bool {
	w := g.word(e)
	if w != "pound" && w != "pounds" || q.currency != "" {
		return false
	}
	if f, fe := g.unitFormAt(e, s); f != nil && fe > e+1 {
		return true // "pounds per square inch"
	}
	n := e + 1
	switch g.word(n) {
	case "to", "against", "per", "a":
		if g.word(n+1) == "the" {
			n++
		}
		if _, _, _, ok := g.matchCurrency(n+1, s); ok {
			return false // "1.36 pounds to the dollar"
		}
		if u, _, ok := g.unitAt(n+1, s); ok && g.word(e+1) != "to" && g.word(e+1) != "against" && u.dim != "time" {
			return u.dim != "mass" // a price: "200 pounds per tonne"; a weight: "62.4 pounds per cubic foot"
		}
	case "of":
		return !moneyNouns[g.word(n+1)] // "pounds of copper"; not "pounds of investment"
	case "sterling", "stg":
		return false
	}
	if side, ok := g.besideIn(q, e+1, s); ok {
		return side // "143 million pounds (65 million kilograms)", "$6 billion (3.4 billion pounds)"
	}
	if w == "pound" && q.value != 1 && e+1 < s.b && g.toks[e+1].kind == tWord {
		return !moneyNouns[g.word(e+1)] // "a 1,850 pound satellite"; not "a 100 million pound loan"
	}
	switch g.word(q.a - 1) {
	case "lost", "lose", "loses", "losing", "gained", "gain", "gains", "shed", "sheds", "weighs", "weighed", "weighing", "weigh":
		return true // "lost 22 pounds"
	}
	mass, money := 0, 0
	for k := max(s.a, q.a-15); k < min(s.b, e+10); k++ {
		if g.toks[k].kind != tWord || k >= q.a && k <= e {
			continue
		}
		w := g.lw(k)
		switch {
		case massCues[w]:
			mass++
		case moneyNouns[w] || moneyVerbs[w]:
			money++
		}
	}
	switch {
	case mass != money:
		return mass > money
	case q.scaled || q.decimals == 2:
		return false // "2.4 billion pounds"; pence: "38.00 pounds"
	}
	return true
}

// besideIn reads the figure in brackets after a pound figure, or the one
// the pound figure is in brackets after: a weight there makes it a weight,
// money makes it money.
func (g *grammar) besideIn(q *quantity, e int, s sentence) (mass, ok bool) {
	look := func(a, b int) (bool, bool) {
		for k := max(a, s.a); k < min(b, s.b); k++ {
			t := &g.toks[k]
			if t.kind == tSym && t.text != "%" {
				return false, true
			}
			if t.kind != tWord {
				continue
			}
			if massCues[g.lw(k)] {
				return true, true
			}
			if code, _, _, ok := g.matchCurrency(k, s); ok && code != "GBP" || g.currencyPrefixAt(k, false) != "" {
				return false, true
			}
		}
		return false, false
	}
	if g.isPunct(e, "(") {
		return look(e+1, e+6)
	}
	if g.isPunct(q.a-1, "(") {
		return look(q.a-7, q.a-1)
	}
	return false, false
}

// massCues are words that speak of weight; moneyNouns and moneyVerbs of
// money (poundOfMass).
var (
	massCues = map[string]bool{
		"weigh": true, "weighs": true, "weighed": true, "weighing": true, "weight": true, "weights": true,
		"heavy": true, "heavier": true, "lighter": true, "lb": true, "lbs": true, "kilograms": true, "kilogram": true,
		"kg": true, "kilos": true, "kilo": true, "tons": true, "tonnes": true, "ton": true, "tonne": true,
		"ounces": true, "grams": true,
		"production": true, "output": true, "capacity": true, "produce": true, "produced": true, "produces": true,
		"harvest": true, "crop": true, "crops": true, "load": true, "payload": true, "thrust": true, "annually": true,
	}
	moneyNouns = map[string]bool{
		"investment": true, "investments": true, "spending": true, "funding": true, "funds": true, "fund": true,
		"aid": true, "debt": true, "debts": true, "loan": true, "loans": true, "deal": true, "contract": true,
		"bid": true, "offer": true, "note": true, "notes": true, "budget": true, "package": true, "bill": true,
		"salary": true, "fee": true, "fees": true, "fine": true, "takeover": true, "revenue": true, "revenues": true,
		"profit": true, "profits": true, "loss": true, "losses": true, "sales": true, "tax": true, "taxes": true,
		"cost": true, "costs": true, "price": true, "prices": true, "deficit": true, "surplus": true, "assets": true,
		"savings": true, "subsidies": true, "damages": true, "compensation": true, "wages": true, "wage": true,
		"income": true, "sterling": true, "bonus": true, "bonuses": true, "scheme": true, "project": true, "grant": true,
	}
	moneyVerbs = map[string]bool{
		"paid": true, "pay": true, "pays": true, "paying": true, "priced": true, "fined": true, "worth": true,
		"spend": true, "spent": true, "earn": true, "earned": true, "earns": true, "raised": true, "raise": true,
		"compensate": true, "save": true, "saved": true, "invest": true, "invested": true, "bought": true,
		"buy": true, "sold": true, "sell": true, "owe": true, "owed": true, "charged": true, "charge": true,
		"borrow": true, "borrowed": true, "lend": true, "lent": true, "valued": true, "costing": true,
	}
)

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
	if g.word(k) == "and" || g.isPunct(k, ",") {
		k++ // "3 dollars and 50 cents", "two dollars, forty-five cents"
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

// perUnit reads "per barrel", "a share", "an ounce", "/kg" after a money
// amount: the unit the price is for.
func (g *grammar) perUnit(q *quantity, e int, s sentence) int {
	w := g.word(e)
	slash := g.isPunct(e, "/") && g.toks[e].glued() && e+1 < s.b && g.toks[e+1].glued()
	if w != "per" && w != "a" && w != "an" && !slash {
		return e
	}
	if w == "a" || w == "an" {
		switch g.word(e + 2) {
		case "earlier", "ago", "before", "later":
			return e // "$2.7bn a year earlier"
		}
	}
	switch n := g.word(e + 1); n {
	case "share", "shr":
		q.unitName = "per share"
		return e + 2
	case "capita":
		q.unitName = "per capita"
		return e + 2
	case "head", "unit", "person":
		q.unitName = n
		return e + 2
	}
	u, end, ok := g.unitAt(e+1, s)
	if !ok || u.form != nil && (u.form.unit.hyphen || u.form.single && !slash) {
		return e
	}
	q.unitName = u.name
	if u.factor != 1 {
		q.unitName = scaleName(u.factor) + " " + u.name // "$3.50 per mmBtu"
	}
	return end
}

// scaleName names a power of a thousand.
func scaleName(f float64) string {
	switch f {
	case 1e3:
		return "thousand"
	case 1e6:
		return "million"
	case 1e9:
		return "billion"
	case 1e12:
		return "trillion"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// unitGap reports whether the unit word at e may belong to quantity q by
// the white space before it: spaces, or a single line break after a scale
// word ("169.8 billion\ndlrs", "3.5 mln\ntonnes" in text wrapped at a
// fixed width).
func (g *grammar) unitGap(q *quantity, e int) bool {
	gap := g.toks[e].gap
	return gap <= 1 || gap == 2 && q.scaled
}
