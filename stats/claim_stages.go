package stats

import (
	"slices"
	"strings"
)

// The claims of an article are built stage by stage, each stage for every
// claim of the article before the next stage starts: which figures are
// claims (with the links between them), their subjects, their changes and
// metrics, what kind of statistic each is (indicator, counterpart), and
// when (outlook, period). The frame rules are far more code than the
// processor's instruction cache holds; run claim by claim, each claim
// fetched all of it again, where a stage's code now mostly stays in the
// cache for the article's next claims.
//
// The answers are those of building each claim whole in turn, sentence by
// sentence: a stage reads of the other claims only what the same or an
// earlier stage wrote (the indicators and counterparts of the claims
// before, the last metric, the outlooks of the claims before), never what
// a later stage writes; and what a stage keeps per sentence (the links of
// its claims, the indicators, the subject current while it was read) is
// kept for the whole article (claimScratch) and put back when a later
// stage comes to the sentence (enterSentence). The outlook and the period
// stay one stage: a claim's outlook reads the period the article was
// discussing, which the periods of the sentences before set.

// claimScratch holds what one stage hands to a later one: per quantity of
// the article (x.allQs), per period it names (x.pms) and per sentence.
type claimScratch struct {
	raw          []string // the metric phrase before it was made canonical
	carried      []bool   // the subject came from an earlier sentence
	links        []claimLink
	indicators   []Indicator
	counterparts []string
	outlooks     []Outlook
	q0           int    // the current sentence's first quantity in the above
	baseOwned    []bool // per period: linkPeriods' x.baseOwned
	vague        []int32
	vagueEnd     []int32   // per sentence: its end in vague (linkPeriods' x.vagueClauses)
	current      []*Entity // per sentence: ctx.current while its claims are read
	first        []int32   // per sentence: the index in out of its first claim
	// per sentence: the answers the rules keep for the sentence they read
	// last (sentenceCues, readFacts), so that a later stage does not read
	// them again; and the sentence entered last, or -1
	facts   []sentFacts
	entered int
	// linkPeriods' scratch, kept for its capacity
	linkBuf  []claimLink
	ownedBuf []bool
	vagueBuf []int32
}

// sentFacts is what sentenceCues and readFacts read of a sentence.
type sentFacts struct {
	cuesOK, factsOK bool
	cues            sentCue
	cls             lexClass
	textCues, read  uint8
}

// keepFacts keeps what the rules read of sentence si that they keep for
// one sentence only.
func (x *extractor) keepFacts(si int) {
	f, a := &x.cs.facts[si], x.sents[si].a+1
	if x.cueSent == a {
		f.cuesOK, f.cues = true, x.cues
	}
	if x.frame.sent == a {
		f.factsOK, f.cls, f.textCues, f.read = true, x.frame.cls, x.frame.cues, x.frame.cuesRead
	}
}

// resize returns s with length n, every element v.
func resize[T any](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	} else {
		s = s[:n]
	}
	for i := range s {
		s[i] = v
	}
	return s
}

