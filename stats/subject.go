package stats

import "strings"

// sentenceSubject returns the subject-position entity of sentence si.
func (x *extractor) sentenceSubject(si int) *Entity {
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.prep || m.ent.Kind == KindRegion || x.inClaim[m.a] {
			continue
		}
		return m.ent
	}
	return nil
}

// prepareSubjects indexes the subject candidates of sentence si once its
// claims are known: per clause, the first candidate; and the candidates
// that may follow a claim, in text order. Mentions inside a claim's own
// text ("Australian dlrs") are not candidates.
func (x *extractor) prepareSubjects(si int, s sentence) {
	clear(x.inClaim[s.a:s.b])
	for i := range x.qs {
		q := &x.qs[i]
		if !q.skip {
			for k := q.a; k < q.b; k++ {
				x.inClaim[k] = true
			}
		}
	}
	x.firstInClause = x.firstInClause[:0]
	x.afterCands = x.afterCands[:0]
	x.sentFirst = -1
	x.frame.names = false
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.ent.Kind == KindName {
			x.frame.names = true
		}
		if m.prep || x.inClaim[m.a] {
			continue
		}
		if x.sentFirst < 0 {
			x.sentFirst = i
		}
		for len(x.firstInClause) <= m.clause {
			x.firstInClause = append(x.firstInClause, -1)
		}
		if x.firstInClause[m.clause] < 0 {
			x.firstInClause[m.clause] = i
		}
		if m.ent.Kind != KindName || !m.source {
			x.afterCands = append(x.afterCands, i)
		}
	}
}

