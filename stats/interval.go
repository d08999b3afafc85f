package stats

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

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
//   - close below (nearly, almost, just under, close to) → [x - 2u, x];
//   - close above (just over, slightly more than) → [x, x + 2u];
//   - under (less than, under, below, up to...) → (-Inf, x]: a bound from
//     above, which says nothing of how far below ("under 30%");
//   - over (over, more than, above, exceeding...) → [x, +Inf): a bound from
//     below ("exceeded 550", "more than 40 percent");
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
	case hedgeNearly, hedgeJustOver:
		if !withUnit {
			u = roundingUnit(c)
		}
		if c.Approx == Under || c.Approx == Over {
			return nearInterval(x, u, c.Approx), u
		}
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
		return Interval{math.Inf(-1), x}
	case Over:
		return Interval{x, math.Inf(1)}
	}
	return Interval{x - u/2, x + u/2}
}

// nearInterval is the interval of a figure hedged as close to x: "nearly
// 60" is [x - 2u, x], "just over 60" [x, x + 2u].
func nearInterval(x, u float64, approx Approx) Interval {
	if approx == Under {
		return Interval{x - 2*u, x}
	}
	return Interval{x, x + 2*u}
}

// The hedges Claim.Approx does not distinguish.
const (
	hedgeNone = iota
	hedgeAtLeast
	hedgeAtMost
	hedgeExactly
	hedgeNearly   // "nearly", "almost", "just under": close below
	hedgeJustOver // "just over", "slightly more than": close above
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
	{"just short of", hedgeNearly}, {"just under", hedgeNearly}, {"close to", hedgeNearly},
	{"nearly", hedgeNearly}, {"almost", hedgeNearly}, {"just below", hedgeNearly},
	{"slightly less than", hedgeNearly}, {"just over", hedgeJustOver},
	{"slightly more than", hedgeJustOver}, {"slightly over", hedgeJustOver},
	{"just above", hedgeJustOver}, {"a little over", hedgeJustOver}, {"a little more than", hedgeJustOver},
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
