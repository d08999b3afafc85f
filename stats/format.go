package stats

import (
	"strconv"
	"strings"
)

// OrdinalSuffix returns the English suffix of the ordinal n: "st", "nd",
// "rd" or "th" (11th, 12th and 13th included).
func OrdinalSuffix(n int64) string {
	if m := n % 100; m >= 11 && m <= 13 || m <= -11 && m >= -13 {
		return "th"
	}
	switch n % 10 {
	case 1, -1:
		return "st"
	case 2, -2:
		return "nd"
	case 3, -3:
		return "rd"
	}
	return "th"
}

// Ordinal formats n as "1st", "2nd", "3rd", "4th", "11th", "21st".
func Ordinal(n int64) string { return strconv.FormatInt(n, 10) + OrdinalSuffix(n) }

// GroupThousands inserts commas between the thousands of the integer part
// of a formatted number ("1234567.5" → "1,234,567.5") and writes a leading
// '-' as the minus sign "−". A zero ("-0", "-0.00") loses its sign.
func GroupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "−", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if intPart == "0" && strings.Trim(frac, ".0") == "" {
		sign = "" // no "−0"
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String() + frac
}
