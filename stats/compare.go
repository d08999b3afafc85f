package stats

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Comparing figures across articles (issue 4): each claim becomes an
// interval of the true values it is consistent with (ClaimInterval); claims
// that state the same figure are grouped and the group gets a verdict
// (Compare); the values of one subject and metric are listed per period
// (Series).

// ClaimInterval returns the interval of values a claim is consistent with,
// from the rounding of its figure and its approximation word.
//
// u is the unit of the last significant digit of the figure as written,
// times the scale of the claim: 62 → 1, 6.2 → 0.1, 38.37 billion → 0.01e9,
// 25 basis points (value 0.25) → 0.01, 7-1/4 → 0.25 (a fraction's
// denominator). Every digit after the decimal point is significant (6.20 →
// 0.01). Trailing zeros of a whole number are significant below 1,000 ("60
// percent", "500 tonnes" → 1) and not from 1,000 up, where news rounds:
// 1,500 → 100, 2,000 → 1,000, 250,000 → 10,000, 1,234 → 1. Figures in
// words follow the same rule on their value ("five mln" → 1e6, "twenty" →
// 1), except fractions of a whole ("half", "a third", "two-thirds"), whose
// u is 5 percentage points: they are rounded to about the nearest 5%.
//
// With x the claim's value:
//   - a range ("3-4%", "between 5 and 7") → [value, max];
//   - "at least x", "no less than x", "a minimum of x" → [x, +Inf);
//   - "at most x", "no more than x", "a maximum of x" → (-Inf, x];
//   - "exactly x", "precisely x" → [x - u/10, x + u/10];
//   - about (about, around, some, roughly, an estimated...) → [x - 2u, x + 2u];
//   - under (nearly, almost, under, below, up to...) → [x - 2u, x];
//   - over (over, more than, above...) → [x, x + 2u];
//   - any other figure → [x - u/2, x + u/2].
//
// Claim.Approx has only the four classes exact, about, under and over, so
// "at least", "at most" and "exactly" are recognised from the claim's text
// or, when the extractor left the word out of it, from the words just
// before the text in the sentence. A claim whose value is not finite gets
// (-Inf, +Inf). The result never holds NaN and Low <= High.
func ClaimInterval(c *Claim) Interval {
	iv, _ := claimInterval(c, false)
	return iv
}

// claimInterval is ClaimInterval; withUnit also returns the claim's
// rounding unit (roundingUnit), computed once.
func claimInterval(c *Claim, withUnit bool) (iv Interval, u float64) {
	if withUnit {
		u = roundingUnit(c)
	}
	x := c.Value
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Interval{math.Inf(-1), math.Inf(1)}, u
	}
	if c.Max != nil && !math.IsNaN(*c.Max) {
		lo, hi := x, *c.Max
		if hi < lo {
			lo, hi = hi, lo
		}
		return Interval{lo, hi}, u
	}
	switch claimHedge(c) {
	case hedgeAtLeast:
		return Interval{x, math.Inf(1)}, u
	case hedgeAtMost:
		return Interval{math.Inf(-1), x}, u
	case hedgeExactly:
		if !withUnit {
			u = roundingUnit(c)
		}
		return Interval{x - u/10, x + u/10}, u
	}
	if !withUnit {
		u = roundingUnit(c)
	}
	return approxInterval(x, u, c.Approx), u
}

// approxInterval is the interval of a figure x with rounding unit u and
// the approximation class approx (see ClaimInterval).
func approxInterval(x, u float64, approx Approx) Interval {
	switch approx {
	case About:
		return Interval{x - 2*u, x + 2*u}
	case Under:
		return Interval{x - 2*u, x}
	case Over:
		return Interval{x, x + 2*u}
	}
	return Interval{x - u/2, x + u/2}
}

// The hedges Claim.Approx does not distinguish.
const (
	hedgeNone = iota
	hedgeAtLeast
	hedgeAtMost
	hedgeExactly
)

// hedgePhrases are recognised at the start of a claim's text or right
// before it in the sentence, longest first.
var hedgePhrases = []struct {
	words string
	kind  int
}{
	{"not less than", hedgeAtLeast}, {"no less than", hedgeAtLeast},
	{"no fewer than", hedgeAtLeast}, {"a minimum of", hedgeAtLeast}, {"at least", hedgeAtLeast},
	{"not more than", hedgeAtMost}, {"no more than", hedgeAtMost}, {"no higher than", hedgeAtMost},
	{"a maximum of", hedgeAtMost}, {"at most", hedgeAtMost}, {"exactly", hedgeExactly},
	{"precisely", hedgeExactly},
}

