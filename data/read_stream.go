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
	from := 0        // in sb: the start of the text not split yet
	lineStart := 0   // in sb: the start of the line being scanned
	scanned := 0     // in sb: bytes looked at for separators
	midLine := false // lineStart is inside a line cut by cutSection
	w.cont, w.inSection, w.lines = false, false, lineCounter{}
	defer func() { w.held = "" }() // the text is not kept beyond the input
	chunkp := chunkPool.Get().(*[]byte)
	defer chunkPool.Put(chunkp)
	chunk := *chunkp
	for {
		n, rerr := r.Read(chunk)
		sb.Write(chunk[:n])
		text := sb.String()
		w.held, w.heldBase = text, base
		end := len(text)
		if rerr == nil && end > 0 && text[end-1] == '\r' {
			end-- // the next byte tells "\r\n" from "\r"
		}
		// Cut after each separator: a form feed, or a line of dashes (see
		// sections). Every line break SplitText knows ends a line here.
		for i := scanned; i <= end; i++ {
			for i-from > maxSectionBytes {
				// A section this long (a data dump, a file of articles
				// told apart by headlines only, a file without line
				// breaks) is not held whole: pass on what can be told
				// apart already.
				cut, err := w.cutSection(source, text, from, i, base)
				if err != nil {
					return err
				}
				if cut == from {
					break
				}
				from = cut
				if cut > lineStart {
					lineStart, midLine = cut, true // the rest of a line is no separator
				}
			}
			if i == end {
				break
			}
			switch c := text[i]; {
			case c == '\f':
			case c == '\n' || c == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
				if midLine || !isDashes(trimSpace(text[lineStart:i])) {
					lineStart, midLine = i+1, false
					continue
				}
			default:
				continue
			}
			if err := w.splitSection(source, text[from:i+1], base+from); err != nil {
				return err
			}
			from, lineStart, midLine = i+1, i+1, false
			// a separator ends any article being continued, and the
			// section
			w.cont, w.inSection = false, false
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
			// the old one. The lines of what is dropped are counted.
			w.lines.lineAt(text, base, base+from)
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

// maxSectionBytes is the most text textStream holds before passing on
// articles without waiting for the end of the section (see cutSection). A
// variable so that tests can lower it.
var maxSectionBytes = 8 << 20

// cutSection passes on the start of a section too long to hold whole:
// text[from:end] holds no separator, and more than maxSectionBytes. When
// the whole lines in the first maxSectionBytes hold several articles (told
// apart by headlines), all but the last are passed on, and the text held
// starts at the last. Otherwise the article they begin is that long: it is
// passed on in parts, as Reader.Walk passes on any article longer than
// maxArticleBytes, cut after a line, or inside a line longer than
// maxSectionBytes/2 at a sentence end or a space; its next parts keep its
// title. cutSection returns where the text held starts.
func (w *walker) cutSection(source, text string, from, end, base int) (int, error) {
	if !w.inSection {
		// The section's header block is read first, whole: the text
		// held then starts after it.
		if headerPending(text[from:end]) {
			return from, nil
		}
		w.inSection, w.hdr = true, header{}
		// At most one section (no separator in it), none when the text so
		// far is a line of dashes not ended yet.
		if secs := sections(text[from:end]); len(secs) > 0 {
			var body []line
			w.hdr, body = readHeader(text[from:end], secs[0])
			w.headerWarnings(source, base+from)
			if len(body) < len(secs[0]) {
				return from + body[0].start, nil
			}
		}
	}
	limit := min(end, from+maxSectionBytes)
	if i := strings.LastIndexAny(text[from:limit], "\n\r"); i > maxSectionBytes/2 {
		wl := from + i + 1 // after the last whole line
		if text[wl-1] == '\r' && wl < end && text[wl] == '\n' {
			wl++
		}
		arts := w.split(source, text[from:wl], base+from)
		if n := len(arts); n >= 2 {
			if err := w.emit(source, arts[:n-1], base+from); err != nil {
				return from, err
			}
			return from + arts[n-1].Base, nil
		}
		if err := w.emit(source, arts, base+from); err != nil {
			return from, err
		}
		w.cont = len(arts) > 0 || w.cont
		return wl, nil
	}
	// a long line: cut it at a sentence end, else a space, in the second
	// half of the limit, else at a character boundary; never where the rest
	// of the line could read as a separator (see lineCutOK)
	win := text[from:limit]
	cut := -1
	for _, sep := range []string{". ", " "} {
		for j := len(win); cut < 0; {
			i := strings.LastIndex(win[:j], sep)
			if i < maxSectionBytes/2 {
				break
			}
			if c := from + i + len(sep); lineCutOK(text, c) {
				cut = c
			}
			j = i
		}
	}
	for c := limit; cut < 0 && c > from+maxSectionBytes/2; c-- {
		if utf8.RuneStart(text[c]) && lineCutOK(text, c) {
			cut = c
		}
	}
	for c := limit; cut < 0 && c < end; c++ {
		if lineCutOK(text, c) {
			cut = c // dashes and spaces, or not UTF-8, all through the window
		}
	}
	if cut < 0 {
		return from, nil // a line of dashes so far: wait for its end
	}
	if cut <= from {
		return from, nil
	}
	arts := w.split(source, text[from:cut], base+from)
	if err := w.emit(source, arts, base+from); err != nil {
		return from, err
	}
	w.cont = len(arts) > 0 || w.cont
	return cut, nil
}

// lineCutOK reports whether a line may be cut before text[i]: the rest of
// the line then starts with neither white space nor a dash, so that it
// cannot read as a line of dashes, a separator, when it is split.
func lineCutOK(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != '-' && !isSpace(r)
}

// splitSection passes on the articles of seg, the text from offset base on
// up to and including a separator or the end of the text.
func (w *walker) splitSection(source, seg string, base int) error {
	if seg == "" {
		return nil
	}
	return w.emit(source, w.split(source, seg, base), base)
}

// split splits text, the text of one section or a part of it from offset
// base on, as SplitText does. When text starts the section, its header
// block is read first (see readHeader); the section's header goes to its
// articles.
func (w *walker) split(source, text string, base int) []stats.Article {
	var arts []stats.Article
	for _, sec := range sections(text) { // at most one
		if !w.inSection {
			w.inSection = true
			w.hdr, sec = readHeader(text, sec)
			w.headerWarnings(source, base)
		}
		arts = appendSection(arts, source, text, sec, &w.hdr)
	}
	return arts
}

// headerWarnings reports the problems of w.hdr, read from the text at
// offset base on, as warnings with their line numbers.
func (w *walker) headerWarnings(source string, base int) {
	for _, p := range w.hdr.problems {
		w.warnOnly(source, w.lines.lineAt(w.held, w.heldBase, base+p.off), p.err)
	}
	w.hdr.problems = nil
}

// emit passes on arts, split from the text at offset base on. The first
// continues the last article passed on when w.cont is set (see
// cutSection), and takes its title.
func (w *walker) emit(source string, arts []stats.Article, base int) error {
	for _, a := range arts {
		a.Base += base
		if isGzip(source) {
			// SplitText's fallback title is the file name less one
			// extension: "a.txt" for "a.txt.gz". Drop the ".txt" too.
			if b := filepath.Base(source); a.Title == strings.TrimSuffix(b, filepath.Ext(b)) {
				a.Title = fileTitle(source)
			}
		}
		if w.cont {
			a.Title, w.cont = w.lastTitle, false
		}
		w.lastTitle = a.Title
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

// The longest title and publisher kept: every claim of an article carries
// them (and so do the rows of every output), so a title of megabytes —
// a JSON record's, a page's <title>, a feed item's — would be multiplied by
// the number of claims. Longer ones are cut (see capField). Plain-text
// titles are lines of at most maxTitle bytes already.
const (
	maxTitleBytes     = 500
	maxPublisherBytes = 200
)

// capArticleFields cuts the fields of a that are copied onto its claims to
// their limits.
func capArticleFields(a *stats.Article) {
	a.Title = capField(a.Title, maxTitleBytes)
	a.Publisher = capField(a.Publisher, maxPublisherBytes)
}

// capField returns s if it has at most limit bytes, else its start cut at
// the last space in the second half of the limit (else at a character
// boundary) and followed by "…", in at most limit bytes all told. The cut
// string is a new one: it keeps no reference to s.
func capField(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	const ellipsis = "…"
	cut := limit - len(ellipsis)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i >= limit/2 {
		cut = i
	}
	return strings.TrimRightFunc(s[:cut], isSpace) + ellipsis
}
