package stats

// More outlook rules: what an actor means to do with money or goods.

// intendedOutlook returns Target for claim q when it is what its subject
// means to spend, buy or import: "Huawei to spend $2b on cybersecurity",
// "its plan was to buy more than 10,000 smartphones", "it plans to ...
// import $17.24 billion worth of goods" (a verb of spendVerbs or "import"
// after "to", the figure within five words of it) when a plan, an
// intention or "is to" comes before "to", or a name opens a headline
// (not "used to buy", "forced BHP to import", "an option to purchase").
// Other claims keep Actual.
func (x *extractor) intendedOutlook(q *quantity, s sentence) Outlook {
	g := &x.g
	if isDuration(q) {
		return Actual // "plan to spend five years enhancing exports"
	}
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k > s.a && k >= q.a-6 && x.clauseOf[k] == cl; k-- {
		w := g.word(k)
		if !spendVerbs[w] && w != "import" {
			if x.inClaim[k] || x.toks[k].cls&(lxVerbLike|lxModal) != 0 {
				return Actual // not across another figure or verb
			}
			continue
		}
		j := k - 1
		if g.word(j) == "also" {
			j--
		}
		if g.word(j) != "to" || j <= s.a {
			return Actual
		}
		switch g.word(j - 1) {
		case "plans", "plan", "planned", "planning", "intends", "intend", "decided", "is", "was", "are":
			return Target
		}
		if j-1 <= s.a+4 && isUpper(x.toks[j-1].text) && !g.isPunct(s.b-1, ".") {
			return Target // "Huawei to spend $2b": a headline's infinitive
		}
		return Actual
	}
	return Actual
}
