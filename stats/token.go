package stats

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters and digits starting with a letter; "U.S."; "'s"
	tNum                      // digits with optional thousands separators and decimals
	tSym                      // currency symbols and "%"
	tPunct                    // any other single non-space rune
)

// token is one lexical unit of an article with its byte span. (The fields
// are ordered to pack the struct into 56 bytes, with no padding but two
// bytes before cls: every pass of the extractor walks the token array.)
type token struct {
	start int // byte offset in the article text
	end   int
	text  string // text[start:end]
	// numbers only
	num  float64
	kind tokKind
	// gap describes the white space before the token: 0 none (glued),
	// 1 spaces only, 2 one line break, 3 a line break followed by an
	// indentation or two or more line breaks (a paragraph break).
	gap      uint8
	decimals int8     // digits after the decimal point
	commas   bool     // had thousands separators
	digits   int8     // digits before the decimal point
	vulgar   bool     // a vulgar fraction character: "½", "¾"
	hint     tokHint  // what splitSentences looks for, as the tokenizer saw it
	cls      lexClass // words only: the hot word lists it is on
}

// tokHint holds facts about a token that the tokenizer has at hand and
// splitSentences would otherwise read from its text.
type tokHint uint8

const (
	// hBreak: a sentence may end after the token (mayBreak): terminal
	// punctuation or a closing quote (a first byte in breakPunct), or a
	// word ending in a period ("U.S.").
	hBreak tokHint = 1 << iota
	// hPossessive: the word "'s" or "’s" (splitter.possessive).
	hPossessive
)

// glued reports whether nothing separates the token from the previous one.
func (t *token) glued() bool { return t.gap == 0 }

// isSym reports whether the token is one of the currency symbols or "%".
func isSymRune(r rune) bool {
	switch r {
	case '$', '%', '£', '€', '¥', '₹', '₩', '₽', '₺', '₱', '฿', '₫', '₪', '₦', '₴', '₣', '₡', '₾', '₭', '元', '¢':
		return true
	}
	return false
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' ||
		r == 0xA0 || r == 0x2009 || r == 0x202F || r == 0x2002 || r == 0x2003 || r == 0x200B || r == 0xFEFF
}

