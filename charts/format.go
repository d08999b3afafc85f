package charts

import (
	"strconv"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// minus is the typographic minus sign used for negative figures.
const minus = "\u2212"

// currencyNames name the usual currencies on axes ("US dollars").
var currencyNames = map[string]string{
	"USD": "US dollars", "EUR": "euros", "GBP": "pounds sterling",
	"JPY": "yen", "CNY": "yuan", "CAD": "Canadian dollars",
	"AUD": "Australian dollars", "HKD": "Hong Kong dollars",
	"CHF": "Swiss francs", "DEM": "marks", "FRF": "French francs",
	"ITL": "Italian lire", "TWD": "Taiwan dollars", "KRW": "won",
	"INR": "rupees", "ZAR": "rand", "BRL": "reais",
}

// FormatValue writes a figure the way a newsroom graphic does: "62%",
// "0.25pp", "$38.37bn", "C$1.2m", "CNY 450m", "1,500", "2.5×", "2nd"
// (stats.FormatValue: the one way tradestats writes figures).
func FormatValue(v float64, unit stats.Unit, currency string) string {
	return stats.FormatValue(v, unit, currency)
}

// fixedNumber writes v with exactly decimals decimals and thousands
// separators.
func fixedNumber(v float64, decimals int) string {
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

// metricPhrase writes a metric for running text: acronyms capitalised
// ("share of world gdp" → "share of world GDP").
func metricPhrase(metric string) string { return stats.MetricWords(metric) }

// capitalize upper-cases the first letter of s.
func capitalize(s string) string { return stats.Capitalize(s) }

// withArticle adds "the" before names that take it ("the EU").
func withArticle(name string) string { return stats.NameInText(name) }

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
	return stats.Possessive(subject) + " " + m
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
// "Q4 2004", "Feb 1987", "H1 2019", "13 Mar 1987" (with no-break spaces). Anything else
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
	case len(rest) == 5 && rest[2] == '-' && allDigits(rest[:2]) && allDigits(rest[3:]):
		m, _ := strconv.Atoi(rest[:2])
		d, _ := strconv.Atoi(rest[3:])
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return strconv.Itoa(d) + nbsp + monthNames[m-1] + nbsp + y
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
