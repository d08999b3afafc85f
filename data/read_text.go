package data

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// Limits of the plain-text splitter, in bytes.
const (
	maxTitle = 160 // a longer line is never a title
	minPara  = 100 // a long paragraph line (hard-wrapped lines are shorter)
)

// SplitText splits a plain-text file into articles. source is the file's path
// (for the fallback title and Article.Source); text is its whole content.
//
// Every article's Text is a byte range of text, trimmed of surrounding white
// space, that includes the title line (but not a header block):
// text[a.Base:a.Base+len(a.Text)] == a.Text. The text is never rewritten ("\r" counts as white space). Articles
// come in text order and do not overlap; blank segments give no article.
//
// Lines end with "\n", "\r\n" or a lone "\r" (old Mac text). The file is
// first cut into sections at explicit separators: a form feed,
// or a line of three or more dashes alone. A separator belongs to no article.
// Then each section is one article unless it is written one paragraph per
// line: at least half of its non-blank lines end a sentence (. ! ? …,
// perhaps followed by a closing quote or bracket) and at least half of those
// are long (100 bytes or more; hard-wrapped lines never are). In such a
// section a headline — a short line (at most 160 bytes) that does not end a
// sentence or with , ; : and does not start with a lowercase letter — that
// comes straight after a paragraph line (no blank line between) and is
// followed by a paragraph line or the end of the section marks an article
// boundary:
//
//   - if the section starts with a title (see below), headlines start
//     articles (title first);
//   - otherwise headlines end articles (title last, as in a run of articles
//     each followed by its title); text after the last headline is one more
//     article.
//
// A title-first section takes its first line as title when it looks like a
// headline, or when it is followed by a blank line and is short (so "Could
// Yukos be a blessing in disguise?" is a title too, but a 100-byte sentence
// ending with a period is a paragraph). A first line
// starting "(untitled)" is never a title. Without a title line the title is
// the file name without its extension ("" for "-").
//
// A section may open with a header block (Title:, Date:, Source:, URL:
// lines, then a blank line; see header.go): its lines are no article's
// text, and its values are the articles' (the date and publisher of every
// article of the section, the title and URL of the first).
func SplitText(source, text string) []stats.Article {
	arts, _ := splitText(source, text)
	return arts
}

// SplitTextWarn is SplitText, also returning the header lines whose values
// were not used (a Date: that is not a date), each an *InputError warning
// naming source and the line.
func SplitTextWarn(source, text string) ([]stats.Article, []error) {
	arts, probs := splitText(source, text)
	var errs []error
	var lc lineCounter
	for _, p := range probs {
		errs = append(errs, &InputError{Path: source, Line: lc.lineAt(text, 0, p.off), Err: p.err, Warning: true})
	}
	return arts, errs
}

// splitText is SplitText, with the problems of the header blocks.
func splitText(source, text string) ([]stats.Article, []headerProblem) {
	var arts []stats.Article
	var probs []headerProblem
	for _, sec := range sections(text) {
		h, body := readHeader(text, sec)
		probs = append(probs, h.problems...)
		arts = appendSection(arts, source, text, body, &h)
	}
	return arts, probs
}

// appendSection appends the articles of lines, a section (after its header
// block) or the part of one, to arts, with the values of the section's
// header h.
func appendSection(arts []stats.Article, source, text string, lines []line, h *header) []stats.Article {
	for _, r := range splitSection(lines) {
		a := article(source, text, r)
		h.apply(&a)
		if a.Date == "" {
			if d, pub := closingDateline(a.Text); d != "" {
				a.Date = d
				if a.Publisher == "" {
					a.Publisher = pub
				}
			}
		}
		arts = append(arts, a)
	}
	return arts
}

// lineCounter numbers the lines of a text read from its start: n line
// breaks ("\n", or "\r" not followed by "\n") are before offset off.
type lineCounter struct{ off, n int }

// lineAt returns the 1-based line number of offset to, counting on from
// where the last call stopped (to never goes back). text is the text from
// offset base on, and holds the bytes from c.off to to.
func (c *lineCounter) lineAt(text string, base, to int) int {
	if to > c.off {
		s := text[c.off-base : to-base]
		c.n += strings.Count(s, "\n")
		if strings.IndexByte(s, '\r') >= 0 {
			c.n += strings.Count(s, "\r") - strings.Count(s, "\r\n")
		}
		c.off = to
	}
	return c.n + 1
}

// span is a range [start, end) of the text.
type span struct{ start, end int }

// line is one line of the text: its content without "\n", and the same
// trimmed of white space.
type line struct {
	span
	trim string
}

func (l line) blank() bool { return l.trim == "" }

// articleSpan is the lines of one article, and which of them (if any) is the
// title, as an index into lines.
type articleSpan struct {
	lines []line
	title int // -1: none
}

// sections cuts text at form feeds and dash lines and returns the lines of
// each section.
func sections(text string) [][]line {
	var secs [][]line
	var cur []line
	flush := func() {
		if len(cur) > 0 {
			secs = append(secs, cur)
		}
		cur = nil
	}
	for start := 0; start <= len(text); {
		end := lineBreak(text[start:])
		next := 0
		if end < 0 {
			end, next = len(text), len(text)+1
		} else {
			end += start
			next = end + 1
		}
		l := line{span: span{start, end}, trim: trimSpace(text[start:end])}
		if isDashes(l.trim) {
			flush()
		} else {
			cur = append(cur, l)
		}
		if end < len(text) && text[end] == '\f' {
			flush()
		}
		start = next
	}
	flush()
	return secs
}