// claimHedge returns the at least / at most / exactly hedge of a claim.
func claimHedge(c *Claim) int {
	text := foldSpaces(c.Text)
	lt := strings.ToLower(text)
	for _, h := range hedgePhrases {
		if strings.HasPrefix(lt, h.words+" ") {
			return h.kind
		}
	}
	if text == "" || c.Sentence == "" {
		return hedgeNone
	}
	// the words before the text in the sentence ("exactly" is not part of
	// an extracted text)
	i := strings.Index(c.Sentence, text)
	if i <= 0 {
		return hedgeNone
	}
	before := strings.ToLower(strings.TrimRightFunc(c.Sentence[max(0, i-20):i], unicode.IsSpace))
	for _, h := range hedgePhrases {
		if strings.HasSuffix(before, h.words) {
			if j := len(before) - len(h.words); j == 0 || !hedgeLetter(before[j-1]) {
				return h.kind
			}
		}
	}
	return hedgeNone
}

func hedgeLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// foldSpaces folds runs of white space to one space and trims the ends.
func foldSpaces(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// roundingUnit returns the u of a claim (see ClaimInterval): always finite
// and >= 0.
func roundingUnit(c *Claim) float64 {
	x := math.Abs(c.Value)
	w, uw, ok := writtenNumber(c.Text)
	if !ok {
		if c.Unit == UnitPercent && hasFractionWord(c.Text) {
			return 5
		}
		return valueUnit(x)
	}
	scale := 1.0
	if w != 0 && x != 0 {
		scale = x / w
		if p := math.Pow(10, math.Round(math.Log10(scale))); math.Abs(scale-p) <= 1e-9*p {
			scale = p
		}
	}
	u := uw * scale
	if math.IsNaN(u) || math.IsInf(u, 0) || u < 0 {
		return valueUnit(x)
	}
	return u
}

// writtenNumber reads the first number written in digits in a claim text:
// its value and the unit of its last significant digit. "1,500" → 1500,
// 100; "38.37" → 38.37, 0.01; "7-1/4" → 7.25, 0.25; "3 210" → 3210, 10.
func writtenNumber(text string) (w, u float64, ok bool) {
	i := strings.IndexFunc(text, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return 0, 0, false
	}
	s := text[i:]
	// the integer part, with thousands separators (",", " ") before groups
	// of exactly three digits
	var intDigits []byte
	j := 0
	for j < len(s) && isNumByte(s[j]) {
		intDigits = append(intDigits, s[j])
		j++
	}
	for j+3 < len(s) && (s[j] == ',' || s[j] == ' ') && isNumByte(s[j+1]) && isNumByte(s[j+2]) && isNumByte(s[j+3]) &&
		(j+4 == len(s) || !isNumByte(s[j+4])) {
		intDigits = append(intDigits, s[j+1], s[j+2], s[j+3])
		j += 4
	}
	if len(intDigits) > 18 {
		intDigits = intDigits[:18] // out of float precision anyway
	}
	n, _ := strconv.ParseFloat(string(intDigits), 64)
	// decimals
	if j+1 < len(s) && s[j] == '.' && isNumByte(s[j+1]) {
		k := j + 1
		for k < len(s) && isNumByte(s[k]) {
			k++
		}
		d := min(k-j-1, 15)
		f, _ := strconv.ParseFloat("0"+s[j:j+1+d], 64)
		return n + f, math.Pow(10, -float64(d)), true
	}
	// a fraction: "7-1/4", "7 1/4", "1/2"
	if num, den, k := fractionAt(s, j); k > 0 && den > 0 {
		if k == j { // "1/2" alone: the integer was the numerator
			return n / den, 1 / den, true
		}
		return n + num/den, 1 / den, true
	}
	return n, integerUnit(intDigits), true
}

// fractionAt reads "-a/b" or " a/b" at s[j:] (or "/b" right after the
// integer, returning k == j). It returns the numerator, the denominator and
// where the fraction starts, or k == 0.
func fractionAt(s string, j int) (num, den float64, k int) {
	if j < len(s) && s[j] == '/' {
		d := j + 1
		e := d
		for e < len(s) && isNumByte(s[e]) && e-d < 4 {
			e++
		}
		if e > d {
			den, _ = strconv.ParseFloat(s[d:e], 64)
			return 0, den, j
		}
		return 0, 0, 0
	}
	if j+3 < len(s) && (s[j] == '-' || s[j] == ' ') && isNumByte(s[j+1]) {
		a := j + 1
		b := a
		for b < len(s) && isNumByte(s[b]) && b-a < 3 {
			b++
		}
		if b+1 < len(s) && s[b] == '/' && isNumByte(s[b+1]) {
			c := b + 1
			e := c
			for e < len(s) && isNumByte(s[e]) && e-c < 4 {
				e++
			}
			num, _ = strconv.ParseFloat(s[a:b], 64)
			den, _ = strconv.ParseFloat(s[c:e], 64)
			if num < den {
				return num, den, j + 1
			}
		}
	}
	return 0, 0, 0
}

func isNumByte(b byte) bool { return b >= '0' && b <= '9' }

// integerUnit is u for a whole number written with these digits: 1 below
// 1,000; from 1,000 up, the place of the last non-zero digit.
func integerUnit(digits []byte) float64 {
	d := strings.TrimLeft(string(digits), "0")
	if len(d) < 4 {
		return 1
	}
	z := len(d) - len(strings.TrimRight(d, "0"))
	return math.Pow(10, float64(z))
}

// valueUnit is u for a figure written in words, from its value.
func valueUnit(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return 1
	}
	if x == math.Trunc(x) {
		if x < 1000 || x >= 1e18 {
			return 1
		}
		return integerUnit(strconv.AppendFloat(nil, x, 'f', 0, 64))
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	d := len(s) - strings.IndexByte(s, '.') - 1
	return math.Pow(10, -float64(min(d, 15)))
}

// hasFractionWord reports whether a text names a fraction of a whole
// ("half", "a third", "two-thirds"; see fractionWords).
func hasFractionWord(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := fractionWords[w]; ok {
			return true
		}
	}
	return false
}

// CompareOptions configure Compare.
type CompareOptions struct {
	Metrics     *Metrics // the metric vocabulary; nil: DefaultMetrics()
	MinArticles int      // groups with fewer independent articles are dropped (0 or 1: keep all)
	// AllMetrics also compares claims whose metric the vocabulary does not
	// know, by their normalised phrase. By default only vocabulary metrics
	// are compared: counts of "people", "shares" or "others" are about
	// events, not figures that articles repeat, and make most false
	// conflicts on a news corpus. Extend the vocabulary to compare more.
	AllMetrics bool
}

// Compare groups claims that state the same figure across articles and
// gives each group its verdict.
//
// Claims state the same figure when they have the same canonical subject
// (CanonicalSubject), the same canonical metric (Metrics.Canonical; only
// the vocabulary's metrics unless opt.AllMetrics), the same unit and
// currency, the same period (or both none) and the same kind of figure: a
// level, a rise or a fall (GroupKey.Change). A percent change of a level
// metric is a figure of the metric's growth when the vocabulary has one:
// "exports rose 5%" is compared with "export growth of 5%"; for growth
// metrics a rise is a level ("the economy grew 3%" and "growth of 3%").
// Left out are claims without a subject or a metric, spans of time ("the
// first two months") and bases of a comparison with no period written
// after them ("rose to 9.19 billion from 9.43 billion": the extractor gives
// 9.43 the period of 9.19). Copies of a claim from the same article (the
// same Article id, so the same text) read from another source are dropped.
//
// A group's verdict is Consistent when its intervals (ClaimInterval) share
// a point; otherwise Tension when the largest gap — the highest Low minus
// the lowest High — is at most max(u, 2% of |median|), with u the largest
// rounding unit among the group's claims and median the median of their
// values; otherwise Conflict. The intervals are taken per article: an
// article that gives several figures under one key (this year's and last
// year's, a table) agrees with a value when any of its figures does, and
// the gap is the least one over the choice of one figure per article. With
// one claim per article this is exactly the rule above; a single article
// is never in conflict with itself. In a group that is not consistent, the
// claims whose interval misses the value that most articles agree on are
// marked Outlier, when those articles are more than half.
//
// Groups report the min, median and max of the claims' values (the lower
// end for ranges), the spread (max - min) and relative spread, the number
// of independent articles (distinct article ids) and the claims sorted by
// value. Groups with fewer than opt.MinArticles articles are dropped. They
// are returned conflicts first, then tension, then consistent, then by
// article count (most first), then by key (subject, metric, unit,
// currency, period in time order, change).
func Compare(claims []Claim, opt CompareOptions) []Group {
	m := opt.Metrics
	if m == nil {
		m = DefaultMetrics()
	}
	k := newKeyer(m)
	k.known = !opt.AllMetrics
	byKey := map[GroupKey][]int{}
	var order []GroupKey
	for i := range dedupClaims(claims) {
		key, ok := k.key(&claims[i])
		if !ok {
			continue
		}
		if _, seen := byKey[key]; !seen {
			order = append(order, key)
		}
		byKey[key] = append(byKey[key], i)
	}
	groups := make([]Group, 0, len(order))
	for _, key := range order {
		g := buildGroup(key, claims, byKey[key])
		if g.Articles < opt.MinArticles {
			continue
		}
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b Group) int {
		if c := cmp.Compare(verdictRank[a.Verdict], verdictRank[b.Verdict]); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Articles, a.Articles); c != 0 {
			return c
		}
		return compareKeys(a.GroupKey, b.GroupKey)
	})
	return groups
}

var verdictRank = map[Verdict]int{Conflict: 0, Tension: 1, Consistent: 2}

func compareKeys(a, b GroupKey) int {
	return cmp.Or(
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Metric, b.Metric),
		strings.Compare(string(a.Unit), string(b.Unit)),
		strings.Compare(a.Currency, b.Currency),
		comparePeriods(a.Period, b.Period),
		strings.Compare(string(a.Change), string(b.Change)),
	)
}

