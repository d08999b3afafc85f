package stats

// The quantity grammar: tokens → quantity expressions. This file holds the
// types, the scan over a sentence and the reading of one quantity
// (parseAt), with its hedges and signs; the families of notations are in
// grammar_numbers.go (digits and scales), grammar_words.go (spelled
// numbers), grammar_fractions.go (fractions, ordinals, ratios),
// grammar_money.go (currencies), grammar_units.go (percent, units, counted
// nouns) and grammar_ranges.go (ranges); notclaim.go filters what is no
// claim.

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
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
	// lows holds what word returns for each token: the rules read words
	// more than anything else, and a slice of strings is read faster than
	// the tokens and the text behind them
	lows []string
	wbuf []string // reused by words
	// cand has bit k set when token k may start a quantity (mayStartBit):
	// scan jumps from one to the next instead of looking at every token.
	cand []uint64
	// inRange is set while rangeTail reads a range's second end, which
	// takes no range tail of its own: "5-5-5-..." is read end by end, not
	// as a chain of nested ranges (that would be quadratic in its length).
	inRange bool
	// saidPoints is set once the article has stated a figure in percentage
	// points: its later "points" outside stock indexes are percentage
	// points too (bare.go).
	saidPoints bool
}

// reset makes g the grammar of text and its tokens, reusing the
// buffers of g.
func (g *grammar) reset(text string, toks []token) {
	*g = grammar{text: text, low: asciiLower(text), toks: toks, lows: g.lows[:0], wbuf: g.wbuf, cand: g.cand[:0]}
	n := len(toks)
	lows := slices.Grow(g.lows, n)[:n]
	cand := slices.Grow(g.cand, (n+63)>>6)[:(n+63)>>6]
	clear(cand)
	low := g.low
	// cand marks the tokens scan must look at: figures, symbols other
	// than "%", start words, web addresses (lxWeb), and the words mayStart
	// may take before a figure or a symbol that may be a currency there
	// ("US$5", "USD 300", "Rs. 50"; not "rose 5").
	// Every other token is one that scan would step over at once.
	// (one pass for lows and cand: the tokens are read once)
	for k := range toks {
		t := &toks[k]
		switch t.kind {
		case tWord:
			lows[k] = low[t.start:t.end]
			if t.cls&(lxStart|lxWeb) == 0 {
				continue
			}
		case tNum, tSym:
			lows[k] = ""
			if k > 0 && toks[k-1].kind == tWord && toks[k-1].cls&lxFunction == 0 && (t.kind == tSym || currencyWordBefore(&toks[k-1])) {
				cand[(k-1)>>6] |= 1 << ((k - 1) & 63)
			}
			if t.kind == tSym && t.text == "%" {
				continue
			}
		default:
			lows[k] = ""
			// "Rs. 50": the word before the period first, by its class
			// ("Rs" is a currency word, lxCurrency): most punctuation
			// follows no currency word, and the test of the period's
			// text would mispredict
			if k > 0 && toks[k-1].cls&lxCurrency != 0 && t.text == "." && toks[k-1].text == "Rs" && toks[k-1].kind == tWord {
				cand[(k-1)>>6] |= 1 << ((k - 1) & 63)
			}
			continue
		}
		cand[k>>6] |= 1 << (k & 63)
	}
	g.lows, g.cand = lows, cand
}

// currencyWordBefore reports whether word w, before a figure, may be a
// currency that parseAt reads there ("USD 300", "ringgit 42", "MAUD
// 60"): the only way a quantity starts at a word that is no start word
// and has a figure after it (currencyBefore).
func currencyWordBefore(w *token) bool {
	return w.cls&(lxCode|lxCurrency|lxNotPlain) != 0 || len(w.text) == 4 && w.text[0] == 'M'
}

// nextCand returns the first token from k on, before b, that may start a
// quantity, or b.
func (g *grammar) nextCand(k, b int) int {
	for k < b {
		i := k >> 6
		if m := g.cand[i] >> (k & 63); m != 0 {
			return min(k+bits.TrailingZeros64(m), b)
		}
		k = (i + 1) << 6
	}
	return b
}

// newGrammar returns the grammar of text and its tokens.
func newGrammar(text string, toks []token) grammar {
	var g grammar
	g.reset(text, toks)
	return g
}

