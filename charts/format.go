package charts

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tradestats/tradestats/stats"
)

// minus is the typographic minus sign used for negative figures.
const minus = "\u2212"

// currencySymbols are the symbols newsrooms write before amounts; other
// currencies are written as their ISO code and a space ("CNY 4.2bn").
var currencySymbols = map[string]string{
	"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥",
	"CAD": "C$", "AUD": "A$", "HKD": "HK$", "NZD": "NZ$", "SGD": "S$",
}

// currencyNames name the usual currencies on axes ("US dollars").
var currencyNames = map[string]string{
	"USD": "US dollars", "EUR": "euros", "GBP": "pounds sterling",
	"JPY": "yen", "CNY": "yuan", "CAD": "Canadian dollars",
	"AUD": "Australian dollars", "HKD": "Hong Kong dollars",
	"CHF": "Swiss francs", "DEM": "marks", "FRF": "French francs",
}

// scale is a power of ten written as a suffix ("bn").
type scale struct {
	div    float64
	suffix string
}

var (
	moneyScales = []scale{{1e12, "trn"}, {1e9, "bn"}, {1e6, "m"}, {1, ""}}
	countScales = []scale{{1e12, "trn"}, {1e9, "bn"}, {1e6, "m"}, {1, ""}}
	noScales    = []scale{{1, ""}}
)

// scaleFor returns the largest scale not above |v|.
func scaleFor(v float64, scales []scale) scale {
	a := math.Abs(v)
	for _, s := range scales {
		if a >= s.div {
			return s
		}
	}
	return scales[len(scales)-1]
}

// unitScales returns the scales used to abbreviate figures of a unit.
func unitScales(u stats.Unit) []scale {
	switch u {
	case stats.UnitMoney:
		return moneyScales
	case stats.UnitCount, stats.UnitQuantity, stats.UnitNumber:
		return countScales
	}
	return noScales
}

// FormatValue writes a figure the way a newsroom graphic does: "62%",
// "0.25pp", "$38.37bn", "C$1.2m", "CNY 450m", "1,500", "2.5×", "2nd".
// It keeps up to four significant digits.
func FormatValue(v float64, unit stats.Unit, currency string) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	if math.IsInf(v, 1) {
		return "∞"
	}
	if math.IsInf(v, -1) {
		return minus + "∞"
	}
	s := scaleFor(v, unitScales(unit))
	num := formatNumber(v/s.div, -1)
	if unit == stats.UnitMoney && s.div == 1 && v != math.Trunc(v) && math.Abs(v*100-math.Round(v*100)) < 1e-9 {
		num = formatNumber(v, 2) // cents: "$1.50"
	}
	if unit == stats.UnitOrdinal && v == math.Trunc(v) && v > 0 {
		return num + stats.OrdinalSuffix(int64(v))
	}
	return decorate(num, s.suffix, unit, currency)
}

// decorate adds the unit and scale to a formatted number (which may carry
// a leading minus sign).
func decorate(num, suffix string, unit stats.Unit, currency string) string {
	sign := ""
	if strings.HasPrefix(num, minus) {
		sign, num = minus, strings.TrimPrefix(num, minus)
	}
	switch unit {
	case stats.UnitPercent:
		return sign + num + suffix + "%"
	case stats.UnitPercentagePoint:
		return sign + num + suffix + "pp"
	case stats.UnitMultiple:
		return sign + num + suffix + "×"
	case stats.UnitMoney:
		if sym, ok := currencySymbols[currency]; ok {
			return sign + sym + num + suffix
		}
		if currency != "" {
			return sign + currency + " " + num + suffix
		}
	}
	return sign + num + suffix
}

// formatNumber writes v with thousands separators. With decimals < 0 it
// keeps four significant digits (and at least the integer part) and drops
// trailing zeros; otherwise it writes exactly that many decimals.
func formatNumber(v float64, decimals int) string {
	if decimals < 0 {
		decimals = 0
		if a := math.Abs(v); a > 0 && a < 1000 {
			decimals = 3 - int(math.Floor(math.Log10(a)))
			decimals = min(max(decimals, 0), 6)
		}
		s := strconv.FormatFloat(v, 'f', decimals, 64)
		if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return stats.GroupThousands(s)
	}
	return stats.GroupThousands(strconv.FormatFloat(v, 'f', decimals, 64))
}

// UnitName describes a unit for an axis or a subtitle: "per cent",
// "percentage points", "US dollars", "number".
func UnitName(unit stats.Unit, currency string) string {
	switch unit {
	case stats.UnitPercent:
		return "per cent"
	case stats.UnitPercentagePoint:
		return "percentage points"
	case stats.UnitMoney:
		if n, ok := currencyNames[currency]; ok {
			return n
		}
		if currency != "" {
			return currency
		}
		return "money"
	case stats.UnitCount:
		return "number"
	case stats.UnitOrdinal:
		return "rank"
	case stats.UnitMultiple:
		return "times"
	}
	return "value"
}

