package stats

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

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
			v, ok := confRecValue(t, &c, &res) // "dollar : 143.80 yen": no figure, no claim
			if !ok {
				continue
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

// confIsMeasure reports whether a claim is a quantity of a unit of
// measure other than time and temperature (Recognizers reads those in
// other models: DateTime, Temperature).
func confIsMeasure(c *Claim) bool {
	if c.Unit != UnitQuantity {
		return false
	}
	name, _, _ := strings.Cut(c.UnitName, " per ")
	name = strings.TrimPrefix(strings.TrimPrefix(name, "square "), "cubic ")
	if u := unitNamed(name); u != nil {
		return u.dim != "time" && u.dim != "temperature"
	}
	return name != "point" && name != "quarter"
}

// confRecDimNames maps a Recognizers dimension unit to the unit_names a
// claim may carry for it (the spelling claims.md uses: "metre", "litre").
func confRecDimNames(unit string) []string {
	n := strings.ToLower(unit)
	n = strings.ReplaceAll(n, "meter", "metre")
	n = strings.ReplaceAll(n, "liter", "litre")
	switch n {
	case "ton":
		return []string{"ton", "tonne", "metric ton"}
	case "metric ton":
		return []string{"metric ton", "tonne"}
	case "dram":
		return []string{"dram", "drachm"}
	}
	return []string{n}
}

var confRuleTimeOfDay = &confRule{"time-of-day", "the expected figure is a time of day ('2 pm'): times of day are no claim (claims.md §1)"}

func recDimensionCases(t *testing.T) []ccase {
	var out []ccase
	for _, r := range confReadJSONL[recRecord](t, "recognizers-dimension-model.jsonl") {
		c := ccase{id: r.ID, input: r.Input, covered: confIsMeasure}
		c.oos = confRecScope(&r)
		if c.oos == nil && r.anyResult(func(_ *recResult, txt, _ string) bool { return confReTimeOfDay.MatchString(txt) }) {
			c.oos = confRuleTimeOfDay
		}
		for _, res := range r.Results {
			v, ok := confRecValue(t, &c, &res) // "a metric ton is": no figure, no claim
			if !ok {
				continue
			}
			c.items = append(c.items, citem{text: res.Text, start: res.Start, end: res.End,
				forms: [][]cspec{{{value: v, units: []Unit{UnitQuantity}, unitNames: confRecDimNames(res.Resolution.Unit)}}}})
		}
		out = append(out, c)
	}
	return out
}

// confRecValue returns a result's value; a result with none (a currency or
// a unit named with no figure: "dollar : 143.80 yen", "a metric ton is")
// states no claim, and its span becomes optional for case c.
func confRecValue(t *testing.T, c *ccase, res *recResult) (float64, bool) {
	if res.Resolution.Value == nil {
		c.optional = append(c.optional, [2]int{res.Start, res.End})
		return 0, false
	}
	v, ok := confParseNum(*res.Resolution.Value)
	if !ok {
		t.Fatalf("%s: value %q", c.id, *res.Resolution.Value)
	}
	return v, true
}
