package stats

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed metrics.tsv
var metricsTSV string

// Metrics is the metric vocabulary: canonical metrics with their synonyms.
// It maps the metric phrases the extractor writes ("of the world's GDP",
// "merchandise trade deficit", "economic growth") to canonical names
// ("share of world gdp", "trade deficit", "gdp growth") so that figures
// from different articles can be compared. The vocabulary is data: see
// metrics.tsv for the format and DefaultMetrics and LoadMetrics for how it
// is read. A Metrics is immutable once built and safe for concurrent use.
type Metrics struct {
	syn   map[string]string // normalised synonym → canonical
	canon map[string]bool   // the canonical names
	names []string          // canonical names in file order
	user  map[string]bool   // canonical names a user file (LoadMetrics) defines
}

// MetricsError is a malformed line of a metrics vocabulary file.
type MetricsError struct {
	Line int // 1-based
	Msg  string
}

// Error returns "stats: metrics line N: msg".
func (e *MetricsError) Error() string {
	return fmt.Sprintf("stats: metrics line %d: %s", e.Line, e.Msg)
}

var (
	defaultMetricsOnce sync.Once
	defaultMetrics     *Metrics
)

// DefaultMetrics returns the built-in vocabulary, parsed once from the
// embedded metrics.tsv. It panics if that file is malformed (a test keeps it
// well-formed).
func DefaultMetrics() *Metrics {
	defaultMetricsOnce.Do(func() {
		m := &Metrics{syn: map[string]string{}, canon: map[string]bool{}}
		if err := m.parse(strings.NewReader(metricsTSV), map[string]int{}); err != nil {
			panic(err)
		}
		defaultMetrics = m
	})
	return defaultMetrics
}

// LoadMetrics returns the default vocabulary extended by a user file in the
// same format as metrics.tsv (for --metrics FILE): one canonical metric per
// line, a tab, then "|"-separated synonyms; "#" starts a comment line. A
// synonym in the file replaces the default's meaning of the same phrase. A
// malformed line is reported as a *MetricsError naming it; so is a phrase
// the file gives two different canonical metrics.
func LoadMetrics(r io.Reader) (*Metrics, error) {
	d := DefaultMetrics()
	m := &Metrics{
		syn:   make(map[string]string, len(d.syn)),
		canon: make(map[string]bool, len(d.canon)),
		names: append([]string(nil), d.names...),
	}
	for k, v := range d.syn {
		m.syn[k] = v
	}
	for k := range d.canon {
		m.canon[k] = true
	}
	seen := map[string]int{}
	if err := m.parse(r, seen); err != nil {
		return nil, err
	}
	m.user = map[string]bool{}
	for p := range seen {
		m.user[m.syn[p]] = true
	}
	return m, nil
}

// userIndicator returns the indicator of canonical metric base when a user
// file defines it and the indicator list knows its name: a user who files
// "of the planet's output" under "share of world gdp" says what kind of
// statistic it is, too.
func (m *Metrics) userIndicator(base string) Indicator {
	if m == nil || !m.user[base] {
		return ""
	}
	return indicatorOf(base)
}

