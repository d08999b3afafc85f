package stats

import "strings"

// keyer computes group keys, caching canonical names.
type keyer struct {
	m        *Metrics
	known    bool // only vocabulary metrics
	carried  bool // claims with carried fields too
	metrics  map[string][2]string
	subjects map[string]string
}

func newKeyer(m *Metrics) *keyer {
	return &keyer{m: m, metrics: map[string][2]string{}, subjects: map[string]string{}}
}

// metric returns the canonical metric and partner of a phrase (see
// Metrics.canonicalParts).
func (k *keyer) metric(phrase string) (base, partner string) {
	c, ok := k.metrics[phrase]
	if !ok {
		c[0], c[1] = k.m.canonicalParts(phrase)
		k.metrics[phrase] = c
	}
	return c[0], c[1]
}

func (k *keyer) subject(name string) string {
	c, ok := k.subjects[name]
	if !ok {
		c = CanonicalSubject(name)
		k.subjects[name] = c
	}
	return c
}

// key returns the group key of a claim, or false if the claim is not
// compared: it has no subject, no metric or indicator, is a span of time,
// an "other" figure (unless opt.AllMetrics), or a figure of a dated
// article stated without a period.
//
// The key is the claim's whole frame: subject, counterpart, indicator,
// canonical metric (which keeps the finer basis: "non-oil imports" is not
// "imports"), period, outlook, and the kind of number (unit, currency,
// unit name, change). Claims extracted before frames existed (no
// indicator) get the indicator of their metric and the partner the
// sentence names after it.
func (k *keyer) key(c *Claim) (GroupKey, bool) {
	if c.Subject == "" || c.Unit == UnitQuantity && durationUnits[c.UnitName] {
		return GroupKey{}, false
	}
	if c.Unit == UnitQuantity && transaction(c.Sentence) {
		// "Japanese crushers bought 2,000 tonnes of Canadian rapeseed":
		// one deal, not a statistic that other articles state
		return GroupKey{}, false
	}
	if c.Unit == UnitCount && c.Item == "" || c.Unit == UnitOrdinal {
		// a count of nothing named ("to 6,472 from 16,741 cars", a time
		// "1100" in a headline) and a rank are no figures articles repeat
		return GroupKey{}, false
	}
	if !k.carried && (strings.Contains(c.Carried, "period") || strings.Contains(c.Carried, "subject") && !anaphoric(c.Sentence)) {
		// the period, or a subject the sentence does not point back to,
		// came from an earlier sentence: too weak to say two figures are
		// the same figure
		return GroupKey{}, false
	}
	ind := c.Indicator
	if (ind == IndShareOfWorldGDP || ind == IndShareOfWorldTrade) && strings.Contains(c.Carried, "subject") {
		// "if about 1% of the world's GDP is invested" in a story on
		// Britain: a share of the world is a country's only where the
		// sentence names it
		return GroupKey{}, false
	}
	framed := ind != ""
	if !framed {
		if c.Metric == "" || undatedBase(c) || strings.Contains(c.Carried, "period") {
			return GroupKey{}, false
		}
		ind = indicatorOf(c.Metric)
	}
	metric := c.Metric
	if metric == "" && singleMeasure(ind) && namedNear(c, ind) {
		metric = string(ind) // "the difference between what the UK exported and imported was £3.1bn"
	}
	if metric == "" {
		return GroupKey{}, false
	}
	if c.Unit == UnitQuantity && !namesGoods(metric) {
		// "commitments to export another 381,171 tonnes", "production
		// forecast of three mln tonnes": tonnes of what the sentence does
		// not say are no figure to compare
		return GroupKey{}, false
	}
	period := c.Period
	if p, ok := ParsePeriod(period); ok && p.kind == pDay && (ind == IndExternalDebt || ind == IndGovernmentDebt) {
		// "68 billion dlrs in external debt on February 20" and "its 68
		// billion dlr debt, last month": a debt, which moves slowly, on a
		// day is the month's (not so reserves, prices or weekly output)
		period = monthPeriod(p.y, p.n).String()
	}
	base, partner := k.metric(metric)
	if framed {
		base = k.balanceNoun(base, ind)
	}
	if i := k.m.userIndicator(base); i != "" {
		ind = i
	}
	key := GroupKey{
		Subject:   k.subject(c.Subject),
		Indicator: ind,
		Metric:    base,
		Unit:      c.Unit,
		Currency:  c.Currency,
		UnitName:  c.UnitName,
		Period:    period,
		Change:    c.Change,
		Outlook:   c.Outlook,
	}
	if c.Counterpart != "" {
		key.Counterpart = k.subject(c.Counterpart)
		partner = partnerPrep(ind) + " " + strings.ToLower(key.Counterpart)
	} else if partner != "" {
		key.Counterpart = k.subject(partner[strings.IndexByte(partner, ' ')+1:]) // "trade surplus with the U.S."
	} else if !framed {
		if prep, e := sentencePartner(c); e != nil && e.Name != key.Subject {
			partner = prep + " " + strings.ToLower(e.Name)
			key.Counterpart = e.Name
		}
	}
	if key.Period == "" && (len(c.Date) >= 7 && c.Date[4] == '-' || !slowMoving(ind)) {
		// in dated articles a figure stated without any period is a stock
		// or a level at some unstated time (debts, reserves, rates): not
		// comparable across articles; in undated ones nothing says two
		// figures are of one time ("the unemployment rate is 3.9" and "9.6"
		// in stories years apart), except for the slow-moving shares of
		// the world and sizes that the press repeats for years
		return GroupKey{}, false
	}
	if key.Subject == "" || key.Metric == "" {
		return GroupKey{}, false
	}
	if dailyIndicator(ind) && ind != IndInterestRate {
		// a market quote is of a day: "the Nasdaq at 2,470 in 2000" and
		// "at 3,100" are two days of a year, not one figure
		if p, ok := ParsePeriod(key.Period); !ok || p.kind != pDay {
			return GroupKey{}, false
		}
	}
	if k.known && (ind == "" || ind == IndOther || !k.m.canon[key.Metric] && !framed) {
		return GroupKey{}, false
	}
	if ind == IndCompanyResults {
		if e, ok := EntityByName(key.Subject); ok && e.Kind != KindName {
			return GroupKey{}, false // a company's figure filed under a country
		}
	}
	if key.Unit == UnitPercent && key.Change != NoChange {
		if g := k.m.growthOf(key.Metric); g != "" {
			key.Metric = g
		}
	}
	if key.Change == Up && isGrowthMetric(key.Metric) {
		key.Change = NoChange
	}
	if partner != "" && !strings.EqualFold(partner[strings.IndexByte(partner, ' ')+1:], key.Subject) {
		key.Metric += " " + partner
	}
	if b := changeBasis(c, ind); b != "" {
		key.Metric = b + " " + key.Metric // "year-on-year inflation" is not January's rise
	}
	switch key.Outlook {
	case Forecast:
		key.Metric = "forecast " + key.Metric
	case Target:
		key.Metric = "target " + key.Metric
	}
	if key.Outlook != Actual {
		// forecasts by different forecasters are different figures; one
		// the sentence attributes to no one is compared with none
		if key.Forecaster = forecaster(c.Sentence, key.Subject); key.Forecaster == "" {
			return GroupKey{}, false
		}
	}
	return key, true
}

