package data

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// What an input file holds is told from its first bytes, before it is read
// as its kind: binary data (a PDF, an image, an archive, an executable, or
// anything with NUL bytes) is refused, gzip data is decompressed, and text
// in UTF-16 or Windows-1252 (Latin-1) is converted to UTF-8.

// sniffLen is how much of an input is looked at to tell binary data from
// text.
const sniffLen = 8 << 10

// decideLen is how much text, from its first non-ASCII byte, decides
// between UTF-8 and Windows-1252.
const decideLen = 64 << 10

// magics are the signatures of binary formats found among scraped files.
var magics = []struct{ prefix, what string }{
	{"%PDF-", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"RIFF", ""}, // with its form type, see binaryKind
	{"II*\x00", "a TIFF image"},
	{"MM\x00*", "a TIFF image"},
	{"PK\x03\x04", "a ZIP archive (or .docx, .xlsx, .epub)"},
	{"PK\x05\x06", "an empty ZIP archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"},
	{"\x7fELF", "an ELF executable"},
	{"\xcf\xfa\xed\xfe", "a Mach-O executable"},
	{"\xce\xfa\xed\xfe", "a Mach-O executable"},
	{"\xca\xfe\xba\xbe", "a Mach-O or Java class file"},
	{"\x00asm", "a WebAssembly module"},
	{"SQLite format 3\x00", "a SQLite database"},
	{"BZh", ""}, // bzip2 only with its block magic, see binaryKind
	{"\xfd7zXZ\x00", "xz-compressed data"},
	{"(\xb5/\xfd", "zstd-compressed data"},
	{"7z\xbc\xaf'\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
	{"OggS\x00", "an Ogg audio or video file"},
	{"\x1aE\xdf\xa3", "a Matroska or WebM video"},
	{"wOFF", "a web font"},
	{"wOF2", "a web font"},
}

// isGzipData reports whether head starts with the gzip signature.
func isGzipData(head []byte) bool {
	return len(head) >= 3 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8
}

// binaryKind returns what head, the start of an input, is if it is binary
// data rather than text: a known format ("a PDF document"), or "binary
// data" for bytes no text has (NUL bytes, or many control characters).
// It returns "" for text, UTF-16 text included.
func binaryKind(head []byte) string {
	for _, m := range magics {
		if !bytes.HasPrefix(head, []byte(m.prefix)) {
			continue
		}
		switch m.prefix {
		case "BZh":
			// "BZh9" then the block magic 0x314159265359 ("1AY&SY").
			if len(head) >= 10 && head[3] >= '1' && head[3] <= '9' && string(head[4:10]) == "1AY&SY" {
				return "bzip2-compressed data"
			}
			continue
		case "RIFF":
			// "RIFF", the size, then the form type.
			if len(head) >= 12 && strings.Contains("WEBP WAVE AVI ", string(head[8:12])) {
				return "a RIFF file (WebP image, WAV or AVI)"
			}
			continue
		}
		return m.what
	}
	if textEncodingOf(head) != encUTF8 {
		return "" // UTF-16: NUL bytes are expected
	}
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return "binary data"
		case c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b, c == 0x7f:
			controls++
		}
	}
	if controls > 0 && controls*10 > len(head) {
		return "binary data"
	}
	return ""
}

// textEncoding is the encoding of a text input.
type textEncoding int

const (
	encUTF8    textEncoding = iota // UTF-8 or ASCII, perhaps with a BOM, perhaps with invalid bytes
	encUTF16LE                     // UTF-16, little-endian
	encUTF16BE                     // UTF-16, big-endian
	encUTF32LE                     // UTF-32, little-endian
	encUTF32BE                     // UTF-32, big-endian
)

