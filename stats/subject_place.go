package stats

// placeFigureNouns name the figures of an economy that a text gives for a
// place with "in": "growth in Latin America", "inflation in the euro
// zone" (not "investment in Canada": its destination).
var placeFigureNouns = map[string]bool{
	"growth": true, "inflation": true, "unemployment": true, "gdp": true, "gnp": true,
	"output": true, "prices": true, "demand": true, "consumption": true, "wages": true,
	"productivity": true,
}

// placeOfFigure returns the place named right after the figure noun that
// opens claim q's clause, "Growth in Latin America slowed to 5.1%",
// "Inflation in the euro zone rose to 2.2%": the figure is that place's,
// a region's too (elsewhere a region after "in" is where a firm or a
// country sells). Nil when another entity stands between the place and
// the figure.
func (x *extractor) placeOfFigure(q *quantity, s sentence) *mention {
	if !x.firmFacts(s).placeIn {
		return nil
	}
	g := &x.g
	cl := x.clauseOf[q.a]
	for k := max(s.a, int(x.clauseStart[q.a])); k < q.a-2; k++ {
		t := &x.toks[k]
		if t.kind == tPunct && t.text == "," && k == s.a+1 {
			continue // "However, total output across the Euro zone"
		}
		if x.cover[k] != 0 || t.kind != tWord || k > s.a && isUpper(t.text) || t.cls&lxVerbLike != 0 {
			// "Chinese growth in Canada": whose it is, the text said
			// first; "Marks & Spencer has cut prices in London": the
			// noun does not open the clause
			return nil
		}
		if !placeFigureNouns[g.word(k)] || g.word(k+1) != "in" && g.word(k+1) != "across" {
			continue // ("total output across the Euro zone")
		}
		j := k + 2
		if g.word(j) == "the" {
			j++
		}
		m := x.mentionAt(j, s)
		if m == nil || m.a != j || m.ent.Kind == KindName || m.poss || m.form == FormCapital || x.clauseOf[j] != cl {
			return nil // (not "prices in Asia's third-largest economy", "prices in London")
		}
		switch g.word(m.b) {
		case "country", "nation", "economy", "state", "city":
			return nil // "growth in the North American country"
		}
		for t := m.b; t < q.a; t++ {
			if x.cover[t] != 0 || x.inClaim[t] || x.toks[t].cls&lxMetricHead != 0 {
				return nil // "growth in Asia and 2% in Japan", "prices in China rose and exports surged 48.5 percent"
			}
		}
		return m
	}
	return nil
}

// agentWords are the participles of a plan or payment whose agent, after
// "by", owns the figure: "the 6,000 billion yen package announced by the
// Japanese government".
var agentWords = map[string]bool{
	"announced": true, "unveiled": true, "approved": true, "proposed": true, "introduced": true,
	"launched": true, "offered": true, "pledged": true, "promised": true, "granted": true,
	"provided": true, "adopted": true, "planned": true,
}

// agentOfFigure returns the country whose government is the agent of the
// figure right before it: "the 6,000 billion yen package announced
// recently by the Japanese government", "a 2 billion dlr loan approved by
// the Brazilian authorities". Nil when the agent is not a country's
// government.
func (x *extractor) agentOfFigure(q *quantity, s sentence) *mention {
	if q.unit != UnitMoney {
		return nil // plans, packages, loans and payments are money
	}
	g := &x.g
	by := -1 // "by" within the figure's noun phrase and participle
	for k := q.b; k < s.b && k < q.b+6; k++ {
		if g.word(k) == "by" {
			by = k
			break
		}
	}
	if by < 0 {
		return nil
	}
	p := by - 1
	if w := g.word(p); w == "recently" || w == "earlier" {
		p--
	}
	if p < q.b || !agentWords[g.word(p)] {
		return nil
	}
	for k := q.b; k < p; k++ {
		if t := &x.toks[k]; t.kind != tWord || t.cls&(lxVerbLike|lxFunction|lxPrep) != 0 {
			return nil // only the figure's noun before the participle: "package", "stimulus plan"
		}
	}
	k := by + 1
	if g.word(k) == "the" {
		k++
	}
	m := x.mentionAt(k, s)
	if m == nil || m.a != k || m.ent.Kind != KindCountry {
		return nil
	}
	switch g.word(m.b) {
	case "government", "authorities", "administration", "cabinet", "ministry", "treasury", "state":
		return m
	}
	return nil
}

