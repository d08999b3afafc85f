// Package phrase splits gazetteer and lexicon phrases into words, by the
// rules of the extractor's tokenizer. It is shared by the stats package and
// its generator (stats/internal/gen), so that both read phrases alike.
package phrase

import (
	"unicode"
	"unicode/utf8"
)

// Split splits a phrase into word tokens: a word is a maximal run of
// letters and digits; letters separated by periods stay one word with the
// periods, the final one included ("U.S.", "U.S.A."); an apostrophe
// followed by "s" is the word "'s"; any other character separates words.
// Digit runs are kept as words ("Group of 20").
func Split(s string) []string {
	var words []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := skipAlnum(s, i+size)
			dotted := false
			for j+1 < len(s) && s[j] == '.' {
				r2, _ := utf8.DecodeRuneInString(s[j+1:])
				if !unicode.IsLetter(r2) {
					break
				}
				j = skipAlnum(s, j+1)
				dotted = true
			}
			if dotted && j < len(s) && s[j] == '.' {
				j++
			}
			words = append(words, s[i:j])
			i = j
		case r == '\'' || r == '’':
			j := i + size
			if j < len(s) && (s[j] == 's' || s[j] == 'S') {
				r3, _ := utf8.DecodeRuneInString(s[j+1:])
				if j+1 >= len(s) || !(unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
					words = append(words, "'s")
					i = j + 1
					continue
				}
			}
			i = j
		default:
			i += size
		}
	}
	return words
}

func skipAlnum(s string, j int) int {
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	return j
}

// FoldRune maps a lower-case Latin letter with a diacritic to its base
// letter (Latin-1 Supplement and Latin Extended-A, plus ș and ț).
func FoldRune(r rune) rune {
	const latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuyty" // U+00E0..U+00FF
	const extA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
	switch {
	case r >= 0xE0 && r <= 0xFF && r != 0xF7: // not ÷
		return rune(latin1[r-0xE0])
	case r >= 0x100 && r <= 0x17F:
		return rune(extA[r-0x100])
	case r == 'ș':
		return 's'
	case r == 'ț':
		return 't'
	}
	return r
}
