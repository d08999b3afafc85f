package stats

import "strings"

// sentCue is a set of the rare words some rules look for around a claim;
// read once per sentence (readFacts), so that a rule whose words the
// sentence lacks returns without scanning its claims' neighbourhoods.
type sentCue uint16

const (
	cueWorld        sentCue = 1 << iota // "world", "global", "worldwide" (worldFigure)
	cueExport                           // a word starting with "export" (exportsAndImports)
	cueImport                           // a word starting with "import"
	cueIf                               // "if", "unless" (ifClause)
	cueContribution                     // "contribution(s)", "contributed" (contributionClause)
	cueBalance                          // a word of lxBalance: "deficit", "surplus" (balanceBefore, pointsBack)
	cueCase                             // "case" (a country's case: subject_figure)
	cueCreditors                        // "creditors" (countryCreditors)
	cueBondholders                      // "bondholders" (countryCreditors)
	cueSlash                            // "/" (fxPair: "the mark/dollar rate")
	cueAfter                            // "after", "making", "following" (continuedIndicator)
	cueMission                          // "mission(s)", "delegation(s)", "list" (missionPurchase)
	cueBorrow                           // "borrow", "borrows", "borrowed", "borrowing" (officialBorrowing)
	cueSpent                            // "spent" (spentPassive)
	cueGrowVerb                         // "grew", "expand", "contracted", "shrinks"... (growthAtRate)
)

// cueWords are the words of the cues other than exports, imports and "/"
// (lxCue).
var cueWords = []string{"world", "global", "worldwide", "if", "unless", "contribution", "contributions", "contributed",
	"case", "creditors", "bondholders", "after", "making", "following", "mission", "missions", "delegation",
	"delegations", "list", "borrow", "borrows", "borrowed", "borrowing", "spent",
	"grow", "grew", "grown", "grows", "growing", "expand", "expanded", "expands", "expanding",
	"contract", "contracted", "contracts", "contracting", "shrink", "shrank", "shrinks"}

// cueLead has the first bytes of the tokens that may be a cue without
// being of lxCue: "export...", "import..." (in any casing) and "/".
var cueLead = [256]bool{'e': true, 'E': true, 'i': true, 'I': true, '/': true}

// tokenCues returns the cues of token k (readFacts).
func (x *extractor) tokenCues(k int) sentCue {
	t := &x.toks[k]
	if t.cls&(lxCue|lxBalance) != 0 {
		var c sentCue
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
		case "case":
			c |= cueCase
		case "creditors":
			c |= cueCreditors
		case "bondholders":
			c |= cueBondholders
		case "after", "making", "following":
			c |= cueAfter
		case "mission", "missions", "delegation", "delegations", "list":
			c |= cueMission
		case "borrow", "borrows", "borrowed", "borrowing":
			c |= cueBorrow
		case "spent":
			c |= cueSpent
		case "grow", "grew", "grown", "grows", "growing", "expand", "expanded", "expands", "expanding",
			"contract", "contracted", "contracts", "contracting", "shrink", "shrank", "shrinks":
			c |= cueGrowVerb
		}
		return c
	}
	if t.kind == tPunct {
		if t.text == "/" {
			return cueSlash
		}
		return 0
	}
	// "export..." and "import...": six letters at least
	if len(t.text) < 6 || t.kind != tWord {
		return 0
	}
	switch t.text[0] | 0x20 {
	case 'e':
		if strings.HasPrefix(x.g.word(k), "export") {
			return cueExport
		}
	case 'i':
		if strings.HasPrefix(x.g.word(k), "import") {
			return cueImport
		}
	}
	return 0
}

// sentenceCues returns the cues of sentence s, read on its first call for
// the sentence.
func (x *extractor) sentenceCues(s sentence) sentCue {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	return x.frame.cues
}

// sentenceHas reports whether sentence s has all the cues of c.
// (Written out, not by sentenceCues, to be small enough to be inlined.)
func (x *extractor) sentenceHas(s sentence, c sentCue) bool {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	return x.frame.cues&c == c
}