// tokenize splits text into tokens. It never fails: every non-space rune
// ends up in some token, and invalid UTF-8 bytes become punctuation.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	lex := lexicon()
	i := 0
	n := len(text)
	var gap uint8
	if n > 0 && startsToken(text) {
		gap = 3 // the first token, with nothing before it, starts a paragraph
	}
	newlines := 0
	for i < n {
		c := text[i]
		var r rune
		size := 1
		bc := byteClass[c]
		switch bc {
		case bcSpace:
			if gap == 0 {
				gap = 1
			}
			if newlines > 0 && (c == ' ' || c == '\t') {
				gap = 3 // indentation after a line break: a paragraph
			}
			i++
			continue
		case bcNewline:
			newlines++
			if newlines >= 2 || c == '\f' {
				gap = 3
			} else if gap < 2 {
				gap = 2
			}
			i++
			continue
		case bcMulti:
			r, size = utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				if gap == 0 {
					gap = 1
				}
				i += size
				continue
			}
		default:
			r = rune(c)
		}
		// the token is built in a local (its fields in registers), then
		// appended
		start := i
		tk := token{start: i, gap: gap}
		gap = 0
		newlines = 0
		switch {
		case bc == bcLetter:
			tk.kind = tWord
			digit := true // a digit in the word's first eight bytes (true: not looked)
			if i+8 <= n {
				// Most words: up to seven ASCII letters, read with one load
				// that also gives their classes. (What scanWord,
				// splitCodeDigits and classAt do for them; a word with a
				// digit, "G20", "USD10m", takes the long way.)
				b := text[i : i+8]
				x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
					uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
				stop, digits := alnum8(x)
				digit = digits != 0
				if stop != 0 {
					w := bits.TrailingZeros64(stop) >> 3 // >= 1: the first byte is a letter
					mask := ^uint64(0) >> (64 - 8*w)     // the word's bytes
					digit = digits&mask != 0
					if e := byte(x >> (8 * w)); e < utf8.RuneSelf && !(w == 1 && e == '.') && !digit { // e: text[i+w]
						i += w
						// classPacked, with its filter test here: most
						// words leave at the filter, without a call
						// (the word's bytes are letters: lower8 sets
						// their 0x20 bit)
						key := (x | 0x20*lsb8) & mask
						if h := key * shortHashMul; lex.mayHold(h) {
							tk.cls = lex.probeShort(key, h)
						}
						break
					}
				} else if i+16 <= n && !digit {
					// eight letters and more: a word of up to fifteen ASCII
					// letters ends in the next eight bytes
					b := text[i+8 : i+16]
					y := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
						uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
					if stop, digits := alnum8(y); stop != 0 {
						w := bits.TrailingZeros64(stop) >> 3 // >= 0
						mask := ^uint64(0) >> (64 - 8*w)
						if digits&mask == 0 && byte(y>>(8*w)) < utf8.RuneSelf {
							// classPacked and classLong, with their filter
							// test here (lower8 of letters, as above)
							k0, k1 := x|0x20*lsb8, (y|0x20*lsb8)&mask
							if w == 0 {
								if h := k0 * shortHashMul; lex.mayHold(h) {
									tk.cls = lex.probeShort(k0, h)
								}
							} else if h := longHash(k0, k1); lex.mayHold(h) {
								tk.cls = lex.probeLong(k0, k1, h)
							}
							i += 8 + w
							break
						}
					}
				}
			}
			var ascii bool
			i, ascii = scanWord(text, i)
			if digit || isDigit(text[i-1]) {
				i = splitCodeDigits(text, start, i) // "USD115", "USD10m", "$US55"
			}
			tk.cls = lex.classAt(text, start, i)
			if text[i-1] == '.' {
				tk.cls |= lxNotPlain
				tk.hint = hBreak // "U.S."
			} else if !ascii {
				tk.cls |= lxNotPlain
			}
		case bc == bcDigit:
			i = scanNumber(text, i, &tk)
		case c == '.' && i+1 < n && isDigit(text[i+1]) && (i == 0 || text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '(' || text[i-1] == '\t'):
			// a leading-dot decimal: ".08"
			i = scanNumber(text, i, &tk)
		case c == '\'':
			i = possessiveAt(text, i, 1, &tk, toks, lex)
		case c == '$' || c == '%':
			tk.kind = tSym
			i++
		case c < utf8.RuneSelf:
			tk.kind = tPunct
			if breakPunct[c] {
				tk.hint = hBreak
			}
			i++
		default:
			i = nonASCIIToken(text, i, r, size, &tk, toks, lex)
		}
		tk.end = i
		tk.text = text[start:i]
		toks = append(toks, tk)
		if i < n && text[i] == ' ' {
			gap = 1 // the one space after most tokens, as bcSpace reads it
			i++
		}
	}
	return toks
}

// tokenizeSentences is tokenize, then splitSentences. (Splitting while
// tokenizing, at each token as it is read, took more instructions: the
// tokenizer's loop keeps more in registers without the splitter.)
func tokenizeSentences(text string, toks []token, sents []sentence) ([]token, []sentence) {
	toks = tokenize(text, toks)
	return toks, splitSentences(text, toks, sents)
}

// startsToken reports whether a token starts at text[0], with no white
// space before it.
func startsToken(text string) bool {
	switch byteClass[text[0]] {
	case bcSpace, bcNewline:
		return false
	case bcMulti:
		r, _ := utf8.DecodeRuneInString(text)
		return !isSpaceRune(r)
	}
	return true
}

// possessiveAt reads the token at i that starts with an apostrophe of
// size bytes ("'" or "’"): "'s" after a word is a word, else the
// apostrophe is punctuation. It returns the token's end.
func possessiveAt(text string, i, size int, tk *token, toks []token, lex *lexTable) int {
	n := len(text)
	j := i + size
	if j < n && (text[j] == 's' || text[j] == 'S') && (j+1 >= n || !isWordByte(text, j+1)) && len(toks) > 0 && toks[len(toks)-1].kind == tWord && toks[len(toks)-1].end == i {
		tk.kind = tWord
		tk.cls = lex.classAt(text, i, j+1)
		if size > 1 {
			tk.cls |= lxNotPlain // "’s"
		}
		if text[j] == 's' {
			tk.hint = hPossessive
		}
		return j + 1
	}
	tk.kind = tPunct
	tk.hint = hBreak // "'" and "’" (breakPunct)
	return j
}

