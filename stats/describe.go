package stats

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Describing a frame in English, for chart titles and captions: only what
// the frame says, with the counterpart of a two-sided figure, the outlook
// and who made a forecast, and the period in words.

var monthNamesLong = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var partWords = [...]string{"", "first", "second", "third", "fourth"}

// PeriodWords writes a period of claims.md §5 in words: "1986", "the
// first quarter of 1986", "the first half of 2019", "January 1987", "17
// April 1987", "January–November 2004", "February 1986 to January 1987",
// "2018–2022", "fiscal year 1985/86". Anything it cannot read is
// returned as it is; "" stays "".
func PeriodWords(period string) string {
	p, ok := ParsePeriod(period)
	if !ok {
		return period
	}
	month := func(y, m int) string { return monthNamesLong[m-1] + " " + yearString(y) }
	day := func(y, m, d int) string { return strconv.Itoa(d) + " " + month(y, m) }
	switch p.kind {
	case pYear:
		return yearString(p.y)
	case pHalf:
		return "the " + partWords[p.n] + " half of " + yearString(p.y)
	case pQuarter:
		return "the " + partWords[p.n] + " quarter of " + yearString(p.y)
	case pMonth:
		return month(p.y, p.n)
	case pDay:
		return day(p.y, p.n, p.d)
	case pSpan:
		switch p.sp {
		case pYear:
			return yearString(p.y) + "–" + yearString(p.y2)
		case pMonth:
			if p.y == p.y2 {
				return monthNamesLong[p.n-1] + "–" + month(p.y2, p.n2)
			}
			return month(p.y, p.n) + " to " + month(p.y2, p.n2)
		case pDay:
			return day(p.y, p.n, p.d) + " to " + day(p.y2, p.n2, p.d2)
		}
	case pFiscal:
		return "fiscal year " + strings.TrimPrefix(p.String(), "FY")
	}
	return period
}

// PeriodPhrase writes a period with its preposition, to follow a figure:
// "in 1986", "in the first quarter of 1986", "on 17 April 1987", "from
// February 1986 to January 1987", "in 2018–2022"; "" for no period.
func PeriodPhrase(period string) string {
	w := PeriodWords(period)
	if w == "" {
		return ""
	}
	p, _ := ParsePeriod(period)
	switch {
	case p.kind == pDay:
		return "on " + w
	case strings.Contains(w, " to "):
		return "from " + w
	}
	return "in " + w
}

var shortMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// DateRangeWords writes the dates of a set of articles, ISO dates first
// and last, as newsrooms do: "4 Mar–19 Jun 1987", "4–19 Mar 1987", "4 Mar
// 1987", "30 Dec 1986–2 Jan 1987". Either may be empty; dates it cannot
// read are written as they are.
func DateRangeWords(first, last string) string {
	if first == "" {
		first = last
	}
	if last == "" {
		last = first
	}
	y1, m1, d1, ok1 := isoDate(first)
	y2, m2, d2, ok2 := isoDate(last)
	switch {
	case first == "":
		return ""
	case !ok1 || !ok2:
		if first == last {
			return first
		}
		return first + "–" + last
	case first == last:
		return strconv.Itoa(d1) + " " + shortMonths[m1-1] + " " + strconv.Itoa(y1)
	case y1 == y2 && m1 == m2:
		return strconv.Itoa(d1) + "–" + strconv.Itoa(d2) + " " + shortMonths[m1-1] + " " + strconv.Itoa(y1)
	case y1 == y2:
		return strconv.Itoa(d1) + " " + shortMonths[m1-1] + "–" + strconv.Itoa(d2) + " " + shortMonths[m2-1] + " " + strconv.Itoa(y1)
	}
	return strconv.Itoa(d1) + " " + shortMonths[m1-1] + " " + strconv.Itoa(y1) + "–" +
		strconv.Itoa(d2) + " " + shortMonths[m2-1] + " " + strconv.Itoa(y2)
}

// isoDate reads "YYYY-MM-DD".
func isoDate(s string) (y, m, d int, ok bool) {
	p, ok := ParsePeriod(s)
	if !ok || p.kind != pDay {
		return 0, 0, 0, false
	}
	return p.y, p.n, p.d, true
}

// acronymWords are words written in capitals in running text.
var acronymWords = map[string]string{
	"gdp": "GDP", "gnp": "GNP", "gni": "GNI", "cpi": "CPI", "ppi": "PPI",
	"fdi": "FDI", "pmi": "PMI", "vat": "VAT", "imf": "IMF", "wto": "WTO",
	"eu": "EU", "us": "US", "uk": "UK", "apec": "APEC", "asean": "ASEAN",
	"opec": "OPEC", "oecd": "OECD", "m1": "M1", "m2": "M2", "m3": "M3",
	"ecb": "ECB", "gcc": "GCC", "lng": "LNG", "gatt": "GATT", "ec": "EC",
}

