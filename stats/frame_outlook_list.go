package stats

// outlookOf returns the outlook of claim qi of sentence s: the cues of
// its own clause (outlookFor), else those of the figure it goes on from;
// then its own period, in a forecast, tells a past figure from one still
// to come (ownTime).
func (x *extractor) outlookOf(qi int, s sentence, c *Claim, ctx *articleContext) Outlook {
	q := &x.qs[qi]
	l := &x.links[qi]
	o := x.outlookFor(q, s, l.base, c.Indicator)
	if p := x.prevMainClaim(qi); o == Actual && p >= 0 && x.outlooks[p] != Actual && !l.base &&
		x.clauseOf[x.qs[p].a] != x.clauseOf[q.a] && x.elidedSubject(q) {
		o = x.outlooks[p] // "will slow to 1.75 pct in 1987 ... but pick up slightly to 2.5 pct in 1988"
	}
	switch {
	case o == Forecast && x.ownTime(qi, c.Date != "", ctx) < 0 && x.pastAside(qi, s):
		// "should grow by 2.3 pct in 1988 after 2.1 pct in 1986", "the
		// deficit, which hit 169 billion dlrs last year, will fall": a
		// past figure in a forecast is a fact
		return Actual
	case o == Actual && l.base && x.baseOfForecast(qi) && x.ownTime(qi, c.Date != "", ctx) > 0:
		// "expects the deficit to fall to 2.9% next year from 3.9% this
		// year": a base for a year not over yet is a forecast too
		return Forecast
	}
	return o
}

// pastAside reports whether claim qi is stated beside a forecast rather
// than forecast itself: a base, or a figure after a word that starts
// another statement ("after", "against", "compared", "which", a verb in
// the past tense) since the forecast word.
func (x *extractor) pastAside(qi int, s sentence) bool {
	q := &x.qs[qi]
	if x.links[qi].base {
		return true
	}
	for k := q.a - 1; k >= s.a && k >= q.a-16; k-- {
		w := x.g.word(k)
		switch w {
		case "after", "following", "against", "than", "compared", "versus", "vs", "since", "which", "when", "who":
			return true
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
