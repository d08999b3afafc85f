package stats

import (
	"slices"
	"strings"
	"testing"
)

// TestFrameClasses checks that a word token has each frame rule class
// exactly when its lower-cased form is on the class's list, for the words
// of the lists (in several casings) and of the golden articles.
func TestFrameClasses(t *testing.T) {
	var text strings.Builder
	for _, words := range frameClassWords {
		for _, w := range words {
			text.WriteString(w + " " + strings.ToUpper(w) + " " + strings.Title(w) + " x" + w + " " + w + "s ")
		}
	}
	text.WriteString("the country’s bloc ’s Which WHO (which) ")
	for _, a := range benchArticles(&testing.B{}, 300) {
		text.WriteString(a.Text + "\n")
	}
	s := text.String()
	toks := tokenize(s, nil)
	g := newGrammar(s, toks)
	seen := map[lexClass]int{}
	for k := range toks {
		w := g.word(k)
		for c, words := range frameClassWords {
			got, want := g.is(k, c), w != "" && slices.Contains(words, w)
			if got != want {
				t.Errorf("%q: class %b is %v, want %v", toks[k].text, c, got, want)
			}
			if got {
				seen[c]++
			}
		}
	}
	for c := range frameClassWords {
		if seen[c] == 0 {
			t.Errorf("class %b: no token has it", c)
		}
	}
}

// TestFrameFacts checks the facts read once per sentence.
func TestFrameFacts(t *testing.T) {
	for _, c := range []struct {
		text       string
		poss, anaf bool
	}{
		{"Exports rose 5 pct.", false, false},
		{"Its exports rose 5 pct.", true, false},
		{"The country's exports (cars) rose 5 pct.", false, true},
		{"THEIR exports to the NATION rose.", true, true},
	} {
		x := new(extractor)
		x.analyse(&Article{Text: c.text})
		s := x.sents[0]
		if poss, anaf := x.sentenceIs(s, lxPossPron), x.sentenceIs(s, lxAnaphorNoun); poss != c.poss || anaf != c.anaf {
			t.Errorf("%q: possessive %v, anaphor noun %v; want %v, %v", c.text, poss, anaf, c.poss, c.anaf)
		}
	}
}

// TestFrameClassLists checks that the class lists hold the words of the
// maps the rules read.
func TestFrameClassLists(t *testing.T) {
	for w := range groupNouns {
		if !slices.Contains(frameClassWords[lxGroupNoun], w) {
			t.Errorf("groupNouns %q is not on lxGroupNoun", w)
		}
	}
}

// TestFrameDatingWords checks that lxDating holds the words datesEvent
// and maturity look up.
func TestFrameDatingWords(t *testing.T) {
	for _, m := range []map[string]bool{datedEvents, securityNouns, postedWords} {
		for w := range m {
			if !slices.Contains(frameClassWords[lxDating], w) {
				t.Errorf("%q is not on lxDating", w)
			}
		}
	}
}

// TestSentContains checks the cue words read once per sentence: a word of
// its own, in any casing, not a part of a longer word.
func TestSentContains(t *testing.T) {
	for _, c := range []struct {
		text string
		want sentCue
	}{
		{"Exports rose 5 pct.", 0},
		{"In Pakistan's CASE it rose 5 pct.", cueCase},
		{"The showcase cases rose 5 pct.", 0},
		{"Of its creditors, 38 pct and of its Bondholders 12 pct.", cueCreditors | cueBondholders},
		{"The mark/dollar rate fell 2 pct.", cueSlash},
		{"The mark-dollar rate fell 2 pct.", 0},
	} {
		x := new(extractor)
		x.analyse(&Article{Text: c.text})
		s := x.sents[0]
		var got sentCue
		for _, bit := range []sentCue{cueCase, cueCreditors, cueBondholders, cueSlash} {
			if x.sentContains(s, bit) {
				got |= bit
			}
		}
		if got != c.want {
			t.Errorf("%q: cues %04b, want %04b", c.text, got, c.want)
		}
	}
}
