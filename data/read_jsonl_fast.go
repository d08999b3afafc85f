package data

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
	"unsafe"

	"github.com/tradestats/tradestats/stats"
)

// The fast path of parseRecord: a single-pass scanner for the common, well
// formed JSON Lines record that decodes only the fields parseRecord keeps.
// It gives up (ok false) on anything unusual (invalid JSON, a kept field
// that is neither a string nor null, invalid UTF-8, control bytes or \u
// surrogates in a string, very deep nesting) and parseRecord then falls
// back to encoding/json (parseRecordSlow), so error messages and edge cases
// are exactly those of encoding/json.

// The record fields parseRecord keeps, as indexes into recordFields; the
// body fields come first, in order of preference (as bodyKeys). The
// publisher fields come last: they are kept only when they are strings
// (any other value is skipped, as parseRecordSlow ignores it).
const (
	fieldBody = iota
	fieldText
	fieldContent
	fieldTitle
	fieldDate
	fieldURL
	fieldPublisher
	fieldSource
	numFields
)

// maxFieldKey is the length of the longest kept field name.
const maxFieldKey = len("publisher")

// maxFastDepth is the deepest nesting of arrays and objects (the record
// itself counts as 1) the fast path follows.
const maxFastDepth = 512

// recordFields are the values of the kept fields of a record. A field that
// is absent or null (which counts as absent) has has[i] false. A date in
// the Reuters form is converted as the record is read, and then is not
// in val (see dayCache).
type recordFields struct {
	val [numFields]string
	has [numFields]bool

	iso    string // the date's isoDate, when isoSet
	isoSet bool
}

// article builds the article of the record, as parseRecordSlow does.
func (f *recordFields) article() (*stats.Article, error) {
	for i := fieldBody; i <= fieldContent; i++ {
		if f.has[i] {
			a := &stats.Article{Text: f.val[i], Title: f.val[fieldTitle], URL: f.val[fieldURL],
				Publisher: f.val[fieldPublisher]}
			if !f.has[fieldPublisher] {
				a.Publisher = f.val[fieldSource]
			}
			iso := f.iso
			if !f.isoSet {
				iso = isoDate(f.val[fieldDate])
			}
			return finishArticleISO(a, iso), nil
		}
	}
	return nil, errNoBody
}

// fieldIndex returns the index of the kept field named key, or -1.
func fieldIndex(key []byte) int {
	switch string(key) {
	case "body":
		return fieldBody
	case "text":
		return fieldText
	case "content":
		return fieldContent
	case "title":
		return fieldTitle
	case "date":
		return fieldDate
	case "url":
		return fieldURL
	case "publisher":
		return fieldPublisher
	case "source":
		return fieldSource
	}
	return -1
}

// keptField is a kept field as scanned: its decoded string is
// scratch[start:end] (see fastRecordBuf); set is false for absent or null.
type keptField struct {
	start, end int
	set        bool
}

// fastRecord decodes the kept fields of a JSON object record. ok is false
// when the record is not valid JSON, not an object, has a kept field that
// is not a string or null, or anything else the fast path leaves to
// encoding/json.
func fastRecord(line []byte) (fields recordFields, ok bool) {
	var buf recordBuf
	return fastRecordBuf(line, &buf)
}

// maxScratch is the largest buffer fastRecordBuf keeps for the next
// record. A variable so that tests can lower it.
var maxScratch = 4 << 20

// fastRecordBuf is fastRecord with a buffer kept from record to record:
// the kept strings are decoded into it as they are checked (see
// scanDecode), then each is copied out once.
func fastRecordBuf(line []byte, buf *recordBuf) (fields recordFields, ok bool) {
	var kept [numFields]keptField
	// The kept strings, decoded, are never longer than the line they are
	// in: with room for it, scanDecode copies eight bytes at a time.
	scratch, keep := buf.scratch, true // keep: scratch is kept for the next record
	if cap(scratch) < len(line) {
		scratch = make([]byte, len(line))
		if keep = len(line) <= maxScratch; keep {
			buf.scratch = scratch
		}
	}
	scratch = scratch[:cap(scratch)]
	w := 0 // in scratch: the end of the strings decoded so far
	s := line
	i := skipJSONSpace(s, 0)
	if i >= len(s) || s[i] != '{' {
		return fields, false
	}
	i = skipJSONSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		i++
	} else {
		for {
			// Key.
			if i >= len(s) || s[i] != '"' {
				return fields, false
			}
			end, esc, ok := scanString(s, i+1)
			if !ok {
				return fields, false
			}
			idx := keyIndex(s[i+1:end-1], esc)
			i = skipJSONSpace(s, end)
			if i >= len(s) || s[i] != ':' {
				return fields, false
			}
			i = skipJSONSpace(s, i+1)
			// Value.
			if idx < 0 {
				if i, ok = skipValue(s, i, 1); !ok {
					return fields, false
				}
			} else if i < len(s) && s[i] == '"' {
				end, we, ok := scanDecode(s, i+1, scratch, w)
				if !ok {
					return fields, false
				}
				kept[idx] = keptField{start: w, end: we, set: true}
				i, w = end, we
			} else if hasLiteral(s, i, "null") {
				kept[idx] = keptField{}
				i += len("null")
			} else if idx >= fieldPublisher {
				// not a string: ignored
				kept[idx] = keptField{}
				if i, ok = skipValue(s, i, 1); !ok {
					return fields, false
				}
			} else {
				return fields, false
			}
			// Comma or end of object.
			i = skipJSONSpace(s, i)
			if i >= len(s) {
				return fields, false
			}
			if s[i] == '}' {
				i++
				break
			}
			if s[i] != ',' {
				return fields, false
			}
			i = skipJSONSpace(s, i+1)
		}
	}
	if skipJSONSpace(s, i) != len(s) {
		return fields, false
	}
	for k, f := range kept {
		if !f.set {
			continue
		}
		fields.has[k] = true
		if k == fieldDate {
			if fields.iso, fields.isoSet = buf.days.isoOf(scratch[f.start:f.end]); fields.isoSet {
				continue
			}
		}
		if keep || f.start == f.end {
			fields.val[k] = string(scratch[f.start:f.end])
		} else {
			// A buffer for this record only (a huge one): its strings are
			// not copied again, so that the record is not held three
			// times (line, buffer, strings).
			fields.val[k] = unsafe.String(&scratch[f.start], f.end-f.start)
		}
	}
	return fields, true
}

