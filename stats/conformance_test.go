package stats

// Conformance with the English test suites of peer extractors
// (Recognizers-Text, Duckling), each case judged by what claims.md calls a
// claim. The suites live in ../../shared/conformance (see its README.md);
// the mapping and the out-of-scope rules are documented in conformance.md.
//
//	go test ./stats -run TestConformance -v                    # rates and out-of-scope counts
//	go test ./stats -run TestConformance -conformance.v        # every failing case, every excluded case

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var conformanceVerbose = flag.Bool("conformance.v", false, "print every failing conformance case and every out-of-scope case with its rule")

// conformanceDir holds the peers' suites, outside this repository.
const conformanceDir = "../../shared/conformance"

// conformanceTarget is the pass rate issue 6 asks of each suite on its
// in-scope cases. Until a suite reaches it, the test holds the suite at its
// conformanceFloor (the rate measured when the floor was last raised), so
// that the grammar can only move forward; raise a floor whenever the grammar
// improves, and delete it once the suite reaches the target.
const conformanceTarget = 0.95

// conformanceFloor is the pass rate each suite below the target must keep.
// Every suite meets the target now; a suite that falls below it after a
// deliberate change of scope would get its floor here, with a reason.
var conformanceFloor = map[string]float64{}

// ---------------------------------------------------------------------------
// Expectations in our terms

// cspec is one claim we expect.
type cspec struct {
	value      float64
	max        *float64 // a range: value..max; nil: the claim must not be a range
	units      []Unit   // any of these
	currencies []string // any of these; empty: not checked
	approx     []Approx // any of these; empty: not checked
}

// citem is one expected expression: a span and the forms that satisfy it
// (each form a set of claims that must all be found inside the span).
type citem struct {
	text       string
	start, end int // byte span in the input
	forms      [][]cspec
}

// ccase is one conformance case converted to our terms.
type ccase struct {
	id       string
	input    string
	items    []citem
	optional [][2]int          // claims overlapping only these spans are ignored
	covered  func(*Claim) bool // the kind of claim the peer's model reports
	count    int               // >0: exactly this many claims (Duckling intersectTests)
	span     *[2]int           // first covered claim has exactly this span (Duckling rangeTests)
	oos      *confRule         // out of scope, by this rule
}

// confRule is one reason, by claims.md, for which a case is not judged.
type confRule struct {
	name, reason string
}

var (
	confAllButOrdinal = []Unit{UnitPercent, UnitPercentagePoint, UnitMoney, UnitCount, UnitMultiple, UnitQuantity, UnitNumber}
	confOnlyPercent   = []Unit{UnitPercent}
	confOnlyOrdinal   = []Unit{UnitOrdinal}
	confOnlyMoney     = []Unit{UnitMoney}
)

func confNotOrdinal(c *Claim) bool { return c.Unit != UnitOrdinal }
func confIsOrdinal(c *Claim) bool  { return c.Unit == UnitOrdinal }
func confIsPercent(c *Claim) bool  { return c.Unit == UnitPercent }
func confIsMoney(c *Claim) bool    { return c.Unit == UnitMoney }
func confIsBound(c *Claim) bool    { return c.Max != nil || c.Approx == Over || c.Approx == Under }

// ---------------------------------------------------------------------------
// Out-of-scope rules (conformance.md gives the reasons at length)

