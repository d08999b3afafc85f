package stats

import "strings"

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
		case "continent", "continent's":
			kind, at = KindRegion, k // "the continent is home to 1.3 billion": Africa
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
