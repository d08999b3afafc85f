package stats

import (
	"math"
	"strconv"
	"strings"
	"sync"
)

// Extract returns every numeric claim in the article, in text order. Claim
// offsets are shifted by a.Base so that they index the article's source.
func Extract(a *Article) []Claim {
	x := extractors.Get().(*extractor)
	x.out = x.extract(a, x.out[:0])
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
	dst = x.extract(a, dst)
	extractors.Put(x) // not deferred: after a panic its state is not reused
	return dst
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
	wordTok    []int
	mentions   []mention
	periodBuf  []periodMention     // findPeriods' result for the current sentence
	periodToks []int32             // findMentions: the figures and lxPeriod words of every sentence, for findPeriods
	periodEnd  []int32             // per sentence: the end of its tokens in periodToks
	gazCands   []int32             // findMentions: where a gazetteer phrase may start in a sentence (tokens, then words)
	capitals   []int32             // findMentions: the capitalised words of a sentence
	names      map[string]*Entity  // proper names of the current article
	score      map[*Entity]float64 // articleContext.init: how much each entity is named

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
	sentIndex     int8              // the sentence is about a stock index: 0 not known yet, 1 no, 2 yes
	nextMoney     []int             // per claim of the sentence: the next money claim, or -1
	canon         map[string]string // metric phrase → canonical metric
	saSent        int               // 1 + first token of the sentence saValue is for
	saValue       bool              // the sentence gives seasonally adjusted figures
	cpSent        int               // 1 + first token of the sentence cpValue is for
	cpValue       bool              // the sentence speaks of current prices
	// set by subjectFor and periodFor: the value came from an earlier sentence
	carried, periodCarried bool
}

// mention is an entity named in the text.
type mention struct {
	a, b   int // token range
	ent    *Entity
	form   EntityForm
	prep   bool // inside a prepositional phrase ("exports to Japan")
	poss   bool // possessive ("Peru's")
	source bool // the source of a statement ("Chrysler Corp said")
	sent   int
	clause int // index of the clause within its sentence
}

func (x *extractor) extract(a *Article, out []Claim) []Claim {
	text := a.Text
	x.toks, x.sents = tokenizeSentences(text, x.toks, x.sents)
	x.g = grammar{text: text, toks: x.toks, wbuf: x.g.wbuf}
	x.g.low = asciiLower(text)
	x.saSent, x.cpSent = 0, 0
	x.findMentions()
	if cap(x.inClaim) < len(x.toks) {
		x.inClaim = make([]bool, len(x.toks))
	}
	x.inClaim = x.inClaim[:len(x.toks)]
	ctx := articleContext{}
	ctx.init(x, a)
	var prevMoney quantity // a copy: x.qs is reused by every sentence
	hasPrevMoney := false
	prevMoneySent := -10
	for si, s := range x.sents {
		if s.para && ctx.main != nil {
			ctx.current = ctx.main // a new paragraph without a subject is about the article's
		}
		x.qs = x.g.scan(s, x.qs[:0])
		periods := x.findPeriods(si, s, &ctx)
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
			if hasPrevMoney && si-prevMoneySent <= 2 {
				pm = &prevMoney
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
			}
			if q.unit == UnitMoney {
				if q.bare && ctx.dollar != "" && (q.currency == "USD") && !x.usQualified(q) {
					q.currency = ctx.dollar
				}
				prevMoney, hasPrevMoney = *q, true
				prevMoneySent = si
			}
		}
		x.prepareSubjects(si, s)
		sentSubject := x.sentenceSubject(si)
		stext, lastMetric := "", ""
		for qi := range x.qs {
			q := &x.qs[qi]
			if q.skip {
				continue
			}
			if s.end-s.start > maxSentence {
				stext = x.sentenceWindow(q, s)
			} else if stext == "" {
				stext = foldTokens(text, x.toks[s.a:s.b])
			}
			if q.scaled {
				q.value, q.max = tidy(q.value), tidy(q.max)
			}
			c := Claim{
				Text:      text[x.toks[q.a].start:x.toks[q.b-1].end],
				Start:     a.Base + x.toks[q.a].start,
				End:       a.Base + x.toks[q.b-1].end,
				Value:     q.value,
				Unit:      q.unit,
				UnitName:  q.unitName,
				Approx:    q.approx,
				Item:      q.item,
				Sentence:  stext,
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
			x.carried, x.periodCarried = false, false
			c.Subject = x.subjectFor(q, si, s, &ctx)
			c.Period = x.periodFor(q, periods, &ctx)
			switch {
			case x.carried && x.periodCarried:
				c.Carried = "subject,period"
			case x.carried:
				c.Carried = "subject"
			case x.periodCarried:
				c.Carried = "period"
			}
			c.Change = x.changeFor(q, s)
			c.Metric = x.metricFor(q, s, &c)
			if c.Metric != "" {
				// one name for one measure: the vocabulary compare groups by
				c.Metric = x.canonicalMetric(c.Metric)
			}
			if c.Metric == "" && x.isComparisonBase(q) {
				c.Metric = lastMetric // "rose to 2.73 bln from 2.02 bln": the same metric
			}
			if c.Metric != "" {
				lastMetric = c.Metric
			}
			out = append(out, c)
		}
		if sentSubject != nil {
			ctx.current = sentSubject
		}
	}
	return out
}

