package stats

import (
	"strings"
	"unicode"
)

// SentenceCase writes a headline in sentence case for a label: an
// all-capitals wire headline ("JAPAN SEEN CUTTING U.S. TRADE SURPLUS <X>")
// becomes "Japan seen cutting U.S. trade surplus". The first word is
// capitalised; a later word keeps the capitals it has in the context
// texts (the article's sentences: "Nakasone", "GATT") when they write it
// so more often than in lower case, or when the gazetteer knows it as a
// name or adjective ("Japanese"), or when it is an abbreviation with
// dots ("U.S."); other words are lower case. Reuters' ticker tags in
// angle brackets are dropped. A headline that is not in capitals is only
// tidied (tags dropped, spaces folded).
func SentenceCase(title string, context ...string) string {
	return (*Casing)(nil).SentenceCase(title, context...)
}

// Casing is how a body of text (the sentences of a dataset) writes its
// words: SentenceCase with it also finds the capitals of names that the
// headline's own sentences do not use ("Reagan", "Congress", "USX").
type Casing struct {
	forms map[string]string
}

// NewCasing learns the casing of words from texts, as SentenceCase does
// from its context.
func NewCasing(texts []string) *Casing {
	return &Casing{forms: caseForms(texts)}
}

// SentenceCase is SentenceCase with the casing of c for words the context
// does not write; a nil Casing has none.
func (c *Casing) SentenceCase(title string, context ...string) string {
	title = dropTags(title)
	words := splitGlued(strings.Fields(title))
	if len(words) == 0 || !shouting(words) {
		return strings.Join(words, " ")
	}
	forms := caseForms(context)
	if c != nil {
		for k, v := range c.forms {
			if _, ok := forms[k]; !ok {
				forms[k] = v
			}
		}
	}
	// Capitalised forms of the words, for the gazetteer, which wants
	// names capitalised.
	// Possessives are matched without their "'s".
	caps := make([]string, len(words))
	bare := make([]string, len(words))
	for i, w := range words {
		bare[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'S"), "'s")
		caps[i] = capitalWord(bare[i])
	}
	out := make([]string, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if m, ok := MatchEntity(bare, i); ok && m.Words > 0 {
			// Short names in capitals ("US", "UK", "EC") match as written.
			for j := i; j < i+m.Words; j++ {
				out[j] = keepShort(bare[j]) + possessiveOf(words[j])
			}
			if m.Words == 1 && strings.EqualFold(m.Entity.Name, bare[i]) {
				out[i] = m.Entity.Name + possessiveOf(words[i])
			}
			i += m.Words - 1
			continue
		}
		if m, ok := MatchEntity(caps, i); ok && m.Words > 0 {
			for j := i; j < i+m.Words; j++ {
				out[j] = caps[j] + possessiveOf(words[j])
			}
			if m.Words == 1 && strings.EqualFold(m.Entity.Name, bare[i]) {
				out[i] = m.Entity.Name + possessiveOf(words[i])
			}
			i += m.Words - 1
			continue
		}
		out[i] = wordCase(w, forms)
	}
	out[0] = Capitalize(out[0])
	return strings.Join(out, " ")
}

// shouting reports whether most words with letters are in capitals.
func shouting(words []string) bool {
	upper, letters := 0, 0
	for _, w := range words {
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		letters++
		if !strings.ContainsFunc(w, unicode.IsLower) {
			upper++
		}
	}
	return letters > 0 && upper*5 >= letters*4 && letters >= 2
}

// dropTags removes wire ticker tags such as "<X>" and "<GM.N>":
// capitals, digits and dots between angle brackets.
func dropTags(s string) string {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '<')
		if i < 0 {
			return s
		}
		i += from
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return s
		}
		tag := s[i+1 : i+j]
		if tag == "" || strings.ContainsFunc(tag, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') }) {
			from = i + 1
			continue
		}
		s = s[:i] + " " + s[i+j+1:]
		from = i
	}
}