// subjectFor picks the entity a claim is about: the subject-position entity
// of the claim's clause, else of its sentence, else the one carried from
// earlier sentences.
func (x *extractor) subjectFor(q *quantity, si int, s sentence, ctx *articleContext) string {
	clause := int(x.clauseOf[q.a])
	// "the mark/dollar rate is put at 1.80 marks": the mark's country
	if e, _ := x.fxPairFrame(q, s); e != "" {
		return e
	}
	// "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in
	// Italy": the owner of the whole the shares break down
	if m := x.breakdownOwner(q, s); m != nil {
		return m.ent.Name
	}
	// "West Germany to post a 31 billion dlr surplus and Japan a 76
	// billion dlr surplus", "cut its forecasts for West Germany to 2.2 pct
	// from 3.2 pct": the entity written right before the figure
	if m := x.gappedSubject(q, si, s); m != nil {
		return m.ent.Name
	}
	// "the dollar is poised to resume its decline, and will lose a further
	// 13 pct on its trade-weighted index": the currency's country
	if code := x.currencySubject(q, si, s, ctx); code != "" {
		if e := currencyCountry(code); e != "" {
			return e
		}
	}
	// "six companies were from Asia, two from Europe and two from the US":
	// where what is counted comes from
	if m := x.countOrigin(q, s); m != nil {
		return m.ent.Name
	}
	// "Micron Tech and Texas Instruments (which get 40-60 percent of their
	// revenues from China)", "Apple and TTM Technologies (about 20
	// percent)": the names the clause or parenthesis is about
	if m := x.antecedent(q, si, s); m != nil {
		return m.ent.Name
	} else if x.unnamedAntecedent(q, s) {
		return "" // "followed by Vivo and Oppo, which account for 21 percent": names the gazetteer does not know
	}
	// "68.5 percent of Peru's total", "0.1 percent of China's GDP growth",
	// "0.5 percent of Chinese GDP" (not "90 percent of the European
	// market": a share of a market)
	if x.g.word(q.b) == "of" && (q.unit == UnitPercent || q.unit == UnitPercentagePoint) {
		k := q.b + 1
		if x.g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && m.a == k && (m.poss || macroNouns[x.g.word(m.b)]) {
			return m.ent.Name
		}
	}
	// "while in Pakistan's case it is set to hit more than $12bn"
	if m := x.caseOf(q, s); m != nil {
		return m.ent.Name
	}
	// "the country saw a 60 percent increase", "the country's position":
	// the country last named
	if e := x.anaphorBefore(q, si, s); e != nil {
		return e.Name
	}
	// "compared with 18.6% for the US", "2.2% in France": the entity the
	// figure is given for
	// (also past the base written with it: "to 2.3 pct from three pct for Japan")
	end := q.b
	if e := x.pairEnd(q, s); e > q.b && x.g.word(e) == "for" {
		end = e
	}
	if w := x.g.word(end); w == "for" || w == "in" && q.unit != UnitMoney {
		k := end + 1
		if x.g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && m.a == k && m.ent.Kind != KindRegion && (m.ent.Kind == KindCountry || w == "for") {
			return m.ent.Name
		}
	}
	// "global growth", "world trade rose 5%": the world
	if x.worldFigure(q, s) {
		return "World"
	}
	// "the IMF's 184 members": the possessor of what is counted
	if q.unit != UnitOrdinal && q.a-1 > s.a && (x.toks[q.a-1].text == "'s" || x.toks[q.a-1].text == "’s") {
		if m := x.mentionAt(q.a-2, s); m != nil && m.b == q.a-1 {
			return m.ent.Name
		}
	}
	// "Chrysler Corp said its U.S. car sales dipped 3.6 pct": the company
	// the statement is about speaks of "its" figures (unless a name comes
	// between: "its parent acquired Spreadtrum, the third-largest")
	if x.sentenceIs(s, lxPossPron) { // else no "its" nor "their"
		// a relative clause reads on into the noun it is about: "to cut its
		// trade surplus with the U.S., which rose to 7.4 billion dlrs"
		lo := clause
		if cs := int(x.clauseStart[q.a]); x.g.is(cs, lxRelative) {
			lo = clause - 1
		}
		for k := q.a - 1; k >= s.a && k >= q.a-20 && int(x.clauseOf[k]) >= lo; k-- {
			if m := x.mentionAt(k, s); m != nil && m.ent.Kind == KindName {
				break
			}
			if w := x.g.word(k); w == "its" || w == "their" {
				// the nearest name before it, when it is the one that speaks
				// ("Kawasaki Steel ..., and Sumitomo Metal said its") or the
				// sentence's subject ("South Korean smartphone maker Samsung
				// Electronics Co Ltd disappointed the market by predicting that
				// its operating profit")
				if m := x.companyBefore(si, k); m != nil && (m.source || m == x.openingName(si, s, k)) {
					return m.ent.Name
				}
				// "It had been under growing U.S. pressure to cut its 1986
				// record 13.6 billion dlr trade surplus": "its" is the "It" the
				// sentence opens with, the entity carried, not a name between
				if sw := x.g.word(s.a); (sw == "it" && w == "its" || sw == "they" && w == "their") && ctx.current != nil {
					x.carried = true
					return ctx.current.Name
				}
				// "The U.S. wants South Korea to cut its trade surplus": the
				// economy named last before "its", not a partner's
				if m := x.possessorBefore(si, k); m != nil {
					return m.ent.Name
				}
				break
			}
		}
	}
	var before, after *mention
	if clause < len(x.firstInClause) && x.firstInClause[clause] >= 0 && x.mentions[x.firstInClause[clause]].a < q.a {
		before = &x.mentions[x.firstInClause[clause]]
	} else if x.sentFirst >= 0 && x.mentions[x.sentFirst].a < q.a {
		before = &x.mentions[x.sentFirst]
	}
	if before == nil {
		// the first candidate at or after the claim, if in the same clause
		i, hi := 0, len(x.afterCands) // a lower-bound search
		for i < hi {
			m := int(uint(i+hi) >> 1)
			if x.mentions[x.afterCands[m]].a < q.a {
				i = m + 1
			} else {
				hi = m
			}
		}
		if i < len(x.afterCands) && x.mentions[x.afterCands[i]].clause == clause {
			after = &x.mentions[x.afterCands[i]]
		}
	}
	if before == nil {
		// "Forecasts for Japanese growth were scaled back to 4.0%", "with
		// OECD consumer prices forecast to rise 3.5 pct": whose figure the
		// clause names
		if m := x.figureModifier(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	if x.pronounClause(q.a, s) {
		after = nil // "It has signed agreements with five ... and Belt and Road ..."
		// "Since it started over 30 years ago, APEC has turned into": a
		// subordinate clause before the subject it points to
		if m := x.mainClauseSubject(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	switch {
	case before != nil:
		return before.ent.Name
	case after != nil && after.ent.Kind != KindRegion:
		return after.ent.Name
	case ctx.current != nil:
		if x.localAntecedent(q, si, s) {
			return "" // "the district's GDP", "Its GDP" after a sentence on the city
		}
		if x.partnerInSentence(ctx.current, q, si, s) {
			return "" // "Exports to Chile rose 12%": Chile is the partner, not the subject
		}
		if x.otherAnaphor(s, ctx.current.Kind) {
			return "" // "The region's 1986 trade surplus", "The company reported"
		}
		x.carried = true
		return ctx.current.Name
	}
	// any entity in the sentence at all, but a partner ("Exports to Chile
	// rose 12%": Chile is the counterpart, never the subject)
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		if m := &x.mentions[i]; m.ent.Kind != KindRegion && !x.partnerMention(m, s) {
			return m.ent.Name
		}
	}
	return ""
}

// partnerMention reports whether mention m follows a partner's preposition
// ("to", "from", "with", "against"; not "between", whose first name is the
// subject: "trade between China and Poland").
func (x *extractor) partnerMention(m *mention, s sentence) bool {
	if !m.prep {
		return false
	}
	switch x.prepBefore(m.a, s) {
	case "to", "from", "with", "against":
		return true
	}
	return false
}

// mainClauseSubject returns the subject of the main clause that follows
// the subordinate clause holding claim q ("Since it started ..., APEC
// has"), or nil.
func (x *extractor) mainClauseSubject(q *quantity, si int, s sentence) *mention {
	g := &x.g
	a := int(x.clauseStart[q.a])
	if a > s.a && g.is(a-1, lxSubordinator) {
		a--
	}
	if !g.is(a, lxSubordinator) && !(a == s.a+1 && g.is(s.a, lxSubordinator)) {
		return nil
	}
	k := q.b
	for k < s.b && !g.isPunct(k, ",") {
		k++
	}
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.a > k && !m.prep && m.ent.Kind != KindRegion {
			if m.a > k+4 {
				return nil
			}
			return m
		}
	}
	return nil
}

// pronounClause reports whether the clause holding token k starts with a
// personal pronoun, whose referent comes from an earlier sentence.
func (x *extractor) pronounClause(k int, s sentence) bool {
	for j := int(x.clauseStart[k]); j < k && j < int(x.clauseStart[k])+clauseReach; j++ {
		w := x.g.word(j)
		if w == "" || w == "and" || w == "but" || w == "while" || w == "as" {
			continue
		}
		switch w {
		case "it", "its", "he", "she", "his", "her", "they", "their", "this", "these":
			return true
		}
		return false
	}
	return false
}

// macroNouns are the figures of an economy: "0.5 percent of Chinese GDP".
var macroNouns = map[string]bool{
	"gdp": true, "gnp": true, "output": true, "economy": true, "exports": true, "imports": true,
	"trade": true, "growth": true, "budget": true, "population": true,
}

// anaphorBefore returns the entity "the country", "the nation" or "the
// bloc" before claim q in its clause refers to: the last one of that kind
// named before it, in its sentence or the one before.
func (x *extractor) anaphorBefore(q *quantity, si int, s sentence) *Entity {
	g := &x.g
	cl := x.clauseOf[q.a]
	kind := EntityKind(0)
	at := -1
	if !x.sentenceIs(s, lxAnaphorNoun) {
		return nil
	}
	for k := q.a - 1; k > s.a && k >= q.a-12 && x.clauseOf[k] == cl; k-- {
		if x.toks[k].cls&lxAnaphorNoun == 0 || g.word(k-1) != "the" {
			continue
		}
		switch g.word(k) { // (the words of lxAnaphorNoun)
		case "country", "nation", "country's", "nation's":
			kind, at = KindCountry, k
		case "bloc", "bloc's", "group", "grouping":
			kind, at = KindBloc, k
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return nil
	}
	lo := x.sentM[max(0, si-1)][0]
	for i := x.sentM[si][1] - 1; i >= lo; i-- {
		m := &x.mentions[i]
		if m.a < at && m.ent.Kind == kind && !m.non {
			return m.ent
		}
	}
	return nil
}

// antecedent returns the first of the names a relative clause or a
// parenthesis holding claim q refers back to: "such as Micron Tech and
// Texas Instruments (which get 40-60 percent of their revenues ...)",
// "including Apple and TTM Technologies (about 20 percent)".
func (x *extractor) antecedent(q *quantity, si int, s sentence) *mention {
	g := &x.g
	if !x.frame.names && !x.sentenceIs(s, lxRelative) {
		return nil // neither a name nor "which": nothing it can return
	}
	// the start of the parenthesis or relative clause
	k := q.a - 1
scan:
	for n := 0; k >= s.a && n < 8; n, k = n+1, k-1 {
		// one test of the token's kind or class before its text: most
		// tokens are none of "(", ",", ")", "which", "who"
		if t := &x.toks[k]; t.kind == tPunct {
			switch t.text {
			case "(":
				break scan
			case ",", ")":
				return nil
			}
		} else if t.cls&lxRelative != 0 {
			if g.isPunct(k-1, "(") || g.isPunct(k-1, ",") {
				k--
				break
			}
			return nil
		}
		if x.inClaim[k] {
			return nil
		}
	}
	if k < s.a || !g.isPunct(k, "(") && !g.isPunct(k, ",") {
		return nil
	}
	// the names right before it, back over "X and Y", "X, Y and Z"; or a
	// place shortly before it ("the two major Polish ports of Gdansk and
	// Gdynia, which account for 95 percent")
	r := x.sentM[si]
	var first *mention
	end := k
	for i := r[1] - 1; i >= r[0]; i-- {
		m := &x.mentions[i]
		if m.b > end {
			continue
		}
		if first == nil && m.b < end && m.b >= end-6 && m.ent.Kind != KindName && m.ent.Kind != KindRegion && g.word(k+1) == "which" && x.nounsOnly(m.b, end) {
			return m
		}
		if m.b != end && !(m.b+1 == end && (g.word(m.b) == "and" || g.word(m.b) == "or" || g.isPunct(m.b, ","))) {
			break
		}
		if m.ent.Kind != KindName {
			break
		}
		first, end = m, m.a
	}
	return first
}

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

// localUnits are nouns for places inside a country.
var localUnits = map[string]bool{
	"city": true, "district": true, "province": true, "county": true, "town": true,
	"municipality": true, "prefecture": true, "village": true, "port": true, "township": true,
	"city's": true, "district's": true, "province's": true, "county's": true, "town's": true,
	"municipality's": true, "prefecture's": true, "village's": true, "port's": true,
}

// localAntecedent reports whether claim q, which names no entity of its
// own, is about a place inside a country rather than the article's
// subject: "They helped the district's GDP to increase 9.2 percent", or
// "Its GDP grew 9.9 percent" after a sentence on "the city". The gazetteer
// knows countries, blocs and organisations, not cities, so carrying the
// article's country there would state a false figure for it.
func (x *extractor) localAntecedent(q *quantity, si int, s sentence) bool {
	g := &x.g
	local := func(a, b int) bool {
		for k := a; k < b; k++ {
			if g.is(k, lxLocal) && k > 0 && (g.word(k-1) == "the" || isUpper(x.toks[k-1].text) && x.cover[k-1] == 0) {
				return true
			}
		}
		return false
	}
	if x.sentenceIs(s, lxLocal) && local(max(s.a, q.a-clauseReach), q.a) {
		return true
	}
	switch g.word(s.a) {
	case "its", "it", "their", "they":
	default:
		return false
	}
	if si == 0 {
		return false
	}
	prev := x.sents[si-1]
	if local(prev.a, prev.b) {
		return true
	}
	// "Guiyang has ranked No 1 ... Its GDP reached": the pronoun is the
	// sentence before's subject; when that is no entity the gazetteer
	// knows (a city, a province), the article's country is not it
	a := prev.a
	if g.word(a) == "the" {
		a++
	}
	switch g.word(a) {
	case "it", "its", "they", "their", "country", "nation", "country's", "nation's", "economy", "government":
		return false
	}
	if isAllUpperLine(x, prev) || prev.b-prev.a < 4 {
		return false // a headline
	}
	return x.cover[a] == 0 && isUpper(x.toks[a].text) && !startWords[g.word(a)] && x.properStart(a)
}

// properStart reports whether the capitalised word opening a sentence at
// k is a name rather than a capitalised common word: it is not a word the
// article also writes in lower case.
func (x *extractor) properStart(k int) bool {
	w := x.toks[k].text
	low := strings.ToLower(w)
	if low == w || months[low] > 0 || x.toks[k].cls&lxCommon != 0 || strings.Contains(x.g.text, " "+low+" ") {
		return false
	}
	// a subject: a verb or an apposition follows ("Guiyang has ranked",
	// "Guangdong, a major hub, ..."), after the rest of a name of several
	// words, glued parts included ("Xi'an Giant Biogene Technology is")
	k++
	for n := 0; n < 6 && k < len(x.toks) && (x.toks[k].gap == 0 && !strings.ContainsAny(x.toks[k].text, ",.;:") || x.toks[k].kind == tWord && isUpper(x.toks[k].text)); n++ {
		k++
	}
	switch x.g.word(k) {
	case "has", "have", "had", "is", "was", "will", "ranks", "ranked", "became", "remains",
		"accounts", "accounted", "saw", "posted", "recorded", "reported":
		return true
	}
	return x.g.isPunct(k, ",")
}

// unnamedAntecedent reports whether claim q is in a relative clause ("...,
// which account for 21 percent") whose antecedent, right before the comma,
// is a capitalised name no mention covers: the figure is that name's, and
// no entity the extractor knows.
func (x *extractor) unnamedAntecedent(q *quantity, s sentence) bool {
	g := &x.g
	if !x.sentenceIs(s, lxRelative) {
		return false // no "which"
	}
	for k := q.a - 1; k > s.a+1 && k >= q.a-6; k-- {
		if x.inClaim[k] || g.isPunct(k, ",") && g.word(k+1) != "which" {
			return false
		}
		if g.word(k) != "which" {
			continue
		}
		p := k - 2 // the word before ", which"
		if !g.isPunct(k-1, ",") || p <= s.a || x.cover[p] > 0 || x.toks[p].kind != tWord || !isUpper(x.toks[p].text) {
			return false
		}
		return true
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

// companyBefore returns the last proper name (KindName) of sentence si named
// before token k, or nil.
func (x *extractor) companyBefore(si, k int) *mention {
	r := x.sentM[si]
	var last *mention
	for i := r[0]; i < r[1] && x.mentions[i].a < k; i++ {
		if m := &x.mentions[i]; m.ent.Kind == KindName {
			last = m
		}
	}
	return last
}

// possessorBefore returns the economy "its" at token k points back to: the
// last entity named before it in sentence si, when that is a country or a
// bloc and not the sentence's first (the subject the default rules give)
// nor one named after a preposition ("under pressure from the U.S.").
func (x *extractor) possessorBefore(si, k int) *mention {
	if x.g.word(k) != "its" {
		return nil // "Brazil and China ... limit their exports": each its own
	}
	r := x.sentM[si]
	var last *mention
	n := 0
	for i := r[0]; i < r[1] && x.mentions[i].a < k; i++ {
		m := &x.mentions[i]
		if m.prep || x.inClaim[m.a] || m.ent.Kind == KindRegion {
			continue
		}
		if m.ent.Kind == KindName {
			return nil // "<BP Oil Ltd>, the U.K. arm of ..., raised its profit": a firm's own
		}
		last = m
		n++
	}
	if n < 2 || last.ent.Kind != KindCountry && last.ent.Kind != KindBloc || last.form == FormAdjective || last.poss {
		return nil
	}
	// it must be a clause's subject: the word after it a verb or "to" ("OPEC
	// agreed to lower its", "wants South Korea to cut its"), not a noun it
	// modifies ("U.S. drug sales"), a comma or a preposition; nor the
	// object of a preposition ("a member of OPEC", "under U.S. pressure")
	j := last.a - 1
	for n := 0; n < 4 && j > 0; n, j = n+1, j-1 {
		// back over the rest of the noun phrase: "under Canadian and U.S. pressure"
		if w := x.g.word(j); w != "the" && w != "and" && w != "or" && !x.g.isPunct(j, ",") && (w == "" || x.toks[j].text[0] < 'A' || x.toks[j].text[0] > 'Z') {
			break
		}
	}
	switch x.g.word(j) {
	case "of", "in", "on", "at", "from", "for", "by", "with", "into", "over", "under", "after",
		"before", "since", "during", "about", "against", "between", "through", "to", "towards":
		return nil // "under U.S. pressure to reduce its surplus"
	}
	w := x.g.word(last.b)
	if w == "" || x.toks[last.b].text[0] < 'a' || x.toks[last.b].text[0] > 'z' {
		return nil
	}
	if x.g.is(last.b, lxFunction) {
		switch w {
		case "to", "will", "would", "could", "should", "may", "might", "can", "must",
			"has", "had", "have", "was", "is", "were", "are", "did", "does":
		default:
			return nil
		}
	} else if x.g.is(last.b, lxMetricHead) || x.g.is(last.b+1, lxMetricHead) {
		return nil // "U.S. drug sales were about 40 pct of its worldwide sales"
	}
	return last
}

// openingName returns the proper name (KindName) that is the subject of
// sentence si: named before token k and before any verb of the sentence.
func (x *extractor) openingName(si int, s sentence, k int) *mention {
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.a >= k || m.prep {
			return nil
		}
		if m.ent.Kind != KindName {
			continue
		}
		for j := s.a; j < m.a; j++ {
			if x.g.is(j, lxVerbLike) || x.g.isPunct(j, ",") {
				return nil
			}
		}
		return m
	}
	return nil
}

// otherAnaphor reports whether sentence s opens by pointing back to
// something that is not the article's entity, of kind k ("The region's 1986
// trade surplus" in a story on a country, "The company reported 1986
// overseas sales"): that entity carried there would be the wrong subject.
// A noun of k's own kind points back to it ("The bloc accounts for" in a
// story on APEC).
func (x *extractor) otherAnaphor(s sentence, k EntityKind) bool {
	if x.g.word(s.a) != "the" {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(x.g.word(s.a+1), "'s"), "’s") {
	case "region", "area", "continent":
		return k != KindRegion
	case "bloc", "group":
		return k != KindBloc
	case "company", "firm", "bank", "concern", "corporation":
		return true
	}
	return false
}

// nounsOnly reports whether tokens [a, b) are words of a noun phrase, with
// no verb and no possessive pronoun: "(Gdansk and Gdynia,) the two major
// Polish ports", not "(Washington) and reduce its trade surplus".
func (x *extractor) nounsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		w := x.g.word(k)
		if w == "" {
			continue
		}
		if x.g.is(k, lxVerbLike|lxChange) || w == "its" || w == "their" || w == "his" || w == "her" {
			return false
		}
	}
	return true
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

// pairEnd returns the token after claim q and the base or level written
// with it ("to 2.3 pct from three pct for Japan": "for"), else q.b.
func (x *extractor) pairEnd(q *quantity, s sentence) int {
	k := q.b
	for j := q.b; j < s.b && j < q.b+8; j++ {
		switch w := x.g.word(j); {
		case x.inClaim[j]:
			k = j + 1
		case w == "from" || w == "to":
		default:
			return k
		}
	}
	return k
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
