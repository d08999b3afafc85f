package stats

import "strings"

// The frame of a claim, stage after stage: subject, change, metric,
// indicator and counterpart, outlook, period. (Running each stage over
// every claim of the sentence before the next stage was measured, and
// does not pay: a claim's frame rules stay in the instruction cache for
// the next claim of its sentence anyway; what evicts them is the code
// run between two sentences with claims, which is why findAllClaims
// works ahead of them.)

// claim builds claim qi of sentence si with its frame in c, in place (a
// Claim is some 400 bytes): cleared, then set field by field, as a
// composite literal would be built on the stack and copied.
func (x *extractor) claim(c *Claim, a *Article, qi, si int, s sentence, ctx *articleContext) {
	q := &x.qs[qi]
	text := a.Text
	if s.end-s.start > maxSentence {
		x.stext = x.sentenceWindow(q, s)
	} else if x.stext == "" { // (findAllClaims has folded it)
		x.stext = foldTokens(text, x.toks[s.a:s.b])
	}
	*c = Claim{}
	c.Text = text[x.toks[q.a].start:x.toks[q.b-1].end]
	c.Start, c.End = a.Base+x.toks[q.a].start, a.Base+x.toks[q.b-1].end
	c.Value, c.Unit, c.UnitName, c.Approx, c.Item = q.value, q.unit, q.unitName, q.approx, q.item
	c.Sentence = x.stext
	c.Article, c.Title, c.Source, c.Publisher, c.Date = a.ID, a.Title, a.Source, a.Publisher, a.Date
	if q.hasMax {
		m := q.max
		c.Max = &m
	}
	if c.Unit == UnitMoney {
		c.Currency = q.currency
	}
	x.carried = false
	c.Subject = x.subjectFor(q, si, s, ctx)
	if e := x.subjectEntity(c.Subject); c.Subject == "" || e != nil && e.Kind != KindName {
		// "Shares in Umbro were up 1.76%" in a story that named the UK
		// last: the firm whose shares they are, not a place
		if name := x.shareOwner(q, s); name != "" {
			c.Subject, x.carried = name, false
		}
	}
	c.Change = x.changeFor(q, s)
	c.Metric = x.paymentsScope(x.metricFor(q, s, c), s)
	raw := c.Metric
	if c.Metric != "" {
		// one name for one measure: the vocabulary compare groups by
		c.Metric = x.canonicalMetric(c.Metric)
	}
	if c.Metric == "" && x.links[qi].base && !x.changeInNamed(q) {
		c.Metric = x.lastMetric // "rose to 2.73 bln from 2.02 bln": the same metric
	}
	if c.Metric == "" && x.levelAfterChange(qi) {
		c.Metric, raw = x.lastMetric, x.lastMetric // "and 136 percent to $5 billion": the level of the same metric
	}
	if x.appendedChange(q) && x.firstMetric != "" {
		// "spending reached 2 trillion yuan, accounting for 2.18 percent of
		// its GDP, up 11.6 percent from 2017": the sentence's figure rose
		c.Metric, raw = x.firstMetric, x.firstMetric
	}
	if c.Metric != "" {
		x.lastMetric = c.Metric
		if x.firstMetric == "" {
			x.firstMetric = c.Metric
		}
	}
	if x.g.word(q.b) == "of" && x.partOfNext(qi) { // (its first test, here: nearly every claim fails it)
		// "68 bln dlrs of its 109 bln dlr debt": a part, not the whole
		c.Metric = strings.TrimSpace("part of " + c.Metric)
	}
	c.Indicator = x.indicatorFor(c, raw, qi, s, ctx)
	c.Counterpart = x.counterpartFor(qi, si, s, c, ctx)
	if c.Indicator == IndInvestment && c.Counterpart != "" {
		c.Indicator = IndFDI // "Chinese investment in Canada"
	}
	if c.Indicator == IndReserves && x.commodityWords(s) {
		c.Indicator = IndCommodityOutput // "sold U.S. reserves totaling 1.3 billion dlrs" of oil and gas
	}
	if c.Indicator == IndTradingPartnerRank && c.Counterpart == "" {
		c.Indicator = x.worldRank(q) // "the third-largest exporter of tin in the world"
	}
	if nationalAccount(c.Indicator) && c.Subject != "" {
		if _, known := EntityByName(c.Subject); !known {
			// "Keating's revised current account deficit forecast": a
			// person's or a firm's name is never whose current account it
			// is; the country the article is about is
			c.Subject = ""
			if ctx.current != nil && ctx.current.Kind == KindCountry {
				c.Subject, x.carried = ctx.current.Name, true
			}
		}
		if strings.EqualFold(c.Counterpart, c.Subject) {
			c.Counterpart = "" // never its own partner: "the Central Bank ... 80.7 mln dlrs worth of Philippine debt"
		}
	}
	ctx.noteIndicator(c.Indicator)
	x.indicators[qi] = c.Indicator
	x.counterparts[qi] = c.Counterpart
	if c.Counterpart != "" {
		x.prevCP.sent, x.prevCP.ind, x.prevCP.subject, x.prevCP.name = si, c.Indicator, c.Subject, c.Counterpart
	}
	c.Outlook = x.outlookOf(qi, s, c, ctx)
	x.outlooks[qi] = c.Outlook
	p, periodCarried := x.periodOf(qi, c.Outlook, c.Indicator, ctx)
	c.Period = p.String()
	switch {
	case x.carried && periodCarried:
		c.Carried = "subject,period"
	case x.carried:
		c.Carried = "subject"
	case periodCarried:
		c.Carried = "period"
	}
}

// nationalAccount reports whether figures of ind are only ever a country's
// (or a bloc's): its balance of payments, current account, external debt.
func nationalAccount(ind Indicator) bool {
	return ind == IndCurrentAccount || ind == IndBalanceOfPayments || ind == IndExternalDebt
}

// partOfNext reports whether claim qi is a part of the figure after it:
// "68 bln dlrs of its 109 bln dlr debt", "1.2 billion of a total 5
// billion".
func (x *extractor) partOfNext(qi int) bool {
	q := &x.qs[qi]
	if x.g.word(q.b) != "of" || q.unit != UnitMoney && q.unit != UnitCount {
		return false
	}
	for n := qi + 1; n < len(x.qs); n++ {
		if x.qs[n].skip {
			continue
		}
		if x.qs[n].a > q.b+4 || x.qs[n].unit != q.unit {
			return false
		}
		for k := q.b + 1; k < x.qs[n].a; k++ {
			switch x.g.word(k) {
			case "its", "their", "the", "a", "an", "total", "his", "her":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// levelAfterChange reports whether claim qi is the level after "to" that
// a change claim right before it reached: "rising 158 percent to $5.6
// billion and 136 percent to $5 billion".
func (x *extractor) levelAfterChange(qi int) bool {
	if qi == 0 || x.qs[qi-1].skip {
		return false
	}
	p, q := &x.qs[qi-1], &x.qs[qi]
	return (p.unit == UnitPercent || p.change != NoChange) && q.a == p.b+1 && x.g.word(p.b) == "to"
}

// appendedChange reports whether q is a change appended to its sentence
// after a comma, "..., up 11.6 percent from 2017", which is said of the
// sentence's main figure.
func (x *extractor) appendedChange(q *quantity) bool {
	switch x.g.word(q.a - 1) {
	case "up", "down":
		return x.g.isPunct(q.a-2, ",")
	}
	return false
}