// parse adds the lines of a vocabulary file. seen records on which line of
// this file each phrase was defined, to report conflicting definitions.
func (m *Metrics) parse(r io.Reader, seen map[string]int) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) > 2 {
			return &MetricsError{line, "more than one tab: want CANONICAL<TAB>SYNONYM|SYNONYM..."}
		}
		if strings.Contains(fields[0], "|") {
			return &MetricsError{line, "no tab between the canonical metric and its synonyms"}
		}
		canon := normPhrase(fields[0])
		if canon == "" {
			return &MetricsError{line, "empty canonical metric"}
		}
		if w := ignoredWord(fields[0]); w != "" {
			return &MetricsError{line, fmt.Sprintf("%q: metric phrases ignore the word %q", strings.TrimSpace(fields[0]), w)}
		}
		phrases := []string{canon}
		if len(fields) == 2 && strings.TrimSpace(fields[1]) != "" {
			for i, s := range strings.Split(fields[1], "|") {
				p := normPhrase(s)
				if p == "" {
					return &MetricsError{line, fmt.Sprintf("synonym %d of %q is empty", i+1, canon)}
				}
				if w := ignoredWord(s); w != "" {
					return &MetricsError{line, fmt.Sprintf("synonym %q: metric phrases ignore the word %q", strings.TrimSpace(s), w)}
				}
				phrases = append(phrases, p)
			}
		}
		if !m.canon[canon] {
			m.canon[canon] = true
			m.names = append(m.names, canon)
		}
		for _, p := range phrases {
			if l, ok := seen[p]; ok && m.syn[p] != canon {
				return &MetricsError{line, fmt.Sprintf("%q is already a synonym of %q (line %d)", p, m.syn[p], l)}
			}
			seen[p] = line
			m.syn[p] = canon
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return &MetricsError{line + 1, "line longer than 1 MiB"}
	} else if err != nil {
		return fmt.Errorf("stats: metrics line %d: %w", line+1, err)
	}
	return nil
}

// Names returns the canonical metrics in the order the vocabulary defines
// them (a nil Metrics is DefaultMetrics()).
func (m *Metrics) Names() []string {
	if m == nil {
		m = DefaultMetrics()
	}
	return append([]string(nil), m.names...)
}

// Canonical returns the canonical metric for a metric phrase as the
// extractor writes it: "of the world's gdp" and "share of global output" →
// "share of world gdp"; "economic growth", "the economy grew" → "gdp
// growth"; "members" → "member economies".
//
// The phrase is normalised first: lower case, "the", "a", "an" and the
// possessive 's dropped, spaces folded; scale and currency words ("billion
// dlr deficit"), period words ("first quarter exports") and a few reporting
// verbs ("saw oil prices") are dropped; a leading "of" reads "share of". The
// normalised phrase is looked up whole, then without neutral modifiers
// (total, overall, record, merchandise, visible, fob,
// real, official...) and entity names ("u.s. trade deficit"), and finally
// by its longest known ending, which counts only if the words before it are
// such modifiers. A phrase the vocabulary does not know is returned
// normalised ("cumulative trade deficit", "oil industry trade"). The
// partner of a bilateral figure is kept, canonicalised: "trade surplus with
// the U.S." → "trade surplus with united states".
func (m *Metrics) Canonical(phrase string) string {
	base, partner := m.canonicalParts(phrase)
	if partner != "" {
		return base + " " + partner
	}
	return base
}

// canonicalParts returns the canonical metric of a phrase and, for a
// phrase "METRIC with|to|from ENTITY" ("trade surplus with the U.S."), the
// partner apart: "with united states".
func (m *Metrics) canonicalParts(phrase string) (base, partner string) {
	if m == nil {
		m = DefaultMetrics()
	}
	var tb [16]string // most phrases have a few words: no allocation
	toks := appendMetricTokens(tb[:0], phrase)
	for i := 1; i+1 < len(toks); i++ {
		if !partnerPreps[toks[i]] {
			continue
		}
		if e, n := entityAt(toks, i+1); e != nil && i+1+n == len(toks) {
			return m.canonicalTokens(toks[:i]), toks[i] + " " + strings.ToLower(e.Name)
		}
	}
	return m.canonicalTokens(toks), ""
}

// partnerPreps introduce the partner of a bilateral figure.
var partnerPreps = map[string]bool{"with": true, "to": true, "from": true}

