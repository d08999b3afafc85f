package stats

import "unicode/utf8"

// prepositions that put an entity in a modifier phrase rather than the
// subject position ("exports to Japan", "imports from Canada").
var prepositions = map[string]bool{
	"to": true, "from": true, "with": true, "in": true, "into": true, "against": true,
	"than": true, "between": true, "among": true, "by": true, "for": true, "at": true,
	"on": true, "via": true, "toward": true, "towards": true, "including": true, "like": true,
	"as": true, "of": true, "across": true, "throughout": true, "outside": true, "inside": true,
	"within": true, "over": true, "and": false, "visit": true, "visited": true,
	"behind": true, "unlike": true, "besides": true, "except": true, "excluding": true,
}

// findMentions finds the gazetteer entities of every sentence.
func (x *extractor) findMentions() {
	x.mentions = x.mentions[:0]
	x.names = reuseMap(x.names)
	x.ms.names = nameFilter{}
	x.ms.currencyAt, x.ms.originAt = 0, 0
	n := len(x.toks)
	x.clauseOf = grow32(x.clauseOf, n)
	x.clauseStart = grow32(x.clauseStart, n)
	x.cover = grow32(x.cover, n)
	x.sentM = x.sentM[:0]
	x.periodToks, x.periodEnd = x.periodToks[:0], x.periodEnd[:0]
	for si, s := range x.sents {
		first := len(x.mentions)
		x.scanSentence(s)
		next := 0 // the first token not inside a match
		for _, c := range x.gazCands {
			a := int(c)
			if a < next {
				continue
			}
			m, b, ok := x.matchEntityAt(a, s)
			if !ok {
				continue
			}
			next = b
			// "U.S. dlrs", "Australian dollars", "Hong Kong dollars": a currency
			if w := x.wordAfter(b-1, s); w < s.b && x.toks[w].kind == tWord && currencyCandidate(&x.toks[a]) && mayContinueCurrency(x.toks[w].text) {
				if _, n, _, ok := MatchCurrencyWord(x.currencyWords(a, s), 0); ok && n > m.Words {
					continue
				}
			}
			// "non-EU" (a partner, never a subject), "anti-China"
			non := false
			if a-2 >= s.a && x.g.gluedHyphen(a-1) {
				switch x.g.lw(a - 2) {
				case "non":
					non = true
				case "anti", "pro", "ex", "post", "pre":
					continue
				}
			}
			// "The Hague system", "the Paris Club": a capital inside a name
			if m.Form == FormCapital && b < s.b && capitalNameNouns[x.g.word(b)] {
				continue
			}
			mn := mention{a: a, b: b, ent: m.Entity, form: m.Form, sent: si, clause: int(x.clauseOf[a]), non: non}
			if b < s.b && isPossessive(&x.toks[b]) {
				mn.poss = true
			}
			mn.source = x.isSource(b, s)
			mn.prep = x.inPrepPhrase(a, s) || mn.source || non
			if mn.prep && !mn.source && !non && m.Form == FormAdjective && b < s.b && x.toks[b].cls&lxMetricHead != 0 && x.prepBefore(a, s) == "in" {
				mn.prep = false // "a drop in Saudi Arabian output": whose output it is
			}
			if mn.prep && !mn.source && !non && x.exportsFrom(a, s) {
				mn.prep = false // "exports from Chile totalled": Chile's exports
			}
			// lists continue a prepositional phrase: "imports from Japan, Taiwan and Korea"
			if !mn.prep && len(x.mentions) > 0 {
				last := &x.mentions[len(x.mentions)-1]
				if last.sent == si && last.prep && (a-last.b) <= 2 && (x.g.isPunct(a-1, ",") || x.g.word(a-1) == "and" || x.g.word(a-1) == "or") {
					mn.prep = true
				}
			}
			x.mentions = append(x.mentions, mn)
		}
		x.markMentions(first) // (no mention covered a token of s yet)
		if x.properNames(si, s, first) {
			x.coverMentions(first, s)
		}
		x.firmModifiers(first, s) // "UK banking group Barclays": the firm's
		x.sentM = append(x.sentM, [2]int{first, len(x.mentions)})
	}
}

