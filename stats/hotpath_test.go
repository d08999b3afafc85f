package stats

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestWordFilter checks that a filter never rejects a word of its set and
// rejects words that differ in length or first, middle or last byte
// ("cxrp" shares all four with "corp": a "maybe").
func TestWordFilter(t *testing.T) {
	for name, m := range map[string]map[string]bool{
		"functionWords": functionWords, "orgSuffixes": orgSuffixes, "indexWords": indexWords, "titleWords": titleWords,
		"lowerFirst": loadGazetteer().lowerFirst,
	} {
		f := newWordFilter(m)
		for w := range m {
			if !f.may(w) {
				t.Errorf("%s: %q rejected", name, w)
			}
		}
	}
	f := newWordFilter(map[string]bool{"corp": true, "a": true, "": true})
	for w, want := range map[string]bool{"corp": true, "a": true, "": true, "cxrp": true, "coop": false, "co": false, "corps": false, "b": false, "zorp": false, "ab": false, "cork": false} {
		if got := f.may(w); got != want {
			t.Errorf("may(%q) = %v, want %v", w, got, want)
		}
		if got := f.mayBytes([]byte(w)); got != want {
			t.Errorf("mayBytes(%q) = %v, want %v", w, got, want)
		}
	}
	// most words outside the set are rejected
	f = newWordFilter(startWords)
	passed := 0
	common := []string{"the", "that", "this", "there", "and", "are", "said", "trade", "exports", "from", "company", "also", "after", "about", "which"}
	for _, w := range common {
		if f.may(w) && !startWords[w] {
			passed++
		}
	}
	if passed > 2 {
		t.Errorf("%d of %d common words pass the startWords filter", passed, len(common))
	}
}

