package stats

import (
	"slices"
	"testing"
)

// TestSplitSentences checks where sentences end after abbreviations.
func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Exports rose. Imports fell.", []string{"Exports rose.", "Imports fell."}},
		{"It sold goods to the U.S. The surplus rose.", []string{"It sold goods to the U.S.", "The surplus rose."}},
		// a country in the possessive after "U.S." starts a sentence
		{"It cut its surplus with the U.S. Taiwan's 1985 surplus was 10.2 billion.", []string{"It cut its surplus with the U.S.", "Taiwan's 1985 surplus was 10.2 billion."}},
		// other capitalised words after "U.S." do not
		{"The U.S. Treasury's bills rose.", []string{"The U.S. Treasury's bills rose."}},
		{"Exports to the U.S. Pacific coast rose.", []string{"Exports to the U.S. Pacific coast rose."}},
		// a short first line that breaks a sentence (a wire story's, shortened
		// by its dateline) does not end it; a title or a table line does
		{"Acme Widgets Corp is raising\n150 mln dlrs via notes.", []string{"Acme Widgets Corp is raising\n150 mln dlrs via notes."}},
		{"Dealers said the\nCentral Bank sold dollars.", []string{"Dealers said the\nCentral Bank sold dollars."}},
		{"Exports fell sharply to\n12 mln tonnes.", []string{"Exports fell sharply to\n12 mln tonnes."}},
		{"Textile exports up\nSales rose 5 pct.", []string{"Textile exports up", "Sales rose 5 pct."}},
		{"Trade figures\nExports rose 5 pct.", []string{"Trade figures", "Exports rose 5 pct."}},
		{"Net 12.6 mln vs 15.8 mln\nRevs 1.4 billion vs 1.3 billion", []string{"Net 12.6 mln vs 15.8 mln", "Revs 1.4 billion vs 1.3 billion"}},
	}
	for _, tt := range tests {
		toks, sents := tokenizeSentences(tt.text, nil, nil)
		var got []string
		for _, s := range sents {
			got = append(got, tt.text[toks[s.a].start:toks[s.b-1].end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
