package stats

import "sync"

// lexClass is the set of hot word lists a word token belongs to, found once
// per token by the tokenizer (one probe of a small hash table) so that the
// passes over every token test bits instead of looking words up in maps.
// The lists are matched on the word with its ASCII letters lower-cased,
// as grammar.word gives it.
type lexClass uint16

const (
	lxFunction   lexClass = 1 << iota // functionWords
	lxStart                           // startWords: a quantity may start here
	lxAFollower                       // aFollowers: "a"/"an" before it may start one
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
)

// lexTable is an open-addressing hash set of lower-case words with their
// classes. Its hash is wordHash (length, first, middle and last bytes),
// computed from the token's bytes with ASCII letters folded, so that the
// tokenizer needs no lower-cased copy.
type lexTable struct {
	slots []lexSlot
	mask  uint32
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
	var gazLower []string
	for w, ok := range loadGazetteer().lowerFirst {
		if ok {
			gazLower = append(gazLower, asciiLower(w))
		}
	}
	return map[lexClass][]string{
		lxFunction:   keys(functionWords),
		lxStart:      keys(startWords),
		lxAFollower:  keys(aFollowers),
		lxTitle:      keys(titleWords),
		lxOrgSuffix:  keys(orgSuffixes),
		lxMonth:      monthWords,
		lxWeekday:    keys(weekdays),
		lxMetricHead: keys(metricHeads),
		lxVerbLike:   keys(verbLike),
		lxPrep:       keys(prepositions),
		lxClauseWord: keys(clauseWords),
		lxForecast:   keys(forecastWords),
		lxPeriod:     period,
		lxGazLower:   gazLower,
	}
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
	size := 64
	for size < 4*len(classes) {
		size *= 2
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	for w, c := range classes {
		h := wordHash(w) & t.mask
		for t.slots[h].w != "" {
			h = (h + 1) & t.mask
		}
		t.slots[h] = lexSlot{w: w, c: c}
	}
	return t
})

// classOf returns the classes of word w (any case: ASCII letters are
// compared folded), or 0.
func (t *lexTable) classOf(w string) lexClass {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := (uint32(n)<<24 | uint32(lowerByte(w[0]))<<16 | uint32(lowerByte(w[n>>1]))<<8 | uint32(lowerByte(w[n-1]))) * 0x9E3779B1 >> 16
	for h &= t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.w == "" {
			return 0
		}
		if len(s.w) == n && equalFoldASCII(s.w, w) {
			return s.c
		}
	}
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFoldASCII reports whether w, with its ASCII letters lower-cased,
// equals low (which is lower-case already); both have the same length.
func equalFoldASCII(low, w string) bool {
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != low[i] {
			return false
		}
	}
	return true
}

// is reports whether token k is a word of class c.
func (g *grammar) is(k int, c lexClass) bool {
	return k >= 0 && k < len(g.toks) && g.toks[k].cls&c != 0
}
