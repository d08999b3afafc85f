package stats

import "strings"

// Spans: the rules that read the words of a short run of tokens
// (clauseIndicator, clauseSubjectIndicator, balanceIndicator) ask which
// indicator the phrase of tokens [i, k] names, for the few i up to
// spanBack tokens before k. The answers for every i are read at once,
// from k back: a token set off by a space adds its words' phrases to
// those of the span after it, so each word is looked up once, and the
// answers are kept for the article (the claims of a clause read the same
// spans).

// spanBack is how far before its last token a span may start.
const spanBack = 3

// spanAns is what the phrase of a span names: its matchRule answer
// (rule), and its indicator when not vague (ind, phraseIndicator). Each
// is 0 when not read yet, else 2 + the matchRule answer, or 1 (ind) when
// there is no indicator or only vaguely.
type spanAns struct {
	rule, ind uint8
}

// spanMemo keeps the answers for the article.
type spanMemo struct {
	// text is the article text (the grammar's lower-cased copy) the
	// answers are for (they depend on nothing else); holding it keeps
	// another article from taking its place in memory, so that another
	// text is another string.
	text string
	// per token k and start k-spanBack+n
	ans [][spanBack + 1]spanAns
	buf []byte // foldSpan's
	// matchRule's answers for recent phrases (not only this article's)
	rules ruleMemo
	// subjectEntity's last answer, for the current article (subjSet:
	// there is one): a claim asks it up to four times of one subject, and
	// the claims of a sentence mostly share one. (Comparing the article's
	// text instead read it whole on each call when an equal text came
	// before, as benchmarks repeat one: quadratic.)
	subj    string
	subjEnt *Entity
	subjSet bool
}

// firstSpan returns the indicator of the first span [i, k], lo <= i <=
// hi <= k, whose phrase names one (not vaguely), or with balance whose
// phrase is a balance (balanceOf), or "".
func (x *extractor) firstSpan(lo, hi, k int, balance bool) Indicator {
	if lo > hi || hi > k {
		return ""
	}
	if k-lo > spanBack {
		return x.firstLongSpan(lo, hi, k, balance)
	}
	m := &x.indSpans
	if m.text != x.g.low || len(m.ans) != len(x.toks) {
		if cap(m.ans) < len(x.toks) {
			m.ans = make([][spanBack + 1]spanAns, len(x.toks))
		} else {
			m.ans = m.ans[:len(x.toks)]
			clear(m.ans)
		}
	}
	// (set even when equal: an article of the same text read again is
	// then compared by its pointer, not byte by byte)
	m.text = x.g.low
	row := &m.ans[k]
	if row[spanBack-(k-lo)].rule == 0 {
		x.readSpans(lo, k, row)
	}
	for i := lo; i <= hi; i++ {
		a := &row[spanBack-(k-i)]
		if !balance {
			if a.ind > 1 {
				return ruleInd(int(a.ind) - 2)
			}
			continue
		}
		switch ind := ruleInd(int(a.rule) - 2); ind {
		case IndTradeBalance, IndCurrentAccount, IndBalanceOfPayments, IndBudgetBalance:
			return ind
		}
	}
	return ""
}

// firstLongSpan is firstSpan for spans longer than the memo keeps: each
// is read on its own.
func (x *extractor) firstLongSpan(lo, hi, k int, balance bool) Indicator {
	for i := lo; i <= hi; i++ {
		p := foldLower(x.g.low[x.toks[i].start:x.toks[k].end])
		if p == "" {
			continue
		}
		r, _ := matchRule(p, false)
		if balance {
			switch ind := ruleInd(r); ind {
			case IndTradeBalance, IndCurrentAccount, IndBalanceOfPayments, IndBudgetBalance:
				return ind
			}
		} else if ind, vague := phraseOfRule(p, r); ind != "" && !vague {
			return ind
		}
	}
	return ""
}

