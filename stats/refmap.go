package stats

import (
	"strconv"
	"strings"
)

// Reference is the official figure a claim maps to: a formula over World
// Bank series for one economy, aggregate or bloc, in one year, in the
// claim's terms (unit, currency, sign).
type Reference struct {
	// Series is the code of the series the figure comes from (the first
	// of a formula's: "tx.val.mrch.cd.wt" for a trade balance).
	Series string
	// Year is the claim's year.
	Year int
	// Subject is the claim's subject, canonical ("Vietnam", "APEC").
	Subject string

	code     string // the economy or aggregate, when not a bloc's members
	bloc     *Bloc
	f        formula
	rate     bool    // a rate: a bloc has one only as a World Bank aggregate
	sign     float64 // -1 when the claim states a deficit or a fall
	money    bool    // converted to the claim's currency
	currency string
	tol      tolerance
	what     string     // what the figure is, for reasons ("GDP growth")
	note     string     // said in the reason: how the series differs from the wording
	alt      *Reference // another reading of the figure's coverage, or nil
}

// Key identifies what r computes, whatever its year: claims with equal
// keys are about one official series (for charts).
func (r *Reference) Key() string {
	s := r.Subject + "|" + r.code + "|" + r.f.key() + "|" + strconv.FormatFloat(r.sign, 'g', -1, 64) + "|" + r.currency
	if r.bloc != nil {
		s += "|bloc"
	}
	return s
}

// What says what the figure is ("GDP growth", "share of world GDP").
func (r *Reference) What() string { return r.what }

// useAggregate reports whether the figure for a bloc in year comes from
// the World Bank's aggregate rather than from its members.
func (r *Reference) useAggregate(year int) bool {
	if r.bloc == nil {
		return false
	}
	return r.bloc.Aggregate != "" && (r.rate || year >= r.bloc.AggregateFrom)
}

// Map returns the reference a claim maps to, or nil and the reason there
// is none: no series for its indicator or metric, a partner figure, a
// period that is not a calendar year, a forecast, a subject that is not
// an economy or bloc (a company), or no data.
func (k *Checker) Map(c *Claim) (*Reference, string) {
	switch c.Outlook {
	case Forecast:
		return nil, "a forecast: only figures stated as fact are checked"
	case Target:
		return nil, "a target: only figures stated as fact are checked"
	}
	if strings.Contains(c.Carried, "period") {
		return nil, "the period was carried from an earlier sentence, not stated with the figure"
	}
	p, reason := planClaim(c)
	if reason != "" {
		return nil, reason
	}
	if c.Counterpart != "" {
		return nil, "a figure with a partner (" + c.Counterpart + "): the World Bank has no figures between two economies"
	}
	year, reason := checkYear(c.Period)
	if reason != "" {
		return nil, reason
	}
	if w := shorterPeriodWord(c); w != "" {
		return nil, "the figure's clause speaks of " + strconv.Quote(w) +
			": its figure may be for part of the year, though its period is " + c.Period
	}
	r := newReference(p, year)
	if p.money {
		r.currency = c.Currency
		if r.currency == "" {
			return nil, "a money figure without a currency"
		}
	}
	if reason := k.resolveSubject(r, c.Subject); reason != "" {
		return nil, reason
	}
	if p.money && !k.ownCurrency(r, year) {
		return nil, "a figure for " + withThe(r.Subject) + " in " + r.currency +
			": a conversion the article made, at a rate it does not give; only US dollars and the economy's own currency are checked"
	}
	if p.alt != nil {
		alt := newReference(*p.alt, year)
		alt.currency, alt.Subject, alt.code, alt.bloc = r.currency, r.Subject, r.code, r.bloc
		alt.note += "; the claim does not say whether services are in, and this reading is closer than goods alone"
		r.alt = alt
	}
	return r, ""
}

// newReference is the reference of a plan for a year, before its subject.
func newReference(p refPlan, year int) *Reference {
	return &Reference{
		Series: p.f.Terms[0].Series, Year: year,
		f: p.f, rate: p.rate, sign: p.sign, money: p.money, tol: p.tol, what: p.what, note: p.note,
	}
}

// ownCurrency reports whether a money figure's currency is one the
// figures of r's subject are stated in: US dollars, the economy's
// currency (with the one the euro replaced, before it did), the euro for
// the European Union and the euro area.
func (k *Checker) ownCurrency(r *Reference, year int) bool {
	cur := r.currency
	if cur == "USD" {
		return true
	}
	if r.bloc != nil {
		return cur == "EUR" && (r.bloc.Name == "European Union" || r.bloc.Name == "eurozone")
	}
	if r.code == "EMU" || r.code == "EUU" {
		return cur == "EUR"
	}
	if l, ok := euroLegacy[cur]; ok {
		return l.code == r.code
	}
	if e := countryByAlpha3(r.code); e != nil {
		return e.Currency == cur
	}
	return false
}