// MetricWords writes a metric phrase for running text, acronyms in
// capitals: "share of world gdp" → "share of world GDP".
func MetricWords(metric string) string {
	words := strings.Fields(metric)
	for i, w := range words {
		if a, ok := acronymWords[strings.ToLower(w)]; ok {
			words[i] = a
		}
	}
	return strings.Join(words, " ")
}

// theNames are names that take "the" in running text.
var theNames = []string{"United ", "European ", "Republic ", "Netherlands", "Philippines",
	"World ", "International ", "Organisation ", "Organization ", "Bank of ", "Federal ",
	"EU", "IMF", "WTO", "OECD", "UN", "US", "UK", "G7", "G20", "Group of ", "Bundesbank"}

// NameInText writes a name as it stands in running text: "the United
// States", "the EU", "Japan".
func NameInText(name string) string {
	for _, p := range theNames {
		if name == p || strings.HasPrefix(name, p) && (strings.HasSuffix(p, " ") ||
			len(name) > len(p) && !isLetterOrDigit(name[len(p)])) {
			return "the " + name
		}
	}
	return name
}

func isLetterOrDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// Possessive writes "APEC's", "the United States'".
func Possessive(name string) string {
	name = NameInText(name)
	if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		return name + "'"
	}
	return name + "'s"
}

// signWords are metrics that say only the sign of a balance: their
// indicator says which balance.
var signWords = map[string]bool{"surplus": true, "deficit": true, "shortfall": true,
	"balance": true, "gap": true, "surplus or deficit": true}

// balanceNoun names the balance an indicator is about.
var balanceNoun = map[Indicator]string{
	IndTradeBalance: "trade", IndCurrentAccount: "current account",
	IndBudgetBalance: "budget", IndBalanceOfPayments: "payments",
}

// FigureWords writes what a group's figures are, from its frame only:
// "South Korea's trade surplus with the United States", "Canada's current
// account shortfall", "APEC's share of world GDP". The period and the
// outlook are left to PeriodPhrase and OutlookWords.
func (k GroupKey) FigureWords() string {
	m := k.Metric
	for _, p := range [...]string{"forecast ", "target "} {
		m = strings.TrimPrefix(m, p)
	}
	partner := ""
	if k.Counterpart != "" {
		low := strings.ToLower(k.Counterpart)
		for _, prep := range [...]string{"with", "to", "from", "in"} {
			if rest, ok := strings.CutSuffix(m, " "+prep+" "+low); ok {
				m, partner = rest, prep
				break
			}
		}
		if partner == "" {
			partner = partnerPrep(k.Indicator)
		}
	}
	m = tidyBasis(m)
	if noun := balanceNoun[k.Indicator]; noun != "" && signWords[m] {
		m = noun + " " + m
	}
	if m == "" {
		m = strings.ReplaceAll(string(k.Indicator), "_", " ")
	}
	s := MetricWords(m)
	if k.Subject != "" {
		s = Possessive(k.Subject) + " " + s
	}
	if partner != "" {
		s += " " + partner + " " + NameInText(k.Counterpart)
	}
	return s
}

// OutlookWords says whose forecast or target a group's figures are:
// "forecast by Balladur", "target set by the Bank of Thailand"; "" for
// figures stated as fact.
func (k GroupKey) OutlookWords() string {
	who := TitleWords(k.Forecaster)
	switch k.Outlook {
	case Forecast:
		if who == "" {
			return "forecast"
		}
		return "forecast by " + NameInText(who)
	case Target:
		if who == "" {
			return "target"
		}
		return "target set by " + NameInText(who)
	}
	return ""
}

// Describe writes a group's frame in one phrase: the figure, its period
// and outlook ("South Korea's trade surplus with the United States in
// 1986", "France's GDP growth in 1987, forecast by Balladur").
func (k GroupKey) Describe() string {
	s := k.FigureWords()
	if p := PeriodPhrase(k.Period); p != "" {
		s += " " + p
	}
	if o := k.OutlookWords(); o != "" {
		s += ", " + o
	}
	return s
}

// TitleWords capitalises the first letter of each word of a lower-case
// name ("j.p. morgan" → "J.P. Morgan", "bank of thailand" → "Bank of
// Thailand"); small words stay lower case after the first.
func TitleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "and" || w == "the" || w == "for") {
			continue
		}
		if a, ok := acronymWords[w]; ok {
			words[i] = a
			continue
		}
		var b strings.Builder
		up := true
		for _, r := range w {
			if up && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				up = false
				continue
			}
			if r == '.' || r == '-' {
				up = true
			}
			b.WriteRune(r)
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// Capitalize upper-cases the first letter of s.
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// tidyBasis drops words that repeat the basis a metric starts with:
// "annualised annual annualized growth rate" → "annualised growth rate".
func tidyBasis(m string) string {
	words := strings.Fields(m)
	if len(words) < 2 || words[0] != "annualised" && words[0] != "year-on-year" {
		return m
	}
	out := words[:1]
	for _, w := range words[1:] {
		switch w {
		case "annual", "annualized", "annualised", "year-on-year":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
