package stats

// worldFigure reports whether claim q is a figure for the whole world:
// "global growth is expected to fall", "world trade rose 5%", "the
// global economy will slow".
func (x *extractor) worldFigure(q *quantity, s sentence) bool {
	if !x.sentenceHas(s, cueWorld) {
		return false
	}
	g := &x.g
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-16 && x.clauseOf[k] == cl; k-- {
		if g.isPunct(k, ",") {
			return false
		}
		w := g.word(k)
		if w != "world" && w != "global" && w != "worldwide" {
			continue
		}
		if p := g.word(k - 1); p == "of" || p == "in" || g.word(k+1) == "'s" || g.word(k+1) == "’s" {
			continue // "share of world GDP", "in the world", "the world's largest"
		}
		if x.titleRun(k, s) {
			continue // "The EIU said in its World Trade Forecast it revised OECD growth"
		}
		n := g.word(k + 1)
		if n == "economic" {
			n = g.word(k + 2)
		}
		switch n {
		case "growth", "economy", "trade", "output", "gdp", "exports", "imports", "inflation", "demand", "production":
			return true
		}
	}
	return false
}

// partnerInSentence reports whether entity e is named near claim q in
// sentence si as a partner (after "to", "from", "with"...).
func (x *extractor) partnerInSentence(e *Entity, q *quantity, si int, s sentence) bool {
	r := x.sentM[si]
	for i := x.mentionFrom(r, q.a-clauseReach); i < r[1] && x.mentions[i].a < q.b+clauseReach; i++ {
		if m := &x.mentions[i]; m.ent == e && x.partnerMention(m, s) {
			return true
		}
	}
	return false
}

// figureModifier returns the entity that modifies a metric noun after
// "for" or "with" before claim q in its clause ("forecasts for Japanese
// growth", "with OECD consumer prices forecast to rise"), the nearest one;
// else nil. A market is a place, not a figure ("for the British market").
func (x *extractor) figureModifier(q *quantity, si int, s sentence) *mention {
	r := x.sentM[si]
	cl := x.clauseOf[q.a]
	var found *mention
	for i := x.mentionFrom(r, q.a-clauseReach); i < r[1] && x.mentions[i].a < q.a; i++ {
		m := &x.mentions[i]
		if !m.prep || m.source || m.non || m.poss || x.clauseOf[m.a] != cl || x.inClaim[m.a] || m.ent.Kind == KindName || m.ent.Kind == KindRegion {
			continue
		}
		switch x.prepBefore(m.a, s) {
		case "for", "with":
		default:
			continue
		}
		if k := x.metricAfter(m.b, s); k > 0 && x.g.word(k) != "market" && x.g.word(k) != "markets" {
			found = m
		}
	}
	return found
}

// metricAfter returns the metric noun right after token b or after one
// more lower-case word ("Japanese growth", "OECD consumer prices"), or 0.
func (x *extractor) metricAfter(b int, s sentence) int {
	for k := b; k < s.b && k < b+2; k++ {
		t := &x.toks[k]
		if t.cls&lxMetricHead != 0 {
			return k
		}
		if t.kind != tWord || t.text[0] < 'a' || t.text[0] > 'z' || t.cls&(lxFunction|lxVerbLike) != 0 {
			return 0
		}
	}
	return 0
}

// titleRun reports whether token k starts a run of three or more
// capitalised words, the title of a report or the name of a body ("World
// Trade Forecast"), in a sentence that is not all capitals.
func (x *extractor) titleRun(k int, s sentence) bool {
	for j := k; j < k+3; j++ {
		if j >= s.b || x.toks[j].kind != tWord || !isUpper(x.toks[j].text) {
			return false
		}
	}
	return !isAllUpperLine(x, s)
}

