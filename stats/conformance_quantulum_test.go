package stats

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

// ---------------------------------------------------------------------------
// quantulum3 (conformance.md: "quantulum3")

type qtQuantity struct {
	Surface     string   `json:"surface"`
	Value       float64  `json:"value"`
	Unit        string   `json:"unit"`
	Uncertainty *float64 `json:"uncertainty"`
	Start       int      `json:"utf8Start"`
	End         int      `json:"utf8End"`
}

type qtRecord struct {
	ID         string       `json:"id"`
	Suite      string       `json:"suite"`
	Input      string       `json:"input"`
	Quantities []qtQuantity `json:"quantities"`
	Values     []float64    `json:"values"`   // quantulum3-spellout
	Expected   string       `json:"expected"` // quantulum3-expand
}

// confQtNames maps quantulum3's unit names to the unit_names a claim may
// carry for them (claims.md §2: the unit as written, as a singular noun).
var confQtNames = map[string][]string{
	"pound-mass":        {"pound"},
	"degree fahrenheit": {"degree fahrenheit"},
	"cubic centimetre":  {"cubic centimetre", "millilitre"},
	"ton per day":       {"ton per day", "tonne per day"},
	"tonne":             {"tonne", "ton"},
}

// confQtMoney maps quantulum3's currency units to an ISO code and a scale.
var confQtMoney = map[string]struct {
	codes []string
	scale float64
}{
	"pound sterling": {[]string{"GBP"}, 1}, "euro": {[]string{"EUR"}, 1}, "dollar": {[]string{"USD"}, 1},
	"cent": {[]string{"USD"}, 0.01}, "penny": {[]string{"GBP", "USD"}, 0.01},
	"dollar per hour": {[]string{"USD"}, 1}, "dollar per kilogram": {[]string{"USD"}, 1},
}

var (
	confQtRuleUncertainty = &confRule{"uncertainty", "a figure with its uncertainty ('2,000.45±0.01', '9.83e-3 +/- 1e-5') is a measurement as science writes it; claims.md has no field for an uncertainty"}
	confQtRuleYear        = &confRule{"year", "the expected figure is a year ('1979', 'the 1960s'): years give context and are no claim (claims.md §1)"}
	confQtRuleArticleUnit = &confRule{"article-unit", "a unit named with an article and no figure ('a gallon', 'A kibibyte', 'a gross', 'A baker's dozen', 'a square dozen'): claims.md counts figures, and an article is none ('$3 a gallon', 'once a week')"}
	confQtRuleNoFigure    = &confRule{"no-figure", "a named value with no figure ('absolute zero'): claims.md counts figures"}
	confQtRuleArticleOne  = &confRule{"article-as-one", "upstream reads the article of 'a small number' as the figure one; by claims.md an article is no figure"}
	confQtRuleAndHalf     = &confRule{"and-a-half-after-scale", "upstream adds 'and a half' after a scale word to the units ('a million and a half' = 1000000.5); claims.md and the grammar read the fraction of the scale (1500000), as Recognizers does ('3 million and a half')"}
	confQtRuleBareScale   = &confRule{"bare-scale", "a scale word with no number ('million', 'million and one', 'hundred and five') states no figure in news (claims.md §1 vague amounts: 'hundreds of')"}
	confQtRuleCoin        = confRuleCoin
)

var (
	confQtRuleAmbiguous = &confRule{"ambiguous-symbol", "the unit symbol is read in two units by the suites themselves ('b' barn and bit, '\"' inch and second of arc, 'K' kibibyte and kelvin): the text does not fix the unit, and upstream asks only 10% of its ambiguity suite"}
	confReMoneyOrUnit   = regexp.MustCompile(`\d\s*(yen|dollars?|euros?|[$€£¥])`)
)

// confQtSymbol returns the unit symbol of a short surface: what follows the
// figure ("12 b" → "b", "150\"" → "\""), or "" for a longer one.
func confQtSymbol(surface string) string {
	s := strings.TrimLeft(surface, "0123456789.,+-−½¼¾⅓ ")
	if s == "" || len(s) > 2 || s == surface {
		return ""
	}
	return s
}

// confQtAmbiguous maps each short unit symbol of the suites to the units
// they read it in.
func confQtAmbiguous(all []qtRecord) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, r := range all {
		for _, q := range r.Quantities {
			if sym := confQtSymbol(q.Surface); sym != "" {
				if m[sym] == nil {
					m[sym] = map[string]bool{}
				}
				m[sym][strings.ToLower(q.Unit)] = true
			}
		}
	}
	return m
}