// canonicalTokens is Canonical on normalised words. The words are joined
// once into a key buffer; the endings it looks up are suffixes of that key
// (no word has a space), read without building a string per lookup.
func (m *Metrics) canonicalTokens(toks []string) string {
	if len(toks) == 0 {
		return ""
	}
	var kb [128]byte
	key := appendMetricKey(kb[:0], toks)
	last := toks[len(toks)-1]
	if c, ok := m.lookupKey(key, last); ok {
		return c
	}
	// without neutral modifiers and entity names
	var rb [16]string
	red := rb[:0]
	for i := 0; i < len(toks); i++ {
		if n := modifierAt(toks, i); n > 0 {
			i += n - 1
			continue
		}
		red = append(red, toks[i])
	}
	if len(red) > 0 && len(red) < len(toks) {
		var rkb [128]byte
		if c, ok := m.lookupKey(appendMetricKey(rkb[:0], red), red[len(red)-1]); ok {
			return c
		}
	}
	// the longest known ending; the words before it must be modifiers
	off := 0 // where the words toks[i:] start in key
	for i := 1; i < len(toks); i++ {
		off += len(toks[i-1]) + 1
		c, ok := m.lookupKey(key[off:], last)
		if !ok {
			continue
		}
		for j := 0; j < i; j++ {
			if n := modifierAt(toks[:i], j); n > 0 {
				j += n - 1
				continue
			}
			return string(key)
		}
		return c
	}
	return string(key)
}

// modifierAt returns how many words at toks[i] a metric phrase may drop
// before a known metric: 1 for a neutral modifier, the words of an entity's
// name, or 0. One lexicon probe gives the word's classes for both tests.
func modifierAt(toks []string, i int) int {
	w := toks[i]
	c := lexicon().classOf(w)
	if c&lxNeutral != 0 && neutralModifiers[w] {
		return 1
	}
	if c&lxGazRoot == 0 && plainMetricWord(w) {
		return 0 // entityAt's first test: no gazetteer phrase starts with w
	}
	_, n := entityAt(toks, i)
	return n
}

// plainMetricWord reports whether w is its own gazetteer key: ASCII, with
// no capital and no final period.
func plainMetricWord(w string) bool {
	return w != "" && w[len(w)-1] != '.' && isASCII(w) && !metricHasUpper(w)
}

// appendMetricKey appends the words joined by single spaces to b, as
// strings.Join(words, " ") writes them.
func appendMetricKey(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// lookupKey finds the canonical metric of the words joined in key (last is
// the last of them), also with the last word in the singular ("prime
// lending rates"). The map is read with the key's bytes, not a copy.
func (m *Metrics) lookupKey(key []byte, last string) (string, bool) {
	if c, ok := m.syn[string(key)]; ok {
		return c, true
	}
	if len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		if c, ok := m.syn[string(key[:len(key)-1])]; ok {
			return c, true
		}
	}
	return "", false
}

// lookup finds the canonical metric of exactly these words, also with the
// last word in the singular (lookupKey on the joined words).
func (m *Metrics) lookup(toks []string) (string, bool) {
	var kb [128]byte
	return m.lookupKey(appendMetricKey(kb[:0], toks), toks[len(toks)-1])
}

// growthOf returns the canonical growth metric of a level metric ("exports"
// → "exports growth", "gdp" → "gdp growth"), or "".
func (m *Metrics) growthOf(canon string) string {
	if isGrowthMetric(canon) {
		return ""
	}
	if g := canon + " growth"; m.canon[g] {
		return g
	}
	return ""
}

// isGrowthMetric reports whether a canonical metric is a rate of growth.
func isGrowthMetric(canon string) bool { return strings.HasSuffix(canon, " growth") }

// CanonicalSubject returns the canonical gazetteer name for a subject
// ("U.S." → "United States", "Asia-Pacific Economic Cooperation" → "APEC");
// names the gazetteer does not know are returned trimmed and unchanged.
func CanonicalSubject(name string) string {
	name = strings.TrimSpace(name)
	if e, ok := EntityByName(name); ok {
		return e.Name
	}
	return name
}

// normPhrase normalises a vocabulary phrase the way Canonical normalises
// its input, so that the two meet.
func normPhrase(s string) string {
	var tb [16]string
	return strings.Join(appendMetricTokens(tb[:0], s), " ")
}

