package stats

import "strings"

// Outlook: whether a figure is a forecast or a target rather than a
// figure stated as fact (claims.md §5). The cues are words in the claim's
// clause: forecast words before it ("is expected to grow 5%", "will
// expand", "economists forecast"), a modal after it in its clause ("a 5
// dlr tariff would increase costs"), a relative clause that forecast it
// ("the 3.5% that economists had forecast"), an "if" clause of a
// conditional sentence; target words ("its 1.4% growth target", "aims to
// cut", "is considering moving 15-30 percent"). "More than expected" and
// "as forecast" are comparisons with a forecast, not forecasts.

// targetWords make a figure a target, limit or goal.
var targetWords = map[string]bool{
	"target": true, "targets": true, "targeted": true, "targeting": true, "targetting": true,
	"aim": true, "aims": true, "aimed": true, "aiming": true, "goal": true, "goals": true,
	"objective": true, "ceiling": true, "cap": true, "limit": true, "pledged": true,
	"pledges": true, "promised": true, "promises": true, "vowed": true, "seeks": true,
	"seeking": true, "wants": true, "intends": true, "considering": true, "plans": true,
	"planned": true, "planning": true, "proposed": true, "proposes": true, "quota": true,
}

// intentWords are intentions and duties, target words before "to"
// (targetCue): "would try to hold", "is hoping to achieve", "efforts to
// reduce", "would like to see", "must keep".
var intentWords = map[string]bool{
	"try": true, "tries": true, "trying": true, "hope": true, "hopes": true, "hoping": true,
	"effort": true, "efforts": true, "like": true, "must": true,
}

func init() {
	for w := range intentWords {
		targetWords[w] = true
	}
}

// targetCue reports whether the target word at k makes figure q a
// target: an intention or duty only with the verb it governs ("hoping to
// achieve", "would like to see", "must keep"; not "hopes that", "like
// 1986", "must have risen"), and not for a span of time ("efforts to
// revise a law that expires in two months", "hopes to broaden the 90-day
// licence").
func (x *extractor) targetCue(k int, q *quantity) bool {
	w, next := x.g.word(k), x.g.word(k+1)
	if intentWords[w] && isDuration(q) {
		return false
	}
	switch w {
	case "limit":
		return x.g.word(k-1) != "the"
	case "like":
		return next == "to" && (x.g.word(k-1) == "would" || x.g.word(k-1) == "'d")
	case "must":
		return next != "have" && next != "be"
	case "try", "tries", "trying", "hope", "hopes", "hoping", "effort", "efforts":
		return next == "to"
	}
	return true
}

// modalWords after a figure in its clause make it a forecast ("a tariff of
// 5 dlrs would increase costs").
var modalWords = map[string]bool{
	"would": true, "could": true, "might": true, "will": true, "may": true, "should": true,
}

// notForecastCue reports whether the forecast word at k is a comparison
// with a forecast ("more than expected", "as forecast", "surpassed
// expectations") or a past estimate ("the government estimated").
func (x *extractor) notForecastCue(k int) bool {
	prev := x.g.word(k - 1)
	if x.g.gluedHyphen(k - 1) {
		prev = x.g.word(k - 2) // "stronger-than-expected"
	}
	switch prev {
	case "than", "as", "surpassed", "beat", "beating", "exceeded", "missed", "above", "below":
		return true
	}
	if x.g.word(k) == "seen" && (prev == "has" || prev == "have" || prev == "had") {
		return true // "China has seen two decades of growth": a perfect, not "seen at 3%"
	}
	if x.g.word(k-1) == "had" || x.g.word(k-1) == "have" {
		// "the rise the markets had anticipated": a forecast, of a figure
		// now stated; only the figure it was made for is one
		return false
	}
	switch x.g.word(k) {
	case "estimates", "estimated":
		return true
	case "set":
		// "was set at 5 pct" is a fact; "is set to hit $12bn" a forecast
		return x.g.word(k+1) != "to" || !beVerbs[prev]
	}
	return false
}

// beVerbs are the forms of "be" before "set to" that make it a forecast.
var beVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "seems": true, "looks": true}

