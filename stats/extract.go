package stats

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Extract returns every numeric claim in the article, in text order. Claim
// offsets are shifted by a.Base so that they index the article's source.
func Extract(a *Article) []Claim {
	x := extractors.Get().(*extractor)
	x.out = positiveZeros(x.extract(a, x.out[:0]))
	var out []Claim
	if len(x.out) > 0 {
		out = make([]Claim, len(x.out)) // one allocation of the right size
		copy(out, x.out)
	}
	clear(x.out) // keep no article text alive in the pool
	if cap(x.out) > 4096 {
		x.out = nil // the claims of a huge article: not worth keeping
	}
	extractors.Put(x) // not deferred: after a panic its state is not reused
	return out
}

// AppendClaims appends the claims of the article to dst, as Extract finds
// them, and returns the extended slice. A caller that is done with the
// claims of one article before the next can pass the same buffer again
// (dst[:0]) and save an allocation per article; with a nil dst it is
// Extract.
func AppendClaims(dst []Claim, a *Article) []Claim {
	if dst == nil {
		return Extract(a)
	}
	x := extractors.Get().(*extractor)
	n := len(dst)
	dst = x.extract(a, dst)
	positiveZeros(dst[n:])
	extractors.Put(x) // not deferred: after a panic its state is not reused
	return dst
}

// positiveZeros makes every zero Value and Max of claims +0: "-0.0%" and
// "minus 0 percent" are zero, printed "0" (the database keeps no sign of
// zero either).
func positiveZeros(claims []Claim) []Claim {
	for i := range claims {
		c := &claims[i]
		if c.Value == 0 {
			c.Value = 0
		}
		if c.Max != nil && *c.Max == 0 {
			*c.Max = 0
		}
	}
	return claims
}

// extractors recycles extractors and their buffers between articles.
var extractors = sync.Pool{New: func() any { return new(extractor) }}

// extractor holds the per-article working state; reusing one across
// articles reuses its buffers.
type extractor struct {
	out []Claim // Extract's claims, copied out at the end
	// the title's tokens and words (articleContext.init)
	titleToks  []token
	titleWords []string
	g          grammar
	toks       []token
	sents      []sentence
	qs         []quantity
	words      []string
	mentions   []mention
	periodToks []int32            // findMentions: the figures and lxPeriod words of every sentence, for findPeriods
	periodEnd  []int32            // per sentence: the end of its tokens in periodToks
	gazCands   []int32            // findMentions: where a gazetteer phrase may start in a sentence (tokens, then words)
	capitals   []int32            // findMentions: the capitalised words of a sentence
	names      map[string]*Entity // proper names of the current article
	companies  map[*Entity]bool   // the names the article introduced as companies ("telecoms giant Huawei")

	// per-token indexes over the article, so that attribution stays linear
	clauseOf    []int32 // clause number within the sentence
	clauseStart []int32 // first token of the clause
	cover       []int32 // 1 + index of the mention covering the token, or 0
	inClaim     []bool  // the token is part of a claim of the current sentence
	sentM       [][2]int
	// subject candidates of the current sentence
	firstInClause []int
	afterCands    []int
	sentFirst     int
	sentIndex     int8               // the sentence is about a stock index: 0 not known yet, 1 no, 2 yes
	nextMoney     []int              // per claim of the sentence: the next money claim, or -1
	canon         map[string]string  // metric phrase → canonical metric
	saSent        int                // 1 + first token of the sentence saValue is for
	saValue       bool               // the sentence gives seasonally adjusted figures
	cpSent        int                // 1 + first token of the sentence cpValue is for
	cpValue       bool               // the sentence speaks of current prices
	basisSent     int                // 1 + first token of the sentence basisValue is for
	basisValue    string             // the trade basis of the sentence (tradeBasis)
	articleBasis  string             // the one trade basis the article names, if one
	basisRead     bool               // articleBasis is set
	basisAny      bool               // the article has words of a basis
	byName        map[string]*Entity // subjectEntity: EntityByName's answers, across articles
	// set by subjectFor: the subject came from an earlier sentence
	carried bool
	// findClaims: the last money claim, for bare figures in the next sentences
	prevMoney     quantity // a copy: x.qs is reused by every sentence
	hasPrevMoney  bool
	prevMoneySent int
	// claim: the current sentence's folded text and last metric
	stext, lastMetric string
	// periods (frame_period.go): those the article names, per sentence,
	// and how the current sentence's claims relate to them
	pms     []pmention
	pmEnd   []int32
	links   []claimLink
	sentPMs []pmention
	sentPM0 int // x.sentPMs is x.pms[x.sentPM0:...]
	sentA   int // the first token of the current sentence
	// per claim of the current sentence: its indicator and counterpart
	indicators  []Indicator
	outlooks    []Outlook
	firstMetric string // the metric of the sentence's first claim that has one
	// answers read once a sentence (1 + its first token: 0 is none yet)
	commoditySent, scopeSent int
	commodityValue           bool
	scopeValue               string
	counterparts             []string
	// linkPeriods: per period of the sentence, whether a base owns it; the
	// clauses that say their time only vaguely
	baseOwned    []bool
	vagueClauses []int32
	pmMemos      []pmMemo       // sentencePeriod: per period of the sentence, its resolved period
	pairs        sentPairs      // pairFor: whether the sentence writes two partners as a pair
	periodCounts map[Period]int // updatePeriodContext
	periodDoms   []domain       // updatePeriodContext: per claim of the sentence
	sentModal    int8           // the sentence has a modal verb: 0 not known, 1 no, 2 yes (ifClause)
	// counterpartFor: the latest counterpart read in a clause, for the
	// clause after it
	cpClause int32
	partSent int
	cpName   string
	// the last claim with a counterpart: its sentence, frame and partner,
	// and the sentence "The surplus" carried it to
	prevCP struct {
		sent, carriedTo int
		ind             Indicator
		subject, name   string
	}
	// partnerNear: the partner it returned was written right with the claim
	directPartner bool
	// indicator rules (sp-ind): the answers of spans for the article (indicator_spans.go)
	indSpans spanMemo
	// the metric of a claim (metric_state.go)
	mt       metricState
	firmSent firmSentence // firmFacts: the current sentence's share and place words
	// the mention stage's scratch state (mentions_state.go)
	ms mentionState
	// sp-frame: the current sentence's facts for the frame rules (frame_facts.go)
	frame frameFacts
	// scanSentences: the quantities of every sentence, where each
	// sentence's end in allQs, and whether the article had stated a
	// figure in percentage points by then (grammar.saidPoints)
	allQs       []quantity
	qsEnd       []int32
	pointsAfter []bool
	claimed     []bool   // findAllClaims: per sentence, whether it has a claim
	sentTexts   []string // and the folded text of one that has
}

