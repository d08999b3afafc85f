package stats

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// AppendClaimJSON appends the JSON encoding of c to dst: exactly the bytes
// that a json.Encoder with SetEscapeHTML(false) writes for Encode(c),
// trailing newline included (same keys and order, same omitempty rules,
// string escaping and number formatting), without reflection or
// allocations beyond growing dst.
//
// A NaN or infinite Value or Max is an error, a *json.UnsupportedValueError
// as encoding/json returns, and nothing is appended.
func AppendClaimJSON(dst []byte, c *Claim) ([]byte, error) {
	dst, err := appendClaimHead(dst, c)
	if err != nil {
		return dst, err
	}
	return appendClaimCheck(appendClaimTail(dst, c), c), nil
}

// appendClaimHead appends the fields of c up to "carried", after checking
// its numbers: the part of the encoding that differs from claim to claim.
func appendClaimHead(dst []byte, c *Claim) ([]byte, error) {
	if err := checkJSONFloat(c.Value); err != nil {
		return dst, err
	}
	if c.Max != nil {
		if err := checkJSONFloat(*c.Max); err != nil {
			return dst, err
		}
	}
	if c.Check != nil && c.Check.Reference != nil {
		if err := checkJSONFloat(*c.Check.Reference); err != nil {
			return dst, err
		}
	}
	// The keys end with the value's opening quote (appendJSONRest).
	dst = append(dst, `{"text":"`...)
	dst = appendJSONRest(dst, c.Text)
	dst = append(dst, `,"start":`...)
	dst = appendJSONInt(dst, int64(c.Start))
	dst = append(dst, `,"end":`...)
	dst = appendJSONInt(dst, int64(c.End))
	dst = append(dst, `,"value":`...)
	dst = appendJSONFloat(dst, c.Value)
	if c.Max != nil {
		dst = append(dst, `,"max":`...)
		dst = appendJSONFloat(dst, *c.Max)
	}
	dst = append(dst, `,"unit":"`...)
	dst = appendJSONRest(dst, string(c.Unit))
	dst = appendJSONOpt(dst, `,"currency":"`, c.Currency)
	dst = appendJSONOpt(dst, `,"unit_name":"`, c.UnitName)
	dst = append(dst, `,"approx":"`...)
	dst = appendJSONRest(dst, string(c.Approx))
	dst = appendJSONOpt(dst, `,"item":"`, c.Item)
	dst = appendJSONOpt(dst, `,"subject":"`, c.Subject)
	dst = appendJSONOpt(dst, `,"counterpart":"`, c.Counterpart)
	dst = appendJSONOpt(dst, `,"metric":"`, c.Metric)
	dst = appendJSONOpt(dst, `,"indicator":"`, string(c.Indicator))
	dst = appendJSONOpt(dst, `,"period":"`, c.Period)
	dst = appendJSONOpt(dst, `,"outlook":"`, string(c.Outlook))
	dst = appendJSONOpt(dst, `,"change":"`, string(c.Change))
	dst = appendJSONOpt(dst, `,"carried":"`, c.Carried)
	return dst, nil
}

// appendClaimTail appends the last fields of c, which the claims of one
// sentence share, and the end of the object.
func appendClaimTail(dst []byte, c *Claim) []byte {
	return appendClaimSource(appendClaimSentence(dst, c), c)
}

// appendClaimSentence appends the sentence field of c.
func appendClaimSentence(dst []byte, c *Claim) []byte {
	return appendJSONRest(append(dst, `,"sentence":"`...), c.Sentence)
}

// appendClaimSource appends the fields of c that the claims of one article
// share (article, title, source, date), and the end of the object.
func appendClaimSource(dst []byte, c *Claim) []byte {
	dst = append(dst, `,"article":"`...)
	dst = appendJSONRest(dst, c.Article)
	dst = append(dst, `,"title":"`...)
	dst = appendJSONRest(dst, c.Title)
	dst = append(dst, `,"source":"`...)
	dst = appendJSONRest(dst, c.Source)
	dst = appendJSONOpt(dst, `,"publisher":"`, c.Publisher)
	dst = appendJSONOpt(dst, `,"date":"`, c.Date)
	return append(dst, "}\n"...)
}

// ClaimEncoder appends claims as AppendClaimJSON does, byte for byte, but
// encodes the last fields of a claim only when they differ from the claim
// before: its sentence, and its article, title, source and date.
// The zero value is ready to use.
type ClaimEncoder struct {
	sentence                     string
	article, title, source, date string
	publisher                    string
	sentEnc, srcEnc              []byte // the encodings of the fields above
	sentKept, srcKept            bool   // sentEnc, srcEnc hold them
}