// ignoredWord returns a word of a vocabulary phrase that Canonical drops
// from every phrase (a period, scale or currency word), or "". Articles and
// possessives are fine: "of the world's gdp" is written as it reads.
func ignoredWord(phrase string) string {
	var wb [16]string
	for _, w := range appendMetricFields(wb[:0], strings.ToLower(phrase)) {
		w = trimMetricWord(w)
		if lexicon().classOf(w)&lxMetricDrop != 0 && (metricScaleWords[w] || dropWords[w] && !articleWords[w]) {
			return w
		}
	}
	return ""
}

// articleWords are the dropWords a vocabulary phrase may contain.
var articleWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "s": true, "'s": true}

// basisPhrases joins the words of a basis, which would otherwise lose
// their period word ("year on year inflation" is not "on inflation").
var basisPhrases = strings.NewReplacer("year on year", "year-on-year", "year over year", "year-over-year",
	"month on month", "month-on-month", "quarter on quarter", "quarter-on-quarter")

// metricTokens splits a metric phrase into normalised words (see
// Canonical): lower case, articles and possessives dropped, scale,
// currency and period words dropped, repeated words folded ("trade trade
// surplus"), a leading "of" read as "share of".
func metricTokens(phrase string) []string { return appendMetricTokens(nil, phrase) }

// appendMetricTokens appends the words of metricTokens(phrase) to toks.
func appendMetricTokens(toks []string, phrase string) []string {
	n0 := len(toks)
	afterScale := false
	low := strings.ToLower(strings.ReplaceAll(phrase, "’", "'"))
	if strings.Contains(low, " o") {
		low = basisPhrases.Replace(low) // each of its phrases has " on " or " over "
	}
	var wb [16]string
	words := appendMetricFields(wb[:0], low)
	for i := 0; i < len(words); i++ {
		w := trimMetricWord(words[i])
		if w == "" {
			continue
		}
		if lexicon().classOf(w)&lxMetricDrop != 0 { // else neither list has it
			if dropWords[w] {
				continue
			}
			if metricScaleWords[w] {
				afterScale = true
				continue
			}
		}
		if afterScale {
			afterScale = false
			if _, n, _, ok := MatchCurrencyWord(words, i); ok {
				i += n - 1
				continue
			}
		}
		if len(toks) > n0 && toks[len(toks)-1] == w {
			continue
		}
		toks = append(toks, w)
	}
	if len(toks) > n0 && toks[n0] == "of" {
		toks = append(toks, "")
		copy(toks[n0+1:], toks[n0:])
		toks[n0] = "share"
	}
	return toks
}

// appendMetricFields appends the words of s, as strings.Fields splits them, to
// words.
func appendMetricFields(words []string, s string) []string {
	n0 := len(words)
	start := -1 // the start of the current word, or -1 between words
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return append(words[:n0], strings.Fields(s)...) // Unicode spaces
		case c <= ' ' && metricSpace(c):
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// metricSpace reports whether c is white space to strings.Fields.
func metricSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// trimMetricWord strips punctuation around a word and its possessive ending,
// keeping inner hyphens and the periods of abbreviations ("u.s.", "m-1").
func trimMetricWord(w string) string {
	if w == "" || !metricAlnum(w[0]) || !metricAlnum(w[len(w)-1]) {
		// (a word that starts and ends with an ASCII letter or digit, as
		// most do, has no punctuation around it)
		w = strings.TrimFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '£' && r != '$'
		})
		w = strings.TrimLeft(w, ".")
	}
	if strings.HasSuffix(w, "'s") {
		w = w[:len(w)-2]
	}
	w = strings.TrimRight(w, "'")
	if strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 {
		w = w[:len(w)-1]
	}
	return w
}

