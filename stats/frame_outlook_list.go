package stats

import "strings"

// outlookOf returns the outlook of claim qi of sentence s: the cues of
// its own clause (outlookFor), else those of the figure it goes on from;
// then its own period, in a forecast, tells a past figure from one still
// to come (ownTime).
func (x *extractor) outlookOf(qi int, s sentence, c *Claim, ctx *articleContext) Outlook {
	q := &x.qs[qi]
	l := &x.links[qi]
	if p := qi - 1; p >= 0 && x.qs[p].b == q.a-1 && x.g.isPunct(q.a-1, "(") && x.qs[p].unit == q.unit && (q.unit == UnitMoney || q.unit == UnitQuantity) {
		// "80bn rupees ($1.8bn) will be spent", "its $102.6bn (£53.51bn)
		// offer": an amount converted to another currency is the same
		// figure
		return x.outlooks[p]
	}
	if k := q.b; x.g.word(k) == "member" || x.g.gluedHyphen(k) && x.g.word(k+1) == "member" {
		// "the 30 member countries of the OECD", "the 12-member
		// eurozone": the count names the group a forecast is about
		return Actual
	}
	if isDuration(q) && !x.aheadSpan(q) {
		// "for the first time in four years", "aimed at ending nearly
		// six decades of hostilities": a span of time the text looks
		// back on is no figure forecast or aimed at
		return Actual
	}
	o := x.outlookFor(q, s, l.base, c.Indicator)
	// The rules below that need a word in the sentence are called only
	// when it has one (they test it again): most claims skip them without
	// a call, walking through less code.
	cls := x.sentFacts(s).cls
	if o == Actual && !l.base {
		if p := x.prevMainClaim(qi); p >= 0 && x.outlooks[p] != Actual &&
			x.clauseOf[x.qs[p].a] != x.clauseOf[q.a] && x.elidedSubject(q) {
			o = x.outlooks[p] // "will slow to 1.75 pct in 1987 ... but pick up slightly to 2.5 pct in 1988"
		}
		if o == Actual {
			o = x.listedOutlook(qi)
		}
		if o == Actual && cls&lxSpend != 0 {
			o = x.intendedOutlook(q, s) // "Huawei to spend $2b", "its plan was to buy 10,000"
		}
		if o == Actual && cls&(lxForecast|lxExpect) != 0 {
			o = x.expectedInfinitive(q, s) // "expected the deficit for fiscal 1986/87 ... to come in around 13.25 billion dlrs"
		}
		if o == Actual && cls&lxRareCue != 0 {
			o = x.bidOutlook(q, s) // "in a bid to raise up to $443m"
		}
	}
	if o == Forecast && cls&lxRareCue != 0 {
		o = x.plannedOpening(q, s, o) // "we will open 20,000 new stores"
	}

	if o == Actual && x.g.word(q.a-1) == "at" && (x.g.word(q.a-2) == "put" || x.g.word(q.a-2) == "estimated") &&
		x.ownTime(qi, c.Date != "", ctx) > 0 {
		// "the average rate is put at 1.80 marks this year": an estimate
		// for a year not over yet is a forecast
		return Forecast
	}
	if o == Forecast && x.currentFigure(q) {
		// "will edge up in 1988 to over the current OECD average of three
		// pct": a level the text says holds now is a fact
		return Actual
	}
	switch {
	case (o == Forecast || o == Target && !l.base) && x.ownTime(qi, c.Date != "", ctx) < 0 && x.pastAside(qi, s):
		// "should grow by 2.3 pct in 1988 after 2.1 pct in 1986", "the
		// deficit, which hit 169 billion dlrs last year, will fall", "wants
		// to cut the surplus, which rose to 7.4 billion dlrs in 1986": a
		// past figure beside a forecast or a target is a fact (not the
		// base of a target, a quota cut "from 231,660 tonnes in 1986",
		// which is the target before: outlookFor)
		return Actual
	case o == Actual && x.baseOfForecast(qi) && (l.base || x.estimateOf(q)) && !isDuration(q) &&
		(x.otherSubjectBase(q, s) || x.estimateOf(q) || x.ownTime(qi, c.Date != "", ctx) > 0):
		// "expects the deficit to fall to 2.9% next year from 3.9% this
		// year": a base for a year not over yet is a forecast too; so is
		// the earlier estimate a forecast is revised from ("to 3.3% from
		// a previous estimate of 3.7%") and the forecast for another
		// subject it is compared with ("cut its forecasts to 2.3 pct from
		// three pct for Japan")
		return Forecast
	}
	return o
}