// gappedSubject returns the entity written right before claim q, with no
// verb of its own: the subject of a clause that leaves its verb out ("and
// Japan a 76 billion dlr surplus"), or the entity a forecast is for
// ("forecasts for West Germany to 2.2 pct from 3.2 pct in December");
// else nil.
func (x *extractor) gappedSubject(q *quantity, si int, s sentence) *mention {
	g := &x.g
	r := x.sentM[si]
	var m *mention
	for i := x.mentionFrom(r, q.a-12); i < r[1] && x.mentions[i].a < q.a; i++ {
		if n := &x.mentions[i]; !x.inClaim[n.a] {
			m = n
		}
	}
	if m == nil || m.poss || m.non || m.source || m.ent.Kind == KindRegion || m.ent.Kind == KindName || x.clauseOf[m.a] != x.clauseOf[q.a] {
		return nil
	}
	if !m.prep {
		// "and Japan a 76 billion dlr surplus"
		// (not a bare list, "Main destinations were Italy 104,704,
		// Spain 91,381": those may be partners)
		if k := m.b; k+1 == q.a && (g.word(k) == "a" || g.word(k) == "an") && (g.word(m.a-1) == "and" || g.isPunct(m.a-1, ",")) {
			return m
		}
		return nil
	}
	// "for West Germany to 2.2 pct from 3.2 pct in December"
	if x.prepBefore(m.a, s) != "for" || g.word(m.b) != "to" && g.word(m.b) != "at" {
		return nil
	}
	if k := m.a - 2; partnerNouns[g.word(k)] || g.word(k) == "the" && partnerNouns[g.word(k-1)] {
		return nil // "development aid for Pakistan to 480 mln stg": a partner
	}
	for k := m.b; k < q.a; k++ {
		switch w := g.word(k); {
		case x.inClaim[k], w == "to", w == "from", w == "at", w == "in", w == "the", x.toks[k].cls&lxPeriod != 0:
		default:
			return nil
		}
	}
	return m
}

// breakdownOwner returns the owner of the whole that a sentence opening
// "Of <owner>'s <noun>," breaks down into the shares that follow ("Of
// Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy"):
// the possessor, for a share after the comma; else nil.
func (x *extractor) breakdownOwner(q *quantity, s sentence) *mention {
	g := &x.g
	if q.unit != UnitPercent || g.word(s.a) != "of" {
		return nil
	}
	k := s.a + 1
	if g.word(k) == "the" {
		k++
	}
	m := x.mentionAt(k, s)
	if m == nil || m.a != k || !m.poss || m.ent.Kind == KindRegion {
		return nil
	}
	for j := m.b; j < q.a && j < m.b+8; j++ {
		if g.isPunct(j, ",") {
			return m
		}
	}
	return nil
}

// breakdownPlace returns the place a share of such a breakdown is in
// ("15.6% in Italy", "38.4% reside in Argentina"), or nil.
func (x *extractor) breakdownPlace(q *quantity, s sentence) *mention {
	if x.breakdownOwner(q, s) == nil {
		return nil
	}
	g := &x.g
	k := q.b
	switch g.word(k) {
	case "reside", "resides", "live", "lives", "are", "is", "were", "was", "based":
		k++
	}
	if g.word(k) != "in" {
		return nil
	}
	if k++; g.word(k) == "the" {
		k++
	}
	if m := x.mentionAt(k, s); m != nil && m.a == k && m.ent.Kind != KindName {
		return m
	}
	return nil
}

