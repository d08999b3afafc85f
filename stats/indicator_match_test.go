package stats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// phraseIndicatorMaps is phraseIndicator as it read the word maps and the
// plain search: the reference for the matcher's flags.
func phraseIndicatorMaps(p string) (Indicator, bool) {
	if p == "" {
		return "", false
	}
	ind := indicatorOfScan(p)
	last := p[strings.LastIndexByte(p, ' ')+1:]
	if balanceWords[last] && (ind == "" || ind == IndTradeBalance && !strings.Contains(p, "trade") && !strings.Contains(p, "merchandise") && !strings.Contains(p, "goods")) {
		return "", true
	}
	if ind == IndGDP && weakWords[last] && !strings.Contains(p, "gdp") && !strings.Contains(p, "gnp") && !strings.Contains(p, "econom") && !strings.Contains(p, "product") {
		return ind, true
	}
	return ind, false
}

// TestPhraseIndicatorMatcher checks indicatorOf and phraseIndicator
// against the plain search on the rules' phrases in several cases and
// spellings, and on every run of one to four words of the test texts.
func TestPhraseIndicatorMatcher(t *testing.T) {
	phrases := []string{"", " ", "-", "Share of World steel Exports", "share of the world's fish exports",
		"TRADE Deficit", "trade\ndeficit", "trade  deficit", "the deficit", "annual growth", "economic growth",
		"Économie growth", "\u212Aey rate", "oil price", "Oil PRICE", "price", "goods deficit", "U.S. deficit",
		"deficit.", " trade deficit", "trade deficit ", "trade\tgap", "Trade gap", "gdp growth", "gnp rate", "a rate", "trade-in-services deficit", "non-eu deficit", "imbalance"}
	for _, r := range indicatorRules {
		for _, l := range [][]string{r.any, r.all, r.not} {
			for _, p := range l {
				for _, w := range []string{"deficit", "growth", "rate", "surplus", "total"} {
					phrases = append(phrases, p, strings.ToUpper(p), p+" "+w, "the "+p+" "+w, w+" "+p, "é"+p+" "+w)
				}
			}
		}
	}
	files, _ := filepath.Glob("testdata/extract/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// raw runs of the text, with its line breaks and spacing
		text := string(b)
		for i := 0; i+1 < len(text); i += 7 {
			for _, n := range []int{5, 12, 20, 31} {
				if i+n <= len(text) {
					phrases = append(phrases, text[i:i+n], asciiLower(text[i:i+n]))
				}
			}
		}
		ws := strings.Fields(text)
		for i := range ws {
			for n := 1; n <= 4 && i+n <= len(ws); n++ {
				p := strings.Join(ws[i:i+n], " ")
				phrases = append(phrases, p, strings.ToLower(p))
			}
		}
	}
	for _, p := range phrases {
		if got, want := indicatorOf(p), indicatorOfScan(p); got != want {
			t.Errorf("indicatorOf(%q) = %q, the plain search says %q", p, got, want)
		}
		gi, gv := phraseIndicator(p)
		wi, wv := phraseIndicatorMaps(p)
		if gi != wi || gv != wv {
			t.Errorf("phraseIndicator(%q) = %q %v, want %q %v", p, gi, gv, wi, wv)
		}

	}
}