// acronyms are words written in capitals inside metric phrases.
var acronyms = map[string]string{
	"gdp": "GDP", "gnp": "GNP", "gni": "GNI", "cpi": "CPI", "ppi": "PPI",
	"fdi": "FDI", "pmi": "PMI", "vat": "VAT", "imf": "IMF", "wto": "WTO",
	"eu": "EU", "us": "US", "uk": "UK", "apec": "APEC", "asean": "ASEAN",
	"opec": "OPEC", "oecd": "OECD", "m1": "M1", "m2": "M2", "m3": "M3",
	"ecb": "ECB", "gcc": "GCC", "lng": "LNG",
}

// metricPhrase writes a metric for running text: acronyms capitalised
// ("share of world gdp" → "share of world GDP").
func metricPhrase(metric string) string {
	words := strings.Fields(metric)
	for i, w := range words {
		if a, ok := acronyms[strings.ToLower(w)]; ok {
			words[i] = a
		}
	}
	return strings.Join(words, " ")
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// possessive returns "APEC's", "United States'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		return name + "'"
	}
	return name + "'s"
}

// subjectMetric writes "APEC's share of world GDP", "the United States'
// trade deficit", or the metric alone when there is no subject.
func subjectMetric(subject, metric string) string {
	m := metricPhrase(metric)
	if m == "" {
		m = "the figure"
	}
	if subject = clean(subject); subject == "" {
		return m
	}
	return withArticle(possessive(subject)) + " " + m
}

// theNames are names that take "the" in running text.
var theNames = []string{"United ", "European ", "Republic ", "Netherlands", "Philippines",
	"World ", "International ", "Organisation ", "Organization ", "Bank of ", "Federal ",
	"EU", "IMF", "WTO", "OECD", "UN", "US", "UK", "G7", "G20", "Group of "}

// withArticle adds "the" before names that take it ("the EU's").
func withArticle(name string) string {
	for _, p := range theNames {
		if name == p || strings.HasPrefix(name, p) && (strings.HasSuffix(p, " ") ||
			len(name) > len(p) && !isLetter(name[len(p)])) {
			return "the " + name
		}
	}
	return name
}

func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// IsShare reports whether figures of this metric and unit are shares of a
// whole (so that their axis starts at zero): percent figures whose metric
// names a share ("share of world gdp", "market share").
func IsShare(metric string, unit stats.Unit) bool {
	if unit != stats.UnitPercent {
		return false
	}
	m := strings.ToLower(metric)
	return strings.Contains(m, "share") || strings.Contains(m, "proportion") ||
		strings.HasPrefix(m, "percent of") || strings.HasPrefix(m, "part of")
}

var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
	"Aug", "Sep", "Oct", "Nov", "Dec"}

// PeriodLabel writes a period of claims.md for readers: "2023",
// "Q4 2004", "Feb 1987", "H1 2019" (with a no-break space). Anything else
// is returned unchanged.
func PeriodLabel(period string) string {
	y, rest, ok := strings.Cut(period, "-")
	if !ok || len(y) != 4 || !allDigits(y) {
		return period
	}
	switch {
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && allDigits(rest[1:]):
		return rest + nbsp + y
	case len(rest) == 2 && allDigits(rest):
		if m, _ := strconv.Atoi(rest); m >= 1 && m <= 12 {
			return monthNames[m-1] + nbsp + y
		}
	}
	return period
}

// periodPosition places a period on a time axis as a decimal year at the
// middle of the period ("2004-Q4" → 2004.875). ok is false when the
// period has no recognised form.
func periodPosition(period string) (pos float64, ok bool) {
	ys, rest, _ := strings.Cut(period, "-")
	if len(ys) != 4 || !allDigits(ys) {
		return 0, false
	}
	y, _ := strconv.Atoi(ys)
	year := float64(y)
	switch {
	case rest == "":
		return year + 0.5, true
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		return year + (float64(rest[1]-'0')-0.5)/4, true
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		return year + (float64(rest[1]-'0')-0.5)/2, true
	case len(rest) >= 2 && allDigits(rest[:2]):
		m, _ := strconv.Atoi(rest[:2])
		if m < 1 || m > 12 {
			return 0, false
		}
		pos := year + (float64(m)-0.5)/12
		if len(rest) == 5 && rest[2] == '-' && allDigits(rest[3:]) {
			d, _ := strconv.Atoi(rest[3:])
			pos = year + (float64(m-1)+(float64(d)-0.5)/31)/12
		} else if len(rest) != 2 {
			return 0, false
		}
		return pos, true
	}
	return 0, false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// plural writes "1 article", "3 articles", "1,204 claims".
func plural(n int, word string) string {
	s := stats.GroupThousands(strconv.Itoa(n))
	if n == 1 {
		return s + " " + word
	}
	return s + " " + word + "s"
}

func itoa(n int) string { return strconv.Itoa(n) }
