package phrase

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"United States", "United|States"},
		{"U.S.", "U.S."},
		{"U.S.A. dollar", "U.S.A.|dollar"},
		{"People's Bank", "People|'s|Bank"},
		{"Group of 20", "Group|of|20"},
		{"Asia-Pacific", "Asia|Pacific"},
		{"Côte d’Ivoire", "Côte|d|Ivoire"},
		{"", ""},
	} {
		if got := strings.Join(Split(tt.in), "|"); got != tt.want {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldRune(t *testing.T) {
	for in, want := range map[rune]rune{'é': 'e', 'ô': 'o', 'ß': 'ß', 'ş': 's', 'ș': 's', 'ț': 't', 'a': 'a', '÷': '÷', 'ÿ': 'y'} {
		if got := FoldRune(in); got != want {
			t.Errorf("FoldRune(%q) = %q, want %q", in, got, want)
		}
	}
}
