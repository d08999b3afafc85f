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

// cueWords are the words of the cues other than exports and imports
// (lxCue; sentenceCues reads them as they are written there).
var cueWords = []string{"world", "global", "worldwide", "if", "unless", "contribution", "contributions", "contributed"}

// sentenceCues returns the cues of sentence s, read on its first call for
// the sentence.
func (x *extractor) sentenceCues(s sentence) sentCue {
	if x.cueSent == s.a+1 {
		return x.cues
	}
	var c sentCue
	// the lower-cased words (the grammar's, "" for other tokens): a
	// dense slice, read by length and first letter
	for _, w := range x.g.lows[s.a:s.b] {
		if len(w) < 6 {
			switch w {
			case "if":
				c |= cueIf
			case "world":
				c |= cueWorld
			}
			continue
		}
		switch w[0] {
		case 'e':
			if strings.HasPrefix(w, "export") {
				c |= cueExport
			}
		case 'i':
			if strings.HasPrefix(w, "import") {
				c |= cueImport
			}
		case 'g', 'w':
			if w == "global" || w == "worldwide" {
				c |= cueWorld
			}
		case 'u':
			if w == "unless" {
				c |= cueIf
			}
		case 'c':
			switch w {
			case "contribution", "contributions", "contributed":
				c |= cueContribution
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
