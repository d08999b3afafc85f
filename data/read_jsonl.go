package data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// maxLineBytes is the longest JSON Lines record read; a longer line is
// reported and skipped. A record is held whole, and its body again as a
// string: at 64 MiB, the most memory a record takes stays near the soft
// limit the command sets (256 MiB). A variable so tests can lower it.
var maxLineBytes = 64 << 20

// bodyKeys are the record fields that may hold the article text, in order of
// preference.
var bodyKeys = []string{"body", "text", "content"}

// jsonl streams the records of a JSON Lines file, one article per line.
// Blank lines are skipped; a malformed line is reported with its line number
// and skipped.
func (w *walker) jsonl(path string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var buf recordBuf // the fast path's, from record to record
	for n := 1; ; n++ {
		line, err := readLine(br, maxLineBytes)
		if errors.Is(err, errLineTooLong) {
			w.warn(path, n, err)
			continue
		}
		if err != nil && err != io.EOF {
			w.warn(path, n, err)
			return nil
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if len(bytes.TrimSpace(line)) > 0 {
			a, perr := parseRecordBuf(line, &buf)
			if perr != nil {
				w.warn(path, n, perr)
			} else {
				a.Source = path
				if ferr := w.fn(a); ferr != nil {
					return ferr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

var errLineTooLong = fmt.Errorf("line %w", errTooLarge(maxLineBytes))

// readLine returns the next line of br without its line ending. At the end of
// the input it returns the last (possibly empty) line with io.EOF. A line
// longer than max is consumed and errLineTooLong returned. The line may be
// br's own buffer: it is valid until the next read from br.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for first := true; ; first = false {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			switch {
			case len(line)+len(frag) > max+2: // +2: the "\r\n" is not counted
				tooLong, line = true, nil
			case first && err != bufio.ErrBufferFull:
				line = frag // all in br's buffer: not copied
			default:
				line = append(line, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong && err == nil {
			return nil, errLineTooLong
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if tooLong {
			return nil, errLineTooLong
		}
		return line, err
	}
}

// parseRecord turns one JSON Lines record into an article (without Source).
// Well-formed records take the fast path (fastRecord); anything unusual is
// left to encoding/json (parseRecordSlow), which gives the same article.
func parseRecord(line []byte) (*stats.Article, error) {
	var buf recordBuf
	return parseRecordBuf(line, &buf)
}

// recordBuf is what the fast path keeps from record to record: its
// buffer (see fastRecordBuf) and the last Reuters day it converted.
type recordBuf struct {
	scratch []byte
	days    dayCache
}

// parseRecordBuf is parseRecord with what the fast path keeps from
// record to record (see fastRecordBuf).
func parseRecordBuf(line []byte, buf *recordBuf) (*stats.Article, error) {
	if f, ok := fastRecordBuf(line, buf); ok {
		return f.article()
	}
	return parseRecordSlow(line)
}

// errNoBody is the problem with a record without a body field.
var errNoBody = errors.New(`no body field ("body", "text" or "content")`)

// parseRecordSlow is parseRecord with encoding/json.
func parseRecordSlow(line []byte) (*stats.Article, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, fmt.Errorf("record is a JSON %s, not an object", ute.Value)
		}
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if rec == nil {
		return nil, errors.New("record is null, not an object")
	}
	a := &stats.Article{}
	found := false
	for _, k := range bodyKeys {
		raw, ok := rec[k]
		if !ok || string(raw) == "null" {
			continue
		}
		if err := json.Unmarshal(raw, &a.Text); err != nil {
			return nil, fmt.Errorf("field %q is not a string", k)
		}
		found = true
		break
	}
	if !found {
		return nil, errNoBody
	}
	var date string
	for _, f := range []struct {
		key string
		dst *string
	}{{"title", &a.Title}, {"date", &date}, {"url", &a.URL}} {
		raw, ok := rec[f.key]
		if !ok || string(raw) == "null" {
			continue
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return nil, fmt.Errorf("field %q is not a string", f.key)
		}
	}
	// The publisher: a "publisher" string, else a "source" string; other
	// values (a {"name": ...} object) are ignored.
	for _, key := range []string{"publisher", "source"} {
		var p string
		if raw, ok := rec[key]; ok && raw[0] == '"' && json.Unmarshal(raw, &p) == nil {
			a.Publisher = p
			break
		}
	}
	return finishArticle(a, date), nil
}

// finishArticle completes the article a of a record, which has the record's
// Text, Title and URL, with its date field.
func finishArticle(a *stats.Article, date string) *stats.Article {
	return finishArticleISO(a, isoDate(date))
}

// finishArticleISO is finishArticle with the date field converted already
// (isoDate).
func finishArticleISO(a *stats.Article, iso string) *stats.Article {
	a.Title = cell(a.Title) // one line, as the titles of pages and feeds
	a.Publisher = cell(a.Publisher)
	a.Date = iso
	// The record's own "id" (a number or string) is not kept: Article has no
	// field for it, and ids must be stable across sources. Derive the id from
	// the text, or from the title when the body is empty (Reuters briefs),
	// so that such articles still get distinct ids.
	if a.Text != "" {
		a.ID = stats.ArticleID(a.Text)
	} else {
		a.ID = stats.ArticleID(a.Title)
	}
	return a
}

// dateLayouts are the other date forms recognised, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
}

// isoDate normalises a date to ISO 8601 ("1987-02-26"). Year-month and
// year-only dates are kept as they are ("2019-07", "2019"). Anything it
// does not recognise becomes "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d, ok := reutersDayISO(s); ok {
		return d
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, layout := range []string{"2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s
		}
	}
	return ""
}
