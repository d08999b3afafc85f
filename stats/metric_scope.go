package stats

import (
	"strings"
)

// debtNouns name what an amount "of" them is a stock of.
var debtNouns = map[string]bool{
	"debt": true, "debts": true, "loans": true, "credits": true, "borrowings": true,
	"liabilities": true, "arrears": true,
}

// debtAfter returns the debt an amount of money is, when the words after it
// say so: "68 billion dlrs of commercial bank debt", "68 billion dlrs in
// external debt", "68 billion dlrs worth of debt", "68 billion dlrs owed to
// commercial banks" (a debt); "" otherwise.
func (x *extractor) debtAfter(q *quantity, s sentence) string {
	g := &x.g
	k := q.b
	if g.word(k) == "worth" {
		k++
	}
	if w := g.word(k); w == "needed" || w == "required" || w == "due" {
		k++
	}
	if g.word(k) == "to" && (g.word(k+1) == "service" || g.word(k+1) == "repay") {
		return "debt service" // "the 12 billion dlrs needed to service its foreign debt"
	}
	switch g.word(k) {
	case "owed":
		return "debt"
	case "of", "in":
		// "of medium- and long-term debt", "of bank and trade credit lines"
		np := x.phraseUntilHead(k+1, s)
		if i := strings.LastIndexByte(np, ' '); debtNouns[np[i+1:]] || np[i+1:] == "lines" {
			return np
		}
	}
	return ""
}

// phraseUntilHead returns the words from k up to and including the first
// metric head or debt noun, across hyphens and "and" ("medium- and
// long-term debt", "bank and trade credit lines"), without articles and
// possessives; "" if a function word or punctuation comes first.
func (x *extractor) phraseUntilHead(k int, s sentence) string {
	g := &x.g
	var wb [9]string
	words := wb[:0]
	for j := k; j < s.b && j < k+9; j++ {
		w := g.word(j)
		if g.isHyphen(j) {
			continue
		}
		if w == "" {
			break
		}
		// (the class bits of a word: functionWords, debtNouns and
		// "lines", metricHeads)
		cls := x.toks[j].cls
		if cls&lxFunction != 0 && w != "and" && w != "its" && w != "their" && w != "the" {
			break
		}
		if w != "its" && w != "their" && w != "the" {
			words = append(words, w)
		}
		if cls&lxDebtNoun != 0 || cls&lxMetricHead != 0 && w != "trade" {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// debtLender names who a debt is owed to when the words after the figure
// say so: "its 68 billion dlr debt to commercial banks", "68 billion dlrs
// of debt to private foreign banks" are "bank debt", part of a country's
// foreign debt; "4.12 billion dlrs of official debt" is "debt to official
// creditors". m is the metric so far.
func (x *extractor) debtLender(q *quantity, s sentence, m string) string {
	g := &x.g
	if strings.Contains(m, "official") {
		return "debt to official creditors"
	}
	if strings.Contains(m, "bank") {
		return "bank debt"
	}
	if x.g.word(q.b) == "owed" && x.g.word(q.b+1) == "to" && x.g.word(q.b+2) == "them" && strings.Contains(x.stext, "banks") {
		return "bank debt" // "shocked banks ... on 68 billion dlrs owed to them"
	}
	for k := q.b; k < s.b && k < q.b+8; k++ {
		switch g.word(k) {
		case "to", "owed", "with", "from":
			j := k + 1
			for n := 0; n < 4 && j < s.b; n++ {
				switch g.word(j) {
				case "banks", "bank":
					return "bank debt"
				case "the", "its", "their", "commercial", "private", "foreign", "international", "western", "creditor", "to":
					j++
					continue
				}
				break
			}
			return m
		case "", ",", "and", "but", "which":
			return m
		}
	}
	return m
}

// servicedPart reports whether an amount of debt is the part whose
// payments something is said of, not the debt: "suspended interest
// payments on 68 billion dlrs in external debt" (of a debt of 109 billion),
// unlike "payments on its 109 billion dlr debt".
func (x *extractor) servicedPart(q *quantity) bool {
	g := &x.g
	k := q.a - 1
	switch g.word(k) {
	case "on", "of":
	default:
		return false
	}
	switch g.word(k - 1) {
	case "payments", "payment", "interest", "moratorium", "servicing", "service", "repayments":
		return true
	}
	return false
}

// shareAppended reports whether a share q is appended to its sentence's
// main figure: "..., accounting for 2.18 percent of its GDP", "..., or 34.8
// percent of its GDP", "..., equal to 3 percent of GDP".
func (x *extractor) shareAppended(q *quantity) bool {
	g := &x.g
	k := q.a - 1
	switch g.word(k) {
	case "or":
		return g.isPunct(k-1, ",")
	case "for":
		switch g.word(k - 1) {
		case "accounting", "accounts", "accounted":
			return g.isPunct(k-2, ",")
		}
	case "to":
		switch g.word(k - 1) {
		case "equal", "equivalent", "amounting":
			return g.isPunct(k-2, ",")
		}
	}
	return false
}

// marketScope returns where the market a market share is of lies, as its
// sentence says: "worldwide" ("shipped 52 million smartphones worldwide",
// "the smartphone market globally"), "in China" ("China's smartphone
// market", "the market in China"); "" when it says nothing.
func (x *extractor) marketScope(s sentence) string {
	if x.scopeSent == s.a+1 {
		return x.scopeValue
	}
	x.scopeSent = s.a + 1
	x.scopeValue = x.marketScope0(s)
	return x.scopeValue
}

func (x *extractor) marketScope0(s sentence) string {
	g := &x.g
	for k := s.a; k < s.b; k++ {
		switch g.word(k) {
		case "worldwide", "globally", "global", "world's":
			return "worldwide"
		case "market":
			// "China's smartphone market": a possessive up to three words before
			for j := k - 1; j >= s.a && j >= k-4; j-- {
				if m := x.mentionAt(j, s); m != nil && m.poss && m.ent.Kind != KindName {
					return "in " + strings.ToLower(m.ent.Name)
				}
			}
			if g.word(k+1) == "in" {
				if m := x.mentionAt(k+2, s); m != nil && m.ent.Kind != KindName {
					return "in " + strings.ToLower(m.ent.Name)
				}
			}
		}
	}
	return ""
}

// unitNouns end the name of a part of a company.
var unitNouns = map[string]bool{
	"group": true, "business": true, "division": true, "unit": true, "arm": true,
	"segment": true, "branch": true, "subsidiary": true, "operations": true,
}

// businessUnit returns the part of a company a figure is about, when its
// clause names one after a possessive ("the company's consumer business
// group posted", "its carrier business recorded"), or "".
func (x *extractor) businessUnit(q *quantity, s sentence) string {
	if !x.sentenceIs(s, lxUnitNoun) {
		return "" // no unit noun in the sentence
	}
	g := &x.g
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k > s.a && k >= q.a-12 && x.clauseOf[k] == cl; k-- {
		if !g.is(k, lxUnitNoun) {
			continue
		}
		j := k
		for j > s.a && k-j < 4 && x.toks[j-1].kind == tWord && !g.is(j-1, lxFunction) {
			j--
		}
		if w := g.word(j - 1); (w == "'s" || w == "’s") && (g.word(j-2) == "company" || g.word(j-2) == "firm") || w == "its" {
			return foldLower(g.low[x.toks[j].start:x.toks[k].end])
		}
	}
	return ""
}

// paymentsScope narrows a balance of payments metric m to the account its
// sentence names with it: "the current account balance of payments
// surplus" is a current account surplus, "the balance of payments surplus
// in goods and services" a goods and services surplus (a trade balance),
// not the overall balance the bare words would file them under.
func (x *extractor) paymentsScope(m string, s sentence) string {
	// (constant suffixes: a suffix built per claim cost a string
	// concatenation each)
	kind := ""
	switch {
	case strings.HasSuffix(m, "payments surplus"):
		kind = "surplus"
	case strings.HasSuffix(m, "payments deficit"):
		kind = "deficit"
	case strings.HasSuffix(m, "payments balance"):
		kind = "balance"
	default:
		return m
	}
	g := &x.g
	for k := s.a; k+4 < s.b; k++ {
		if g.word(k) != "balance" || g.word(k+1) != "of" || g.word(k+2) != "payments" {
			continue
		}
		if g.word(k-2) == "current" && g.word(k-1) == "account" {
			return strings.TrimSuffix(m, "payments "+kind) + "current account " + kind
		}
		if w := g.word(k + 4); g.word(k+3) == kind && (w == "in" || w == "on") &&
			g.word(k+5) == "goods" && g.word(k+6) == "and" && g.word(k+7) == "services" {
			return strings.TrimSuffix(m, "payments "+kind) + "goods and services " + kind
		}
	}
	return m
}

// changeInNamed reports whether change q names what changed after it: "a
// 4.0 pct drop in factory goods orders", "a 5 pct rise in imports". Such a
// figure, linked to the one before it ("durable goods orders dropped 7.5
// pct, followed by a 4.0 pct drop in factory goods orders"), is not of that
// figure's metric.
func (x *extractor) changeInNamed(q *quantity) bool {
	switch x.g.word(q.b) {
	case "drop", "fall", "decline", "rise", "increase", "gain", "jump", "growth":
		if x.g.word(q.b+1) != "in" {
			return false
		}
		// "a 287 mln dlr rise in January", "a 2.2 pct rise in the current
		// year": a period, not what changed
		k := q.b + 2
		if w := x.g.word(k); w == "the" || w == "its" || w == "their" {
			k++
		}
		if k >= len(x.toks) || x.toks[k].kind != tWord || x.toks[k].cls&lxPeriod != 0 {
			return false
		}
		// "a 73 pct decline in the company's earnings": the noun phrase
		// is not at its start
		return k+1 >= len(x.toks) || x.toks[k+1].text != "'s" && x.toks[k+1].text != "’s"
	}
	return false
}

// partOfWhich returns the metric of claim q when it is a part "of
// which" (metricFor), and ok false when it is none.
func (x *extractor) partOfWhich(q *quantity, s sentence) (string, bool) {
	if x.g.word(q.a-2) == "of" && x.g.word(q.a-1) == "which" {
		// "exports were 2.18 billion dlrs, of which 979 mln dlrs were
		// crude": a part, named after the verb
		if w := x.g.word(q.b); w == "is" || w == "are" || w == "was" || w == "were" {
			np := x.phraseUntilHead(q.b+1, s)
			if np == "" {
				np = x.nounPhrase(q.b+1, s)
			}
			if np != "" && x.indicatorOf(np) == "" && x.lastMetric != "" {
				np += " " + x.lastMetric // "crude" of the exports: "crude exports"
			}
			if np != "" {
				return np, true
			}
		}
		if x.lastMetric != "" {
			return "part of " + x.lastMetric, true
		}
	}
	if w := x.g.word(q.b + 2); x.g.word(q.b) == "of" && x.g.word(q.b+1) == "which" && (w == "is" || w == "are" || w == "was" || w == "were") {
		// "14.46 billion dollars, 13.17 billion dollars of which is
		// medium- and long-term debt": a part, named after it
		if np := x.phraseUntilHead(q.b+3, s); np != "" {
			return np, true
		}
	}
	return "", false
}

// debtMetric returns metric m of money claim q with what its debt is
// (metricFor): debt service, a lender's debt, a part of it serviced.
func (x *extractor) debtMetric(q *quantity, s sentence, m string) string {
	if d := x.debtAfter(q, s); d != "" {
		m = d // "interest payments on 68 billion dlrs of commercial bank debt"
	}
	if strings.HasSuffix(m, "debt") || strings.HasSuffix(m, "debts") {
		m = x.debtLender(q, s, m)
		if m != "bank debt" && x.servicedPart(q) {
			m = "part of " + m
		}
	}
	return m
}

// shareMetric returns the metric of claim q, a share "of" what token
// of+1 starts (metricPhrase), and ok false when no noun phrase is there.
func (x *extractor) shareMetric(q *quantity, s sentence, of int) (string, bool) {
	g := &x.g
	if w := g.word(of + 1); (w == "that" || w == "it" || w == "this") && x.lastMetric != "" {
		return "share of " + x.lastMetric, true // "$105.2 billion in revenue, with about half of that from overseas"
	}
	if np := x.nounPhrase(of+1, s); np != "" {
		if nationalOutput[np] || nationalOutput[np[strings.LastIndexByte(np, ' ')+1:]] && !worldWide(np) {
			// ("the country's GDP", "national GDP"; not the world's)
			// "the net financing requirement was 11.0 pct of GNP": the
			// requirement, as a share of the economy
			if head := x.headBefore(q, s, 12); head != "" && (strings.Contains(head, " ") || x.indicatorOf(head) != IndGDP) {
				return head + " share of " + np, true
			}
		}
		// "spending reached 2 trillion yuan, accounting for 2.18
		// percent of its GDP", "R&D spending reached 101.5 billion
		// yuan, accounting for around 14 percent of its revenue"
		if x.firstMetric != "" && x.shareAppended(q) {
			return x.firstMetric + " share of " + np, true
		}
		return "share of " + np, true
	}
	return "", false
}

// ordinalMetric returns the metric of rank q (metricPhrase).
func (x *extractor) ordinalMetric(q *quantity, s sentence) string {
	g := &x.g
	k := q.b
	var parts []string
	if k-1 >= s.a && superlatives[g.word(k-1)] {
		parts = append(parts, g.word(k-1))
	}
	if np := x.nounPhrase(k, s); np != "" {
		parts = append(parts, np)
	}
	return strings.Join(parts, " ")
}

// indexIn returns the index named after claim q's "in" (metricPhrase),
// or "".
func (x *extractor) indexIn(q *quantity, s sentence) string {
	g := &x.g
	k := q.b + 1
	for k < s.b && k < q.b+7 && (g.word(k) == "the" || g.word(k) == "its" || g.word(k) == "their") {
		k++
	}
	for j := k; j < s.b && j < k+5 && x.toks[j].kind == tWord && !x.inClaim[j]; j++ {
		if g.word(j) == "index" {
			if k == j {
				break
			}
			return foldLower(g.low[x.toks[k].start:x.toks[j].end])
		}
		if g.is(j, lxFunction) {
			break
		}
	}
	return ""
}