// memberOf returns the bloc or region a count of members describes in a
// compound right before its name: "the 12-member eurozone bloc", "the
// 10-nation ASEAN bloc".
func (x *extractor) memberOf(q *quantity, s sentence) *mention {
	if q.unit != UnitCount && q.unit != UnitNumber {
		return nil
	}
	k, w := x.memberCompound(q)
	if w == "" {
		return nil
	}
	m := x.mentionAt(k+1, s)
	if m == nil || m.a != k+1 || m.ent.Kind == KindName || m.ent.Kind == KindCountry {
		return nil
	}
	return m
}

// memberCompound returns the token and word of a member noun glued to
// figure q by a hyphen ("12-member", "10-nation"), or "".
func (x *extractor) memberCompound(q *quantity) (int, string) {
	g := &x.g
	if !g.gluedHyphen(q.b) {
		return 0, ""
	}
	switch w := g.word(q.b + 1); w {
	case "member", "nation", "country":
		return q.b + 1, w
	}
	return 0, ""
}

// placeThere returns the place "there" refers to when it follows the noun
// of claim q's figure in its clause ("The weakness of the West German
// economy is the biggest factor, with import growth there expected to
// feature a sluggish 3.5 pct growth"): the last country or region named
// before it, in its sentence or the one before. Not the "there" of "there
// are 16 million".
func (x *extractor) placeThere(q *quantity, si int, s sentence) *mention {
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k > s.a && k >= q.a-10 && x.clauseOf[k] == cl; k-- {
		if x.g.word(k) != "there" {
			continue
		}
		if x.toks[k-1].cls&lxMetricHead == 0 {
			return nil // "where there are 16 million": no figure's place
		}
		lo := x.sentM[max(0, si-1)][0]
		for i := x.sentM[si][1] - 1; i >= lo; i-- {
			m := &x.mentions[i]
			if m.a < k && (m.ent.Kind == KindCountry || m.ent.Kind == KindRegion) && !m.non && !m.source {
				return m
			}
		}
		return nil
	}
	return nil
}

// originSubject returns the country a clause's opening people come from:
// "Inventors from China filed the second-largest number of PCT filings",
// "Tourists from Japan spent 5 percent more". The place after "from" is
// whose figure it is, though it stands in a prepositional phrase.
func (x *extractor) originSubject(q *quantity, s sentence) *mention {
	g := &x.g
	a := int(x.clauseStart[q.a])
	if a < s.a {
		a = s.a
	}
	k := a
	if g.word(k) == "the" {
		k++
	}
	w := g.word(k)
	if len(w) < 4 || w[len(w)-1] != 's' || x.toks[k].cls&(lxFunction|lxVerbLike|lxMetricHead) != 0 || x.cover[k] != 0 || g.word(k+1) != "from" {
		return nil
	}
	m := x.mentionAt(k+2, s)
	if m == nil || m.a != k+2 || m.ent.Kind != KindCountry && m.ent.Kind != KindRegion || m.b >= q.a || m.poss || sourceNouns[w] {
		return nil // (not "Reports from Russia say", "comments from India's exporter")
	}
	return m
}

// sourceNouns say where news comes from, not whose figures it gives.
var sourceNouns = map[string]bool{
	"reports": true, "comments": true, "figures": true, "officials": true, "sources": true,
	"analysts": true, "statements": true, "news": true, "data": true, "estimates": true,
}
