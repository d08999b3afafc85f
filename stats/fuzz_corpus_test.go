package stats

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtractCorpus is FuzzExtract seeded with real news: the articles of
// the shared corpus (../../shared/corpus, when present), whole and a
// paragraph at a time, so that mutations start from the text the extractor
// meets. Whatever the text: no panic, offsets that index it, finite values.
func FuzzExtractCorpus(f *testing.F) {
	for _, pattern := range []string{"eval/*.txt", "seed/*.txt", "wikinews/wn-ID1000*.txt", "chinadaily/cd2019-000*.txt"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", pattern))
		for _, name := range files[:min(len(files), 12)] {
			b, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			f.Add(string(b))
			for _, para := range strings.Split(string(b), "\n\n") {
				if len(para) > 80 {
					f.Add(para)
				}
			}
		}
	}
	f.Add("Exports rose 5.2% to $38.4bn in the fourth quarter, the statistics office said.")
	f.Fuzz(func(t *testing.T, text string) {
		const base = 7
		a := &Article{Text: text, Base: base, Title: "T", Source: "s.txt"}
		src := strings.Repeat("x", base) + text
		for _, c := range Extract(a) {
			if c.Start < base || c.End > len(src) || c.Start >= c.End || src[c.Start:c.End] != c.Text {
				t.Fatalf("claim %q at %d:%d does not index the text", c.Text, c.Start, c.End)
			}
			if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) || c.Max != nil && (math.IsNaN(*c.Max) || math.IsInf(*c.Max, 0)) {
				t.Fatalf("claim %q: value %v, max %v", c.Text, c.Value, c.Max)
			}
			if utf8.ValidString(text) && (!utf8.ValidString(c.Text) || !utf8.ValidString(c.Sentence)) {
				t.Fatalf("claim %q or its sentence is not valid UTF-8", c.Text)
			}
			if c.Title != "T" || c.Source != "s.txt" {
				t.Fatalf("claim %q: title %q, source %q", c.Text, c.Title, c.Source)
			}
		}
	})
}
