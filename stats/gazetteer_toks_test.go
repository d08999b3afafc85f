package stats

import (
	"math/rand"
	"strings"
	"testing"
)

// TestMatchEntityAt checks that matching on the tokens (matchEntityAt,
// currencyWords) finds what MatchEntity and MatchCurrencyWord find on the
// sentence's words, at every word.
func TestMatchEntityAt(t *testing.T) {
	texts := []string{
		"Exports to New Mexico rose, and a new Mexico deal was signed.",
		"Tensions in the South China Sea and the Uruguay Round talks hurt the euro zone.",
		"The U.S. dollar, Hong Kong dollars and Australian dlrs; Asia-Pacific trade with non-EU states.",
		"Côte d'Ivoire's exports to the People's Republic of China and mainland China rose.",
		"the US, the UK and the EC; us and uk; Papua New Guinea, New Zealand's and United States'.",
	}
	for _, a := range benchArticles(&testing.B{}, 400) {
		texts = append(texts, a.Text)
	}
	texts = append(texts, gazetteerSoup(2000)...)
	var x extractor
	matches := 0
	for _, text := range texts {
		x.toks, x.sents = tokenizeSentences(text, x.toks, x.sents)
		x.g.reset(text, x.toks)
		for _, s := range x.sents {
			var words []string
			var wordTok []int
			for k := s.a; k < s.b; k++ {
				if x.toks[k].kind != tWord && x.g.gluedHyphen(k) {
					continue
				}
				words = append(words, x.gazWord(k))
				wordTok = append(wordTok, k)
			}
			for i, k := range wordTok {
				if words[i] == "" {
					continue
				}
				want, ok := MatchEntity(words, i)
				got, end, gotOK := x.matchEntityAt(k, s)
				if got != want || gotOK != ok || ok && end != wordTok[i+want.Words-1]+1 {
					t.Errorf("%q at %d: matchEntityAt %v %v (end %d), MatchEntity %v %v", words[i], i, got, gotOK, end, want, ok)
				}
				if ok {
					matches++
				}
				wc, wn, _, wok := MatchCurrencyWord(words, i)
				gc, gn, _, gok := MatchCurrencyWord(x.currencyWords(k, s), 0)
				if gc != wc || gn != wn || gok != wok {
					t.Errorf("%q at %d: currency on currencyWords %v %v, on the words %v %v", words[i], i, gc, gn, wc, wn)
				}
			}
		}
	}
	if matches == 0 {
		t.Fatal("nothing matched")
	}
}

// gazetteerSoup returns n random sentences made of the gazetteer's phrase
// words (its trie's keys and stop phrases), in several cases, with
// hyphens, possessives, periods, numbers and currency words between them.
func gazetteerSoup(n int) []string {
	g := loadGazetteer()
	var vocab []string
	var walk func(nd *gazNode[gazEntry])
	walk = func(nd *gazNode[gazEntry]) {
		vocab = append(vocab, nd.key)
		if nd.exact != "" {
			vocab = append(vocab, nd.exact)
		}
		for _, c := range nd.next {
			walk(c)
		}
	}
	for _, l := range g.trie.root {
		for _, nd := range l {
			walk(nd)
		}
	}
	for _, r := range g.stops {
		for _, st := range r {
			vocab = append(vocab, st.keys...)
		}
	}
	vocab = append(vocab, "dollars", "dlrs", "yen", "new", "the", "of", "and", "U.S.", "Côte", "d'Ivoire", "5", "-", "'s", "’s", ",", ".", "People's")
	seps := []string{" ", " ", " ", "-", " , ", "'s ", ". ", " 12 ", "\n"}
	rnd := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for j, m := 0, 3+rnd.Intn(12); j < m; j++ {
			w := vocab[rnd.Intn(len(vocab))]
			switch rnd.Intn(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.Title(w)
			}
			b.WriteString(w)
			b.WriteString(seps[rnd.Intn(len(seps))])
		}
		out[i] = b.String()
	}
	return out
}
