package stats

import "strings"

// lower returns s in lower case, without allocating when it already is.
// foldLower returns lower(strings.Join(strings.Fields(s), " ")): the words
// of s lower-cased, one space apart. ASCII text takes one pass and at most
// one allocation (none when s is already so).
func foldLower(s string) string {
	clean := true // no capitals, no white space but single inner spaces
	for i := 0; i < len(s); i++ {
		switch foldClass[s[i]] {
		case fcPlain:
		case fcNotASCII:
			return lower(strings.Join(strings.Fields(s), " "))
		case fcSpace:
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				clean = false
			}
		default: // a capital, white space other than a space
			clean = false
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fc := foldClass[c]; fc == fcSpace || fc == fcWhite {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Byte classes for foldLower.
const (
	fcPlain    = iota // kept as it is
	fcUpper           // an ASCII capital
	fcSpace           // ' '
	fcWhite           // other ASCII white space: '\t', '\n', '\v', '\f', '\r'
	fcNotASCII        // 0x80 and above
)

var foldClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = fcNotASCII
		case 'A' <= c && c <= 'Z':
			t[c] = fcUpper
		case c == ' ':
			t[c] = fcSpace
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			t[c] = fcWhite
		}
	}
	return t
}()

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Number words.
var cardinalWords = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "mio": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5, "crore": 1e7,
	"crores": 1e7, "krore": 1e7, "krores": 1e7, "koti": 1e7, "cr": 1e7,
	"billions": 1e9, "millions": 1e6, "trillions": 1e12, "thousands": 1e3, "hundreds": 100,
	"tln": 1e12,
}

var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// addCompoundOrdinals adds the closed-up compound ordinals ("twentyfifth",
// "thirtyfirst") and a common misspelling to ordinalWords. It runs while
// startWords is built, which needs them.
func addCompoundOrdinals() {
	if ordinalWords["twentyfirst"] != 0 {
		return
	}
	var add []string
	for o, ov := range ordinalWords {
		if ov < 10 {
			add = append(add, o)
		}
	}
	for t, tv := range tensWords {
		for _, o := range add {
			ordinalWords[t+o] = tv + ordinalWords[o]
		}
	}
	ordinalWords["nineth"] = 9
}

// fractionWords are denominators ("a third", "two-thirds").
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

var multipleVerbs = map[string]float64{
	"doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "tripling": 3, "triples": 3,
	"trebled": 3, "trebling": 3, "quadrupled": 4, "quadrupling": 4, "quintupled": 5,
	"twice": 2, "double": 2, // only before what they multiply (parseWordFigure)
}

var foldWords = map[string]float64{
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
	"sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
}

// superlatives that follow an ordinal rank ("second-largest").
var superlatives = map[string]bool{
	"largest": true, "biggest": true, "highest": true, "lowest": true, "smallest": true,
	"most": true, "best": true, "worst": true, "busiest": true, "richest": true,
	"strongest": true, "fastest": true, "greatest": true, "top": true, "poorest": true,
	"longest": true, "leading": true, "oldest": true, "heaviest": true, "least": true,
}

// ordinalIdioms after an ordinal and a hyphen make an idiom that states no
// rank: "a third-party auditor", "second-hand cars", "first-class mail".
var ordinalIdioms = map[string]bool{
	"party": true, "hand": true, "world": true, "class": true, "rate": true, "guess": true, "tier": true,
	"string": true, "person": true, "degree": true, "team": true, "guessing": true, "in": true,
}

// rankWords after an ordinal and a hyphen keep it a rank ("third-ranked").
var rankWords = map[string]bool{"ranked": true, "placed": true, "seeded": true, "ranking": true}

// compoundIdioms after a number and a hyphen make a compound adjective that
// states no figure: "a two-way street", "a three-time champion", "a
// two-party system", "a one-off payment".
var compoundIdioms = map[string]bool{
	"way": true, "ways": true, "time": true, "timer": true, "party": true, "sided": true, "off": true,
	"tier": true, "tiered": true, "pronged": true, "faced": true, "dimensional": true, "horse": true,
	"edged": true, "handed": true, "stroke": true, "state": true, "step": true, "speed": true,
	"legged": true, "track": true, "lane": true, "figure": true, "digit": true, "digits": true,
}

