package stats

import (
	"math"
	"strconv"
	"strings"
)

// One way of writing figures for people, used by the charts, the page,
// the workbook's texts and the command line's tables: "62%", "0.25pp",
// "$38.37bn", "C$1.2m", "CNY 450m", "1,500", "2.5×", "2nd".

// minusSign is the typographic minus sign of negative figures.
const minusSign = "\u2212"

// currencySymbols are the symbols newsrooms write before amounts; other
// currencies are written as their ISO code and a space ("CNY 4.2bn").
var currencySymbols = map[string]string{
	"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥",
	"CAD": "C$", "AUD": "A$", "HKD": "HK$", "NZD": "NZ$", "SGD": "S$",
}

// CurrencyPrefix is what goes before an amount of the currency: "$",
// "C$", "CNY " (ISO code and a space), "" for none.
func CurrencyPrefix(currency string) string {
	if s, ok := currencySymbols[currency]; ok {
		return s
	}
	if currency != "" {
		return currency + " "
	}
	return ""
}

// valueScale is a power of ten written as a suffix ("bn").
type valueScale struct {
	div    float64
	suffix string
}

var largeScales = []valueScale{{1e12, "trn"}, {1e9, "bn"}, {1e6, "m"}, {1, ""}}

// ScaleFor returns the divisor and suffix ("bn") used to write figures of
// a unit of about |v|: money, counts, quantities and plain numbers from
// a million are written in m, bn and trn; other units are not scaled.
func ScaleFor(v float64, unit Unit) (div float64, suffix string) {
	switch unit {
	case UnitMoney, UnitCount, UnitQuantity, UnitNumber:
	default:
		return 1, ""
	}
	a := math.Abs(v)
	for _, s := range largeScales {
		if a >= s.div {
			return s.div, s.suffix
		}
	}
	return 1, ""
}

// FormatValue writes a figure with up to four significant digits.
func FormatValue(v float64, unit Unit, currency string) string {
	return formatDigits(v, unit, currency, 4)
}

// formatDigits writes v with up to sig significant digits.
func formatDigits(v float64, unit Unit, currency string, sig int) string {
	switch {
	case math.IsNaN(v):
		return "n/a"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return minusSign + "∞"
	}
	div, suffix := ScaleFor(v, unit)
	num := FormatNumber(v/div, sig)
	if unit == UnitMoney && div == 1 && v != math.Trunc(v) && math.Abs(v*100-math.Round(v*100)) < 1e-9 {
		num = GroupThousands(strconv.FormatFloat(v, 'f', 2, 64)) // cents: "$1.50"
	}
	if unit == UnitOrdinal && v == math.Trunc(v) && v > 0 && v < 1e15 {
		return num + OrdinalSuffix(int64(v))
	}
	return DecorateNumber(num, suffix, unit, currency)
}

// DecorateNumber adds the unit and scale to a written number (which may
// carry a leading minus sign): "62" → "62%", "1.2" and "bn" → "$1.2bn".
func DecorateNumber(num, suffix string, unit Unit, currency string) string {
	sign := ""
	if strings.HasPrefix(num, minusSign) {
		sign, num = minusSign, strings.TrimPrefix(num, minusSign)
	}
	switch unit {
	case UnitPercent:
		return sign + num + suffix + "%"
	case UnitPercentagePoint:
		return sign + num + suffix + "pp"
	case UnitMultiple:
		return sign + num + suffix + "×"
	case UnitMoney:
		return sign + CurrencyPrefix(currency) + num + suffix
	}
	return sign + num + suffix
}

// FormatNumber writes v with thousands separators and up to sig
// significant digits (at least the integer part), trailing zeros dropped.
func FormatNumber(v float64, sig int) string {
	decimals := 0
	if a := math.Abs(v); a > 0 && a < math.Pow(10, float64(sig-1)) {
		decimals = sig - 1 - int(math.Floor(math.Log10(a)))
		decimals = min(max(decimals, 0), 9)
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return GroupThousands(s)
}

// FormatRange writes an interval of a unit at the precision of its ends:
// "$169.75bn to $169.85bn", not "$169.8bn to $169.8bn", and "$38.365bn to
// $38.375bn", not "$38.37bn to $38.38bn";
// "at least 550", "at most 30%", "any value" for open ends, and the one
// value when the ends are equal.
func FormatRange(lo, hi float64, unit Unit, currency string) string {
	loInf, hiInf := math.IsInf(lo, 0) || math.IsNaN(lo), math.IsInf(hi, 0) || math.IsNaN(hi)
	switch {
	case loInf && hiInf:
		return "any value"
	case hiInf:
		return "at least " + FormatValue(lo, unit, currency)
	case loInf:
		return "at most " + FormatValue(hi, unit, currency)
	case lo == hi:
		return FormatValue(lo, unit, currency)
	}
	// Both ends in the scale of the larger, with the same decimals: as
	// many as four significant digits of the larger need, and more until
	// the ends differ.
	a := math.Max(math.Abs(lo), math.Abs(hi))
	div, suffix := ScaleFor(a, unit)
	d := 0
	if x := a / div; x > 0 && x < 1000 {
		d = 3 - int(math.Floor(math.Log10(x)))
	}
	fixed := func(v float64, d int) string {
		s := strconv.FormatFloat(v/div, 'f', d, 64)
		if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return GroupThousands(s)
	}
	exact := func(v float64, d int) bool {
		p := math.Pow(10, float64(d))
		x := v / div * p
		return math.Abs(x-math.Round(x)) < 1e-6
	}
	// At most two more decimals than four digits need, whatever the ends.
	for most := d + 2; ; d++ {
		x, y := fixed(lo, d), fixed(hi, d)
		if x != y && exact(lo, d) && exact(hi, d) || d >= most && x != y || d >= 12 {
			return DecorateNumber(x, suffix, unit, currency) + " to " + DecorateNumber(y, suffix, unit, currency)
		}
	}
}