// Append appends c's encoding to dst; on an error (a non-finite number)
// nothing is appended.
func (e *ClaimEncoder) Append(dst []byte, c *Claim) ([]byte, error) {
	dst, err := appendClaimHead(dst, c)
	if err != nil {
		return dst, err
	}
	if !e.sentKept || c.Sentence != e.sentence {
		e.sentence, e.sentEnc, e.sentKept = c.Sentence, appendClaimSentence(e.sentEnc[:0], c), true
	}
	if !e.srcKept || c.Article != e.article || c.Title != e.title || c.Source != e.source || c.Date != e.date || c.Publisher != e.publisher {
		e.article, e.title, e.source, e.date, e.publisher = c.Article, c.Title, c.Source, c.Date, c.Publisher
		e.srcEnc, e.srcKept = appendClaimSource(e.srcEnc[:0], c), true
	}
	return appendClaimCheck(append(append(dst, e.sentEnc...), e.srcEnc...), c), nil
}

// Reset forgets the fields kept, so that no article text stays referenced.
func (e *ClaimEncoder) Reset() {
	*e = ClaimEncoder{sentEnc: e.sentEnc[:0], srcEnc: e.srcEnc[:0]}
}

// checkJSONFloat returns the error encoding/json gives for f, if any.
func checkJSONFloat(f float64) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return &json.UnsupportedValueError{Value: reflect.ValueOf(f), Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	return nil
}

// appendJSONField appends key and s, an omitempty string field, unless s
// is empty.
func appendJSONField(dst []byte, key, s string) []byte {
	if s == "" {
		return dst
	}
	return appendJSONString(append(dst, key...), s)
}

// appendJSONOpt is appendJSONField with the value's opening quote at the
// end of key (appendJSONRest appends the rest).
func appendJSONOpt(dst []byte, key, s string) []byte {
	if s == "" {
		return dst
	}
	return appendJSONRest(append(dst, key...), s)
}

// appendJSONInt appends the decimal form of n, as strconv.AppendInt(dst,
// n, 10) does; the offsets and most values of claims, below 10^9, without
// its general code.
func appendJSONInt(dst []byte, n int64) []byte {
	if n < 0 || n >= 1e9 {
		return strconv.AppendInt(dst, n, 10)
	}
	var b [9]byte
	i := len(b) - 1
	u := uint32(n)
	for u >= 10 {
		q := u / 10
		b[i] = byte('0' + u - q*10)
		i--
		u = q
	}
	b[i] = byte('0' + u)
	return append(dst, b[i:]...)
}

// appendJSONFloat formats a finite f as encoding/json does for a float64:
// like ES6 number to string conversion, 'f' format unless f is tiny or
// huge, and exponents without padding.
func appendJSONFloat(dst []byte, f float64) []byte {
	// Whole numbers below 2^53 (most figures) print as integers: the
	// shortest 'f' form has no fraction. (Not -0, which prints "-0".)
	if i := int64(f); float64(i) == f && i > -1<<53 && i < 1<<53 && (i != 0 || !math.Signbit(f)) {
		return appendJSONInt(dst, i)
	}
	abs := math.Abs(f)
	if d, ok := appendShortDecimal(dst, f, abs); ok {
		return d
	}
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-07 to e-7
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// appendShortDecimal appends f, not whole, as strconv.AppendFloat(dst, f,
// 'f', -1, 64) does, when |f| is n/10^k for a whole n and k of 1 to 3 (the
// figures of news: 5.93, 0.5, -1.25) and below 10^12, without the general
// shortest-digits search: false for any other f. abs is |f|.
//
// Dividing the exact n by the exact 10^k rounds correctly, to the float64
// nearest n/10^k, the one that reading the decimal gives; so with the
// least such k that decimal reads back as f, and it is the shortest that
// does: any other decimal of at most k decimals is at least 10^-k away,
// more than the float64 spacing (below 2^-12) below 10^12.
func appendShortDecimal(dst []byte, f, abs float64) ([]byte, bool) {
	if abs < 1e-3 || abs >= 1e12 {
		return dst, false
	}
	for k, p := 1, 10.0; k <= 3; k, p = k+1, p*10 {
		n := math.Round(abs * p)
		if n/p != abs {
			continue
		}
		if f < 0 {
			dst = append(dst, '-')
		}
		u, scale := int64(n), int64(p)
		dst = appendJSONInt(dst, u/scale)
		dst = append(dst, '.')
		frac := u % scale
		for scale /= 10; scale > frac && scale > 1; scale /= 10 {
			dst = append(dst, '0') // leading zeros of the fraction
		}
		return appendJSONInt(dst, frac), true
	}
	return dst, false
}

// jsonSafe marks the ASCII bytes that encoding/json writes unescaped in a
// string when HTML escaping is off: all but control characters, '"' and
// '\\'. (DEL is written as it is.)
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

const jsonHex = "0123456789abcdef"

// appendJSONString appends s as a quoted JSON string, escaped as
// encoding/json does with HTML escaping off: \" \\ \b \f \n \r \t, other
// control characters as \u00xx, U+2028 and U+2029 as \u2028 and \u2029,
// and each invalid UTF-8 byte as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	return appendJSONRest(append(dst, '"'), s)
}

