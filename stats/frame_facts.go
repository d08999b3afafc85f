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
	lxAnaphorNoun: {"country", "nation", "country's", "nation's", "bloc", "bloc's", "group", "grouping"},
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
	// sentContains: which cue words the sentence has (cueCase, ...), and which
	// of them were looked for
	cues, cuesRead uint8
}

// The cue words of sentContains, a bit each: the words (tokens) a
// rule looks for, so that a sentence without them is never scanned.
const (
	cueCase uint8 = 1 << iota
	cueCreditors
	cueBondholders
	cueSlash
)

// sentenceIs reports whether sentence s has a word of one of the classes
// c. (Small enough to be inlined: the sentence is read on its first call.)
func (x *extractor) sentenceIs(s sentence, c lexClass) bool {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	return x.frame.cls&c != 0
}

// readFacts reads the facts of sentence s.
func (x *extractor) readFacts(s sentence) {
	var c lexClass
	toks := x.toks[s.a:s.b]
	for i := range toks {
		c |= toks[i].cls
	}
	x.frame.sent, x.frame.cls = s.a+1, c
	x.frame.cues, x.frame.cuesRead = 0, 0
}

// sentContains reports whether sentence s has a word of the cue bits c
// (cueCase, ...), any of them: a test read once a sentence (all the cues
// at once) before rules scan its tokens for the word.
func (x *extractor) sentContains(s sentence, c uint8) bool {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	if x.frame.cuesRead == 0 {
		x.frame.cuesRead = cueCase | cueCreditors | cueBondholders | cueSlash
		for k := s.a; k < s.b; k++ {
			if t := &x.toks[k]; t.kind == tPunct {
				if t.text == "/" {
					x.frame.cues |= cueSlash
				}
				continue
			}
			switch x.g.word(k) {
			case "case":
				x.frame.cues |= cueCase
			case "creditors":
				x.frame.cues |= cueCreditors
			case "bondholders":
				x.frame.cues |= cueBondholders
			}
		}
	}
	return x.frame.cues&c != 0
}
