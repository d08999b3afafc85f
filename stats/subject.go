package stats

// lxPronoun are the pronouns a clause about an entity named elsewhere
// opens with (pronounClause).
const lxPronoun lexClass = 1 << 32

func init() {
	lexPartSets[lxPronoun] = func() []string {
		return []string{"it", "its", "he", "she", "his", "her", "they", "their", "this", "these"}
	}
}

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
	// The rules below each test first for a word their sentence must have
	// (or a unit); most claims pass none of them. Those tests are made
	// here, on the sentence's classes and cues read once, so that the rules
	// a claim cannot pass are skipped without a call: every claim walks
	// through less code (this function runs between many others per
	// claim, and the instruction cache does not hold them all).
	f := x.sentFacts(s)
	cls, cues := f.cls, f.cues
	// whether the sentence names an entity before the claim (its mentions
	// are in text order): the rules that read only those skip it else
	r := x.sentM[si]
	named := r[0] < r[1] && x.mentions[r[0]].a < q.a
	// "the mark/dollar rate is put at 1.80 marks": the mark's country
	if q.unit == UnitMoney && cues&cueSlash != 0 {
		if e, _ := x.fxPairFrame(q, s); e != "" {
			return e
		}
	}
	// "Shares in Umbro were up 1.76%", "BA's shares closed up four pence":
	// the firm whose shares they are
	// "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in
	// Italy": the owner of the whole the shares break down
	if q.unit == UnitPercent {
		if m := x.breakdownOwner(q, s); m != nil {
			return m.ent.Name
		}
	}
	// "West Germany to post a 31 billion dlr surplus and Japan a 76
	// billion dlr surplus", "cut its forecasts for West Germany to 2.2 pct
	// from 3.2 pct": the entity written right before the figure
	if named {
		if m := x.gappedSubject(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	// "the dollar is poised to resume its decline, and will lose a further
	// 13 pct on its trade-weighted index": the currency's country
	if q.unit == UnitPercent && cls&(lxCurrency|lxNotPlain) != 0 {
		if code := x.currencySubject(q, si, s, ctx); code != "" {
			if e := currencyCountry(code); e != "" {
				return e
			}
		}
	}
	// "six companies were from Asia, two from Europe and two from the US":
	// where what is counted comes from
	if q.unit == UnitCount {
		if m := x.countOrigin(q, s); m != nil {
			return m.ent.Name
		}
	}
	// "Mitsubishi Electric in Japan (2,812)": the name the bracketed
	// figure is given for
	if named && x.toks[q.a-1].kind == tPunct {
		if m := x.bracketOwner(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	// "Micron Tech and Texas Instruments (which get 40-60 percent of their
	// revenues from China)", "Apple and TTM Technologies (about 20
	// percent)": the names the clause or parenthesis is about
	if x.frame.names || cls&lxRelative != 0 {
		if m := x.antecedent(q, si, s); m != nil {
			return m.ent.Name
		} else if cls&lxRelative != 0 && x.unnamedAntecedent(q, s) {
			return "" // "followed by Vivo and Oppo, which account for 21 percent": names the gazetteer does not know
		}
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
	if cues&cueCase != 0 {
		if m := x.caseOf(q, s); m != nil {
			return m.ent.Name
		}
	}
	// "the country saw a 60 percent increase", "the country's position":
	// the country last named
	if cls&lxAnaphorNoun != 0 {
		if e := x.anaphorBefore(q, si, s); e != nil {
			return e.Name
		}
	}
	// "with import growth there expected to feature 3.5 pct": the place
	// named before
	if named {
		if m := x.placeThere(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	// "Inventors from China filed the second-largest number": where the
	// clause's people come from
	if named {
		if m := x.originSubject(q, s); m != nil {
			return m.ent.Name
		}
	}
	// "the 12-member eurozone bloc": the bloc the count is of
	if m := x.memberOf(q, s); m != nil {
		return m.ent.Name
	}
	// "the 6,000 billion yen package announced by the Japanese
	// government": the country whose government acts
	if m := x.agentOfFigure(q, s); m != nil {
		return m.ent.Name
	}
	// "Growth in Latin America slowed to 5.1%": the place the figure is of
	if named {
		if m := x.placeOfFigure(q, s); m != nil {
			return m.ent.Name
		}
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
	if cues&cueWorld != 0 && x.worldFigure(q, s) {
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
	if cls&lxPossPron != 0 { // else no "its" nor "their"
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
	if before == nil && named {
		// "Forecasts for Japanese growth were scaled back to 4.0%", "with
		// OECD consumer prices forecast to rise 3.5 pct": whose figure the
		// clause names
		if m := x.figureModifier(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	if cls&lxPronoun != 0 && x.pronounClause(q.a, s) {
		after = nil // "It has signed agreements with five ... and Belt and Road ..."
		// "Since it started over 30 years ago, APEC has turned into": a
		// subordinate clause before the subject it points to
		if m := x.mainClauseSubject(q, si, s); m != nil {
			return m.ent.Name
		}
	}
	if before == nil && cls&lxFirmNoun != 0 {
		// "The company said", "the Leuven-based brewer said": the company
		// named last
		if e := x.firmAnaphor(q, si, s); e != nil {
			return e.Name
		}
	}
	switch {
	case before != nil:
		return before.ent.Name
	case after != nil && after.ent.Kind != KindRegion:
		return after.ent.Name
	case ctx.current != nil:
		// (only with a local noun in the sentence or a pronoun opening it)
		if w := x.g.word(s.a); (cls&lxLocal != 0 || w == "its" || w == "it" || w == "their" || w == "they") && x.localAntecedent(q, si, s) {
			return "" // "the district's GDP", "Its GDP" after a sentence on the city
		}
		if r[0] < r[1] && x.partnerInSentence(ctx.current, q, si, s) {
			return "" // "Exports to Chile rose 12%": Chile is the partner, not the subject
		}
		if x.g.word(s.a) == "the" && x.otherAnaphor(s, ctx.current.Kind) {
			return "" // "The region's 1986 trade surplus", "The company reported"
		}
		x.carried = true
		return ctx.current.Name
	}
	// any entity in the sentence at all, but a partner ("Exports to Chile
	// rose 12%": Chile is the counterpart, never the subject)
	for i := r[0]; i < r[1]; i++ {
		if m := &x.mentions[i]; m.ent.Kind != KindRegion && !x.partnerMention(m, s) {
			return m.ent.Name
		}
	}
	return ""
}

// sentFacts returns the facts of sentence s (its words' classes and its
// cue words), read on the first call for it.
func (x *extractor) sentFacts(s sentence) *frameFacts {
	if x.frame.sent != s.a+1 {
		x.readFacts(s)
	}
	return &x.frame
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
	if !x.sentenceIs(s, lxPronoun) {
		return false // (most sentences: no pronoun, no scan)
	}
	for j := int(x.clauseStart[k]); j < k && j < int(x.clauseStart[k])+clauseReach; j++ {
		w := x.g.word(j)
		if w == "" || w == "and" || w == "but" || w == "while" || w == "as" {
			continue
		}
		return x.toks[j].cls&lxPronoun != 0
	}
	return false
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
