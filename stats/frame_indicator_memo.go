package stats

import "strings"

// phraseAnswer is what the indicator rules say of a phrase: its
// indicatorOf, and its phraseIndicator (the indicator and whether it is
// vague).
type phraseAnswer struct {
	of, ind Indicator
	vague   bool
}

// maxPhraseMemo bounds the phrases an extractor remembers (a few MB):
// past it the memo starts afresh.
const maxPhraseMemo = 16384

// phraseAnswer returns the rules' answer for phrase p, remembered per
// extractor: the same metric phrases and clause spans come back in article
// after article. The phrase is copied when stored, so that the memo keeps
// no article's text.
func (x *extractor) phraseAnswer(p string) phraseAnswer {
	if a, ok := x.phraseMemo[p]; ok {
		return a
	}
	a := phraseAnswer{of: indicatorOf(p)}
	a.ind, a.vague = phraseIndicatorOf(p, a.of)
	if x.phraseMemo == nil || len(x.phraseMemo) >= maxPhraseMemo {
		x.phraseMemo = make(map[string]phraseAnswer, 1024)
	}
	x.phraseMemo[strings.Clone(p)] = a
	return a
}

// phraseIndicator is phraseIndicator, remembered.
func (x *extractor) phraseIndicator(p string) (Indicator, bool) {
	a := x.phraseAnswer(p)
	return a.ind, a.vague
}

// balanceOf is balanceOf, remembered.
func (x *extractor) balanceOf(p string) Indicator {
	return balanceKind(x.phraseAnswer(p).of)
}
