package stats

import (
	"sync"
	"unicode/utf8"
)

// lexClass is the set of hot word lists a word token belongs to, found once
// per token by the tokenizer (one probe of a small hash table) so that the
// passes over every token test bits instead of looking words up in maps.
// The lists are matched on the word with its ASCII letters lower-cased,
// as grammar.word gives it.
type lexClass uint64

const (
	lxFunction   lexClass = 1 << iota // functionWords
	lxStart                           // startWords: a quantity may start here
	lxTitle                           // titleWords: "president", "minister"
	lxOrgSuffix                       // orgSuffixes: "corp", "bank"
	lxMonth                           // months
	lxWeekday                         // weekdays
	lxMetricHead                      // metricHeads: "exports", "deficit"
	lxVerbLike                        // verbLike: "rose", "fell"
	lxPrep                            // prepositions
	lxClauseWord                      // clauseWords: "while", "but"
	lxForecast                        // forecastWords
	lxPeriod                          // the words findPeriods reads (months, "year", "first", ...)
	lxGazLower                        // the first word of a lower-case gazetteer phrase ("euro zone")
	lxGazRoot                         // the key of a gazetteer phrase's first word
	lxCurrency                        // a currency word's first key or a letter symbol ("dlrs", "rs")
	// lxNotPlain is set by the tokenizer, not the lexicon: a word that is
	// not all ASCII or ends in a period ("U.S."), whose gazetteer key is
	// therefore not simply its lower-cased text.
	lxNotPlain
	lxBalance  // balanceWords: "deficit", "surplus"
	lxRuleWord // the words of the indicator rules' phrases (ruleWordSet)
	lxOutlook  // targetWords and forecastAfter: "target", "likely"
	lxLocal    // localUnits: "city", "district's"
	// The classes below only speed up rules' word tests: a word on one of
	// them alone is not taken for a common word (lxCommon).
	lxUnitNoun     // unitNouns: "business", "division"
	lxModal        // modalWords: "would", "may"
	lxSubordinator // subordinators: "since", "because"
	lxEvent        // eventNouns: "summit", "fair"
	lxPeriodNoun   // changeNouns and periodNounFillers: "rise", "deficit", "annual"
	lxChange       // changeWords: "rose", "fell"
	lxReporting    // reportingVerbs: "said", "told"
	lxCue          // cueWords: "world", "if", "contribution"
	lxIntroducer   // nameIntroducers: "giant", "such"
)

// lexPartSets are classes declared beside the rules that read them, each
// with the function that lists its words; lexClassSets adds them. Their
// bits are above those of the const block.
var lexPartSets = map[lexClass]func() []string{}

// lxCommon are the classes that make a capitalised word a common word
// rather than a name (properStart).
const lxCommon = lxUnitNoun - 1

// lexTable is an open-addressing hash set of lower-case words with their
// classes. Its hash reads the length and the first, middle and last bytes
// with ASCII letters folded, so that the tokenizer needs no lower-cased
// copy. A probe reads a 16-bit tag first: most words miss in a 16 KB
// array that stays in the cache, without touching the strings.
type lexTable struct {
	tags  []uint16 // per slot: 0 empty, else the tag of its word (never 0)
	slots []lexSlot
	shift uint // 64 - log2(len(slots))
	mask  uint64
	// Words of up to eight ASCII bytes are also kept packed in a uint64
	// (little-endian, zero-padded), so that classAt finds most words with
	// one load and integer compares.
	// (a word and its classes side by side: a hit reads one cache line)
	short      []lexShort
	shortShift uint
	shortMask  uint64
	// shortFilter has a bit set for each packed word, by 16 bits of its
	// hash: most other words are turned away by this 8 KB array, which
	// stays in the cache, without a probe of the table.
	shortFilter [1 << 16 / 64]uint64
	// Words of nine to sixteen ASCII bytes are kept packed in two
	// uint64s, the same way (their filter bits are in shortFilter too).
	long      []lexLong
	longShift uint
	longMask  uint64
}

// lexLong is a word of nine to sixteen bytes packed in two uint64s (k0
// == 0: empty slot) and its classes.
type lexLong struct {
	k0, k1 uint64
	c      lexClass
}