// TestSentenceText checks the folding of white space in claim sentences.
func TestSentenceText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Exports rose 5%.", "Exports rose 5%."},
		{"Exports rose\n5%.", "Exports rose 5%."},
		{"Exports  rose \r\n\t 5%.", "Exports rose 5%."},
		{"Exports\frose\v5%.", "Exports rose 5%."},
		{"A b c", "A b c"},
		{"é  ü", "é ü"},
	} {
		s := sentence{start: 0, end: len(tc.in)}
		if got := sentenceText(tc.in, s); got != tc.want {
			t.Errorf("sentenceText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// a window inside a longer text, ending before trailing space
	text := "x  Exports\n rose  5%.  y"
	if got := sentenceText(text, sentence{start: 3, end: 21}); got != "Exports rose 5%." {
		t.Errorf("window: got %q", got)
	}
}

// TestASCIILower checks asciiLower against lower-casing byte by byte: ASCII
// capitals only, every offset kept.
func TestASCIILower(t *testing.T) {
	cases := []string{"", "abc", "ABC", "Exports ROSE 5% in Côte d'Ivoire", "É", "aB", "Ab", "U.S. GDP", "\xffA\x80"}
	// every byte value at every position of a word-at-a-time block, after
	// a capital so that the fast path runs
	for c := range 256 {
		for p := range 9 {
			b := []byte("X@[`{Zaz\x80\xc1AZ")
			b[1+p] = byte(c)
			cases = append(cases, string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(80)) // past a 32-byte block and an 8-byte one
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(s); got != string(want) {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCurrencyPrefix pins currencyPrefix's answers for ASCII and other
// three-byte words.
func TestCurrencyPrefix(t *testing.T) {
	for _, tt := range []struct {
		w     string
		glued bool
		want  string
	}{
		{"USD", false, "USD"}, {"usd", false, "USD"}, {"Usd", true, "USD"}, {"rmb", false, "CNY"}, {"RMB", false, "CNY"},
		{"Rs", true, "INR"}, {"ALL", true, "ALL"}, {"ALL", false, ""}, {"all", true, ""}, {"top", true, ""},
		{"the", false, ""}, {"and", true, ""}, {"dollars", false, ""}, {"", false, ""}, {"€", true, "EUR"}, {"éur", false, ""},
	} {
		if got := currencyPrefix(tt.w, tt.glued); got != tt.want {
			t.Errorf("currencyPrefix(%q, %v) = %q, want %q", tt.w, tt.glued, got, tt.want)
		}
	}
}

// TestFoldLower checks foldLower against the expression it replaces.
func TestFoldLower(t *testing.T) {
	ins := []string{"", " ", "trade deficit", "Trade  Deficit ", "\tshare of\nworld GDP\r", "a", "A", "é Ü", "x\u00a0y", "  lead"}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aBz \t\n\r\v\fQ-"
	for range 2000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		ins = append(ins, string(b))
	}
	for _, s := range ins {
		if got, want := foldLower(s), lower(strings.Join(strings.Fields(s), " ")); got != want {
			t.Errorf("foldLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestExtractFresh checks that Extract's claims are the caller's own: a
// later call (reusing the pooled buffers) leaves them as they were, and an
// article without figures gives nil.
func TestExtractFresh(t *testing.T) {
	first := Extract(&Article{Text: "Exports rose 5% to $38bn in 2024."})
	if len(first) != 2 {
		t.Fatalf("%d claims, want 2", len(first))
	}
	want := first[0].Text + "|" + first[1].Text
	for range 10 {
		Extract(&Article{Text: "Imports fell 7 percent to 12 million tonnes, 3 dollars each."})
	}
	if got := first[0].Text + "|" + first[1].Text; got != want {
		t.Errorf("claims changed by later calls: %q, want %q", got, want)
	}
	if got := Extract(&Article{Text: "No figures here."}); got != nil {
		t.Errorf("no figures: %#v, want nil", got)
	}
}

// TestFoldTokens checks that folding white space between tokens gives
// sentenceText's result for every sentence and token range: of random
// texts mixing ASCII and other white space, and of real articles.
func TestFoldTokens(t *testing.T) {
	pieces := []string{"a", "B", "12", "3.5", ",", ".", "'s", "$", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\v", "\f", "\u00a0", " \u00a0 ", "\u2009", "\u200b", "é", "Co.", "-", "%"}
	r := rand.New(rand.NewPCG(3, 4))
	texts := randomTexts(r, pieces, 3000, 30, false)
	for _, a := range benchArticles(&testing.B{}, 200) {
		texts = append(texts, a.Text)
	}
	folded := 0
	for _, text := range texts {
		toks := tokenize(text, nil)
		for _, s := range splitSentences(text, toks, nil) {
			want := sentenceText(text, s)
			if got := foldTokens(text, toks[s.a:s.b]); got != want {
				t.Fatalf("foldTokens(%q) = %q, want %q", text[s.start:s.end], got, want)
			}
			if want != text[s.start:s.end] {
				folded++
			}
		}
		// sub-ranges, as sentenceWindow and proper names take them
		for range 5 {
			if len(toks) == 0 {
				break
			}
			a := r.IntN(len(toks))
			b := a + 1 + r.IntN(len(toks)-a)
			want := sentenceText(text, sentence{start: toks[a].start, end: toks[b-1].end})
			if got := foldTokens(text, toks[a:b]); got != want {
				t.Fatalf("foldTokens(%q) = %q, want %q", text[toks[a].start:toks[b-1].end], got, want)
			}
		}
	}
	if folded < 100 {
		t.Errorf("only %d sentences needed folding", folded)
	}
}

// TestTidy checks tidy against the round trip through 12 significant
// digits it stands for, on whole numbers near its fast path's limit and on
// scaled figures.
func TestTidy(t *testing.T) {
	roundTrip := func(v float64) float64 {
		r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
		if err != nil {
			return v
		}
		return r
	}
	vals := []float64{0, 1, -1, 999999999999, 1e12 - 1, 1e12, 1e12 + 1, 123456789012345, -999999999999, math.Inf(1), 5e-324, 0.1}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		v := float64(r.IntN(100000)) / 100 * math.Pow(10, float64(r.IntN(15)))
		vals = append(vals, v, -v, math.Trunc(v))
	}
	for _, v := range vals {
		if got, want := tidy(v), roundTrip(v); got != want && !(got != got && want != want) {
			t.Errorf("tidy(%v) = %v, want %v", v, got, want)
		}
	}
}

// TestNotAlnum8 checks the word-at-a-time tests (notAlnum8, digit8,
// alnum8) against the byte tables, for every byte value at every
// position, among letters and among stops.
func TestNotAlnum8(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '5', ' ', 0xC3} {
		for c := range 256 {
			for p := range 8 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[p] = byte(c)
				x := binary.LittleEndian.Uint64(b[:])
				var want, wantDigits uint64
				for i := range b {
					if !asciiAlnum[b[i]] {
						want |= 0x80 << (8 * i)
					}
					if isDigit(b[i]) {
						wantDigits |= 0x80 << (8 * i)
					}
				}
				if got := notAlnum8(x); got != want {
					t.Fatalf("notAlnum8(%q) = %#x, want %#x", b, got, want)
				}
				if got := digit8(x); got != wantDigits {
					t.Fatalf("digit8(%q) = %#x, want %#x", b, got, wantDigits)
				}
				if stop, digits := alnum8(x); stop != want || digits != wantDigits {
					t.Fatalf("alnum8(%q) = %#x, %#x, want %#x, %#x", b, stop, digits, want, wantDigits)
				}
			}
		}
	}
}

// TestAppendClaims checks that AppendClaims gives Extract's claims after
// what dst holds, with one buffer reused from article to article.
func TestAppendClaims(t *testing.T) {
	arts := benchArticles(&testing.B{}, 300)
	marker := Claim{Text: "kept", Value: -1}
	buf := []Claim{marker}
	total := 0
	for i := range arts {
		want := Extract(&arts[i])
		buf = AppendClaims(buf[:1], &arts[i])
		if buf[0] != marker {
			t.Fatalf("article %d: dst's claim changed: %+v", i, buf[0])
		}
		if !reflect.DeepEqual(buf[1:], want) && !(len(want) == 0 && len(buf) == 1) {
			t.Fatalf("article %d: AppendClaims gave %d claims, Extract %d (or they differ)", i, len(buf)-1, len(want))
		}
		total += len(want)
	}
	if haveReuters() && total < 100 || total < 20 {
		t.Errorf("only %d claims compared", total)
	}
	if got := AppendClaims(nil, &Article{Text: "No figures here."}); got != nil {
		t.Errorf("nil dst, no figures: %#v, want nil", got)
	}
}

// splitSentencesByText is splitSentences reading the tokens' text where
// it reads the tokenizer's hints (hBreak, hPossessive).
func splitSentencesByText(text string, toks []token) []sentence {
	if len(toks) == 0 {
		return nil
	}
	var sp splitter
	for k := 1; k < len(toks); k++ {
		t, p := &toks[k], &toks[k-1]
		if t.gap >= 2 || t.gap != 0 && (p.kind == tPunct && breakPunct[p.text[0]] || p.kind == tWord && p.text[len(p.text)-1] == '.') {
			sp.at(text, toks, k)
		} else if t.gap == 0 && t.kind == tWord && k >= 2 && (t.text == "'s" || t.text == "’s") {
			sp.possessive(toks, k)
		}
	}
	return sp.finish(toks)
}

// TestTokenizeSentences checks that tokenizeSentences gives what tokenize
// and splitSentencesByText give (the tokenizer's hints say what the
// tokens' text says): on random texts of words, abbreviations, quotes,
// terminal punctuation, possessives, invalid UTF-8 and line breaks, and
// on real articles.
func TestTokenizeSentences(t *testing.T) {
	pieces := []string{"The", "exports", "rose", "5.2", "pct", ".", "!", "?", ":", ",", "\"", "”", "'", "’", "U.S.", "Mr.", "Corp.", "J.", "It", "(", " ", " ", "  ", "\n", "\n\n", "\n  ", "\f", "HEADLINE", "é", "Économie", "3", "'s", "’s", "'S", "Taiwan", "\xe2\x80", "\xff", "½", "$", "%", "\u00a0", "\u2009"}
	r := rand.New(rand.NewPCG(7, 8))
	texts := randomTexts(r, pieces, 5000, 40, true)
	for _, a := range benchArticles(&testing.B{}, 300) {
		texts = append(texts, a.Text)
	}
	var toks []token
	var sents []sentence
	breaks := 0
	for _, text := range texts {
		wantToks := tokenize(text, nil)
		want := splitSentencesByText(text, wantToks)
		// the first token opens a paragraph when nothing is before it,
		// and has the gap of the white space before it otherwise (as
		// after a word)
		if len(wantToks) > 0 {
			f, want := wantToks[0], uint8(3)
			if f.start > 0 {
				want = tokenize("x"+text, nil)[1].gap
			}
			if f.gap != want {
				t.Fatalf("%q: the first token's gap is %d, want %d", text, f.gap, want)
			}
		}
		toks, sents = tokenizeSentences(text, toks, sents)
		if !reflect.DeepEqual(toks, wantToks) && len(wantToks) > 0 {
			t.Fatalf("%q: tokens differ", text)
		}
		if !reflect.DeepEqual(sents, want) && len(want) > 0 {
			t.Fatalf("%q: sentences %v, want %v", text, sents, want)
		}
		if len(want) == 0 && len(sents) != 0 {
			t.Fatalf("%q: sentences %v, want none", text, sents)
		}
		breaks += len(want)
	}
	if breaks < 10000 {
		t.Errorf("only %d sentences", breaks)
	}
}

// sentenceText returns the sentence with its white space folded, byte by
// byte: the reference foldTokens is checked against.
func sentenceText(text string, s sentence) string {
	raw := text[s.start:s.end]
	if !needsFold(raw) {
		return raw
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		// copy a run of non-space bytes, then fold the white space after it
		j := i
		for j < len(raw) && !isFoldSpace(raw[j]) {
			j++
		}
		if j > i {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(raw[i:j])
		}
		for j < len(raw) && isFoldSpace(raw[j]) {
			j++
		}
		i = j
	}
	return b.String()
}

// needsFold reports whether s has white space other than single spaces.
func needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c > ' ':
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case isFoldSpace(c):
			return true
		}
	}
	return false
}

// TestQualifyAtTextStart is the regression test of a crash FuzzExtractCorpus
// found: "months" as the first token of an article, before a claim with a
// metric in the same clause, made qualify read the token before the first.
func TestQualifyAtTextStart(t *testing.T) {
	for _, text := range []string{"Months trade deficit 5 billion dlrs.", "months gap $0", "12 months trade deficit 5 billion dlrs."} {
		claims := Extract(&Article{Text: text})
		if len(claims) == 0 || claims[len(claims)-1].Metric == "" {
			t.Errorf("%q: %+v, want a claim with a metric", text, claims)
		}
	}
}

// randomTexts returns n texts of up to max pieces each, drawn by r; with
// spaces, two pieces in three are followed by a space.
func randomTexts(r *rand.Rand, pieces []string, n, max int, spaces bool) []string {
	texts := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range r.IntN(max) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if spaces && r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestWordFastPath checks the tokenizer's one-load path for short words
// against the general one: every word token ends where scanWord and
// splitCodeDigits end it and has classAt's classes (and lxNotPlain where
// the word is not plain), on random texts of short words, codes, initials
// and non-ASCII letters, and on real articles.
func TestWordFastPath(t *testing.T) {
	pieces := []string{"a", "Ab", "rose", "EXPORTS", "U", ".", "S", "USD", "115", "Rs", "20", "x1", "é", "naïve", "'s", "’s", " ", "  ", ",", "-", "\n", "A.", "B.C.", "of", "and", "the", "January", "pct", "7"}
	texts := randomTexts(rand.New(rand.NewPCG(9, 10)), pieces, 5000, 30, false)
	for _, a := range benchArticles(&testing.B{}, 200) {
		texts = append(texts, a.Text)
	}
	words, _ := checkWordTokens(t, texts)
	if words < 20000 {
		t.Errorf("only %d words checked", words)
	}
}

// checkWordTokens checks every word token of texts against the long way:
// scanWord and splitCodeDigits end it, and it has classAt's classes (and
// lxNotPlain where the word is not plain). It returns how many words it
// checked, and how many of them had eight bytes or more.
func checkWordTokens(t *testing.T, texts []string) (words, long int) {
	t.Helper()
	lex := lexicon()
	for _, text := range texts {
		for _, tk := range tokenize(text, nil) {
			if tk.kind != tWord || tk.text == "'s" || tk.text == "’s" {
				continue
			}
			end, ascii := scanWord(text, tk.start)
			end = splitCodeDigits(text, tk.start, end)
			want := lex.classAt(text, tk.start, end)
			if !ascii || text[end-1] == '.' {
				want |= lxNotPlain
			}
			if tk.end != end || tk.cls != want {
				t.Fatalf("%q: word %q ends at %d with classes %b; want %d, %b", text, tk.text, tk.end, tk.cls, end, want)
			}
			words++
			if end-tk.start >= 8 {
				long++
			}
		}
	}
	return words, long
}

// TestBasisWords checks the one-pass basisWords against a search for each
// of its words.
func TestBasisWords(t *testing.T) {
	ref := func(low string) bool {
		for _, w := range []string{"basis", "f.o.b", "c.i.f", "fob", "cif", "customs-cleared", "customs cleared"} {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	texts := []string{"", "b", "basi", "basis", "on a bop basis.", "f.o", "f.o.b", "fo", "fob", "c.i", "c.i.f.", "ci", "cif",
		"customs", "customs-clear", "customs-cleared", "customs cleared", "customs  cleared", "exports rose 5 pct", "bfc"}
	for _, a := range benchArticles(&testing.B{}, 200) {
		texts = append(texts, asciiLower(a.Text))
	}
	seen := 0
	for _, s := range texts {
		if got, want := basisWords(s), ref(s); got != want {
			t.Errorf("basisWords(%.40q) = %v, want %v", s, got, want)
		}
		if ref(s) {
			seen++
		}
	}
	if seen < 8 {
		t.Errorf("only %d texts with basis words", seen)
	}
}

// TestScanIndian checks figures grouped the Indian way and their near
// misses, which scanNumber reads as other figures.
func TestScanIndian(t *testing.T) {
	for _, c := range []struct {
		text   string
		end    int
		num    float64
		digits int8
	}{
		{"12,34,567.89 rupees", 12, 1234567.89, 7},
		{"1,23,456", 8, 123456, 7},
		{"5,00,000", 8, 500000, 7},
		{"12,345", 6, 12345, 5},
		{"123,45,678", 3, 123, 3},
		{"12,34", 2, 12, 2},
		{"1,2", 1, 1, 1},
		{"12,34,56", 2, 12, 2},
	} {
		tk := tokenize(c.text, nil)[0]
		if tk.kind != tNum || tk.end != c.end || tk.num != c.num || tk.digits != c.digits {
			t.Errorf("%q: %+v, want end %d, %v, %d digits", c.text, tk, c.end, c.num, c.digits)
		}
	}
}
