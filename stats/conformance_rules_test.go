package stats

import (
	"regexp"
	"strings"
)

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
	confReTimeOfDay    = regexp.MustCompile(`(?i)^\d{1,2}(\.\d\d)?\s?[ap]\.?m\.?$`)
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
