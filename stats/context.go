package stats

import (
	"strings"
	"unicode/utf8"
)

// homeDollar reports whether code is a dollar the press of its country
// writes as plain "dollars": a bare "dlrs" in a story on Australia is the
// Australian dollar. (Taiwan, Hong Kong and Singapore stories name their
// own dollar, "Taiwan dlrs", and write trade and reserves in US dollars.)
func homeDollar(code string) bool {
	switch code {
	case "AUD", "CAD", "NZD":
		return true
	}
	return false
}

// articleContext carries what one sentence leaves for the next.
type articleContext struct {
	main    *Entity // what the article is about (title or lead)
	current *Entity // subject of the latest sentence that named one
	dollar  string  // the dollar a bare "dlrs" is, when not USD
	// periods: the reference date (the article's, or inferred from the
	// text: inferNow), whether it is a day, and the period the article is
	// discussing
	now    [3]int
	nowDay bool
	period Period
	// byDomain is the latest period of each domain of indicators, and the
	// sentence it was set in
	byDomain [domains]domainPeriod
	// the latest indicator, and the latest of a balance ("the deficit")
	lastInd, balance Indicator
	// the owner of the trade the latest sentence gave partners' shares of,
	// and that sentence (counterpartFor)
	shareOwner string
	shareSent  int
	// topic is the balance the article's words are mostly about (trade,
	// the budget, the money market), for a bare "deficit"; set on first use
	topic Indicator
}

// topicWords are the words that make an article about one kind of balance.
var topicWords = map[string]Indicator{
	"trade": IndTradeBalance, "exports": IndTradeBalance, "imports": IndTradeBalance,
	"export": IndTradeBalance, "import": IndTradeBalance, "tariffs": IndTradeBalance,
	"tariff": IndTradeBalance, "protectionism": IndTradeBalance,
	"budget": IndBudgetBalance, "fiscal": IndBudgetBalance, "tax": IndBudgetBalance,
	"taxes": IndBudgetBalance, "spending": IndBudgetBalance, "expenditure": IndBudgetBalance,
	"revenues": IndBudgetBalance, "borrowing": IndBudgetBalance,
	"liquidity": IndMoneyCredit, "assistance": IndMoneyCredit, "repurchase": IndMoneyCredit,
	"money-market": IndMoneyCredit, "treasury": IndMoneyCredit, "bills": IndMoneyCredit,
}

// lxTopic marks the topic words and "market" ("money market"), the only
// words topicBalance looks up.
const lxTopic lexClass = 1 << 44

func init() {
	lexPartSets[lxTopic] = func() []string {
		words := []string{"market"}
		for w := range topicWords {
			words = append(words, w)
		}
		return words
	}
}

// topicBalance returns the balance a bare "deficit" or "shortfall" of the
// article most likely is, by the words the article uses most: "the
// deficit, which totaled 221 billion dlrs" in a story about taxes and
// spending is the budget's; "today's shortfall" in a story about the money
// market and the Bank's assistance is the market's.
func (c *articleContext) topicBalance(x *extractor) Indicator {
	if c.topic != "" {
		return c.topic
	}
	var n [3]int
	kinds := [3]Indicator{IndTradeBalance, IndBudgetBalance, IndMoneyCredit}
	for k := range x.toks {
		if x.toks[k].cls&lxTopic == 0 {
			continue // not a topic word, nor "market"
		}
		w := x.g.word(k)
		ind, ok := topicWords[w]
		if w == "market" && x.g.word(k-1) == "money" {
			ind, ok = IndMoneyCredit, true
		}
		if !ok {
			continue
		}
		for i, kind := range kinds {
			if kind == ind {
				n[i]++
			}
		}
	}
	c.topic = IndTradeBalance
	best := n[0]
	for i := 1; i < 3; i++ {
		if n[i] > best {
			c.topic, best = kinds[i], n[i]
		}
	}
	return c.topic
}

// noteIndicator records the indicator of the latest claim.
func (c *articleContext) noteIndicator(ind Indicator) {
	switch ind {
	case "", IndOther:
		return
	case IndTradeBalance, IndCurrentAccount, IndBalanceOfPayments, IndBudgetBalance:
		c.balance = ind
	}
	c.lastInd = ind
}

// domainPeriod is the latest period of one domain.
type domainPeriod struct {
	p    Period
	sent int
}

// A domain groups indicators whose figures an article reports for the
// same periods: the external accounts, the labour market, output and
// prices, money and markets, public finance.
type domain uint8

const (
	domNone domain = iota
	domExternal
	domLabour
	domOutput
	domMoney
	domPublic
	domains
)

// domainOf returns the domain of an indicator.
func domainOf(ind Indicator) domain {
	switch ind {
	case IndExports, IndImports, IndTrade, IndTradeBalance, IndTradeShare, IndCurrentAccount,
		IndBalanceOfPayments, IndReserves, IndFDI, IndExternalDebt, IndShareOfWorldTrade:
		return domExternal
	case IndEmployment, IndUnemployment, IndWages:
		return domLabour
	case IndGDP, IndGDPPerCapita, IndIndustrialOutput, IndConsumption, IndInvestment,
		IndInflation, IndCommodityOutput, IndCommodityPrice, IndShareOfWorldGDP, IndPopulation:
		return domOutput
	case IndInterestRate, IndMoneyCredit, IndStockMarket, IndExchangeRate:
		return domMoney
	case IndBudgetBalance, IndGovernmentSpending, IndGovernmentRevenue, IndGovernmentDebt:
		return domPublic
	}
	return domNone
}

