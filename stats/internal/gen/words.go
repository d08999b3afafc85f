package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitWords splits a phrase into word tokens by the extractor's rules (see
// stats/gazetteer.go, splitPhrase, which this mirrors): runs of letters and
// digits; letters separated by periods stay one word with the periods
// ("U.S."); "'s" is a word; other punctuation separates words.
func splitWords(s string) []string {
	var words []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			j = skipAlnum(s, j)
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

// phraseKey is the case- and accent-insensitive key of a phrase, used to
// find phrases that collide. It matches the runtime's normalisation.
func phraseKey(s string) string {
	words := splitWords(s)
	for i, w := range words {
		words[i] = normWord(w)
	}
	return strings.Join(words, " ")
}

// normWord lower-cases a word, folds Latin accents and drops trailing periods.
func normWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		b.WriteRune(foldRune(unicode.ToLower(r)))
	}
	s := b.String()
	for len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// foldRune maps a Latin letter with a diacritic to its base letter. The
// table is the runtime's (stats/gazetteer.go).
func foldRune(r rune) rune {
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

// tsvLine is one non-comment line of a hand-kept file.
type tsvLine struct {
	file   string
	num    int
	fields []string
}

func (l tsvLine) String() string { return fmt.Sprintf("%s:%d", l.file, l.num) }

// field returns field i or "".
func (l tsvLine) field(i int) string {
	if i < len(l.fields) {
		return strings.TrimSpace(l.fields[i])
	}
	return ""
}

// list returns field i split on "|", without empty items.
func (l tsvLine) list(i int) []string {
	var out []string
	for _, s := range strings.Split(l.field(i), "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// readTSV reads a hand-kept tab-separated file, skipping blank and "#" lines.
func readTSV(name string) ([]tsvLine, error) {
	f, err := handFiles.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return scanTSV(name, f)
}

func scanTSV(name string, f fs.File) ([]tsvLine, error) {
	var lines []tsvLine
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		lines = append(lines, tsvLine{file: name, num: n, fields: strings.Split(t, "\t")})
	}
	return lines, sc.Err()
}
