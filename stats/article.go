package stats

import (
	"crypto/sha256"
	"encoding/hex"
)

// Article is one news article as read from a source.
//
// Text is the exact text that claim offsets refer to. For a plain-text file
// it is the article's byte range of the file (title line included) and Base is
// where that range starts in the file, so that file[Base+start:Base+end] is a
// claim's text. For JSON Lines, HTML and feeds, Text is the article body and
// Base is 0.
type Article struct {
	ID     string // stable id derived from the text (see ArticleID)
	Source string // input path as given on the command line, "-" for stdin
	Title  string
	Date   string // ISO 8601 date ("1987-02-26") or a prefix of one ("2004"), or ""
	URL    string
	Text   string
	Base   int
}

// ArticleID returns a stable identifier for an article text: the first 16
// hex digits of its SHA-256. The same text always gets the same id, whatever
// its source, so duplicate articles are recognisable.
func ArticleID(text string) string {
	// Hashed through a small buffer: []byte(text) would copy the whole text.
	h := sha256.New()
	var buf [4096]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:8])
}