// listedOutlook returns the outlook of the figure of the same kind
// before claim qi in its sentence when qi is listed after it, with no
// verb of its own between them: "exports are expected to total 22.5
// billion dlrs and imports 14.5 billion", "growth of 1.5% in Germany next
// year and 2.2% in France", "slipping to 2.9% next year before recovering
// to 3.1% in 2006". Bases are passed over; a figure with a verb of its
// own ("and imports rose 3%", "which was 2% in 1986") is stated apart.
func (x *extractor) listedOutlook(qi int) Outlook {
	q := &x.qs[qi]
	if !x.outlookBefore(qi) {
		return Actual // what it would take is Actual anyway: no need to read the words
	}
	if !listable(q) || x.g.gluedHyphen(q.b-2) {
		return Actual // "five-year bonds": a name's figure, not one of a list
	}
	joined := false
	k := q.a - 1
	for p := qi - 1; p >= 0 && k >= q.a-listGap; p-- {
		pq := &x.qs[p]
		for ; k >= pq.b; k-- {
			switch w := x.g.word(k); {
			case w == "and" || w == "after" || w == "before" || x.g.isPunct(k, ","):
				if !joined && k < q.a-joinGap {
					return Actual // the list goes on right after its joining word
				}
				joined = true
			case x.g.isPunct(k, ";") || x.g.isPunct(k, ":") || notListed[w] && x.g.word(k+1) != "account" || x.pastVerb(k):
				return Actual // "and imports rose 3%", "and 388,000 trucks sold in 1986"
			}
		}
		k = pq.a - 1
		if !pq.skip && x.links[p].base {
			// past the word a base follows: "scaled back to 4.0% from 4.4%
			// this year and 2.1% from 2.8% in 2005" lists two forecasts
			switch x.g.word(k) {
			case "from", "against", "versus", "vs", "than":
				k--
			}
		}
		if pq.skip || x.links[p].base || pq.unit != q.unit {
			continue
		}
		if joined {
			return x.outlooks[p]
		}
		return Actual
	}
	return Actual
}

// aheadSpan reports whether the span of time q looks ahead: "within the
// next two years", "over the coming five years", "in five years' time".
func (x *extractor) aheadSpan(q *quantity) bool {
	// (past "the" and a range's first figure: "within the next three or
	// four months")
	for k := q.a - 1; k >= 0 && k >= q.a-5; k-- {
		switch w := x.g.word(k); {
		case w == "next" || w == "coming" || w == "following" || w == "within":
			return true
		case w == "the" || w == "or" || w == "to" || x.toks[k].kind == tNum || x.g.is(k, lxNumber) || x.g.isHyphen(k):
			continue
		}
		break
	}
	w := x.g.word(q.b)
	return w == "time" || w == "'" && x.g.word(q.b+1) == "time" || w == "ahead" || w == "hence"
}

// outlookBefore reports whether one of the claims listedOutlook may read
// before claim qi has an outlook other than Actual (skipped claims keep
// Actual): those back to the first that starts listGap words before it
// (the bound keeps a sentence of thousands of figures linear).
func (x *extractor) outlookBefore(qi int) bool {
	q := &x.qs[qi]
	for p := qi - 1; p >= 0; p-- {
		if x.outlooks[p] != Actual {
			return true
		}
		if x.qs[p].a-1 < q.a-listGap {
			break // listedOutlook's scan stops before the claim before p
		}
	}
	return false
}

// listGap is how many words a listed figure may lie after the one it is
// listed with, joinGap after the word that joins it ("and imports 14.5
// billion", ", with investment rising 4.9 pct").
const listGap, joinGap = 24, 8

// listable reports whether figure q is of a kind a list of forecasts
// holds: a share, an amount, a measure (not a count, a rank or a span of
// time).
func listable(q *quantity) bool {
	switch q.unit {
	case UnitPercent, UnitPercentagePoint, UnitMoney:
		return true
	case UnitQuantity:
		return !durationUnits[q.unitName]
	}
	return false
}

// pastVerb reports whether the word at k is a verb in the past tense
// (not a participle after a determiner, "an estimated 4.1 billion", nor
// a forecast word).
func (x *extractor) pastVerb(k int) bool {
	w := x.g.word(k)
	if x.g.is(k, lxForecast) || w == "according" || w == "compared" || w == "against" {
		return false
	}
	if x.g.is(k, lxVerbLike) || pastIrregular[w] {
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		switch x.g.word(k - 1) {
		case "a", "an", "the", "its", "their":
			return false
		}
		return true
	}
	return false
}

// pastIrregular are irregular past tenses verbLike does not hold.
var pastIrregular = map[string]bool{
	"sold": true, "paid": true, "bought": true, "spent": true, "hit": true, "held": true,
	"saw": true, "won": true, "gave": true, "got": true, "kept": true, "left": true,
}

