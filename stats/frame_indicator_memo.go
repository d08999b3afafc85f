package stats

import "strings"

// phraseAnswer is what phraseIndicator says of a phrase.
type phraseAnswer struct {
	ind   Indicator
	vague bool
}

// maxPhraseMemo bounds the phrases an extractor remembers: past it the
// memo starts afresh (a corpus has some tens of thousands of distinct
// metric phrases and spans).
const maxPhraseMemo = 50000

// phraseIndicator is phraseIndicator remembered per extractor: the same
// metric phrases and clause spans come back in article after article. The
// phrase is copied when stored, so that the memo keeps no article's text.
func (x *extractor) phraseIndicator(p string) (Indicator, bool) {
	if a, ok := x.phraseMemo[p]; ok {
		return a.ind, a.vague
	}
	ind, vague := phraseIndicator(p)
	if x.phraseMemo == nil || len(x.phraseMemo) >= maxPhraseMemo {
		x.phraseMemo = make(map[string]phraseAnswer, 1024)
	}
	x.phraseMemo[strings.Clone(p)] = phraseAnswer{ind, vague}
	return ind, vague
}
