package stats

// clauseWords start a new clause after a comma.
var clauseWords = map[string]bool{
	"while": true, "whereas": true, "but": true, "although": true, "though": true,
	"and": true, "as": true,
}

// clauseBreak reports whether a new clause starts after toks[k], a token
// of the sentence of tokens [sa, sb). Only punctuation and clause words
// ("and", "but", "while") may break a clause: callers test that first.
func (x *extractor) clauseBreak(k, sa, sb int) bool {
	t := &x.toks[k]
	if len(t.text) > 5 || t.text == "" {
		return false // not "and", "but", "while", ";" or ","
	}
	if c := t.text[0]; c != 'a' && c != 'b' && c != 'w' && c != ';' && c != ',' {
		return false
	}
	// "the US was ahead with 20.5% and China came second": a new subject
	// after a figure starts a clause
	if t.kind == tWord && (t.text == "and" || t.text == "but" || t.text == "while") && k > sa && k+1 < sb {
		p := &x.toks[k-1]
		if (p.kind == tNum || p.kind == tSym && p.text == "%" || x.g.word(k-1) == "pct" || x.g.word(k-1) == "percent") && isUpper(x.toks[k+1].text) {
			return true
		}
	}
	if t.kind != tPunct {
		return false
	}
	if t.text == ";" {
		return true
	}
	if t.text == "," && k+1 < sb && x.g.is(k+1, lxClauseWord) {
		return true
	}
	return false
}
