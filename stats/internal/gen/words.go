package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"github.com/tradestats/tradestats/stats/internal/phrase"
)

// splitWords splits a phrase into word tokens by the extractor's rules
// (phrase.Split, shared with the stats package).
func splitWords(s string) []string { return phrase.Split(s) }

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

// foldRune maps a lower-case Latin letter with a diacritic to its base letter
// (phrase.FoldRune).
func foldRune(r rune) rune { return phrase.FoldRune(r) }

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
