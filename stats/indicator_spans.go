package stats

// spanMemo keeps spanIndicator's answers for the article: the claims of a
// clause read the same spans (clauseIndicator). Spans end at token k and
// start at most spanBack tokens before it, so a small array per token
// holds them, without hashing.
type spanMemo struct {
	// text is the article text (the grammar's lower-cased copy) the
	// answers are for; holding it keeps another article from taking its
	// place in memory, so that a new text is a new string.
	text string
	// per token k and start k-spanBack+n: 0 not read yet, 1 no indicator
	// (or only vaguely), else 2 + the matchRule answer
	ans [][spanBack + 1]uint8
}

// spanBack is how far before its last token a remembered span may start.
const spanBack = 3

// spanIndicator returns the indicator the words of tokens [i, k] name
// (phraseIndicator; "" when none, or only vaguely), remembered for the
// article.
func (x *extractor) spanIndicator(i, k int) Indicator {
	m := &x.indSpans
	if k-i > spanBack || i > k {
		ind, _ := x.readSpan(i, k)
		return ind
	}
	if m.text != x.g.low || len(m.ans) != len(x.toks) {
		m.text = x.g.low
		if cap(m.ans) < len(x.toks) {
			m.ans = make([][spanBack + 1]uint8, len(x.toks))
		} else {
			m.ans = m.ans[:len(x.toks)]
			clear(m.ans)
		}
	}
	a := &m.ans[k][spanBack-(k-i)]
	switch *a {
	case 0:
		ind, r := x.readSpan(i, k)
		*a = 1
		if ind != "" {
			*a = uint8(2 + r)
		}
		return ind
	case 1:
		return ""
	}
	return ruleInd(int(*a) - 2)
}

// readSpan is spanIndicator without the memo, with the matchRule answer
// its indicator is of.
func (x *extractor) readSpan(i, k int) (Indicator, int) {
	text := x.g.low[x.toks[i].start:x.toks[k].end]
	r, ok := matchRule(text, true)
	if !ok {
		text = foldLower(text)
		if text == "" {
			return "", ruleNone
		}
		r, _ = matchRule(text, false)
	}
	ind, vague := phraseOfRule(text, r)
	if vague {
		return "", ruleNone
	}
	return ind, r
}
