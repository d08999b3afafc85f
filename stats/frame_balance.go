package stats

// Balances: a bare "deficit" or "surplus" takes what is balanced from the
// words around it, the clause or the article (indicatorOfClaim).

// balanceBefore returns the token of a balance word that heads claim q's
// clause before it ("The country's surplus on trade-in-services remained
// steady at £1.5bn"), qualified by "on" or "in" after it or by an
// account before it, or -1.
func (x *extractor) balanceBefore(q *quantity, s sentence) int {
	if !x.sentenceHas(s, cueBalance) {
		return -1 // (the clause is in the sentence)
	}
	g := &x.g
	a := max(int(x.clauseStart[q.a]), q.a-20)
	for k := a; k < q.a; k++ {
		if !g.is(k, lxBalance) {
			continue
		}
		if w := g.word(k + 1); w == "on" || w == "in" && !x.isPeriodStart(k+2) {
			return k
		}
		return -1
	}
	return -1
}

// isPeriodStart reports whether a period of the sentence starts at k.
func (x *extractor) isPeriodStart(k int) bool {
	_, ok := pmAt(x.sentPMs, k)
	return ok
}

// balanceIndicator settles a balance ("the deficit", "a 42 mln dlr
// surplus") whose word is at token k (or -1): by its qualifier in the
// phrase ("merchandise trade", "capital account"), after it ("surplus on
// invisibles"), after the claim ("104 mln dlrs on the balance of goods and
// services") or in its clause ("Official capital transactions showed a
// surplus"), else the last balance the article spoke of, else a trade
// balance. Only balances qualify: "with imports rising, the deficit rose"
// is no figure of imports.
func (x *extractor) balanceIndicator(phrase string, k int, q *quantity, s sentence, ctx *articleContext) Indicator {
	if ind := balanceOf(phrase); ind != "" {
		return ind
	}
	g := &x.g
	if k >= 0 {
		// "the U.S. merchandise trade deficit on a balance of payments basis"
		if lo := max(s.a, k-3); lo < k {
			if ind := x.firstSpan(lo, k-1, k, true); ind != "" {
				return ind
			}
		}
	}
	on := func(j int) Indicator {
		if w := g.word(j); w == "on" && g.word(j+1) == "a" {
			return "" // "on a balance of payments basis": how it is measured
		}
		if w := g.word(j); w == "on" || w == "in" {
			if np := x.longNounPhrase(j+1, s); np != "" {
				if ind := balanceOf(np + " " + g.word(k)); ind != "" {
					return ind
				}
				return balanceOf(np)
			}
		}
		return ""
	}
	if k >= 0 {
		if ind := on(k + 1); ind != "" {
			return ind
		}
	}
	if ind := on(q.b); ind != "" {
		return ind
	}
	// a qualifier in the clause, nearest first
	cl := x.clauseOf[q.a]
	for d := 1; d < 20; d++ {
		for _, j := range [2]int{q.a - d, q.b - 1 + d} {
			if j < s.a || j >= s.b || x.clauseOf[j] != cl || x.inClaim[j] {
				continue
			}
			w := g.word(j)
			if w == "" || functionWords[w] {
				continue
			}
			if ind := x.firstSpan(max(s.a, j-3), j, j, true); ind != "" {
				return ind
			}
		}
	}
	// what the clause's subject is: "Trade should show a one billion franc surplus"
	for j := max(s.a, int(x.clauseStart[q.a])); j < q.a; j++ {
		if x.clauseOf[j] == cl && !x.inClaim[j] && g.word(j) == "trade" && !x.tradeVerb(j) {
			return IndTradeBalance
		}
		if g.is(j, lxVerbLike) {
			break
		}
	}
	if ctx.balance != "" {
		return ctx.balance
	}
	return ctx.topicBalance(x)
}

// longNounPhrase is nounPhrase with the phrases of "of" and "and" after
// it: "the balance of goods and services" → "balance of goods and
// services".
func (x *extractor) longNounPhrase(k int, s sentence) string {
	np := x.nounPhrase(k, s)
	if np == "" {
		return ""
	}
	j := k
	for j < s.b && j < k+12 {
		w := x.g.word(j)
		if w == "of" || w == "and" {
			if rest := x.nounPhrase(j+1, s); rest != "" {
				np += " " + w + " " + rest
				j += 2
				for j < s.b && x.g.word(j) != "" && x.g.word(j) != "of" && x.g.word(j) != "and" && !functionWords[x.g.word(j)] {
					j++
				}
				continue
			}
			break
		}
		if w == "" || functionWords[w] && w != "the" {
			break
		}
		j++
	}
	return np
}

// balanceOf returns the indicator of a phrase if it is a balance (trade
// balance, current account, balance of payments, budget balance), or "".
func balanceOf(p string) Indicator {
	switch ind := indicatorOf(p); ind {
	case IndTradeBalance, IndCurrentAccount, IndBalanceOfPayments, IndBudgetBalance:
		return ind
	}
	return ""
}
