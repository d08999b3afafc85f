package data

import (
	"fmt"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// A plain-text section (a file, or the text between two separators) may
// open with a header block: lines "Key: value" whose keys are Title, Date,
// Source and URL (any case), then a blank line.
//
//	Title: Exports rise in March
//	Date: 12 April 2024
//	Source: The Daily Ledger
//	URL: https://example.com/exports
//
//	Exports rose 5.2% in March, ...
//
// The block's lines are not article text: the section's first article
// starts after it, and offsets still index the file. Its values are used
// for the section's articles: Date (normalised as isoDate does) and Source
// (the publisher) for every article of the section, Title and URL for the
// first. A block is only a block when every one of its lines has one of
// the four keys and a blank line follows; anything else is article text.

// Limits of a header block: a longer line, or more lines, is article text.
// They bound what the stream holds while it waits for a block's end.
const (
	maxHeaderLine  = 2048
	maxHeaderLines = 16
	maxHeaderBytes = maxHeaderLines * (maxHeaderLine + 2)
)

// header is the header block of a section.
type header struct {
	title, date, publisher, url string
	// used is set once the title and URL went to an article (the
	// section's first).
	used bool
	// problems are the lines of the block whose values were not used
	// (offsets into the text the block was read from).
	problems []headerProblem
}

// headerProblem is a header line that was not used, and why.
type headerProblem struct {
	off int // where the line starts
	err error
}

// headerKeys are the keys of a header block, lower-cased.
var headerKeys = []string{"title", "date", "source", "url"}

// headerLine splits a trimmed line "Key: value" with a header key into
// the lower-cased key and the trimmed value.
func headerLine(s string) (key, value string, ok bool) {
	if len(s) > maxHeaderLine {
		return "", "", false
	}
	k, v, found := strings.Cut(s, ":")
	if !found {
		return "", "", false
	}
	k = strings.ToLower(strings.TrimSpace(k))
	for _, hk := range headerKeys {
		if k == hk {
			return k, trimSpace(v), true
		}
	}
	return "", "", false
}

// readHeader reads the header block at the start of a section's lines, if
// there is one, and returns it with the lines after it; otherwise an empty
// header and lines as they are. text is what the lines index.
func readHeader(text string, lines []line) (header, []line) {
	var h header
	first := 0
	for first < len(lines) && lines[first].blank() {
		first++
	}
	end := first
	for end < len(lines) && !lines[end].blank() {
		if end-first == maxHeaderLines {
			return h, lines
		}
		if _, _, ok := headerLine(lines[end].trim); !ok {
			return h, lines
		}
		end++
	}
	if end == first || end == len(lines) {
		return h, lines // no block, or no blank line after it
	}
	seen := map[string]bool{}
	for _, l := range lines[first:end] {
		key, value, _ := headerLine(l.trim)
		bad := func(format string, args ...any) {
			h.problems = append(h.problems, headerProblem{l.start, fmt.Errorf(format, args...)})
		}
		switch {
		case seen[key]:
			bad("header repeats %s (%s); the first is used", headerName(key), cellQuote(l.trim))
			continue
		case value == "":
			continue
		}
		seen[key] = true
		switch key {
		case "title":
			h.title = cell(value)
		case "date":
			if h.date = isoDate(value); h.date == "" {
				bad("header %s is not a date (want e.g. 2024-04-12 or 12 April 2024): the article is read without it", cellQuote(l.trim))
			}
		case "source":
			h.publisher = cell(value)
		case "url":
			h.url = cell(value)
		}
	}
	return h, lines[end:]
}

// headerName is the key as written in messages: "Date:".
func headerName(key string) string {
	if key == "url" {
		return "URL:"
	}
	return strings.ToUpper(key[:1]) + key[1:] + ":"
}

// cellQuote quotes s, made one line, for a message.
func cellQuote(s string) string {
	s = cell(s)
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return fmt.Sprintf("%q", s)
}

// apply gives a, one of the section's articles in order, the header's
// values: the date and publisher to every article, the title and URL to
// the first.
func (h *header) apply(a *stats.Article) {
	if h.date != "" {
		a.Date = h.date
	}
	if h.publisher != "" {
		a.Publisher = h.publisher
	}
	if h.used {
		return
	}
	h.used = true
	if h.title != "" {
		a.Title = h.title
	}
	if h.url != "" {
		a.URL = h.url
	}
}

// headerPending reports whether s, the start of a section (up to where the
// stream has read), may still turn out to open with a header block: its
// lines so far are all header lines, within the limits, and no blank line
// has ended them yet. The stream does not cut a section while it is.
func headerPending(s string) bool {
	if len(s) > maxHeaderBytes {
		return false
	}
	s = strings.TrimLeftFunc(s, isSpace)
	for n := 0; ; n++ {
		i := lineBreak(s)
		if i < 0 {
			// a line not ended yet: it may become a header line, or
			// the blank line that ends a block of the most lines
			return len(s) <= maxHeaderLine && (n < maxHeaderLines || trimSpace(s) == "")
		}
		t := trimSpace(s[:i])
		if t == "" {
			return false // the block (if any) is complete
		}
		if _, _, ok := headerLine(t); !ok || n == maxHeaderLines {
			return false
		}
		s = s[i+1:]
	}
}
