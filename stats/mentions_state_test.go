package stats

import (
	"strings"
	"testing"
)

func TestNameFilter(t *testing.T) {
	var f nameFilter
	for _, n := range []string{"Apple", "Micron Tech", "X"} {
		f.add(n[0], n[len(n)-1])
	}
	for _, tc := range []struct {
		name string
		may  bool
	}{
		{"Apple", true}, {"Micron Tech", true}, {"Micron  Tech", true}, {"X", true},
		{"Ample", true}, // same first and last bytes: a false positive
		{"Apples", false}, {"Micron", false}, {"Y", false},
	} {
		if got := f.may(tc.name[0], tc.name[len(tc.name)-1]); got != tc.may {
			t.Errorf("may(%q) = %v, want %v", tc.name, got, tc.may)
		}
	}
}

func TestEntityScores(t *testing.T) {
	a, b, c := &Entity{Name: "A"}, &Entity{Name: "B"}, &Entity{Name: "C"}
	type add struct {
		e *Entity
		w float64
	}
	for _, tc := range []struct {
		adds []add
		want *Entity
	}{
		{nil, nil},
		{[]add{{b, 1}}, b},
		{[]add{{b, 1}, {a, 2}}, a},
		{[]add{{b, 2}, {a, 1}, {a, 0.5}, {c, 2}}, b},
		{[]add{{c, 2}, {b, 2}, {a, 1}}, b}, // equal scores: the first by name
		{[]add{{c, 1}, {c, 6}, {b, 6.5}}, c},
	} {
		var s entityScores
		for _, x := range tc.adds {
			s.add(x.e, x.w)
		}
		if got := s.best(); got != tc.want {
			t.Errorf("%v: best %v, want %v", tc.adds, got, tc.want)
		}
		s.reset()
		if s.best() != nil || len(s.ents) != 0 {
			t.Errorf("%v: not empty after reset", tc.adds)
		}
	}
}

// TestMentionClasses checks that the word classes of the mention stage
// (propernames.go, clauses.go, context.go, subject_firm.go) mark exactly
// the words of their lists.
func TestMentionClasses(t *testing.T) {
	lists := map[lexClass]func(w string) bool{
		lxTopic:        func(w string) bool { _, ok := topicWords[w]; return ok || w == "market" },
		lxInstitution:  func(w string) bool { return institutionWords[w] },
		lxSubjectStart: func(w string) bool { return subjectStarts[w] },
		lxFigureEnd:    func(w string) bool { return figureEnds[w] },
		lxFirmNoun:     func(w string) bool { return firmNouns[w] },
	}
	var text strings.Builder
	for _, c := range []lexClass{lxTopic, lxInstitution, lxSubjectStart, lxFigureEnd, lxFirmNoun} {
		for _, w := range lexPartSets[c]() {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s " + w + ". ")
		}
	}
	text.WriteString("Côte d'Ivoire's São Paulo naïve U.S. U.S.A. e.g. Peru’s Ü über Straße USD115 Rs20 é. Ab.C ")
	for _, a := range benchArticles(&testing.B{}, 300) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	for k := range toks {
		w := g.word(k)
		for c, in := range lists {
			if got, want := g.is(k, c), w != "" && in(w); got != want {
				t.Errorf("%q: class %b is %v, want %v", toks[k].text, c, got, want)
			}
		}
	}
}

// TestPossessiveHint checks that the tokenizer marks exactly the words
// "'s" and "’s" as possessives (isPossessive), which the mention stage
// reads instead of their texts.
func TestPossessiveHint(t *testing.T) {
	text := "Japan's exports, China’s imports, the 1990's, 's alone, 'S and ’s. " +
		"Reuters' report, the U.S.'s deficit (Brazil)'s, rock 'n' roll, ‘s and O'Neill's."
	for _, tk := range tokenize(text, nil) {
		if want := tk.text == "'s" || tk.text == "’s"; isPossessive(&tk) != want {
			t.Errorf("%q: isPossessive %v, want %v", tk.text, !want, want)
		}
	}
}

// TestMayBreakClause checks the bit mask of mayBreakClause on every
// one-byte text and a few longer ones.
func TestMayBreakClause(t *testing.T) {
	for c := 0; c < 256; c++ {
		p := string([]byte{byte(c)})
		if got, want := mayBreakClause(p), p == "," || p == ";"; got != want {
			t.Errorf("mayBreakClause(%q) = %v", p, got)
		}
	}
	for _, p := range []string{"", ",,", ";;", "l", "{", "\u00ac", "–"} {
		if mayBreakClause(p) {
			t.Errorf("mayBreakClause(%q) = true", p)
		}
	}
}
