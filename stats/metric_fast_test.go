package stats

import (
	"slices"
	"strings"
	"testing"
)

// appendFields splits as strings.Fields does.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "trade deficit", "  the\tworld's \n gdp  ", "a\v\fb\rc", "non\u00a0ascii space", "ünï côde",
	} {
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// appendMetricTokens appends to what is there and reads "of" as "share
// of" only at the start of its own words.
func TestAppendMetricTokens(t *testing.T) {
	for _, c := range []struct{ pre, phrase, want string }{
		{"", "of the world's GDP", "share of world gdp"},
		{"x", "of the world's GDP", "x share of world gdp"},
		{"of", "trade trade surplus", "of trade surplus"},
		{"", "year on year inflation", "year-on-year inflation"},
		{"", "4.3 billion dlr trade deficit", "4.3 trade deficit"},
	} {
		toks := appendMetricTokens(strings.Fields(c.pre), c.phrase)
		if got := strings.Join(toks, " "); got != c.want {
			t.Errorf("appendMetricTokens(%q, %q) = %q, want %q", c.pre, c.phrase, got, c.want)
		}
	}
}