var (
	confRuleIdentifier  = &confRule{"identifier", "numbers inside names and identifiers are no claim (claims.md §1): IP addresses, codes like SCP-173 or 7c7, 'version two', exercise numbers"}
	confRulePhone       = &confRule{"phone", "phone numbers are no claim (claims.md §1)"}
	confRuleDate        = &confRule{"date", "the expected figures are parts of a date (claims.md §1)"}
	confRuleFormula     = &confRule{"formula", "exponent notation (1e10, 1.1^23, 1.3x10^6) is a formula, not a quantity expression as news writes one"}
	confRuleOver        = &confRule{"over-division", "'X over Y' as a division: 'over' before a figure is the hedge 'more than' (claims.md §2 approx), as in 'earn $2000 over 3 years'"}
	confRuleSlash       = &confRule{"bare-slash-fraction", "a digit fraction standing alone (no 'of' after it, no whole number before it) is a date (1/5), a score or a ratio as often as a share; claims.md reads a fraction as a share of a whole ('3/4 of the land')"}
	confRuleAmbigFrac   = &confRule{"ambiguous-fraction", "the words do not fix where the numerator ends ('twenty one fifths' = 21/5 or 20 1/5; 'one hundred and three quarters' = 100 3/4 or 103/4; 'twenty fifths' = 20/5 or 25ths): a claim needs a determined value, and upstream picks different readings for the same shape"}
	confRulePartOfFrac  = &confRule{"numerator-only", "upstream reports only the numerator of a fraction written with an ordinal denominator ('two millionth', '100 millionths'); by claims.md the whole expression is one claim"}
	confRuleIdiom       = &confRule{"idiom", "idioms are no claim (claims.md §1): 'one last time', 'first class'"}
	confRuleDecComma    = &confRule{"decimal-comma", "continental notation (1,3 = 1.3; 1.111,11): English news writes a decimal point, and a comma between digits separates thousands or list items"}
	confRuleUnitNeg     = &confRule{"negative-but-quantity", "upstream expects nothing, but the text holds a physical quantity ('180ml', '29km', '1m'), which claims.md §2 counts as a claim (unit quantity)"}
	confRuleScaleLetter = &confRule{"scale-letter", "a letter after a bare figure (10k, 3M, 1.2b, 10G, 30 l, 300 Kr) is a scale only by convention: the same letters abbreviate units (a 10k race, 10m, litres), currencies (kr) and names (3M, 5G, 401k), so the value is not determined by the text; the grammar reads scale letters on money only ('$16bn', '£1.2m', '$10K'), which stays in scope"}
	confRuleZeroPad     = &confRule{"zero-padded", "a digit string with leading zeros (0033, 01.10, 0000) is a code, a date or a time, not an amount (claims.md §1 identifiers)"}
	confRuleVague       = &confRule{"vague", "vague amounts with no figure are no claim (claims.md §1): 'a few', 'few', 'a couple (of)'"}
	confRuleAdjective   = &confRule{"adjective", "'single' is an adjective ('single market', 'single currency'), not a figure"}
	confRuleLatent      = &confRule{"latent", "a bare number is not money: claims.md §2 money is an amount in a currency, and the text names none (Duckling's latent money)"}
	confRuleGrand       = &confRule{"grand", "'a grand' names a scale (1000) but no currency; Duckling resolves the same text to AUD, CAD, GBP, JMD, NZD, TTD, USD by locale, so the currency is not in the text"}
	confRuleCoin        = &confRule{"coin", "coin names (nickel, dime, quarter) count coins; the amount and currency are not written, and in economic news 'nickel' is the metal and 'quarter' a period or 25 percent (claims.md)"}
	confRuleMinorBare   = &confRule{"bare-minor-unit", "a bare number after an amount read as cents ('$20 43', '15 dollars and 50', '3 GBP and one'): nothing marks it as a minor unit; in news and tables it is a separate figure"}
	confRuleNoISO       = &confRule{"no-iso-code", "claims.md §2: the currency of money is an ISO 4217 code; bitcoin and satoshi have none"}
	confRuleRelative    = &confRule{"relative-ordinal", "positions relative to the end or the current item ('last', 'next', 'previous', 'penultimate', 'the second to last') state no figure (claims.md §1 vague amounts)"}
	confRuleInitial     = &confRule{"initial-items", "'the first two books' selects the first items: the figure is the cardinal; 'first' is no rank here (claims.md §1, as 'the first eleven months')"}
	confRuleQuarter     = &confRule{"quarter-period", "'three quarters' with no 'of' after it is a period in economic news ('for three quarters in a row', 'the fourth quarter'); claims.md reads a quarter as 25 percent in 'a quarter of'. As part of a number ('five and a quarter', 'three quarters billion') it stays in scope"}
	confRuleFracDenom   = &confRule{"fraction-denominator", "the ordinal word is the denominator of a fraction ('forty two and a third'), not a rank"}
	confRulePctOf       = &confRule{"percent-of", "'percent of 10' names the base of a percentage, not a share: no percent figure is written"}
	confRuleUpAmbig     = &confRule{"upstream-ambiguous", "upstream marks the case ambiguous and resolves it by its own convention; by claims.md 'more than 2 in 5' is a share (40 percent)"}
	confRuleInverted    = &confRule{"inverted-interval", "'between 4.1 dollars and 4 dollars': a range whose lower end exceeds its upper end; the Duckling test checks its parser's entity split, not a claim"}
)

var (
	confReDottedQuad   = regexp.MustCompile(`\d+\.\d+\.\d+\.\d+`)
	confReCodeHyphen   = regexp.MustCompile(`\b[A-Z]{2,}-\d`)
	confReCodeGlued    = regexp.MustCompile(`^\d+[a-z]\d`)
	confReNameNumber   = regexp.MustCompile(`(?i)\b(version|nrs?\.|exercises?)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b`)
	confRePhone        = regexp.MustCompile(`\+\d+-\d+-\d+`)
	confReDateSlash    = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	confReFormula      = regexp.MustCompile(`\^|\d[eE][+-]?\d|\dx10`)
	confReSlashFrac    = regexp.MustCompile(`^-?\s*\d+/\d+$`)
	confReNumerator    = regexp.MustCompile(`^\s+[a-z]+ths?\b`)
	confReDigitRun     = regexp.MustCompile(`\d+(?:\.\d+)?`)
	confReDecComma     = regexp.MustCompile(`\d,\d{1,2}(?:[^\d,]|$)|\d\.\d{3},\d`)
	confReUnitGlued    = regexp.MustCompile(`(?i)\d\s?(ml|km|m|kg|cm|mm)\b`)
	confReScaleLetter  = regexp.MustCompile(`(?i)^[-\s]*[\d.,]*\d\s*[kmbgl]([-–][\d.,]*\d\s*[kmbgl])?$|\bkr$`)
	confReZeroPad      = regexp.MustCompile(`^-?0\d`)
	confReVague        = regexp.MustCompile(`(?i)^(a )?(few|couple)( of)?$`)
	confReSingle       = regexp.MustCompile(`(?i)^single$`)
	confReGrand        = regexp.MustCompile(`(?i)\bgrand\b`)
	confReCoin         = regexp.MustCompile(`(?i)\b(nickels?|dimes?|quarters?)\b`)
	confReNoISO        = regexp.MustCompile(`(?i)₿|bitcoin|\bbtc\b|satoshi`)
	confReIdiom        = regexp.MustCompile(`(?i)\bone last time\b|\bfirst class\b|\bfor the first time\b|\bat first\b|\bon the one hand\b`)
	confReInitial      = regexp.MustCompile(`(?i)\bthe first (one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z]+s\b`)
	confRePctOf        = regexp.MustCompile(`(?i)^(per ?cents?|percents?) of\b`)
	confRePTBDecimal   = regexp.MustCompile(`\d+ \. \d+`)
	confReBetweenNums  = regexp.MustCompile(`(?i)between ([\d.]+)\D*? and ([\d.]+)`)
	confReSpacedHyph   = regexp.MustCompile(`\s*[-–]\s*`)
	confReTrailingNum  = regexp.MustCompile(`(?i)(^|\s)(\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[a-z]+-[a-z]+)$`)
	confReCurrencyMark = regexp.MustCompile(`(?i)[$€£¥]|\b(dollars?|usd|gbp|cad|chf|eur|rupees?|ringgit|kuai|rmb|yuan|us)\b`)
)