var (
	confQtReArticleUnit = regexp.MustCompile(`(?i)^(a|an)\s+(square\s+)?[a-z' ]+$`)
	confQtReUncertainty = regexp.MustCompile(`±|\+/-`)
	confQtReFormula     = regexp.MustCompile(`\d\s*\^|\d[eE][+-]?\d|\d\s*[x×]\s*10|\^\s*-|\b[a-zA-Z]+-1\b|−1\b`) // a power of a number, or a negative power of a unit ("s-1", "fb−1")
	confQtReYear        = regexp.MustCompile(`^(1[0-9]|20)\d\d$`)
	confQtReFraction    = regexp.MustCompile(`(?i)/|\b(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b`)
	confQtReBareScale   = regexp.MustCompile(`(?i)^(hundred|thousand|million|billion)\b`)
	confQtReAndHalf     = regexp.MustCompile(`(?i)\b(million|billion|thousand)\s+and\s+a\s+half\b`)
)

// qtCases converts quantulum3.jsonl (its suites "quantities" and
// "ambiguity"): each quantity a claim, in any unit but ordinal (quantulum3
// reads no ranks).
func qtCases(t *testing.T) []ccase {
	var out []ccase
	all := confReadJSONL[qtRecord](t, "quantulum3.jsonl")
	ambiguous := confQtAmbiguous(all)
	for _, r := range all {
		c := ccase{id: r.ID, input: r.Input, covered: confNotOrdinal}
		c.oos = scopeQt(&r)
		for _, q := range r.Quantities {
			if c.oos == nil && len(ambiguous[confQtSymbol(q.Surface)]) > 1 {
				c.oos = confQtRuleAmbiguous
			}
		}
		if c.oos == nil && len(r.Quantities) == 0 && confReMoneyOrUnit.MatchString(r.Input) {
			c.oos = confRuleUnitNeg // "245 23 yen": upstream expects nothing, claims.md counts the money
		}
		for _, q := range r.Quantities {
			c.items = append(c.items, citem{text: q.Surface, start: q.Start, end: q.End, forms: confQtForms(&r, &q)})
		}
		out = append(out, c)
	}
	return out
}

// confQtForms returns the claims a quantulum3 quantity is by claims.md.
func confQtForms(r *qtRecord, q *qtQuantity) [][]cspec {
	sp := cspec{value: q.Value}
	scale := 1.0
	switch m, money := confQtMoney[q.Unit]; {
	case money:
		sp.units, sp.currencies, scale = confOnlyMoney, m.codes, m.scale
		if _, per, ok := strings.Cut(q.Unit, " per "); ok {
			sp.unitNames = []string{per}
		}
	case q.Unit == "percentage":
		sp.units = confOnlyPercent
	case strings.HasPrefix(q.Unit, "count"):
		sp.units = []Unit{UnitCount} // "four times per week": claims.md counts occurrences ("met three times")
	case q.Unit == "dozen":
		sp.units, scale = []Unit{UnitCount}, 12 // claims.md: "a dozen" = 12
	case q.Unit == "dimensionless":
		sp.units = confAllButOrdinal
		if math.Abs(q.Value) < 1 && q.Value != 0 && confQtReFraction.MatchString(q.Surface) {
			sp.units, scale = confOnlyPercent, 100 // fractions of a whole are percent
		}
	default:
		sp.units = []Unit{UnitQuantity}
		sp.unitNames = confQtNames[q.Unit]
		if sp.unitNames == nil {
			sp.unitNames = []string{strings.ToLower(q.Unit)}
		}
	}
	sp.value = q.Value * scale
	if q.Uncertainty == nil || *q.Uncertainty == 0 {
		return [][]cspec{{sp}}
	}
	lo, hi := sp, sp
	lo.value, hi.value = (q.Value-*q.Uncertainty)*scale, (q.Value+*q.Uncertainty)*scale
	rng := lo
	rng.max = confPtr(hi.value)
	forms := [][]cspec{{rng}}
	if before := strings.Fields(strings.ToLower(r.Input[:q.Start])); len(before) > 0 && (before[len(before)-1] == "from" || len(before) > 1 && before[len(before)-2] == "from") {
		forms = append(forms, []cspec{lo, hi}) // "from X to Y": two figures (conformance.md)
	}
	return forms
}

