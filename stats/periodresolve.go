package stats

import "time"

// pref is what a period expression is resolved against.
type pref struct {
	now    [3]int // the reference date (year, month, day); year 0: not known
	day    bool   // now is the day the article was written (weekdays, "yesterday")
	future bool   // the figure is a forecast: periods without a year lie ahead
	main   Period // the period relative periods are taken from ("a year earlier")
	ctx    Period // the period the article is discussing
}

// base returns the period relative periods are taken from: the main
// period, else the article's.
func (r *pref) base() Period {
	if !r.main.IsZero() {
		return r.main
	}
	return r.ctx
}

// resolvePeriod turns a period expression into a Period, or no period when
// what it depends on is not known (never guessed).
func resolvePeriod(e pexpr, r *pref) Period {
	switch e.kind {
	case pxPart:
		return resolvePart(e, r)
	case pxStep:
		return resolveStep(e, r)
	case pxWeekday:
		if !r.day {
			return Period{}
		}
		now := time.Date(r.now[0], time.Month(r.now[1]), r.now[2], 12, 0, 0, 0, time.UTC)
		d := int(now.Weekday()) - e.wd
		if r.future {
			d = -((e.wd - int(now.Weekday()) + 7) % 7)
		} else if d < 0 {
			d += 7
		}
		t := now.AddDate(0, 0, -d)
		return dayPeriod(t.Year(), int(t.Month()), t.Day())
	case pxMain:
		return resolveMain(e, r)
	case pxAnaphor:
		c := r.ctx
		if c.IsZero() {
			c = r.main
		}
		switch {
		case c.IsZero():
			return Period{}
		case e.gran == pNone:
			return c
		case e.gran == pYear:
			if c.kind == pFiscal || c.kind == pSpan && c.sp == pYear {
				return c
			}
			return yearPeriod(c.y)
		case c.kind == e.gran:
			return c
		}
		return Period{}
	case pxYTD:
		if r.now[0] == 0 {
			return Period{}
		}
		if r.now[1] == 1 {
			return monthPeriod(r.now[0], 1)
		}
		// a span, even when it ends with March: not yet a quarter
		return Period{kind: pSpan, sp: pMonth, y: r.now[0], n: 1, y2: r.now[0], n2: r.now[1]}
	case pxFiscalEnded:
		if e.n == 0 { // ending now
			if r.now[0] == 0 {
				return Period{}
			}
			e.n = r.now[1]
		}
		y := pickYear(pexpr{kind: pxPart, part: pMonth, n: e.n}, &pref{now: r.now, ctx: r.ctx})
		if y == 0 {
			return Period{}
		}
		return fiscalPeriod(y-1, y, true)
	case pxNext:
		// "the next five years": this year and the four after it; "the
		// next 18 months": from the month after the date; for forecasts
		// only
		if r.now[0] == 0 || !r.future {
			return Period{} // ("over the next 12 months, the Fed raised rates": a story's own time)
		}
		if e.gran == pYear {
			return yearSpan(r.now[0], r.now[0]+e.n-1)
		}
		y1, m1 := wrapYear(r.now[0], r.now[1]+1, 12)
		y2, m2 := wrapYear(r.now[0], r.now[1]+e.n, 12)
		return monthSpan(y1, m1, y2, m2)
	case pxMonthsTo:
		y := e.y // "the year ended March 31, 1987"
		if y == 0 {
			y = pickYear(pexpr{kind: pxPart, part: pMonth, n: e.n}, &pref{now: r.now, ctx: r.ctx})
		}
		if y == 0 || e.off < 2 {
			return Period{}
		}
		m1, y1 := e.n-e.off+1, y
		for m1 < 1 {
			m1 += 12
			y1--
		}
		return monthSpan(y1, m1, y, e.n)
	}
	return Period{}
}

// freshYearToDate reports whether part e of the year of date now (the
// first months of it) ended within two months before now: a year-to-date
// figure that has just been published.
func freshYearToDate(e pexpr, now [3]int) bool {
	p := buildPart(e, now[0])
	if p.IsZero() {
		return false
	}
	first, last := p.bounds()
	return first[1] == 1 && compareTriples(last, now) < 0 && monthsBetween(last, now) < 2
}