// caseForms counts how the context writes each word (by its lower-case
// form): the most frequent capitalised form, and whether it is more often
// capitalised than not. Words that start a sentence do not count.
func caseForms(context []string) map[string]string {
	type tally struct {
		forms map[string]int
		lower int
	}
	counts := map[string]*tally{}
	for _, text := range context {
		start := true
		for _, f := range strings.Fields(text) {
			w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
			w = strings.TrimSuffix(w, ".")
			if strings.Contains(w, ".") && strings.Count(w, ".") == 1 {
				w = strings.TrimSuffix(w, ".")
			}
			key := strings.ToLower(w)
			if key != "" {
				t := counts[key]
				if t == nil {
					t = &tally{forms: map[string]int{}}
					counts[key] = t
				}
				switch {
				case w == key:
					t.lower++
				case !start || len(w) >= 2 && !strings.ContainsFunc(w, unicode.IsLower):
					// a capital that starts a sentence says nothing, but
					// an acronym is one anywhere
					t.forms[w]++
				}
			}
			start = strings.HasSuffix(f, ".") && !strings.Contains(strings.TrimSuffix(f, "."), ".") ||
				strings.HasSuffix(f, "!") || strings.HasSuffix(f, "?") || strings.HasSuffix(f, ":")
		}
	}
	out := map[string]string{}
	for k, t := range counts {
		best, n := "", 0
		for f, c := range t.forms {
			if c > n || c == n && f < best {
				best, n = f, c
			}
		}
		if n > t.lower {
			out[k] = best
		}
	}
	return out
}

// wordCase writes one word of a shouted headline.
func wordCase(w string, forms map[string]string) string {
	// Keep the punctuation around the word.
	lead := len(w) - len(strings.TrimLeftFunc(w, notWordRune))
	core := strings.TrimRightFunc(w[lead:], notWordRune)
	tail := w[lead+len(core):]
	if core == "" {
		return w
	}
	key := strings.ToLower(core)
	switch {
	case forms[key] != "":
		core = forms[key]
	case forms[strings.TrimSuffix(key, "'s")] != "" && strings.HasSuffix(key, "'s"):
		core = forms[strings.TrimSuffix(key, "'s")] + "'s"
	case acronymWords[key] != "":
		core = acronymWords[key]
	case strings.Count(core, ".") >= 1 && len([]rune(core)) <= 6 && !strings.HasSuffix(core, "."):
		// "U.S", "U.K.": abbreviations keep their capitals
	case strings.Count(core, ".") >= 2:
	case strings.ContainsFunc(core, unicode.IsDigit):
		// "1986", "Q4", "747S"
	default:
		core = key
	}
	return w[:lead] + core + tail
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' }

// capitalWord writes a word with a capital first letter: "JAPANESE" →
// "Japanese".
func capitalWord(w string) string {
	return Capitalize(strings.ToLower(w))
}

// keepShort keeps a word of three letters or fewer as written (a name
// such as "US"), and capitalises longer ones.
func keepShort(w string) string {
	if len(w) <= 3 || strings.Contains(w, ".") {
		return w
	}
	return capitalWord(w)
}

// possessiveOf returns the "'s" a word ends with, in lower case, or "".
func possessiveOf(w string) string {
	if strings.HasSuffix(w, "'S") || strings.HasSuffix(w, "'s") {
		return "'s"
	}
	return ""
}

// splitGlued splits words glued to an abbreviation by a missing space:
// "U.S.PROTECTIONISM" → "U.S." "PROTECTIONISM".
func splitGlued(words []string) []string {
	var out []string
	for _, w := range words {
		i := strings.LastIndexByte(w, '.')
		if i > 0 && i < len(w)-3 && strings.Count(w[:i+1], ".") >= 2 && !strings.ContainsFunc(w[i+1:], notLetter) {
			out = append(out, w[:i+1], w[i+1:])
			continue
		}
		out = append(out, w)
	}
	return out
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }
