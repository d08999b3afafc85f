package stats

import "slices"

// More outlook rules: what an actor means to do with money or goods.

// The cue words of the outlook and period rules, as word classes
// (lexClass bits 48, 62 and 63 are this part's): a rule whose words its
// sentence lacks (sentenceIs) returns without reading the words around
// each claim. A rule tests the bit, then its own words.
const (
	// rare words: attemptWords, openingVerbs (bidOutlook, plannedOpening),
	// "comparison" (asideSentence), "home" (sentHomeFrom)
	lxRareCue lexClass = 1 << 62
	lxSpend   lexClass = 1 << 63 // spendVerbs and "import" (intendedOutlook)
	lxExpect  lexClass = 1 << 48 // expectWords that are no forecastWords: "predict", "see" (expectedInfinitive)
)

// attemptWords govern a target in bidOutlook, openingVerbs one in
// plannedOpening: the words of their switches.
var attemptWords, openingVerbs = []string{"bid", "bids", "attempt", "attempts"}, []string{"open", "build", "hire", "recruit"}

// expectWords govern a forecast infinitive: the words of the switch in
// expectedInfinitive.
var expectWords = []string{"expect", "expects", "expected", "predict", "predicts", "predicted", "forecast", "forecasts",
	"project", "projects", "projected", "see", "sees"}

func init() {
	lexPartSets[lxRareCue] = func() []string { return slices.Concat(attemptWords, openingVerbs, []string{"comparison", "home"}) }
	lexPartSets[lxSpend] = func() []string { return append(trueKeys(spendVerbs), "import") }
	lexPartSets[lxExpect] = func() []string {
		var out []string
		for _, w := range expectWords {
			if !forecastWords[w] {
				out = append(out, w)
			}
		}
		return out
	}
}

