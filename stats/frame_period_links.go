package stats

import "slices"

// claimLink is how one claim of a sentence relates to the others, for
// its period.
type claimLink struct {
	own    int  // index into x.pms of its own period, or -1
	next   int  // the claim it is joined to by "to" or "or" (2.), or -1
	base   bool // the base of a comparison
	main   int  // for a base: the claim it is compared with, or -1
	reused bool // a base that restates the same period: a revision or another subject
	period Period
	done   bool
	carry  bool // the period came from the article's context
	ahead  bool // the period is a span from now on ("over the next three years"): not one the article goes on with
}

// linkPeriods relates the claims of sentence si (x.qs) to its periods.
func (x *extractor) linkPeriods(si int, s sentence) {
	// set in place, not appended: a claimLink is some 120 bytes (listedBase
	// reads the links before qi only)
	if cap(x.links) < len(x.qs) {
		x.links = make([]claimLink, len(x.qs))
	}
	x.links = x.links[:len(x.qs)]
	x.pairs.read = false // (a new sentence: see pairFor)
	pms, from := x.sentencePMs(si)
	for qi := range x.qs {
		l := &x.links[qi]
		*l = claimLink{own: -1, next: -1, main: -1}
		q := &x.qs[qi]
		if q.skip {
			continue
		}
		l.own = x.ownPeriod(q, pms, from, s)
		l.base = x.isComparisonBase(q) || x.listedBase(qi, pms, from)
		if l.base {
			l.reused = x.revisedBase(q, s) || x.otherSubjectBase(q, s)
		}
	}
	// 2. joined figures, right to left; 3. the claim a base is compared with
	last := -1
	for qi := len(x.qs) - 1; qi >= 0; qi-- {
		if x.qs[qi].skip {
			continue
		}
		if last >= 0 && x.joined(&x.qs[qi], &x.qs[last]) {
			x.links[qi].next = last
			if x.links[last].base && !x.links[qi].base {
				// "compared with 14.4 pct and 56.1 billion a year ago"
				x.links[qi].base = true
				x.links[qi].reused = x.links[last].reused
			} else if x.links[qi].base && !x.links[last].base && changeNouns[x.g.word(x.qs[qi].b)] != NoChange {
				// "compared with a nine pct decline to 59.3 billion a year
				// ago": the level the base change reached is a base too
				x.links[last].base = true
				x.links[last].reused = x.links[qi].reused
			}
		}
		last = qi
	}
	x.baseOwned = x.baseOwned[:0]
	for range pms {
		x.baseOwned = append(x.baseOwned, false)
	}
	x.pmMemos = slices.Grow(x.pmMemos[:0], len(pms))[:len(pms)]
	clear(x.pmMemos)
	x.vagueClauses = x.vagueClauses[:0]
	for i := range pms {
		if pms[i].e.kind == pxNone && pms[i].e.vague {
			x.vagueClauses = append(x.vagueClauses, x.clauseOf[pms[i].a])
		}
	}
	mainQ, prevQ := -1, -1
	for qi := range x.qs {
		if x.qs[qi].skip {
			continue
		}
		switch l := &x.links[qi]; {
		case l.base && l.reused && prevQ >= 0 && x.revisedBase(&x.qs[qi], s):
			l.main = prevQ // "from 1.23 billion (revised from 1.29 billion) in January"
		case l.base:
			l.main = mainQ
		case isDuration(&x.qs[qi]) && mainQ >= 0:
			// "jumped 76% to $1.13bn for the three months to December, from
			// $639m": the base is the amount's, not the span's
		default:
			mainQ = qi
		}
		prevQ = qi
		// (a skipped claim is no base)
		if l := &x.links[qi]; l.base && l.own >= 0 {
			x.baseOwned[l.own-from] = true
		}
	}
}

// sentencePMs sets the periods of sentence si (x.sentPMs, from x.pms[from])
// and returns them.
func (x *extractor) sentencePMs(si int) (pms []pmention, from int) {
	if si > 0 {
		from = int(x.pmEnd[si-1])
	}
	x.sentPMs, x.sentPM0 = x.pms[from:x.pmEnd[si]], from
	return x.sentPMs, from
}