// notListed are the words that start a statement of its own between two
// figures: a finite verb, a relative pronoun, a comparison with another
// (a fact, unless it is a base for a year not over: ownTime), a present
// level ("its current 2.5%", not "current account").
var notListed = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"said": true, "says": true, "told": true, "which": true, "who": true, "compared": true,
	"against": true, "versus": true, "vs": true, "than": true, "from": true, "ago": true,
	"already": true, "previous": true, "current": true, "currently": true,
}

// pastAside reports whether claim qi is stated beside a forecast rather
// than forecast itself: a base, or a figure after a word that starts
// another statement ("after", "against", "compared", "which", a verb in
// the past tense; "from", not before a "to") since the forecast word.
func (x *extractor) pastAside(qi int, s sentence) bool {
	q := &x.qs[qi]
	if x.links[qi].base {
		return true
	}
	to := false // "from $3 million in 2016 to about $10 million in 2018": the figure "to" leads to is forecast
	for k := q.a - 1; k >= s.a && k >= q.a-16; k-- {
		w := x.g.word(k)
		switch w {
		case "after", "following", "against", "than", "compared", "versus", "vs", "since", "which", "when", "who":
			return true
		case "from":
			if !to {
				return true
			}
		case "to":
			to = true
		}
		if x.toks[k].cls&(lxForecast|lxModal|lxOutlook) != 0 {
			return false // the forecast word
		}
		if x.g.is(k, lxVerbLike) && w != "according" {
			return true // "which hit 169 billion dlrs last year", "Investment grew nearly 10 pct in 1986"
		}
	}
	return false
}

// currentFigure reports whether the noun phrase of figure q says it holds
// now: "the current average of three pct", "its current 20 pct share",
// "from the current 11 pct" (not "the current account", "the current
// year", the "current profit" of Japanese company reports).
func (x *extractor) currentFigure(q *quantity) bool {
	for k := q.a - 1; k >= 0 && k >= q.a-5; k-- {
		switch w := x.g.word(k); w {
		case "current", "currently":
			// (", current 24 billion" in a company's forecast table is
			// its current profit)
			return !notPresent[x.g.word(k+1)] && x.g.word(k-1) != ""
		case "previous", "existing", "outstanding":
			// "defer payments on previous loans worth $3.7m": a stock that
			// exists (not "a previous estimate of 3.7%")
			return x.toks[k+1].cls&(lxForecast|lxOutlook) == 0 && !x.g.is(k+1, lxExpect) && x.g.word(k+1) != "estimate" && x.g.word(k+1) != "estimates"
		case "of", "the", "its", "their", "a", "an":
		default:
			if x.toks[k].cls&(lxPrep|lxVerbLike|lxModal|lxForecast|lxFunction) != 0 || x.inClaim[k] || w == "" {
				return false
			}
		}
	}
	return false
}

// notPresent are the words after "current" that name something other
// than a level holding now.
var notPresent = map[string]bool{
	"account": true, "year": true, "fiscal": true, "quarter": true, "month": true, "week": true,
	"period": true, "profit": true, "profits": true, "loss": true, "losses": true, "session": true,
}

// estimateOf reports whether an estimate holds figure q: "a previous
// estimate of 3.7%", "a projection of 3.8 pct", "a previously estimated
// 2.20 billion dlrs".
func (x *extractor) estimateOf(q *quantity) bool {
	w := x.g.word(q.a - 1)
	if w == "of" {
		w = x.g.word(q.a - 2)
	}
	switch w {
	case "estimate", "forecast", "projection", "prediction", "estimated", "projected", "forecasted", "predicted":
		return true
	}
	return false
}

// baseOfForecast reports whether the base qi is compared with a forecast.
func (x *extractor) baseOfForecast(qi int) bool {
	m := x.links[qi].main
	if m < 0 {
		m = x.prevMainClaim(qi)
	}
	return m >= 0 && m < qi && x.outlooks[m] == Forecast
}

// ownTime tells whether the period written for claim qi ends before the
// article's date (-1), does not (1: this year, next year, a period still
// running), or is not known (0: none written, or no date to compare
// with). A year written out is compared only with the date of a dated
// article: the date inferred for an undated one is a guess.
func (x *extractor) ownTime(qi int, dated bool, ctx *articleContext) int {
	l := &x.links[qi]
	if l.own < 0 || ctx.now[0] == 0 {
		return 0
	}
	e := x.pms[l.own].e
	if e.kind != pxPart || !(e.ys == ysWritten && dated || e.ys == ysNow) {
		return 0
	}
	p := resolvePeriod(e, &pref{now: ctx.now, day: ctx.nowDay, ctx: ctx.period})
	if p.IsZero() {
		return 0
	}
	_, last := p.bounds()
	if compareTriples(last, ctx.now) < 0 {
		return -1
	}
	return 1
}