// scopeQt applies the out-of-scope rules to a quantulum3 case.
func scopeQt(r *qtRecord) *confRule {
	for _, q := range r.Quantities {
		surf := strings.TrimSpace(q.Surface)
		switch {
		case confQtReFormula.MatchString(surf):
			return confRuleFormula
		case confQtReUncertainty.MatchString(surf):
			return confQtRuleUncertainty
		case q.Unit == "dimensionless" && confQtReYear.MatchString(surf):
			return confQtRuleYear
		case q.Unit == "dimensionless" && confQtName(r.Input, q.Start):
			return confRuleIdentifier
		case confQtReArticleUnit.MatchString(surf) && q.Unit != "penny" && q.Unit != "dimensionless":
			return confQtRuleArticleUnit
		case strings.EqualFold(surf, "absolute zero"):
			return confQtRuleNoFigure
		case confReCoin.MatchString(surf):
			return confQtRuleCoin
		}
	}
	return nil
}

// confQtName reports whether the figure at byte start follows a name or a
// code: a word with a capital or a digit right before it, inside the
// sentence ("Voyager 2", "English 101", "Core i7 860", "South 32 Ltd").
func confQtName(input string, start int) bool {
	before := strings.Fields(input[:start])
	if len(before) == 0 {
		return false
	}
	w := strings.Trim(before[len(before)-1], `"'(`)
	if w == "" || strings.ContainsAny(w, ".!?") {
		return false
	}
	inner, hasDigit, hasLetter := false, false, false // a capital inside the word, a digit and a letter ("i7")
	for i, r := range w {
		inner = inner || i > 0 && r >= 'A' && r <= 'Z'
		hasDigit = hasDigit || r >= '0' && r <= '9'
		hasLetter = hasLetter || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	hasDigit = hasDigit && hasLetter
	after := strings.Fields(input[start:])
	nextUpper := len(after) > 1 && after[1][0] >= 'A' && after[1][0] <= 'Z'
	capital := w[0] >= 'A' && w[0] <= 'Z'
	return inner || hasDigit || capital && (len(before) > 1 || nextUpper)
}

// qtSpelloutCases converts quantulum3-spellout.jsonl: the spelled numbers
// of the input, in order, as claims of any unit but ordinal (fractions of a
// whole as percent).
func qtSpelloutCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[qtRecord](t, "quantulum3-spellout.jsonl") {
		c := ccase{id: "spellout:" + r.Input, input: r.Input, covered: confNotOrdinal}
		switch {
		case confQtReAndHalf.MatchString(r.Input):
			c.oos = confQtRuleAndHalf
		case confQtReBareScale.MatchString(strings.TrimPrefix(strings.TrimPrefix(r.Input, "minus "), "negative ")):
			c.oos = confQtRuleBareScale
		case strings.Contains(r.Input, "a small number"):
			c.oos = confQtRuleArticleOne
		}
		var form []cspec
		for _, v := range r.Values {
			sp := cspec{value: v, units: confAllButOrdinal}
			if math.Abs(v) < 1 && v != 0 {
				sp = cspec{value: v * 100, units: confOnlyPercent}
			}
			form = append(form, sp)
		}
		if len(form) > 0 {
			c.items = []citem{{text: r.Input, start: 0, end: len(r.Input), forms: [][]cspec{form}}}
		}
		out = append(out, c)
	}
	return out
}

// qtExpandCases converts quantulum3-expand.jsonl, which spells out the
// quantities of a text: the claims of the input and of its spelled-out
// form must agree (the same values, units, currencies and unit_names).
func qtExpandCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[qtRecord](t, "quantulum3-expand.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confNotOrdinal}
		if confReFormula.MatchString(r.Input) {
			c.oos = confRuleFormula
		}
		spelled := Extract(&Article{Text: r.Expected})
		var form []cspec
		for _, cl := range spelled {
			sp := cspec{value: cl.Value, units: []Unit{cl.Unit}, max: cl.Max}
			if cl.Currency != "" {
				sp.currencies = []string{cl.Currency}
			}
			if cl.UnitName != "" {
				sp.unitNames = []string{strings.ToLower(cl.UnitName)}
			}
			form = append(form, sp)
		}
		if len(form) == 0 {
			t.Fatalf("%s: no claim in the spelled-out text %q", r.ID, r.Expected)
		}
		c.items = []citem{{text: r.Input, start: 0, end: len(r.Input), forms: [][]cspec{form}}}
		out = append(out, c)
	}
	return out
}

// qtErrorCases converts quantulum3-errors.jsonl: inputs that must only be
// read without failing (Extract's claims must index the input).
func qtErrorCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[qtRecord](t, "quantulum3-errors.jsonl") {
		out = append(out, ccase{id: r.ID, input: r.Input, covered: func(*Claim) bool { return false }})
	}
	return out
}