// slowMoving reports whether figures of ind change slowly enough that
// undated articles stating one without a period may be compared: shares
// of world GDP and trade, populations (not memberships: the EU had 15
// members, then 25, then 27).
func slowMoving(ind Indicator) bool {
	switch ind {
	case IndShareOfWorldGDP, IndShareOfWorldTrade, IndPopulation:
		return true
	}
	return false
}

// balanceNoun names a bare balance noun by the balance the frame says it
// is: "surplus" of a trade balance is the "trade surplus", so that "The
// January surplus was 533 mln" and "a trade surplus of 623 mln in January"
// are one figure.
func (k *keyer) balanceNoun(base string, ind Indicator) string {
	switch base {
	case "surplus", "deficit", "shortfall", "gap":
	default:
		return base
	}
	var of string
	switch ind {
	case IndTradeBalance:
		of = "trade "
	case IndCurrentAccount:
		of = "current account "
	case IndBudgetBalance:
		of = "budget "
	case IndBalanceOfPayments:
		of = "payments "
	default:
		return base
	}
	b, _ := k.metric(of + base)
	return b
}

// forecastVerbs attribute a forecast to who made it.
var forecastVerbs = []string{" said", " says", " forecast", " forecasts", " expects", " expected",
	" predicted", " predicts", " sees", " estimated", " estimates", " projected", " projects",
	" told", " reiterated", " announced", " believes", " reported"}