// longHash mixes the two halves of a packed long word.
func longHash(k0, k1 uint64) uint64 {
	return (k0 ^ k1*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15
}

// lexShort is a packed word (0: empty slot) and its classes.
type lexShort struct {
	key uint64
	c   lexClass
}

type lexSlot struct {
	w string
	c lexClass
}

// lexClassSets lists, per class, the words that have it.
func lexClassSets() map[lexClass][]string {
	keys := func(m map[string]bool) []string {
		var out []string
		for w, ok := range m {
			if ok {
				out = append(out, w)
			}
		}
		return out
	}
	var monthWords []string
	for w, n := range months {
		if n > 0 {
			monthWords = append(monthWords, w)
		}
	}
	period := append(keys(periodExtra), monthWords...)
	fillers := keys(periodNounFillers)
	var changeVerbs []string
	for w := range changeWords {
		changeVerbs = append(changeVerbs, w)
	}
	for w, c := range changeNouns {
		if c != NoChange {
			fillers = append(fillers, w)
		}
	}
	var gazLower []string
	for w, ok := range loadGazetteer().lowerFirst {
		if ok {
			gazLower = append(gazLower, asciiLower(w))
		}
	}
	var gazRoot []string
	for k := range loadGazetteer().trie.root {
		gazRoot = append(gazRoot, k)
	}
	var currency []string
	for k := range loadCurrencies().words.root {
		currency = append(currency, k)
	}
	for sym := range loadCurrencies().symbols {
		currency = append(currency, asciiLower(sym))
	}
	sets := map[lexClass][]string{
		lxGazRoot:      gazRoot,
		lxCurrency:     currency,
		lxFunction:     keys(functionWords),
		lxStart:        keys(startWords),
		lxTitle:        keys(titleWords),
		lxOrgSuffix:    keys(orgSuffixes),
		lxMonth:        monthWords,
		lxWeekday:      keys(weekdays),
		lxMetricHead:   keys(metricHeads),
		lxVerbLike:     keys(verbLike),
		lxPrep:         keys(prepositions),
		lxClauseWord:   keys(clauseWords),
		lxForecast:     keys(forecastWords),
		lxPeriod:       period,
		lxGazLower:     gazLower,
		lxBalance:      keys(balanceWords),
		lxRuleWord:     keys(ruleWordSet()),
		lxOutlook:      append(keys(targetWords), keys(forecastAfter)...),
		lxLocal:        keys(localUnits),
		lxUnitNoun:     keys(unitNouns),
		lxModal:        keys(modalWords),
		lxSubordinator: keys(subordinators),
		lxEvent:        keys(eventNouns),
		lxPeriodNoun:   fillers,
		lxChange:       changeVerbs,
		lxReporting:    keys(reportingVerbs),
		lxCue:          cueWords,
		lxIntroducer:   keys(nameIntroducers),
	}
	for c, words := range grammarClassSets() {
		sets[c] = append(sets[c], words...)
	}
	for c, words := range lexPartSets {
		sets[c] = append(sets[c], words()...)
	}
	return sets
}

// lexicon returns the table, built on first use.
var lexicon = sync.OnceValue(func() *lexTable {
	sets := lexClassSets()
	classes := map[string]lexClass{}
	for c, words := range sets {
		for _, w := range words {
			if w != "" {
				classes[w] |= c
			}
		}
	}
	bits := uint(6)
	for 1<<bits < 4*len(classes) {
		bits++
	}
	size := 1 << bits
	t := &lexTable{tags: make([]uint16, size), slots: make([]lexSlot, size), shift: 64 - bits, mask: uint64(size - 1)}
	for w, c := range classes {
		i, tag := t.hash(w)
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.tags[i], t.slots[i] = tag, lexSlot{w: w, c: c}
	}
	bits = 6
	for 1<<bits < 2*len(classes) {
		bits++
	}
	t.short = make([]lexShort, 1<<bits)
	t.shortShift, t.shortMask = 64-bits, 1<<bits-1
	for w, c := range classes {
		key, ok := packWord(w)
		if !ok || asciiLower(w) != w {
			continue // found through the string table
		}
		h := key * shortHashMul
		t.shortFilter[h>>54] |= 1 << (h >> 48 & 63) // the top 16 bits: the filter's
		i := h >> t.shortShift
		for t.short[i].key != 0 {
			i = (i + 1) & t.shortMask
		}
		t.short[i] = lexShort{key, c}
	}
	long := 0
	for w := range classes {
		if len(w) > 8 && len(w) <= 16 {
			long++
		}
	}
	bits = 6
	for 1<<bits < 2*long {
		bits++
	}
	t.long = make([]lexLong, 1<<bits)
	t.longShift, t.longMask = 64-bits, 1<<bits-1
	for w, c := range classes {
		if len(w) <= 8 || len(w) > 16 || asciiLower(w) != w {
			continue
		}
		k0, ok0 := packWord(w[:8])
		k1, ok1 := packWord(w[8:])
		if !ok0 || !ok1 {
			continue // not ASCII: found through the string table
		}
		h := longHash(k0, k1)
		t.shortFilter[h>>54] |= 1 << (h >> 48 & 63)
		i := h >> t.longShift
		for t.long[i].k0 != 0 {
			i = (i + 1) & t.longMask
		}
		t.long[i] = lexLong{k0, k1, c}
	}
	return t
})

// packWord returns w's bytes as a little-endian uint64 when w has one to
// eight bytes, all ASCII.
func packWord(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] >= utf8.RuneSelf {
			return 0, false
		}
		k = k<<8 | uint64(w[i])
	}
	return k, true
}

