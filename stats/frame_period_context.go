package stats

// The period an article is discussing, carried from sentence to sentence
// for figures that name none.

// updatePeriodContext sets the period the article is discussing after a
// sentence: the period most of its figures (not the bases of
// comparisons) were given there, the first of a tie; or, in a sentence
// without figures, a period it opens with ("November saw an improvement").
// It also sets the period per indicator (see articleContext.periodFor).
func (x *extractor) updatePeriodContext(si int, ctx *articleContext) {
	claims := false
	for qi := range x.qs {
		if !x.qs[qi].skip {
			claims = true
			break
		}
	}
	if !claims {
		x.openingPeriod(ctx) // (nothing below counts a figure)
		return
	}
	if x.asideSentence(x.sents[si]) {
		return // "But for comparison purposes it noted that in January ...": an aside
	}
	best, bestN := Period{}, 0
	// the count of each period: in a short list (periods of a sentence are
	// few), or a map for a table's many figures
	counts := x.periodCounts
	if len(x.links) > 32 {
		clear(counts)
	}
	tally := x.frame.tally[:0]
	// and per figure the domain of its indicator when it has a period of
	// its own, domNone for the others
	doms := x.periodDoms[:0]
	for qi := range x.links {
		l := &x.links[qi]
		// (a skipped claim has no period: periodOf never runs for one)
		if l.period.IsZero() || l.base || l.carry || l.ahead || l.period.kind == pDay {
			doms = append(doms, domNone)
			continue
		}
		doms = append(doms, domainOf(x.indicators[qi]))
		n := 0
		if len(x.links) <= 32 {
			i := 0
			for i < len(tally) && tally[i].p != l.period {
				i++
			}
			if i == len(tally) {
				tally = append(tally, periodTally{p: l.period})
			}
			tally[i].n++
			n = tally[i].n
		} else {
			if counts == nil {
				counts = map[Period]int{}
				x.periodCounts = counts
			}
			counts[l.period]++
			n = counts[l.period]
		}
		if n > bestN {
			best, bestN = l.period, n
		}
	}
	x.frame.tally, x.periodDoms = tally, doms
	if bestN == 0 {
		return // no figure has a period of its own: the periods go on
	}
	// per domain of indicators, the period most of its figures had (the
	// first of a tie)
	var bestD [domains]Period
	var bestDN [domains]int
	var done [domains]bool
	for qi, d := range doms {
		if d == domNone || done[d] {
			continue
		}
		p, n := x.links[qi].period, 0
		for qj := qi; qj < len(doms); qj++ {
			if doms[qj] == d && x.links[qj].period == p {
				n++
			}
		}
		if n > bestDN[d] {
			bestD[d], bestDN[d] = p, n
		}
		done[d] = qi > 64 // a table: its first figures decide
	}
	for d := domExternal; d < domains; d++ {
		if bestDN[d] > 0 {
			ctx.setDomainPeriod(d, bestD[d], si)
		}
	}
	ctx.period = best
}

// periodTally is how many figures of a sentence have period p.
type periodTally struct {
	p Period
	n int
}

// openingPeriod sets the period the article is discussing after a
// sentence without figures: a period it opens with ("November saw an
// improvement").
func (x *extractor) openingPeriod(ctx *articleContext) {
	for i := range x.sentPMs {
		m := &x.sentPMs[i]
		if m.comp || m.stock || m.future || m.e.kind == pxNone || m.e.kind == pxMain {
			continue
		}
		if m.a-x.sentA > 3 {
			break
		}
		r := pref{now: ctx.now, day: ctx.nowDay, ctx: ctx.period}
		if p := resolvePeriod(m.e, &r); !p.IsZero() {
			ctx.period = p
			for d := range ctx.byDomain {
				ctx.byDomain[d] = domainPeriod{}
			}
			return
		}
	}
}

// asideSentence reports whether sentence s gives its figures as an aside
// for comparison ("By comparison, in 1985 ...", "for comparison purposes
// it noted that in January ..."): their period is not the one the
// article goes on discussing.
func (x *extractor) asideSentence(s sentence) bool {
	if !x.sentenceIs(s, lxRareCue) {
		return false // no "comparison"
	}
	for k := s.a + 1; k < s.b && k < s.a+10; k++ {
		if x.g.word(k) != "comparison" {
			continue
		}
		switch x.g.word(k - 1) {
		case "for", "by", "in":
			return true
		}
	}
	return false
}

// fiscalNow reports whether the clause of claim q says "this fiscal year"
// or "the current fiscal year" (with no years written for it) and its
// sentence writes no fiscal year ("to 90.2 billion in 1987/88 from 98
// billion in the current fiscal year": the year before that one).
func (x *extractor) fiscalNow(q *quantity) bool {
	cl := x.clauseOf[q.a]
	for _, c := range x.vagueClauses {
		if c != cl {
			continue
		}
		now := false
		for i := range x.sentPMs {
			m := &x.sentPMs[i]
			if m.e.kind == pxPart && (m.e.part == pFiscal || m.e.fyMonths) {
				return false
			}
			now = now || m.e.fyNow && x.clauseOf[m.a] == cl
		}
		return now
	}
	return false
}
