package stats

import (
	"maps"
	"slices"
)

// Facts of a sentence that the frame rules (subject, counterpart, period,
// outlook) ask for every claim: read once, on the sentence's first claim,
// so that a rule whose cue words the sentence lacks returns without
// scanning the words around each of its claims.

// The frame rules' word classes (lexClass bits 56 to 61 are this part's).
const (
	lxPossPron    lexClass = 1 << 56 // "its", "their" (subjectFor: a company's own figures)
	lxAnaphorNoun lexClass = 1 << 57 // "country", "nation", "bloc", "group"... (anaphorBefore)
	lxRelative    lexClass = 1 << 58 // "which", "who" (antecedent, unnamedAntecedent)
	lxGroupNoun   lexClass = 1 << 59 // groupNouns: "states", "countries" (groupPartner)
	lxAnnual      lexClass = 1 << 60 // "annual", "full-year", "yearly" (annualFigure)
	// the words the rules look up around a period: datedEvents,
	// securityNouns and the words of a maturity ("due"), what a period may
	// date other than figures (datesEvent, maturity); postedWords
	// (ownPeriod). A rule tests this bit, then its own word list.
	lxDating lexClass = 1 << 61
)

// frameClassWords lists the words of each class.
var frameClassWords = map[lexClass][]string{
	lxPossPron:    {"its", "their"},
	lxAnaphorNoun: {"country", "nation", "country's", "nation's", "bloc", "bloc's", "group", "grouping", "continent", "continent's"},
	lxRelative:    {"which", "who"},
	lxGroupNoun:   {"states", "countries", "nations", "economies"}, // groupNouns
	lxAnnual:      {"annual", "full-year", "yearly"},
	lxDating:      slices.Concat(slices.Collect(maps.Keys(datedEvents)), slices.Collect(maps.Keys(securityNouns)), maturityWords, slices.Collect(maps.Keys(postedWords))),
}

// maturityWords before a period make it a security's maturity: "notes
// due 1992" (maturity).
var maturityWords = []string{"maturing", "due", "mature", "matures", "redeemable"}

func init() {
	for c, words := range frameClassWords {
		lexPartSets[c] = func() []string { return words }
	}
}

// frameFacts are the facts of one sentence.
type frameFacts struct {
	sent int      // 1 + the first token of the sentence they are for (0: none yet)
	cls  lexClass // the union of the classes of the sentence's words
	// prepareSubjects: the current sentence names a proper name (KindName)
	names bool
	// updatePeriodContext: the periods of a sentence's figures, counted
	tally []periodTally
	// the cue words the sentence has (sentenceCues), read in the same pass
	// as cls
	cues sentCue
}

// sentenceIs reports whether sentence s has a word of one of the classes
// c. (Small enough to be inlined: the sentence is read on its first call.)
func (x *extractor) sentenceIs(s sentence, c lexClass) bool {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	return x.frame.cls&c != 0
}

// readFacts reads the facts of sentence s: the classes of its words and
// its cue words, in one pass over its tokens.
func (x *extractor) readFacts(s sentence) {
	var c lexClass
	var cues sentCue
	toks := x.toks[s.a:s.b]
	for i := range toks {
		t := &toks[i]
		c |= t.cls
		// most tokens are neither a cue word nor may start one: two tests
		// that are rarely true, and so rarely mispredicted
		if t.cls&(lxCue|lxBalance) != 0 || t.text != "" && cueLead[t.text[0]] {
			cues |= x.tokenCues(s.a + i)
		}
	}
	x.frame.sent, x.frame.cls, x.frame.cues = s.a+1, c, cues
}

// sentContains reports whether sentence s has a word of the cues c, any
// of them (sentenceHas asks for all).
func (x *extractor) sentContains(s sentence, c sentCue) bool {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	return x.frame.cues&c != 0
}