// metricHasUpper reports whether s has an ASCII capital letter.
func metricHasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// metricAlnum reports whether c is an ASCII letter or digit.
func metricAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// entityAt returns the gazetteer entity named at toks[i] by its name or
// alias ("u.s.", "us", "south korea", "opec") and how many words name it,
// or nil and 0. Adjectives are not names: "latin american economies" are
// not "member economies".
func entityAt(toks []string, i int) (*Entity, int) {
	if i < len(toks) && isASCII(toks[i]) {
		// No gazetteer phrase starts with this word (in any case): spare
		// the title-cased copies of entityAtWords. Most metric words are such.
		if w := toks[i]; plainMetricWord(w) {
			// its key is the word itself: one probe of the lexicon, whose
			// lxGazRoot words are the keys
			if lexicon().classOf(w)&lxGazRoot == 0 {
				return nil, 0
			}
		} else if _, ok := loadGazetteer().trie.root[string(gazAppendKey(make([]byte, 0, 48), w))]; !ok {
			return nil, 0
		}
	}
	return entityAtWords(toks, i)
}

// entityAtWords is entityAt without its first check (the tests compare
// the two).
func entityAtWords(toks []string, i int) (*Entity, int) {
	var buf [8]string
	words := buf[:0]
	for j := i; j < len(toks) && len(words) < len(buf); j++ {
		words = append(words, titleCaseWord(toks[j]))
	}
	if len(words) == 0 {
		return nil, 0
	}
	em, ok := MatchEntity(words, 0)
	if !ok && len(toks[i]) <= 3 {
		// "us", "uk", "ec": abbreviations the gazetteer knows in capitals
		words[0] = strings.ToUpper(toks[i])
		em, ok = MatchEntity(words, 0)
	}
	if !ok || em.Form != FormName {
		return nil, 0
	}
	return em.Entity, em.Words
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// titleCaseWord capitalises the first letter of a lower-case word, so that
// MatchEntity accepts it as a name.
func titleCaseWord(w string) string {
	for i, r := range w {
		return string(unicode.ToUpper(r)) + w[i+len(string(r)):]
	}
	return w
}

// dropWords carry no meaning in a metric phrase: articles, pronouns,
// period words, the dollar abbreviations of wire copy and reporting verbs
// that the extractor sometimes takes in.
var dropWords = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "'s": true, "s": true,
	"dlr": true, "dlrs": true, "stg": true, "pct": true, "percent": true, "per-cent": true,
	"first": true, "second": true, "third": true, "fourth": true, "quarter": true, "quarters": true,
	"qtr": true, "half": true, "half-year": true, "first-quarter": true, "second-quarter": true,
	"third-quarter": true, "fourth-quarter": true, "first-half": true, "second-half": true,
	"q1": true, "q2": true, "q3": true, "q4": true, "h1": true, "h2": true,
	"month": true, "months": true, "week": true, "weekly": true, "year": true, "years": true,
	"mth": true, "mths": true, "quarterly": true, "monthly": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"saw": true, "sees": true, "see": true, "show": true, "shows": true, "showing": true,
	"showed": true, "put": true, "brought": true, "bring": true, "making": true, "includes": true,
	"including": true, "boost": true,
}

// metricScaleWords are the figure's own scale words; a currency after one is the
// figure's too ("billion yen surplus").
var metricScaleWords = map[string]bool{
	"thousand": true, "thousands": true, "mln": true, "mn": true, "million": true,
	"millions": true, "bln": true, "bn": true, "billion": true, "billions": true,
	"trillion": true, "trillions": true, "trln": true, "tn": true,
}

// neutralModifiers do not change what a known metric measures: "total
// exports" are the exports, a "record trade deficit" is the trade deficit.
var neutralModifiers = map[string]bool{
	"total": true, "overall": true, "record": true, "merchandise": true, "visible": true,
	"fob": true, "f.o.b.": true, "cif": true, "c.i.f.": true, "real": true,
	"annual": true, "yearly": true, "year-on-year": true, "year-over-year": true,
	"official": true, "provisional": true, "preliminary": true, "revised": true,
	"estimated": true, "latest": true, "gross": true, "combined": true, "aggregate": true,
	"collective": true, "headline": true, "actual": true, "final": true, "flash": true,
	"current-dollar": true, "customs-cleared": true, "cleared": true, "reported": true,
}
