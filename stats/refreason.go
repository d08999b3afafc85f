package stats

import (
	"math"
	"strconv"
	"strings"
)

// The reason of a check, in plain words: what the World Bank has, for
// what, how far the claim is from it and what the reference leaves out.

// reason writes the reason of a check with a reference.
func (k *Checker) reason(c *Claim, r *Reference, v refValue, iv Interval, verdict CheckVerdict, partial bool) string {
	var b strings.Builder
	b.WriteString("World Bank: ")
	b.WriteString(k.describeValue(c, r, v))
	b.WriteString(" for ")
	b.WriteString(k.describeSubject(r, v))
	b.WriteString(" in " + strconv.Itoa(r.Year) + " (" + r.what)
	if r.note != "" {
		b.WriteString("; " + r.note)
	}
	b.WriteString(")")
	if v.rate != 0 {
		b.WriteString(", converted from US dollars at " + formatRate(v.rate) + " " + c.Currency +
			" per US$, the year's official rate")
	}
	b.WriteString("; the claim's " + strings.TrimSpace(foldSpaces(c.Text)) + " allows " + describeInterval(c, iv, r.sign))

	ref, t := v.v, v.tol
	var off float64 // how far outside the interval
	switch {
	case ref < iv.Low:
		off = iv.Low - ref
	case ref > iv.High:
		off = ref - iv.High
	}
	allow := describeDistance(c, t, ref)
	switch {
	case off == 0:
		b.WriteString(", which holds it")
	case verdict == CheckDiffers:
		b.WriteString(": it is " + describeDistance(c, off, ref) + " outside, more than twice the " + allow + " allowed for revisions")
	case off <= t:
		b.WriteString(": it is " + describeDistance(c, off, ref) + " outside, within the " + allow + " allowed for revisions")
	default:
		b.WriteString(": it is " + describeDistance(c, off, ref) + " outside, within twice the " + allow + " allowed for revisions")
	}
	if partial {
		b.WriteString(k.describeGaps(c, r, v))
		if verdict == CheckClose && off <= t {
			b.WriteString(", so the figures agree only loosely")
		}
	}
	return b.String()
}

// describeValue is the reference value in words ("7.0%", "a surplus of
// US$79.6 billion").
func (k *Checker) describeValue(c *Claim, r *Reference, v refValue) string {
	val := v.raw
	unit := c.Unit
	if isBalance(r) {
		word := "a surplus of "
		if val < 0 {
			word = "a deficit of "
		}
		if unit == UnitPercent {
			return word + formatAmount(math.Abs(val), UnitPercent, "") + " of GDP"
		}
		return word + formatAmount(math.Abs(val), unit, c.Currency)
	}
	return formatAmount(val, unit, c.Currency)
}

// isBalance reports whether r is a balance read with a surplus or a
// deficit ("trade deficit" against exports less imports).
func isBalance(r *Reference) bool {
	switch r.f.Terms[0].Series {
	case "bn.cab.xoka.cd", "gc.nld.totl.gd.zs":
		return true
	}
	return len(r.f.Terms) == 2 && r.f.Terms[1].Coef < 0
}

// describeSubject names what the figure covers: the economy, the
// World Bank's aggregate, or the bloc's members it has figures for.
func (k *Checker) describeSubject(r *Reference, v refValue) string {
	switch {
	case r.bloc == nil:
		return withThe(r.Subject)
	case r.code != "":
		return withThe(r.Subject) + " (the World Bank's aggregate)"
	case len(v.missing) == 0:
		return "the " + strconv.Itoa(len(v.covered)) + " members of " + withThe(r.Subject) + " combined"
	}
	return "the " + strconv.Itoa(len(v.covered)) + " of " + strconv.Itoa(len(v.covered)+len(v.missing)) +
		" members of " + withThe(r.Subject) + " it has figures for"
}

// withThe puts "the" before names that take it ("the European Union",
// "the G20", but "APEC").
func withThe(name string) string {
	switch {
	case strings.HasPrefix(name, "European"), strings.HasPrefix(name, "African"), strings.HasPrefix(name, "Gulf"),
		strings.HasPrefix(name, "United "), strings.HasPrefix(name, "Republic of"), strings.HasSuffix(name, " Republic"),
		strings.HasSuffix(name, " Islands"), name == "Netherlands", name == "Philippines", name == "Bahamas",
		name == "Gambia", name == "Maldives", name == "OECD",
		strings.HasPrefix(name, "G") && len(name) <= 3, name == "eurozone", name == "World":
		return "the " + name
	}
	return name
}

// describeGaps says what the reference leaves out: members without data,
// with the most they may add, and known differences of coverage.
func (k *Checker) describeGaps(c *Claim, r *Reference, v refValue) string {
	var b strings.Builder
	if len(v.missing) > 0 {
		names := make([]string, len(v.missing))
		for i, m := range v.missing {
			names[i] = economyName(m)
		}
		b.WriteString("; the World Bank has no figure for " + joinAnd(names))
		if u, ok := k.unallocated(r.f, r.Year); ok {
			if v.rate != 0 {
				u *= v.rate
			}
			unit, cur := c.Unit, c.Currency
			what := ""
			if r.f.World {
				what = " of the world total"
				if r.f.Terms[0].Series == "ny.gdp.mktp.cd" && len(r.f.Terms) == 1 {
					what = " of world GDP"
				}
			}
			b.WriteString(", and the economies it counts in its World total without figures of their own come to " +
				formatAmount(u, unit, cur) + what + ", the most that can be missing")
		}
	}
	for _, cv := range dedupStrings(v.caveats) {
		b.WriteString("; " + cv)
	}
	return b.String()
}

