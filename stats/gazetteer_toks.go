package stats

// Gazetteer matching on the tokens of a sentence. MatchEntity reads a
// slice of words; findMentions would have to list every sentence's words
// (and fold each word it reads to its key again) to call it. These
// functions read the tokens instead, the word keys of plain words being
// the grammar's lower-cased words, and follow MatchEntity's rules
// exactly: its words are the tokens but glued hyphens ("Asia-Pacific" is
// "Asia", "Pacific"), with "" for punctuation and numbers
// (TestMatchEntityAt compares the two).

// wordAfter returns the token of the word after token k of sentence s, or
// s.b.
func (x *extractor) wordAfter(k int, s sentence) int {
	for k++; k < s.b && x.g.gluedHyphen(k); k++ {
	}
	return k
}

// wordBefore returns the token of the word before token k of sentence s,
// or s.a-1.
func (x *extractor) wordBefore(k int, s sentence) int {
	for k--; k >= s.a && x.g.gluedHyphen(k); k-- {
	}
	return k
}

// gazWord returns token k as a word of MatchEntity: its text, or "" for
// punctuation and numbers.
func (x *extractor) gazWord(k int) string {
	if t := &x.toks[k]; t.kind == tWord {
		return t.text
	}
	return ""
}

// gazKey returns the gazetteer key of token k's word (gazAppendKey): a
// plain word's is its lower-cased text.
func (x *extractor) gazKey(k int) string {
	t := &x.toks[k]
	if t.kind != tWord {
		return ""
	}
	if t.cls&lxNotPlain == 0 {
		return x.g.word(k)
	}
	var buf [48]byte
	return string(gazAppendKey(buf[:0], t.text))
}

// matchEntityAt is MatchEntity at word token k of sentence s: the longest
// entry starting there, and the token after its last word.
func (x *extractor) matchEntityAt(k int, s sentence) (EntityMatch, int, bool) {
	g := loadGazetteer()
	w := x.gazWord(k)
	upper := gazStartsUpper(w)
	if !upper && (len(w) == 0 || !g.lowerFilter.may(w) || !g.lowerFirst[w]) {
		return EntityMatch{}, 0, false // fast path: most words are lower-case and start nothing
	}
	key := x.gazKey(k)
	if !g.trie.filter.may(key) {
		return EntityMatch{}, 0, false
	}
	var best *gazNode[gazEntry]
	bestN, end := 0, 0
	for _, c := range g.trie.root[key] {
		if n, bn, e := x.gazWalkAt(c, k, s, 1, upper); bn > bestN {
			best, bestN, end = n, bn, e
		}
	}
	if best == nil || best.val.entity == nil || x.inStopAt(k, bestN, key, s) {
		return EntityMatch{}, 0, false
	}
	return EntityMatch{Entity: best.val.entity, Words: bestN, Form: best.val.form}, end, true
}

// gazWalkAt is gazWalk on the tokens: node c's key matched token j; it
// returns the best node at or below c, its depth and the token after it.
func (x *extractor) gazWalkAt(c *gazNode[gazEntry], j int, s sentence, depth int, upper bool) (*gazNode[gazEntry], int, int) {
	if c.exact != "" && gazTrimDots(x.gazWord(j)) != c.exact {
		return nil, 0, 0
	}
	var best *gazNode[gazEntry]
	bestN, end := 0, 0
	if c.has && (upper || c.val.lowerOK) {
		best, bestN, end = c, depth, j+1
	}
	if len(c.next) == 0 {
		return best, bestN, end
	}
	nj := x.wordAfter(j, s)
	if nj >= s.b {
		return best, bestN, end
	}
	key := x.gazKey(nj)
	for _, n := range c.next {
		if n.key != key {
			continue
		}
		if m, mn, me := x.gazWalkAt(n, nj, s, depth+1, upper); mn > bestN {
			best, bestN, end = m, mn, me
		}
	}
	return best, bestN, end
}

// inStopAt is inStop on the tokens: whether the match of n words at token
// k, whose key is key, lies inside a stop phrase that starts before it.
func (x *extractor) inStopAt(k, n int, key string, s sentence) bool {
	g := loadGazetteer()
	if len(g.stops) == 0 || !g.stopKeys.may(key) {
		return false
	}
	for _, r := range g.stops[key] {
		if len(r.keys)-r.at < n {
			continue // it ends inside the match
		}
		start := k
		for m := 0; m < r.at && start >= s.a; m++ {
			start = x.wordBefore(start, s)
		}
		if start < s.a || r.upper && !gazStartsUpper(x.gazWord(start)) {
			continue
		}
		same := true
		for i, t := 0, start; i < len(r.keys); i, t = i+1, x.wordAfter(t, s) {
			if t >= s.b || x.gazKey(t) != r.keys[i] {
				same = false // (or the phrase runs past the sentence)
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// currencyWords lists in x.words the words from token a of sentence s
// that MatchCurrencyWord reads, for a match at x.words[0].
func (x *extractor) currencyWords(a int, s sentence) []string {
	x.words = x.words[:0]
	for k, n := a, loadCurrencies().words.depth; k < s.b && len(x.words) < n; k = x.wordAfter(k, s) {
		x.words = append(x.words, x.gazWord(k))
	}
	return x.words
}