// listedBase reports whether claim qi continues a list of bases: "from
// 4.77 billion a year earlier and 5.70 billion in January", "against
// deficits of 499 mln in January and 354 mln a year earlier".
func (x *extractor) listedBase(qi int, pms []pmention, from int) bool {
	q := &x.qs[qi]
	p := qi - 1
	for p >= 0 && x.qs[p].skip {
		p--
	}
	if p < 0 || !x.links[p].base || x.clauseOf[x.qs[p].a] != x.clauseOf[q.a] {
		return false
	}
	if n := qi + 1; n < len(x.qs) && !x.qs[n].skip && x.qs[n].a <= q.b+2 {
		switch x.g.word(q.b) {
		case "from", "against", "versus":
			// "to 4.0% from 4.4% this year and 2.1% from 2.8% in 2005":
			// a figure with a base of its own is the next of the list
			return false
		}
	}
	// past a parenthesis and a period after the previous base: "from
	// 2.74 billion (revised from 2.72 billion) in January and 2.54 billion"
	k := x.qs[p].b
	for moved := true; moved && k < q.a; {
		moved = false
		if x.g.isPunct(k, ")") || k < q.a && x.toks[k].cls&(lxBalance|lxMetricHead) != 0 {
			k, moved = k+1, true // "a 1.60 billion surplus a year earlier and a 1.44 billion"
		}
		at := k
		if w := x.g.word(k); w == "in" || w == "for" || w == "during" || w == "at" || w == "on" {
			at = k + 1
		}
		if i, ok := pmAt(pms, at); ok {
			k, moved = pms[i].b, true
		}
	}
	if x.g.word(k) != "and" && !x.g.isPunct(k, ",") {
		return false
	}
	k++
	for k < q.a {
		switch x.g.word(k) {
		case "a", "an", "the", "from", "against", "with", "revised":
			k++
			continue
		}
		return false
	}
	return true
}

// joined reports whether claim q is joined to claim n, the next one, by
// "to", "or" or "and" alone ("rose 2.78 billion dlrs or three pct to 95.7
// billion dlrs").
func (x *extractor) joined(q, n *quantity) bool {
	if n.a-q.b > 3 || n.a <= q.b {
		return false
	}
	for k := q.b; k < n.a; k++ {
		switch w := x.g.word(k); w {
		case "to", "or", "and", "by":
		default:
			if changeNouns[w] == NoChange || k != q.b {
				return false // "a nine pct decline to 59.3 billion"
			}
		}
	}
	return true
}

// ownPeriod returns the index (into x.pms, offset from) of the period
// written for claim q itself, or -1.
func (x *extractor) ownPeriod(q *quantity, pms []pmention, from int, s sentence) int {
	g := &x.g
	if len(pms) == 0 {
		return -1 // the sentence names no period
	}
	// a possessive right before it: "October's £3.6bn"
	lo, _ := pmAt(pms, q.a-12)
	for i := lo; i < len(pms) && pms[i].a < q.a; i++ {
		m := &pms[i]
		if m.b == q.a || m.b == q.a-1 && (g.word(q.a-1) == "the" || g.word(q.a-1) == "a") {
			if w := x.toks[m.b-1].text; w == "'s" || w == "’s" || w == "s" {
				return from + i
			}
		}
		// "the third quarter's 5.1%"
		if m.b == q.a-1 && (g.word(m.b) == "'s" || g.word(m.b) == "’s") {
			return from + i
		}
		// "the previous year's shortfall of 584 mln dlrs"
		if x.possessiveOf(m, q) {
			return from + i
		}
	}
	// one written after it, in its clause, past its noun and a parenthesis
	cl := x.clauseOf[q.a]
	k := q.b
	c, _ := pmAt(pms, k) // the first period at or after k: k only grows
	for n := 0; k < s.b && n < 6; n++ {
		for c < len(pms) && pms[c].a < k {
			c++
		}
		if i, ok := c, c < len(pms) && pms[c].a == k; ok {
			if pms[i].comp {
				return -1
			}
			if pms[i].e.kind == pxNone && !pms[i].e.vague {
				k = pms[i].b // "rose 2.0 pct quarter-on-quarter in January/March"
				continue
			}
			return from + i
		}
		t := &x.toks[k]
		if x.clauseOf[k] != cl || x.inClaim[k] {
			return -1
		}
		if t.kind == tPunct && t.text == "(" {
			// past a parenthesis: "1.23 billion (revised from 1.29 billion) in January"
			e := k + 1
			for e < s.b && e < k+14 && !g.isPunct(e, ")") {
				e++
			}
			if e >= s.b || !g.isPunct(e, ")") {
				return -1
			}
			k = e + 1
			continue
		}
		if t.kind != tWord {
			return -1
		}
		w := g.word(k)
		if n <= 2 {
			// "5.6 million jobs created since January 2017"
			i := c
			for i < len(pms) && pms[i].a < k+1 {
				i++
			}
			for ; i < len(pms) && pms[i].a <= k+2; i++ {
				if pms[i].e.since {
					return from + i
				}
			}
		}
		if t.cls&(lxFunction|lxPrep) == 0 || !periodLeadWord(w) { // (all of them are function words or prepositions)
			switch {
			case t.cls&(lxMetricHead|lxPeriodNoun) != 0:
			case t.cls&lxDating != 0 && postedWords[w]:
				// "the 6.84 billion mark surplus posted in the same month of 1986"
			default:
				return -1
			}
		}
		k++
	}
	return -1
}