// dedupClaims yields the indexes of claims that are not copies of an
// earlier claim of the same article read from another source.
func dedupClaims(claims []Claim) func(func(int) bool) {
	return func(yield func(int) bool) {
		// Only articles read from more than one source can have copies:
		// find them first, so that the claims of the others (nearly all)
		// are not looked up.
		type sources struct {
			first string // the source of the article's first claim
			many  bool   // and another one
		}
		bySource := map[string]sources{}
		many := false
		for i := range claims {
			c := &claims[i]
			if c.Article == "" {
				continue
			}
			if s, ok := bySource[c.Article]; !ok {
				bySource[c.Article] = sources{first: c.Source}
			} else if !s.many && s.first != c.Source {
				bySource[c.Article] = sources{first: s.first, many: true}
				many = true
			}
		}
		type id struct {
			article, text, sentence string
			value                   float64
		}
		first := map[id]string{} // → source of the first copy
		for i := range claims {
			c := &claims[i]
			if c.Article != "" && many && bySource[c.Article].many {
				k := id{c.Article, c.Text, c.Sentence, c.Value}
				if src, ok := first[k]; ok && src != c.Source {
					continue
				}
				if _, ok := first[k]; !ok {
					first[k] = c.Source
				}
			}
			if !yield(i) {
				return
			}
		}
	}
}

// keyer computes group keys, caching canonical names.
type keyer struct {
	m        *Metrics
	known    bool // only vocabulary metrics
	metrics  map[string][2]string
	subjects map[string]string
}

func newKeyer(m *Metrics) *keyer {
	return &keyer{m: m, metrics: map[string][2]string{}, subjects: map[string]string{}}
}

// metric returns the canonical metric and partner of a phrase (see
// Metrics.canonicalParts).
func (k *keyer) metric(phrase string) (base, partner string) {
	c, ok := k.metrics[phrase]
	if !ok {
		c[0], c[1] = k.m.canonicalParts(phrase)
		k.metrics[phrase] = c
	}
	return c[0], c[1]
}

func (k *keyer) subject(name string) string {
	c, ok := k.subjects[name]
	if !ok {
		c = CanonicalSubject(name)
		k.subjects[name] = c
	}
	return c
}

// key returns the group key of a claim, or false if the claim has no
// subject or no metric.
func (k *keyer) key(c *Claim) (GroupKey, bool) {
	if c.Subject == "" || c.Metric == "" || c.Unit == UnitQuantity && durationUnits[c.UnitName] || undatedBase(c) {
		return GroupKey{}, false
	}
	base, partner := k.metric(c.Metric)
	key := GroupKey{
		Subject:  k.subject(c.Subject),
		Metric:   base,
		Unit:     c.Unit,
		Currency: c.Currency,
		UnitName: c.UnitName,
		Period:   c.Period,
		Change:   c.Change,
	}
	if strings.Contains(c.Carried, "period") || strings.Contains(c.Carried, "subject") && !anaphoric(c.Sentence) {
		// the period, or a subject the sentence does not point back to,
		// came from an earlier sentence: too weak to say two figures are
		// the same figure
		return GroupKey{}, false
	}
	if key.Period == "" && len(c.Date) >= 7 && c.Date[4] == '-' {
		// in dated articles a figure stated without any period is a stock
		// or a level at some unstated time (debts, reserves, rates): not
		// comparable across articles
		return GroupKey{}, false
	}
	if key.Subject == "" || key.Metric == "" || k.known && !k.m.canon[key.Metric] {
		return GroupKey{}, false
	}
	if key.Unit == UnitPercent && key.Change != NoChange {
		if g := k.m.growthOf(key.Metric); g != "" {
			key.Metric = g
		}
	}
	if key.Change == Up && isGrowthMetric(key.Metric) {
		key.Change = NoChange
	}
	if partner == "" {
		if prep, e := sentencePartner(c); e != nil && e.Name != key.Subject {
			partner = prep + " " + strings.ToLower(e.Name)
		}
	}
	if partner != "" && !strings.EqualFold(partner[strings.IndexByte(partner, ' ')+1:], key.Subject) {
		key.Metric += " " + partner
	}
	return key, true
}

// sentencePartner finds the partner of a bilateral figure that the
// extractor left out of the metric: the entity after "with", "to" or
// "from" right after the metric phrase in the sentence ("Taiwan's trade
// surplus with Washington", "exports to Japan"). The bloc's own figure and
// the one with a partner are different figures.
func sentencePartner(c *Claim) (string, *Entity) {
	phrase := lowerASCIIBytes(strings.TrimSpace(c.Metric))
	if phrase == "" || c.Sentence == "" {
		return "", nil
	}
	s := c.Sentence
	ti := strings.Index(s, foldSpaces(c.Text))
	// the occurrence of the phrase nearest the claim
	best, bestD := -1, 0
	for from := 0; ; {
		j := indexLowerASCII(s, from, phrase)
		if j < 0 {
			break
		}
		d := j - ti
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bestD {
			best, bestD = j, d
		}
		from = j + 1
	}
	if best < 0 {
		return "", nil
	}
	rest := s[best+len(phrase):]
	for _, prep := range [...]string{" with ", " to ", " from "} {
		if !hasPrefixLowerASCII(rest, prep) {
			continue
		}
		after := rest[len(prep):]
		words := gazSplit(after[:min(len(after), 80)])
		i := 0
		if len(words) > 0 && hasPrefixLowerASCII(words[0], "the") && len(words[0]) == 3 {
			i++
		}
		if m, ok := MatchEntity(words, i); ok && m.Form != FormAdjective {
			return strings.TrimSpace(prep), m.Entity
		}
		return "", nil
	}
	return "", nil
}