// resolveSubject sets r's economy, aggregate or bloc from the claim's
// subject, or returns why it cannot.
func (k *Checker) resolveSubject(r *Reference, subject string) string {
	subject = strings.TrimSpace(subject)
	if subject == "" {
		return "no subject: the figure is not said to be any economy's"
	}
	name := CanonicalSubject(subject)
	r.Subject = name
	if code, ok := refAggregates[name]; ok {
		if !k.codes[code] {
			return "the reference data have no " + name + " aggregate"
		}
		r.code = code
		return ""
	}
	if b, ok := BlocByName(name); ok {
		r.bloc = b
		r.Subject = b.Name
		if r.rate && b.Aggregate == "" {
			return "the World Bank publishes no " + r.what + " for " + b.Name + ", and a rate is not the sum of its members' figures"
		}
		if r.useAggregate(r.Year) {
			r.code = b.Aggregate
		}
		return ""
	}
	e, ok := EntityByName(name)
	if !ok {
		return name + " is not an economy the World Bank covers (a company, person or other name)"
	}
	switch e.Kind {
	case KindCountry:
		if e.Alpha3 == "" || !k.codes[e.Alpha3] {
			return "the World Bank publishes no figures for " + e.Name
		}
		r.code = e.Alpha3
		return ""
	case KindRegion:
		return "the World Bank has no aggregate for " + e.Name + " as articles use the name"
	case KindOrg:
		return e.Name + " is an organisation, not an economy"
	}
	return name + " is not an economy the World Bank covers"
}

// checkYear returns the calendar year of a period (claims.md §5), or why
// the period cannot be checked against annual figures.
func checkYear(p string) (int, string) {
	p = strings.TrimSpace(p)
	if p == "" {
		return 0, "no period: the figure's year is not known"
	}
	if y, ok := periodYear(p); ok {
		return y, ""
	}
	if start, end, ok := strings.Cut(p, "/"); ok {
		ys, oks := periodYear(start[:min(4, len(start))])
		ye, oke := periodYear(end[:min(4, len(end))])
		switch {
		case strings.HasPrefix(p, "FY"):
		case oks && oke && ys == ye && wholeYearSpan(start[4:], end[4:]):
			return ys, ""
		case oks && oke && ys == ye:
			return 0, "part of a year (" + p + "): the World Bank's figures are for whole years"
		case oks && oke && len(start) == 4 && len(end) == 4:
			return 0, "a span of years (" + p + "): the World Bank's figures are for single years"
		}
	}
	switch {
	case strings.HasPrefix(p, "FY"):
		return 0, "a fiscal year (" + p + "): the World Bank's figures are for calendar years"
	case len(p) == 7 && p[4] == '-' && p[5] == 'Q':
		return 0, "a quarter (" + p + "): the World Bank's figures are for whole years"
	case len(p) == 7 && p[4] == '-' && p[5] == 'H':
		return 0, "a half-year (" + p + "): the World Bank's figures are for whole years"
	case len(p) == 7 && p[4] == '-':
		return 0, "a month (" + p + "): the World Bank's figures are for whole years"
	case len(p) == 10:
		return 0, "a day (" + p + "): the World Bank's figures are for whole years"
	}
	return 0, "the period " + p + " is not a calendar year"
}

// periodYear reads a four-digit year.
func periodYear(s string) (int, bool) {
	if len(s) != 4 || !allASCIIDigits(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, true
}

// wholeYearSpan reports whether a span within one year runs from its
// start to its end: "-01" to "-12", "-Q1" to "-Q4", "-H1" to "-H2".
func wholeYearSpan(from, to string) bool {
	switch from + "/" + to {
	case "-01/-12", "-Q1/-Q4", "-H1/-H2", "-01-01/-12-31":
		return true
	}
	return false
}

func allASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// shorterPeriodWords mark a figure for less than a calendar year, or a
// rate over a shorter span, when they stand in its clause: "narrowed to
// 102.2 mln dlrs in February", "in the 12-month period ending March",
// "running at 10 pct a year for the past six months".
var shorterPeriodWords = []string{"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "quarter", "quarterly", "month", "months",
	"monthly", "week", "weeks", "weekly", "annualised", "annualized", "12-month", "half-year",
	"first-half", "second-half", "year-on-year", "year-earlier"}

// shorterPeriodWord returns the first such word in the clause around the
// claim's text (between the punctuation that bounds it), or "".
func shorterPeriodWord(c *Claim) string {
	sentence, text, i := textInSentence(c)
	if i < 0 {
		return ""
	}
	from := strings.LastIndexAny(sentence[:i], ",;:()") + 1
	to := len(sentence)
	if j := strings.IndexAny(sentence[i+len(text):], ",;:()"); j >= 0 {
		to = i + len(text) + j
	}
	clause := strings.ToLower(sentence[from:to])
	for _, w := range strings.FieldsFunc(clause, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}) {
		for _, x := range shorterPeriodWords {
			if w == x {
				return w
			}
		}
	}
	return ""
}

// textInSentence finds a claim's text in its sentence, both with runs of
// white space folded (a text may hold a line break its sentence does
// not): the folded sentence and text and where the text starts, or -1.
func textInSentence(c *Claim) (sentence, text string, i int) {
	sentence, text = foldSpaces(c.Sentence), foldSpaces(c.Text)
	if text == "" {
		return sentence, text, -1
	}
	return sentence, text, strings.Index(sentence, text)
}