// describeInterval writes the values a claim allows, in the reference's
// terms (a deficit as a positive amount when stated so).
func describeInterval(c *Claim, iv Interval, sign float64) string {
	lo, hi := iv.Low, iv.High
	// As many digits as the two ends need to be written exactly (up to
	// four more than usual).
	extra := 0
	for extra < 4 && !(writtenExactly(lo, c.Unit, c.Currency, extra) && writtenExactly(hi, c.Unit, c.Currency, extra)) {
		extra++
	}
	f := func(x float64) string { return formatAmountDigits(x, c.Unit, c.Currency, extra) }
	switch {
	case math.IsInf(lo, -1) && math.IsInf(hi, 1):
		return "any value"
	case math.IsInf(hi, 1):
		return "at least " + f(lo)
	case math.IsInf(lo, -1):
		return "at most " + f(hi)
	case f(lo) == f(hi):
		return f(lo)
	}
	return f(lo) + " to " + f(hi)
}

// writtenExactly reports whether formatAmountDigits writes x without
// rounding it.
func writtenExactly(x float64, unit Unit, currency string, extra int) bool {
	s := formatAmountDigits(x, unit, currency, extra)
	// the number and its scale word
	f := strings.Fields(strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(s, currency+" "), "%"), "US$"))
	if len(f) == 0 {
		return false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(f[0], ",", ""), 64)
	if err != nil {
		return false
	}
	if len(f) > 1 {
		v *= map[string]float64{"trillion": 1e12, "billion": 1e9, "million": 1e6}[f[1]]
	}
	return math.Abs(v-x) <= 1e-9*math.Max(1, math.Abs(x))
}

// describeDistance writes a gap d between figures near ref: points for
// percentages, else an amount with its share of the reference.
func describeDistance(c *Claim, d, ref float64) string {
	if c.Unit == UnitPercent {
		if d >= 1 {
			return strconv.FormatFloat(d, 'f', 1, 64) + " points"
		}
		return strconv.FormatFloat(math.Round(d*100)/100, 'f', -1, 64) + " points"
	}
	s := formatAmount(d, c.Unit, c.Currency)
	if ref != 0 {
		if pct := 100 * d / math.Abs(ref); pct < 0.5 {
			s += " (under 1%)"
		} else {
			s += " (" + strconv.FormatFloat(pct, 'f', 0, 64) + "%)"
		}
	}
	return s
}

// formatAmount writes a figure for reasons: "7.0%", "US$79.6 billion",
// "JPY 9.8 trillion", "1.43 billion".
func formatAmount(v float64, unit Unit, currency string) string {
	return formatAmountDigits(v, unit, currency, 0)
}

// formatAmountDigits is formatAmount with extra decimals.
func formatAmountDigits(v float64, unit Unit, currency string, extra int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	if unit == UnitPercent || unit == UnitPercentagePoint {
		return strconv.FormatFloat(v, 'f', decimalsFor(v)+extra, 64) + "%"
	}
	a := math.Abs(v)
	word, scale := "", 1.0
	switch {
	case a >= 1e12:
		word, scale = " trillion", 1e12
	case a >= 1e9:
		word, scale = " billion", 1e9
	case a >= 1e6:
		word, scale = " million", 1e6
	}
	x := v / scale
	var num string
	if scale == 1 {
		num = GroupThousands(strconv.FormatFloat(x, 'f', extra, 64))
		if a < 100 {
			num = strconv.FormatFloat(x, 'f', decimalsFor(x)+extra, 64)
		}
	} else {
		d := 2
		if math.Abs(x) >= 10 {
			d = 1
		}
		num = strconv.FormatFloat(x, 'f', d+extra, 64)
	}
	switch {
	case unit != UnitMoney || currency == "":
		return num + word
	case currency == "USD":
		if strings.HasPrefix(num, "-") {
			return "-US$" + num[1:] + word
		}
		return "US$" + num + word
	}
	return currency + " " + num + word
}

// decimalsFor is the number of decimals for a rate: one, or two below 1.
func decimalsFor(v float64) int {
	if a := math.Abs(v); a != 0 && a < 1 {
		return 2
	}
	return 1
}

// formatRate writes an exchange rate with four significant digits.
func formatRate(r float64) string {
	return strconv.FormatFloat(r, 'f', max(0, 3-int(math.Floor(math.Log10(r)))), 64)
}

// economyName is the gazetteer's name for an economy code ("TWN" →
// "Taiwan"), or the code.
func economyName(code string) string {
	if e := countryByAlpha3(code); e != nil {
		return e.Name
	}
	return code
}

// joinAnd joins names as "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// dedupStrings returns ss without repeats, in order.
func dedupStrings(ss []string) []string {
	var out []string
	for _, s := range ss {
		dup := false
		for _, o := range out {
			if o == s {
				dup = true
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}