// scanSentence reads the tokens of sentence s once: their clauses
// (x.clauseOf, x.clauseStart), the words a gazetteer phrase may start at
// (x.gazCands), the capitalised words (x.capitals), and the tokens a
// period may start at (x.periodToks, and x.periodEnd for the sentence).
// The loop keeps few values live, and most tokens (lower-case words
// without a class it reads, punctuation but ',' and ';') take no call.
func (x *extractor) scanSentence(s sentence) {
	toks := x.toks[:s.b]
	clauseOf, clauseStart := x.clauseOf[:s.b], x.clauseStart[:s.b]
	x.gazCands, x.capitals = x.gazCands[:0], x.capitals[:0]
	clauseN, start := int32(0), int32(s.a)
	for k := s.a; k < len(toks); k++ {
		clauseOf[k], clauseStart[k] = clauseN, start
		t := &toks[k]
		switch t.kind {
		case tWord:
			if t.cls&lxClauseWord != 0 && x.clauseBreak(k, s.a, s.b) {
				clauseN++
				start = int32(k + 1)
			}
			if c := t.text[0]; c < 'a' || c > 'z' || t.cls&(lxGazLower|lxPeriod|lxWeekday) != 0 {
				x.noteWord(t, k) // most words are lower-case, no phrase's start, no period's
			}
		case tPunct:
			if mayBreakClause(t.text) && x.clauseBreak(k, s.a, s.b) {
				clauseN++
				start = int32(k + 1)
			}
		case tNum:
			// only a year or a whole number from 1 to 31 (a day, an
			// ordinal: "22 March", "4th qtr") may start a period; parsePeriods
			// skips the other figures
			if isYearToken(t) || t.decimals == 0 && !t.commas && t.num >= 1 && t.num <= 31 {
				x.periodToks = append(x.periodToks, int32(k))
			}
		}
	}
	x.periodEnd = append(x.periodEnd, int32(len(x.periodToks)))
}

// noteWord lists word token k, t, among the gazetteer candidates, the
// capitals and the period tokens it belongs to (scanSentence).
func (x *extractor) noteWord(t *token, k int) {
	c := t.text[0]
	// gazCandidate, its ASCII tests written out
	if t.cls&lxGazLower != 0 || 'A' <= c && c <= 'Z' && t.cls&(lxGazRoot|lxNotPlain) != 0 || c >= utf8.RuneSelf && gazStartsUpper(t.text) {
		x.gazCands = append(x.gazCands, int32(k))
	}
	if 'A' <= c && c <= 'Z' { // isUpper
		x.capitals = append(x.capitals, int32(k))
	}
	if t.cls&(lxPeriod|lxWeekday) != 0 {
		x.periodToks = append(x.periodToks, int32(k))
	}
}

// mayBreakClause reports whether punctuation p may end a clause (clauseBreak
// reads only ";" and ","): its byte's bit in a mask, one test where two
// compares of the text would mispredict on the commas.
func mayBreakClause(p string) bool {
	return len(p) == 1 && clausePunct>>(p[0]&63)&1 != 0 && p[0] < 64
}

// clausePunct has the bits of ',' and ';' (mayBreakClause).
const clausePunct = 1<<',' | 1<<';'

// gazCandidate reports whether a gazetteer phrase may start at word token
// t (MatchEntity rejects any other word at once): most words are
// lower-case and start no phrase, and most capitalised words are no
// phrase's first word.
func gazCandidate(t *token) bool {
	if t.cls&lxGazLower != 0 {
		return true
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' && t.cls&(lxGazRoot|lxNotPlain) != 0
	}
	return gazStartsUpper(t.text) // not ASCII: not a plain word
}

// reuseMap empties a per-article map for the next article: cleared, or
// dropped (nil) after a big article, since clear costs as much as the
// map's largest size.
func reuseMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > 64 {
		return nil
	}
	clear(m)
	return m
}

