package stats

import "testing"

// TestSentenceWordsWindow checks that the window of words sentenceWords
// lists gives every candidate the gazetteer and currency matches that the
// whole sentence's words give.
func TestSentenceWordsWindow(t *testing.T) {
	var x extractor
	checked := 0
	for _, a := range benchArticles(&testing.B{}, 400) {
		x.toks, x.sents = tokenizeSentences(a.Text, x.toks, x.sents)
		x.g.reset(a.Text, x.toks)
		for _, s := range x.sents {
			// the whole sentence's words, and the candidates' indexes in them
			var full []string
			var cands []int
			x.gazCands = x.gazCands[:0]
			for k := s.a; k < s.b; k++ {
				tk := &x.toks[k]
				if tk.kind != tWord {
					if !x.g.gluedHyphen(k) {
						full = append(full, "")
					}
					continue
				}
				if gazCandidate(tk) {
					x.gazCands = append(x.gazCands, int32(k))
					cands = append(cands, len(full))
				}
				full = append(full, tk.text)
			}
			if len(cands) == 0 {
				continue
			}
			x.sentenceWords(s)
			for c, fi := range cands {
				wi := int(x.gazCands[c])
				if x.words[wi] != full[fi] {
					t.Fatalf("candidate %d: word %q, want %q", c, x.words[wi], full[fi])
				}
				fm, fok := MatchEntity(full, fi)
				wm, wok := MatchEntity(x.words, wi)
				if fm != wm || fok != wok {
					t.Errorf("%q at %d: window match %v %v, sentence %v %v", full[fi], fi, wm, wok, fm, fok)
				}
				fc, fn, _, fcok := MatchCurrencyWord(full, fi)
				wc, wn, _, wcok := MatchCurrencyWord(x.words, wi)
				if fc != wc || fn != wn || fcok != wcok {
					t.Errorf("%q at %d: window currency %v %v, sentence %v %v", full[fi], fi, wc, wn, fc, fn)
				}
				if fok {
					if e := fi + fm.Words; (e < len(full)) != (wi+wm.Words < len(x.words)) || e < len(full) && full[e] != x.words[wi+wm.Words] {
						t.Errorf("%q at %d: the word after the match differs", full[fi], fi)
					}
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no candidates checked")
	}
}
