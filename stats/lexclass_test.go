package stats

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLexClasses checks that a word token's classes are exactly the lists
// its lower-cased form is on, for every word of every list (in several
// casings) and for the words of the golden articles.
func TestLexClasses(t *testing.T) {
	lists := map[lexClass]func(w string) bool{
		lxFunction:     func(w string) bool { return functionWords[w] },
		lxStart:        func(w string) bool { return startWords[w] },
		lxBalance:      func(w string) bool { return balanceWords[w] },
		lxRuleWord:     func(w string) bool { return ruleWordSet()[w] },
		lxOutlook:      func(w string) bool { return targetWords[w] || forecastAfter[w] },
		lxLocal:        func(w string) bool { return localUnits[w] },
		lxUnitNoun:     func(w string) bool { return unitNouns[w] },
		lxModal:        func(w string) bool { return modalWords[w] },
		lxSubordinator: func(w string) bool { return subordinators[w] },
		lxEvent:        func(w string) bool { return eventNouns[w] },
		lxPeriodNoun:   func(w string) bool { return changeNouns[w] != NoChange || periodNounFillers[w] },
		lxChange: func(w string) bool {
			_, ok := changeWords[w]
			return ok
		},
		lxReporting:  func(w string) bool { return reportingVerbs[w] },
		lxCue:        func(w string) bool { return slices.Contains(cueWords, w) },
		lxIntroducer: func(w string) bool { return nameIntroducers[w] },
		lxTitle:      func(w string) bool { return titleWords[w] },
		lxOrgSuffix:  func(w string) bool { return orgSuffixes[w] },
		lxMonth:      func(w string) bool { return months[w] > 0 },
		lxWeekday:    func(w string) bool { return weekdays[w] },
		lxMetricHead: func(w string) bool { return metricHeads[w] },
		lxVerbLike:   func(w string) bool { return verbLike[w] },
		lxPrep:       func(w string) bool { return prepositions[w] },
		lxClauseWord: func(w string) bool { return clauseWords[w] },
		lxForecast:   func(w string) bool { return forecastWords[w] },
		lxPeriod:     func(w string) bool { return months[w] > 0 || periodExtra[w] },
		lxCurrency: func(w string) bool {
			if _, ok := loadCurrencies().words.root[w]; ok {
				return true
			}
			for sym := range loadCurrencies().symbols {
				if asciiLower(sym) == w {
					return true
				}
			}
			return false
		},
		lxGazRoot: func(w string) bool {
			_, ok := loadGazetteer().trie.root[w]
			return ok
		},
		lxGazLower: func(w string) bool {
			for k := range loadGazetteer().lowerFirst {
				if asciiLower(k) == w {
					return true
				}
			}
			return false
		},
	}
	for w, c := range changeWords {
		if c == NoChange {
			t.Errorf("changeWords[%q] is NoChange: lxChange would not be changeWords[w] != NoChange", w)
		}
	}
	var text strings.Builder
	for sym := range loadCurrencies().symbols {
		text.WriteString("5 " + sym + " " + strings.ToLower(sym) + " ")
	}
	for k := range loadCurrencies().words.root {
		text.WriteString("5 " + k + " " + strings.ToUpper(k) + " " + strings.Title(k) + " ")
	}
	for _, m := range []map[string]bool{functionWords, startWords, aFollowers, titleWords, orgSuffixes, weekdays, metricHeads, verbLike, prepositions, clauseWords, forecastWords, loadGazetteer().lowerFirst, balanceWords, unitNouns, modalWords, subordinators, eventNouns, periodNounFillers, reportingVerbs, nameIntroducers} {
		for w := range m {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s ")
		}
	}
	text.WriteString("Côte d'Ivoire's São Paulo naïve U.S. U.S.A. e.g. Peru’s Ü über Straße USD115 Rs20 é. Ab.C ")
	for _, w := range cueWords {
		text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " ")
	}
	for w := range changeWords {
		text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " ")
	}
	for w := range months {
		text.WriteString(w + " " + strings.Title(w) + " ")
	}
	for _, a := range benchArticles(&testing.B{}, 300) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	words := 0
	for k := range toks {
		w := g.word(k)
		if w == "" {
			if toks[k].cls != 0 {
				t.Errorf("token %q: classes %b, not a word", toks[k].text, toks[k].cls)
			}
			continue
		}
		words++
		for c, in := range lists { // (lxNotPlain is checked below)
			if got, want := g.is(k, c), in(w); got != want {
				t.Errorf("%q: class %b is %v, want %v", toks[k].text, c, got, want)
			}
		}
	}
	// lxNotPlain, set by the tokenizer, marks the words plainWord rejects
	for k := range toks {
		if toks[k].kind == tWord && (toks[k].cls&lxNotPlain != 0) != !plainWord(toks[k].text) {
			t.Errorf("%q: lxNotPlain %v, plainWord %v", toks[k].text, toks[k].cls&lxNotPlain != 0, plainWord(toks[k].text))
		}
	}
	// the packed and the string lookups agree, at the end of a text too
	lex := lexicon()
	for _, f := range strings.Fields(text.String()[:text.Len()/2]) {
		for _, w := range []string{f, strings.ToUpper(f), f + "x", "X" + f} {
			want := lex.classOf(w)
			if got := lex.classAt(w, 0, len(w)); got != want {
				t.Errorf("classAt(%q) alone = %b, classOf %b", w, got, want)
			}
			if got := lex.classAt(w+" padding", 0, len(w)); got != want {
				t.Errorf("classAt(%q) in a text = %b, classOf %b", w, got, want)
			}
		}
	}
	// matchCurrency's pre-check rejects only what MatchCurrencyWord does
	for _, s := range splitSentences(g.text, g.toks, nil) {
		for k := s.a; k < s.b; k++ {
			c1, n1, b1, ok1 := g.matchCurrency(k, s)
			c2, n2, b2, ok2 := MatchCurrencyWord(g.words(k, s), 0)
			if c1 != c2 || n1 != n2 || b1 != b2 || ok1 != ok2 {
				t.Errorf("matchCurrency at %q = %v %v %v %v, MatchCurrencyWord %v %v %v %v", toks[k].text, c1, n1, b1, ok1, c2, n2, b2, ok2)
			}
		}
	}
	if haveReuters() && words < 10000 || words < 2000 {
		t.Errorf("only %d words checked", words)
	}
}

// plainWord reports whether w is ASCII and does not end in a period: the
// words the tokenizer leaves without lxNotPlain.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return w != "" && w[len(w)-1] != '.'
}
