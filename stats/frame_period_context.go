package stats

// The period an article is discussing, carried from sentence to sentence
// for figures that name none.

// updatePeriodContext sets the period the article is discussing after a
// sentence: the period most of its figures (not the bases of
// comparisons) were given there, the first of a tie; or, in a sentence
// without figures, a period it opens with ("November saw an improvement").
// It also sets the period per indicator (see articleContext.periodFor).
func (x *extractor) updatePeriodContext(si int, ctx *articleContext) {
	best, bestN := Period{}, 0
	counts := x.periodCounts
	clear(counts)
	for qi := range x.links {
		l := &x.links[qi]
		if x.qs[qi].skip || l.base || l.carry || l.period.IsZero() || l.period.kind == pDay {
			continue
		}
		if counts == nil {
			counts = map[Period]int{}
			x.periodCounts = counts
		}
		counts[l.period]++
		if n := counts[l.period]; n > bestN {
			best, bestN = l.period, n
		}
	}
	// per domain of indicators, the period most of its figures had (the
	// first of a tie); the domain of each figure that has a period of its
	// own, domNone for the others
	doms := x.periodDoms[:0]
	for qi := range x.links {
		l := &x.links[qi]
		d := domNone
		if !(x.qs[qi].skip || l.base || l.carry || l.period.IsZero() || l.period.kind == pDay) {
			d = domainOf(x.indicators[qi])
		}
		doms = append(doms, d)
	}
	x.periodDoms = doms
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
	if bestN > 0 {
		ctx.period = best
		return
	}
	if len(x.links) > 0 {
		for qi := range x.qs {
			if !x.qs[qi].skip {
				return // figures, none with a period of its own: the period goes on
			}
		}
	}
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