// nonASCIIToken reads the token at i that starts with the non-ASCII rune
// r of size bytes (rare: out of the tokenizer's loop). It returns the
// token's end.
func nonASCIIToken(text string, i int, r rune, size int, tk *token, toks []token, lex *lexTable) int {
	switch {
	case vulgarFractions[r] != 0:
		tk.kind, tk.num, tk.decimals, tk.vulgar = tNum, vulgarFractions[r], 2, true
		return i + size
	case r == '’':
		return possessiveAt(text, i, size, tk, toks, lex)
	case unicode.IsLetter(r):
		tk.kind = tWord
		end, _ := scanWord(text, i)
		end = splitCodeDigits(text, i, end)
		tk.cls = lex.classAt(text, i, end) | lxNotPlain
		return end
	case isSymRune(r):
		tk.kind = tSym
	default:
		tk.kind = tPunct
		if breakPunct[text[i]] {
			tk.hint = hBreak // "”", "’" (0xE2)
		}
	}
	return i + size
}

// Byte classes for the tokenizer.
const (
	bcOther   = iota
	bcSpace   // ' ', '\t', '\r', '\v'
	bcNewline // '\n', '\f'
	bcLetter  // ASCII letters
	bcDigit   // ASCII digits
	bcMulti   // the first byte of a multi-byte UTF-8 sequence (or an invalid byte)
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\v':
			t[c] = bcSpace
		case c == '\n' || c == '\f':
			t[c] = bcNewline
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = bcLetter
		case '0' <= c && c <= '9':
			t[c] = bcDigit
		case c >= utf8.RuneSelf:
			t[c] = bcMulti
		}
	}
	return t
}()

// splitCodeDigits ends a word like "USD115", "Rs20" or "USD10m" after its
// letters when they name a currency, and "US55" in "$US55" when the
// letters and the dollar sign before them make a symbol ("US$", "A$",
// "NZ$"), so that the figure is a token of its own.
func splitCodeDigits(text string, start, end int) int {
	k := start
	for k < end && isASCIILetter(text[k]) {
		k++
	}
	if k == start || k == end || k-start > 4 || !isDigit(text[k]) {
		return end // most words: no letters-then-digit
	}
	if currencyPrefix(text[start:k], true) != "" {
		return k
	}
	if start > 0 && text[start-1] == '$' {
		if _, ok := CurrencyBySymbol(text[start:k] + "$"); ok {
			return k
		}
	}
	return end
}

// englishCodes are ISO 4217 codes that are also English words: written in
// lower case (or alone in capitals) they are words, not currencies.
var englishCodes = map[string]bool{
	"ALL": true, "TOP": true, "PEN": true, "CUP": true, "MOP": true, "TRY": true, "BOB": true,
	"DOP": true, "SOS": true, "MAD": true, "GEL": true, "LAK": true, "AMD": true, "ANG": true,
	"BAM": true, "FIT": true, "NIO": true, "TMT": true, "AOA": true, "ERN": true,
}

