package stats

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary text to the extractor: it must not panic,
// every claim's offsets must index its text, and values must be finite.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &Article{Text: text, Base: 3}
		src := "abc" + text
		for _, c := range Extract(a) {
			if c.Start < 3 || c.End > len(src) || c.Start >= c.End {
				t.Fatalf("bad offsets %d:%d for %q in %q", c.Start, c.End, c.Text, text)
			}
			if src[c.Start:c.End] != c.Text {
				t.Fatalf("src[%d:%d] = %q, want %q", c.Start, c.End, src[c.Start:c.End], c.Text)
			}
			if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
				t.Fatalf("non-finite value %v for %q", c.Value, c.Text)
			}
			if c.Max != nil && (math.IsNaN(*c.Max) || math.IsInf(*c.Max, 0)) {
				t.Fatalf("non-finite max for %q", c.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(c.Text) {
				t.Fatalf("claim text %q is not valid UTF-8", c.Text)
			}
		}
	})
}

// fuzzSeeds returns the table-test inputs plus a few hostile strings.
func fuzzSeeds() []string {
	seeds := []string{
		"", "1", "$", "%", "-", "1,", "1.", ",000", "one-", "a", "half", "U.S.", "'s",
		"99999999999999999999999999999999999999999 billion dlrs",
		"1e308 trillion trillion", "between and", "from 5 to", "3-", "-3-4%",
		"\xff\xfe 5 pct \x00", strings.Repeat("9", 400), strings.Repeat("9", 300) + " trillion", "NOV. 10-16", "1987/", "/88", "twenty-", "a dozen dozen",
	}
	for _, tt := range allGrammarCases() {
		seeds = append(seeds, tt.in)
	}
	return seeds
}
