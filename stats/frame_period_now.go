package stats

// The reference date of an article without one (inferNow), from the
// periods its text names.

// inferNow returns the reference date of an article without one: the day
// after the latest period named with its year outside a forecast ("the
// first eleven months of 2004" → 2004-12-01, "in 2004" → 2005-01-01) or
// compared with a base of the year before ("rose in April-July from the
// same period in 2003" → 2004-08-01), or nothing.
func (x *extractor) inferNow() [3]int {
	var best, event [3]int
	ahead0 := 0        // the first year named as forecast or planned ("would reach 4.4% in 2004")
	aheadYear := false // ... as a whole year, not a month or quarter of it
	pledged0 := 0      // the first whole year named as forecast, planned or pledged
	bestYear := false  // best ends a whole year ("in 2006"), not a month of one
	si := 0
	for i := range x.pms {
		m := &x.pms[i]
		for si < len(x.pmEnd) && int(x.pmEnd[si]) <= i {
			si++
		}
		e := m.e
		ahead := m.future || x.intentionBefore(m.a, x.sents[si]) || x.forecastOpening(m.a, x.sents[si]) || e.part == pYear && !m.comp && x.forecastEarlier(m.a, x.sents[si])
		if m.future && e.kind == pxPart && e.ys == ysWritten && !m.comp && (ahead0 == 0 || e.y < ahead0) {
			switch e.part {
			case pYear, pHalf, pQuarter, pMonth:
				ahead0, aheadYear = e.y, e.part == pYear
			}
		}
		if ahead && !x.deadlineYear(m) && e.kind == pxPart && e.part == pYear && e.ys == ysWritten && !m.comp && (pledged0 == 0 || e.y < pledged0) {
			pledged0 = e.y // "vowed to run their budget deficits below the EU cap in 2005"
		}
		if ahead || e.since || x.eventDated(m) || x.deadlineYear(m) {
			// "For 2005, the firm is projecting", "publishing its 2005
			// survey, it said growth would slow", "vowed to cut the
			// deficit in 2005", "2005 should be the target year", "by
			// 2010": a year forecasts, pledges or targets are made for;
			// "a severe crisis in 2001": when an event was
			continue
		}
		switch {
		case e.kind == pxMain && e.same && e.y != 0 || m.comp && e.kind == pxPart && e.part == pYear && e.ys == ysWritten && !x.pointInTime(m.a):
			// "from $64m in the same period in 2003", "up 27% from its
			// 2003 performance": the figures compared with it are of the
			// year after, in the period their sentence names
			ok := false
			if e, ok = x.comparedPeriod(si, i, e.y+1); !ok {
				continue
			}
		case m.comp || e.kind != pxPart || e.ys != ysWritten:
			continue
		}
		p := buildPart(e, e.y)
		if p.IsZero() || p.kind == pFiscal {
			continue
		}
		if p.kind == pYear && x.eventYear(m) {
			// "the 2024 APEC gathering commences", "APEC Peru 2024": an
			// event of the year the article is written in
			if e := [3]int{p.y, 6, 30}; compareTriples(e, event) > 0 {
				event = e
			}
			continue
		}
		if _, last := p.bounds(); compareTriples(last, best) > 0 {
			best, bestYear = last, p.kind == pYear
		}
	}
	if best[0] == 0 && ahead0 != 0 && !aheadYear {
		// only a forecast for a month or quarter of a year ("expected to
		// rise by April 2005"): written in that year
		return [3]int{ahead0, 1, 1}
	}
	if best[0] == 0 && event[0] == 0 {
		return best
	}
	y, m := best[0], best[1]+1
	if m > 12 {
		y, m = y+1, 1
	}
	if now := [3]int{y, m, 1}; best[0] != 0 && compareTriples(now, event) > 0 {
		now = aheadNow(now, best[0], ahead0, aheadYear, bestYear)
		if pledged0 != 0 && now[0] == pledged0-2 && !bestYear {
			// "left the pact in November 2003" and "vowed to run their
			// deficits below the cap in 2005": written in 2004, the year
			// between the last past one and the first one pledged (a past
			// month only: after "sales fell 4% in 2006" the year can be
			// 2007)
			now = [3]int{pledged0 - 1, 6, 30}
		}
		return now
	}
	return event
}