// word returns token k lower-cased if it is a word, else "".
func (g *grammar) word(k int) string {
	if uint(k) >= uint(len(g.lows)) {
		return ""
	}
	return g.lows[k]
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
	for ; i+32 <= len(b); i += 32 { // thirty-two bytes at a time
		w := b[i : i+32]
		x0, x1 := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		x2, x3 := binary.LittleEndian.Uint64(w[16:]), binary.LittleEndian.Uint64(w[24:])
		binary.LittleEndian.PutUint64(w, lower8(x0))
		binary.LittleEndian.PutUint64(w[8:], lower8(x1))
		binary.LittleEndian.PutUint64(w[16:], lower8(x2))
		binary.LittleEndian.PutUint64(w[24:], lower8(x3))
	}
	for ; i+8 <= len(b); i += 8 {
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
	return uint(k) < uint(len(g.toks)) && g.toks[k].kind == tPunct && g.toks[k].text == p // (one compare: k < 0 is a huge uint)
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
	for k := s.a; ; {
		// most tokens start nothing: punctuation, and words that are not
		// start words and have no figure or symbol after them (reset
		// marks the others in g.cand)
		if k = g.nextCand(k, s.b); k >= s.b {
			break
		}
		// web addresses: "https://x.com/?q=30%25" holds no figures
		if g.toks[k].cls&lxWeb != 0 && k+1 < s.b && g.toks[k+1].glued() {
			k++
			for k < s.b && g.toks[k].glued() {
				k++
			}
			continue
		}
		if !g.mayStart(k, s) {
			k++
			continue
		}
		out = slices.Grow(out, 1)[:len(out)+1] // (parseInto sets all of q)
		q := &out[len(out)-1]
		if !g.parseInto(q, k, s) {
			out = out[:len(out)-1]
			k++
			continue
		}
		if q.unit == UnitPercentagePoint && !q.skip {
			g.saidPoints = true
		}
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
	var q quantity
	ok := g.parseInto(&q, k, s)
	return q, ok
}

// parseInto is parseAt reading into q (scan reads into its output slice:
// a quantity is some 200 bytes).
func (g *grammar) parseInto(q *quantity, k int, s sentence) bool {
	toks := g.toks
	t := &toks[k]
	*q = quantity{a: k, numA: k, approx: Exact}
	j := k
	prefixScale := 0.0
	// currency prefixes: "$", "US$", "HK$", "USD 300", "Rs 50"
	if g.aCurrency(q, k, s) {
		return true // "a dollar"
	}
	j, prefixScale, negate, ok := g.currencyBefore(q, k, s)
	if !ok {
		return false
	}
	if j >= s.b {
		return false
	}
	if j == k && t.kind == tWord && t.cls&lxStart == 0 {
		// no currency prefix, and parseWordFigure reads start words only
		// (TestNonStartWords): a word before a figure ("loss 3,169")
		return false
	}
	q.numA = j
	e, ok := g.parseFigure(q, j, s)
	if !ok {
		return false
	}
	if negate {
		q.value = -q.value // "$-50.8bn"
	}
	if prefixScale > 0 && !q.scaled {
		q.value *= prefixScale
		q.scaled, q.scale = true, prefixScale
	}
	if q.skip {
		q.b = e
		return true
	}
	e = g.parseUnit(q, e, s)
	if q.unit == UnitMoney && q.unitName == "" {
		e = g.minorUnits(q, e, s)
	}
	q.b = e
	g.negative(q, s)
	g.accountingNegative(q, s)
	g.hedge(q, s)
	g.tailHedge(q, s)
	if q.skip {
		return true
	}
	g.ratio(q, s)
	if !g.inRange {
		g.rangeTail(q, s)
	}
	if !finite(q.value) || q.hasMax && !finite(q.max) {
		return false // "1" followed by 400 digits is no figure
	}
	return true
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// negative applies a leading minus sign or "minus", and takes a leading
// plus sign into the claim.
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
		if p.kind == tPunct && p.text == "+" && g.toks[k].glued() && (k-1 == s.a || !p.glued() || g.toks[k-2].kind == tPunct) {
			q.a = k - 1 // "+0.2%": a sign, not a name ("16+1")
			return
		}
		if w := g.word(k - 1); w == "minus" || w == "negative" {
			q.value, q.max = -q.value, -q.max
			q.a = k - 1
		}
	}
}

// accountingNegative reads an amount of money alone in brackets as
// accounts write a loss: "revenue is ($99.99)" is -99.99. An amount in
// brackets after another is a conversion ("£50 ($99.99)") and keeps its
// sign.
func (g *grammar) accountingNegative(q *quantity, s sentence) {
	a, b := q.a, q.b
	if q.unit != UnitMoney || q.value <= 0 || !g.isPunct(a-1, "(") || !g.isPunct(b, ")") || !g.toks[a].glued() || !g.toks[b].glued() || a-2 < s.a {
		return
	}
	switch g.word(a - 2) {
	case "is", "was", "were", "are", "be", "of", "at":
		q.value, q.max = -q.value, -q.max
		q.a, q.b = a-1, b+1
	}
}

// hedge extends the claim over an approximation phrase right before it.
func (g *grammar) hedge(q *quantity, s sentence) {
	best := 0
	var phrases []approxPhrase
	if g.clsAt(q.a-1)&lxApprox != 0 {
		phrases = approxByLast[g.lows[q.a-1]]
	}
	for _, ph := range phrases {
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

// approxPhrase is one of approxPhrases.
type approxPhrase = struct {
	words  []string
	approx Approx
}

// approxByLast indexes approxPhrases by their last word, so that a figure
// checks only the phrases that can end right before it.
var approxByLast = func() map[string][]approxPhrase {
	m := map[string][]approxPhrase{}
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
	if n := e + 2; g.word(n) == "than" || n < s.b && (g.toks[n].kind == tNum || g.toks[n].kind == tSym || g.toks[n].cls&lxStart != 0) {
		return // "no more than 12 and more than 194", "10 seconds and over 200 people": the next figure's hedge
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