// maxSentence is the longest sentence copied whole into a claim; in longer
// "sentences" (tables, unpunctuated dumps) a claim gets a window around it.
const maxSentence = 2000

// sentenceWindow returns about 300 bytes of the sentence on each side of the
// claim, cut at token boundaries and marked with "…".
func (x *extractor) sentenceWindow(q *quantity, s sentence) string {
	a, b := q.a, q.b
	for a > s.a && x.toks[q.a].start-x.toks[a-1].start < 300 {
		a--
	}
	for b < s.b && x.toks[b].end-x.toks[q.b-1].end < 300 {
		b++
	}
	w := foldTokens(x.g.text, x.toks[a:b])
	if a > s.a {
		w = "…" + w
	}
	if b < s.b {
		w += "…"
	}
	return w
}

// foldTokens returns the text from the first to the last of toks (tokens
// of text, in order) with its white space folded: each run of ASCII white
// space becomes one space (sentenceText in the tests is the reference).
// Only white space lies between tokens, so the text is read per gap rather
// than per byte.
func foldTokens(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	start, end := toks[0].start, toks[len(toks)-1].end
	fold := -1 // the first token after a gap that is not a single space
	for k := 1; k < len(toks); k++ {
		if g := toks[k].start - toks[k-1].end; g > 1 || g == 1 && text[toks[k].start-1] != ' ' {
			fold = k
			break
		}
	}
	if fold < 0 {
		return text[start:end]
	}
	var b strings.Builder
	b.Grow(end - start)
	from := start // the start of the text not yet copied
	for k := fold; k < len(toks); k++ {
		gs, ge := toks[k-1].end, toks[k].start
		if ge-gs == 0 || ge-gs == 1 && text[gs] == ' ' {
			continue // glued, or a single space: copied with the tokens
		}
		b.WriteString(text[from:gs])
		space := false
		for i := gs; i < ge; i++ {
			if c := text[i]; isFoldSpace(c) {
				if !space {
					b.WriteByte(' ')
				}
				space = true
				continue
			}
			space = false
			b.WriteByte(text[i]) // white space that is not ASCII ("\u00a0") is kept
		}
		from = ge
	}
	b.WriteString(text[from:end])
	return b.String()
}

func isFoldSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'
}