// periodLeadWord reports whether w is a preposition or a determiner that
// may stand between a figure and its own period.
func periodLeadWord(w string) bool {
	switch w {
	case "in", "for", "during", "at", "on", "of", "through", "throughout", "over",
		"the", "a", "an", "its", "their":
		return true
	}
	return false
}

// periodNounFillers may stand between a figure and its period: "a 140 mln
// dlr deficit last month", "an annual rise of 5% in 1986".
var periodNounFillers = map[string]bool{
	"deficit": true, "surplus": true, "shortfall": true, "contraction": true, "annual": true,
	"annualised": true, "annualized": true, "rate": true, "each": true, "respectively": true,
	"alone": true, "only": true, "overall": true, "total": true, "figure": true, "level": true,
}

// possessiveOf reports whether period m is a possessive whose noun the
// figure q is of: "the previous year's shortfall of 584 mln dlrs",
// "October's trade deficit of 3.6 billion".
func (x *extractor) possessiveOf(m *pmention, q *quantity) bool {
	g := &x.g
	k := m.b
	if w := x.toks[m.b-1].text; w != "'s" && w != "’s" {
		if w := g.word(k); w != "'s" && w != "’s" {
			return false
		}
		k++
	}
	if q.a-k < 2 || q.a-k > 4 || g.word(q.a-1) != "of" {
		return false
	}
	for ; k < q.a-1; k++ {
		if t := &x.toks[k]; t.kind != tWord || t.cls&(lxMetricHead|lxPeriodNoun) == 0 {
			return false
		}
	}
	return true
}

// revisedBase reports whether the base q restates the same period: "(revised
// from 1.29 billion)", "previously reported at", "originally put at".
func (x *extractor) revisedBase(q *quantity, s sentence) bool {
	if x.earlierForecast(q) {
		return true // "to two pct from 3.2 pct predicted last autumn": the same year's earlier forecast
	}
	if x.g.word(q.a-1) == "from" || x.g.word(q.a-2) == "from" {
		// "the 1986 surplus has been revised slightly upwards to 25.8
		// billion francs from the 25.4 billion franc figure"
		cl := x.clauseOf[q.a]
		for k := q.a - 2; k >= s.a && k >= q.a-clauseReach && x.clauseOf[k] == cl; k-- {
			switch x.g.word(k) {
			case "revised", "revise", "revises", "revising":
				return true
			}
		}
	}
	for k := q.a - 1; k >= s.a && k >= q.a-5; k-- {
		switch x.g.word(k) {
		case "revised", "previously", "originally", "initially", "earlier", "unrevised", "preliminary", "provisional":
			return true
		}
	}
	return false
}

// otherSubjectBase reports whether the base q is given for another subject
// ("compared with 18.6% for the US"): the same period.
func (x *extractor) otherSubjectBase(q *quantity, s sentence) bool {
	k := q.b
	if w := x.g.word(k); w == "for" || w == "in" {
		k++
		if x.g.word(k) == "the" {
			k++
		}
		return k < s.b && x.cover[k] > 0 // ("from 0B in" ends the text: fuzzing)
	}
	return false
}
