package stats

// Word classes of the quantity grammar (bits 1<<50 .. 1<<55 of lexClass),
// found once per token by the tokenizer: the grammar tests a token's bit
// before it looks the word up in its map, and most words are turned away
// by the bit.

const (
	lxWeb    lexClass = 1 << 50 // "http", "https", "www": a web address starts
	lxNumber lexClass = 1 << 51 // number words: numberWordSet
	lxScale  lexClass = 1 << 52 // scaleWords: "million", "bn", "lakh"
	lxApprox lexClass = 1 << 53 // the last word of a hedge phrase (approxByLast)
	lxCode   lexClass = 1 << 54 // the words currencyPrefix may read as a currency: currencyCodeWords
	lxIndex  lexClass = 1 << 55 // indexWords: "index", "nikkei"
)

// grammarClassSets lists the words of each of the classes above
// (lexClassSets adds them; read when the lexicon is built, whatever the
// order of package initialisation).
func grammarClassSets() map[lexClass][]string {
	return map[lexClass][]string{
		lxWeb:    {"http", "https", "www"},
		lxNumber: numberWordSet(),
		lxScale:  wordsOf(scaleWords),
		lxApprox: wordsOf(approxByLast),
		lxCode:   currencyCodeWords(),
		lxIndex:  wordsOf(indexWords),
	}
}

// currencyCodeWords lists, lower-cased, the letter symbols of two bytes or
// more and the ISO codes: every word currencyPrefix may read as a
// currency, in some casing.
func currencyCodeWords() []string {
	c := loadCurrencies()
	var out []string
	for sym := range c.symbols {
		if len(sym) >= 2 {
			out = append(out, asciiLower(sym))
		}
	}
	for code := range c.family {
		out = append(out, asciiLower(code))
	}
	return out
}

// currencyPrefixAt is currencyPrefix(g.toks[k].text, glued), for a word
// token k: a plain word off lxCode names no currency.
func (g *grammar) currencyPrefixAt(k int, glued bool) string {
	if t := &g.toks[k]; t.kind == tWord && t.cls&(lxCode|lxNotPlain) == 0 {
		return ""
	}
	return currencyPrefix(g.toks[k].text, glued)
}

// numberWordSet lists the words of cardinalWords, tensWords, ordinalWords
// (and their plurals, which denominator reads), fractionWords,
// multipleVerbs and foldWords.
func numberWordSet() []string {
	addCompoundOrdinals()
	var out []string
	for _, m := range []map[string]float64{cardinalWords, tensWords, ordinalWords, fractionWords, multipleVerbs, foldWords} {
		out = append(out, wordsOf(m)...)
	}
	for w := range ordinalWords {
		out = append(out, w+"s")
	}
	return out
}

func wordsOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// Filters of the number-word maps: a word on lxNumber is on one or two
// of them, and the filter turns it away from the others' lookups.
var (
	cardinalFilter = newWordFilter(cardinalWords)
	tensFilter     = newWordFilter(tensWords)
	ordinalFilter  = func() *wordFilter {
		addCompoundOrdinals()
		return newWordFilter(ordinalWords)
	}()
	fractionFilter = newWordFilter(fractionWords)
	multipleFilter = newWordFilter(multipleVerbs)
	foldFilter     = newWordFilter(foldWords)
)

// clsAt returns the classes of token k, or 0 outside the tokens.
func (g *grammar) clsAt(k int) lexClass {
	if uint(k) >= uint(len(g.toks)) {
		return 0
	}
	return g.toks[k].cls
}

// scaleWordOK is scaleWords[g.word(k)], with its ok.
func (g *grammar) scaleWordOK(k int) (float64, bool) {
	if g.clsAt(k)&lxScale == 0 {
		return 0, false
	}
	sc, ok := scaleWords[g.lows[k]]
	return sc, ok
}

// scaleWord is scaleWords[g.word(k)].
func (g *grammar) scaleWord(k int) float64 {
	sc, _ := g.scaleWordOK(k)
	return sc
}

// cardinalWord is cardinalWords[g.word(k)], with its ok.
func (g *grammar) cardinalWord(k int) (float64, bool) {
	if g.clsAt(k)&lxNumber == 0 || !cardinalFilter.may(g.lows[k]) {
		return 0, false
	}
	v, ok := cardinalWords[g.lows[k]]
	return v, ok
}

// cardinalValue is cardinalWords[g.word(k)].
func (g *grammar) cardinalValue(k int) float64 {
	v, _ := g.cardinalWord(k)
	return v
}

// tensValue is tensWords[g.word(k)].
func (g *grammar) tensValue(k int) float64 {
	v, _ := g.tensWord(k)
	return v
}

// tensWord is tensWords[g.word(k)], with its ok.
func (g *grammar) tensWord(k int) (float64, bool) {
	if g.clsAt(k)&lxNumber == 0 || !tensFilter.may(g.lows[k]) {
		return 0, false
	}
	v, ok := tensWords[g.lows[k]]
	return v, ok
}

// ordinalWord is ordinalWords[g.word(k)], with its ok.
func (g *grammar) ordinalWord(k int) (float64, bool) {
	if g.clsAt(k)&lxNumber == 0 || !ordinalFilter.may(g.lows[k]) {
		return 0, false
	}
	v, ok := ordinalWords[g.lows[k]]
	return v, ok
}

// fractionWord is fractionWords[g.word(k)], with its ok.
func (g *grammar) fractionWord(k int) (float64, bool) {
	if g.clsAt(k)&lxNumber == 0 || !fractionFilter.may(g.lows[k]) {
		return 0, false
	}
	v, ok := fractionWords[g.lows[k]]
	return v, ok
}

// monthWord is months[g.word(k)].
func (g *grammar) monthWord(k int) int {
	if g.clsAt(k)&lxMonth == 0 {
		return 0
	}
	return months[g.lows[k]]
}