// resolveBare gives a unit to a figure written without one, from the
// sentence around it: "rose to 7.38 billion dlrs from 3.89 billion".
func (x *extractor) resolveBare(q *quantity, qi int, s sentence, prevMoney *quantity, lastUnit, lastMoney int) {
	if q.unit != "" && !(q.unit == UnitCount && q.item == "") {
		return
	}
	if q.kind != numDigits && q.kind != numWords {
		return
	}
	if q.kind == numDigits && !q.scaled && q.currency == "" && isYearToken(&x.toks[q.numA]) {
		return // a year: dropped by notAClaim
	}
	// the last earlier claim in the sentence with a unit
	var prev *quantity
	if lastUnit >= 0 {
		prev = &x.qs[lastUnit]
	}
	lead := x.g.word(q.a - 1)
	if lead == "a" || lead == "revised" {
		lead = x.g.word(q.a - 2)
	}
	comparative := false
	switch lead {
	case "from", "against", "versus", "vs", "to", "and", "or", "than", "compared":
		comparative = true
	}
	if q.scaled {
		var money *quantity
		if lastMoney >= 0 {
			money = &x.qs[lastMoney]
		}
		if money == nil && prevMoney != nil {
			money = prevMoney
		}
		if money == nil && x.nextMoney[qi] >= 0 {
			// a later money claim in the sentence: "from 5 billion to 7 billion dlrs"
			money = &x.qs[x.nextMoney[qi]]
		}
		if money != nil && q.item == "" {
			q.unit = UnitMoney
			q.currency, q.bare = money.currency, money.bare
			return
		}
	}
	if comparative && prev != nil && q.item == "" && !(prev.unit == UnitPercent || prev.unit == UnitPercentagePoint) {
		// carried below
	} else if comparative && prev != nil && q.item == "" && (q.value > 1000 || x.toks[q.numA].commas) {
		comparative = false // "rose 3.9 percent to 253,000": not a percent
	}
	if comparative && prev != nil && q.item == "" {
		q.unit = prev.unit
		q.currency, q.bare = prev.currency, prev.bare
		q.unitName = prev.unitName
		if prev.unit == UnitCount {
			q.item = ""
		}
		return
	}
	// "by 0.2 or 0.3 percentage point", "5 or 6 pct": the unit comes after
	if w := x.g.word(q.b); (w == "or" || w == "and" || w == "to") && qi+1 < len(x.qs) && x.qs[qi+1].a == q.b+1 && q.item == "" {
		n := &x.qs[qi+1]
		if !n.skip && n.unit != "" && n.unit != UnitCount && n.unit != UnitOrdinal && n.kind == q.kind {
			q.unit, q.currency, q.bare, q.unitName = n.unit, n.currency, n.bare, n.unitName
			if n.unit == UnitPercentagePoint && x.g.word(n.b-1) == "points" && x.g.word(n.b-2) == "basis" {
				q.value /= 100
			}
			return
		}
	}
	// exchange rates: "around 8.30 to the dollar", "146 yen per dollar"
	e := q.b
	w := x.g.word(e)
	if w == "to" || w == "against" || w == "per" {
		k := e + 1
		if x.g.word(k) == "the" {
			k++
		}
		if code, n, _, ok := x.g.matchCurrency(k, s); ok {
			_ = code
			q.unit = UnitMoney
			q.currency = x.otherCurrency(s, k, k+n)
			q.unitName = "per " + x.g.lw(k+n-1)
			if strings.HasSuffix(q.unitName, "s") {
				q.unitName = strings.TrimSuffix(q.unitName, "s")
			}
			return
		}
	}
	if q.unit == UnitCount {
		return
	}
	if q.decimals > 0 || x.indexSentence(s) {
		q.unit = UnitNumber
		return
	}
	if q.scaled {
		q.unit = UnitCount
		return
	}
	q.unit = UnitCount
}

// canonicalMetric returns the vocabulary's name for a metric phrase,
// remembering recent answers (phrases repeat across articles).
func (x *extractor) canonicalMetric(m string) string {
	if c, ok := x.canon[m]; ok {
		return c
	}
	if x.canon == nil || len(x.canon) > 20000 {
		x.canon = make(map[string]string, 1024)
	}
	c := DefaultMetrics().Canonical(m)
	x.canon[m] = c
	return c
}

// isComparisonBase reports whether a claim is the base a change is measured
// from: "from 3.04 billion", "against 2.25 billion", "compared with 4.1".
func (x *extractor) isComparisonBase(q *quantity) bool {
	k := q.a - 1
	if w := x.g.word(k); w == "the" || w == "a" || w == "an" {
		k-- // "up on the 6.84 billion surplus"
	}
	switch x.g.word(k) {
	case "from", "against", "versus", "vs", "with", "than":
		return true
	case "on":
		w := x.g.word(k - 1)
		return w == "up" || w == "down"
	}
	return false
}