// mention is an entity named in the text.
type mention struct {
	a, b   int // token range
	ent    *Entity
	form   EntityForm
	prep   bool // inside a prepositional phrase ("exports to Japan")
	poss   bool // possessive ("Peru's")
	source bool // the source of a statement ("Chrysler Corp said")
	non    bool // "non-EU": the rest of the world but it
	// partner: it modifies a two-sided noun in an article about a country
	// ("EU exports rose 2%" in a story on British trade)
	partner bool
	sent    int
	clause  int // index of the clause within its sentence
}

// extract appends the claims of article a to out. It reads as the list
// of stages: the analysis shared by every field (tokens and sentences,
// named entities and clauses, the periods the text names), the
// quantities of every sentence and which of them are claims, then,
// sentence by sentence, the frame of each claim: subject, counterpart,
// change, metric, indicator, outlook and period.
func (x *extractor) extract(a *Article, out []Claim) []Claim {
	x.frame.sent = 0 // the facts read last are of another article
	x.analyse(a)
	ctx := articleContext{}
	ctx.init(x, a)
	x.scanSentences()
	x.findAllClaims(a, &ctx)
	for si, s := range x.sents {
		if s.para && ctx.main != nil {
			ctx.current = ctx.main // a new paragraph without a subject is about the article's
		}
		if !x.claimed[si] {
			x.quietSentence(si, s, &ctx)
			continue
		}
		x.qs = x.sentenceQuantities(si)
		x.prepareSubjects(si, s)
		x.linkPeriods(si, s)
		x.sentA, x.sentModal = s.a, 0
		x.indicators, x.counterparts, x.outlooks = x.indicators[:0], x.counterparts[:0], x.outlooks[:0]
		for range x.qs {
			x.indicators = append(x.indicators, "")
			x.counterparts = append(x.counterparts, "")
			x.outlooks = append(x.outlooks, Actual)
		}
		sentSubject := x.sentenceSubject(si)
		x.stext, x.lastMetric, x.firstMetric = x.sentTexts[si], "", ""
		for qi := range x.qs {
			if !x.qs[qi].skip {
				if len(out) < cap(out) {
					out = out[:len(out)+1] // claim sets the whole Claim: no need to zero it first
				} else {
					out = append(out, Claim{})
				}
				x.claim(&out[len(out)-1], a, qi, si, s, &ctx)
			}
		}
		if sentSubject != nil {
			ctx.current = sentSubject
		}
		x.updatePeriodContext(si, &ctx)
	}
	return out
}