// oneIdioms after "one" make it a pronoun or an idiom, not a count: "one
// reason is", "one example", "one thing".
var oneIdioms = map[string]bool{
	"of": true, "another": true, "way": true, "day": true, "side": true, "hand": true, "thing": true,
	"time": true, "point": true, "such": true, "reason": true, "example": true, "problem": true,
	"question": true, "issue": true, "factor": true, "explanation": true, "possibility": true,
	"option": true, "sign": true, "concern": true, "hope": true, "theory": true,
	"answer": true, "aspect": true, "idea": true, "challenge": true, "difference": true,
	"advantage": true, "lesson": true, "exception": true, "area": true, "thought": true, "view": true,
}

// approxPhrases map hedge phrases (lower case words) to their class; the
// longest phrase ending right before a figure wins.
var approxPhrases = []struct {
	words  []string
	approx Approx
}{
	{[]string{"about"}, About}, {[]string{"around"}, About}, {[]string{"some"}, About},
	{[]string{"roughly"}, About}, {[]string{"approximately"}, About}, {[]string{"approx"}, About},
	{[]string{"an", "estimated"}, About}, {[]string{"estimated"}, About},
	{[]string{"close", "to"}, About}, {[]string{"circa"}, About}, {[]string{"nearly"}, Under},
	{[]string{"almost"}, Under}, {[]string{"less", "than"}, Under}, {[]string{"under"}, Under},
	{[]string{"below"}, Under}, {[]string{"up", "to"}, Under}, {[]string{"just", "short", "of"}, Under},
	{[]string{"as", "much", "as"}, Under}, {[]string{"as", "many", "as"}, Under},
	{[]string{"as", "high", "as"}, Under}, {[]string{"fewer", "than"}, Under},
	{[]string{"no", "more", "than"}, Under}, {[]string{"just", "under"}, Under},
	{[]string{"not", "more", "than"}, Under}, {[]string{"at", "most"}, Under},
	{[]string{"over"}, Over}, {[]string{"more", "than"}, Over}, {[]string{"above"}, Over},
	{[]string{"at", "least"}, Over}, {[]string{"exceeding"}, Over}, {[]string{"upwards", "of"}, Over},
	{[]string{"just", "over"}, Over}, {[]string{"well", "over"}, Over}, {[]string{"in", "excess", "of"}, Over},
	{[]string{"well", "above"}, Over}, {[]string{"exceeded"}, Over}, {[]string{"exceeds"}, Over},
	{[]string{"exceed"}, Over}, {[]string{"exceeding"}, Over}, {[]string{"greater", "than"}, Over},
	{[]string{"higher", "than"}, Over}, {[]string{"larger", "than"}, Over}, {[]string{"bigger", "than"}, Over},
	{[]string{"no", "less", "than"}, Over}, {[]string{"not", "less", "than"}, Over},
	{[]string{"no", "fewer", "than"}, Over}, {[]string{"not", "fewer", "than"}, Over},
	{[]string{"smaller", "than"}, Under}, {[]string{"lower", "than"}, Under},
	{[]string{"at", "or", "above"}, Over}, {[]string{"at", "or", "below"}, Under},
	{[]string{"less", "than", "or", "equal", "to"}, Under}, {[]string{"less", "or", "equal", "than"}, Under},
	{[]string{"less", "or", "equal", "to"}, Under}, {[]string{"smaller", "or", "equal", "than"}, Under},
	{[]string{"smaller", "than", "or", "equal", "to"}, Under}, {[]string{"lower", "or", "equal", "than"}, Under},
	{[]string{"equal", "to", "or", "less", "than"}, Under}, {[]string{"equal", "to", "or", "lower", "than"}, Under},
	{[]string{"greater", "than", "or", "equal", "to"}, Over}, {[]string{"more", "than", "or", "equal", "to"}, Over},
	{[]string{"greater", "or", "equal", "than"}, Over}, {[]string{"bigger", "or", "equal", "than"}, Over},
	{[]string{"higher", "or", "equal", "than"}, Over}, {[]string{"larger", "or", "equal", "than"}, Over},
	{[]string{"at", "least", "or", "equal", "to"}, Over}, {[]string{"equal", "to", "or", "more", "than"}, Over},
	{[]string{"equal", "to", "or", "greater", "than"}, Over}, {[]string{"surpass"}, Over},
	{[]string{"surpassing"}, Over}, {[]string{"surpasses"}, Over},
	{[]string{"topped"}, Over}, {[]string{"surpassed"}, Over},
}