// resolvePart resolves a part of a year: finds its year, then builds it.
func resolvePart(e pexpr, r *pref) Period {
	var y int
	switch e.ys {
	case ysWritten:
		y = e.y
	case ysNow:
		if r.now[0] == 0 {
			return Period{}
		}
		y = r.now[0] + e.y
		if e.part == pSpan && e.spanYr {
			e.y2 += r.now[0] // "this year and next"
		}
	case ysContext:
		b := r.base()
		switch {
		case b.IsZero():
			y = r.now[0]
		case b.y < r.now[0] && r.now[0] > 0 && freshYearToDate(e, r.now):
			// "the first two months of the year" in a story of 12 March
			// 1987 that spoke of 1986: this year's figures, just out
			y = r.now[0]
		default:
			y = b.y
		}
	case ysMain:
		b := r.base()
		if b.IsZero() {
			return Period{}
		}
		y = b.y + e.y
	case ysUnknown:
		y = pickYear(e, r)
	}
	if y == 0 {
		return Period{}
	}
	p := buildPart(e, y)
	if e.since && !p.IsZero() {
		return sinceSpan(p, r)
	}
	return p
}

// buildPart builds the part of a year e names in year y (for a span of
// months that wraps, y is the year it ends in).
func buildPart(e pexpr, y int) Period {
	switch e.part {
	case pYear:
		return yearPeriod(y)
	case pHalf:
		return halfPeriod(y, e.n)
	case pQuarter:
		return quarterPeriod(y, e.n)
	case pMonth:
		return monthPeriod(y, e.n)
	case pDay:
		if e.d > daysIn(y, e.n) {
			return Period{}
		}
		return dayPeriod(y, e.n, e.d)
	case pFiscal:
		p := fiscalPeriod(y, e.y2, e.short)
		p.fyOne = e.one
		return p
	case pSpan:
		switch {
		case e.spanYr:
			return yearSpan(y, e.y2)
		case e.daySpan:
			if e.d2 > daysIn(y, e.n) {
				return Period{}
			}
			return daySpan(y, e.n, e.d, y, e.n, e.d2)
		case e.fyMonths:
			if e.fiscalEnd == 0 {
				return fiscalPeriod(y, e.y2, e.short) // the months are not known
			}
			m1, y1 := e.fiscalEnd+1, y
			if m1 > 12 {
				m1, y1 = 1, y+1
			}
			m2, y2 := m1+e.n2-1, y1
			for m2 > 12 {
				m2 -= 12
				y2++
			}
			return monthSpan(y1, m1, y2, m2)
		case e.n2 < e.n:
			return monthSpan(y-1, e.n, y, e.n2)
		}
		return monthSpan(y, e.n, y, e.n2)
	}
	return Period{}
}

// pickYear finds the year of a part written without one: the one nearest
// the reference date — the latest that has started by then, or for a
// forecast the earliest that has not ended — or, without a date, the year
// of the period the article is discussing.
func pickYear(e pexpr, r *pref) int {
	if r.now[0] == 0 {
		if b := r.base(); !b.IsZero() {
			return b.y
		}
		return 0
	}
	now := r.now
	if r.future {
		// the nearest to the date, ahead on a tie: "expects growth of 4%
		// in the January-to-March quarter" in December is next year's,
		// "expected 169,000 jobs in June" in July this year's
		best, bestD := 0, 1<<30
		for y := now[0] - 1; y <= now[0]+1; y++ {
			if p := buildPart(e, y); !p.IsZero() {
				first, last := p.bounds()
				d := 0
				if compareTriples(last, now) < 0 {
					d = monthsBetween(last, now)
				} else if compareTriples(first, now) > 0 {
					d = monthsBetween(now, first)
				}
				if d < bestD || d == bestD && y > best {
					best, bestD = y, d
				}
			}
		}
		return best
	}
	// a figure stated as fact: the latest that has started by then, or
	// one a few months ahead when the last one is long past ("bought
	// 2,000 tonnes for May shipment" in March is this May's)
	best, bestD := 0, 1<<30
	for y := now[0] + 1; y >= now[0]-1; y-- {
		p := buildPart(e, y)
		if p.IsZero() {
			continue
		}
		first, last := p.bounds()
		d := 0
		switch {
		case compareTriples(first, now) > 0 && (e.part == pMonth || e.part == pDay):
			d = monthsBetween(now, first) + 3 // ahead: only when much nearer
		case compareTriples(first, now) > 0:
			continue // a quarter, half or year stated as fact has begun
		case compareTriples(last, now) < 0:
			d = monthsBetween(last, now)
		}
		if d < bestD {
			best, bestD = y, d
		}
	}
	return best
}

