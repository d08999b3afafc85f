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
