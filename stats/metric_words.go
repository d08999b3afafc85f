package stats

// Word classes of the metric rules (lexclass.go): the tokenizer sets these
// bits on each token, so that a rule tests one bit per token where it
// compared words.
const (
	// lxQualifier: the words qualify reads before a figure ("real",
	// "annual", "excluding", "months").
	lxQualifier lexClass = 1 << 38
	// lxMetricCue: "seasonally" (seasonallyAdjusted) and "terms" ("in real
	// terms", qualify); a rule still compares the word.
	lxMetricCue lexClass = 1 << 39
	// lxMetricDrop: the words metric phrases drop (dropWords) and scale
	// words (metricScaleWords); metricTokens looks a word up in them only
	// when it has the class.
	lxMetricDrop lexClass = 1 << 40
	// lxNeutral: neutralModifiers ("total", "record"), which a known
	// metric may have before it.
	lxNeutral lexClass = 1 << 41
	// lxDebtNoun: debtNouns and "lines" ("credit lines"), which end a
	// phrase phraseUntilHead reads.
	lxDebtNoun lexClass = 1 << 42
	// lxDifference: the words after a figure that make it a difference
	// ("above", "higher"...: differenceWords), which differenceFrom reads
	// only at a token of the class.
	lxDifference lexClass = 1 << 35
)

// differenceWords are the words of differenceFrom's first switch.
var differenceWords = []string{"above", "below", "over", "under", "short",
	"higher", "lower", "more", "less", "greater", "smaller", "larger", "bigger"}

func init() {
	lexPartSets[lxQualifier] = func() []string {
		return []string{"real", "nominal", "underlying", "annual", "annualised", "annualized",
			"year-on-year", "year", "excluding", "months"}
	}
	lexPartSets[lxMetricCue] = func() []string { return []string{"seasonally", "terms"} }
	lexPartSets[lxDifference] = func() []string { return differenceWords }
	lexPartSets[lxDebtNoun] = func() []string {
		words := []string{"lines"}
		for w, ok := range debtNouns {
			if ok {
				words = append(words, w)
			}
		}
		return words
	}
	lexPartSets[lxNeutral] = func() []string {
		var words []string
		for w, ok := range neutralModifiers {
			if ok {
				words = append(words, w)
			}
		}
		return words
	}
	lexPartSets[lxMetricDrop] = func() []string {
		var words []string
		for _, m := range []map[string]bool{dropWords, metricScaleWords} {
			for w, ok := range m {
				if ok {
					words = append(words, w)
				}
			}
		}
		return words
	}
}