// indexLowerASCII returns the index of the first occurrence of lower at or
// after from in lowerASCIIBytes(s), or -1; lower is lower-cased already.
// It is strings.Index(lowerASCIIBytes(s)[from:], lower) + from without the
// copy of s.
func indexLowerASCII(s string, from int, lower string) int {
	if lower == "" {
		return min(from, len(s))
	}
	c0 := lower[0]
	for j := from; j+len(lower) <= len(s); j++ {
		if b := s[j]; b != c0 && !('A' <= b && b <= 'Z' && b+'a'-'A' == c0) {
			continue
		}
		if hasPrefixLowerASCII(s[j:], lower) {
			return j
		}
	}
	return -1
}

// hasPrefixLowerASCII reports whether lowerASCIIBytes(s) starts with
// lower.
func hasPrefixLowerASCII(s, lower string) bool {
	return len(s) >= len(lower) && equalFoldASCII(lower, s[:len(lower)])
}

// lowerASCIIBytes lower-cases ASCII letters only, so that byte offsets into the
// result are offsets into s.
func lowerASCIIBytes(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// anaphoric reports whether a sentence opens by pointing back to what the
// article is about ("The bloc accounts for...", "It has signed...", "Its
// exports..."), so that a subject carried into it is reliable.
func anaphoric(sentence string) bool {
	w, _, _ := strings.Cut(sentence, " ")
	switch strings.ToLower(w) {
	case "it", "its", "the", "this", "they", "their", "these":
		return true
	}
	return false
}

// undatedBase reports whether a claim is the base of a comparison ("rose
// to 9.19 billion from 9.43 billion", "against 1.71 billion a year
// earlier") with no period of its own written after it. Such a figure is
// given the period of the figure it is compared with, which it seldom has,
// so it is not compared. "from 9.71 billion in January 1986" keeps its
// period and is compared.
func undatedBase(c *Claim) bool {
	text := foldSpaces(c.Text)
	i := strings.Index(c.Sentence, text)
	if i < 0 || text == "" {
		return false
	}
	window := c.Sentence[max(0, i-60):i]
	if !baseWordIn(window) {
		return false // the common case, without the copies below
	}
	before := strings.Fields(strings.ToLower(window))
	k := len(before) - 1
	for k >= 0 && (baseFillers[before[k]] || isYearWord(before[k])) {
		k--
	}
	switch {
	case k < 0:
		return false
	case before[k] == "from" || before[k] == "against" || before[k] == "versus" || before[k] == "vs" || before[k] == "vs.":
	case k > 0 && (before[k] == "with" || before[k] == "to") && strings.HasPrefix(before[k-1], "compar"):
	default:
		return false
	}
	// a period written right after the figure
	after := strings.Fields(strings.ToLower(c.Sentence[i+len(text) : min(len(c.Sentence), i+len(text)+40)]))
	for j, w := range after {
		if j >= 5 {
			break
		}
		w = strings.Trim(w, ".,;:()'’s")
		if isYearWord(w) || months[w] > 0 && len(w) >= 3 || w == "quarter" || w == "half" || w == "end-december" {
			return false
		}
	}
	return true
}

// baseWordIn reports whether s holds, in any case, one of the words that
// introduce the base of a comparison in undatedBase: a quick test that
// lets most claims skip the lower-casing and splitting there. (The
// Unicode lower-casing there gives these ASCII words only from ASCII
// letters.)
func baseWordIn(s string) bool {
	for _, w := range [...]string{"from", "against", "versus", "vs", "compar"} {
		if indexLowerASCII(s, 0, w) >= 0 {
			return true
		}
	}
	return false
}

// baseFillers may stand between "from" and the base figure.
var baseFillers = map[string]bool{
	"a": true, "an": true, "the": true, "revised": true, "record": true, "previously": true,
	"originally": true, "upwardly": true, "downwardly": true, "provisional": true,
	"adjusted": true, "unrevised": true, "preliminary": true, "last": true, "year's": true,
}

// isYearWord reports whether w is a year ("1986", "1986's").
func isYearWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && periodDigits(w)
}

// durationUnits are the units of spans of time ("the first two months",
// "a 10-year plan"), which say when rather than how much and are not
// compared.
var durationUnits = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true,
	"second": true, "quarter": true, "decade": true, "century": true,
}

