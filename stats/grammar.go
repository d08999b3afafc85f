package stats

import (
	"encoding/binary"
	"math"
	"strings"
	"unsafe"
)

// numKind says how a figure was written.
type numKind uint8

const (
	numDigits   numKind = iota + 1 // 38.37, 1,234
	numWords                       // twenty-one, a dozen
	numOrdinal                     // 19th, second
	numFraction                    // half, two-thirds, 3/4 (as percent)
	numMultiple                    // doubled, threefold
	numPoint                       // quarter-point, half-point (percentage points)
)

// quantity is one recognised expression before attribution.
type quantity struct {
	a, b     int     // token range of the claim text
	numA     int     // first token of the figure itself (after hedges and prefixes)
	scale    float64 // the scale word's factor (1e9 for "billion"), 0 if none
	value    float64
	max      float64
	hasMax   bool
	kind     numKind
	unit     Unit
	currency string
	bare     bool // currency from a bare "$" or "dlrs"
	unitName string
	approx   Approx
	item     string
	change   Change
	scaled   bool
	decimals int
	skip     bool   // recognised but not a claim (year, date, name)
	period   string // for skipped periods: the period they name
}

// grammar recognises quantities in the tokens of one article.
type grammar struct {
	text string
	low  string // text with ASCII letters lower-cased (same byte offsets)
	toks []token
	wbuf []string // reused by words
	// inRange is set while rangeTail reads a range's second end, which
	// takes no range tail of its own: "5-5-5-..." is read end by end, not
	// as a chain of nested ranges (that would be quadratic in its length).
	inRange bool
}

// word returns token k lower-cased if it is a word, else "".
func (g *grammar) word(k int) string {
	if k < 0 || k >= len(g.toks) || g.toks[k].kind != tWord {
		return ""
	}
	t := &g.toks[k]
	return g.low[t.start:t.end]
}

