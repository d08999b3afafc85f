package stats

import (
	"crypto/sha256"
	"encoding/hex"
	"unsafe"
)

// Article is one news article as read from a source.
//
// Text is the exact text that claim offsets refer to. For a plain-text file
// it is the article's byte range of the file (title line included, a header
// block not) and Base is where that range starts in the file, so that
// file[Base+start:Base+end] is a claim's text. For JSON Lines, HTML and feeds, Text is the article body and
// Base is 0.
type Article struct {
	ID     string // stable id derived from the text (see ArticleID)
	Source string // input path as given on the command line, "-" for stdin
	Title  string
	Date   string // ISO 8601 date ("1987-02-26") or a prefix of one ("2004"), or ""
	URL    string
	// Publisher names who published the article ("Reuters", "BBC News"),
	// from a header block, the feed, the web page or the JSON record; ""
	// when nothing says. Source is the path it was read from.
	Publisher string
	Text      string
	Base      int
}

// ArticleID returns a stable identifier for an article text: the first 16
// hex digits of its SHA-256. The same text always gets the same id, whatever
// its source, so duplicate articles are recognisable.
func ArticleID(text string) string {
	// The text's own bytes are hashed ([]byte(text) would copy it); Sum256
	// only reads them.
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(text), len(text)))
	return hex.EncodeToString(sum[:8])
}
