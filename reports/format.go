package reports

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// isCurrencyCode reports whether s is an ISO 4217 code (three capitals):
// only such codes go into number formats.
func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// NumberFormat returns the Excel number format for figures of a unit.
// Percent figures are stored as stated (62 for 62%) and get a literal "%"
// (the format does not multiply by 100); money gets its currency code and
// thousands separators. whole selects the format for whole numbers.
func NumberFormat(unit stats.Unit, currency string, whole bool) string {
	pick := func(w, f string) string {
		if whole {
			return w
		}
		return f
	}
	switch unit {
	case stats.UnitPercent:
		return pick(`0"%"`, `0.0##"%"`)
	case stats.UnitPercentagePoint:
		return pick(`0" pp"`, `0.0##" pp"`)
	case stats.UnitMoney:
		// The currency as everywhere else: "$", "C$", "CNY ".
		f := pick(`#,##0`, `#,##0.00##`)
		if isCurrencyCode(currency) {
			return `"` + stats.CurrencyPrefix(currency) + `"` + f
		}
		return f
	case stats.UnitOrdinal:
		return pick(`0`, `0.0##`)
	case stats.UnitMultiple:
		return pick(`0"×"`, `0.0##"×"`)
	}
	return pick(`#,##0`, `#,##0.0##`)
}

// isWhole reports whether v has no fractional part (and is small enough to
// be written without one).
func isWhole(v float64) bool {
	return v == math.Trunc(v) && math.Abs(v) < 1e15
}

// excelEpoch is day 0 of Excel's 1900 date system (as fixed by the
// 1900 leap-year bug for dates from March 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDate returns the Excel serial day of an ISO date "YYYY-MM-DD";
// ok is false for anything else (partial dates stay text).
func excelDate(s string) (serial float64, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:])
	if err1 != nil || err2 != nil || err3 != nil || y < 1901 || y > 9999 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return 0, false
	}
	return float64(t.Sub(excelEpoch) / (24 * time.Hour)), true
}

// FormatValue writes a figure for reading: "62%", "0.25pp", "$38.37bn",
// "FRF 25.4bn", "1,500", "2.5×", "2nd" (stats.FormatValue: the one way
// tradestats writes figures, in the charts, the page and the workbook).
func FormatValue(v float64, unit stats.Unit, currency string) string {
	return stats.FormatValue(v, unit, currency)
}

// safeURL reports whether u may become a live link: http, https or mailto.
func safeURL(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") ||
		strings.HasPrefix(l, "mailto:")) && !strings.ContainsAny(u, " \t\r\n\"<>")
}