// classAt returns the classes of the word text[start:end]. A word of up
// to eight ASCII bytes with eight bytes of text from its start is read
// with one load, lower-cased eight bytes at a time and found among the
// packed words; any other word is looked up by classOf.
func (t *lexTable) classAt(text string, start, end int) lexClass {
	n := end - start
	if n > 8 && n <= 16 && start+16 <= len(text) {
		return t.classLong(text[start:start+16], n)
	}
	if n <= 0 || n > 8 || start+8 > len(text) {
		return t.classOf(text[start:end])
	}
	b := text[start : start+8]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	x &= ^uint64(0) >> (64 - 8*n) // the word's bytes only
	if x&0x8080808080808080 != 0 {
		return t.classOf(text[start:end]) // not ASCII
	}
	return t.classPacked(x)
}

// classLong returns the classes of the word of n bytes (nine to sixteen)
// at the start of b (sixteen bytes of text).
func (t *lexTable) classLong(b string, n int) lexClass {
	x0 := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	x1 := uint64(b[8]) | uint64(b[9])<<8 | uint64(b[10])<<16 | uint64(b[11])<<24 |
		uint64(b[12])<<32 | uint64(b[13])<<40 | uint64(b[14])<<48 | uint64(b[15])<<56
	x1 &= ^uint64(0) >> (128 - 8*n) // the word's bytes only
	if (x0|x1)&0x8080808080808080 != 0 {
		return t.classOf(b[:n]) // not ASCII
	}
	k0, k1 := lower8(x0), lower8(x1)
	h := longHash(k0, k1)
	if !t.mayHold(h) {
		return 0
	}
	return t.probeLong(k0, k1, h)
}

// probeLong finds the packed long word k0, k1 of hash h in the table.
func (t *lexTable) probeLong(k0, k1, h uint64) lexClass {
	for i := h >> t.longShift; ; i = (i + 1) & t.longMask {
		e := &t.long[i]
		if e.k0 == k0 && e.k1 == k1 {
			return e.c
		}
		if e.k0 == 0 {
			return 0
		}
	}
}

// classPacked returns the classes of a word of one to eight ASCII bytes
// packed in x (little-endian, zero-padded; any case).
func (t *lexTable) classPacked(x uint64) lexClass {
	key := lower8(x) // as asciiLower lower-cases
	h := key * shortHashMul
	if !t.mayHold(h) {
		return 0
	}
	return t.probeShort(key, h)
}

// shortHashMul hashes a packed word: h = key * shortHashMul (the
// tokenizer computes it too, to test the filter without a call).
const shortHashMul = 0x9E3779B97F4A7C15

// mayHold reports whether a word of hash h may be in the table (its bit
// of shortFilter is set).
func (t *lexTable) mayHold(h uint64) bool {
	return t.shortFilter[h>>54]&(1<<(h>>48&63)) != 0
}

// probeShort finds the packed word key, of hash h, in the table.
func (t *lexTable) probeShort(key, h uint64) lexClass {
	for i := h >> t.shortShift; ; i = (i + 1) & t.shortMask {
		switch e := &t.short[i]; e.key {
		case key:
			return e.c
		case 0:
			return 0
		}
	}
}

// hash returns the first slot to probe for w and w's tag. It reads bytes
// with their 0x20 bit set: ASCII letters fold to lower case, and a word
// hashes as its lower-cased form does (w must not be empty).
func (t *lexTable) hash(w string) (uint64, uint16) {
	n := len(w)
	k := uint64(n)<<24 | uint64(w[0]|0x20)<<16 | uint64(w[n>>1]|0x20)<<8 | uint64(w[n-1]|0x20)
	h := k * 0x9E3779B97F4A7C15
	return h >> t.shift, uint16(h>>20) | 1
}

// classOf returns the classes of word w (any case: ASCII letters are
// compared folded), or 0.
func (t *lexTable) classOf(w string) lexClass {
	if w == "" {
		return 0
	}
	i, tag := t.hash(w)
	for ; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &t.slots[i]; s.w == w || len(s.w) == len(w) && equalFoldASCII(s.w, w) {
				return s.c
			}
		}
	}
}

// equalFoldASCII reports whether w, with its ASCII letters lower-cased,
// equals low (which is lower-case already); both have the same length.
func equalFoldASCII(low, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// is reports whether token k is a word of class c.
func (g *grammar) is(k int, c lexClass) bool {
	return k >= 0 && k < len(g.toks) && g.toks[k].cls&c != 0
}