// setDomainPeriod records the latest period of a domain, set in sentence si.
func (c *articleContext) setDomainPeriod(d domain, p Period, si int) {
	c.byDomain[d] = domainPeriod{p, si + 1}
}

// domainSet reports whether sentence si already set the domain's period.
func (c *articleContext) domainSet(d domain, si int) bool { return c.byDomain[d].sent == si+1 }

// periodFor returns the period a figure of domain d without one of its
// own takes: the latest period of its domain ("the unemployment rate
// edged up" after June's jobs figures, not the quarter of the GDP figures
// between them), else the one the article is discussing.
func (c *articleContext) periodFor(d domain) Period {
	if d != domNone && !c.byDomain[d].p.IsZero() {
		return c.byDomain[d].p
	}
	return c.period
}

func (c *articleContext) init(x *extractor, a *Article) {
	if p, ok := ParsePeriod(a.Date); ok && p.kind != pSpan && p.kind != pFiscal {
		c.now, _ = p.bounds()
		c.nowDay = p.kind == pDay
		if p.kind == pYear {
			c.now = [3]int{p.y, 12, 31} // a year only: its end
		}
	} else {
		c.now = x.inferNow()
	}
	// the article's main entity: the most named one, subject positions and
	// the title counting more; countries and blocs before organisations
	sc := &x.ms.score
	defer sc.reset() // keeps no entity (nor article text) alive in the pool
	titleEnd := -1
	if len(x.sents) > 0 && x.sents[0].end < len(x.g.text) && x.sents[0].b-x.sents[0].a < 25 {
		titleEnd = 0 // the first sentence is a headline
	}
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.ent.Kind == KindRegion || m.non {
			continue
		}
		w := 1.0
		if !m.prep {
			w = 2
		}
		if m.sent <= titleEnd || m.sent <= 1 && !m.prep {
			w += 3
		}
		if m.ent.Kind == KindOrg && !(titleEnd >= 0 && x.namedInHeadline(m.ent) && hasMembers(m.ent)) {
			// (an organisation of member countries the headline names is
			// what the story is about: "OECD TRADE, GROWTH SEEN SLOWING IN
			// 1987"; not a central bank's or an agency's story on its
			// country)
			w /= 2
		}
		sc.add(m.ent, w)
	}
	// the headline names what the article is about ("TAIWAN FURTHER
	// RELAXES IMPORT CURBS"); JSON articles keep it outside the text
	if a.Title != "" && !strings.HasPrefix(a.Text, a.Title) {
		x.titleToks = tokenize(a.Title, x.titleToks)
		words := x.titleWords[:0]
		for _, t := range x.titleToks {
			if t.kind == tWord {
				words = append(words, t.text)
			} else {
				words = append(words, "")
			}
		}
		x.titleWords = words
		for i := 0; i < len(words); i++ {
			// (most title words are capitalised words of no class: no
			// call for them)
			if t := &x.titleToks[i]; words[i] == "" || t.cls&(lxGazLower|lxGazRoot|lxNotPlain) == 0 && t.text[0] < utf8.RuneSelf || !gazCandidate(t) {
				continue
			}
			if m, ok := MatchEntity(words, i); ok {
				if m.Entity.Kind != KindRegion {
					sc.add(m.Entity, 6)
				}
				i += m.Words - 1
			}
		}
	}
	c.main = sc.best()
	c.current = c.main
	x.partnerModifiers(c.main)
	c.dollar = ""
	if c.main != nil && homeDollar(c.main.Currency) {
		c.dollar = c.main.Currency
	}
}

// namedInHeadline reports whether entity e is named in the article's
// first sentence when that is a headline (its mentions come first).
func (x *extractor) namedInHeadline(e *Entity) bool {
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.sent > 0 {
			return false
		}
		if m.ent == e {
			return true
		}
	}
	return false
}

// hasMembers reports whether e is an organisation of member countries
// (the OECD), whose own figures are the aggregates of its members.
func hasMembers(e *Entity) bool {
	_, ok := BlocByName(e.Name)
	return ok
}

func atoiSafe(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// partnerModifiers marks as partners, not subjects, the mentions that
// modify a two-sided noun in an article about a country: "EU exports rose
// 2%" in a story on British trade are Britain's exports to the EU; a bloc
// or region does not export as one there. The entities of a pair ("the
// US-China trade dispute") modify their noun too.
func (x *extractor) partnerModifiers(main *Entity) {
	g := &x.g
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.prep || m.poss {
			continue
		}
		// "US-China", "China-Europe": a pair before a noun
		if i+1 < len(x.mentions) {
			if n := &x.mentions[i+1]; n.sent == m.sent && n.a == m.b+1 && g.gluedHyphen(m.b) {
				m.prep, n.prep = true, true
				continue
			}
		}
		// "Asian American unemployment": the last adjective is the entity
		if i+1 < len(x.mentions) {
			if n := &x.mentions[i+1]; n.sent == m.sent && n.a == m.b && m.form == FormAdjective {
				m.prep = true
				continue
			}
		}
		if main == nil || main.Kind != KindCountry || m.ent == main {
			continue
		}
		if m.ent.Kind != KindBloc && m.ent.Kind != KindRegion {
			continue
		}
		switch g.word(m.b) {
		case "exports", "imports", "trade", "deficit", "surplus", "shortfall":
			m.prep, m.partner = true, true
		}
	}
}
