package data

import (
	"io"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// maxArticleBytes is the longest article text passed on whole; a longer one
// (no news article is that long: it is a data dump, or a file without line
// breaks) is cut into parts of at most this size (see splitLong). It bounds
// the extractor's memory, which grows with the length of an article. A
// variable so that tests can lower it.
var maxArticleBytes = 1 << 20

// maxPageBytes is the largest web page read, and maxFeedBytes the largest
// feed: both are parsed whole, with memory many times their size.
var (
	maxPageBytes = 16 << 20
	maxFeedBytes = 64 << 20
)

// chunkPool holds the read buffers of textStream.
var chunkPool = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// textStream reads plain text from r and passes on its articles, as
// SplitText(source, text) would give them for the whole text, one section
// at a time: memory is bounded by the largest section (the text between
// two separators), not the size of the input. A read error is reported and
// ends the input; the section being read when it happened is dropped.
func (w *walker) textStream(source string, r io.Reader) error {
	// sb holds the text from offset base on. Sections are cut from it
	// without copying: the articles' texts are substrings of it.
	var sb strings.Builder
	base := 0
	from := 0      // in sb: the start of the text not split yet
	lineStart := 0 // in sb: the start of the line being scanned
	scanned := 0   // in sb: bytes looked at for separators
	chunkp := chunkPool.Get().(*[]byte)
	defer chunkPool.Put(chunkp)
	chunk := *chunkp
	for {
		n, rerr := r.Read(chunk)
		sb.Write(chunk[:n])
		text := sb.String()
		end := len(text)
		if rerr == nil && end > 0 && text[end-1] == '\r' {
			end-- // the next byte tells "\r\n" from "\r"
		}
		// Cut after each separator: a form feed, or a line of dashes (see
		// sections). Every line break SplitText knows ends a line here.
		for i := scanned; i < end; i++ {
			switch c := text[i]; {
			case c == '\f':
			case c == '\n' || c == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
				if !isDashes(trimSpace(text[lineStart:i])) {
					lineStart = i + 1
					continue
				}
			default:
				continue
			}
			if err := w.splitSection(source, text[from:i+1], base+from); err != nil {
				return err
			}
			from, lineStart = i+1, i+1
		}
		scanned = end
		switch {
		case rerr == io.EOF:
			return w.splitSection(source, text[from:], base+from)
		case rerr != nil:
			w.warn(source, 0, rerr)
			return nil
		case from > 0:
			// Go on in a new buffer with what is left: the articles keep
			// the old one.
			rest := text[from:]
			sb = strings.Builder{}
			sb.Grow(len(rest) + len(chunk))
			sb.WriteString(rest)
			base += from
			lineStart -= from
			scanned -= from
			from = 0
		}
	}
}

// splitSection passes on the articles of seg, the text from offset base on
// up to and including a separator or the end of the text.
func (w *walker) splitSection(source, seg string, base int) error {
	if seg == "" {
		return nil
	}
	for _, a := range SplitText(source, seg) {
		a.Base += base
		if isGzip(source) {
			// SplitText's fallback title is the file name less one
			// extension: "a.txt" for "a.txt.gz". Drop the ".txt" too.
			if b := filepath.Base(source); a.Title == strings.TrimSuffix(b, filepath.Ext(b)) {
				a.Title = fileTitle(source)
			}
		}
		if err := w.fn(&a); err != nil {
			return err
		}
	}
	return nil
}

// inParts calls fn with a, or with its parts if it is longer than
// maxArticleBytes (see splitLong): each part an article with a's fields,
// its own Text, Base and ID.
func inParts(a *stats.Article, fn func(a *stats.Article) error) error {
	if len(a.Text) <= maxArticleBytes {
		return fn(a)
	}
	for _, sp := range splitLong(a.Text, maxArticleBytes) {
		p := *a
		p.Text = a.Text[sp.start:sp.end]
		p.Base = a.Base + sp.start
		p.ID = stats.ArticleID(p.Text)
		if err := fn(&p); err != nil {
			return err
		}
	}
	return nil
}

// splitLong cuts text into parts of at most limit bytes, each trimmed of
// white space, at the last paragraph break (a blank line) within the limit,
// else the last line break, else the last sentence end (". "), else the
// last white space, else the last UTF-8 character boundary — in the second
// half of the limit, so that no part is short. Blank parts are dropped.
func splitLong(text string, limit int) []span {
	var parts []span
	add := func(start, end int) {
		s := text[start:end]
		t := strings.TrimLeftFunc(s, isSpace)
		start += len(s) - len(t)
		end = start + len(strings.TrimRightFunc(t, isSpace))
		if end > start {
			parts = append(parts, span{start, end})
		}
	}
	start := 0
	for len(text)-start > limit {
		window := text[start : start+limit]
		cut := -1
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(window, sep); i >= limit/2 {
				cut = i + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = limit
			for cut > limit-utf8.UTFMax && cut > 1 && !utf8.RuneStart(text[start+cut]) {
				cut--
			}
		}
		add(start, start+cut)
		start += cut
	}
	add(start, len(text))
	return parts
}