// outlookFor returns the outlook of claim q of sentence s.
func (x *extractor) outlookFor(q *quantity, s sentence, base bool, ind Indicator) Outlook {
	g := &x.g
	if q.unit == UnitOrdinal && (ind == IndOther || ind == IndTradeAgreements) {
		return Actual // "the fifth round will be held in China": a sequence number, not a forecast
	}
	cl := x.clauseOf[q.a]
	cs := int(x.clauseStart[q.a])
	// cue words before the figure, in its clause and (for "he said the
	// economy will grow") the clause it depends on; not for a figure a
	// possessive holds ("will bring leaders of its 21 member economies":
	// the members are a fact, the meeting is to come)
	before := q.a - 1
	if !x.sentenceIs(s, lxOutlook|lxForecast|lxModal) || x.possessed(q) {
		before = -1 // (or no cue word in the sentence)
	}
	dependent := 0 // the clause depends on the one before it: 0 not known yet, 1 no, 2 yes
	for k := before; k >= s.a && k >= q.a-16; k-- {
		if x.clauseOf[k] != cl && k < cs-1 {
			if dependent == 0 {
				dependent = 1
				if x.reportedClause(cs, s) || x.elidedSubject(q) {
					dependent = 2
				}
			}
			if dependent == 1 {
				break
			}
		}
		if x.toks[k].cls&(lxOutlook|lxForecast|lxModal) == 0 {
			continue // no cue word (nor a word at all)
		}
		w := g.word(k)
		if g.is(k, lxOutlook) && targetWords[w] && x.targetCue(k, q) {
			if base && x.targetAction(k, q) {
				// "is targeting growth of three pct against an increase
				// last year of less than one pct", "the aim of reducing the
				// deficit to 4.9 pct from 5.1 pct": the base is a fact (not
				// so "trimming the PSBR target to 4.0 billion from 7.1
				// billion", a target revised)
				return Actual
			}
			return Target
		}
		if g.is(k, lxForecast) || g.is(k, lxFunction) && (g.is(k, lxModal) && w != "may" || w == "may" && !isUpper(x.toks[k].text)) {
			if x.notForecastCue(k) {
				continue
			}
			if base && !x.forecastNoun(k) && !x.earlierForecast(q) {
				return Actual // "expects a deficit of 30 bln this year from 17.4 bln in 1986": the base is a fact
			}
			if x.spendingPlan(k) && !isDuration(q) && !x.g.gluedHyphen(q.b-2) || x.targetIsModal(k, q) {
				return Target
			}
			// (a forecast revised "to 2.8 pct from 2.5 pct": both are forecasts)
			return Forecast
		}
	}
	if !x.sentenceIs(s, lxModal|lxOutlook) && !x.sentenceHas(s, cueIf) && !isAllUpperLine(x, s) {
		return Actual // none of the cues below in the sentence
	}
	// after the figure, in its clause: "would", "could"; a target noun
	// ("a 1.4% growth target"); a relative clause that forecast it
after:
	for k := q.b; k < s.b && k < q.b+8 && x.clauseOf[k] == cl; k++ {
		w := g.word(k)
		switch {
		case g.isPunct(k, ",") || g.isPunct(k, "("):
			break after // an aside ends: "which last year posted a surplus of 3.5 billion baht, is projected"
		case w == "" || x.inClaim[k]:
			if x.inClaim[k] {
				return Actual
			}
			continue
		case g.is(k, lxModal) && w != "may" && w != "should":
			return Forecast
		case g.is(k, lxOutlook) && targetNouns[w]:
			if x.nounPhraseTo(q.b, k) && !isDuration(q) {
				return Target // "a 1.4% growth target", "the 3% deficit limit"
			}
		case g.is(k, lxOutlook) && forecastAfter[w] && !x.notForecastCue(k) && (g.word(k+1) != "to" || q.a == cs):
			// "growth of between 2% and 3% was likely in 2025", "a two pct
			// growth forecast", "the 3.5% that economists had forecast",
			// "about 70% of bondholders are expected to accept" (but in
			// "tariffs on $200 billion of goods is expected to penalize",
			// what is expected is what follows the figure, which does not
			// start its clause)
			return Forecast
		}
	}
	// the "if" clause of a conditional: "if it piles up another bailout of
	// $15 billion, it might prove too little"
	if x.ifClause(q, s) {
		return Forecast
	}
	// an infinitive in a headline: "THAI ECONOMY TO ACHIEVE FIVE PCT GROWTH"
	if isAllUpperLine(x, s) {
		for k := q.a - 1; k >= s.a && k >= q.a-6; k-- {
			if g.word(k) == "to" {
				if n := g.word(k + 1); headlineFutureVerbs[n] || changeWords[n] != NoChange {
					return Forecast
				}
			}
		}
	}
	return Actual
}

// targetNouns after a figure in its clause make it a target.
var targetNouns = map[string]bool{
	"target": true, "targets": true, "goal": true, "ceiling": true, "objective": true,
	"limit": true, "cap": true, "quota": true,
}

// spendingPlan reports whether the modal at k says what its subject will
// pay out ("the central government will spend 10 billion yuan", "would
// buy 480 mln dlrs worth of goods"): a plan of the spender, a target
// (claims.md §5), not a forecast of others' doing (the caller leaves out
// spans of time and hyphenated names: "will spend 75 mln dlrs over the
// next three years", "will provide 24-hour services").
func (x *extractor) spendingPlan(k int) bool {
	if w := x.g.word(k); w != "will" && w != "would" {
		return false
	}
	j := k + 1
	if w := x.g.word(j); w == "also" || strings.HasSuffix(w, "ly") {
		j++
	}
	return spendVerbs[x.g.word(j)]
}

// spendVerbs after "will" or "would" make a spending plan.
var spendVerbs = map[string]bool{
	"spend": true, "provide": true, "buy": true, "purchase": true, "invest": true, "allocate": true,
	"earmark": true, "grant": true, "lend": true, "donate": true, "inject": true,
}

// targetIsModal reports whether the modal at k says what a target, the
// head of its subject, will be, figure q right after it: "the 2005-6
// target for the deficit will be 4.3%", "the daily limit will be two cts"
// (not "the target rate will be 0.5", "the limit will be extended to
// April").
func (x *extractor) targetIsModal(k int, q *quantity) bool {
	if !x.g.is(k, lxModal) || x.g.word(k+1) != "be" || q.a > k+3 || isDuration(q) {
		return false
	}
	cl := x.clauseOf[k]
	for j := k - 1; j >= 0 && j >= k-6 && x.clauseOf[j] == cl; j-- {
		if targetNouns[x.g.word(j)] {
			next := x.g.word(j + 1)
			return j+1 == k || next == "for" || next == "on" || next == "of"
		}
	}
	return false
}

// isDuration reports whether figure q is a span of time ("two months",
// "the 12 month quota"), which a goal or a limit does not set.
func isDuration(q *quantity) bool {
	return q.unit == UnitQuantity && durationUnits[q.unitName]
}

// nounPhraseTo reports whether the words from a to the noun at k go on
// with the noun phrase of the figure before a: "the 15.8 mln bpd quota",
// not "50,000 bpd above the quota", "1.14 mln in February and its quota".
func (x *extractor) nounPhraseTo(a, k int) bool {
	for j := a; j < k; j++ {
		if w := x.g.word(j); x.g.is(j, lxPrep) || w == "and" || w == "or" || w == "its" || w == "their" || w == "the" {
			return false
		}
	}
	return true
}

// earlierForecast reports whether the base q is a forecast made earlier,
// a participle right after it saying so: "revised down growth this year to
// two pct from 3.2 pct predicted last autumn".
func (x *extractor) earlierForecast(q *quantity) bool {
	switch x.g.word(q.b) {
	case "predicted", "forecast", "forecasted", "projected", "expected", "estimated", "targeted", "envisaged":
		return x.g.word(q.b+1) != "to" && x.g.word(q.b+1) != "by"
	}
	return false
}