// buildGroup computes the statistics and verdict of one group.
func buildGroup(key GroupKey, claims []Claim, idx []int) Group {
	g := Group{GroupKey: key, Claims: make([]GroupClaim, 0, len(idx))}
	values := make([]float64, 0, len(idx))
	us := make([]float64, 0, len(idx))
	articles := map[string]bool{}
	for _, i := range idx {
		c := &claims[i]
		iv, u := claimInterval(c, true)
		g.Claims = append(g.Claims, GroupClaim{
			Article: c.Article, Title: c.Title, Date: c.Date, Source: c.Source,
			Text: foldSpaces(c.Text), Value: c.Value, Max: c.Max, Approx: c.Approx,
			Low: iv.Low, High: iv.High, Sentence: c.Sentence,
		})
		values = append(values, c.Value)
		us = append(us, u)
		articles[articleKey(c)] = true
	}
	g.Articles = len(articles)
	slices.SortStableFunc(g.Claims, func(a, b GroupClaim) int {
		return cmp.Or(cmp.Compare(a.Value, b.Value), strings.Compare(a.Article, b.Article))
	})
	slices.Sort(values)
	g.Min, g.Max = values[0], values[len(values)-1]
	g.Median = medianOf(values)
	g.Spread = g.Max - g.Min
	if g.Median != 0 {
		g.RelativeSpread = g.Spread / math.Abs(g.Median)
	}
	g.Verdict = groupVerdict(g.Claims, slices.Max(us), g.Median)
	if g.Verdict != Consistent {
		markOutliers(g.Claims)
	}
	return g
}

// articleKey identifies an independent article: its id, or its source and
// title when it has none.
func articleKey(c *Claim) string {
	if c.Article != "" {
		return c.Article
	}
	return c.Source + "\x00" + c.Title
}

// groupArticle is articleKey for a GroupClaim.
func groupArticle(c *GroupClaim) string {
	if c.Article != "" {
		return c.Article
	}
	return c.Source + "\x00" + c.Title
}

