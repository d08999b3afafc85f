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
	cueBalance                          // a word of lxBalance: "deficit", "surplus" (balanceBefore, pointsBack)
)

// cueWords are the words of the cues other than exports and imports
// (lxCue).
var cueWords = []string{"world", "global", "worldwide", "if", "unless", "contribution", "contributions", "contributed"}

// sentenceCues returns the cues of sentence s, read on its first call for
// the sentence.
func (x *extractor) sentenceCues(s sentence) sentCue {
	if x.cueSent == s.a+1 {
		return x.cues
	}
	var c sentCue
	for k := s.a; k < s.b; k++ {
		t := &x.toks[k]
		if t.cls&(lxCue|lxBalance) != 0 {
			if t.cls&lxBalance != 0 {
				c |= cueBalance
			}
			switch x.g.word(k) {
			case "world", "global", "worldwide":
				c |= cueWorld
			case "if", "unless":
				c |= cueIf
			case "contribution", "contributions", "contributed":
				c |= cueContribution
			}
			continue
		}
		// "export..." and "import...": six letters at least
		if len(t.text) < 6 || t.kind != tWord {
			continue
		}
		switch t.text[0] | 0x20 {
		case 'e':
			if strings.HasPrefix(x.g.word(k), "export") {
				c |= cueExport
			}
		case 'i':
			if strings.HasPrefix(x.g.word(k), "import") {
				c |= cueImport
			}
		}
	}
	x.cueSent, x.cues = s.a+1, c
	return c
}

// sentenceHas reports whether sentence s has all the cues of c.
func (x *extractor) sentenceHas(s sentence, c sentCue) bool {
	return x.sentenceCues(s)&c == c
}