// appendJSONRest appends what follows the opening quote of the JSON
// string s (see appendJSONString): s, escaped, and the closing quote.
// Most strings need no escape, and are copied whole.
func appendJSONRest(dst []byte, s string) []byte {
	if n := len(s); n <= 16 && cap(dst)-len(dst) > 16 {
		if d, ok := appendJSONShort(dst, s); ok {
			return d
		}
	} else if jsonPlainString(s) {
		dst = append(dst, s...)
		return append(dst, '"')
	}
	return appendJSONEscaped(dst, s, 0)
}

// appendJSONShort is appendJSONRest for a string s of at most 16 bytes,
// with room for it and the quote in dst: s is checked (as jsonPlainString
// does) and copied with the same overlapping words, without a call to
// copy it. It returns false if s needs an escape.
func appendJSONShort(dst []byte, s string) ([]byte, bool) {
	n, k := len(s), len(dst)
	d := dst[k : k+n+1]
	le := binary.LittleEndian
	switch {
	case n >= 8:
		x, y := load8(s, 0), load8(s, n-8)
		if jsonUnsafe8(x) || jsonUnsafe8(y) {
			return dst, false
		}
		le.PutUint64(d, x)
		le.PutUint64(d[n-8:], y)
	case n >= 4:
		x := load4(s, 0) | load4(s, n-4)<<32
		if jsonUnsafe8(x) {
			return dst, false
		}
		le.PutUint32(d, uint32(x))
		le.PutUint32(d[n-4:], uint32(x>>32))
	case n > 0:
		a, b, c := s[0], s[n/2], s[n-1]
		if jsonUnsafe8(uint64(a) | uint64(b)<<8 | uint64(c)<<16 | ' '*0x0101010101<<24) {
			return dst, false
		}
		d[0], d[n/2], d[n-1] = a, b, c
	}
	d[n] = '"'
	return dst[:k+n+1], true
}

// jsonPlainString reports whether s needs no escape, checking eight bytes
// at a time (jsonUnsafe8): a string of eight or more by its eight-byte
// steps and its last eight bytes; a shorter one, most fields of a claim,
// in one word without a loop, from two overlapping four-byte halves, or
// below four bytes from its first, middle and last bytes padded with
// spaces (which need no escape).
func jsonPlainString(s string) bool {
	n := len(s)
	var x uint64
	switch {
	case n >= 8:
		for i := 0; i < n-8; i += 8 {
			if jsonUnsafe8(load8(s, i)) {
				return false
			}
		}
		x = load8(s, n-8)
	case n >= 4:
		x = load4(s, 0) | load4(s, n-4)<<32
	case n > 0:
		x = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | ' '*0x0101010101<<24
	default:
		return true
	}
	return !jsonUnsafe8(x)
}

// load8 returns the eight bytes of s at i as a little-endian number.
func load8(s string, i int) uint64 {
	t := s[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// load4 returns the four bytes of s at i as a little-endian number.
func load4(s string, i int) uint64 {
	t := s[i : i+4]
	return uint64(uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24)
}

// appendJSONEscaped appends the rest of the quoted JSON string s, whose
// bytes before i need no escape, and its closing quote.
func appendJSONEscaped(dst []byte, s string, i int) []byte {
	start := 0
	for i < len(s) {
		// Skip 8 bytes at a time while none needs a look.
		for ; i+8 <= len(s); i += 8 {
			if jsonUnsafe8(load8(s, i)) {
				break
			}
		}
		if i == len(s) {
			break
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', jsonHex[b>>4], jsonHex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', jsonHex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// jsonUnsafe8 reports whether one of the 8 bytes of x is not ASCII that a
// JSON string holds unescaped: a control character, '"', '\\' or a
// non-ASCII byte.
func jsonUnsafe8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// A high bit is set in x|less|quote|slash when x has a non-ASCII byte
	// (its own), a byte < 0x20 (it borrows into its high bit), or a '"' or
	// '\\' (a zero byte of x^'"' or x^'\\' borrows too). Without such a
	// byte nothing borrows and no high bit is set: the test is exact,
	// though the bits above the lowest such byte may not be.
	less := x - 0x20*ones
	quote := (x ^ '"'*ones) - ones
	slash := (x ^ '\\'*ones) - ones
	return (x|less|quote|slash)&highs != 0
}
