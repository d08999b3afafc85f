package main

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// The errors eval --show-errors shows, and the sentences of their claims.

// errorGroup is a run of errors shown together: the errors of one kind
// (with --frames, one frame field), or all of them. shown are the indexes
// of those shown, of total.
type errorGroup struct {
	kind  string // "" for all errors, or the MISS, FALSE and SUBJ errors
	shown []int
	total int
}

// errorGroups chooses the errors --show-errors n shows: the first n, or
// with frames the first n MISS, FALSE and SUBJ errors, then the first n
// of each frame field that has errors, in the order of stats.FrameKinds.
func errorGroups(errs []stats.ScoreError, n int, frames bool) []errorGroup {
	if n == 0 {
		return nil
	}
	groups := []errorGroup{{}}
	byKind := map[string]int{} // frame kind -> index in groups
	if frames {
		for _, k := range stats.FrameKinds {
			byKind[k] = len(groups)
			groups = append(groups, errorGroup{kind: k})
		}
	}
	for i, e := range errs {
		g := &groups[0]
		if k, ok := byKind[e.Kind]; ok {
			g = &groups[k]
		}
		if g.total++; len(g.shown) < n {
			g.shown = append(g.shown, i)
		}
	}
	return slices.DeleteFunc(groups, func(g errorGroup) bool { return g.kind != "" && g.total == 0 })
}

// errorSentences returns the sentences of the claims behind the errors
// shown (indexes) of the nErrs errors of score(gold, preds): for a FALSE
// error the prediction's sentence, for the others that of a prediction
// overlapping the gold claim, else the sentence around the gold span in
// its text.
//
// A ScoreError does not say which claim it is about, and texts repeat; so
// the scoring is run again with every claim's text replaced by a tag that
// names it. Texts only appear in the messages, so this second run makes
// the same errors in the same order, and the tags say whose they are.
func errorSentences(score func([]stats.GoldFile, map[string][]stats.Claim) stats.Report,
	gold []stats.GoldFile, preds map[string][]stats.Claim, texts map[string]string, nErrs int, shown []int) []string {
	out := make([]string, len(shown))
	if len(shown) == 0 {
		return out
	}
	tagGold := make([]stats.GoldFile, len(gold))
	for fi, g := range gold {
		g.Claims = slices.Clone(g.Claims)
		for ci := range g.Claims {
			g.Claims[ci].Text = "g" + strconv.Itoa(fi) + ":" + strconv.Itoa(ci)
		}
		tagGold[fi] = g
	}
	tagPreds := make(map[string][]stats.Claim, len(preds))
	for file, ps := range preds {
		ps = slices.Clone(ps)
		for pi := range ps {
			ps[pi].Text = "p" + strconv.Itoa(pi)
		}
		tagPreds[file] = ps
	}
	tagged := score(tagGold, tagPreds).Errors
	if len(tagged) != nErrs {
		return out // cannot happen; the errors go without sentences
	}
	for i, k := range shown {
		te := tagged[k]
		var text, sentence string
		if fi, ci, ok := parseTag(te.Text); ok {
			g := &gold[fi].Claims[ci]
			text = g.Text
			for _, p := range preds[te.File] {
				if p.Start < g.End && g.Start < p.End && p.Sentence != "" {
					sentence = p.Sentence
					break
				}
			}
			if sentence == "" {
				sentence = sentenceAround(texts[te.File], g.Start, g.End)
			}
		} else if pi, err := strconv.Atoi(strings.TrimPrefix(te.Text, "p")); err == nil && pi < len(preds[te.File]) {
			p := &preds[te.File][pi]
			text, sentence = p.Text, p.Sentence
		}
		out[i] = clipAround(sentence, text, 240)
	}
	return out
}

// parseTag reads a gold claim's tag "gFILE:CLAIM".
func parseTag(tag string) (fi, ci int, ok bool) {
	rest, isGold := strings.CutPrefix(tag, "g")
	a, b, found := strings.Cut(rest, ":")
	if !isGold || !found {
		return 0, 0, false
	}
	fi, err1 := strconv.Atoi(a)
	ci, err2 := strconv.Atoi(b)
	return fi, ci, err1 == nil && err2 == nil
}

// sentenceAround returns the sentence of text around the span start-end,
// with white space folded: from after the last sentence end (". " not after
// an initial or a common abbreviation, "! ", "? ", a blank line) before
// start to the first one at or after end, at most 300 bytes either side.
func sentenceAround(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	const reach = 300
	a, lead := start, ""
	for {
		if a == 0 {
			break
		}
		if start-a >= reach {
			lead = "…"
			break
		}
		if sentenceEndsAt(text, a) {
			break
		}
		a--
	}
	b, tail := end, ""
	for {
		if b >= len(text) {
			b = len(text)
			break
		}
		if b-end >= reach {
			tail = "…"
			break
		}
		if sentenceEndsAt(text, b) {
			break
		}
		b++
	}
	for a < b && !utf8.RuneStart(text[a]) {
		a++
	}
	for b < len(text) && b > a && !utf8.RuneStart(text[b]) {
		b--
	}
	return lead + strings.Join(strings.Fields(text[a:b]), " ") + tail
}

// sentenceEndsAt reports whether a sentence ends just before text[i]:
// text[i] is white space after terminal punctuation (a period not after an
// initial or abbreviation), or text[i:] starts a blank line.
func sentenceEndsAt(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	if text[i] == '\n' && text[i-1] == '\n' {
		return true
	}
	if text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r' {
		return false
	}
	// The next sentence does not start in lower case ("3 pct. in 1989").
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i:], " \t\r\n")); unicode.IsLower(r) {
		return false
	}
	p := i - 1
	for p > 0 && strings.IndexByte(`"')`, text[p]) >= 0 {
		p--
	}
	switch text[p] {
	case '!', '?':
		return true
	case '.':
		w := p
		for w > 0 && (unicode.IsLetter(rune(text[w-1])) || text[w-1] == '.') {
			w--
		}
		word := strings.ToLower(text[w:p])
		switch {
		case word == "":
			return true // "in 1989. Officials"
		case len(word) == 1 || strings.Contains(word, "."):
			return false // an initial, "U.S."
		}
		return !sentenceAbbrevs[word]
	}
	return false
}

// sentenceAbbrevs are words whose period does not end a sentence.
var sentenceAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "co": true,
	"corp": true, "inc": true, "ltd": true, "no": true, "vs": true, "gov": true, "sen": true,
	"rep": true, "gen": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// clipAround shortens sentence to about limit characters around the first
// occurrence of text, cutting at spaces and marking the cuts with "…".
func clipAround(sentence, text string, limit int) string {
	rs := []rune(sentence)
	if len(rs) <= limit {
		return sentence
	}
	i, n := 0, utf8.RuneCountInString(text)
	if k := strings.Index(sentence, text); k >= 0 {
		i = utf8.RuneCountInString(sentence[:k])
	}
	a := max(i-(limit-n)/2, 0)
	b := min(a+limit, len(rs))
	a = max(b-limit, 0)
	// Cut at a space near the ends, outside the text.
	if a > 0 {
		for k := a; k < min(a+20, i); k++ {
			if rs[k] == ' ' {
				a = k + 1
				break
			}
		}
	}
	if b < len(rs) {
		for k := b - 1; k >= max(b-20, i+n); k-- {
			if rs[k] == ' ' {
				b = k
				break
			}
		}
	}
	s := string(rs[a:b])
	if a > 0 {
		s = "…" + s
	}
	if b < len(rs) {
		s += "…"
	}
	return s
}