// analyse runs the stages that read the whole article once: tokens and
// sentences, entity mentions and clauses, and the periods it names.
func (x *extractor) analyse(a *Article) {
	text := wireCase(a.Text) // "U.S. Has said" read as "U.S. has said"
	x.toks, x.sents = tokenizeSentences(text, x.toks, x.sents)
	x.g.reset(text, x.toks)
	x.saSent, x.cpSent, x.basisSent, x.commoditySent, x.scopeSent = 0, 0, 0, 0, 0
	x.articleBasis, x.basisRead = "", false
	x.firmSent.sent = 0
	x.indSpans.subjSet, x.indSpans.subjEnt = false, nil // (subjectEntity's last answer is another article's)
	x.companies = reuseMap(x.companies)
	x.findMentions()
	if cap(x.inClaim) < len(x.toks) {
		x.inClaim = make([]bool, len(x.toks))
	}
	x.inClaim = x.inClaim[:len(x.toks)]
	clear(x.inClaim)
	x.parsePeriods()
	x.hasPrevMoney, x.prevMoneySent = false, -10
	x.partSent, x.cpName = -1, ""
	x.prevCP.sent, x.prevCP.carriedTo = -2, -2
}

// scanSentences reads the quantities of every sentence before the frame
// of any claim is worked out: the grammar's code then runs in one stretch
// and stays in the processor's instruction cache, instead of being
// evicted by the frame rules between two sentences.
func (x *extractor) scanSentences() {
	x.allQs, x.qsEnd, x.pointsAfter = x.allQs[:0], x.qsEnd[:0], x.pointsAfter[:0]
	for _, s := range x.sents {
		x.allQs = x.g.scan(s, x.allQs)
		x.qsEnd = append(x.qsEnd, int32(len(x.allQs)))
		x.pointsAfter = append(x.pointsAfter, x.g.saidPoints)
	}
}

// sentenceQuantities returns the quantities scanSentences read in sentence
// si (capped, so that an append never runs into the next sentence's), and
// sets the grammar's article state to what it was right after that
// sentence's scan.
func (x *extractor) sentenceQuantities(si int) []quantity {
	a := int32(0)
	if si > 0 {
		a = x.qsEnd[si-1]
	}
	b := x.qsEnd[si]
	x.g.saidPoints = x.pointsAfter[si]
	return x.allQs[a:b:b]
}

// findAllClaims runs findClaims on every sentence before the frame of any
// claim is worked out, for the reason scanSentences does: its code (and
// resolveBare's and notAClaim's) then runs in one stretch, and between
// two sentences with claims less code evicts the frame rules' from the
// instruction cache. It reads nothing the frame rules write: the
// sentence's tokens and quantities, the money claim before, the
// article's dollar. x.claimed records which sentences have claims, and
// x.sentTexts the folded text of those that are not too long to copy
// whole into their claims (claim); the values of the claims are tidied
// here too, for the same reason. (The frame rules read the value of no
// claim but their own, which claim tidied before them.)
func (x *extractor) findAllClaims(a *Article, ctx *articleContext) {
	x.claimed = x.claimed[:0]
	clear(x.sentTexts) // another article's: neither read nor kept alive
	x.sentTexts = slices.Grow(x.sentTexts[:0], len(x.sents))[:len(x.sents)]
	for si, s := range x.sents {
		if x.qsEnd[si] == 0 || si > 0 && x.qsEnd[si] == x.qsEnd[si-1] {
			x.claimed = append(x.claimed, false) // no quantities (most sentences)
			continue
		}
		x.findClaims(si, s, ctx)
		claimed := x.hasClaims()
		x.claimed = append(x.claimed, claimed)
		for qi := range x.qs {
			if q := &x.qs[qi]; !q.skip && q.scaled {
				q.value, q.max = tidy(q.value), tidy(q.max)
			}
		}
		if claimed && s.end-s.start <= maxSentence {
			x.sentTexts[si] = foldTokens(a.Text, x.toks[s.a:s.b])
		}
	}
}