// currencyPrefix returns the ISO code a word written next to a figure names
// ("USD", "usd", "Rs", "RM", "RMB"), or "". Codes that are English words
// ("ALL", "TOP") count only in capitals glued to the figure ("CAD3.03").
func currencyPrefix(w string, glued bool) string {
	if code, ok := CurrencyBySymbol(w); ok && len(w) >= 2 {
		return code
	}
	if len(w) != 3 {
		return ""
	}
	// The word in capitals, without allocating for ASCII words (most are).
	var b [3]byte
	ascii := true
	for i := range 3 {
		c := w[i]
		ascii = ascii && c < utf8.RuneSelf
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	if !ascii {
		return currencyPrefixSlow(w, glued)
	}
	c := loadCurrencies()
	if string(b[:]) != w {
		if sym, ok := c.symbols[string(b[:])]; ok && !englishCodes[string(b[:])] {
			return sym.code // "rmb"
		}
	}
	if _, ok := c.family[string(b[:])]; !ok {
		return ""
	}
	if englishCodes[string(b[:])] && !(glued && string(b[:]) == w) {
		return ""
	}
	return string(b[:])
}

// currencyPrefixSlow is currencyPrefix for a three-byte word that is not
// ASCII.
func currencyPrefixSlow(w string, glued bool) string {
	if up := strings.ToUpper(w); up != w {
		if code, ok := CurrencyBySymbol(up); ok && !englishCodes[up] {
			return code
		}
	}
	up := strings.ToUpper(w)
	if !IsCurrencyCode(up) {
		return ""
	}
	if englishCodes[up] && !(glued && w == up) {
		return ""
	}
	return up
}

// vulgarFractions are the Unicode fraction characters and their values.
var vulgarFractions = map[rune]float64{
	'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4, '⅕': 1.0 / 5,
	'⅖': 2.0 / 5, '⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 1.0 / 8,
	'⅜': 3.0 / 8, '⅝': 5.0 / 8, '⅞': 7.0 / 8,
}

// isWordByte reports whether a letter or digit starts at text[i].
func isWordByte(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanWord returns the end of the word starting at i. Runs of single letters
// separated by periods ("U.S.", "U.K.") make one word with their periods.
func scanWord(text string, i int) (end int, ascii bool) {
	start := i
	n := len(text)
	ascii = true
	// Eight bytes at a time while they are ASCII letters and digits: most
	// words end within the first eight.
	for i+8 <= n {
		b := text[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if stop := notAlnum8(x); stop != 0 {
			i += bits.TrailingZeros64(stop) >> 3
			break
		}
		i += 8
	}
	for i < n {
		c := text[i]
		if asciiAlnum[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			ascii = false
			continue
		}
		break
	}
	// abbreviation: X.Y. (single letters and periods)
	if i-start == 1 && i+2 < n && text[i] == '.' && isASCIILetter(text[i+1]) && (i+2 >= n || text[i+2] == '.') {
		j := i
		for j+1 < n && text[j] == '.' && isASCIILetter(text[j+1]) && (j+2 >= n || !isASCIILetter(text[j+2])) {
			j += 2
		}
		if j < n && text[j] == '.' {
			j++
		}
		return j, ascii
	}
	return i, ascii
}

// lsb8 has the low bit of each of eight bytes set.
const lsb8 = 0x0101010101010101

// alnum8 returns notAlnum8(x) and digit8(x), from the same work.
func alnum8(x uint64) (stop, digits uint64) {
	const lsb, msb = lsb8, 0x8080808080808080
	a := x &^ msb     // the low seven bits of each byte: no carry between bytes below
	l := a | 0x20*lsb // letters folded to lower case
	digit := (a + (0x80-'0')*lsb) &^ (a + (0x80-'9'-1)*lsb)
	letter := (l + (0x80-'a')*lsb) &^ (l + (0x80-'z'-1)*lsb)
	return ^(digit|letter)&msb | x&msb, digit &^ x & msb
}

// notAlnum8 returns the high bit of each of the 8 bytes of x that is not
// an ASCII letter or digit (non-ASCII bytes included), and no other bit.
func notAlnum8(x uint64) uint64 {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	a := x &^ msb     // the low seven bits of each byte: no carry between bytes below
	l := a | 0x20*lsb // letters folded to lower case
	digit := (a + (0x80-'0')*lsb) &^ (a + (0x80-'9'-1)*lsb)
	letter := (l + (0x80-'a')*lsb) &^ (l + (0x80-'z'-1)*lsb)
	return ^(digit|letter)&msb | x&msb
}

// digit8 returns the high bit of each of the 8 bytes of x that is an ASCII
// digit, and no other bit.
func digit8(x uint64) uint64 {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	a := x &^ msb
	return (a + (0x80-'0')*lsb) &^ (a + (0x80-'9'-1)*lsb) &^ x & msb
}

// asciiAlnum holds the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
