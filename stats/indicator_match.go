package stats

import (
	"math/bits"
	"strings"
)

// The matcher of indicatorOf: each word of a phrase is looked up once in
// a small open-addressing table of the rules' first words (no string
// hashing: the hash reads the length and three bytes), and which rules
// hold, lack or are barred by a phrase is kept as three 64-bit sets, so
// that the first rule that matches is one bit scan.

// ruleWord is a word of the table: the rule phrases that start with it,
// and what else the indicator rules ask of it.
type ruleWord struct {
	w     string
	refs  []phraseRef
	flags uint8
}

// phraseRef is one phrase of an indicator rule: the rule, whether it is of
// the rule's any (0), all (1) or not (2) list, the phrase, and whether the
// phrase is its first word alone.
type phraseRef struct {
	rule   int
	kind   uint8
	single bool
	// next is the two bytes after the first word (0 for single words):
	// most phrases fail on them, before a comparison of the whole phrase
	next   [2]byte
	phrase string
}

// The flags of a ruleWord.
const (
	rwBalance uint8 = 1 << iota // balanceWords
	rwWeak                      // weakWords
	rwShare                     // "share": worldTradeShare may hold
)

// ruleTable is the table of the rules' words, with the sets of rules that
// have an all list.
type ruleTable struct {
	tags    []uint16 // per slot: 0 empty, else its word's tag (never 0)
	slots   []ruleWord
	shift   uint
	mask    uint64
	needAll uint64 // the rules with an all list
}

// ruleTab is the table of the rules' words.
var ruleTab = newRuleTable()

// newRuleTable builds the table of the rules' words.
func newRuleTable() *ruleTable {
	if len(indicatorRules) > 64 {
		panic("stats: more than 64 indicator rules")
	}
	words := map[string]*ruleWord{}
	add := func(w string) *ruleWord {
		if words[w] == nil {
			words[w] = &ruleWord{w: w}
		}
		return words[w]
	}
	t := &ruleTable{}
	for i, r := range indicatorRules {
		if len(r.all) > 0 {
			t.needAll |= 1 << i
		}
		for kind, list := range [3][]string{r.any, r.all, r.not} {
			for _, p := range list {
				n := 0
				for n < len(p) && !isWordEdge(p, n) {
					n++
				}
				if n == 0 {
					panic("stats: indicator phrase " + p + " does not start with a word")
				}
				e := add(p[:n])
				ref := phraseRef{rule: i, kind: uint8(kind), single: n == len(p), phrase: p}
				if !ref.single {
					if len(p) < n+2 {
						panic("stats: indicator phrase " + p + " ends in a word edge")
					}
					ref.next = [2]byte{p[n], p[n+1]}
				}
				e.refs = append(e.refs, ref)
			}
		}
	}
	for w := range balanceWords {
		add(w).flags |= rwBalance
	}
	for w := range weakWords {
		add(w).flags |= rwWeak
	}
	add("share").flags |= rwShare
	b := uint(6)
	for 1<<b < 4*len(words) {
		b++
	}
	size := 1 << b
	t.tags, t.slots = make([]uint16, size), make([]ruleWord, size)
	t.shift, t.mask = 64-b, uint64(size-1)
	for w, e := range words {
		i, tag := ruleHash(w, t.shift)
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.tags[i], t.slots[i] = tag, *e
	}
	return t
}

// ruleHash returns the first slot to probe for w (not empty) and its tag.
func ruleHash(w string, shift uint) (uint64, uint16) {
	n := len(w)
	k := uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	h := k * 0x9E3779B97F4A7C15
	return h >> shift, uint16(h>>20) | 1
}

// find returns the entry of word w, or nil.
func (t *ruleTable) find(w string) *ruleWord {
	if w == "" {
		return nil
	}
	i, tag := ruleHash(w, t.shift)
	for ; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return nil
		case tag:
			if e := &t.slots[i]; e.w == w {
				return e
			}
		}
	}
}

// flagsOf returns the flags of word w (0 when it is none of the table's).
func (t *ruleTable) flagsOf(w string) uint8 {
	if e := t.find(w); e != nil {
		return e.flags
	}
	return 0
}

// The classes of the bytes of a phrase for matchRule.
const (
	byteEdge       = iota // a word edge (isWordEdge) other than white space
	byteWord              // a byte of a word: a-z, 0-9, '-'
	byteFold              // a byte strings.ToLower may change: A-Z or any non-ASCII byte
	byteSpace             // ' '
	byteOtherSpace        // '\t', '\n', '\v', '\f', '\r'
)

var wordByte = func() (c [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-':
			c[b] = byteWord
		case b >= 'A' && b <= 'Z' || b >= 0x80:
			c[b] = byteFold
		case b == ' ':
			c[b] = byteSpace
		case b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r':
			c[b] = byteOtherSpace
		}
	}
	return
}()

// The answers of matchRule besides an index of indicatorRules.
const (
	ruleNone            = -1 // no rule matches
	ruleWorldTradeShare = 64 // worldTradeShare
)