// lw returns token k with ASCII letters lower-cased, whatever its kind.
func (g *grammar) lw(k int) string {
	t := &g.toks[k]
	return g.low[t.start:t.end]
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
// It returns s itself when there is nothing to change.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !isASCIIUpper(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i+8 <= len(b); i += 8 { // eight bytes at a time
		binary.LittleEndian.PutUint64(b[i:], lower8(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if isASCIIUpper(b[i]) {
			b[i] += 'a' - 'A'
		}
	}
	// b is not changed after this: the string may share its bytes (one
	// copy of the text instead of two).
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lower8 lower-cases the ASCII letters among the eight bytes of x: each
// byte in 'A'..'Z' gets its 0x20 bit set; other bytes, non-ASCII ones
// included, are kept.
func lower8(x uint64) uint64 {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	a := x &^ msb                // the low seven bits of each byte
	ge := a + (0x80-'A')*lsb     // high bit set where a >= 'A'
	gt := a + (0x80-'Z'-1)*lsb   // high bit set where a > 'Z'
	upper := ge &^ gt &^ x & msb // and the byte itself is ASCII
	return x | upper>>2
}

func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func (g *grammar) isPunct(k int, p string) bool {
	return k >= 0 && k < len(g.toks) && g.toks[k].kind == tPunct && g.toks[k].text == p
}

func (g *grammar) isHyphen(k int) bool {
	if k < 0 || k >= len(g.toks) || g.toks[k].kind != tPunct {
		return false
	}
	switch g.toks[k].text {
	case "-", "‐", "‑", "–":
		return true
	}
	return false
}

// gluedHyphen reports whether toks[k] is a hyphen glued on both sides.
func (g *grammar) gluedHyphen(k int) bool {
	return g.isHyphen(k) && g.toks[k].glued() && k+1 < len(g.toks) && g.toks[k+1].glued()
}

func isUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// startWords are the words a quantity can start with (number words,
// ordinals, fractions, multiples, "a"/"an").
var startWords = func() map[string]bool {
	addCompoundOrdinals()
	m := map[string]bool{"a": true, "an": true, "half": true, "quarter": true, "rs": true, "rmb": true,
		"point": true, "pair": true, "hundred": true}
	for _, set := range []map[string]float64{cardinalWords, tensWords, ordinalWords, fractionWords, multipleVerbs, foldWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// aFollowers are the words after which "a" or "an" may start a quantity:
// the other start words, scale words, "dozen", and the currencies "a
// dollar" reads. Most "a"s are followed by none of them.
var aFollowers = func() map[string]bool {
	m := map[string]bool{"dozen": true, "dollar": true, "euro": true, "cent": true, "penny": true}
	for w := range startWords {
		m[w] = true
	}
	for w := range scaleWords {
		m[w] = true
	}
	delete(m, "a")
	delete(m, "an")
	return m
}()

// mayStart reports whether a quantity may start at token k: a figure, a
// currency symbol, a number word, or a word glued to a currency symbol or
// followed by a figure ("US$5", "USD 300").
func (g *grammar) mayStart(k int, s sentence) bool {
	t := &g.toks[k]
	switch t.kind {
	case tNum:
		return true
	case tSym:
		return t.text != "%"
	case tWord:
		if t.cls&lxStart != 0 {
			if len(t.text) <= 2 {
				if w := g.word(k); w == "a" || w == "an" {
					// "a third", "a million", "a dozen", "a dollar", "a-quarter"
					n := k + 1
					if g.word(n) == "" && g.gluedHyphen(n) {
						n = k + 2
					}
					return g.word(n) == "" || aFollowerSet.has(g.word(n)) // "A$300": not a word after it
				}
			}
			return true
		}
		if k+1 < s.b {
			n := &g.toks[k+1]
			next := n.kind == tNum || n.kind == tSym && (n.glued() || len(t.text) <= 3 && k+2 < s.b && g.toks[k+2].kind == tNum) ||
				n.kind == tPunct && n.text == "." && t.text == "Rs"
			return next && t.cls&lxFunction == 0
		}
	}
	return false
}

// scan finds the quantities of sentence s.
func (g *grammar) scan(s sentence, out []quantity) []quantity {
	for k := s.a; k < s.b; {
		// most tokens start nothing: punctuation, and words that are not
		// start words and have no figure or symbol after them (mayStart)
		t := &g.toks[k]
		if t.kind == tPunct {
			k++
			continue
		}
		if t.kind == tWord {
			c := t.text[0] | 0x20
			if t.cls&lxStart == 0 && (k+1 >= s.b || g.toks[k+1].kind == tWord) && c != 'h' && c != 'w' {
				k++
				continue
			}
			// web addresses: "https://x.com/?q=30%25" holds no figures
			if w := g.lw(k); (c == 'h' || c == 'w') && (w == "http" || w == "https" || w == "www") && k+1 < s.b && g.toks[k+1].glued() {
				k++
				for k < s.b && g.toks[k].glued() {
					k++
				}
				continue
			}
		}
		if !g.mayStart(k, s) {
			k++
			continue
		}
		q, ok := g.parseAt(k, s)
		if !ok {
			k++
			continue
		}
		out = append(out, q)
		if q.b <= k {
			k++
		} else {
			k = q.b
		}
	}
	return out
}

// parseAt tries to read a quantity whose figure (or currency prefix) starts at k.
func (g *grammar) parseAt(k int, s sentence) (quantity, bool) {
	toks := g.toks
	t := &toks[k]
	q := quantity{a: k, numA: k, approx: Exact}
	j := k
	prefixScale := 0.0
	// currency prefixes: "$", "US$", "HK$", "USD 300", "Rs 50"
	switch t.kind {
	case tSym:
		if t.text == "%" {
			return q, false
		}
		code, ok := CurrencyBySymbol(t.text)
		if !ok || k+1 >= s.b {
			return q, false
		}
		if k > s.a && toks[k-1].kind == tWord && t.glued() {
			return q, false // handled at the word: "US$"
		}
		q.currency, q.bare = code, t.text == "$" || t.text == "£" || t.text == "¥"
		j = k + 1
	case tWord:
		if k+2 < s.b && toks[k+1].kind == tSym && toks[k+1].text != "%" && toks[k+2].kind == tNum && toks[k+2].gap <= 1 {
			// "US$5", "HK$10", "usd$ 15", and in lower-cased text "c $ 16.4"
			sym := toks[k+1].text
			pre := strings.ReplaceAll(strings.ToUpper(t.text), ".", "")
			code, ok := CurrencyBySymbol(pre + sym)
			if !ok && sym == "$" && toks[k+1].glued() {
				code = currencyPrefix(t.text, true)
				ok = code != ""
			}
			spaced := false
			switch pre {
			case "C", "HK", "US", "NZ", "AU", "NT", "R", "MEX", "CA":
				spaced = !isUpper(t.text) || pre == "US" // lower-cased text: "c $ 16.4", "u.s $ 100"
			}
			if ok && (toks[k+1].glued() || spaced) {
				q.currency = code
				j = k + 2
				break
			}
		}
		// "a dollar", "a pound": one of the currency
		if n := g.word(k + 2); (t.text == "a" || t.text == "A" || t.text == "an") && k+1 < s.b && !g.gluedHyphen(k+2) && (n == "" || functionWords[n]) {
			switch g.word(k + 1) {
			case "dollar", "euro", "cent", "penny":
				code, _, bare, _ := g.matchCurrency(k+1, s)
				if w := g.word(k + 1); w == "cent" || w == "penny" {
					code, bare = "USD", true
				}
				if code != "" {
					q.kind, q.value, q.unit, q.currency, q.bare, q.numA = numWords, 1, UnitMoney, code, bare, k
					if w := g.word(k + 1); w == "cent" || w == "penny" {
						q.value = 0.01
					}
					q.b = g.minorUnits(&q, k+2, s)
					g.hedge(&q, s)
					return q, true
				}
			}
		}
		if k+1 < s.b && toks[k+1].kind == tNum && toks[k+1].gap <= 1 {
			if code := currencyPrefix(t.text, toks[k+1].glued()); code != "" {
				q.currency = code
				j = k + 1
				break
			}
			// "MAUD 60": millions of a currency
			if len(t.text) == 4 && t.text[0] == 'M' && IsCurrencyCode(t.text[1:]) {
				q.currency, prefixScale = t.text[1:], 1e6
				j = k + 1
				break
			}
		}
		// a currency word before the figure: "ringgit 42", "Malaysian ringgit 42"
		if code, n, bare, ok := g.matchCurrency(k, s); ok && !bare && k+n < s.b && toks[k+n].kind == tNum && toks[k+n].gap <= 1 && (k == s.a || !g.isCurrencyContext(k+n, s)) {
			q.currency = code
			j = k + n
			break
		}
		if k+2 < s.b && toks[k+1].kind == tPunct && toks[k+1].text == "." && toks[k+2].kind == tNum && t.text == "Rs" {
			q.currency = "INR"
			j = k + 2
		}
	}
	if j >= s.b {
		return q, false
	}
	if j == k && t.kind == tWord && t.cls&lxStart == 0 {
		// no currency prefix, and parseWordFigure reads start words only
		// (TestNonStartWords): a word before a figure ("loss 3,169")
		return q, false
	}
	q.numA = j
	e, ok := g.parseFigure(&q, j, s)
	if !ok {
		return q, false
	}
	if prefixScale > 0 && !q.scaled {
		q.value *= prefixScale
		q.scaled, q.scale = true, prefixScale
	}
	if q.skip {
		q.b = e
		return q, true
	}
	e = g.parseUnit(&q, e, s)
	if q.unit == UnitMoney && q.unitName == "" {
		e = g.minorUnits(&q, e, s)
	}
	q.b = e
	g.negative(&q, s)
	g.hedge(&q, s)
	g.tailHedge(&q, s)
	if q.skip {
		return q, true
	}
	g.ratio(&q, s)
	if !g.inRange {
		g.rangeTail(&q, s)
	}
	if !finite(q.value) || q.hasMax && !finite(q.max) {
		return q, false // "1" followed by 400 digits is no figure
	}
	return q, true
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

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

// negative applies a leading minus sign or "minus".
func (g *grammar) negative(q *quantity, s sentence) {
	k := q.a
	// "- 1,200,000" opening a sentence, "negative-5"
	if k-1 == s.a && g.isHyphen(k-1) && g.toks[k].gap == 1 {
		q.value, q.max = -q.value, -q.max
		q.a = k - 1
		return
	}
	if k-2 >= s.a && g.gluedHyphen(k-1) && (g.word(k-2) == "negative" || g.word(k-2) == "minus") {
		q.value, q.max = -q.value, -q.max
		q.a = k - 2
		return
	}
	if k-1 >= s.a {
		p := &g.toks[k-1]
		if p.kind == tPunct && (p.text == "-" || p.text == "−") && g.toks[k].glued() && (k-1 == s.a || !g.toks[k-1].glued() || g.toks[k-2].kind == tPunct && g.toks[k-2].text != "-") {
			if k-2 >= s.a && (g.toks[k-2].kind == tNum || g.toks[k-2].kind == tWord && g.toks[k-1].glued()) {
				return
			}
			q.value, q.max = -q.value, -q.max
			q.a = k - 1
			return
		}
		if w := g.word(k - 1); w == "minus" || w == "negative" {
			q.value, q.max = -q.value, -q.max
			q.a = k - 1
		}
	}
}

// hedge extends the claim over an approximation phrase right before it.
func (g *grammar) hedge(q *quantity, s sentence) {
	best := 0
	for _, ph := range approxByLast[g.word(q.a-1)] {
		n := len(ph.words)
		if n <= best || q.a-n < s.a {
			continue
		}
		match := true
		for i, w := range ph.words {
			if g.word(q.a-n+i) != w {
				match = false
				break
			}
		}
		if match {
			best = n
			q.approx = ph.approx
		}
	}
	if best > 0 {
		q.a -= best
		return
	}
	// comparison operators: ">30", ">= 30", "<= -30", "≥ 5"
	k := q.a - 1
	if k < s.a || g.toks[k].kind != tPunct {
		return
	}
	op := g.toks[k].text
	if op == "=" && k-1 >= s.a && g.toks[k-1].kind == tPunct {
		k--
		op = g.toks[k].text
	}
	if k-1 >= s.a && g.toks[k].glued() && g.toks[k-1].kind == tPunct {
		switch g.toks[k-1].text {
		case "<", ">", "=":
			if !(op == "=" || g.toks[k-1].text == ">" && op == "<") {
				q.skip = true // "<>30", "=>30": no comparison we know
				return
			}
		}
	}
	switch op {
	case ">", "≥":
		q.approx, q.a = Over, k
	case "<", "≤":
		q.approx, q.a = Under, k
	}
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
	if _, unit := quantityUnits[g.word(de)]; unit {
		return // "5 in 10 years" is not a share
	}
	q.value = q.value * 100 / den
	q.unit, q.kind = UnitPercent, numFraction
	q.b = de
	g.tailHedge(q, s)
}

// approxByLast indexes approxPhrases by their last word, so that a figure
// checks only the phrases that can end right before it.
var approxByLast = func() map[string][]struct {
	words  []string
	approx Approx
} {
	m := map[string][]struct {
		words  []string
		approx Approx
	}{}
	for _, ph := range approxPhrases {
		last := ph.words[len(ph.words)-1]
		m[last] = append(m[last], ph)
	}
	return m
}()

// tailHedge reads a hedge after the figure: "500 or more", "200 or
// greater", "5,000 or less".
func (g *grammar) tailHedge(q *quantity, s sentence) {
	e := q.b
	if e+1 >= s.b {
		return
	}
	if w := g.word(e); w != "or" && w != "and" {
		return
	}
	if g.word(e+2) == "than" {
		return // "no more than 12 and more than 194": the next figure's hedge
	}
	switch g.word(e + 1) {
	case "more", "greater", "above", "higher", "over":
		q.approx = Over
	case "less", "fewer", "below", "lower", "under":
		if g.word(e) == "and" {
			return
		}
		q.approx = Under
	default:
		return
	}
	q.b = e + 2
}

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
		// "½" alone is a share; "2½" is read at the whole number
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
			if _, isNum := cardinalWords[w]; !isNum && months[w] == 0 && w != "mid" && w != "late" && w != "early" {
				q.skip = true
				return e, true
			}
		}
		if p.kind == tPunct && (p.text == "/" || p.text == ":" || p.text == "." || p.text == "#") {
			q.skip = true
			return e, true
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
		if sc, ok := scaleWords[w]; ok && sc > 0 && w != "hundred" {
			q.value *= sc
			q.scaled, q.scale = true, sc
			e++
		} else if sc, ok := gluedScales[w]; ok && (q.currency != "" || e+1 < s.b && (toks[e+1].kind == tSym && toks[e+1].glued() && toks[e+1].text != "%" || toks[e+1].kind == tWord && currencyPrefix(toks[e+1].text, false) != "")) {
			q.value *= sc
			q.scaled, q.scale = true, sc
			e++
		} else if _, ok := quantityUnits[w]; ok || w == "pct" || currencyPrefix(toks[e].text, true) != "" || e+1 < s.b && toks[e+1].kind == tSym && toks[e+1].glued() {
			// "5km", "10pct", "5USD": the unit parser takes it
		} else if w == "x" {
			q.kind = numMultiple
			q.unit = UnitMultiple
			return e + 1, true
		} else {
			q.skip = true
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
		}
	}
	// names with a plus: "16+1"
	if e < s.b && g.isPunct(e, "+") && toks[e].glued() || j > s.a && g.isPunct(j-1, "+") && t.glued() {
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
	if t.decimals == 0 && !t.commas && t.digits <= 3 && !q.scaled && scaleWords[g.word(e)] > 0 {
		if v, we, ok := g.wordNumber(j, s); ok && we > e+1 {
			q.value, q.scaled = v, v >= 1000
			if q.scaled {
				q.scale = scaleOf(v)
			}
			e = we
		}
	}
	// scale words: 1.2 million, 38.37 BILLION
	if !q.scaled && e < s.b && toks[e].kind == tWord {
		w := g.lw(e)
		if sc, ok := scaleWords[w]; ok && sc > 0 {
			q.value *= sc
			q.scaled, q.scale = true, sc
			e++
			// "5 hundred thousand", "3 lakh crore", "three thousand millions"
			if e < s.b {
				if sc2, ok := scaleWords[g.word(e)]; ok && sc2 > sc {
					q.value *= sc2
					q.scale *= sc2
					e++
				}
			}
		}
	}
	// "3 million and a half", "3 million and a quarter"
	if q.scaled {
		if f, fe, ok := g.andFraction(e, s); ok && scaleWords[g.word(fe)] == 0 {
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
	if k >= s.a && months[g.word(k)] > 0 && (isUpper(g.toks[k].text) || g.toks[k].text == "may") {
		if g.word(k) == "may" && !isUpper(g.toks[k].text) {
			return false
		}
		return true
	}
	if g.word(j-1) == "of" && months[g.word(j-2)] == 0 {
		// "the 3rd of March"
		if months[g.word(e+1)] > 0 && g.word(e) == "of" {
			return true
		}
	}
	if e < s.b && months[g.word(e)] > 0 && isUpper(g.toks[e].text) && g.word(e) != "may" {
		return true
	}
	if e+1 < s.b && g.word(e) == "of" && months[g.word(e+1)] > 0 && isUpper(g.toks[e+1].text) {
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
	return false
}

// superlative extends an ordinal over "-largest" ("second-largest").
func (g *grammar) superlative(q *quantity, e int, s sentence) int {
	if e+1 < s.b && g.isHyphen(e) && g.toks[e].glued() && superlatives[g.word(e+1)] {
		return e + 2
	}
	if e < s.b && superlatives[g.word(e)] && g.word(e) != "most" && g.word(e) != "least" {
		return e + 1
	}
	return e
}

// parseWordFigure handles figures written in words: cardinals, ordinals,
// fractions, multiples.
func (g *grammar) parseWordFigure(q *quantity, j int, s sentence) (int, bool) {
	toks := g.toks
	w := g.lw(j)
	// multiples: doubled, threefold
	if m, ok := multipleVerbs[w]; ok {
		q.kind, q.value, q.unit = numMultiple, m, UnitMultiple
		return j + 1, true
	}
	if m, ok := foldWords[w]; ok {
		q.kind, q.value, q.unit = numMultiple, m, UnitMultiple
		return j + 1, true
	}
	// fractions and points: half, quarter-point, a third of, two-thirds
	if e, ok := g.parseFraction(q, j, s); ok {
		return e, true
	}
	// "point 77", "point five": a decimal below one
	if w == "point" && (j == s.a || g.word(j-1) == "" || functionWords[g.word(j-1)]) {
		if d, de, ok := g.spokenDecimal(j, s); ok {
			q.kind, q.value, q.decimals = numWords, d, 2
			return de, true
		}
	}
	// "a pair of shoes"
	if w == "pair" && (g.word(j-1) == "a" || g.word(j-1) == "one") {
		q.kind, q.value = numWords, 2
		q.a = j - 1
		return j + 1, true
	}
	// ordinals
	if o, ok := ordinalWords[w]; ok {
		return g.parseOrdinal(q, j, o, s)
	}
	// ordinal compound: twenty-first
	if tv, ok := tensWords[w]; ok && j+2 < s.b && g.gluedHyphen(j+1) {
		if o, ok := ordinalWords[g.word(j+2)]; ok && o < 10 {
			return g.parseOrdinal(q, j, tv, s) // parseOrdinal adds the unit ("twenty-first")
		}
	}
	v, e, ok := g.wordNumber(j, s)
	if !ok {
		return 0, false
	}
	q.kind = numWords
	q.value = v
	for k := j; k < e; k++ {
		if sc := scaleWords[g.word(k)]; sc >= 1e3 {
			q.scaled = true
		}
	}
	// "twenty-three fifths", "three twenty-firsts", "one twenty-fifth",
	// "one hundred thirty-fifths": a fraction with a spelled numerator
	{
		de0 := e
		if g.isHyphen(e) && e+1 < s.b && (g.toks[e].glued() || g.toks[e].gap == 1) {
			de0 = e + 1 // "one - fourth"
		}
		if den, plural, de, ok := g.denominator(de0, s); ok && (plural && v > 1 || !plural && v == 1 && (de >= s.b || g.word(de) == "" || functionWords[g.word(de)])) && den > 2 {
			if !(v == 1 && !plural && den < 100 && g.word(j) != "one") {
				frac := v / den
				q.kind, q.value = numFraction, frac*100
				q.unit = UnitPercent
				if frac >= 1 {
					q.kind, q.value, q.unit, q.decimals = numWords, frac, "", 2 // a number, not a count
				}
				return de, true
			}
		}
	}
	// "one hundred twenty-fifth", "twenty fifth", "two hundredth": an
	// ordinal closing a cardinal
	if e < s.b {
		oe, ow := e, g.word(e)
		if g.gluedHyphen(e) || g.isPunct(e, "—") {
			oe, ow = e+1, g.word(e+1)
		}
		if o, ok := ordinalWords[ow]; ok && o != 1 || ow == "first" {
			if ow == "first" {
				o = 1
			}
			switch {
			case o >= 100 && v >= 1:
				return g.finishOrdinal(q, j, v*o, oe+1, s)
			case o < 10 && int(v)%10 == 0 && v >= 20, o < 100 && int(v)%100 == 0 && v >= 100:
				return g.finishOrdinal(q, j, v+o, oe+1, s)
			}
		}
	}
	// "two point five", "nought point nought three"
	if d, de, ok := g.spokenDecimal(e, s); ok {
		q.value += d
		q.decimals = 1
		e = de
		if sc := scaleWords[g.word(e)]; sc >= 1e3 && !q.scaled {
			q.value *= sc // "two point two million"
			q.scaled, q.scale = true, sc
			e++
		}
	}
	// "one and a half", "five and a quarter", "twenty and three fifths";
	// "five and a half million"
	if f, fe, ok := g.andFraction(e, s); ok {
		if sc := scaleWords[g.word(fe)]; q.scaled && sc >= 1e3 {
			q.value += f * sc // "one billion and a half million"
			e = fe + 1
		} else if q.scaled {
			// "one million and a half": half of the scale
			q.value += f * scaleOf(q.value)
			e = fe
		} else {
			q.value += f
			e = fe
			if sc, ok := scaleWords[g.word(e)]; ok && sc >= 1e3 {
				q.value *= sc
				q.scaled = true
				e++
			}
		}
	}
	// "one" is a pronoun or idiom more often than a figure
	if e == j+1 && v == 1 && w == "one" {
		if !g.oneIsFigure(j, s) {
			return 0, false
		}
	}
	// capitalised number words mid-sentence inside names: "Group of Five"
	if j > s.a && isUpper(toks[j].text) && !isAllUpper(toks[j].text) && g.word(j-1) == "of" && j-2 >= s.a && isUpper(toks[j-2].text) {
		q.skip = true
		return e, true
	}
	return e, true
}

func isAllUpper(s string) bool {
	hasLetter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			hasLetter = true
		}
	}
	return hasLetter
}

// oneIsFigure decides whether a lone "one" states a figure ("one company")
// rather than an idiom ("one of the", "no one", "one another").
func (g *grammar) oneIsFigure(j int, s sentence) bool {
	if p := g.word(j - 1); p == "minus" || p == "negative" || s.b-s.a == 1 {
		return true // "minus one"; a figure standing alone (a table cell)
	}
	if g.gluedHyphen(j + 1) {
		// "one-yen bid", "one-year deal"; not "one-off", "one-way"
		n := g.word(j + 2)
		if _, ok := hyphenUnits[n]; ok && hyphenUnits[n] != "" {
			return true
		}
		_, _, _, ok := g.matchCurrency(j+2, s)
		return ok
	}
	next := g.word(j + 1)
	switch next {
	case "of", "another", "way", "day", "side", "hand", "thing", "time", "point", "such",
		"", "who", "that", "which", "is", "was", "must", "can", "could", "would", "should",
		"might", "will", "has", "had", "does", "did", "in", "on", "for", "to", "and", "or":
		return false
	}
	prev := g.word(j - 1)
	if _, ord := ordinalWords[prev]; ord {
		return false // "the first one"
	}
	switch prev {
	case "no", "the", "any", "every", "someone", "each", "this", "that", "which":
		return false
	case "minus", "negative":
		return true
	}
	if _, ok := scaleWords[next]; ok {
		return true
	}
	return true
}

// wordNumber reads a cardinal written in words ("one hundred and five",
// "twenty-one", "a dozen", "eight billion") starting at j.
func (g *grammar) wordNumber(j int, s sentence) (float64, int, bool) {
	total, cur := 0.0, 0.0
	e := j
	any := false
	lastSmall := false // last word was 1-9 (no tens may follow)
	lastTens := false
	k := j
	w := g.word(k)
	if w == "hundred" && (g.word(k+1) == "thousand" || g.word(k+1) == "million" || g.word(k+1) == "billion") {
		cur, any = 1, true // "hundred thousand dollars"
	}
	if w == "a" || w == "an" {
		nx := g.word(k + 1)
		if nx == "dozen" {
			return 12, k + 2, true
		}
		if sc, ok := scaleWords[nx]; ok && sc > 0 && (nx == "hundred" || nx == "thousand" || nx == "million" || nx == "billion" || nx == "trillion") {
			cur = 1
			any = true
			k++
		} else {
			return 0, 0, false
		}
	}
	lastScale := 0.0 // the scale of the last group ("thousand million": 1e9)
	groups := 0      // groups closed by a scale word
	// the value and end of the figure as it stood at the last scale word
	scaleVal, scaleE := 0.0, 0
	afterScale := false // the previous word was a scale or "and" after one
	for k < s.b {
		w := g.word(k)
		if w == "" {
			// digits inside a spelled number: "3 hundred and 21", "4 thousand 3 hundred"
			if t := &g.toks[k]; t.kind == tNum && t.decimals == 0 && !t.commas && t.digits <= 3 &&
				(cur == 0 && (afterScale || k == j && scaleWords[g.word(k+1)] > 0) || afterScale && int(cur)%100 == 0 && t.num < 100) {
				cur += t.num
				any = true
				lastSmall, lastTens, afterScale = true, true, false
				k++
				e = k
				continue
			}
			// hyphen inside "twenty-one" (also spaced: "fifty - two")
			if g.isHyphen(k) && lastTens && !lastSmall && (g.gluedHyphen(k) || k+1 < s.b && g.toks[k+1].gap == 1 && g.toks[k].gap == 1) {
				if v, ok := cardinalWords[g.word(k+1)]; ok && v < 10 && v > 0 {
					cur += v
					k += 2
					e = k
					lastTens, lastSmall = false, true
					continue
				}
			}
			if g.gluedHyphen(k) && lastTens {
				if v, ok := cardinalWords[g.word(k+1)]; ok && v < 10 && v > 0 {
					cur += v
					k += 2
					e = k
					lastTens, lastSmall = false, true
					continue
				}
			}
			break
		}
		if v, ok := cardinalWords[w]; ok {
			if lastSmall || (lastTens && v >= 10) || (cur > 0 && cur < 100 && !lastTens && cur >= 10) {
				break
			}
			afterScale = false
			cur += v
			any = true
			lastSmall, lastTens = v < 10, false
			k++
			e = k
			continue
		}
		if v, ok := tensWords[w]; ok {
			if lastSmall || lastTens || (cur > 0 && int(cur)%100 != 0) {
				break
			}
			afterScale = false
			cur += v
			any = true
			lastTens, lastSmall = true, false
			k++
			e = k
			continue
		}
		if w == "dozen" && any {
			cur *= 12
			k++
			e = k
			lastSmall, lastTens = false, false
			continue
		}
		if sc, ok := scaleWords[w]; ok && sc > 0 && any {
			if cur == 0 && sc <= lastScale || cur == 0 && total > 0 && lastScale < sc && groups > 1 {
				break // "million million", "two billion five thousand million": two figures
			}
			if sc == 100 && cur >= 100 || sc > 100 && cur > 0 && lastScale > 0 && sc >= lastScale {
				// "one hundred one hundred", "five million three billion":
				// the figure ends at the last scale word, the next begins.
				if scaleE > 0 {
					return scaleVal, scaleE, true
				}
				break
			}
			switch {
			case sc == 100:
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			case cur == 0 && total > 0 && lastScale < sc:
				total *= sc // "three lakh crore", "three thousand millions"
				lastScale *= sc
			default:
				if cur == 0 {
					cur = 1
				}
				total += cur * sc
				cur = 0
				lastScale = sc
				groups++
			}
			lastSmall, lastTens = false, false
			afterScale = true
			k++
			e = k
			scaleVal, scaleE = total+cur, e
			continue
		}
		if w == "and" && any && k+1 < s.b && k > j && scaleWords[g.word(k-1)] > 0 {
			// "one hundred and five", "6 crore and two hundred", "3 hundred and 21"
			_, c := cardinalWords[g.word(k+1)]
			_, t := tensWords[g.word(k+1)]
			if _, _, _, frac := g.denominator(k+2, s); frac && c {
				break // "two million and one half": the fraction is read later
			}
			if n := &g.toks[k+1]; c || t || n.kind == tNum && n.decimals == 0 && !n.commas && n.digits <= 3 {
				afterScale = true
				k++
				continue
			}
		}
		afterScale = false
		break
	}
	if !any {
		return 0, 0, false
	}
	return total + cur, e, true
}

// finishOrdinal completes an ordinal written over several words, from j to e.
func (g *grammar) finishOrdinal(q *quantity, j int, o float64, e int, s sentence) (int, bool) {
	if g.periodAfter(e, s) || g.dateAround(j, e, s) {
		q.skip = true
		return e, true
	}
	q.kind, q.value, q.unit = numOrdinal, o, UnitOrdinal
	return g.superlative(q, e, s), true
}

// spokenDecimal reads "point five", "point zero three", "point 77" at e.
func (g *grammar) spokenDecimal(e int, s sentence) (float64, int, bool) {
	if g.word(e) != "point" || e+1 >= s.b {
		return 0, 0, false
	}
	k := e + 1
	if t := &g.toks[k]; t.kind == tNum && t.decimals == 0 && !t.commas {
		return t.num / pow10(int(t.digits)), k + 1, true
	}
	digits := ""
	for k < s.b {
		w := g.word(k)
		if v, ok := cardinalWords[w]; ok && v < 10 {
			digits += itoa(int(v))
			k++
			continue
		}
		if w == "oh" {
			digits += "0"
			k++
			continue
		}
		if v, ok := tensWords[w]; ok && digits == "" {
			n := int(v)
			k++
			if g.gluedHyphen(k) {
				if u, ok := cardinalWords[g.word(k+1)]; ok && u < 10 {
					n += int(u)
					k += 2
				}
			} else if u, ok := cardinalWords[g.word(k)]; ok && u < 10 && u > 0 {
				n += int(u)
				k++
			}
			digits = itoa(n)
			break
		}
		if v, ok := cardinalWords[w]; ok && v >= 10 && digits == "" {
			digits = itoa(int(v)) // "point eleven"
			k++
		}
		break
	}
	if digits == "" {
		return 0, 0, false
	}
	return float64(atoiSafe(digits)) / pow10(len(digits)), k, true
}

// denominator reads a fraction's denominator at k: "fifth", "fifths",
// "twenty-first", "twenty-firsts", "hundredths", "thirtieth". It returns the
// denominator, whether it was plural, and the end.
func (g *grammar) denominator(k int, s sentence) (float64, bool, int, bool) {
	w := g.word(k)
	if w == "" {
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
		v, ok := cardinalWords[w]
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
		if o2, ok := ordinalWords[g.word(j+2)]; ok && o2 < 10 {
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
	// names: "Second World War", "Third Plenum" (capitalised mid-sentence)
	if j > s.a && isUpper(toks[j].text) && !isAllUpper(toks[j].text) && e < s.b && isUpper(toks[e].text) && toks[e].kind == tWord {
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
		if v, ok := cardinalWords[w]; ok && v > 0 && v < 20 {
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
	den, ok := fractionWords[g.word(k)]
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
	plural := strings.HasSuffix(fw, "s") && fw != "halves"
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
		if sc := scaleWords[g.word(f)]; sc >= 1e3 && (f == e || g.word(e) == "of" || w == "half") {
			q.kind = numWords
			q.value = num / den * sc
			q.scaled = true
			return f + 1, true
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
		if code, n, bare, ok := g.matchCurrency(e, s); ok && e < s.b && g.unitGap(q, e) && !g.currencyArea(e+n) {
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
		if name, ok := quantityUnits[w]; ok && w != "" && g.unitGap(q, e) {
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

// pointsAfterPercent turns "0.5 percentage point" style tails into points.
func (g *grammar) pointsAfterPercent(q *quantity, e int, s sentence) int {
	if g.word(e) == "point" || g.word(e) == "points" {
		q.unit = UnitPercentagePoint
		return e + 1
	}
	return e
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

// rangeTail joins "3-4%", "between 5 and 7 percent", "700 mln to one billion
// dlrs" and "$15 billion to $20 billion" into one range claim.
func (g *grammar) rangeTail(q *quantity, s sentence) {
	toks := g.toks
	e := q.b
	if e >= s.b {
		return
	}
	between := g.word(q.a-1) == "between"
	var k int
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
	case g.word(e) == "to" && !between:
		p := g.word(q.a - 1)
		if p == "from" || p == "by" || changeWords[p] != NoChange || verbLike[p] || p == "of" && false {
			return
		}
		k = e + 1
	case g.word(e) == "and" && between:
		k = e + 1
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
		lo *= sc
	}
	if hi <= lo || hi/math.Max(lo, 1e-12) > 10 && lo > 0 {
		return
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

// unitGap reports whether the unit word at e may belong to quantity q by
// the white space before it: spaces, or a single line break after a scale
// word ("169.8 billion\ndlrs", "3.5 mln\ntonnes" in text wrapped at a
// fixed width).
func (g *grammar) unitGap(q *quantity, e int) bool {
	gap := g.toks[e].gap
	return gap <= 1 || gap == 2 && q.scaled
}