// frames appends the claims of every sentence (scanned by scanSentences)
// to out, with their frames.
func (x *extractor) frames(a *Article, out []Claim, ctx *articleContext) []Claim {
	cs := &x.cs
	n := len(x.allQs)
	cs.raw, cs.carried = resize(cs.raw, n, ""), resize(cs.carried, n, false)
	cs.links = resize(cs.links, n, claimLink{})
	cs.indicators, cs.counterparts = resize(cs.indicators, n, ""), resize(cs.counterparts, n, "")
	cs.outlooks = resize(cs.outlooks, n, Actual)
	cs.baseOwned = resize(cs.baseOwned, len(x.pms), false)
	cs.vague, cs.vagueEnd, cs.current, cs.first = cs.vague[:0], cs.vagueEnd[:0], cs.current[:0], cs.first[:0]
	cs.facts, cs.entered = resize(cs.facts, len(x.sents), sentFacts{}), -1
	// 1. which figures are claims
	for si, s := range x.sents {
		if s.para && ctx.main != nil {
			ctx.current = ctx.main // a new paragraph without a subject is about the article's
		}
		x.findClaims(si, s, ctx)
		cs.current = append(cs.current, ctx.current)
		cs.first = append(cs.first, int32(len(out)))
		claims := 0
		for qi := range x.qs {
			if !x.qs[qi].skip {
				claims++
			}
		}
		if claims > 0 {
			out = slices.Grow(out, claims)[:len(out)+claims] // (the stages set the whole Claim)
			x.prepareSubjects(si, s)
			x.links, x.baseOwned, x.vagueClauses = cs.linkBuf[:0], cs.ownedBuf[:0], cs.vagueBuf[:0]
			x.linkPeriods(si, s)
			cs.linkBuf, cs.ownedBuf, cs.vagueBuf = x.links, x.baseOwned, x.vagueClauses
			copy(cs.links[x.qsStart(si):], x.links)
			copy(cs.baseOwned[x.sentPM0:], x.baseOwned)
			cs.vague = append(cs.vague, x.vagueClauses...)
			x.keepFacts(si)
		}
		cs.vagueEnd = append(cs.vagueEnd, int32(len(cs.vague)))
		if e := x.sentenceSubject(si); e != nil {
			ctx.current = e
		}
	}
	cs.first = append(cs.first, int32(len(out)))
	// 2. what they say: the subject, then the change and metric
	for si, s := range x.sents {
		if cs.first[si] == cs.first[si+1] {
			continue
		}
		x.enterSentence(si, s)
		ctx.current = cs.current[si]
		x.prepareSubjects(si, s) // (its candidates are the sentence's: read again)
		x.stext = ""
		for qi, i := 0, int(cs.first[si]); qi < len(x.qs); qi++ {
			if !x.qs[qi].skip {
				x.claimWhat(&out[i], a, qi, si, s, ctx)
				i++
			}
		}
	}
	for si, s := range x.sents {
		if cs.first[si] == cs.first[si+1] {
			continue
		}
		x.enterSentence(si, s)
		x.lastMetric, x.firstMetric = "", ""
		for qi, i := 0, int(cs.first[si]); qi < len(x.qs); qi++ {
			if !x.qs[qi].skip {
				x.claimMetric(&out[i], qi, s)
				i++
			}
		}
	}
	// 3. what kind of statistic each is
	for si, s := range x.sents {
		if cs.first[si] == cs.first[si+1] {
			continue
		}
		x.enterSentence(si, s)
		ctx.current = cs.current[si]
		for qi, i := 0, int(cs.first[si]); qi < len(x.qs); qi++ {
			if !x.qs[qi].skip {
				x.claimKind(&out[i], qi, si, s, ctx)
				i++
			}
		}
	}
	// 4. when
	for si, s := range x.sents {
		if cs.first[si] == cs.first[si+1] {
			// a sentence without claims: a period it opens with is the
			// article's ("November saw an improvement")
			x.sentencePMs(si)
			x.sentA = s.a
			x.openingPeriod(ctx)
			continue
		}
		x.enterSentence(si, s)
		for qi, i := 0, int(cs.first[si]); qi < len(x.qs); qi++ {
			if !x.qs[qi].skip {
				x.claimWhen(&out[i], qi, s, ctx)
				i++
			}
		}
		x.updatePeriodContext(si, ctx)
	}
	return out
}

// qsStart returns the index in x.allQs of sentence si's first quantity.
func (x *extractor) qsStart(si int) int {
	if si == 0 {
		return 0
	}
	return int(x.qsEnd[si-1])
}

// enterSentence puts back what the stages keep of sentence si, which has
// claims: its quantities, their links and frames so far, its periods.
func (x *extractor) enterSentence(si int, s sentence) {
	cs := &x.cs
	if cs.entered >= 0 {
		x.keepFacts(cs.entered)
	}
	cs.entered = si
	if f := &cs.facts[si]; f.cuesOK || f.factsOK {
		if f.cuesOK {
			x.cueSent, x.cues = s.a+1, f.cues
		}
		if f.factsOK {
			x.frame.sent, x.frame.cls, x.frame.cues, x.frame.cuesRead = s.a+1, f.cls, f.textCues, f.read
		}
	}
	x.qs = x.sentenceQuantities(si)
	a := x.qsStart(si)
	b := a + len(x.qs)
	cs.q0 = a
	x.links, x.indicators, x.counterparts, x.outlooks = cs.links[a:b:b], cs.indicators[a:b:b], cs.counterparts[a:b:b], cs.outlooks[a:b:b]
	pms, from := x.sentencePMs(si)
	x.baseOwned = cs.baseOwned[from : from+len(pms) : from+len(pms)]
	v0 := 0
	if si > 0 {
		v0 = int(cs.vagueEnd[si-1])
	}
	x.vagueClauses = cs.vague[v0:cs.vagueEnd[si]:cs.vagueEnd[si]]
	x.sentA, x.sentModal, x.sentIndex = s.a, 0, 0
}

// claimWhat builds claim qi of sentence si in c (in place: a Claim is
// some 350 bytes), with its subject.
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
	x.cs.carried[x.cs.q0+qi] = x.carried
}

// claimMetric sets the change and metric of claim qi (c, built by
// claimWhat).
func (x *extractor) claimMetric(c *Claim, qi int, s sentence) {
	q := &x.qs[qi]
	x.stext = c.Sentence // (a long sentence's window is the claim's own)
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
	x.cs.raw[x.cs.q0+qi] = raw
}

// claimKind sets the indicator and counterpart of claim qi (c, built by
// claimWhat).
func (x *extractor) claimKind(c *Claim, qi, si int, s sentence, ctx *articleContext) {
	q := &x.qs[qi]
	c.Indicator = x.indicatorFor(c, x.cs.raw[x.cs.q0+qi], qi, s, ctx)
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
				c.Subject, x.cs.carried[x.cs.q0+qi] = ctx.current.Name, true
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
	switch carried := x.cs.carried[x.cs.q0+qi]; {
	case carried && periodCarried:
		c.Carried = "subject,period"
	case carried:
		c.Carried = "subject"
	case periodCarried:
		c.Carried = "period"
	}
}