// aheadNow corrects now, inferred from the latest year named as past
// (best), with the first year named as forecast or planned (ahead): a
// forecast for a year is made in it or the year before. "US growth would
// reach 4.4% in 2004" beside "higher than at the start of 2004" is
// written in 2004, not after it; "vowed to run deficits below the cap in
// 2005" after "in November 2003" is written in 2004.
func aheadNow(now [3]int, best, ahead int, aheadYear, bestYear bool) [3]int {
	switch {
	case ahead == 0:
	case now[0] == ahead+1 && best == ahead && aheadYear && bestYear:
		return [3]int{ahead, 12, 1}
	}
	return now
}

// forecastEarlier reports whether a forecast verb comes before token k
// in its sentence, past its clause: "the report forecast total growth of
// 3.6% in 2004 ..., slipping to 2.9% next year before recovering to 3.1%
// in 2006" (2006 is forecast, not a year the article looks back on).
func (x *extractor) forecastEarlier(k int, s sentence) bool {
	for j := k - 1; j >= s.a && j >= k-40; j-- { // (a bounded look back: a sentence of thousands of figures stays linear)
		switch x.g.word(j) {
		case "since", "when", "ago":
			return false // "a turnaround from 2002 when output fell": a year in the past
		}
		if x.toks[j].cls&lxForecast != 0 && !x.notForecastCue(j) {
			return true
		}
	}
	return false
}

// comparedPeriod returns the period of the figures sentence si compares
// with base (the index of a mention of a period of year y-1), from the
// periods the sentence names, the nearest before the base first: a part
// of a year named without a year ("April-July") in year y; for "last
// year", "this year" the year that makes the one they name y; else a
// whole year y when the sentence has an annual word near the base. ok is false when
// there is none.
func (x *extractor) comparedPeriod(si, base, y int) (pexpr, bool) {
	from := 0
	if si > 0 {
		from = int(x.pmEnd[si-1])
	}
	// the nearest before the base first, then those after it (a few only)
	n := min(int(x.pmEnd[si])-from, 8)
	for j := range n {
		i := base - 1 - j
		if i < from || j >= 4 {
			i = base + (j - min(base-from, 4)) + 1
		}
		if i >= int(x.pmEnd[si]) {
			break
		}
		e := x.pms[i].e
		switch {
		case x.pms[i].comp || x.pms[i].future:
		case e.kind == pxPart && e.ys == ysNow && e.part == pYear && e.y <= 0:
			// "319 billion last year, less than in 2004": last year is
			// 2005, the year before the article's
			return pexpr{kind: pxPart, part: pYear, ys: ysWritten, y: y - e.y - 1}, true
		case e.kind == pxPart && (e.ys == ysUnknown || e.ys == ysContext) && e.part != pDay && e.part != pFiscal:
			e.ys, e.y = ysWritten, y
			return e, true
		}
	}
	if s := x.sents[si]; x.sentenceHasClass(sentence{a: max(s.a, x.pms[base].a-30), b: min(s.b, x.pms[base].b+30)}, lxAnnual) {
		// "full-year profit of $3.4bn, up 27% from its 2003 performance"
		return pexpr{kind: pxPart, part: pYear, ys: ysWritten, y: y}, true
	}
	return pexpr{}, false
}

// sentenceHasClass reports whether a token of sentence s is of class c.
func (x *extractor) sentenceHasClass(s sentence, c lexClass) bool {
	for k := s.a; k < s.b; k++ {
		if x.toks[k].cls&c != 0 || c == lxAnnual && x.g.word(k) == "full" && x.g.gluedHyphen(k+1) && x.g.word(k+2) == "year" {
			return true // ("full-year" is three tokens)
		}
	}
	return false
}

// pointInTime reports whether the period at token a follows "until",
// "till", "before", or "since" a few words before: a point in time, not
// the base of a comparison ("since hitting a 2014 low").
func (x *extractor) pointInTime(a int) bool {
	k := a - 1
	for k > 0 && (x.g.word(k) == "the" || x.g.word(k) == "its" || x.g.word(k) == "their") {
		k--
	}
	switch x.g.word(k) {
	case "until", "till", "before", "since":
		return true
	}
	return x.g.word(k-1) == "since" || x.g.word(k-2) == "since"
}