// forecaster returns who a sentence says made its forecast: the name
// before "said", "forecast", "expects"... ("Finance Minister Edouard
// Balladur said", "the Bank of Thailand said"), or after "according to",
// lower-cased; the subject when it makes its own forecast ("Argentina is
// aiming at four pct growth"); "" when the sentence names no one.
func forecaster(sentence, subject string) string {
	low := lowerASCIIBytes(sentence)
	if i := strings.Index(low, "according to "); i >= 0 {
		if n := capitalRun(sentence, i+len("according to "), true); n != "" {
			return n
		}
	}
	for _, v := range forecastVerbs {
		for from := 0; ; {
			i := indexLowerASCII(sentence, from, v)
			if i < 0 {
				break
			}
			from = i + 1
			if e := i + len(v); e < len(sentence) && hedgeLetter(sentence[e]) {
				continue // "forecasts" for " forecast"
			}
			if n := capitalRunBefore(sentence, i); n != "" {
				return n
			}
		}
	}
	if subject != "" && strings.Contains(low, strings.ToLower(subject)) {
		for _, w := range [...]string{" aims", " aiming", " targets", " plans", " projects", " wants"} {
			if strings.Contains(low, w) {
				return strings.ToLower(subject)
			}
		}
	}
	return ""
}

// capitalRun returns the run of capitalised words at byte i of s (after
// "the"), lower-cased, or "".
func capitalRun(s string, i int, skipThe bool) string {
	if skipThe && strings.HasPrefix(s[i:], "the ") {
		i += 4
	}
	j := i
	for j < len(s) {
		k := j
		for k < len(s) && s[k] != ' ' && s[k] != ',' {
			k++
		}
		w := s[j:k]
		if w == "" || !isUpper(w) && w != "of" && w != "and" && w != "&" {
			break
		}
		j = k
		if j < len(s) && s[j] == ' ' {
			j++
		} else {
			break
		}
	}
	return strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[i:j]), " of")))
}

// capitalRunBefore returns the run of capitalised words that ends right
// before byte i of s, lower-cased, or "".
func capitalRunBefore(s string, i int) string {
	j := i
	for j > 0 {
		k := strings.LastIndexByte(s[:j], ' ')
		w := s[k+1 : j]
		if w == "" || !isUpper(w) && w != "of" && w != "&" {
			break
		}
		j = k
		if k < 0 {
			j = 0
			break
		}
	}
	run := strings.TrimSpace(s[max(j, 0):i])
	if run == "" || strings.EqualFold(run, "He") || strings.EqualFold(run, "She") || strings.EqualFold(run, "It") || strings.EqualFold(run, "They") {
		return ""
	}
	return strings.ToLower(run)
}

// singleMeasure reports whether the indicator names one figure of a
// subject and period, so that a claim with no metric words of its own can
// be compared by it ("the difference between what the UK exported and
// imported was £3.1bn"): not loans, investments or company results, of
// which an article names many.
func singleMeasure(ind Indicator) bool {
	switch ind {
	case IndTradeBalance, IndExports, IndImports, IndTrade, IndCurrentAccount, IndGDP,
		IndGDPPerCapita, IndInflation, IndUnemployment, IndBudgetBalance, IndShareOfWorldGDP,
		IndShareOfWorldTrade, IndBalanceOfPayments:
		return true
	}
	return false
}

// transaction reports whether a sentence reports a deal: goods bought,
// sold, tendered for or shipped.
func transaction(sentence string) bool {
	for _, w := range [...]string{" bought ", " buys ", " sold ", " sells ", " purchased ", " tender", " booked ", " agreed to buy ", " agreed to sell "} {
		if indexLowerASCII(sentence, 0, w) >= 0 {
			return true
		}
	}
	return false
}

// partnerPrep is the preposition that names the counterpart of a figure
// of an indicator: exports to, imports from, a balance with.
func partnerPrep(ind Indicator) string {
	switch ind {
	case IndExports:
		return "to"
	case IndImports:
		return "from"
	case IndFDI, IndInvestment:
		return "in"
	}
	return "with"
}