// changeWords give the direction of a change verb or adverb.
var changeWords = map[string]Change{
	"rose": Up, "rise": Up, "rises": Up, "rising": Up, "risen": Up, "increased": Up,
	"increase": Up, "increases": Up, "increasing": Up, "grew": Up, "grow": Up, "grows": Up,
	"growing": Up, "grown": Up, "gained": Up, "gain": Up, "gains": Up, "climbed": Up,
	"climb": Up, "climbs": Up, "jumped": Up, "jump": Up, "jumps": Up, "surged": Up,
	"surge": Up, "soared": Up, "soar": Up, "up": Up, "expanded": Up, "expand": Up,
	"widened": Up, "widen": Up, "added": Up, "advanced": Up, "higher": Up, "raised": Up,
	"raise": Up, "boosted": Up, "rebounded": Up, "accelerated": Up, "hike": Up, "hiked": Up,
	"fell": Down, "fall": Down, "falls": Down, "falling": Down, "fallen": Down,
	"declined": Down, "decline": Down, "declines": Down, "declining": Down, "dropped": Down,
	"drop": Down, "drops": Down, "decreased": Down, "decrease": Down, "decreases": Down,
	"slipped": Down, "slip": Down, "slid": Down, "shrank": Down, "shrink": Down,
	"shrunk": Down, "contracted": Down, "contract": Down, "narrowed": Down, "narrow": Down,
	"down": Down, "lost": Down, "lose": Down, "plunged": Down, "plunge": Down,
	"tumbled": Down, "cut": Down, "cuts": Down, "cutting": Down, "lower": Down,
	"lowered": Down, "eased": Down, "reduced": Down, "reduce": Down, "slumped": Down,
	"slump": Down, "dipped": Down, "dip": Down, "sank": Down, "slowed": Down, "decelerated": Down,
	"weakened": Down, "depreciated": Down, "appreciated": Up, "strengthened": Up,
	"decelerate": Down, "decelerates": Down, "decelerating": Down, "slowing": Down,
	"accelerate": Up, "accelerates": Up, "accelerating": Up,
}

// months maps month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// functionWords end a counted-noun phrase and are never the counted noun.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "from": true, "for": true, "by": true, "with": true, "and": true, "or": true,
	"but": true, "as": true, "than": true, "that": true, "which": true, "who": true,
	"this": true, "these": true, "those": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "can": true,
	"did": true, "do": true, "does": true, "said": true, "says": true, "say": true,
	"into": true, "over": true, "under": true, "after": true, "before": true, "since": true,
	"during": true, "about": true, "against": true, "between": true, "through": true,
	"per": true, "each": true, "while": true, "when": true, "where": true, "if": true,
	"so": true, "up": true, "down": true, "out": true, "off": true, "also": true,
	"last": true, "next": true, "ago": true, "earlier": true, "later": true, "year": true,
	"years": true, "it": true, "they": true, "he": true, "she": true, "we": true,
	"there": true, "then": true, "more": true, "less": true, "most": true, "least": true,
	"all": true, "both": true, "other": true, "such": true, "only": true, "just": true,
	"not": true, "no": true, "nor": true, "yet": true, "still": true, "already": true,
	"now": true, "against.": true, "versus": true, "vs": true, "compared": true, "respectively": true,
	"apiece": true, "each.": true, "'s": true, "own": true, "again": true, "too": true,
	"including": true, "among": true, "within": true, "without": true, "toward": true,
	"towards": true, "until": true, "till": true, "via": true, "like": true, "unlike": true,
	"across": true, "around": true, "above": true, "below": true, "behind": true, "beyond": true,
	"inside": true, "outside": true, "near": true, "along": true, "amid": true, "despite": true,
	"plus": true, "minus": true, "times": true, "percent": true, "pct": true, "together": true,
	"because": true, "although": true, "though": true, "whereas": true, "unless": true, "what": true,
	"how": true, "why": true, "whose": true, "whom": true, "any": true, "some": true, "many": true,
	"much": true, "few": true, "several": true, "every": true, "either": true, "neither": true,
	"month": true, "months": true, "week": true, "weeks": true, "day": true, "days": true,
	"today": true, "yesterday": true, "tomorrow": true, "ended": true, "ending": true,
}