// forecastOpening reports whether the period at token k opens sentence s
// and a forecast word or "will", "would" follows it in its clause before
// any figure: "For 2005, the firm is projecting", "Publishing its 2005
// survey, it said growth would slow" (but not "Growth in 2004 was 4.7%,
// with the bank predicting 4%").
func (x *extractor) forecastOpening(k int, s sentence) bool {
	if k-s.a > 3 {
		return false
	}
	cl := x.clauseOf[k]
	for j := k + 1; j < s.b && x.clauseOf[j] == cl; j++ {
		if x.toks[j].kind == tNum && !isYearToken(&x.toks[j]) {
			return false
		}
		if x.toks[j].cls&(lxForecast|lxModal) == 0 {
			continue
		}
		if w := x.g.word(j); x.g.is(j, lxForecast) && !x.notForecastCue(j) || w == "will" || w == "would" {
			return true
		}
	}
	return false
}

// eventDated reports whether the year mention m dates an event named
// right before it: "a severe crisis in 2001".
func (x *extractor) eventDated(m *pmention) bool {
	k := m.a - 1
	if w := x.g.word(k); w != "in" && w != "of" {
		return false
	}
	return k > 0 && x.toks[k-1].cls&lxDating != 0 && datedEvents[x.g.word(k-1)]
}

// eventYear reports whether the year mention m names an event rather than
// the period of figures: "the 2024 APEC gathering", "APEC Peru 2024".
func (x *extractor) eventYear(m *pmention) bool {
	if m.b-m.a != 1 {
		return false
	}
	if m.b < len(x.toks) {
		if n := &x.toks[m.b]; n.kind == tWord && isUpper(n.text) && n.cls&(lxMonth|lxWeekday) == 0 && !n.glued() {
			return true
		}
	}
	if m.a > 0 {
		if p := &x.toks[m.a-1]; p.kind == tWord && isUpper(p.text) && p.cls&(lxMonth|lxWeekday|lxFunction) == 0 {
			return true
		}
	}
	return false
}

// intentionBefore reports whether a word of a pledge, target or
// intention ("vowed to", "plans", "aim") or a modal ("should", "could")
// comes before token k in its clause: what follows it is to happen, not
// stated as fact ("vowed to cut the deficit below the cap in 2005").
// (forecastBeforeTok covers forecast words and "will", "would".)
func (x *extractor) intentionBefore(k int, s sentence) bool {
	cl := x.clauseOf[k]
	for j := k - 1; j >= s.a && j >= k-12 && x.clauseOf[j] == cl; j-- {
		t := &x.toks[j]
		if t.cls&(lxModal|lxOutlook) == 0 {
			continue
		}
		w := x.g.word(j)
		switch {
		case t.cls&lxModal != 0 && (w != "may" || !isUpper(t.text)):
			return true
		case t.cls&lxOutlook == 0 || !targetWords[w]:
		case x.g.word(j+1) == "to" || w == "target" || w == "goal" || w == "objective":
			// "vowed to", "plans to", "hopes to", "the target for"
			// (not "just like in 2014", "pledges dropped from 1996",
			// "the limit in 2004")
			return true
		}
	}
	return false
}

// deadlineYear reports whether the year mention m is a deadline ("by
// 2010", "by 2005") or the subject of a modal ("2005 should be the
// target year"): a year things are to happen by, not one of figures
// stated as fact.
func (x *extractor) deadlineYear(m *pmention) bool {
	if m.e.kind != pxPart || m.e.part != pYear {
		return false
	}
	if m.b >= len(x.toks) {
		return x.g.word(m.a-1) == "by"
	}
	next := &x.toks[m.b]
	if x.g.word(m.a-1) == "by" {
		// "by 2010, the reforms should", "reaching 1.6 million by
		// 2010." (not "fifth-largest by 2010 sales", "by 1987 the
		// loans had been repaid")
		if next.kind == tWord && next.cls&lxFunction == 0 {
			return false
		}
		for k := m.b; k < m.b+5 && k < len(x.toks); k++ {
			if x.g.word(k) == "had" {
				return false
			}
		}
		return true
	}
	// "2005 should be the target year" (not "played in 2004 would have")
	return next.cls&lxModal != 0 && x.g.word(m.b) != "may" && !x.g.is(m.a-1, lxPrep)
}
