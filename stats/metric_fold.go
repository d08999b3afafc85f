package stats

import "strings"

// The text a claim keeps of its sentence, and the canonical form of its
// metric phrase (memoised per extractor).

// maxSentence is the longest sentence copied whole into a claim; in longer
// "sentences" (tables, unpunctuated dumps) a claim gets a window around it.
const maxSentence = 2000

// sentenceWindow returns about 300 bytes of the sentence on each side of the
// claim, cut at token boundaries and marked with "…".
func (x *extractor) sentenceWindow(q *quantity, s sentence) string {
	a, b := q.a, q.b
	for a > s.a && x.toks[q.a].start-x.toks[a-1].start < 300 {
		a--
	}
	for b < s.b && x.toks[b].end-x.toks[q.b-1].end < 300 {
		b++
	}
	w := foldTokens(x.g.text, x.toks[a:b])
	if a > s.a {
		w = "…" + w
	}
	if b < s.b {
		w += "…"
	}
	return w
}

// foldTokens returns the text from the first to the last of toks (tokens
// of text, in order) with its white space folded: each run of ASCII white
// space becomes one space (sentenceText in the tests is the reference).
// Only white space lies between tokens, so the text is read per gap rather
// than per byte.
func foldTokens(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	start, end := toks[0].start, toks[len(toks)-1].end
	fold := -1 // the first token after a gap that is not a single space
	for k := 1; k < len(toks); k++ {
		if foldGap(text, toks[k-1].end, toks[k].start) {
			fold = k
			break
		}
	}
	if fold < 0 {
		return text[start:end]
	}
	var b strings.Builder
	b.Grow(end - start)
	from := start // the start of the text not yet copied
	for k := fold; k < len(toks); k++ {
		gs, ge := toks[k-1].end, toks[k].start
		if !foldGap(text, gs, ge) {
			continue // glued, or a single space: copied with the tokens
		}
		b.WriteString(text[from:gs])
		space := false
		for i := gs; i < ge; i++ {
			if c := text[i]; isFoldSpace(c) {
				if !space {
					b.WriteByte(' ')
				}
				space = true
				continue
			}
			space = false
			b.WriteByte(text[i]) // white space that is not ASCII ("\u00a0") is kept
		}
		from = ge
	}
	b.WriteString(text[from:end])
	return b.String()
}

// foldGap reports whether the gap text[gs:ge] between two tokens is
// neither empty nor a single space: ge-gs > 1, or ge-gs == 1 and the byte
// is not ' '. The two tests are one comparison of (ge-gs)<<8 | byte ^ ' ',
// which is above 0x100 just then: glued tokens, single spaces and line
// breaks come in no order a branch predictor could learn.
func foldGap(text string, gs, ge int) bool {
	c := 0
	if gs < len(text) { // (always: a token starts at or after gs)
		c = int(text[gs])
	}
	return ((ge-gs)<<8|c)^' ' > 0x100
}

func isFoldSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'
}

// canonicalMetric returns the vocabulary's name for a metric phrase,
// remembering recent answers (phrases repeat across articles).
func (x *extractor) canonicalMetric(m string) string {
	if m == x.mt.raw && m != "" {
		return x.mt.canon // the last claim's phrase: claims of a clause share one
	}
	c := x.canonicalMetric0(m)
	x.mt.raw, x.mt.canon = m, c
	return c
}

func (x *extractor) canonicalMetric0(m string) string {
	t := x.mt.memo
	if t == nil {
		t = new(canonMemo)
		x.mt.memo = t
	}
	i := memoHash(m) >> (64 - canonMemoBits)
	if t.keys[i] == m {
		return t.vals[i]
	}
	c := DefaultMetrics().Canonical(m)
	// a copy: m may be a slice of the article's text, which the memo must
	// not keep alive for thousands of articles (c is a vocabulary name or
	// a string Canonical built)
	t.keys[i], t.vals[i] = strings.Clone(m), c
	return c
}