// readSpans reads the spans [i, k], lo <= i <= k, into row.
func (x *extractor) readSpans(lo, k int, row *[spanBack + 1]spanAns) {
	low, toks := x.g.low, x.toks
	// the text of the tokens lo to k, with where each starts and ends in it
	text := low[toks[lo].start:toks[k].end]
	var starts, ends [spanBack + 2]int
	folded := false
	for i := lo; i <= k; i++ {
		starts[i-lo], ends[i-lo] = toks[i].start-toks[lo].start, toks[i].end-toks[lo].start
		if i > lo && !folded && toks[i].start != toks[i-1].end && (toks[i].start != toks[i-1].end+1 || low[toks[i-1].end] != ' ') {
			folded = true // white space but a single space between tokens
		}
	}
	if folded {
		var ok bool
		if text, ok = x.foldSpan(lo, k, &starts, &ends); !ok {
			text = low[toks[lo].start:toks[k].end]
		}
	}
	lastSpace := strings.LastIndexByte(text, ' ')
	lastFlags, lastRead := uint8(0), false
	var s ruleSets
	clean := false // s holds the phrases of span [i+1, k], which is clean
	for i := k; i >= lo; i-- {
		n := i - lo
		sub := text[starts[n]:]
		if clean && ends[n]+1 == starts[n+1] && text[ends[n]] == ' ' {
			// token i's words: none when it is a plain word off the
			// rules' words (lxRuleWord has every word of their table)
			if toks[i].kind != tWord || toks[i].cls&lxRuleWord != 0 || !ruleWordBytes(sub[:ends[n]-starts[n]]) {
				clean = s.scan(sub, ends[n]-starts[n], false)
			}
		} else {
			s = ruleSets{}
			clean = s.scan(sub, len(sub), false)
		}
		var r int
		var ind Indicator
		var vague bool
		if clean {
			r = s.rule(sub)
			if ind = ruleInd(r); ind == "" || ind == IndTradeBalance || ind == IndGDP {
				// the flags of the last word, the same for the spans
				// that hold the text's last space
				var f uint8
				if starts[n] <= lastSpace {
					if !lastRead {
						lastFlags, lastRead = ruleTab.flagsOf(text[lastSpace+1:]), true
					}
					f = lastFlags
				} else {
					f = ruleTab.flagsOf(sub)
				}
				ind, vague = phraseOfRuleLast(sub, ind, f)
			}
		} else if p := foldLower(low[toks[i].start:toks[k].end]); p == "" {
			r = ruleNone
		} else {
			r, _ = matchRule(p, false)
			ind, vague = phraseOfRule(p, r)
		}
		a := spanAns{rule: uint8(2 + r), ind: 1}
		if ind != "" && !vague {
			a.ind = uint8(2 + r)
		}
		row[spanBack-(k-i)] = a
	}
}

// foldSpan returns the text of tokens lo to k as foldLower gives it when
// only ASCII white space is between them (one space for each run), with
// where each token starts and ends in it; false when other white space
// is.
func (x *extractor) foldSpan(lo, k int, starts, ends *[spanBack + 2]int) (string, bool) {
	low, toks := x.g.low, x.toks
	b := x.indSpans.buf[:0]
	for i := lo; i <= k; i++ {
		if i > lo && toks[i].start != toks[i-1].end {
			for _, c := range []byte(low[toks[i-1].end:toks[i].start]) {
				if wordByte[c] != byteSpace && wordByte[c] != byteOtherSpace {
					return "", false
				}
			}
			b = append(b, ' ')
		}
		starts[i-lo] = len(b)
		b = append(b, low[toks[i].start:toks[i].end]...)
		ends[i-lo] = len(b)
	}
	x.indSpans.buf = b
	return string(b), true
}

// ruleWordBytes reports whether w is one word as matchRule reads words, in
// lower case: letters a-z, digits and hyphens only.
func ruleWordBytes(w string) bool {
	for i := 0; i < len(w); i++ {
		if wordByte[w[i]] != byteWord {
			return false
		}
	}
	return len(w) > 0
}