// verbLike are frequent verbs that follow a bare figure ("224,000 rose").
var verbLike = map[string]bool{
	"rose": true, "fell": true, "increased": true, "decreased": true, "declined": true,
	"grew": true, "dropped": true, "jumped": true, "climbed": true, "gained": true,
	"lost": true, "reached": true, "totalled": true, "totaled": true, "stood": true,
	"came": true, "went": true, "made": true, "took": true, "showed": true, "compared": true,
	"against": true, "expected": true, "forecast": true, "estimated": true, "revised": true,
	"set": true, "reported": true, "recorded": true, "posted": true, "registered": true,
	"attended": true, "joined": true, "signed": true, "met": true, "agreed": true,
	"announced": true, "according": true, "accounted": true, "represented": true, "became": true,
}

// periodNouns after an ordinal make it a period, not a rank ("fourth quarter").
var periodNouns = map[string]bool{
	"quarter": true, "quarters": true, "qtr": true, "half": true, "halves": true,
	"half-year": true, "semester": true, "trimester": true,
}

// indexWords mark a stock index, whose levels and moves are numbers and points.
var indexWords = map[string]bool{
	"index": true, "dow": true, "nasdaq": true, "nikkei": true, "ftse": true, "dax": true,
	"cac": true, "hang": true, "s&p": true, "composite": true, "kospi": true, "sensex": true,
	"indexes": true, "indices": true, "average": true,
}

// pluralish reports whether a lower-case word looks like a plural noun.
func pluralish(w string) bool {
	switch w {
	case "people", "children", "men", "women", "staff", "personnel", "cattle", "police",
		"employees", "workers", "visitors", "tourists", "jobless", "unemployed", "poor", "homeless":
		return true
	}
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i':
		return false
	}
	return true
}

// wordFilter is a quick, allocation-free pre-check before a map lookup on
// a hot path: it answers "maybe" for every word added and "no" for most
// other words, by a hash of the word's length and its first, middle and
// last bytes. A "maybe" still needs the lookup.
type wordFilter struct {
	bits [1 << 16 / 64]uint64
}

// newWordFilter returns a filter for the keys of m.
func newWordFilter[V any](m map[string]V) *wordFilter {
	f := &wordFilter{}
	for w := range m {
		f.add(w)
	}
	return f
}

func (f *wordFilter) add(w string) {
	h := wordHash(w)
	f.bits[h/64] |= 1 << (h % 64)
}

// may reports whether w may be one of the words added.
func (f *wordFilter) may(w string) bool {
	h := wordHash(w)
	return f.bits[h/64]&(1<<(h%64)) != 0
}

// mayBytes is may for a word held in a byte slice.
func (f *wordFilter) mayBytes(w []byte) bool {
	h := uint32(0)
	if n := len(w); n > 0 {
		h = (uint32(n)<<24 | uint32(w[0])<<16 | uint32(w[n>>1])<<8 | uint32(w[n-1])) * 0x9E3779B1 >> 16
	}
	return f.bits[h/64]&(1<<(h%64)) != 0
}

// wordHash mixes a word's length and its first, middle and last bytes into
// 16 bits (mayBytes computes the same for bytes).
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return (uint32(n)<<24 | uint32(w[0])<<16 | uint32(w[n>>1])<<8 | uint32(w[n-1])) * 0x9E3779B1 >> 16
}

// wordSet is a set of words checked with a wordFilter before the map.
type wordSet struct {
	f wordFilter
	m map[string]bool
}

func newWordSet(m map[string]bool) *wordSet { return &wordSet{f: *newWordFilter(m), m: m} }

func (s *wordSet) has(w string) bool { return s.f.may(w) && s.m[w] }

// Filtered sets for the hot paths of attribution.
var (
	indexWordSet = newWordSet(indexWords)
	aFollowerSet = newWordSet(aFollowers)
)