// keyIndex returns the index of the kept field whose name is the (valid)
// string contents raw, or -1. Escaped names are decoded on the stack.
func keyIndex(raw []byte, esc bool) int {
	if !esc {
		return fieldIndex(raw)
	}
	// An escape is at least as long as what it decodes to, and at most 6
	// bytes ("\uXXXX") for each decoded byte.
	if len(raw) > 6*maxFieldKey {
		return -1
	}
	var buf [6 * maxFieldKey]byte
	w := unescapeTo(buf[:0], raw)
	return fieldIndex(w)
}

// isJSONSpace reports whether c is JSON whitespace (the bytes above ' ',
// nearly all that are looked at, with one comparison).
func isJSONSpace(c byte) bool { return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r') }

// skipJSONSpace returns the index of the first non-whitespace byte of s at or
// after i, or len(s).
func skipJSONSpace(s []byte, i int) int {
	for i < len(s) && isJSONSpace(s[i]) {
		i++
	}
	return i
}

// hasLiteral reports whether s has lit at i.
func hasLiteral(s []byte, i int, lit string) bool {
	return len(s)-i >= len(lit) && string(s[i:i+len(lit)]) == lit
}

// skipValue checks the JSON value at s[i] (not whitespace), nested depth
// deep, and returns the index just after it.
func skipValue(s []byte, i, depth int) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	switch c := s[i]; {
	case c == '"':
		end, _, ok := scanString(s, i+1)
		return end, ok
	case c == '{' || c == '[':
		if depth >= maxFastDepth {
			return i, false
		}
		return skipContainer(s, i, depth+1)
	case c == '-' || c >= '0' && c <= '9':
		return skipNumber(s, i)
	case c == 't':
		return i + 4, hasLiteral(s, i, "true")
	case c == 'f':
		return i + 5, hasLiteral(s, i, "false")
	case c == 'n':
		return i + 4, hasLiteral(s, i, "null")
	}
	return i, false
}

// skipContainer checks the array or object at s[i], nested depth deep, and
// returns the index just after it.
func skipContainer(s []byte, i, depth int) (int, bool) {
	obj := s[i] == '{'
	closing := byte(']')
	if obj {
		closing = '}'
	}
	i = skipJSONSpace(s, i+1)
	if i < len(s) && s[i] == closing {
		return i + 1, true
	}
	for {
		var ok bool
		if obj {
			if i >= len(s) || s[i] != '"' {
				return i, false
			}
			if i, _, ok = scanString(s, i+1); !ok {
				return i, false
			}
			i = skipJSONSpace(s, i)
			if i >= len(s) || s[i] != ':' {
				return i, false
			}
			i = skipJSONSpace(s, i+1)
		}
		if i, ok = skipValue(s, i, depth); !ok {
			return i, false
		}
		i = skipJSONSpace(s, i)
		if i >= len(s) {
			return i, false
		}
		if s[i] == closing {
			return i + 1, true
		}
		if s[i] != ',' {
			return i, false
		}
		i = skipJSONSpace(s, i+1)
	}
}

// skipNumber checks the number at s[i] against the JSON grammar
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and returns the index just
// after it.
func skipNumber(s []byte, i int) (int, bool) {
	if s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = skipDigits(s, i+1)
	default:
		return i, false
	}
	if i < len(s) && s[i] == '.' {
		j := skipDigits(s, i+1)
		if j == i+1 {
			return i, false
		}
		i = j
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := skipDigits(s, i)
		if j == i {
			return i, false
		}
		i = j
	}
	return i, true
}