// ruleInd returns the indicator of a matchRule answer.
func ruleInd(r int) Indicator {
	switch r {
	case ruleNone:
		return ""
	case ruleWorldTradeShare:
		return IndShareOfWorldTrade
	}
	return indicatorRules[r].ind
}

// matchRules is indicatorOf of a phrase (not empty).
func matchRules(metric string) Indicator {
	r, _ := matchRule(metric, false)
	return ruleInd(r)
}

// matchRule returns the rule indicatorOf(metric) answers by (metric not
// empty). With strict, metric must be as foldLower leaves it unchanged (no
// capitals, no non-ASCII byte, no white space but single inner spaces);
// when it is not, matchRule answers false, and the caller folds it.
func matchRule(metric string, strict bool) (int, bool) {
	var s ruleSets
	if s.scan(metric, len(metric), false) {
		return s.rule(metric), true
	}
	if strict {
		return ruleNone, false
	}
	m := strings.ToLower(metric)
	s = ruleSets{}
	s.scan(m, len(m), true)
	return s.rule(m), true
}

// ruleSets are the rules whose any, all and not phrases a phrase holds,
// and whether it has the word "share".
type ruleSets struct {
	any, all, not uint64
	share         bool
}

// scan adds the phrases of the rules that start at the words of m that
// start before to (a phrase may go on past to). Unless loose, m must be
// clean as matchRule's strict asks, else scan answers false; with loose,
// m is lower-cased, and its white space and non-ASCII bytes are word
// edges.
func (s *ruleSets) scan(m string, to int, loose bool) bool {
	for i := 0; i < to; {
		switch wordByte[m[i]] {
		case byteEdge:
			i++
			continue
		case byteSpace:
			if !loose && (i == 0 || i == len(m)-1 || m[i+1] == ' ') {
				return false
			}
			i++
			continue
		case byteOtherSpace:
			if !loose {
				return false
			}
			i++
			continue
		case byteFold:
			if !loose {
				return false
			}
			if m[i] >= 0x80 {
				i++ // a word edge
				continue
			}
		}
		j := i + 1
		for j < len(m) {
			c := wordByte[m[j]]
			if c == byteWord {
				j++
				continue
			}
			if c != byteFold {
				break
			}
			if !loose {
				return false
			}
			if m[j] >= 0x80 {
				break
			}
			j++
		}
		if e := ruleTab.find(m[i:j]); e != nil {
			s.share = s.share || e.flags&rwShare != 0
			for r := range e.refs {
				ref := &e.refs[r]
				if ref.single || j+1 < len(m) && m[j] == ref.next[0] && m[j+1] == ref.next[1] &&
					strings.HasPrefix(m[i:], ref.phrase) && isWordEdge(m, i+len(ref.phrase)) {
					switch ref.kind {
					case 0:
						s.any |= 1 << ref.rule
					case 1:
						s.all |= 1 << ref.rule
					default:
						s.not |= 1 << ref.rule
					}
				}
			}
		}
		i = j
	}
	return true
}

// rule returns the rule phrase m answers by, which holds the phrases of s.
func (s *ruleSets) rule(m string) int {
	if s.share && worldTradeShare(m) {
		return ruleWorldTradeShare
	}
	if c := s.any &^ s.not &^ (ruleTab.needAll &^ s.all); c != 0 {
		return bits.TrailingZeros64(c)
	}
	return ruleNone
}

// ruleMemo remembers matchRule's answers for the phrases the extractor's
// rules asked about last: the same phrase is asked again and again (a
// claim's metric phrase by ratioIndicator, then phraseIndicator; the
// claims of a sentence share one; the same words come back in article
// after article), and a lookup costs a tenth of a match. It is a
// direct-mapped table: a phrase has one slot, by its memoHash, and a
// newer phrase takes it over. (Of the 95,600 phrases asked over the
// Reuters corpus, 512 slots by a hash of a phrase's length and three of
// its bytes found 71,200; these 4,096 find 78,700.)
type ruleMemo struct {
	keys  [ruleMemoSize]string // (copies: no article's text is kept alive)
	rules [ruleMemoSize]int8   // the matchRule answer for keys[i]
}

const (
	ruleMemoBits = 12
	ruleMemoSize = 1 << ruleMemoBits
)

// phraseRule returns matchRule(p, false)'s rule, remembered.
func (x *extractor) phraseRule(p string) int {
	m := &x.indSpans.rules
	if len(p) == 0 {
		r, _ := matchRule(p, false)
		return r
	}
	i := memoHash(p) >> (64 - ruleMemoBits)
	if m.keys[i] == p {
		return int(m.rules[i])
	}
	r, _ := matchRule(p, false)
	m.keys[i], m.rules[i] = strings.Clone(p), int8(r)
	return r
}

// phraseIndicator is phraseIndicator, its match remembered (phraseRule).
func (x *extractor) phraseIndicator(p string) (Indicator, bool) {
	if p == "" {
		return "", false
	}
	return phraseOfRule(p, x.phraseRule(p))
}

// indicatorOf is indicatorOf, its match remembered (phraseRule).
func (x *extractor) indicatorOf(metric string) Indicator {
	if metric == "" {
		return ""
	}
	return ruleInd(x.phraseRule(metric))
}