// Number words for the fraction rule. The test keeps its own lists so that
// what is in scope does not move when the grammar's lexicon changes.
var (
	confUnitWords = map[string]bool{"a": true, "an": true, "zero": true, "one": true, "two": true, "three": true,
		"four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
		"eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
		"seventeen": true, "eighteen": true, "nineteen": true}
	confTensWords = map[string]bool{"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
		"seventy": true, "eighty": true, "ninety": true}
	confScaleWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true,
		"trillion": true, "lakh": true, "crore": true}
	confOrdinalDen = map[string]bool{"third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
		"eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true, "thirteenth": true,
		"fourteenth": true, "fifteenth": true, "sixteenth": true, "seventeenth": true, "eighteenth": true,
		"nineteenth": true, "twentieth": true, "thirtieth": true, "fortieth": true, "fiftieth": true,
		"sixtieth": true, "seventieth": true, "eightieth": true, "ninetieth": true, "hundredth": true,
		"thousandth": true, "millionth": true, "billionth": true, "trillionth": true, "first": true, "second": true}
)

// confNumberish reports whether w is a number word or written with digits.
func confNumberish(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for _, p := range strings.Split(w, "-") {
		if !confUnitWords[p] && !confTensWords[p] && !confScaleWords[p] {
			return false
		}
	}
	return true
}

// confDenominator returns the singular form of w when w is a fraction
// denominator ("fifths" → "fifth", "hundred-fifths" → "hundred-fifth"),
// with whether it was plural.
func confDenominator(w string) (string, bool, bool) {
	sing, plural := w, false
	switch {
	case strings.HasSuffix(w, "halves"):
		sing, plural = strings.TrimSuffix(w, "ves")+"f", true
	case strings.HasSuffix(w, "s"):
		sing, plural = strings.TrimSuffix(w, "s"), true
	}
	parts := strings.Split(sing, "-")
	last := parts[len(parts)-1]
	if confOrdinalDen[last] || last == "half" || last == "quarter" || last == "dozen" || last == "dz" || last == "doz" {
		return sing, plural, true
	}
	return "", false, false
}

// confAmbiguousFraction reports whether a spelled fraction leaves the split
// between whole part, numerator and denominator open (conformance.md).
func confAmbiguousFraction(text string) bool {
	words := strings.Fields(strings.ToLower(confReSpacedHyph.ReplaceAllString(text, "-")))
	di := -1
	var den string
	var plural bool
	for i := len(words) - 1; i >= 0; i-- {
		if d, p, ok := confDenominator(words[i]); ok {
			di, den, plural = i, d, p
			break
		}
	}
	if di < 0 {
		return false
	}
	run := words[:di]
	for len(run) > 0 && (run[0] == "minus" || run[0] == "negative") {
		run = run[1:]
	}
	parts := strings.Split(den, "-")
	last := parts[len(parts)-1]
	compoundable := confOrdinalDen[last]
	// (a) the denominator may join the word before it into one compound
	// ordinal: "twenty fifths", "hundred fifth", "hundred-fifths"
	if compoundable {
		if len(parts) > 1 && confScaleWords[parts[0]] {
			return true
		}
		k := len(run) - 1
		if k >= 0 && run[k] == "and" {
			k--
		}
		if len(parts) == 1 && k >= 0 && (confTensWords[run[k]] || confScaleWords[run[k]]) {
			return true
		}
	}
	if !plural {
		return false // a singular denominator has the numerator "a"/"one"
	}
	lastAnd := -1
	for i, w := range run {
		if w == "and" {
			lastAnd = i
		}
	}
	// (c) a whole part ending in a scale word before "and": "one hundred
	// and three quarters", "five billion and three quarters"
	if lastAnd > 0 && confScaleWords[run[lastAnd-1]] {
		return true
	}
	// (d) "twenty and three and three fifths": "and" joining two unit words
	// inside the whole part
	for i, w := range run {
		if w == "and" && i != lastAnd && i > 0 && !confScaleWords[run[i-1]] {
			return true
		}
	}
	// (b) a numerator of several number words: "twenty one fifths"
	num := run[lastAnd+1:]
	components := 0
	for _, w := range num {
		if confNumberish(w) && !confScaleWords[w] {
			components++
		}
	}
	return components >= 2
}

// confQuarterPeriod reports whether text has "N quarter(s)" that may be a
// period: a count before it, no "and" before the count (not "five and a
// quarter"), and no "of" or scale word after it.
func confQuarterPeriod(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	for i, w := range words {
		if w != "quarter" && w != "quarters" || i == 0 || !confNumberish(words[i-1]) {
			continue
		}
		if i >= 2 && words[i-2] == "and" {
			continue
		}
		if i+1 < len(words) && (words[i+1] == "of" || confScaleWords[words[i+1]]) {
			continue
		}
		return true
	}
	return false
}