// currencySubject returns the code of the currency that is the subject of
// a clause before percent claim q in its sentence ("the dollar is poised
// to ... lose a further 13 pct", "the yen rose 2 pct", "the dollar's 18.4
// pct drop"), with no entity named between it and the claim; else "".
//
// A bare word that names no country ("the peso", "the crown", "the
// lira") is the currency of the article's country when that has one of
// that code, and the dollar the home dollar of the story or the US
// dollar; else "". The currency is the subject of the claim's clause, or
// of the clause before when the claim's goes on without a subject of its
// own ("..., and will lose a further 13 pct"); not the object of a
// preposition ("the strength of the yen against the dollar totalled 69").
func (x *extractor) currencySubject(q *quantity, si int, s sentence, ctx *articleContext) string {
	if q.unit != UnitPercent || !x.sentenceIs(s, lxCurrency|lxNotPlain) {
		return "" // (no currency word in the sentence: no scan)
	}
	g := &x.g
	r := x.sentM[si]
	for k := q.a - 1; k > s.a && k >= q.a-clauseReach; k-- {
		if m := x.mentionAt(k, s); m != nil && !m.prep {
			return "" // "the dollar fell, and Japan's exports rose 3 pct"
		}
		if g.word(k-1) != "the" || !currencyCandidate(&x.toks[k]) {
			continue
		}
		code, n, bare, ok := g.matchCurrency(k, s)
		if !ok || k+n >= q.a || g.is(k-2, lxPrep) && g.word(k-2) != "of" {
			continue // (not "the Swiss franc 7.3 pct" in a list of shares)
		}
		switch w := g.word(k + n); {
		case w == "against":
			continue
		case w == "'s" || w == "’s":
			if q.a > k+n+3 {
				continue // "The Australian dollar's fall ... justifying the mining at a grade of about 1.95 pct"
			}
			// "last year's 18.4 pct drop", "the dollar's 10 pct fall"
		case x.g.is(k+n, lxVerbLike|lxChange), auxWords[w]:
		default:
			continue // "the dollar value of exports"
		}
		if x.clauseOf[k] != x.clauseOf[q.a] && !x.elidedSubject(q) && x.ms.currencyAt != k+1 {
			return "" // "the dollar went down when we were having 4 percent growth"
		}
		if bare {
			switch {
			case code == "USD" && ctx.dollar != "":
				code = ctx.dollar // a bare "dollar" in a story on Australia
			case code == "USD":
			case ctx.main != nil && ctx.main.Currency == code, ctx.current != nil && ctx.current.Currency == code:
			default:
				return "" // "the peso" in a story on the Philippines is not Mexico's
			}
		}
		x.ms.currencyAt = k + 1 // "..., and will lose a further 13 pct ... and five pct in 1988"
		for i := r[0]; i < r[1]; i++ {
			if m := &x.mentions[i]; m.a < k && m.b > k {
				return "" // inside a name
			}
		}
		return code
	}
	return ""
}

// auxWords are the auxiliary verbs a clause's subject may be followed by.
var auxWords = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "should": true, "has": true, "had": true, "have": true, "can": true,
}

// caseOf returns the entity of "in <entity>'s case" before claim q in its
// clause ("while in Pakistan's case it is set to hit more than $12bn"),
// or nil.
func (x *extractor) caseOf(q *quantity, s sentence) *mention {
	if !x.sentContains(s, cueCase) {
		return nil // (most sentences: no scan)
	}
	g := &x.g
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k > s.a+1 && k >= q.a-clauseReach && x.clauseOf[k] == cl; k-- {
		if g.word(k) != "case" {
			continue
		}
		if m := x.mentionAt(k-2, s); m != nil && m.poss && m.b == k-1 && g.word(m.a-1) == "in" {
			return m
		}
		return nil
	}
	return nil
}

// countOrigin returns the place the people or bodies counted by claim q
// come from, written right after them ("six companies were from Asia",
// "five universities from the US"), or nil; also for the next counts of
// the same list that leave the noun out ("two from Europe and two from
// the US"). Not goods, orders or vehicles from a place ("a dozen aircraft
// from Europe's Airbus", "24,391 tonnes from Australia"): a partner.
func (x *extractor) countOrigin(q *quantity, s sentence) *mention {
	g := &x.g
	if q.unit != UnitCount {
		return nil
	}
	k := q.b
	if originNouns[g.word(k)] {
		k++
	} else if x.ms.originAt != s.a+1 {
		return nil // "two from Europe" only after "six companies were from Asia"
	}
	if w := g.word(k); w == "were" || w == "are" {
		k++
	}
	if g.word(k) != "from" {
		return nil
	}
	if k++; g.word(k) == "the" {
		k++
	}
	if m := x.mentionAt(k, s); m != nil && m.a == k && !m.poss && m.ent.Kind != KindName {
		x.ms.originAt = s.a + 1
		return m
	}
	return nil
}

// originNouns count people or bodies, whose place of origin is theirs.
var originNouns = map[string]bool{
	"companies": true, "firms": true, "universities": true, "people": true, "students": true,
	"workers": true, "executives": true, "teams": true, "owners": true, "leaders": true,
	"researchers": true, "officials": true, "members": true, "delegates": true, "banks": true,
	"institutions": true, "applicants": true, "scientists": true, "experts": true, "enterprises": true,
}

// isLowerWord reports whether t is a word written in lower case.
func isLowerWord(t *token) bool {
	return t.kind == tWord && t.text[0] >= 'a' && t.text[0] <= 'z'
}
