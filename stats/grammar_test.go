package stats

import (
	"strconv"
	"strings"
	"testing"
)

// render prints claims compactly: "text=value unit[:currency|unit_name][~approx]".
func render(cs []Claim) string {
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c.Text)
		b.WriteString("=")
		b.WriteString(strconv.FormatFloat(c.Value, 'f', -1, 64))
		if c.Max != nil {
			b.WriteString("..")
			b.WriteString(strconv.FormatFloat(*c.Max, 'f', -1, 64))
		}
		b.WriteString(" ")
		b.WriteString(string(c.Unit))
		if c.Currency != "" {
			b.WriteString(":" + c.Currency)
		}
		if c.UnitName != "" {
			b.WriteString(":" + c.UnitName)
		}
		if c.Approx != Exact && c.Approx != "" {
			b.WriteString("~" + string(c.Approx))
		}
	}
	return b.String()
}

func extractText(text string) []Claim {
	a := &Article{Text: text, ID: ArticleID(text)}
	return Extract(a)
}

// grammarCase is one table test: a text and its claims as render prints
// them ("" for none).
type grammarCase struct{ in, want string }

// checkGrammar extracts each case's text and compares the claims.
func checkGrammar(t *testing.T, cases []grammarCase) {
	t.Helper()
	for _, tt := range cases {
		got := render(extractText(tt.in))
		if got != tt.want {
			t.Errorf("%q\n got: %s\nwant: %s", tt.in, got, tt.want)
		}
	}
}

// allGrammarCases returns the table tests of every family of the grammar
// (the fuzz targets start from them).
func allGrammarCases() []grammarCase {
	var all []grammarCase
	for _, cs := range [][]grammarCase{coreCases, numberCases, wordCases, fractionCases, moneyCases, unitCases, measureCases, rangeCases, notClaimCases} {
		all = append(all, cs...)
	}
	return all
}

// coreCases are the table tests of grammar.go: hedges, and figures whose
// unit comes from the sentence (bare.go); one case a line.
var coreCases = []grammarCase{
	{"It rose 3.9 percent from 2017 to 253,000.", "3.9 percent=3.9 percent | 253,000=253000 count"},
	{"The index rose to 5.2 pct from 4.9.", "5.2 pct=5.2 percent | 4.9=4.9 percent"},
	{"It won no less than 40 percent.", "no less than 40 percent=40 percent~over"},
	{"Prices of 500 or more were cut.", "500 or more=500 count~over"},
	{"Scores less than or equal to 30 count.", "less than or equal to 30=30 count~under"},
	{"APEC has around 62 percent of world GDP.", "around 62 percent=62 percent~about"},
	{"It has more than 3.2% of sales.", "more than 3.2%=3.2 percent~over"},
	{"It is up to 21,000 containers.", "up to 21,000=21000 count~under"},
	{"It has at least 5 plants.", "at least 5=5 count~over"},
}

// TestGrammar checks hedges and units from the sentence.
func TestGrammar(t *testing.T) { checkGrammar(t, coreCases) }

// TestOffsets checks that every claim's offsets index its text exactly,
// also after a base shift and with CRLF line ends.
func TestOffsets(t *testing.T) {
	text := "TITLE 5 PCT\r\n\r\nExports rose 5% to $3bn.\r\nImports fell 2.5 billion dlrs, or 7 pct.\r\n"
	prefix := "previous article text\n"
	src := prefix + text
	a := &Article{Text: text, Base: len(prefix)}
	cs := Extract(a)
	if len(cs) < 5 {
		t.Fatalf("got %d claims, want at least 5: %s", len(cs), render(cs))
	}
	for _, c := range cs {
		if src[c.Start:c.End] != c.Text {
			t.Errorf("src[%d:%d] = %q, want %q", c.Start, c.End, src[c.Start:c.End], c.Text)
		}
	}
}

// TestNonStartWords checks what parseAt relies on to turn away a word
// before a figure at once: parseWordFigure reads no figure at a word
// outside startWords, whatever follows it. The words are those of every
// word list of the package and of real articles, in three casings, before
// figures, symbols and number words.
func TestNonStartWords(t *testing.T) {
	var words []string
	for _, m := range []map[string]float64{scaleWords, cardinalWords, tensWords, ordinalWords, fractionWords, multipleVerbs, foldWords} {
		for w := range m {
			words = append(words, w, w+"s")
		}
	}
	for _, m := range []map[string]bool{functionWords, metricHeads, verbLike, prepositions, orgSuffixes, titleWords} {
		for w := range m {
			words = append(words, w)
		}
	}
	words = append(words, "dozen", "dozens", "score", "couple", "few", "several", "nil", "none", "twice", "once", "fold", "per", "cent", "point", "pair")
	for _, a := range benchArticles(&testing.B{}, 100) {
		words = append(words, strings.Fields(a.Text)...)
	}
	tails := []string{" 5", " 5 dollars", " $5", " 5%", "-5", " 3 million", " five", "-five", " half", " a third", " 1st", " hundred"}
	checked := 0
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, tail := range tails {
				text := "They said " + v + tail + " was seen."
				toks := tokenize(text, nil)
				g := newGrammar(text, toks)
				s := splitSentences(text, toks, nil)[0]
				for k := s.a; k < s.b; k++ {
					if toks[k].kind != tWord || toks[k].cls&lxStart != 0 {
						continue
					}
					checked++
					q := quantity{a: k, numA: k}
					if e, ok := g.parseWordFigure(&q, k, s); ok {
						t.Errorf("%q: parseWordFigure reads %q at %q, not a start word", text, text[toks[k].start:toks[e-1].end], toks[k].text)
					}
				}
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d words checked", checked)
	}
}

// TestRsCurrencyClass checks what grammar.reset relies on to mark "Rs"
// before "." only after a currency word: "Rs" is of class lxCurrency.
func TestRsCurrencyClass(t *testing.T) {
	toks := tokenize("Rs. 50", nil)
	if len(toks) < 2 || toks[0].text != "Rs" || toks[0].cls&lxCurrency == 0 {
		t.Fatalf("tokens %v: want \"Rs\" of class lxCurrency first", toks)
	}
	g := newGrammar("Rs. 50", toks)
	if g.nextCand(0, len(toks)) != 0 {
		t.Errorf("\"Rs\" before \".\" is no candidate")
	}
}
