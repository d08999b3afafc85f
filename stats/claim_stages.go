package stats

import "strings"

// The claims of a sentence are built stage by stage, each stage for every
// claim of the sentence before the next stage starts: first what the
// figure says (subject, change, metric), then what kind of statistic it is
// (indicator, counterpart), then when (outlook, period). The frame rules
// are far more code than the processor's instruction cache holds; run
// claim by claim, each claim fetched all of it again, where a stage's code
// now stays in the cache for the sentence's next claims.
//
// The answers are those of building each claim whole in turn: a stage
// reads of the other claims only what the same or an earlier stage wrote
// (the indicators and counterparts of the claims before, the last
// metric, the outlooks of the claims before), never what a later stage
// writes.

// claimScratch holds, per claim of the sentence, what one stage hands to
// a later one.
type claimScratch struct {
	raw     []string // the metric phrase before it was made canonical
	carried []bool   // the subject came from an earlier sentence
}

// claims appends the claims of sentence si (the quantities x.qs that are
// claims) to out, with their frames.
func (x *extractor) claims(out []Claim, a *Article, si int, s sentence, ctx *articleContext) []Claim {
	first := len(out)
	x.cs.raw, x.cs.carried = x.cs.raw[:0], x.cs.carried[:0]
	for qi := range x.qs {
		x.cs.raw, x.cs.carried = append(x.cs.raw, ""), append(x.cs.carried, false)
		if !x.qs[qi].skip {
			if len(out) < cap(out) {
				out = out[:len(out)+1] // claimWhat sets the whole Claim: no need to zero it first
			} else {
				out = append(out, Claim{})
			}
			x.claimWhat(&out[len(out)-1], a, qi, si, s, ctx)
		}
	}
	for qi, i := 0, first; qi < len(x.qs); qi++ {
		if !x.qs[qi].skip {
			x.claimKind(&out[i], qi, si, s, ctx)
			i++
		}
	}
	for qi, i := 0, first; qi < len(x.qs); qi++ {
		if !x.qs[qi].skip {
			x.claimWhen(&out[i], qi, s, ctx)
			i++
		}
	}
	return out
}

// claimWhat builds claim qi of sentence si in c (in place: a Claim is
// some 350 bytes), with its subject, change and metric.
func (x *extractor) claimWhat(c *Claim, a *Article, qi, si int, s sentence, ctx *articleContext) {
	q := &x.qs[qi]
	text := a.Text
	if s.end-s.start > maxSentence {
		x.stext = x.sentenceWindow(q, s)
	} else if x.stext == "" {
		x.stext = foldTokens(text, x.toks[s.a:s.b])
	}
	if q.scaled {
		q.value, q.max = tidy(q.value), tidy(q.max)
	}
	*c = Claim{
		Text:      text[x.toks[q.a].start:x.toks[q.b-1].end],
		Start:     a.Base + x.toks[q.a].start,
		End:       a.Base + x.toks[q.b-1].end,
		Value:     q.value,
		Unit:      q.unit,
		UnitName:  q.unitName,
		Approx:    q.approx,
		Item:      q.item,
		Sentence:  x.stext,
		Article:   a.ID,
		Title:     a.Title,
		Source:    a.Source,
		Publisher: a.Publisher,
		Date:      a.Date,
	}
	if q.hasMax {
		m := q.max
		c.Max = &m
	}
	if c.Unit == UnitMoney {
		c.Currency = q.currency
	}
	x.carried = false
	c.Subject = x.subjectFor(q, si, s, ctx)
	x.cs.carried[qi] = x.carried
	c.Change = x.changeFor(q, s)
	c.Metric = x.metricFor(q, s, c)
	raw := c.Metric
	if c.Metric != "" {
		// one name for one measure: the vocabulary compare groups by
		c.Metric = x.canonicalMetric(c.Metric)
	}
	if c.Metric == "" && x.links[qi].base {
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
	if x.partOfNext(qi) {
		// "68 bln dlrs of its 109 bln dlr debt": a part, not the whole
		c.Metric = strings.TrimSpace("part of " + c.Metric)
	}
	x.cs.raw[qi] = raw
}

// claimKind sets the indicator and counterpart of claim qi (c, built by
// claimWhat).
func (x *extractor) claimKind(c *Claim, qi, si int, s sentence, ctx *articleContext) {
	q := &x.qs[qi]
	c.Indicator = x.indicatorFor(c, x.cs.raw[qi], qi, s, ctx)
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
				c.Subject, x.cs.carried[qi] = ctx.current.Name, true
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
}

// claimWhen sets the outlook and period of claim qi (c, built by
// claimWhat and claimKind), and what of its frame was carried.
func (x *extractor) claimWhen(c *Claim, qi int, s sentence, ctx *articleContext) {
	c.Outlook = x.outlookOf(qi, s, c, ctx)
	x.outlooks[qi] = c.Outlook
	p, periodCarried := x.periodOf(qi, c.Outlook, c.Indicator, ctx)
	c.Period = p.String()
	switch carried := x.cs.carried[qi]; {
	case carried && periodCarried:
		c.Carried = "subject,period"
	case carried:
		c.Carried = "subject"
	case periodCarried:
		c.Carried = "period"
	}
}

// hasClaims reports whether any quantity of the sentence (x.qs) is a claim.
func (x *extractor) hasClaims() bool {
	for qi := range x.qs {
		if !x.qs[qi].skip {
			return true
		}
	}
	return false
}

// quietSentence does for sentence si, which has no claims, what the
// sentences after it read of it: its subject becomes the current one, and
// a period it opens with the article's ("November saw an improvement").
// (Half the sentences have no claims: they skip the frame rules' setup,
// whose code would evict the rules from the instruction cache.)
func (x *extractor) quietSentence(si int, s sentence, ctx *articleContext) {
	x.sentencePMs(si)
	x.sentA = s.a
	if e := x.sentenceSubject(si); e != nil {
		ctx.current = e
	}
	x.openingPeriod(ctx)
}
