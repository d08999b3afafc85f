package stats

import (
	"strings"
	"unicode/utf8"
)

// sentence is a run of tokens toks[a:b] with its byte span in the text.
type sentence struct {
	a, b       int
	start, end int
	para       bool // starts a paragraph
}

// abbreviations whose final period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "co": true, "corp": true, "inc": true, "ltd": true, "bros": true, "no": true,
	"nos": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "lt": true, "col": true, "capt": true,
	"rev": true, "mt": true, "ft": true, "approx": true, "est": true, "dept": true, "fig": true,
	"pct": false, "plc": false, "cie": true, "messrs": true, "adm": true, "sgt": true,
	"rs": true,
}

// sentenceStarters are words that, capitalised after an abbreviation such as
// "U.S.", almost always begin a new sentence.
var sentenceStarters = map[string]bool{
	"The": true, "It": true, "He": true, "She": true, "But": true, "However": true,
	"This": true, "That": true, "They": true, "We": true, "In": true, "A": true, "An": true,
	"Its": true, "Their": true, "His": true, "Her": true, "And": true, "Meanwhile": true,
}

// splitSentences groups tokens into sentences.
func splitSentences(text string, toks []token, out []sentence) []sentence {
	out = out[:0]
	if len(toks) == 0 {
		return out
	}
	sp := splitter{out: out}
	prev := toks[0].hint
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if mayBreak(t, prev) {
			sp.at(text, toks, k)
		} else if t.hint&hPossessive != 0 {
			sp.possessive(toks, k) // "'s" (glued: gap 0)
		}
		prev = t.hint
	}
	return sp.finish(toks)
}

// splitter groups tokens into sentences as they come. Each step reads
// the tokens up to the one it is at, none after it.
type splitter struct {
	a         int // the first token of the current sentence
	lineStart int // the first token of the current line
	out       []sentence
}

// mayBreak reports whether splitter.at may have anything to do at token
// t, after a token with hint prev: a line break before t, or white space
// after terminal punctuation or a closing quote, or after a word ending
// in a period (hBreak). Most tokens are neither.
func mayBreak(t *token, prev tokHint) bool {
	// gap&^1 is nonzero for a line break (2, 3), gap&1 for spaces (1);
	// hBreak is bit 0
	return t.gap&^1|t.gap&uint8(prev&hBreak) != 0
}

// breakPunct holds the first bytes of the punctuation splitter.at ends a
// sentence after: ".", "!", "?", and the closing quotes '"', "'", "”",
// "’" (0xE2 starts the last two). A comma, the most common, is not one.
var breakPunct = [256]bool{'.': true, '!': true, '?': true, '"': true, '\'': true, 0xE2: true}

// at ends the current sentence before token k (k ≥ 1) when k starts a new
// one.
func (sp *splitter) at(text string, toks []token, k int) {
	t := &toks[k]
	if t.gap >= 2 {
		prevLine := sp.lineStart
		sp.lineStart = k
		if t.gap == 3 || lineEndsSentence(text, toks, prevLine, k) {
			sp.out = appendSentence(sp.out, toks, sp.a, k)
			sp.a = k
			return
		}
	}
	if t.gap == 0 {
		return
	}
	p := &toks[k-1]
	if p.kind == tPunct && (p.text == "." || p.text == "!" || p.text == "?") {
		if startsSentence(t) && !isAbbrevBefore(toks, k-1) {
			sp.out = appendSentence(sp.out, toks, sp.a, k)
			sp.a = k
		}
		return
	}
	// closing quote after terminal punctuation: ." or .”
	if p.kind == tPunct && (p.text == "\"" || p.text == "”" || p.text == "'" || p.text == "’") && k >= 2 {
		q := &toks[k-2]
		if q.kind == tPunct && (q.text == "." || q.text == "!" || q.text == "?") && p.glued() && startsSentence(t) {
			sp.out = appendSentence(sp.out, toks, sp.a, k)
			sp.a = k
		}
		return
	}
	// "U.S." at the end of a sentence, before a word that starts sentences
	// (and see possessive)
	if p.kind == tWord && strings.HasSuffix(p.text, ".") && t.kind == tWord && sentenceStarters[t.text] {
		sp.out = appendSentence(sp.out, toks, sp.a, k)
		sp.a = k
	}
}

// finish ends the last sentence.
func (sp *splitter) finish(toks []token) []sentence {
	return appendSentence(sp.out, toks, sp.a, len(toks))
}

func appendSentence(out []sentence, toks []token, a, b int) []sentence {
	if a >= b {
		return out
	}
	return append(out, sentence{a: a, b: b, start: toks[a].start, end: toks[b-1].end, para: toks[a].gap == 3})
}