// lineBreak returns the index of the first line break in s — "\n", "\f",
// or a "\r" that is not followed by "\n" (old Mac line ends) — or -1. In
// "\r\n" the "\n" is the break; the "\r" is trimmed as white space.
func lineBreak(s string) int {
	off := 0
	for {
		i := strings.IndexAny(s[off:], "\n\f\r")
		if i < 0 {
			return -1
		}
		i += off
		if s[i] != '\r' || i+1 == len(s) || s[i+1] != '\n' {
			return i
		}
		off = i + 1
	}
}

// isDashes reports whether s is three or more dashes.
func isDashes(s string) bool {
	return len(s) >= 3 && strings.Trim(s, "-") == ""
}

// splitSection splits the lines of one section into articles.
func splitSection(lines []line) []articleSpan {
	lines = trimBlank(lines)
	if len(lines) == 0 {
		return nil
	}
	whole := []articleSpan{{lines: lines, title: firstLineTitle(lines)}}
	if !paragraphPerLine(lines) {
		return whole
	}
	// Lines at which a headline marks an article boundary.
	var heads []int
	for i := 1; i < len(lines); i++ {
		if !isHeadline(lines[i].trim) || lines[i-1].blank() || !endsSentence(lines[i-1].trim) {
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].blank() {
			j++
		}
		if j == len(lines) || endsSentence(lines[j].trim) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return whole
	}
	var arts []articleSpan
	if firstLineTitle(lines) == 0 {
		// Title first: each headline starts an article. A headline at the
		// very end starts nothing and stays with the previous article.
		if heads[len(heads)-1] == len(lines)-1 {
			heads = heads[:len(heads)-1]
		}
		start := 0
		for _, h := range append(heads, len(lines)) {
			arts = append(arts, articleSpan{lines: trimBlank(lines[start:h]), title: 0})
			start = h
		}
		return arts
	}
	// Title last: each headline ends an article.
	start := 0
	for _, h := range heads {
		seg := trimBlank(lines[start : h+1])
		arts = append(arts, articleSpan{lines: seg, title: len(seg) - 1})
		start = h + 1
	}
	if rest := trimBlank(lines[start:]); len(rest) > 0 {
		arts = append(arts, articleSpan{lines: rest, title: firstLineTitle(rest)})
	}
	return arts
}

// trimBlank drops leading and trailing blank lines.
func trimBlank(lines []line) []line {
	for len(lines) > 0 && lines[0].blank() {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1].blank() {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// firstLineTitle returns 0 if the first line is a title, else -1.
func firstLineTitle(lines []line) int {
	t := lines[0].trim
	if strings.HasPrefix(strings.ToLower(t), "(untitled)") {
		return -1
	}
	if isHeadline(t) {
		return 0
	}
	// A first line followed by a blank line ("Title\n\nBody") is a title
	// even with final punctuation ("Could Yukos be a blessing in
	// disguise?", "Karsts, kiwifruit and big data."), unless it is as long
	// as a paragraph line and ends with a period.
	if len(lines) > 1 && lines[1].blank() && len(t) <= maxTitle && !strings.HasSuffix(t, ",") &&
		(len(t) < minPara || !strings.HasSuffix(trimClosers(t), ".")) {
		return 0
	}
	return -1
}

// paragraphPerLine reports whether a section is written one paragraph per
// line: at least half of its lines end a sentence, and at least half of
// those are long.
func paragraphPerLine(lines []line) bool {
	nonBlank, ending, long := 0, 0, 0
	for _, l := range lines {
		if l.blank() {
			continue
		}
		nonBlank++
		if endsSentence(l.trim) {
			ending++
			if len(l.trim) >= minPara {
				long++
			}
		}
	}
	return ending > 0 && 2*ending >= nonBlank && 2*long >= ending
}

// isHeadline reports whether a trimmed line looks like a headline: short,
// with a letter, not starting in lowercase, not ending a sentence or with
// a comma, semicolon or colon.
func isHeadline(s string) bool {
	if s == "" || len(s) > maxTitle || endsSentence(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "#\"'“‘([ "))
	if unicode.IsLower(first) {
		return false
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(trimClosers(s))
	return !strings.ContainsRune(",;:", last)
}

// endsSentence reports whether a trimmed line ends with sentence punctuation,
// perhaps followed by closing quotes or brackets.
func endsSentence(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(trimClosers(s))
	return strings.ContainsRune(".!?…。！？", last)
}

// trimClosers drops closing quotes and brackets from the end of s.
func trimClosers(s string) string {
	return strings.TrimRight(s, "\"')]”’»")
}

// article builds the article for lines of text.
func article(source, text string, r articleSpan) stats.Article {
	first, last := r.lines[0], r.lines[len(r.lines)-1]
	start := first.start + len(text[first.start:first.end]) - len(strings.TrimLeftFunc(text[first.start:first.end], isSpace))
	end := last.start + len(strings.TrimRightFunc(text[last.start:last.end], isSpace))
	a := stats.Article{
		Source: source,
		Text:   text[start:end],
		Base:   start,
	}
	a.ID = stats.ArticleID(a.Text)
	if r.title >= 0 {
		a.Title = cleanTitle(r.lines[r.title].trim)
	}
	if a.Title == "" && source != "-" {
		base := filepath.Base(source)
		a.Title = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return a
}

// cleanTitle drops a Markdown heading marker ("## Title").
func cleanTitle(t string) string {
	if s := strings.TrimLeft(t, "#"); len(s) < len(t) && strings.HasPrefix(s, " ") {
		return strings.TrimSpace(s)
	}
	return t
}

// isSpace reports whether r is white space, counting a byte-order mark.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// trimSpace trims white space (and byte-order marks) from both ends of s.
func trimSpace(s string) string { return strings.TrimFunc(s, isSpace) }