// TestWeakOnly checks weakOnly against its strings.Fields form.
func TestWeakOnly(t *testing.T) {
	for _, p := range []string{"", " ", "growth", "annual annualized rate", "annual\trate\n", "  rate  ",
		"trade rate", "rate trade", "growth.", "Growth", "annualised", "rate\u00a0growth", "é rate", "rate\vtotal\f"} {
		if got, want := weakOnly(p), weakOnlyFields(p); got != want {
			t.Errorf("weakOnly(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestSpans checks the spans' answers, read together from their last
// token back, against phraseIndicator and balanceOf of each span's folded
// text, on every span of the test texts and of a few made up.
func TestSpans(t *testing.T) {
	texts := []string{"The U.S. trade\ndeficit  rose; Japan's current-account SURPLUS fell.",
		"share of world steel exports and the share of global fish exports",
		"Économie growth, the budget deficit and the\tbalance of payments deficit",
		"annual growth rate of gross domestic product; goods and services deficit"}
	files, _ := filepath.Glob("testdata/extract/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	n := 0
	for _, text := range texts {
		x := new(extractor)
		x.toks, x.sents = tokenizeSentences(text, nil, nil)
		x.g.reset(text, x.toks)
		for k := range x.toks {
			for lo := max(0, k-spanBack-2); lo <= k; lo++ {
				for hi := lo; hi <= k; hi++ {
					var want, wantBal Indicator
					for i := lo; i <= hi && (want == "" || wantBal == ""); i++ {
						p := foldLower(x.g.low[x.toks[i].start:x.toks[k].end])
						if ind, vague := phraseIndicatorMaps(p); want == "" && ind != "" && !vague {
							want = ind
						}
						if wantBal == "" {
							wantBal = balanceOf(p)
						}
					}
					if got := x.firstSpan(lo, hi, k, false); got != want {
						t.Errorf("firstSpan(%d, %d, %d) of %q = %q, want %q", lo, hi, k, x.g.low[x.toks[lo].start:x.toks[k].end], got, want)
					}
					if got := x.firstSpan(lo, hi, k, true); got != wantBal {
						t.Errorf("firstSpan(%d, %d, %d, balance) of %q = %q, want %q", lo, hi, k, x.g.low[x.toks[lo].start:x.toks[k].end], got, wantBal)
					}
					if want != "" {
						n++
					}
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d spans name an indicator", n)
	}
}

// TestSentenceCues checks the cues of a sentence against its words.
func TestSentenceCues(t *testing.T) {
	for _, c := range []struct {
		text string
		want sentCue
	}{
		{"Exports rose.", cueExport},
		{"EXPORTERS and re-exports, importers and Imports.", cueExport | cueImport},
		{"The World economy, if global trade grows unless worldwide demand falls.", cueWorld | cueIf | cueGrowVerb},
		{"It fell after rising, making a loss following a year of growth.", cueAfter},
		{"A trade Mission's shopping list; a delegation borrowed what was Spent.", cueMission | cueBorrow | cueSpent},
		{"Output Expanded and contracts shrank; the case of its creditors and bondholders.", cueGrowVerb | cueCase | cueCreditors | cueBondholders},
		{"The mark/dollar rate.", cueSlash},
		{"Its contribution and contributions contributed.", cueContribution},
		{"Worlds export import exported imported global.", cueWorld | cueImport | cueExport},
		{"Exp and imp, an iffy wonder.", 0},
		{"The Deficit and the trade gap widened.", cueBalance},
	} {
		x := new(extractor)
		x.toks, x.sents = tokenizeSentences(c.text, nil, nil)
		x.g.reset(c.text, x.toks)
		if got := x.sentenceCues(x.sents[0]); got != c.want {
			t.Errorf("sentenceCues(%q) = %b, want %b", c.text, got, c.want)
		}
	}
}

// TestRuleTableWords checks that every word of the rules' table is a word
// of lxRuleWord, which readSpans relies on to pass over other words.
func TestRuleTableWords(t *testing.T) {
	rw := ruleWordSet()
	for i := range ruleTab.slots {
		if w := ruleTab.slots[i].w; w != "" && ruleTab.slots[i].refs != nil && !rw[w] {
			t.Errorf("%q starts a rule phrase but is not in ruleWordSet", w)
		}
		if w := ruleTab.slots[i].w; w != "" && ruleTab.slots[i].refs != nil && lexicon().classOf(w)&lxRuleWord == 0 {
			t.Errorf("%q starts a rule phrase but has no lxRuleWord", w)
		}
	}
}

// TestOrgLike checks orgLike's words in several casings, and that it does
// not allocate.
func TestOrgLike(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Micron Tech", true}, {"TCL CORP.", true}, {"Apple", false}, {"Foo Pharmaceuticals", true},
		{"Foo Pharmaceuticalsx", false}, {"Foo Verylongwordbeyondsixteen", false}, {"Société Générale SA", true},
		{"Ünited Holdings", true}, {"Corp Ü", false}, {"", false}, {"x co", true},
	} {
		if got := orgLike(c.name); got != c.want {
			t.Errorf("orgLike(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { orgLike("Huawei Technologies") }); n != 0 {
		t.Errorf("orgLike allocates %v times", n)
	}
}