// sentencePartner finds the partner of a bilateral figure that the
// extractor left out of the metric: the entity after "with", "to" or
// "from" right after the metric phrase in the sentence ("Taiwan's trade
// surplus with Washington", "exports to Japan"). The bloc's own figure and
// the one with a partner are different figures.
func sentencePartner(c *Claim) (string, *Entity) {
	phrase := lowerASCIIBytes(strings.TrimSpace(c.Metric))
	if phrase == "" || c.Sentence == "" {
		return "", nil
	}
	s := c.Sentence
	ti := strings.Index(s, foldSpaces(c.Text))
	// the occurrence of the phrase nearest the claim
	best, bestD := -1, 0
	for from := 0; ; {
		j := indexLowerASCII(s, from, phrase)
		if j < 0 {
			break
		}
		d := j - ti
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bestD {
			best, bestD = j, d
		}
		from = j + 1
	}
	if best < 0 {
		return "", nil
	}
	rest := s[best+len(phrase):]
	for _, prep := range [...]string{" with ", " to ", " from "} {
		if !hasPrefixLowerASCII(rest, prep) {
			continue
		}
		after := rest[len(prep):]
		words := gazSplit(after[:min(len(after), 80)])
		i := 0
		if len(words) > 0 && hasPrefixLowerASCII(words[0], "the") && len(words[0]) == 3 {
			i++
		}
		if m, ok := MatchEntity(words, i); ok && m.Form != FormAdjective {
			return strings.TrimSpace(prep), m.Entity
		}
		return "", nil
	}
	return "", nil
}

// indexLowerASCII returns the index of the first occurrence of lower at or
// after from in lowerASCIIBytes(s), or -1; lower is lower-cased already.
// It is strings.Index(lowerASCIIBytes(s)[from:], lower) + from without the
// copy of s.
func indexLowerASCII(s string, from int, lower string) int {
	if lower == "" {
		return min(from, len(s))
	}
	c0 := lower[0]
	for j := from; j+len(lower) <= len(s); j++ {
		if b := s[j]; b != c0 && !('A' <= b && b <= 'Z' && b+'a'-'A' == c0) {
			continue
		}
		if hasPrefixLowerASCII(s[j:], lower) {
			return j
		}
	}
	return -1
}

// hasPrefixLowerASCII reports whether lowerASCIIBytes(s) starts with
// lower.
func hasPrefixLowerASCII(s, lower string) bool {
	return len(s) >= len(lower) && equalFoldASCII(lower, s[:len(lower)])
}

// lowerASCIIBytes lower-cases ASCII letters only, so that byte offsets into the
// result are offsets into s.
func lowerASCIIBytes(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// anaphoric reports whether a sentence opens by pointing back to what the
// article is about ("The bloc accounts for...", "It has signed...", "Its
// exports..."), so that a subject carried into it is reliable.
func anaphoric(sentence string) bool {
	w, rest, _ := strings.Cut(sentence, " ")
	switch strings.ToLower(w) {
	case "it", "its", "this", "they", "their", "these":
		return true
	case "the":
		// "The trade surplus in February widened", "The country's", "The
		// department said the deficit": the article's subject and its
		// figure; not "The region's 1986 trade surplus", which points at
		// something wider than the country carried, nor "The company
		// reported", "The division had", about something else
		n, _, _ := strings.Cut(rest, " ")
		switch strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(n), "'s"), "’s") {
		case "region", "regions", "continent", "area", "world", "bloc", "group", "community",
			"company", "firm", "concern", "corporation", "division", "unit", "subsidiary", "bank":
			return false
		}
		return true
	}
	return false
}