// findClaims reads the quantities of sentence si (x.qs) and marks those
// that are not claims; figures without a unit take one from their
// sentence.
func (x *extractor) findClaims(si int, s sentence, ctx *articleContext) {
	x.qs = x.sentenceQuantities(si)
	x.sentIndex = 0 // found when needed (indexSentence)
	// the next explicit money claim after each claim
	x.nextMoney = x.nextMoney[:0]
	for range x.qs {
		x.nextMoney = append(x.nextMoney, -1)
	}
	for qi, next := len(x.qs)-1, -1; qi >= 0; qi-- {
		x.nextMoney[qi] = next
		if !x.qs[qi].skip && x.qs[qi].unit == UnitMoney {
			next = qi
		}
	}
	lastUnit, lastMoney := -1, -1
	for qi := range x.qs {
		q := &x.qs[qi]
		if q.skip {
			continue
		}
		var pm *quantity
		if x.hasPrevMoney && si-x.prevMoneySent <= 2 {
			pm = &x.prevMoney
		}
		x.resolveBare(q, qi, s, pm, lastUnit, lastMoney)
		if x.notAClaim(q, s) {
			q.skip = true
			continue
		}
		if q.unit != "" && q.unit != UnitOrdinal && q.unit != UnitMultiple {
			lastUnit = qi
		}
		if q.unit == UnitMoney {
			lastMoney = qi
			if q.bare && ctx.dollar != "" && q.currency == "USD" && !x.usQualified(q) {
				q.currency = ctx.dollar // "750 mln dlrs" in a story on Australia
			}
			x.prevMoney, x.hasPrevMoney = *q, true
			x.prevMoneySent = si
		}
	}
}

// prevMainClaim returns the claim of the sentence before claim qi that is
// no base of a comparison, or -1.
func (x *extractor) prevMainClaim(qi int) int {
	for p := qi - 1; p >= 0; p-- {
		if !x.qs[p].skip && !x.links[p].base {
			return p
		}
	}
	return -1
}

// isComparisonBase reports whether a claim is the base a change is measured
// from: "from 3.04 billion", "against 2.25 billion", "compared with 4.1",
// "up on the 6.84 billion surplus", "after a 1.5 pct contraction".
func (x *extractor) isComparisonBase(q *quantity) bool {
	k := q.a - 1
	for n := 0; n < 3; n++ {
		switch x.g.word(k) {
		case "the", "a", "an", "revised", "record", "upwardly", "downwardly", "previously", "originally", "unrevised", "its", "their":
			k-- // "up on the 6.84 billion surplus", "from a revised 1.29 billion"
			continue
		case "'s", "’s", "s":
			// "from October's £3.6bn", "against last year's 5%": past the possessor
			if x.g.word(k) == "s" && !x.g.isPunct(k-1, "'") {
				break
			}
			if x.g.word(k) == "s" {
				k--
			}
			k--
			for j := 0; j < 3 && k >= 0 && x.g.word(k) != "" && !functionWords[x.g.word(k)] && x.g.word(k) != "from" && x.g.word(k) != "against"; j++ {
				k--
			}
			continue
		}
		break
	}
	if x.g.word(k) == "of" {
		// "against deficits of 499 mln", "from a level of 5 bln"
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch x.g.word(j) {
			case "from", "against", "versus", "than":
				return true
			case "with", "to":
				if w := strings.TrimSuffix(x.g.word(k-1), "s"); x.g.word(j-1) == "compared" && changeNouns[w] != NoChange {
					// "compared with rises of 2.6 pct in the third quarter"
					// (not "compared with imports of 1.08 billion": another
					// measure)
					return true
				}
			case "and", "or":
				j = -1 // "a rise of 15 pct from February and of 4.7 pct": a second rise, not a base
			}
		}
	}
	switch x.g.word(k) {
	case "from", "against", "versus", "vs", "than":
		return true
	case "with", "to":
		w := x.g.word(k - 1)
		return w == "compared" || w == "comparison" || w == "compares" || w == "compare"
	case "on":
		w := x.g.word(k - 1)
		return w == "up" || w == "down"
	case "after":
		// "grow 2.8 pct after 1.5 pct contraction", "rose 2.6 pct, after a
		// 4.3 pct increase"; not "after rising", "rose after"
		return k > 0 && !x.g.is(k-1, lxVerbLike) && (x.g.word(k-1) != "" || x.g.isPunct(k-1, ","))
	}
	return false
}

// otherCurrency finds a currency named in the sentence outside toks[a:b].

// tidy rounds away binary noise from scaling ("8.14 billion" is
// 8140000000, not 8140000000.000001) by keeping 12 significant digits.
func tidy(v float64) float64 {
	if v == 0 || v != v {
		return v
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e12 {
		return v // a whole number of at most 12 digits: kept as it is
	}
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'g', 12, 64)), 64)
	if err != nil {
		return v
	}
	return r
}

// formatPeriod helpers.
func itoa(n int) string { return strconv.Itoa(n) }
