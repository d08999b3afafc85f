package stats

// clauseWords start a new clause after a comma.
var clauseWords = map[string]bool{
	"while": true, "whereas": true, "but": true, "although": true, "though": true,
	"and": true, "as": true, "since": true, "because": true, "when": true, "after": true,
	"before": true, "unless": true, "if": true,
}

// subordinators start a subordinate clause when a subject follows them:
// "since US President Donald Trump hiked tariffs", "because the yen
// rose", "after it grew".
var subordinators = map[string]bool{
	"since": true, "because": true, "when": true, "after": true, "before": true,
	"unless": true, "if": true, "although": true, "though": true, "whereas": true, "while": true,
}

// lxSubjectStart marks the subjectStarts, lxFigureEnd the figureEnds.
const (
	lxSubjectStart lexClass = 1 << 46
	lxFigureEnd    lexClass = 1 << 47
)

func init() {
	lexPartSets[lxSubjectStart] = func() []string { return trueKeys(subjectStarts) }
	lexPartSets[lxFigureEnd] = func() []string { return trueKeys(figureEnds) }
}

// subjectStarts are the words that may open a clause's subject.
var subjectStarts = map[string]bool{
	"the": true, "it": true, "its": true, "he": true, "she": true, "they": true, "we": true,
	"this": true, "these": true, "those": true, "there": true, "their": true, "his": true, "her": true,
}

// clauseBreak reports whether a new clause starts after toks[k], a token
// of the sentence of tokens [sa, sb). Only punctuation and clause words
// ("and", "but", "while") may break a clause: callers test that first.
func (x *extractor) clauseBreak(k, sa, sb int) bool {
	t := &x.toks[k]
	if t.kind == tPunct { // (most calls: a comma)
		return t.text == ";" || t.text == "," && k+1 < sb && x.g.is(k+1, lxClauseWord)
	}
	if len(t.text) > 8 || t.text == "" {
		return false // not "and", "but", "while", "because"
	}
	if c := t.text[0] | 0x20; c != 'a' && c != 'b' && c != 'w' && c != 's' && c != 'u' && c != 'i' && c != 't' {
		return false
	}
	// "the tax chief confirmed that growth had topped 9%": a reported clause
	if t.kind == tWord && t.text == "that" && k > sa && k+1 < sb && x.g.is(k-1, lxReporting) {
		return true
	}
	// "since US President Donald Trump hiked tariffs": a subordinate
	// clause starts after the conjunction when a subject follows it
	if t.kind == tWord && k+1 < sb && x.toks[k+1].kind == tWord && t.cls&lxSubordinator != 0 {
		n := &x.toks[k+1]
		if n.cls&lxSubjectStart != 0 || isUpper(n.text) && n.cls&(lxMonth|lxWeekday) == 0 && x.g.word(k+1) != "i" {
			return true
		}
	}
	// "the US was ahead with 20.5% and China came second", "exports rose
	// 27 pct to 7.28 billion dlrs and imports fell 5.1 pct": a new subject
	// after a figure starts a clause; so does a reporting verb ("cut rates
	// to 4.25% and said growth ...")
	if t.kind == tWord && (t.text == "and" || t.text == "but" || t.text == "while") && k > sa && k+1 < sb {
		p := &x.toks[k-1]
		n := &x.toks[k+1]
		if n.kind == tWord && (p.kind == tNum || p.kind == tSym && p.text == "%" || p.cls&lxFigureEnd != 0) {
			if isUpper(n.text) || !numberStart(x.g.word(k+1)) {
				return true
			}
		}
		if n.cls&lxReporting != 0 {
			return true
		}
	}
	return false
}

// figureEnds are the words a figure may end with: units, scales and
// currencies ("5.1 pct", "7.28 billion dlrs").
var figureEnds = map[string]bool{
	"pct": true, "percent": true, "dlrs": true, "dlr": true, "dollars": true, "billion": true,
	"million": true, "mln": true, "bln": true, "yen": true, "marks": true, "francs": true,
	"pounds": true, "crowns": true, "tonnes": true, "tons": true, "points": true, "baht": true,
	"yuan": true, "rupees": true, "lire": true, "guilders": true, "pesos": true, "trillion": true,
}

// numberStart reports whether a word may start a figure or a range's
// second end ("5 and six pct", "between 5 and a half").
func numberStart(w string) bool {
	if _, ok := cardinalWords[w]; ok {
		return true
	}
	switch w {
	case "a", "an", "half", "one-half", "about", "around", "some", "nearly", "almost":
		return true
	}
	return false
}