// monthsBetween counts whole months from a to b (a before b).
func monthsBetween(a, b [3]int) int {
	return (b[0]-a[0])*12 + b[1] - a[1]
}

// sinceSpan is the span from p to the reference date; a span of months
// ends with the month the article is discussing when that is within the
// last year ("5.6 million jobs created since January 2017" in a report on
// June).
func sinceSpan(p Period, r *pref) Period {
	var end [3]int
	switch c := r.ctx; {
	case r.now[0] == 0 && (c.IsZero() || c.kind == pFiscal):
		return Period{}
	case r.now[0] == 0:
		_, end = c.bounds()
	default:
		end = r.now
		if p.kind != pYear && !c.IsZero() && c.kind != pFiscal && c.kind != pYear {
			if _, last := c.bounds(); compareTriples(last, r.now) <= 0 && monthsBetween(last, r.now) <= 12 {
				end = last
			}
		}
	}
	first, _ := p.bounds()
	if compareTriples(end, first) <= 0 {
		return Period{}
	}
	switch p.kind {
	case pYear:
		if end[0] <= p.y {
			return Period{}
		}
		return yearSpan(p.y, end[0])
	case pMonth, pQuarter, pHalf:
		return monthSpan(first[0], first[1], end[0], end[1])
	case pDay:
		return daySpan(p.y, p.n, p.d, end[0], end[1], end[2])
	}
	return Period{}
}

// resolveStep resolves "last month", "this quarter", "yesterday".
func resolveStep(e pexpr, r *pref) Period {
	if r.now[0] == 0 {
		return Period{}
	}
	y, m := r.now[0], r.now[1]
	switch e.gran {
	case pYear:
		return yearPeriod(y + e.off)
	case pMonth:
		y, m = wrapYear(y, m+e.off, 12)
		return monthPeriod(y, m)
	case pQuarter:
		y, q := wrapYear(y, (m-1)/3+1+e.off, 4)
		return quarterPeriod(y, q)
	case pDay:
		if !r.day {
			return Period{}
		}
		t := time.Date(y, time.Month(m), r.now[2], 12, 0, 0, 0, time.UTC).AddDate(0, 0, e.off)
		return dayPeriod(t.Year(), int(t.Month()), t.Day())
	}
	return Period{}
}

// resolveMain resolves a period relative to the main one: "a year
// earlier", "the previous quarter", "the same 1986 period".
func resolveMain(e pexpr, r *pref) Period {
	b := r.base()
	if b.IsZero() {
		return Period{}
	}
	switch {
	case e.same:
		if e.y != 0 {
			return b.shiftYears(e.y - b.y)
		}
		return b.shiftYears(e.off)
	case e.gran == pYear && !e.prevOf:
		return b.shiftYears(e.off) // "a year earlier": the same months a year before
	case e.gran == pNone:
		return b.prev()
	case e.gran == pYear:
		return yearPeriod(b.y - 1)
	case b.kind == e.gran:
		return b.prev()
	case e.gran == pQuarter && b.kind == pMonth:
		return quarterPeriod(b.y, (b.n-1)/3+1).prev()
	}
	return Period{}
}

// wrapYear brings part n (1..per: a month of 12, a quarter of 4) of year y
// back into range, moving the year.
func wrapYear(y, n, per int) (int, int) {
	for n < 1 {
		n += per
		y--
	}
	for n > per {
		n -= per
		y++
	}
	return y, n
}