// intendedOutlook returns Target for claim q when it is what its subject
// means to spend, buy or import: "Huawei to spend $2b on cybersecurity",
// "its plan was to buy more than 10,000 smartphones", "it plans to ...
// import $17.24 billion worth of goods" (a verb of spendVerbs or "import"
// after "to", the figure within five words of it) when a plan, an
// intention or "is to" comes before "to", or a name opens a headline
// (not "used to buy", "forced BHP to import", "an option to purchase").
// Other claims keep Actual.
func (x *extractor) intendedOutlook(q *quantity, s sentence) Outlook {
	g := &x.g
	if !x.sentenceIs(s, lxSpend) {
		return Actual // no verb of spending in the sentence
	}
	if isDuration(q) {
		return Actual // "plan to spend five years enhancing exports"
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k > s.a && k >= q.a-6 && x.clauseOf[k] == cl; k-- {
		if x.toks[k].cls&lxSpend == 0 { // neither spendVerbs nor "import"
			if x.inClaim[k] || x.toks[k].cls&(lxVerbLike|lxModal) != 0 {
				return Actual // not across another figure or verb
			}
			continue
		}
		j := k - 1
		if g.word(j) == "also" {
			j--
		}
		if g.word(j) != "to" || j <= s.a {
			return Actual
		}
		switch g.word(j - 1) {
		case "plans", "plan", "planned", "planning", "intends", "intend", "decided", "is", "was", "are":
			return Target
		}
		if j-1 <= s.a+4 && isUpper(x.toks[j-1].text) && !g.isPunct(s.b-1, ".") {
			return Target // "Huawei to spend $2b": a headline's infinitive
		}
		return Actual
	}
	return Actual
}

// expectedInfinitive returns Forecast for claim q when it ends an
// infinitive that a forecast verb governs from further back than the
// outlook rules read ("he now expected the current account deficit for
// fiscal 1986/87 ending June 30 to come in around 13.25 billion dlrs",
// "they predict the call rate will fall to 3.5 pct ... and the one-month
// bill rate to drop to 3.75 pct"): "to" and a verb of change or level
// within four words before it, and within 30 words before that, in its
// sentence and past no semicolon, "expect", "predict", "forecast",
// "project" or "see" in a form that is no comparison ("than expected").
// Other claims keep Actual.
func (x *extractor) expectedInfinitive(q *quantity, s sentence) Outlook {
	g := &x.g
	if !x.sentenceIs(s, lxForecast|lxExpect) {
		return Actual // none of expectWords in the sentence
	}
	if q.unit == UnitOrdinal {
		return Actual // "expected to rise for the fifth time"
	}
	to := -1
	for k := q.a - 1; k > s.a && k >= q.a-4; k-- {
		if x.inClaim[k] || x.toks[k].kind == tPunct || g.word(k) == "and" || g.word(k) == "or" {
			return Actual // "3 expected the rate to fall, and 18 said"
		}
		if g.word(k) == "to" {
			if v := g.word(k + 1); changeWords[v] != NoChange || headlineFutureVerbs[v] || v == "come" || v == "average" || v == "remain" || v == "stand" {
				to = k
				break
			}
		}
	}
	if to < 0 {
		return Actual
	}
	for k := to - 1; k >= s.a && k >= to-30; k-- {
		if g.isPunct(k, ";") {
			return Actual
		}
		switch g.word(k) {
		case "expect", "expects", "expected", "predict", "predicts", "predicted", "forecast", "forecasts",
			"project", "projects", "projected", "see", "sees":
			switch g.word(k - 1) {
			case "than", "as", "had", "have", "has", "to":
				return Actual // "more than expected", "had expected", "too early to predict"
			}
			return Forecast
		}
	}
	return Actual
}

// plannedOpening returns Target for claim q, a count or an amount of
// money that a forecast modal (o) governs, when it is what the subject
// will open, build or hire ("we will open 20,000 new stores", "will hire
// 145 new salespeople", "will build a seven mln dlr plant"): "will" or
// "would", the verb, and the figure within three words of it (no
// preposition: not "the market will open at 1000", "waves will build to
// 20 feet"). Other claims keep o.
func (x *extractor) plannedOpening(q *quantity, s sentence, o Outlook) Outlook {
	if o != Forecast || q.unit != UnitCount && q.unit != UnitMoney || x.g.gluedHyphen(q.b) || !x.sentenceIs(s, lxRareCue) {
		return o // (or none of openingVerbs in the sentence)
	}
	g := &x.g
	for k := q.a - 1; k > s.a+1 && k >= q.a-4; k-- {
		switch g.word(k) {
		case "open", "build", "hire", "recruit":
			if w := g.word(k - 1); w == "will" || w == "would" {
				return Target
			}
			return o
		}
		if x.inClaim[k] || x.toks[k].kind != tWord || x.toks[k].cls&(lxPrep|lxVerbLike) != 0 {
			return o
		}
	}
	return o
}

// bidOutlook returns Target for claim q when an attempt governs it: "in
// a bid to raise up to $443m", "an attempt to cut costs by 10 pct" ("bid"
// or "attempt" and "to" and a verb of change, push, hold, bring, keep or
// limit, the figure within six words after "bid"). Other claims keep
// Actual.
func (x *extractor) bidOutlook(q *quantity, s sentence) Outlook {
	g := &x.g
	if !x.sentenceIs(s, lxRareCue) || isDuration(q) || q.unit == UnitOrdinal || g.word(q.a-1) == "the" {
		return Actual // (none of attemptWords in the sentence; not "a bid to cut the 250 pct inflation rate": the level it starts from)
	}
	for k := q.a - 1; k > s.a && k >= q.a-6; k-- {
		if x.inClaim[k] || g.isPunct(k, ",") {
			return Actual
		}
		switch g.word(k) {
		case "bid", "bids", "attempt", "attempts":
			if v := g.word(k + 2); g.word(k+1) == "to" && k+2 < q.a && (changeWords[v] != NoChange || v == "push" || v == "hold" || v == "bring" || v == "keep" || v == "limit") {
				return Target // (not "a bid to halt the country's 250 pct inflation", "attempts to merge two firms")
			}
			return Actual
		}
	}
	return Actual
}