// startsSentence reports whether t can begin a sentence.
func startsSentence(t *token) bool {
	switch t.kind {
	case tNum, tSym:
		return true
	case tWord:
		c := t.text[0]
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if c >= 0x80 { // non-ASCII letter: accept capitals only
			return strings.ToUpper(t.text[:1]) == t.text[:1]
		}
		return false
	case tPunct:
		return t.text == "\"" || t.text == "“" || t.text == "(" || t.text == "'" || t.text == "‘"
	}
	return false
}

// isAbbrevBefore reports whether the period at toks[k] ends an abbreviation.
func isAbbrevBefore(toks []token, k int) bool {
	if k == 0 || !toks[k].glued() {
		return false
	}
	w := &toks[k-1]
	if w.kind != tWord {
		return false
	}
	if len(w.text) == 1 && w.text[0] >= 'A' && w.text[0] <= 'Z' {
		return true // an initial: "John F. Kennedy"
	}
	// lower-cased in a buffer (strings.ToLower allocated for every
	// capitalised word before a period); a word longer than any
	// abbreviation is none
	if len(w.text) > maxAbbrev {
		return false
	}
	var b [maxAbbrev]byte
	for i := range len(w.text) {
		c := w.text[i]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(w.text)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return abbreviations[string(b[:len(w.text)])]
}

// maxAbbrev is the length of the longest abbreviation. (strings.ToLower
// never shortens a longer word to one: the only runes it lower-cases to
// ASCII are "İ" to "i", a byte shorter, and the Kelvin sign to "k", two
// bytes shorter; "inc" and "cie" have one "i" and no abbreviation a "k".)
const maxAbbrev = 6

// lineEndsSentence decides whether a single line break after the line
// toks[from:to] ends a sentence: the line ends with terminal punctuation, is
// a headline (no lower-case letters), or is short like a title.
func lineEndsSentence(text string, toks []token, from, to int) bool {
	last := &toks[to-1]
	if last.kind == tPunct && (last.text == "." || last.text == "!" || last.text == "?" || last.text == ":") {
		return !isAbbrevBefore(toks, to-1)
	}
	if last.kind == tPunct && (last.text == "\"" || last.text == "”") && to-2 >= from && toks[to-2].kind == tPunct {
		return true
	}
	line := text[toks[from].start:last.end]
	if !hasLowerASCII(line) {
		return true
	}
	if len(line) < 40 && startsSentence(&toks[to]) {
		return !continuesLine(last)
	}
	return false
}

// continuesLine reports whether a short line that ends with token last
// breaks a sentence rather than ending a title: its last word is a
// lower-case word no title ends with, a function word, preposition,
// reporting or common verb ("Suffield Financial Corp said the", "Acme Corp
// is raising" before "100 mln dlrs of debentures"), where a wire story's
// first line, shortened by its dateline, often ends. Table lines end with
// their figures and units ("Net 12.6 mln vs 15.8 mln"), and keep ending.
func continuesLine(last *token) bool {
	if last.kind != tWord || last.text[0] < 'a' || last.text[0] > 'z' {
		return false
	}
	switch last.text {
	case "up", "down", "off", "out":
		return false // "Sales up", "Output down": a headline's verb
	}
	if last.cls&(lxFunction|lxPrep|lxVerbLike|lxReporting|lxModal|lxChange) != 0 {
		return true
	}
	n := len(last.text)
	return n > 5 && last.text[n-3:] == "ing"
}

// hasLowerASCII reports whether s has a lower-case ASCII letter.
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// possessive ends the sentence before toks[k-1] when that is a country
// named in the possessive (toks[k] is a glued "'s") right after "U.S."
// and its like: "trade surplus with the U.S. Taiwan's 1985 surplus was".
// It runs when the "'s" is read, as the tokenizer has no look-ahead.
func (sp *splitter) possessive(toks []token, k int) {
	if k < 2 || sp.a >= k-1 || !toks[k].glued() || toks[k].text != "'s" && toks[k].text != "’s" {
		return
	}
	t, p := &toks[k-1], &toks[k-2]
	if t.gap != 1 || p.kind != tWord || !strings.HasSuffix(p.text, ".") || t.kind != tWord || t.text[0] < 'A' || t.text[0] > 'Z' {
		return
	}
	if e, ok := EntityByName(t.text); ok && e.Kind == KindCountry {
		sp.out = appendSentence(sp.out, toks, sp.a, k-1)
		sp.a = k - 1
	}
}