// confMinorBare reports whether an expected money text ends in a bare number
// read as the minor unit: "$20 43", "15 dollars and 50", "3 GBP and one".
func confMinorBare(text string) bool {
	t := strings.TrimSpace(text)
	m := confReTrailingNum.FindStringSubmatchIndex(t)
	if m == nil || m[4] == 0 {
		return false
	}
	if !confNumberish(strings.ToLower(strings.Trim(t[m[4]:m[5]], ",."))) {
		return false
	}
	head := strings.TrimSpace(t[:m[4]])
	head = strings.TrimSpace(strings.TrimSuffix(head, " and"))
	if strings.HasSuffix(strings.ToLower(head), "and") {
		head = strings.TrimSpace(head[:len(head)-3])
	}
	if !confReCurrencyMark.MatchString(head) {
		return false
	}
	// a figure before the tail besides the currency: "$20", "thirteen dollars"
	for _, w := range strings.Fields(confReCurrencyMark.ReplaceAllString(head, " ")) {
		w = strings.ToLower(strings.Trim(w, "$€£.,"))
		if confNumberish(w) && !confScaleWords[w] {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------
// Judging

func confOverlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

func confSameValue(got, want float64) bool {
	if want == 0 {
		return math.Abs(got) < 1e-9
	}
	return math.Abs(got-want) <= 1e-6*math.Abs(want)
}

func (sp *cspec) matches(c *Claim) bool {
	if !confSameValue(c.Value, sp.value) {
		return false
	}
	if (sp.max == nil) != (c.Max == nil) || sp.max != nil && !confSameValue(*c.Max, *sp.max) {
		return false
	}
	if !confHasUnit(sp.units, c.Unit) {
		return false
	}
	if len(sp.currencies) > 0 && !confHasString(sp.currencies, c.Currency) {
		return false
	}
	if len(sp.approx) > 0 {
		a := c.Approx
		if a == "" {
			a = Exact
		}
		ok := false
		for _, x := range sp.approx {
			ok = ok || x == a
		}
		if !ok {
			return false
		}
	}
	return true
}

func confHasUnit(us []Unit, u Unit) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

func confHasString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// confJudge decides whether our claims satisfy the case; why says what failed.
func confJudge(c *ccase, claims []Claim) (ok bool, why string) {
	// claims on an optional span are ignored, unless they also reach an expected one
	var cs []Claim
	for _, cl := range claims {
		opt, exp := false, false
		for _, o := range c.optional {
			opt = opt || confOverlaps(cl.Start, cl.End, o[0], o[1])
		}
		for _, it := range c.items {
			exp = exp || confOverlaps(cl.Start, cl.End, it.start, it.end)
		}
		if !opt || exp {
			cs = append(cs, cl)
		}
	}
	if c.count > 0 {
		if len(cs) != c.count {
			return false, fmt.Sprintf("%d claims, want %d", len(cs), c.count)
		}
		return true, ""
	}
	if c.span != nil {
		for i := range cs {
			if c.covered(&cs[i]) {
				if cs[i].Start != c.span[0] || cs[i].End != c.span[1] {
					return false, fmt.Sprintf("first claim spans %q, want %q", c.input[cs[i].Start:cs[i].End], c.input[c.span[0]:c.span[1]])
				}
				return true, ""
			}
		}
		return false, "no claim"
	}
	used := make([]bool, len(cs))
	for _, it := range c.items {
		found := false
		for _, form := range it.forms {
			take := make([]int, 0, len(form))
			for si := range form {
				sp := &form[si]
				pick := -1
				for i := range cs {
					if used[i] || confHasInt(take, i) || !confOverlaps(cs[i].Start, cs[i].End, it.start, it.end) {
						continue
					}
					if sp.matches(&cs[i]) {
						pick = i
						break
					}
				}
				if pick < 0 {
					break
				}
				take = append(take, pick)
			}
			if len(take) == len(form) {
				for _, i := range take {
					used[i] = true
				}
				found = true
				break
			}
		}
		if !found {
			return false, fmt.Sprintf("missing %q", it.text)
		}
	}
	for i := range cs {
		if used[i] || !c.covered(&cs[i]) {
			continue
		}
		dup := false
		for j := range cs {
			if used[j] && cs[j].Unit == cs[i].Unit && confSameValue(cs[i].Value, cs[j].Value) && (cs[i].Max == nil) == (cs[j].Max == nil) {
				dup = true // the same amount written twice: "forty-five (45)"
			}
		}
		if !dup {
			return false, fmt.Sprintf("extra %q", cs[i].Text)
		}
	}
	return true, ""
}

func confHasInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func confDescribe(c *ccase) string {
	switch {
	case c.count > 0:
		return fmt.Sprintf("%d claims", c.count)
	case c.span != nil:
		return fmt.Sprintf("first claim %q", c.input[c.span[0]:c.span[1]])
	case len(c.items) == 0:
		return "(no claim)"
	}
	var b strings.Builder
	for i, it := range c.items {
		if i > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprintf(&b, "%q→", it.text)
		for fi, form := range it.forms {
			if fi > 0 {
				b.WriteString(" or ")
			}
			for si, sp := range form {
				if si > 0 {
					b.WriteString(" + ")
				}
				b.WriteString(strconv.FormatFloat(sp.value, 'g', 12, 64))
				if sp.max != nil {
					b.WriteString(".." + strconv.FormatFloat(*sp.max, 'g', 12, 64))
				}
				us := make([]string, len(sp.units))
				for k, u := range sp.units {
					us[k] = string(u)
				}
				if len(sp.units) == len(confAllButOrdinal) {
					us = []string{"non-ordinal"}
				}
				b.WriteString(" " + strings.Join(us, "|"))
				if len(sp.currencies) > 0 {
					b.WriteString(":" + strings.Join(sp.currencies, "|"))
				}
				if len(sp.approx) > 0 {
					as := make([]string, len(sp.approx))
					for k, a := range sp.approx {
						as[k] = string(a)
					}
					b.WriteString("~" + strings.Join(as, "|"))
				}
			}
		}
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Loading

type recResult struct {
	Text       string `json:"text"`
	Type       string `json:"type"`
	Start      int    `json:"utf8Start"`
	End        int    `json:"utf8End"`
	Resolution struct {
		Value       *string `json:"value"`
		Subtype     string  `json:"subtype"`
		Unit        string  `json:"unit"`
		IsoCurrency string  `json:"isoCurrency"`
	} `json:"resolution"`
}

type recRecord struct {
	ID                   string      `json:"id"`
	Input                string      `json:"input"`
	Results              []recResult `json:"results"`
	NotSupported         *string     `json:"notSupported"`
	NotSupportedByDesign *string     `json:"notSupportedByDesign"`
	Comment              *string     `json:"comment"`
}

type duckRecord struct {
	Input  string   `json:"input"`
	Value  *float64 `json:"value"`
	Unit   *string  `json:"unit"`
	Dim    string   `json:"dim"`
	Kind   string   `json:"kind"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Count  int      `json:"count"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Locale string   `json:"locale"`
	Test   string   `json:"test"`
}

// confReadJSONL decodes every line of a suite file into a new T.
func confReadJSONL[T any](t *testing.T, name string) []T {
	path := filepath.Join(conformanceDir, name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("conformance suite not available: %v", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var r T
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

func confParseNum(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return v, err == nil
}

func confPtr(v float64) *float64 { return &v }

// ---------------------------------------------------------------------------
// Recognizers-Text

func recNumberCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[recRecord](t, "recognizers-number-model.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confNotOrdinal}
		c.oos = scopeRecNumber(&r)
		for _, res := range r.Results {
			v, ok := confParseNum(confDeref(res.Resolution.Value, ""))
			if !ok {
				t.Fatalf("%s: value %v", r.ID, res.Resolution.Value)
			}
			sp := cspec{value: v, units: confAllButOrdinal}
			if res.Resolution.Subtype == "fraction" && math.Abs(v) < 1 {
				sp = cspec{value: v * 100, units: confOnlyPercent} // fractions of a whole are percent
			}
			c.items = append(c.items, citem{text: res.Text, start: res.Start, end: res.End, forms: [][]cspec{{sp}}})
		}
		out = append(out, c)
	}
	return out
}

func confDeref(p *string, d string) string {
	if p == nil {
		return d
	}
	return *p
}

func recOrdinalCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[recRecord](t, "recognizers-ordinal-model.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confIsOrdinal}
		c.oos = scopeRecOrdinal(&r)
		for _, res := range r.Results {
			v, ok := confParseNum(confDeref(res.Resolution.Value, ""))
			if !ok {
				if c.oos == nil {
					t.Fatalf("%s: value %v", r.ID, res.Resolution.Value)
				}
				continue
			}
			c.items = append(c.items, citem{text: res.Text, start: res.Start, end: res.End,
				forms: [][]cspec{{{value: v, units: confOnlyOrdinal}}}})
		}
		out = append(out, c)
	}
	return out
}

func recPercentCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[recRecord](t, "recognizers-percent-model.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confIsPercent}
		c.oos = scopeRecPercent(&r)
		for _, res := range r.Results {
			s := strings.TrimSuffix(confDeref(res.Resolution.Value, "null"), "%")
			v, ok := confParseNum(s)
			if !ok {
				continue // "percent" with no figure: not a claim, the case is negative for us
			}
			c.items = append(c.items, citem{text: res.Text, start: res.Start, end: res.End,
				forms: [][]cspec{{{value: v, units: confOnlyPercent}}}})
		}
		out = append(out, c)
	}
	return out
}

var (
	confReInterval   = regexp.MustCompile(`^([\[(])\s*([^,]*)\s*,\s*([^,\])]*)\s*([\])])$`)
	confReComparison = regexp.MustCompile(`(?i)\b(than|above|below|under|over|equal|equals|equaling|at most|at least|exceed\w*|surpass\w*|up to|or more|or less)\b|[<>=]`)
	confReFracMarker = regexp.MustCompile(`(?i)\b(half|halves|quarters?|thirds?|fourths?|fifths?)\b|/|\bin\b`)
	confReOrdMarker  = regexp.MustCompile(`(?i)\b\w+(th|first|second|third)\b`)
)

func recRangeCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[recRecord](t, "recognizers-number-range-model.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confIsBound}
		c.oos = scopeRecRange(&r)
		for _, res := range r.Results {
			m := confReInterval.FindStringSubmatch(confDeref(res.Resolution.Value, ""))
			if m == nil {
				t.Fatalf("%s: interval %v", r.ID, res.Resolution.Value)
			}
			lo, hasLo := confParseNum(m[2])
			hi, hasHi := confParseNum(m[3])
			txt := strings.ToLower(res.Text)
			units := confAllButOrdinal
			if confReOrdMarker.MatchString(txt) {
				units = confOnlyOrdinal
			}
			if confReFracMarker.MatchString(txt) && units[0] != UnitOrdinal && (hasLo && math.Abs(lo) < 1 || hasHi && math.Abs(hi) < 1) {
				lo, hi, units = lo*100, hi*100, confOnlyPercent // fractions of a whole are percent
			}
			// claims.md has no "or equal": "at least" is over, "no more than" under
			overA, underA := []Approx{Over}, []Approx{Under}
			var forms [][]cspec
			switch {
			case hasLo && hasHi && lo == hi:
				forms = [][]cspec{{{value: lo, units: units, approx: []Approx{Exact}}}}
			case hasLo && !hasHi:
				forms = [][]cspec{{{value: lo, units: units, approx: []Approx{Over}}}}
			case !hasLo && hasHi:
				forms = [][]cspec{{{value: hi, units: units, approx: []Approx{Under}}}}
			case strings.HasPrefix(txt, "from "):
				// "from X to Y" is two figures (a change) in news; the grammar's own tests say so
				forms = [][]cspec{{{value: lo, units: units}, {value: hi, units: units}}}
			case confReComparison.MatchString(txt):
				// "more than 10 and less than 20": one range, or its two bounds
				forms = [][]cspec{
					{{value: lo, max: confPtr(hi), units: units}},
					{{value: lo, units: units, approx: overA}, {value: hi, units: units, approx: underA}},
				}
			default:
				forms = [][]cspec{{{value: lo, max: confPtr(hi), units: units}}}
			}
			c.items = append(c.items, citem{text: res.Text, start: res.Start, end: res.End, forms: forms})
		}
		out = append(out, c)
	}
	return out
}

// confRecCurrency maps a Recognizers currency resolution to our value and ISO codes.
func confRecCurrency(unit, iso string, v float64) (float64, []string) {
	if iso != "" {
		return v, []string{iso}
	}
	switch unit {
	case "Dollar":
		return v, []string{"USD"} // claims.md: "$" and "dlrs" → USD unless the text says otherwise
	case "Pound":
		return v, []string{"GBP"}
	case "Cent":
		return v / 100, []string{"USD"}
	case "Pence":
		return v / 100, []string{"GBP"}
	case "Penny":
		return v / 100, []string{"GBP", "USD"}
	case "Franc":
		return v, []string{"FRF"} // claims.md: "francs" → FRF
	case "Finnish markka":
		return v, []string{"FIM"}
	case "Netherlands guilder":
		return v, []string{"NLG"}
	case "Peseta":
		return v, []string{"ESP"}
	case "Rupee":
		return v, []string{"INR", "PKR", "LKR", "NPR"}
	case "Sen":
		return v / 100, []string{"MYR", "IDR", "BND"}
	}
	return v, nil
}

func recCurrencyCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[recRecord](t, "recognizers-currency-model.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confIsMoney}
		c.oos = scopeRecCurrency(&r)
		for _, m := range confRePTBDecimal.FindAllStringIndex(r.Input, -1) {
			c.optional = append(c.optional, [2]int{m[0], m[1]}) // "1 . 6 billion": a decimal split by the tokenizer upstream
		}
		for _, res := range r.Results {
			if res.Resolution.Value == nil {
				// a currency name with no figure ("dollar : 143.80 yen"): no claim
				c.optional = append(c.optional, [2]int{res.Start, res.End})
				continue
			}
			v, ok := confParseNum(*res.Resolution.Value)
			if !ok {
				t.Fatalf("%s: value %q", r.ID, *res.Resolution.Value)
			}
			v, cur := confRecCurrency(res.Resolution.Unit, res.Resolution.IsoCurrency, v)
			if cur == nil && c.oos == nil {
				t.Fatalf("%s: no currency mapping for unit %q", r.ID, res.Resolution.Unit)
			}
			c.items = append(c.items, citem{text: res.Text, start: res.Start, end: res.End,
				forms: [][]cspec{{{value: v, units: confOnlyMoney, currencies: cur}}}})
		}
		out = append(out, c)
	}
	return out
}

// ---------------------------------------------------------------------------
// Duckling

func confDuckID(i int, d *duckRecord) string {
	return fmt.Sprintf("%s#%d(%s,%s)", d.Dim, i, d.Locale, d.Test)
}

// confDuckShape builds the count/span/negative cases common to every dimension;
// it reports false when the case is a corpus case with a value.
func confDuckShape(c *ccase, d *duckRecord) bool {
	switch d.Test {
	case "intersectTests":
		c.count = d.Count
		return true
	case "rangeTests":
		c.span = &[2]int{confRuneToByte(d.Input, d.Start), confRuneToByte(d.Input, d.End)}
		return true
	case "negative":
		return true
	}
	return false
}

func confRuneToByte(s string, n int) int {
	i := 0
	for k := range s {
		if i == n {
			return k
		}
		i++
	}
	return len(s)
}

func duckNumeralCases(t *testing.T) []ccase {
	var out []ccase
	for i, d := range confReadJSONL[duckRecord](t, "duckling-numeral.jsonl") {
		c := ccase{id: confDuckID(i, &d), input: d.Input, covered: confNotOrdinal}
		c.oos = scopeDuckNumeral(&d)
		if !confDuckShape(&c, &d) {
			c.items = []citem{{text: d.Input, start: 0, end: len(d.Input),
				forms: [][]cspec{{{value: *d.Value, units: confAllButOrdinal}}}}}
		}
		out = append(out, c)
	}
	return out
}

func duckOrdinalCases(t *testing.T) []ccase {
	var out []ccase
	for i, d := range confReadJSONL[duckRecord](t, "duckling-ordinal.jsonl") {
		c := ccase{id: confDuckID(i, &d), input: d.Input, covered: confIsOrdinal}
		if !confDuckShape(&c, &d) {
			c.items = []citem{{text: d.Input, start: 0, end: len(d.Input),
				forms: [][]cspec{{{value: *d.Value, units: confOnlyOrdinal}}}}}
		}
		out = append(out, c)
	}
	return out
}

// confDuckCurrency maps a Duckling currency constructor to our value scale and ISO codes.
func confDuckCurrency(unit *string, input string) (float64, []string) {
	if unit == nil {
		return 1, []string{"USD"} // "42 bucks": slang for dollars
	}
	switch *unit {
	case "Dollar":
		return 1, []string{"USD"}
	case "Cent":
		if strings.Contains(strings.ToLower(input), "penn") {
			return 0.01, []string{"USD", "GBP"}
		}
		return 0.01, []string{"USD"}
	case "Pound":
		return 1, []string{"GBP"}
	case "Dinar":
		return 1, []string{"KWD", "BHD", "IQD", "JOD", "LYD", "TND", "DZD", "RSD", "MKD"}
	case "Riyal":
		return 1, []string{"SAR", "QAR", "YER", "OMR"}
	case "Rial":
		return 1, []string{"IRR", "OMR", "YER"}
	}
	return 1, []string{*unit}
}

// confSharedScale fixes Duckling's "7-9 lakh rupees" = (7, 900000): the scale
// word after "X-Y" applies to both ends, as claims.md's "3-4%".
func confSharedScale(input string, lo, hi float64) float64 {
	nums := confReDigitRun.FindAllString(input, -1)
	if len(nums) >= 2 {
		a, _ := confParseNum(nums[0])
		b, _ := confParseNum(nums[1])
		if a == lo && b != hi && b != 0 && hi/b >= 100 {
			return lo * hi / b
		}
	}
	return lo
}

func duckMoneyCases(t *testing.T) []ccase {
	var out []ccase
	for i, d := range confReadJSONL[duckRecord](t, "duckling-amountofmoney.jsonl") {
		c := ccase{id: confDuckID(i, &d), input: d.Input, covered: confIsMoney}
		in := d.Input
		c.oos = scopeDuckMoney(&d)
		if confDuckShape(&c, &d) {
			out = append(out, c)
			continue
		}
		scale, cur := confDuckCurrency(d.Unit, in)
		var forms [][]cspec
		switch d.Kind {
		case "simple":
			forms = [][]cspec{{{value: *d.Value * scale, units: confOnlyMoney, currencies: cur}}}
		case "between":
			lo, hi := confSharedScale(in, *d.Min, *d.Max)*scale, *d.Max*scale
			if strings.HasPrefix(strings.ToLower(in), "from ") {
				forms = [][]cspec{{{value: lo, units: confOnlyMoney, currencies: cur}, {value: hi, units: confOnlyMoney, currencies: cur}}}
			} else {
				forms = [][]cspec{{{value: lo, max: confPtr(hi), units: confOnlyMoney, currencies: cur}}}
			}
		case "under":
			forms = [][]cspec{{{value: *d.Max * scale, units: confOnlyMoney, currencies: cur, approx: []Approx{Under}}}}
		case "above":
			forms = [][]cspec{{{value: *d.Min * scale, units: confOnlyMoney, currencies: cur, approx: []Approx{Over}}}}
		default:
			t.Fatalf("%s: kind %q", c.id, d.Kind)
		}
		c.items = []citem{{text: d.Input, start: 0, end: len(d.Input), forms: forms}}
		out = append(out, c)
	}
	return out
}

// ---------------------------------------------------------------------------
// Scope: one function per suite, one named rule per reason. Each returns
// the first rule that puts the case out of scope, or nil.

// confRecScope applies the rules every Recognizers suite shares: a rule
// excludes a case when its pattern covers one of the expected results (a
// negative case stays in scope: claims.md agrees that there is no claim).
func confRecScope(r *recRecord) *confRule {
	covers := func(re *regexp.Regexp) bool {
		for _, m := range re.FindAllStringIndex(r.Input, -1) {
			for _, res := range r.Results {
				if confOverlaps(m[0], m[1], res.Start, res.End) {
					return true
				}
			}
		}
		return false
	}
	switch {
	case covers(confReDottedQuad), covers(confReCodeHyphen), covers(confReNameNumber):
		return confRuleIdentifier
	case covers(confRePhone):
		return confRulePhone
	case covers(confReDateSlash):
		return confRuleDate
	case covers(confReIdiom):
		return confRuleIdiom
	case r.Comment != nil && strings.Contains(strings.ToLower(*r.Comment), "ambiguous"):
		return confRuleUpAmbig
	}
	return nil
}

// anyResult reports whether f holds for one of the case's results; f gets
// the result, its trimmed text and the input after it (lower case).
func (r *recRecord) anyResult(f func(res *recResult, txt, after string) bool) bool {
	for i := range r.Results {
		res := &r.Results[i]
		if f(res, strings.TrimSpace(res.Text), strings.ToLower(r.Input[res.End:])) {
			return true
		}
	}
	return false
}

func scopeRecNumber(r *recRecord) *confRule {
	if rule := confRecScope(r); rule != nil {
		return rule
	}
	fraction := func(res *recResult) bool { return res.Resolution.Subtype == "fraction" }
	switch {
	case len(r.Results) == 0 && confReUnitGlued.MatchString(r.Input):
		return confRuleUnitNeg
	case r.anyResult(func(_ *recResult, txt, _ string) bool { return confReFormula.MatchString(txt) }):
		return confRuleFormula
	case r.anyResult(func(res *recResult, txt, _ string) bool {
		return fraction(res) && strings.Contains(" "+strings.ToLower(txt)+" ", " over ")
	}):
		return confRuleOver
	case r.anyResult(func(_ *recResult, txt, after string) bool {
		return confReSlashFrac.MatchString(txt) && !strings.HasPrefix(strings.TrimSpace(after), "of ")
	}):
		return confRuleSlash
	case r.anyResult(func(res *recResult, txt, _ string) bool {
		return (fraction(res) || strings.Contains(strings.ToLower(txt), "doz")) && confAmbiguousFraction(txt)
	}):
		return confRuleAmbigFrac
	case r.anyResult(func(res *recResult, _, after string) bool {
		return !fraction(res) && confReNumerator.MatchString(after)
	}):
		return confRulePartOfFrac
	case r.anyResult(func(res *recResult, txt, after string) bool {
		return fraction(res) && confQuarterPeriod(txt) && !strings.HasPrefix(strings.TrimSpace(after), "of ")
	}):
		return confRuleQuarter
	case r.anyResult(func(_ *recResult, txt, _ string) bool { return confReDecComma.MatchString(txt) }):
		return confRuleDecComma
	case r.anyResult(func(_ *recResult, txt, _ string) bool { return confReScaleLetter.MatchString(txt) }):
		return confRuleScaleLetter
	case r.anyResult(func(_ *recResult, txt, _ string) bool { return confReZeroPad.MatchString(txt) }):
		return confRuleZeroPad
	}
	return nil
}

func scopeRecOrdinal(r *recRecord) *confRule {
	if rule := confRecScope(r); rule != nil {
		return rule
	}
	switch {
	case r.anyResult(func(res *recResult, _, _ string) bool { return res.Type == "ordinal.relative" }):
		return confRuleRelative
	case len(r.Results) > 0 && confReInitial.MatchString(r.Input):
		return confRuleInitial
	case r.anyResult(func(res *recResult, _, _ string) bool {
		before := strings.ToLower(r.Input[:res.Start])
		return strings.HasSuffix(before, " and a ") || strings.HasSuffix(before, " and an ")
	}):
		return confRuleFracDenom
	}
	return nil
}

func scopeRecPercent(r *recRecord) *confRule {
	if rule := confRecScope(r); rule != nil {
		return rule
	}
	if r.anyResult(func(_ *recResult, txt, _ string) bool { return confRePctOf.MatchString(txt) }) {
		return confRulePctOf
	}
	return nil
}

func scopeRecRange(r *recRecord) *confRule {
	if rule := confRecScope(r); rule != nil {
		return rule
	}
	switch {
	case r.anyResult(func(_ *recResult, txt, _ string) bool { return confReScaleLetter.MatchString(txt) }):
		return confRuleScaleLetter
	case r.anyResult(func(_ *recResult, txt, _ string) bool { return confQuarterPeriod(txt) }):
		return confRuleQuarter
	}
	return nil
}

func scopeRecCurrency(r *recRecord) *confRule {
	if rule := confRecScope(r); rule != nil {
		return rule
	}
	switch {
	case r.anyResult(func(res *recResult, txt, _ string) bool {
		return confReNoISO.MatchString(txt) || res.Resolution.Unit == "Bitcoin" || res.Resolution.Unit == "Satoshi"
	}):
		return confRuleNoISO
	case r.anyResult(func(res *recResult, txt, _ string) bool { return res.Resolution.Value != nil && confMinorBare(txt) }):
		return confRuleMinorBare
	}
	return nil
}

func scopeDuckNumeral(d *duckRecord) *confRule {
	in := strings.TrimSpace(d.Input)
	switch {
	case confReSlashFrac.MatchString(in):
		return confRuleSlash
	case confReScaleLetter.MatchString(in):
		return confRuleScaleLetter
	case confReZeroPad.MatchString(in):
		return confRuleZeroPad
	case confReVague.MatchString(in):
		return confRuleVague
	case confReSingle.MatchString(in):
		return confRuleAdjective
	}
	return nil
}

func scopeDuckMoney(d *duckRecord) *confRule {
	in := d.Input
	positive := d.Test != "negative"
	switch {
	case d.Test == "latent":
		return confRuleLatent
	case confReCodeGlued.MatchString(in):
		return confRuleIdentifier
	case positive && confReGrand.MatchString(in):
		return confRuleGrand
	case positive && confReCoin.MatchString(in):
		return confRuleCoin
	case d.Kind == "simple" && confMinorBare(in):
		return confRuleMinorBare
	}
	if m := confReBetweenNums.FindStringSubmatch(in); m != nil {
		a, _ := confParseNum(m[1])
		b, _ := confParseNum(m[2])
		if a > b {
			return confRuleInverted
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// The test

type conformanceSuite struct {
	name string
	load func(*testing.T) []ccase
}

var conformanceSuites = []conformanceSuite{
	{"recognizers-number-model", recNumberCases},
	{"recognizers-ordinal-model", recOrdinalCases},
	{"recognizers-percent-model", recPercentCases},
	{"recognizers-number-range-model", recRangeCases},
	{"recognizers-currency-model", recCurrencyCases},
	{"duckling-numeral", duckNumeralCases},
	{"duckling-ordinal", duckOrdinalCases},
	{"duckling-amountofmoney", duckMoneyCases},
}

// TestConformance runs each peer suite through Extract and asserts that at
// least 95% of its in-scope cases pass.
func TestConformance(t *testing.T) {
	for _, s := range conformanceSuites {
		t.Run(s.name, func(t *testing.T) {
			cases := s.load(t)
			oos := map[string]int{}
			reasons := map[string]string{}
			var failures []string
			var excluded []string
			inScope, pass := 0, 0
			for i := range cases {
				c := &cases[i]
				claims := Extract(&Article{Text: c.input, ID: ArticleID(c.input)})
				if c.oos != nil {
					oos[c.oos.name]++
					reasons[c.oos.name] = c.oos.reason
					excluded = append(excluded, fmt.Sprintf("%s [%s] %q", c.id, c.oos.name, c.input))
					continue
				}
				inScope++
				ok, why := confJudge(c, claims)
				if ok {
					pass++
					continue
				}
				failures = append(failures, fmt.Sprintf("%s %q\n    want: %s\n     got: %s\n     why: %s",
					c.id, c.input, confDescribe(c), render(claims), why))
			}
			names := make([]string, 0, len(oos))
			for n := range oos {
				names = append(names, n)
			}
			sort.Slice(names, func(i, j int) bool {
				return oos[names[i]] > oos[names[j]] || oos[names[i]] == oos[names[j]] && names[i] < names[j]
			})
			var ob strings.Builder
			for _, n := range names {
				fmt.Fprintf(&ob, " %s=%d", n, oos[n])
			}
			rate := 1.0
			if inScope > 0 {
				rate = float64(pass) / float64(inScope)
			}
			summary := fmt.Sprintf("%s: %d cases, %d in scope, %d pass (%.1f%%); out of scope:%s",
				s.name, len(cases), inScope, pass, 100*rate, ob.String())
			if rate >= conformanceTarget {
				t.Log(summary)
			}
			if *conformanceVerbose {
				for _, f := range failures {
					t.Log("FAIL " + f)
				}
				for _, n := range names {
					t.Logf("RULE %s (%d): %s", n, oos[n], reasons[n])
				}
				for _, e := range excluded {
					t.Log("OUT  " + e)
				}
			}
			if rate < conformanceTarget {
				n := min(len(failures), 30)
				floor, ok := conformanceFloor[s.name]
				report := t.Errorf
				if ok && rate >= floor {
					report = t.Logf // below the target, at or above the floor: known gap
				}
				report("%s\npass rate %.3f < %.2f (floor %.2f); first %d of %d failing cases (-conformance.v for all):\n%s",
					summary, rate, conformanceTarget, floor, n, len(failures), strings.Join(failures[:n], "\n"))
			}
		})
	}
}
