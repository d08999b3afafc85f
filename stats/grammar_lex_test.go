package stats

import (
	"math/rand/v2"
	"reflect"
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
// reset marks (g.cand), finds what it finds looking at every token.
func TestScanCandidates(t *testing.T) {
	var text strings.Builder
	text.WriteString("Rs. 50 and Rs 20, USD 300 US$5 a third of the $ 4 see https://x.com/?q=30%25 or www.y.org. 5% of ½ 10¢ ringgit 42 MAUD 60 rose 5 per cent, Rs.7, usd 5\n")
	for _, a := range benchArticles(&testing.B{}, 300) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	marked, found := 0, 0
	for _, sn := range splitSentences(s, toks, nil) {
		got := g.scan(sn, nil)
		want := scanEvery(&g, sn)
		if (len(got) != 0 || len(want) != 0) && !reflect.DeepEqual(got, want) {
			t.Errorf("scan(%q) = %+v, want %+v", s[sn.start:sn.end], got, want)
		}
		found += len(got)
		for k := sn.a; k < sn.b; k++ {
			if g.cand[k>>6]>>(k&63)&1 != 0 {
				marked++
			}
		}
	}
	if marked == 0 || found == 0 || marked >= len(toks)/2 {
		t.Errorf("%d tokens marked of %d, %d quantities", marked, len(toks), found)
	}
}

// scanEvery is scan looking at every token, as it did before g.cand.
func scanEvery(g *grammar, s sentence) []quantity {
	var out []quantity
	for k := s.a; k < s.b; {
		t := &g.toks[k]
		if t.kind == tPunct {
			k++
			continue
		}
		if w := g.lw(k); t.kind == tWord && (w == "http" || w == "https" || w == "www") && k+1 < s.b && g.toks[k+1].glued() {
			k++
			for k < s.b && g.toks[k].glued() {
				k++
			}
			continue
		}
		if !g.mayStart(k, s) {
			k++
			continue
		}
		q, ok := g.parseAt(k, s)
		if !ok {
			k++
			continue
		}
		out = append(out, q)
		if q.unit == UnitPercentagePoint && !q.skip {
			g.saidPoints = true
		}
		k = max(k+1, q.b)
	}
	return out
}

// TestLongWordFastPath checks the tokenizer's reading of words of eight
// to fifteen letters against the long way (scanWord, splitCodeDigits,
// classAt), as TestWordFastPath does for shorter words.
func TestLongWordFastPath(t *testing.T) {
	pieces := []string{"a", "Exports", "EXPORTS", "economies", "International", "governments", "x1", "9", "é", ".", "'s", " ", " ", ",", "-", "\n", "abcdefgh", "ABCDEFGHIJKLMNO", "Ü", "U.S."}
	texts := randomTexts(rand.New(rand.NewPCG(11, 12)), pieces, 5000, 30, false)
	_, long := checkWordTokens(t, texts)
	if long < 5000 {
		t.Errorf("only %d long words checked", long)
	}
}