// undatedBase reports whether a claim is the base of a comparison ("rose
// to 9.19 billion from 9.43 billion", "against 1.71 billion a year
// earlier") with no period of its own written after it. Such a figure is
// given the period of the figure it is compared with, which it seldom has,
// so it is not compared. "from 9.71 billion in January 1986" keeps its
// period and is compared.
func undatedBase(c *Claim) bool {
	text := foldSpaces(c.Text)
	i := strings.Index(c.Sentence, text)
	if i < 0 || text == "" {
		return false
	}
	window := c.Sentence[max(0, i-60):i]
	if !baseWordIn(window) {
		return false // the common case, without the copies below
	}
	before := strings.Fields(strings.ToLower(window))
	k := len(before) - 1
	for k >= 0 && (baseFillers[before[k]] || isYearWord(before[k])) {
		k--
	}
	switch {
	case k < 0:
		return false
	case before[k] == "from" || before[k] == "against" || before[k] == "versus" || before[k] == "vs" || before[k] == "vs.":
	case k > 0 && (before[k] == "with" || before[k] == "to") && strings.HasPrefix(before[k-1], "compar"):
	default:
		return false
	}
	// a period written right after the figure
	after := strings.Fields(strings.ToLower(c.Sentence[i+len(text) : min(len(c.Sentence), i+len(text)+40)]))
	for j, w := range after {
		if j >= 5 {
			break
		}
		w = strings.Trim(w, ".,;:()'’s")
		if isYearWord(w) || months[w] > 0 && len(w) >= 3 || w == "quarter" || w == "half" || w == "end-december" {
			return false
		}
	}
	return true
}

// baseWordIn reports whether s holds, in any case, one of the words that
// introduce the base of a comparison in undatedBase: a quick test that
// lets most claims skip the lower-casing and splitting there. (The
// Unicode lower-casing there gives these ASCII words only from ASCII
// letters.)
func baseWordIn(s string) bool {
	for _, w := range [...]string{"from", "against", "versus", "vs", "compar"} {
		if indexLowerASCII(s, 0, w) >= 0 {
			return true
		}
	}
	return false
}

// baseFillers may stand between "from" and the base figure.
var baseFillers = map[string]bool{
	"a": true, "an": true, "the": true, "revised": true, "record": true, "previously": true,
	"originally": true, "upwardly": true, "downwardly": true, "provisional": true,
	"adjusted": true, "unrevised": true, "preliminary": true, "last": true, "year's": true,
}

// isYearWord reports whether w is a year ("1986", "1986's").
func isYearWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && periodDigits(w)
}

// durationUnits are the units of spans of time ("the first two months",
// "a 10-year plan"), which say when rather than how much and are not
// compared.
var durationUnits = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true,
	"second": true, "quarter": true, "decade": true, "century": true,
}

// namesGoods reports whether a metric names what a physical quantity is a
// quantity of: a word besides the generic measures ("exports",
// "production", "output"), as in "rice exports" or "crude oil output".
func namesGoods(metric string) bool {
	for _, w := range strings.Fields(metric) {
		if !metricHeads[w] && !neutralModifiers[w] && !genericQuantityWords[w] {
			return true
		}
	}
	return false
}

// genericQuantityWords are words of a quantity's metric that name no goods.
var genericQuantityWords = map[string]bool{
	"commitments": true, "crop": true, "harvest": true, "stocks": true, "of": true,
	"average": true, "annual": true, "daily": true, "weekly": true, "monthly": true,
	"forecast": true, "estimate": true, "estimated": true, "total": true, "net": true,
	"part": true, "share": true, "difference": true, "from": true,
}

// extraNames are words that name an indicator near a figure besides its
// rules' phrases.
var extraNames = map[Indicator][]string{
	IndTradeBalance:      {"surplus", "deficit", "shortfall", "gap", "imbalance", "exported", "imported"},
	IndCurrentAccount:    {"surplus", "deficit"},
	IndBudgetBalance:     {"surplus", "deficit", "shortfall", "gap"},
	IndBalanceOfPayments: {"surplus", "deficit"},
	IndGDP:               {"grew", "expanded", "contracted", "shrank"},
	IndExports:           {"exported", "shipped"},
	IndImports:           {"imported"},
}

// namedNear reports whether the words around claim c name its indicator
// ind, so that a figure without a metric ("the difference between what
// the UK exported and imported was £3.1bn") can stand for the indicator
// itself; one whose indicator came from further away ("the price of some
// 4,933 products has gone up ... to 775 pct") cannot.
func namedNear(c *Claim, ind Indicator) bool {
	w := " " + lowerASCIIBytes(claimWindow(c, 90)) + " "
	for i := range indicatorRules {
		if r := &indicatorRules[i]; r.ind == ind && containsAnyWord(w, r.any) {
			return true
		}
	}
	return containsAnyWord(w, extraNames[ind])
}
