package stats

import (
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// appendMetricFields splits as strings.Fields does.
func TestAppendMetricFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "trade deficit", "  the\tworld's \n gdp  ", "a\v\fb\rc", "non\u00a0ascii space", "ünï côde", "x", " x", "x ", "ab  cd\n",
	} {
		if got, want := appendMetricFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendMetricFields(%q) = %q, want %q", s, got, want)
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

// The metric rules' classes are set on exactly their words, in any case;
// every change noun has lxPeriodNoun, which changeFor tests first.
func TestMetricWordClasses(t *testing.T) {
	lists := map[lexClass][]string{lxQualifier: lexPartSets[lxQualifier](), lxMetricCue: lexPartSets[lxMetricCue](), lxDebtNoun: lexPartSets[lxDebtNoun]()}
	if !slices.Contains(lists[lxDebtNoun], "lines") || len(lists[lxDebtNoun]) != len(debtNouns)+1 {
		t.Errorf("lxDebtNoun words %q: want debtNouns and \"lines\"", lists[lxDebtNoun])
	}
	var text strings.Builder
	for _, words := range lists {
		for _, w := range words {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s ")
		}
	}
	for _, a := range benchArticles(&testing.B{}, 100) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	for k := range toks {
		for c, words := range lists {
			if got, want := toks[k].cls&c != 0, g.word(k) != "" && slices.Contains(words, g.word(k)); got != want {
				t.Errorf("token %q: class %b is %v, want %v", toks[k].text, c, got, want)
			}
		}
	}
	for _, m := range []map[string]bool{dropWords, metricScaleWords} {
		for w := range m {
			if lexicon().classOf(w)&lxMetricDrop == 0 {
				t.Errorf("%q: no lxMetricDrop, metricTokens would keep it", w)
			}
		}
	}
	for w := range neutralModifiers {
		if lexicon().classOf(w)&lxNeutral == 0 {
			t.Errorf("%q: no lxNeutral, canonicalTokens would keep it", w)
		}
	}
	for _, w := range []string{"exports", "trade", "deficit", "gdp", "u.s.", "côte"} {
		if lexicon().classOf(w)&lxMetricDrop != 0 {
			t.Errorf("%q: lxMetricDrop", w)
		}
	}
	for w, c := range changeNouns {
		if c == NoChange || lexicon().classOf(w)&lxPeriodNoun == 0 {
			t.Errorf("changeNouns[%q]: %v, class %b: changeFor would miss it", w, c, lexicon().classOf(w))
		}
	}
}

// basisFree is the search for each of its words.
func TestBasisFree(t *testing.T) {
	for _, c := range []struct {
		m    string
		want bool
	}{
		{"", true}, {"gdp growth", true}, {"exports", false}, {"share of world trade", false},
		{"trade gap", false}, {"shortfall", false}, {"surplus", false}, {"budget deficit", false},
		{"balance", false}, {"imports of wool", false}, {"shortage", true}, {"gas", true}, {"exp", true},
	} {
		if got := basisFree(c.m); got != c.want {
			t.Errorf("basisFree(%q) = %v, want %v", c.m, got, c.want)
		}
	}
}

// basisWords finds each of its words anywhere in a text.
func TestBasisWordsAt(t *testing.T) {
	for _, c := range []struct {
		low  string
		want bool
	}{
		{"", false}, {"basis", true}, {"on a bop basis.", true}, {"bas is", false}, {"f.o.b.", true}, {"x fob", true},
		{"specific", true}, {"c.i.", false}, {"customs cleared", true}, {"customs-cleared", true}, {"customs", false},
		{"cc cif", true}, {"fo b c.i.f", true}, {"abc f.o. b", false},
	} {
		if got := basisWords(c.low); got != c.want {
			t.Errorf("basisWords(%q) = %v, want %v", c.low, got, c.want)
		}
	}
}

// Canonical never returns a slice of its phrase (canonicalMetric keeps its
// answers across articles without copying them).
func TestCanonicalOwnsAnswer(t *testing.T) {
	for _, p := range []string{"exports", "trade deficit", "cumulative trade deficit", "oil industry trade",
		"trade surplus with the U.S.", "x", "zz", "of the world's GDP", "Merchandise Trade Deficit", "yuan"} {
		phrase := strings.Clone(p)
		c := DefaultMetrics().Canonical(phrase)
		if c == "" {
			continue
		}
		start := uintptr(unsafe.Pointer(unsafe.StringData(phrase)))
		at := uintptr(unsafe.Pointer(unsafe.StringData(c)))
		if start <= at && at < start+uintptr(len(phrase)) {
			t.Errorf("Canonical(%q) = %q, a slice of the phrase", p, c)
		}
	}
}
