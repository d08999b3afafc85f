package stats

import "strings"

// sentCue is a set of the rare words some rules look for around a claim;
// read once per sentence, so that a rule whose words the sentence lacks
// returns without scanning its claims' neighbourhoods.
type sentCue uint8

const (
	cueWorld        sentCue = 1 << iota // "world", "global", "worldwide" (worldFigure)
	cueExport                           // a word starting with "export" (exportsAndImports)
	cueImport                           // a word starting with "import"
	cueIf                               // "if", "unless" (ifClause)
	cueContribution                     // "contribution(s)", "contributed" (contributionClause)
)

// sentenceCues returns the cues of sentence s, read on its first call for
// the sentence.
func (x *extractor) sentenceCues(s sentence) sentCue {
	if x.cueSent == s.a+1 {
		return x.cues
	}
	var c sentCue
	for k := s.a; k < s.b; k++ {
		t := &x.toks[k]
		if t.kind != tWord {
			continue
		}
		switch t.text[0] | 0x20 { // the first letters of the cue words
		case 'w', 'g', 'e', 'i', 'u', 'c':
		default:
			continue
		}
		switch w := x.g.word(k); {
		case w == "world" || w == "global" || w == "worldwide":
			c |= cueWorld
		case strings.HasPrefix(w, "export"):
			c |= cueExport
		case strings.HasPrefix(w, "import"):
			c |= cueImport
		case w == "if" || w == "unless":
			c |= cueIf
		case w == "contribution" || w == "contributions" || w == "contributed":
			c |= cueContribution
		}
	}
	x.cueSent, x.cues = s.a+1, c
	return c
}

// sentenceHas reports whether sentence s has all the cues of c.
func (x *extractor) sentenceHas(s sentence, c sentCue) bool {
	return x.sentenceCues(s)&c == c
}
