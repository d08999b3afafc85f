package stats

import (
	"fmt"
	"strings"
	"testing"
)

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