// otherCurrency finds a currency named in the sentence outside toks[a:b].
func (x *extractor) otherCurrency(s sentence, a, b int) string {
	for k := max(s.a, a-40); k < min(s.b, b+40); k++ {
		if k >= a && k < b {
			continue
		}
		if x.toks[k].kind != tWord {
			continue
		}
		if code, n, _, ok := x.g.matchCurrency(k, s); ok {
			if k+n > a && k < b {
				continue
			}
			return code
		}
	}
	return ""
}

// indexSentence reports whether the current sentence s is about a stock
// index, looking once per sentence.
func (x *extractor) indexSentence(s sentence) bool {
	if x.sentIndex == 0 {
		x.sentIndex = 1
		if x.indexContext(s) {
			x.sentIndex = 2
		}
	}
	return x.sentIndex == 2
}

// indexContext reports whether the sentence is about a stock index.
func (x *extractor) indexContext(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		if x.toks[k].kind == tWord && indexWordSet.has(x.g.lw(k)) {
			return true
		}
	}
	return false
}

// usQualified reports whether a bare dollar figure is explicitly American.
func (x *extractor) usQualified(q *quantity) bool {
	for k := q.a; k < q.b; k++ {
		switch x.toks[k].text {
		case "U.S.", "US", "USD", "US$":
			return true
		}
	}
	return false
}

// notAClaim filters figures that are not claims by claims.md §1: bare years,
// numbers inside names, list markers, vague amounts.
func (x *extractor) notAClaim(q *quantity, s sentence) bool {
	g := &x.g
	t := &x.toks[q.numA]
	bare := q.unit == UnitCount || q.unit == UnitNumber || q.unit == ""
	if q.kind == numDigits && bare && !q.scaled && q.currency == "" {
		if isYearToken(t) {
			return true
		}
		if t.decimals == 0 && !t.commas {
			// names and codes: "Boeing 747", "Section 301", "FTSE 100", "No. 1"
			p := q.numA - 1
			if p >= s.a {
				pt := &x.toks[p]
				if pt.kind == tWord && isUpper(pt.text) && p > s.a {
					w := x.g.lw(p)
					if !functionWords[w] && months[w] == 0 && !isApproxWord(w) && !x.isEntityAt(p) && !isAllUpperLine(x, s) {
						return true
					}
				}
				if pt.kind == tPunct && (pt.text == "#" || pt.text == "(") && p == s.a {
					return true
				}
				if g.word(p-1) == "no" && pt.text == "." {
					return true
				}
			}
			// list markers: "1." or "2)" at the start of a line
			if q.numA == s.a || t.gap >= 2 {
				if n := q.b; n+1 < s.b && (g.isPunct(n, ".") || g.isPunct(n, ")")) && x.toks[n].glued() {
					return true
				}
			}
		}
		// page and phone numbers
		if w := g.word(q.numA - 1); w == "page" || w == "pages" || w == "p" || w == "tel" || w == "phone" || w == "fax" {
			return true
		}
	}
	// definite references to a known set: "the two countries", "both
	// sides" (claims.md §1: neither rewarded nor penalised, so not claimed)
	if q.kind == numWords && q.value <= 10 && q.unit == UnitCount && q.approx == Exact {
		switch g.word(q.a - 1) {
		case "the", "these", "those", "its", "their", "our", "his", "her":
			return true
		}
	}
	return false
}

func isApproxWord(w string) bool {
	for _, ph := range approxPhrases {
		if ph.words[len(ph.words)-1] == w {
			return true
		}
	}
	return false
}

// isAllUpperLine reports whether the sentence is an all-caps headline.
func isAllUpperLine(x *extractor, s sentence) bool {
	seen := 0
	for k := s.a; k < s.b && seen < 6; k++ {
		if x.toks[k].kind == tWord {
			seen++
			if !isAllUpper(x.toks[k].text) {
				return false
			}
		}
	}
	return seen > 0
}

func (x *extractor) isEntityAt(k int) bool { return x.cover[k] > 0 }

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
