package stats

import "strings"

// How a figure is measured, read from its sentence or article: the basis
// of trade figures, current prices, seasonal adjustment.

// tradeBasis returns the basis of trade figures the sentence states, or
// the one the article states when it states one: "on a balance of
// payments basis" → "bop basis", "customs-cleared" → "customs basis",
// "f.o.b." → "fob", "c.i.f." → "cif". Figures of different bases are
// different figures.
func (x *extractor) tradeBasis(s sentence) string {
	if !x.basisRead {
		// once an article, when needed
		x.basisAny, x.articleBasis, x.basisRead = basisWords(x.g.low), "", true
		if x.basisAny {
			x.articleBasis = basisNamed(x.g.low)
		}
	}
	if !x.basisAny {
		return "" // the article names no basis at all
	}
	if x.basisSent != s.a+1 {
		x.basisSent, x.basisValue = s.a+1, basisIn(x.g.low[s.start:s.end])
		if x.basisValue == "" {
			x.basisValue = x.articleBasis
		}
	}
	return x.basisValue
}

// basisIn returns the trade basis a lower-cased text names, or "".
func basisIn(low string) string {
	if !basisWords(low) {
		return ""
	}
	return basisNamed(low)
}

// basisNamed is basisIn for a text that has basisWords.
func basisNamed(low string) string {
	switch {
	case strings.Contains(low, "balance of payments basis") || strings.Contains(low, "balance-of-payments basis") || strings.Contains(low, "bop basis"):
		return "bop basis"
	case strings.Contains(low, "customs basis") || strings.Contains(low, "customs-cleared") || strings.Contains(low, "customs cleared") || strings.Contains(low, "customs-clearance basis"):
		return "customs basis"
	case strings.Contains(low, "census basis"):
		return "census basis"
	case strings.Contains(low, "f.o.b.") || strings.Contains(low, " fob "):
		return "fob"
	case strings.Contains(low, "c.i.f.") || strings.Contains(low, " cif "):
		return "cif"
	}
	return ""
}

// currentPrices reports whether the sentence speaks of "current prices"
// (nominal figures); the answer is kept for the sentence.
func (x *extractor) currentPrices(s sentence) bool {
	if x.cpSent != s.a+1 {
		x.cpSent, x.cpValue = s.a+1, strings.Contains(x.g.low[s.start:s.end], "current prices")
	}
	return x.cpValue
}

// seasonallyAdjusted reports whether the sentence gives seasonally adjusted
// figures, which differ from the unadjusted ones reported elsewhere; the
// answer is kept for the sentence (saSent, which analyse resets for each
// article, says for which).
func (x *extractor) seasonallyAdjusted(s sentence) bool {
	if x.saSent != s.a+1 {
		x.saSent, x.saValue = s.a+1, x.sentenceIs(s, lxMetricCue) && x.seasonallyAdjusted0(s)
	}
	return x.saValue
}

func (x *extractor) seasonallyAdjusted0(s sentence) bool {
	for k := s.a; k+1 < s.b; k++ {
		if x.toks[k].cls&lxMetricCue != 0 && x.g.word(k) == "seasonally" && x.g.word(k+1) == "adjusted" {
			return x.g.word(k-1) != "not" && x.g.word(k-1) != "un"
		}
	}
	return false
}

// basisWords reports whether lower-cased text has any of the words a trade
// basis is written with: "basis", "f.o.b", "fob", "c.i.f", "cif",
// "customs-cleared" or "customs cleared".
func basisWords(low string) bool {
	// Three vectorised IndexByte searches, each for a letter the words
	// have and which is rare in text: "basis" at each 'b'; "f.o.b" and
	// "fob" (their first letter), "c.i.f" and "cif" (their last) at each
	// 'f'; the customs words at each 'm' (the sixth letter of "customs").
	for i := 0; ; i++ {
		j := strings.IndexByte(low[i:], 'b')
		if j < 0 {
			break
		}
		if i += j; strings.HasPrefix(low[i:], "basis") {
			return true
		}
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(low[i:], 'f')
		if j < 0 {
			break
		}
		i += j
		if r := low[i:]; strings.HasPrefix(r, "f.o.b") || strings.HasPrefix(r, "fob") ||
			i >= 2 && low[i-2:i+1] == "cif" || i >= 4 && low[i-4:i+1] == "c.i.f" {
			return true
		}
	}
	for i := 5; i < len(low); i++ {
		j := strings.IndexByte(low[i:], 'm')
		if j < 0 {
			break
		}
		i += j
		if r := low[i-5:]; strings.HasPrefix(r, "customs-cleared") || strings.HasPrefix(r, "customs cleared") {
			return true
		}
	}
	return false
}

// basisFree reports whether a metric cannot have a trade basis: only
// exports, imports, trade and balances are measured f.o.b., c.i.f., on a
// customs or a balance of payments basis.
func basisFree(m string) bool {
	// a search for each word: metric phrases are short, and a loop that
	// branches on each byte mispredicts most of them
	return !strings.Contains(m, "export") && !strings.Contains(m, "import") && !strings.Contains(m, "trade") &&
		!strings.Contains(m, "surplus") && !strings.Contains(m, "deficit") && !strings.Contains(m, "balance") &&
		!strings.Contains(m, "shortfall") && !strings.Contains(m, "gap")
}