// grow32 returns buf resized to n, zeroed.
func grow32(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// coverMentions records, for each token of s, which mention covers it.
func (x *extractor) coverMentions(first int, s sentence) {
	clear(x.cover[s.a:s.b])
	x.markMentions(first)
}

// markMentions records in x.cover the tokens of the mentions from first
// on, over entries that are 0 (findMentions cleared them all).
func (x *extractor) markMentions(first int) {
	for i := first; i < len(x.mentions); i++ {
		m := &x.mentions[i]
		for k := m.a; k < m.b; k++ {
			x.cover[k] = int32(i + 1)
		}
	}
}

// isPossessive reports whether t is the word "'s" or "’s": the tokenizer
// marks them (hPossessive), and a bit costs less to test than the texts.
func isPossessive(t *token) bool { return t.hint&hPossessive != 0 }

// mentionAt returns the mention covering token k of sentence s, or nil.
func (x *extractor) mentionAt(k int, s sentence) *mention {
	if k < s.a || k >= s.b || x.cover[k] == 0 {
		return nil
	}
	return &x.mentions[x.cover[k]-1]
}

// capitalNameNouns after a capital make it part of a name ("The Hague
// system", "the Paris Club", "the Washington consensus").
var capitalNameNouns = map[string]bool{
	"system": true, "club": true, "consensus": true, "agreement": true, "accord": true,
	"accords": true, "convention": true, "protocol": true, "round": true, "process": true,
	"declaration": true, "rules": true, "treaty": true, "summit": true, "talks": true,
	"conference": true, "court": true, "tribunal": true, "forum": true,
}

// reportingVerbs after an entity make it the source of a statement rather
// than what the figure is about ("the Commerce Department said").
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "reported": true, "reports": true, "estimated": true,
	"estimates": true, "expects": true, "expected": true, "forecast": true, "forecasts": true,
	"predicted": true, "predicts": true, "noted": true, "added": true, "told": true,
	"announced": true, "stated": true, "showed": true, "shows": true, "projected": true,
	"warned": true, "warns": true, "cautioned": true, "argued": true, "argues": true,
	"believes": true, "reckons": true, "projects": true, "stressed": true, "insisted": true,
	"confirmed": true, "observed": true, "explained": true, "quoted": true,
}

// isSource reports whether the words after an entity ending at b make it a
// reporting source: "the Statistics Bureau said", "Japan's ministry said".
func (x *extractor) isSource(b int, s sentence) bool {
	k := b
	if k < s.b && isPossessive(&x.toks[k]) {
		return false
	}
	// "Federal Reserve Bank of Atlanta said": skip the rest of a proper name
	for n := 0; k < s.b && n < 4 && x.toks[k].kind == tWord && (isUpper(x.toks[k].text) || x.g.word(k) == "of"); k, n = k+1, n+1 {
	}
	return x.g.is(k, lxReporting)
}

// inPrepPhrase reports whether the entity starting at token a is the object
// of a preposition, looking back over determiners and lower-case modifiers
// ("with newly industrialized Far East countries").
func (x *extractor) inPrepPhrase(a int, s sentence) bool {
	for p, n := a-1, 0; p >= s.a && n < 4; p, n = p-1, n+1 {
		t := &x.toks[p]
		if t.kind == tPunct {
			if t.text == "(" || x.g.gluedHyphen(p) {
				continue
			}
			return false
		}
		if t.kind != tWord {
			return false
		}
		if t.cls&lxPrep != 0 {
			return true
		}
		switch x.g.lw(p) {
		case "the", "a", "an", "both", "either", "all", "other", "its", "their", "his", "her", "our", "mainland":
			continue // "to both the European Union and ..."
		}
		if t.cls&(lxFunction|lxVerbLike|lxChange) != 0 || isUpper(t.text) {
			return false
		}
	}
	return false
}

// prepBefore returns the preposition before the entity starting at token
// a, past determiners ("in the", "to both the"), or "".
func (x *extractor) prepBefore(a int, s sentence) string {
	for p := a - 1; p >= s.a && p >= a-4; p-- {
		w := x.g.word(p)
		switch w {
		case "the", "a", "an", "both", "its", "their":
			continue
		}
		if x.toks[p].cls&lxPrep != 0 {
			return w
		}
		return ""
	}
	return ""
}

// exportsFrom reports whether the mention at token a follows "exports
// from" ("Exports from Chile totalled $8.1 billion"): the exporter, whose
// figure it is, not a partner.
func (x *extractor) exportsFrom(a int, s sentence) bool {
	p := a - 1
	if x.g.word(p) == "the" {
		p--
	}
	if p-1 < s.a || x.g.word(p) != "from" {
		return false
	}
	switch x.g.word(p - 1) {
	case "exports", "export", "shipments", "re-exports":
		return true
	}
	return false
}
