package stats

import (
	"strings"
	"testing"
)

// TestGrammarClasses checks the grammar's own word classes on every word of
// their lists, in several casings.
func TestGrammarClasses(t *testing.T) {
	lists := map[lexClass]func(w string) bool{
		lxWeb: func(w string) bool { return w == "http" || w == "https" || w == "www" },
		lxNumber: func(w string) bool {
			for _, m := range []map[string]float64{cardinalWords, tensWords, ordinalWords, fractionWords, multipleVerbs, foldWords} {
				if _, ok := m[w]; ok {
					return true
				}
			}
			_, ok := ordinalWords[strings.TrimSuffix(w, "s")]
			return ok && strings.HasSuffix(w, "s")
		},
		lxScale: func(w string) bool {
			_, ok := scaleWords[w]
			return ok
		},
		lxIndex: func(w string) bool { return indexWords[w] },
		lxApprox: func(w string) bool {
			_, ok := approxByLast[w]
			return ok
		},
	}
	var text strings.Builder
	for _, ws := range []string{"http https www httpx xwww web", "one two million first half dozen a an"} {
		for _, w := range strings.Fields(ws) {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s ")
		}
	}
	for _, m := range []map[string]float64{cardinalWords, tensWords, ordinalWords, fractionWords, multipleVerbs, foldWords, scaleWords} {
		for w := range m {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s " + w + "ss ")
		}
	}
	for w := range indexWords {
		text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s ")
	}
	for w := range approxByLast {
		text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s ")
	}
	for sym := range loadCurrencies().symbols {
		text.WriteString(sym + " " + strings.ToLower(sym) + " " + strings.ToUpper(sym) + " 5" + sym + " ")
	}
	for code := range loadCurrencies().family {
		text.WriteString(code + " " + strings.ToLower(code) + " " + strings.Title(strings.ToLower(code)) + " " + code + "5 ")
	}
	for _, a := range benchArticles(&testing.B{}, 100) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	for k := range toks {
		for _, glued := range []bool{false, true} {
			if got, want := g.currencyPrefixAt(k, glued), currencyPrefix(toks[k].text, glued); got != want {
				t.Errorf("currencyPrefixAt(%q, %v) = %q, currencyPrefix %q", toks[k].text, glued, got, want)
			}
		}
		w := g.word(k)
		for c, in := range lists {
			if got, want := g.is(k, c), w != "" && in(w); got != want {
				t.Errorf("%q: class %b is %v, want %v", toks[k].text, c, got, want)
			}
		}
	}
}

// TestScanCandidates checks that scan, which looks only at the tokens
// reset marks (g.cand), misses none that it would have read: every token
// that is no punctuation and that mayStart accepts, or that opens a web
// address, is marked.
func TestScanCandidates(t *testing.T) {
	var text strings.Builder
	text.WriteString("Rs. 50 and Rs 20, USD 300 US$5 a third of the $ 4 see https://x.com/?q=30%25 or www.y.org. 5% of ½ 10¢\n")
	for _, a := range benchArticles(&testing.B{}, 300) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	marked := 0
	for _, sn := range splitSentences(s, toks, nil) {
		for k := sn.a; k < sn.b; k++ {
			w := g.word(k)
			web := (w == "http" || w == "https" || w == "www") && k+1 < sn.b && toks[k+1].glued()
			looks := toks[k].kind != tPunct && (web || g.mayStart(k, sn))
			if in := g.cand[k>>6]>>(k&63)&1 != 0; looks && !in {
				t.Errorf("token %d %q (in %q): scan must look at it, not marked", k, toks[k].text, s[toks[sn.a].start:toks[sn.b-1].end])
			} else if in {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Errorf("no token marked")
	}
}