// textEncodingOf tells UTF-16 and UTF-32 text from the start of an input:
// by its byte-order mark, or, without one, by the NUL bytes that every
// other byte of mostly-ASCII UTF-16 text is (three bytes in four of
// UTF-32). Anything else is (taken as) UTF-8 here; Windows-1252 is told
// later (see textReader).
func textEncodingOf(head []byte) textEncoding {
	switch {
	case bytes.HasPrefix(head, []byte("\xff\xfe\x00\x00")):
		return encUTF32LE // before UTF-16's mark, which it starts with
	case bytes.HasPrefix(head, []byte("\x00\x00\xfe\xff")):
		return encUTF32BE
	case bytes.HasPrefix(head, []byte("\xff\xfe")):
		return encUTF16LE
	case bytes.HasPrefix(head, []byte("\xfe\xff")):
		return encUTF16BE
	}
	if enc := utf32Of(head); enc != encUTF8 {
		return enc
	}
	n := len(head) &^ 1
	if n < 8 {
		return encUTF8
	}
	var zeros [2]int // NUL bytes at even and odd offsets
	for i := 0; i < n; i++ {
		if head[i] == 0 {
			zeros[i&1]++
		}
	}
	pairs := n / 2
	switch {
	case zeros[1]*10 >= pairs*9 && zeros[0] == 0:
		return encUTF16LE
	case zeros[0]*10 >= pairs*9 && zeros[1] == 0:
		return encUTF16BE
	}
	return encUTF8
}

// utf32Of tells mostly-ASCII UTF-32 text without a byte-order mark: of
// every four bytes, the three high ones are NUL (nine times in ten at
// least) and the low one never is.
func utf32Of(head []byte) textEncoding {
	n := len(head) &^ 3
	if n < 16 {
		return encUTF8
	}
	var zeros [4]int // NUL bytes at each offset modulo 4
	for i := 0; i < n; i++ {
		if head[i] == 0 {
			zeros[i&3]++
		}
	}
	most := func(i int) bool { return zeros[i]*10 >= n/4*9 }
	switch {
	case zeros[0] == 0 && most(1) && most(2) && most(3):
		return encUTF32LE
	case zeros[3] == 0 && most(0) && most(1) && most(2):
		return encUTF32BE
	}
	return encUTF8
}

// textReader returns the text read from br as UTF-8:
//
//   - UTF-16 and UTF-32 (told by textEncodingOf) are converted, without
//     their byte-order mark; unpaired surrogates, code points out of
//     range and a final incomplete unit become U+FFFD;
//   - UTF-8, with or without a byte-order mark, is passed through as it
//     is, invalid bytes included, so that offsets into the text are
//     offsets into the file;
//   - text that is not UTF-8 — more invalid than valid multi-byte
//     sequences in the 64 KiB from its first non-ASCII byte — is taken as
//     Windows-1252 (a superset of the printable Latin-1) and converted;
//     its five unassigned bytes become U+FFFD.
//
// The reader is lazy: ASCII goes through unchanged until the first byte
// that is not, where the choice between UTF-8 and Windows-1252 is made.
// br must have a buffer of at least decideLen bytes.
func textReader(br *bufio.Reader) io.Reader {
	head, _ := br.Peek(sniffLen)
	// ExpectBOM would refuse BOM-less text; UseBOM takes it off.
	switch textEncodingOf(head) {
	case encUTF16LE:
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder())
	case encUTF16BE:
		return transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder())
	case encUTF32LE:
		return transform.NewReader(br, utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewDecoder())
	case encUTF32BE:
		return transform.NewReader(br, utf32.UTF32(utf32.BigEndian, utf32.UseBOM).NewDecoder())
	}
	return &lazyText{br: br}
}

// lazyText passes ASCII through until the first non-ASCII byte, then
// decides between UTF-8 (passed through) and Windows-1252 (converted).
type lazyText struct {
	br *bufio.Reader
	r  io.Reader // the decided reader, or nil
}

func (t *lazyText) Read(p []byte) (int, error) {
	if t.r != nil {
		return t.r.Read(p)
	}
	if len(p) == 0 {
		return 0, nil
	}
	if _, err := t.br.Peek(1); err != nil {
		return 0, err
	}
	buf, _ := t.br.Peek(min(t.br.Buffered(), len(p)))
	i := asciiPrefix(buf)
	if i > 0 {
		n := copy(p, buf[:i])
		t.br.Discard(n)
		return n, nil
	}
	more, err := t.br.Peek(decideLen)
	if isWindows1252(more, err != nil) {
		t.r = transform.NewReader(t.br, charmap.Windows1252.NewDecoder())
	} else {
		t.r = t.br
	}
	return t.r.Read(p)
}