// medianOf returns the median of sorted values.
func medianOf(v []float64) float64 {
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// groupVerdict applies the rules of issue 4 §3 (see Compare) with the
// group's u and median.
func groupVerdict(cs []GroupClaim, u, med float64) Verdict {
	gap := largestGap(cs)
	switch {
	case gap <= 0:
		return Consistent
	case gap <= max(u, 0.02*math.Abs(med)):
		return Tension
	}
	return Conflict
}

// largestGap returns how far apart the articles of a group are: 0 when
// some value lies in an interval of every article, else twice the least
// distance d such that some value is within d of an interval of every
// article. When each article has one claim this is the highest Low minus
// the lowest High; an article with several claims agrees with a value when
// any of them does (it may state this year's and last year's figure).
//
// It runs in O(n log n) for n claims when articles have one interval each
// (most groups), and in O(n log n + p·m) otherwise, for p interval
// endpoints and m articles with several intervals: a group of thousands of
// claims costs milliseconds, not seconds.
func largestGap(cs []GroupClaim) float64 {
	// The articles' intervals, in order of first appearance.
	artIndex := make(map[string]int, len(cs))
	first := make([]Interval, 0, len(cs)) // each article's first interval
	var more map[int][]Interval           // the others' intervals, all of them
	for i := range cs {
		iv := Interval{cs[i].Low, cs[i].High}
		a := groupArticle(&cs[i])
		k, ok := artIndex[a]
		if !ok {
			artIndex[a] = len(first)
			first = append(first, iv)
			continue
		}
		if more == nil {
			more = map[int][]Interval{}
		}
		if more[k] == nil {
			more[k] = []Interval{first[k]}
		}
		more[k] = append(more[k], iv)
	}
	if len(first) < 2 {
		return 0
	}
	// The articles with one interval: their worst distance to p is
	// max(0, maxL - p, p - minH).
	maxL, minH := math.Inf(-1), math.Inf(1)
	singles := 0
	for k, iv := range first {
		if more[k] != nil {
			continue
		}
		singles++
		maxL, minH = max(maxL, iv.Low), min(minH, iv.High)
	}
	if more == nil {
		// Every article has one interval: the least worst distance is
		// half the gap between the highest Low and the lowest High.
		if maxL <= minH {
			return 0
		}
		return maxL - minH
	}

	// The worst distance is least at a point where some article's distance
	// changes slope: an endpoint, or midway between two intervals of an
	// article. Between consecutive points every article's distance is
	// linear with slope -1, 0 or +1, so the worst distance is least where
	// the highest rising line meets the highest falling one.
	multi := make([][]Interval, 0, len(more))
	var pts []float64
	for k := range first {
		iv := more[k]
		if iv == nil {
			iv = first[k : k+1]
		} else {
			multi = append(multi, iv)
		}
		for _, v := range iv {
			for _, x := range [2]float64{v.Low, v.High} {
				if !math.IsInf(x, 0) {
					pts = append(pts, x)
				}
			}
		}
	}
	for _, iv := range multi {
		// where one article's nearest interval changes: midway between
		// its intervals
		for i := range iv {
			for j := range iv {
				if iv[i].High < iv[j].Low {
					pts = append(pts, iv[i].High+(iv[j].Low-iv[i].High)/2)
				}
			}
		}
	}
	if len(pts) == 0 {
		return 0 // all intervals are (-Inf, +Inf)
	}
	slices.Sort(pts)
	pts = slices.Compact(pts)
	dist := func(p float64, iv []Interval) float64 {
		d := math.Inf(1)
		for _, v := range iv {
			d = min(d, max(0, v.Low-p, p-v.High))
		}
		return d
	}
	best := math.Inf(1)
	for k := range pts {
		s := pts[k]
		if k+1 == len(pts) {
			// the last point: every distance is flat beyond it
			f := 0.0
			if singles > 0 {
				f = max(f, maxL-s, s-minH)
			}
			for _, iv := range multi {
				f = max(f, dist(s, iv))
			}
			best = min(best, f)
			break
		}
		t := pts[k+1]
		flat, rise, fall := 0.0, math.Inf(-1), math.Inf(-1)
		if singles > 0 {
			// single intervals are points of pts: on [s, t] an article
			// is inside its interval (flat at 0), left of it (falling)
			// or right of it (rising)
			if maxL >= t {
				fall = maxL - s
			}
			if minH <= s {
				rise = s - minH
			}
		}
		for _, iv := range multi {
			ds, dt := dist(s, iv), dist(t, iv)
			switch {
			case dt > ds:
				rise = max(rise, ds)
			case dt < ds:
				fall = max(fall, ds)
			default:
				flat = max(flat, ds)
			}
		}
		x := 0.0 // offset from s
		if !math.IsInf(rise, -1) && !math.IsInf(fall, -1) {
			x = min(max((fall-rise)/2, 0), t-s)
		} else if !math.IsInf(fall, -1) {
			x = t - s
		}
		f := flat
		if !math.IsInf(rise, -1) {
			f = max(f, rise+x)
		}
		if !math.IsInf(fall, -1) {
			f = max(f, fall-x)
		}
		best = min(best, f)
	}
	return 2 * best
}

// markOutliers finds the point covered by the intervals of the most
// articles and marks the claims whose interval misses it, if those
// articles are more than half.
func markOutliers(cs []GroupClaim) {
	type event struct {
		x    float64
		open bool
		i    int
	}
	ev := make([]event, 0, 2*len(cs))
	all := map[string]bool{}
	for i, c := range cs {
		ev = append(ev, event{c.Low, true, i}, event{c.High, false, i})
		all[groupArticle(&c)] = true
	}
	// closed intervals: at the same x, opens come before closes
	slices.SortFunc(ev, func(a, b event) int {
		if c := cmp.Compare(a.x, b.x); c != 0 {
			return c
		}
		if a.open != b.open {
			if a.open {
				return -1
			}
			return 1
		}
		return 0
	})
	active := map[string]int{}
	best, bestX := 0, 0.0
	for _, e := range ev {
		a := groupArticle(&cs[e.i])
		if e.open {
			active[a]++
			if len(active) > best {
				best, bestX = len(active), e.x
			}
			continue
		}
		if active[a]--; active[a] == 0 {
			delete(active, a)
		}
	}
	if 2*best <= len(all) {
		return
	}
	for i := range cs {
		cs[i].Outlier = !(cs[i].Low <= bestX && bestX <= cs[i].High)
	}
}

// Series lists, for one subject and metric, the value per period across all
// articles (for time charts). subject and metric are canonicalised
// (CanonicalSubject, m.Canonical; nil m is DefaultMetrics()), and claims are
// keyed as by Compare; claims without a period are left out. Since a metric
// may be stated in several units ("exports" in money and as a percent
// change), the series keeps the unit, currency and kind of figure (level,
// rise, fall) that most claims have; ties go to a level, then to the unit
// first in Units, then to the currency first in alphabetical order.
//
// Each point gives the median value of its period's claims, their min and
// max, and the number of claims and of independent articles. Points are in
// chronological order of period (see comparePeriods): by year, then by the
// first month the period covers, longer periods first: "1986-Q4" <
// "1987" < "1987-H1" < "1987-Q1" < "1987-01" < "1987-02".
func Series(claims []Claim, subject, metric string, m *Metrics) []SeriesPoint {
	if m == nil {
		m = DefaultMetrics()
	}
	k := newKeyer(m)
	subject = CanonicalSubject(subject)
	metric = m.Canonical(metric)
	type kind struct {
		unit     Unit
		currency string
		change   Change
	}
	byKind := map[kind][]int{}
	for i := range dedupClaims(claims) {
		c := &claims[i]
		if c.Period == "" {
			continue
		}
		key, ok := k.key(c)
		if !ok || key.Subject != subject || key.Metric != metric {
			continue
		}
		kd := kind{key.Unit, key.Currency, key.Change}
		byKind[kd] = append(byKind[kd], i)
	}
	if len(byKind) == 0 {
		return nil
	}
	kinds := make([]kind, 0, len(byKind))
	for kd := range byKind {
		kinds = append(kinds, kd)
	}
	slices.SortFunc(kinds, func(a, b kind) int {
		return cmp.Or(
			cmp.Compare(len(byKind[b]), len(byKind[a])),
			cmp.Compare(seriesChangeRank(a.change), seriesChangeRank(b.change)),
			cmp.Compare(slices.Index(Units, a.unit), slices.Index(Units, b.unit)),
			strings.Compare(string(a.unit), string(b.unit)),
			strings.Compare(a.currency, b.currency),
		)
	})
	byPeriod := map[string][]int{}
	for _, i := range byKind[kinds[0]] {
		byPeriod[claims[i].Period] = append(byPeriod[claims[i].Period], i)
	}
	out := make([]SeriesPoint, 0, len(byPeriod))
	for p, idx := range byPeriod {
		values := make([]float64, 0, len(idx))
		arts := map[string]bool{}
		for _, i := range idx {
			values = append(values, claims[i].Value)
			arts[articleKey(&claims[i])] = true
		}
		slices.Sort(values)
		out = append(out, SeriesPoint{
			Period: p, Value: medianOf(values), Min: values[0], Max: values[len(values)-1],
			Claims: len(idx), Articles: len(arts),
		})
	}
	slices.SortFunc(out, func(a, b SeriesPoint) int { return comparePeriods(a.Period, b.Period) })
	return out
}

func seriesChangeRank(c Change) int {
	switch c {
	case NoChange:
		return 0
	case Up:
		return 1
	}
	return 2
}

// comparePeriods orders periods chronologically. A period's sort key is
// its year, then the first month it covers, then its length (longest
// first): "1987" (months 1-12) < "1987-H1" (1-6) < "1987-Q1" (1-3) <
// "1987-01" < "1987-02" < "1987-Q2" (4-6). A fiscal year "1986/87" starts
// in month 4 of 1986 (April, as in Japan and Britain). Periods that do not
// parse ("" included) come after all others, in string order.
func comparePeriods(a, b string) int {
	ka, oka := periodKey(a)
	kb, okb := periodKey(b)
	switch {
	case oka && okb:
		return cmp.Or(cmp.Compare(ka[0], kb[0]), cmp.Compare(ka[1], kb[1]),
			cmp.Compare(kb[2], ka[2]), cmp.Compare(ka[3], kb[3]), strings.Compare(a, b))
	case oka:
		return -1
	case okb:
		return 1
	}
	return strings.Compare(a, b)
}

// periodKey returns (year, first month, months covered, day) for a period
// written as claims.md §2 says: "2023", "2004-Q4", "2019-H1", "1987-02",
// "1987-02-26", "1986/87".
func periodKey(p string) ([4]int, bool) {
	if len(p) < 4 || !periodDigits(p[:4]) {
		return [4]int{}, false
	}
	y, _ := strconv.Atoi(p[:4])
	rest := p[4:]
	switch {
	case rest == "":
		return [4]int{y, 1, 12, 0}, true
	case rest[0] == '/' && len(rest) > 1 && periodDigits(rest[1:]):
		return [4]int{y, 4, 12, 0}, true
	case len(rest) == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q') && rest[2] >= '1' && rest[2] <= '4':
		q := int(rest[2] - '0')
		return [4]int{y, 3*q - 2, 3, 0}, true
	case len(rest) == 3 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'h') && rest[2] >= '1' && rest[2] <= '2':
		h := int(rest[2] - '0')
		return [4]int{y, 6*h - 5, 6, 0}, true
	case len(rest) == 3 && rest[0] == '-' && periodDigits(rest[1:]):
		mo, _ := strconv.Atoi(rest[1:])
		if mo >= 1 && mo <= 12 {
			return [4]int{y, mo, 1, 0}, true
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && periodDigits(rest[1:3]) && periodDigits(rest[4:]):
		mo, _ := strconv.Atoi(rest[1:3])
		d, _ := strconv.Atoi(rest[4:])
		if mo >= 1 && mo <= 12 {
			return [4]int{y, mo, 0, d}, true
		}
	}
	return [4]int{}, false
}

func periodDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isNumByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// MarshalJSON writes a GroupClaim with an infinite Low or High ("at least
// 5", "at most 5") as null, which JSON can hold and +Inf it cannot.
func (c GroupClaim) MarshalJSON() ([]byte, error) {
	type plain GroupClaim
	var out struct {
		plain
		Low  *float64 `json:"low"`
		High *float64 `json:"high"`
	}
	out.plain = plain(c)
	if !math.IsInf(c.Low, 0) && !math.IsNaN(c.Low) {
		out.Low = &c.Low
	}
	if !math.IsInf(c.High, 0) && !math.IsNaN(c.High) {
		out.High = &c.High
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes: a null Low is -Inf, a null
// High +Inf.
func (c *GroupClaim) UnmarshalJSON(b []byte) error {
	type plain GroupClaim
	var in struct {
		plain
		Low  *float64 `json:"low"`
		High *float64 `json:"high"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*c = GroupClaim(in.plain)
	c.Low, c.High = math.Inf(-1), math.Inf(1)
	if in.Low != nil {
		c.Low = *in.Low
	}
	if in.High != nil {
		c.High = *in.High
	}
	return nil
}