// targetAction reports whether the target word at k is a verb ("is
// targeting", "plans to cut") or is followed, before claim q, by the
// action that moves from the base ("aim of reducing").
func (x *extractor) targetAction(k int, q *quantity) bool {
	w := x.g.word(k)
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "aims", "plans", "plan", "seeks", "wants", "intends", "hopes", "hope", "try", "tries", "must", "effort", "efforts":
		return true
	}
	for j := k + 1; j < q.a; j++ {
		if v := x.g.word(j); strings.HasSuffix(v, "ing") && len(v) > 5 && !x.inClaim[j] {
			return true
		}
	}
	return false
}

// forecastAfter are the words after a figure, in its clause, that make it
// a forecast.
var forecastAfter = map[string]bool{
	"likely": true, "unlikely": true, "expected": true, "forecast": true, "forecasts": true,
	"forecasted": true, "projected": true, "projection": true, "predicted": true,
	"anticipated": true, "outlook": true,
}

// headlineFutureVerbs after "to" in a headline make it a forecast.
var headlineFutureVerbs = map[string]bool{
	"achieve": true, "reach": true, "hit": true, "top": true, "exceed": true, "post": true,
	"record": true, "see": true, "grow": true, "rise": true, "fall": true, "expand": true,
}

// reportedClause reports whether the clause starting at token cs reports
// speech ("he said", "the bank said that"): a forecast word in the
// sentence before it governs it.
func (x *extractor) reportedClause(cs int, s sentence) bool {
	for k := cs - 1; k >= s.a && k >= cs-3; k-- {
		switch x.g.word(k) {
		case "said", "says", "that":
			return true
		}
	}
	return false
}

// ifClause reports whether claim q is in a clause opened by "if" (or
// "even if", "unless") in a sentence with a modal verb.
func (x *extractor) ifClause(q *quantity, s sentence) bool {
	if !x.sentenceHas(s, cueIf) {
		return false
	}
	g := &x.g
	inIf := false
	for k := q.a - 1; k >= s.a && k >= q.a-20; k-- {
		w := g.word(k)
		if w == "if" || w == "unless" {
			inIf = true
			break
		}
		if g.isPunct(k, ",") || g.isPunct(k, ";") {
			break
		}
	}
	if !inIf {
		return false
	}
	if x.sentModal == 0 {
		x.sentModal = 1
		for k := s.a; k < s.b; k++ {
			if w := g.word(k); w == "would" || w == "could" || w == "might" || w == "will" {
				x.sentModal = 2
				break
			}
		}
	}
	return x.sentModal == 2
}

// forecastNoun reports whether the forecast word at k is a noun naming a
// forecast ("raised its 1987 growth forecast to 2.8 pct from 2.5 pct", "the
// official inflation projection"), whose revisions go from one forecast to
// another, rather than a verb ("expects a deficit of 30 bln from 17.4 bln
// in 1986", where the base is a fact).
func (x *extractor) forecastNoun(k int) bool {
	switch x.g.word(k) {
	case "forecast", "forecasts", "projection", "projections", "estimate", "estimates", "prediction", "predictions", "outlook":
	default:
		return false
	}
	prev := x.g.word(k - 1)
	switch prev {
	case "its", "the", "their", "his", "her", "official", "government", "revised", "new", "earlier", "previous", "original", "initial":
		return true
	}
	if t := &x.toks[max(k-1, 0)]; k > 0 && t.kind == tNum && t.num >= 1900 && t.num < 2100 && t.decimals == 0 {
		return true // "the 1987 forecast"
	}
	return x.g.is(k-1, lxMetricHead)
}

// possessed reports whether a possessive determiner or a possessive name
// holds figure q: "its 21 member economies", "Japan's 5.9 billion dlr
// surplus".
func (x *extractor) possessed(q *quantity) bool {
	switch x.g.word(q.a - 1) {
	case "its", "their", "his", "her", "our":
		return true
	}
	if q.a > 0 {
		t := x.toks[q.a-1].text
		return t == "'s" || t == "’s"
	}
	return false
}