// asciiPrefix returns the length of the run of ASCII bytes b starts with,
// reading 32 bytes at a time, then eight.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32 : i+32]
		le := binary.LittleEndian
		if (le.Uint64(w)|le.Uint64(w[8:])|le.Uint64(w[16:])|le.Uint64(w[24:]))&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// isWindows1252 reports whether b, text from a non-ASCII byte on, has more
// invalid than valid multi-byte UTF-8 sequences. end says that b is the
// end of the text; otherwise a sequence cut off at the end of b is not
// counted.
func isWindows1252(b []byte, end bool) bool {
	valid, invalid := 0, 0
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		if !end && !utf8.FullRune(b) {
			break
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		b = b[size:]
	}
	return invalid > valid
}

// htmlReader returns a web page read from br as UTF-8, decoded by its
// byte-order mark (UTF-32's too), else its <meta charset>, else as UTF-8 if
// its start is valid UTF-8 and Windows-1252 if not (as browsers do). A
// page whose charset cannot be decoded (ISO-2022-KR, HZ-GB-2312: browsers
// show such a page as one replacement character) is an error.
func htmlReader(br *bufio.Reader) (io.Reader, error) {
	head, err := br.Peek(sniffLen)
	if err == nil {
		head = trimPartialRune(head) // cut off by the peek, not invalid
	}
	if enc := textEncodingOf(head); enc == encUTF32LE || enc == encUTF32BE {
		return textReader(br), nil
	}
	enc, name, _ := charset.DetermineEncoding(head, "text/html")
	switch {
	case name == "utf-8":
		return br, nil
	case name == "replacement":
		label := "its charset"
		if m := metaCharset.FindSubmatch(head[:min(len(head), 1024)]); m != nil {
			label = strconv.Quote(string(m[1]))
		}
		return nil, fmt.Errorf("cannot decode %s (not supported: convert the page to UTF-8): skipped", label)
	}
	return transform.NewReader(br, enc.NewDecoder()), nil
}

// metaCharset finds the charset a page declares, for messages.
var metaCharset = regexp.MustCompile(`(?i)charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})`)

// feedReader returns a feed read from br for the feed parser, which
// follows the encoding its XML declaration names, but not UTF-16: UTF-16
// (told as textEncodingOf tells it) is converted to UTF-8 here, and the
// declaration made to say so.
func feedReader(br *bufio.Reader) io.Reader {
	head, _ := br.Peek(sniffLen)
	if textEncodingOf(head) == encUTF8 {
		return br
	}
	dec := bufio.NewReader(textReader(br))
	head, _ = dec.Peek(512)
	end := bytes.Index(head, []byte("?>"))
	if !bytes.HasPrefix(head, []byte("<?xml")) || end < 0 {
		return dec
	}
	decl := xmlEncoding.ReplaceAll(head[:end], []byte(`encoding="UTF-8"`))
	dec.Discard(end)
	return io.MultiReader(bytes.NewReader(decl), dec)
}

// xmlEncoding matches the encoding of an XML declaration.
var xmlEncoding = regexp.MustCompile(`encoding\s*=\s*("[^"]*"|'[^']*')`)

// trimPartialRune drops an incomplete UTF-8 sequence from the end of b.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		switch {
		case b[i] < utf8.RuneSelf:
			return b
		case b[i] >= 0xc0: // the first byte of a sequence
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			return b
		}
	}
	return b
}

// errTooLarge is the problem with an input larger than limit bytes.
func errTooLarge(limit int) error {
	if limit >= 1<<20 && limit%(1<<20) == 0 {
		return fmt.Errorf("larger than %d MiB: not read", limit>>20)
	}
	return fmt.Errorf("larger than %d bytes: not read", limit)
}