// skipDigits returns the index of the first non-digit of s at or after i.
func skipDigits(s []byte, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// plainByte marks the bytes that stand for themselves in a JSON string and
// need no checking: ASCII except control bytes, '"' and '\\'.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// SWAR constants for scanString: every byte 0x01, every byte 0x80.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// scanString checks the JSON string whose contents start at s[i] (just
// after the opening quote) and returns the index just after its closing
// quote and whether it has escapes. It fails on what the fast path leaves
// to encoding/json: invalid UTF-8, control bytes, invalid escapes and \u
// surrogates.
func scanString(s []byte, i int) (end int, esc, ok bool) {
	return scanStringBy(s, i, true)
}

// scanStringBy is scanString, reading plain bytes eight at a time when
// wide is set and one at a time otherwise (the tests compare the two).
func scanStringBy(s []byte, i int, wide bool) (end int, esc, ok bool) {
	for {
		// Eight plain ASCII bytes at a time: no byte with the high bit set,
		// below 0x20, '"' or '\\'.
		if wide {
			for ; i+8 <= len(s); i += 8 {
				x := binary.LittleEndian.Uint64(s[i : i+8])
				q := x ^ ('"' * lsb)
				b := x ^ ('\\' * lsb)
				if m := (x | (x - 0x20*lsb) | (q - lsb) | (b - lsb)) & msb; m != 0 {
					// The lowest flagged byte is the first that needs a
					// look (a borrow only flags bytes above it): go
					// straight to it.
					i += bits.TrailingZeros64(m) >> 3
					break
				}
			}
		}
		if i >= len(s) {
			return i, esc, false
		}
		c := s[i]
		if plainByte[c] {
			i++
			continue
		}
		switch {
		case c == '"':
			return i + 1, esc, true
		case c == '\\':
			esc = true
			if i+1 >= len(s) {
				return i, esc, false
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				r := hex4(s, i+2)
				if r < 0 || r >= 0xD800 && r < 0xE000 {
					return i, esc, false
				}
				i += 6
			default:
				return i, esc, false
			}
		case c < 0x20:
			return i, esc, false
		default:
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size == 1 {
				return i, esc, false
			}
			i += size
		}
	}
}

// scanDecode is scanString for a kept string, which it decodes as it
// checks it: into out from w on, returning the end of the decoded bytes.
// out must have room for the rest of s from w on (decoding never
// lengthens a string); without it, ok is false. The plain bytes are
// copied eight at a time, a word that holds a byte that needs a look too
// (the bytes from it on are written over).
func scanDecode(s []byte, i int, out []byte, w int) (end, wend int, ok bool) {
	if len(out)-w < len(s)-i {
		return i, w, false
	}
	le := binary.LittleEndian
	for {
		for ; i+8 <= len(s); i += 8 {
			x := le.Uint64(s[i : i+8])
			le.PutUint64(out[w:w+8], x)
			q := x ^ ('"' * lsb)
			b := x ^ ('\\' * lsb)
			if m := (x | (x - 0x20*lsb) | (q - lsb) | (b - lsb)) & msb; m != 0 {
				// The lowest flagged byte is the first that needs a look
				// (as in scanStringBy).
				k := bits.TrailingZeros64(m) >> 3
				i += k
				w += k
				break
			}
			w += 8
		}
		if i >= len(s) {
			return i, w, false
		}
		c := s[i]
		if plainByte[c] {
			out[w] = c
			i++
			w++
			continue
		}
		switch {
		case c == '"':
			return i + 1, w, true
		case c == '\\':
			if i+1 >= len(s) {
				return i, w, false
			}
			switch e := s[i+1]; e {
			case '"', '\\', '/':
				out[w] = e
			case 'b':
				out[w] = '\b'
			case 'f':
				out[w] = '\f'
			case 'n':
				out[w] = '\n'
			case 'r':
				out[w] = '\r'
			case 't':
				out[w] = '\t'
			case 'u':
				r := hex4(s, i+2)
				if r < 0 || r >= 0xD800 && r < 0xE000 {
					return i, w, false
				}
				w += utf8.EncodeRune(out[w:], r)
				i += 6
				continue
			default:
				return i, w, false
			}
			w++
			i += 2
		case c < 0x20:
			return i, w, false
		default:
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size == 1 {
				return i, w, false
			}
			w += copy(out[w:], s[i:i+size])
			i += size
		}
	}
}

// hex4 returns the value of the four hex digits at s[i], or -1.
func hex4(s []byte, i int) rune {
	if len(s)-i < 4 {
		return -1
	}
	var r rune
	for _, c := range s[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// unescapeTo appends the decoded contents raw of a JSON string checked by
// scanString to dst.
func unescapeTo(dst, raw []byte) []byte {
	for i := 0; i < len(raw); {
		if raw[i] != '\\' {
			j := bytes.IndexByte(raw[i+1:], '\\')
			if j < 0 {
				return append(dst, raw[i:]...)
			}
			dst = append(dst, raw[i:i+1+j]...)
			i += 1 + j
			continue
		}
		switch c := raw[i+1]; c {
		case 'u':
			dst = utf8.AppendRune(dst, hex4(raw, i+2))
			i += 6
			continue
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		default: // '"', '\\', '/'
			dst = append(dst, c)
		}
		i += 2
	}
	return dst
}
