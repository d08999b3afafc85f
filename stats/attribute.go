package stats

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// prepositions that put an entity in a modifier phrase rather than the
// subject position ("exports to Japan", "imports from Canada").
var prepositions = map[string]bool{
	"to": true, "from": true, "with": true, "in": true, "into": true, "against": true,
	"than": true, "between": true, "among": true, "by": true, "for": true, "at": true,
	"on": true, "via": true, "toward": true, "towards": true, "including": true, "like": true,
	"as": true, "of": true, "across": true, "throughout": true, "outside": true, "inside": true,
	"within": true, "over": true, "and": false, "visit": true, "visited": true,
}

// clauseWords start a new clause after a comma.
var clauseWords = map[string]bool{
	"while": true, "whereas": true, "but": true, "although": true, "though": true,
	"and": true, "as": true,
}

// dollarCurrencies are the currencies called "dollar" in the news.
var dollarCurrencies = map[string]bool{
	"USD": true, "AUD": true, "CAD": true, "NZD": true, "HKD": true, "SGD": true, "TWD": true,
	"JMD": true, "BSD": true, "BBD": true, "TTD": true, "FJD": true, "BND": true, "NAD": true,
	"LRD": true, "ZWD": true, "BZD": true, "GYD": true, "SBD": true, "KYD": true, "XCD": true,
}

// articleContext carries what one sentence leaves for the next.
type articleContext struct {
	main       *Entity // what the article is about (title or lead)
	current    *Entity // subject of the latest sentence that named one
	dollar     string  // the "dollar" of the article's country, when not USD
	year       int     // the latest year named in the text
	dateYear   int     // from the article's date
	dateMonth  int
	lastPeriod string
}

func (c *articleContext) init(x *extractor, a *Article) {
	if len(a.Date) >= 4 {
		c.dateYear = atoiSafe(a.Date[:4])
		if len(a.Date) >= 7 {
			c.dateMonth = atoiSafe(a.Date[5:7])
		}
	}
	c.year = c.dateYear
	// the article's main entity: the most named one, subject positions and
	// the title counting more; countries and blocs before organisations
	if x.score == nil {
		x.score = map[*Entity]float64{}
	}
	score := x.score
	defer func() { x.score = reuseMap(score) }() // keeps no entity (nor article text) alive in the pool
	titleEnd := -1
	if len(x.sents) > 0 && x.sents[0].end < len(x.g.text) && x.sents[0].b-x.sents[0].a < 25 {
		titleEnd = 0 // the first sentence is a headline
	}
	for i := range x.mentions {
		m := &x.mentions[i]
		if m.ent.Kind == KindRegion {
			continue
		}
		w := 1.0
		if !m.prep {
			w = 2
		}
		if m.sent <= titleEnd || m.sent <= 1 && !m.prep {
			w += 3
		}
		if m.ent.Kind == KindOrg {
			w /= 2
		}
		score[m.ent] += w
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
			if words[i] == "" || !gazCandidate(&x.titleToks[i]) {
				continue
			}
			if m, ok := MatchEntity(words, i); ok {
				if m.Entity.Kind != KindRegion {
					score[m.Entity] += 6
				}
				i += m.Words - 1
			}
		}
	}
	best := 0.0
	for e, v := range score {
		if v > best || v == best && c.main != nil && e.Name < c.main.Name {
			best, c.main = v, e
		}
	}
	c.current = c.main
	if c.main != nil && c.main.Currency != "USD" && dollarCurrencies[c.main.Currency] {
		c.dollar = c.main.Currency
	}
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

// findMentions finds the gazetteer entities of every sentence.
func (x *extractor) findMentions() {
	x.mentions = x.mentions[:0]
	x.names = reuseMap(x.names)
	n := len(x.toks)
	x.clauseOf = grow32(x.clauseOf, n)
	x.clauseStart = grow32(x.clauseStart, n)
	x.cover = grow32(x.cover, n)
	x.sentM = x.sentM[:0]
	x.periodToks, x.periodEnd = x.periodToks[:0], x.periodEnd[:0]
	for si, s := range x.sents {
		first := len(x.mentions)
		clauseN, start := int32(0), s.a
		x.gazCands = x.gazCands[:0]
		x.capitals = x.capitals[:0]
		for k := s.a; k < s.b; k++ {
			x.clauseOf[k], x.clauseStart[k] = clauseN, int32(start)
			t := &x.toks[k]
			if (t.kind == tPunct || t.cls&lxClauseWord != 0) && x.clauseBreak(k, s.a, s.b) { // a clause break
				clauseN++
				start = k + 1
			}
			if t.kind == tWord {
				// most words are lower-case and start no gazetteer phrase
				// (gazCandidate, whose call a lower-case ASCII word spares)
				if c := t.text[0]; (t.cls&lxGazLower != 0 || c < 'a' || c > 'z') && gazCandidate(t) {
					x.gazCands = append(x.gazCands, int32(k))
				}
				if isUpper(t.text) {
					x.capitals = append(x.capitals, int32(k))
				}
				if t.cls&lxPeriod != 0 {
					x.periodToks = append(x.periodToks, int32(k))
				}
			} else if t.kind == tNum {
				x.periodToks = append(x.periodToks, int32(k))
			}
		}
		x.periodEnd = append(x.periodEnd, int32(len(x.periodToks)))
		if len(x.gazCands) > 0 {
			x.sentenceWords(s) // and the candidates' tokens become word indexes
		}
		next := 0 // the first word not inside a match
		for _, c := range x.gazCands {
			i := int(c)
			if i < next {
				continue
			}
			m, ok := MatchEntity(x.words, i)
			if !ok {
				continue
			}
			a := x.wordTok[i]
			b := x.wordTok[i+m.Words-1] + 1
			i += m.Words - 1
			next = i + 1
			// "U.S. dlrs", "Australian dollars", "Hong Kong dollars": a currency
			if i+1 < len(x.words) && x.words[i+1] != "" && currencyCandidate(&x.toks[a]) && mayContinueCurrency(x.words[i+1]) {
				if _, n, _, ok := MatchCurrencyWord(x.words, i-m.Words+1); ok && n > m.Words {
					continue
				}
			}
			// "non-EU", "anti-China"
			if a-2 >= s.a && x.g.gluedHyphen(a-1) {
				switch x.g.lw(a - 2) {
				case "non", "anti", "pro", "ex", "post", "pre":
					continue
				}
			}
			mn := mention{a: a, b: b, ent: m.Entity, form: m.Form, sent: si, clause: int(x.clauseOf[a])}
			if b < s.b && x.toks[b].kind == tWord && (x.toks[b].text == "'s" || x.toks[b].text == "’s") {
				mn.poss = true
			}
			mn.source = x.isSource(b, s)
			mn.prep = x.inPrepPhrase(a, s) || mn.source
			// lists continue a prepositional phrase: "imports from Japan, Taiwan and Korea"
			if !mn.prep && len(x.mentions) > 0 {
				last := &x.mentions[len(x.mentions)-1]
				if last.sent == si && last.prep && (a-last.b) <= 2 && (x.g.isPunct(a-1, ",") || x.g.word(a-1) == "and" || x.g.word(a-1) == "or") {
					mn.prep = true
				}
			}
			x.mentions = append(x.mentions, mn)
		}
		x.coverMentions(first, s)
		x.properNames(si, s, first)
		x.coverMentions(first, s)
		x.sentM = append(x.sentM, [2]int{first, len(x.mentions)})
	}
}

// gazCandidate reports whether a gazetteer phrase may start at word token
// t (MatchEntity rejects any other word at once): most words are
// lower-case and start no phrase, and most capitalised words are no
// phrase's first word.
func gazCandidate(t *token) bool {
	if t.cls&lxGazLower != 0 {
		return true
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' && t.cls&(lxGazRoot|lxNotPlain) != 0
	}
	return gazStartsUpper(t.text) // not ASCII: not a plain word
}

// sentenceWords lists the words of sentence s as MatchEntity reads them
// (x.words, with "" for punctuation other than glued hyphens, and
// x.wordTok, their tokens), and turns the token indexes of x.gazCands
// into indexes of x.words.
func (x *extractor) sentenceWords(s sentence) {
	x.words = x.words[:0]
	x.wordTok = x.wordTok[:0]
	c := 0 // the next candidate
	for k := s.a; k < s.b; k++ {
		t := &x.toks[k]
		if t.kind != tWord {
			if x.g.gluedHyphen(k) {
				continue
			}
			x.words = append(x.words, "")
			x.wordTok = append(x.wordTok, k)
			continue
		}
		if c < len(x.gazCands) && int(x.gazCands[c]) == k {
			x.gazCands[c] = int32(len(x.words))
			c++
		}
		x.words = append(x.words, t.text)
		x.wordTok = append(x.wordTok, k)
	}
}

// reuseMap empties a per-article map for the next article: cleared, or
// dropped (nil) after a big article, since clear costs as much as the
// map's largest size.
func reuseMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > 64 {
		return nil
	}
	clear(m)
	return m
}

// grow32 returns buf resized to n, zeroed.
func grow32(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// coverMentions records, for each token of s, which mention covers it.
func (x *extractor) coverMentions(first int, s sentence) {
	clear(x.cover[s.a:s.b])
	for i := first; i < len(x.mentions); i++ {
		m := &x.mentions[i]
		for k := m.a; k < m.b; k++ {
			x.cover[k] = int32(i + 1)
		}
	}
}

// mentionAt returns the mention covering token k of sentence s, or nil.
func (x *extractor) mentionAt(k int, s sentence) *mention {
	if k < s.a || k >= s.b || x.cover[k] == 0 {
		return nil
	}
	return &x.mentions[x.cover[k]-1]
}

// titleWords break a run of capitalised words: "Chinese President Xi".
var titleWords = map[string]bool{
	"president": true, "minister": true, "prime": true, "secretary": true, "ambassador": true,
	"chairman": true, "chairwoman": true, "ceo": true, "governor": true, "premier": true,
	"vice": true, "mr": true, "mrs": true, "ms": true, "dr": true, "king": true, "queen": true,
	"chancellor": true, "senator": true, "sen": true, "rep": true,
	"director": true, "chief": true, "executive": true, "spokesman": true, "spokeswoman": true,
	"analyst": true, "economist": true, "professor": true, "deputy": true, "state": false,
	"councillor": true, "envoy": true, "commissioner": true, "leader": true, "founder": true,
}

// institutionWords after a country name keep the country as the entity:
// "U.S. Commerce Department", "Japanese Finance Ministry".
var institutionWords = map[string]bool{
	"department": true, "ministry": true, "bureau": true, "office": true, "commission": true,
	"government": true, "administration": true, "agency": true, "customs": true,
	"treasury": true, "commerce": true, "finance": true, "trade": true, "statistics": true,
	"labor": true, "labour": true, "national": true, "central": true, "federal": true,
	"economy": true, "foreign": true, "affairs": true, "industry": true, "international": true,
	"parliament": true, "congress": true, "senate": true, "cabinet": true, "embassy": true,
	"army": true, "navy": true, "police": true, "court": true, "supreme": true, "house": true,
	"state": true, "council": true, "statistical": true, "agriculture": true, "energy": true,
	"mainland": true, "people": true, "republic": true, "fta": true, "agreement": true,
	"treaty": true, "deal": true, "talks": true, "relations": true,
}

// properNames adds mentions for capitalised names the gazetteer does not
// know ("Ruritania's exports", "Micron Tech", "the Panama Canal Authority"),
// and lets a longer name absorb a country inside it ("LNG Canada").
func (x *extractor) properNames(si int, s sentence, first int) {
	g := &x.g
	if isAllUpperLine(x, s) {
		return
	}
	changed := false               // a name was added or absorbed mentions
	next := s.a                    // the first token not yet read
	for _, c := range x.capitals { // the capitalised words of s
		k := int(c)
		if k < next {
			continue
		}
		next = k + 1
		// fast path: a name needs evidence — a possessive after it, an
		// organisation word at its end, or a known entity inside it; the
		// widest run of capitalised words shows whether any part has it
		{
			e := k
			for e < s.b && x.toks[e].kind == tWord && (isUpper(x.toks[e].text) || x.g.word(e) == "of" || x.g.word(e) == "and") && x.toks[e].text != "'s" {
				e++
			}
			evidence := e < s.b && (x.toks[e].text == "'s" || x.toks[e].text == "’s")
			for j := k; j < e && !evidence; j++ {
				evidence = x.cover[j] > 0 || x.toks[j].cls&lxOrgSuffix != 0
			}
			if !evidence {
				next = e // e > k: token k is a capitalised word
				continue
			}
		}
		if x.toks[k].cls&lxTitle != 0 {
			continue
		}
		// the run of capitalised words (with "of", "and", "&" inside)
		e := k
		for e < s.b {
			u := &x.toks[e]
			if u.kind == tWord && isUpper(u.text) && u.cls&lxTitle == 0 && u.text != "'s" {
				e++
				continue
			}
			if e > k && e+1 < s.b && (u.text == "&" || g.word(e) == "of" || g.word(e) == "and" && orgSuffixes[g.word(e+1)]) && isUpper(x.toks[e+1].text) && x.toks[e+1].kind == tWord {
				e++
				continue
			}
			break
		}
		if e == k {
			continue
		}
		for e > k && (g.word(e-1) == "of" || x.toks[e-1].text == "&") {
			e--
		}
		a := k
		if e <= a {
			continue
		}
		next = e
		// skip sentence-initial single common words ("Exports rose")
		possessive := e < s.b && (x.toks[e].text == "'s" || x.toks[e].text == "’s")
		if x.toks[a].cls&(lxFunction|lxMonth|lxWeekday) != 0 || x.g.lw(a) == "i" {
			if e-a == 1 {
				continue
			}
			a++
			if a >= e {
				continue
			}
			if x.toks[a].cls&(lxMonth|lxWeekday) != 0 {
				continue
			}
		}
		if a == s.a && e-a == 1 && !possessive {
			continue
		}
		// gazetteer mentions inside the run, and the words they leave over
		inside, extra := -1, false
		for j := a; j < e; j++ {
			in := x.cover[j] > 0
			if in && inside < 0 {
				inside = int(x.cover[j] - 1)
			}
			if !in && !institutionWords[x.g.lw(j)] && g.word(j) != "of" {
				extra = true
			}
		}
		if !extra {
			continue
		}
		// at the start of a sentence, a capitalised word before a known
		// entity is an ordinary word ("Overall UK exports")
		if inside >= 0 && a == s.a && x.mentions[inside].a == a+1 {
			continue
		}
		// a name needs evidence: a possessive, an organisation word at its
		// end, or a known entity inside it ("LNG Canada", "Panama Canal")
		entityLast := inside >= 0 && x.mentions[inside].b == e && x.mentions[inside].a > a
		if !possessive && x.toks[e-1].cls&lxOrgSuffix == 0 && !entityLast {
			continue
		}
		name := foldTokens(x.g.text, x.toks[a:e])
		ent := x.nameEntity(name)
		mn := mention{a: a, b: e, ent: ent, form: FormName, sent: si, poss: possessive}
		mn.source = x.isSource(e, s)
		mn.prep = x.inPrepPhrase(a, s) || mn.source
		if !mn.prep && e < s.b && g.isPunct(e, ",") && x.laterReporting(e, s) {
			mn.prep = true // "Paul Dales, UK economist ..., said"
		}
		changed = true
		if inside >= 0 {
			// the longer name absorbs the entities inside it
			m := &x.mentions[inside]
			m.ent, m.prep, m.a, m.b, m.poss = ent, mn.prep, a, e, possessive
			for j := a; j < e; j++ {
				if c := x.cover[j]; c > 0 && int(c-1) != inside {
					x.mentions[c-1].ent = nil // dropped below
				}
			}
			continue
		}
		x.mentions = append(x.mentions, mn)
	}
	if !changed {
		return // the gazetteer's mentions, in text order, with their clauses
	}
	// drop absorbed mentions, restore text order and clause indexes
	kept := x.mentions[:first]
	for _, m := range x.mentions[first:] {
		if m.ent != nil {
			kept = append(kept, m)
		}
	}
	x.mentions = kept
	ms := x.mentions[first:]
	slices.SortStableFunc(ms, func(p, q mention) int { return p.a - q.a })
	for i := range ms {
		ms[i].clause = int(x.clauseOf[ms[i].a])
	}
}

// orgSuffixes end the names of companies and institutions.
var orgSuffixes = map[string]bool{
	"co": true, "corp": true, "corporation": true, "inc": true, "ltd": true, "plc": true,
	"group": true, "holdings": true, "holding": true, "technologies": true, "tech": true,
	"bank": true, "airlines": true, "airways": true, "motors": true, "authority": true,
	"labs": true, "forum": true, "summit": true, "council": true, "association": true,
	"organization": true, "organisation": true, "institute": true, "fund": true,
	"exchange": true, "index": true, "average": true, "company": true, "industries": true,
	"systems": true, "partners": true, "capital": true, "securities": true, "energy": true,
	"telecom": true, "communications": true, "electronics": true, "pharmaceuticals": true,
	"ag": true, "sa": true, "nv": true, "gmbh": true, "llc": true, "lp": true, "canal": true,
	"port": true, "airport": true, "university": true, "foundation": true, "federation": true,
	"union": true, "alliance": true, "commission": true, "board": true, "agency": true,
}

// laterReporting reports whether a reporting verb follows in the sentence.
func (x *extractor) laterReporting(k int, s sentence) bool {
	for j := k; j < s.b; j++ {
		if reportingVerbs[x.g.word(j)] {
			return true
		}
	}
	return false
}

// nameEntity returns the article-local entity for a proper name.
func (x *extractor) nameEntity(name string) *Entity {
	if x.names == nil {
		x.names = map[string]*Entity{}
	}
	if e, ok := x.names[name]; ok {
		return e
	}
	e := &Entity{Name: name, Kind: KindName}
	x.names[name] = e
	return e
}

// reportingVerbs after an entity make it the source of a statement rather
// than what the figure is about ("the Commerce Department said").
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "reported": true, "reports": true, "estimated": true,
	"estimates": true, "expects": true, "expected": true, "forecast": true, "forecasts": true,
	"predicted": true, "predicts": true, "noted": true, "added": true, "told": true,
	"announced": true, "stated": true, "showed": true, "shows": true, "projected": true,
}

// isSource reports whether the words after an entity ending at b make it a
// reporting source: "the Statistics Bureau said", "Japan's ministry said".
func (x *extractor) isSource(b int, s sentence) bool {
	k := b
	if k < s.b && (x.toks[k].text == "'s" || x.toks[k].text == "’s") {
		return false
	}
	// "Federal Reserve Bank of Atlanta said": skip the rest of a proper name
	for n := 0; k < s.b && n < 4 && x.toks[k].kind == tWord && (isUpper(x.toks[k].text) || x.g.word(k) == "of"); k, n = k+1, n+1 {
	}
	return reportingVerbs[x.g.word(k)]
}

// inPrepPhrase reports whether the entity starting at token a is the object
// of a preposition, looking back over determiners and lower-case modifiers
// ("with newly industrialized Far East countries").
func (x *extractor) inPrepPhrase(a int, s sentence) bool {
	for p, n := a-1, 0; p >= s.a && n < 4; p, n = p-1, n+1 {
		t := &x.toks[p]
		if t.kind == tPunct {
			if t.text == "(" || x.g.gluedHyphen(p) {
				continue
			}
			return false
		}
		if t.kind != tWord {
			return false
		}
		if t.cls&lxPrep != 0 {
			return true
		}
		if w := x.g.lw(p); w == "the" || w == "a" || w == "an" {
			continue
		}
		if t.cls&(lxFunction|lxVerbLike) != 0 || isUpper(t.text) || changeWords[x.g.lw(p)] != NoChange {
			return false
		}
	}
	return false
}

// clauseBreak reports whether a new clause starts after toks[k], a token
// of the sentence of tokens [sa, sb). Only punctuation and clause words
// ("and", "but", "while") may break a clause: callers test that first.
func (x *extractor) clauseBreak(k, sa, sb int) bool {
	t := &x.toks[k]
	if len(t.text) > 5 || t.text == "" {
		return false // not "and", "but", "while", ";" or ","
	}
	if c := t.text[0]; c != 'a' && c != 'b' && c != 'w' && c != ';' && c != ',' {
		return false
	}
	// "the US was ahead with 20.5% and China came second": a new subject
	// after a figure starts a clause
	if t.kind == tWord && (t.text == "and" || t.text == "but" || t.text == "while") && k > sa && k+1 < sb {
		p := &x.toks[k-1]
		if (p.kind == tNum || p.kind == tSym && p.text == "%" || x.g.word(k-1) == "pct" || x.g.word(k-1) == "percent") && isUpper(x.toks[k+1].text) {
			return true
		}
	}
	if t.kind != tPunct {
		return false
	}
	if t.text == ";" {
		return true
	}
	if t.text == "," && k+1 < sb && x.g.is(k+1, lxClauseWord) {
		return true
	}
	return false
}

// sentenceSubject returns the subject-position entity of sentence si.
func (x *extractor) sentenceSubject(si int) *Entity {
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.prep || m.ent.Kind == KindRegion || x.inClaim[m.a] {
			continue
		}
		return m.ent
	}
	return nil
}

// prepareSubjects indexes the subject candidates of sentence si once its
// claims are known: per clause, the first candidate; and the candidates
// that may follow a claim, in text order. Mentions inside a claim's own
// text ("Australian dlrs") are not candidates.
func (x *extractor) prepareSubjects(si int, s sentence) {
	clear(x.inClaim[s.a:s.b])
	for i := range x.qs {
		q := &x.qs[i]
		if !q.skip {
			for k := q.a; k < q.b; k++ {
				x.inClaim[k] = true
			}
		}
	}
	x.firstInClause = x.firstInClause[:0]
	x.afterCands = x.afterCands[:0]
	x.sentFirst = -1
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.prep || x.inClaim[m.a] {
			continue
		}
		if x.sentFirst < 0 {
			x.sentFirst = i
		}
		for len(x.firstInClause) <= m.clause {
			x.firstInClause = append(x.firstInClause, -1)
		}
		if x.firstInClause[m.clause] < 0 {
			x.firstInClause[m.clause] = i
		}
		if m.ent.Kind != KindName {
			x.afterCands = append(x.afterCands, i)
		}
	}
}

// subjectFor picks the entity a claim is about: the subject-position entity
// of the claim's clause, else of its sentence, else the one carried from
// earlier sentences.
func (x *extractor) subjectFor(q *quantity, si int, s sentence, ctx *articleContext) string {
	clause := int(x.clauseOf[q.a])
	// "68.5 percent of Peru's total", "0.1 percent of China's GDP growth"
	if x.g.word(q.b) == "of" {
		k := q.b + 1
		if x.g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && m.a == k && (m.poss || m.form == FormAdjective) {
			return m.ent.Name
		}
	}
	// "compared with 18.6% for the US": the entity the figure is given for
	if x.g.word(q.b) == "for" {
		k := q.b + 1
		if x.g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && m.a == k && m.ent.Kind != KindRegion {
			return m.ent.Name
		}
	}
	// "the IMF's 184 members": the possessor of what is counted
	if q.unit != UnitOrdinal && q.a-1 > s.a && (x.toks[q.a-1].text == "'s" || x.toks[q.a-1].text == "’s") {
		if m := x.mentionAt(q.a-2, s); m != nil && m.b == q.a-1 {
			return m.ent.Name
		}
	}
	// "Chrysler Corp said its U.S. car sales dipped 3.6 pct": the company
	// the statement is about speaks of "its" figures
	for k := q.a - 1; k >= s.a && k >= q.a-8 && int(x.clauseOf[k]) == clause; k-- {
		if w := x.g.word(k); w == "its" || w == "their" {
			r := x.sentM[si]
			for i := r[0]; i < r[1]; i++ {
				if m := &x.mentions[i]; m.source && m.ent.Kind == KindName && m.a < k {
					return m.ent.Name
				}
			}
			break
		}
	}
	var before, after *mention
	if clause < len(x.firstInClause) && x.firstInClause[clause] >= 0 && x.mentions[x.firstInClause[clause]].a < q.a {
		before = &x.mentions[x.firstInClause[clause]]
	} else if x.sentFirst >= 0 && x.mentions[x.sentFirst].a < q.a {
		before = &x.mentions[x.sentFirst]
	}
	if before == nil {
		// the first candidate at or after the claim, if in the same clause
		i, _ := slices.BinarySearchFunc(x.afterCands, q.a, func(mi, a int) int { return x.mentions[mi].a - a })
		if i < len(x.afterCands) && x.mentions[x.afterCands[i]].clause == clause {
			after = &x.mentions[x.afterCands[i]]
		}
	}
	if after != nil && x.pronounClause(q.a, s) {
		after = nil // "It has signed agreements with five ... and Belt and Road ..."
	}
	switch {
	case before != nil:
		return before.ent.Name
	case after != nil && after.ent.Kind != KindRegion:
		return after.ent.Name
	case ctx.current != nil:
		x.carried = true
		return ctx.current.Name
	}
	// any entity in the sentence at all
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		if m := &x.mentions[i]; m.ent.Kind != KindRegion {
			return m.ent.Name
		}
	}
	return ""
}

// pronounClause reports whether the clause holding token k starts with a
// personal pronoun, whose referent comes from an earlier sentence.
func (x *extractor) pronounClause(k int, s sentence) bool {
	for j := int(x.clauseStart[k]); j < k; j++ {
		w := x.g.word(j)
		if w == "" || w == "and" || w == "but" || w == "while" || w == "as" {
			continue
		}
		switch w {
		case "it", "its", "he", "she", "his", "her", "they", "their", "this", "these":
			return true
		}
		return false
	}
	return false
}

// periodMention is a period named in a sentence.
type periodMention struct {
	tok    int
	period string
}

// findPeriods lists the periods a sentence names and updates the context year.
func (x *extractor) findPeriods(si int, s sentence, ctx *articleContext) []periodMention {
	out := x.periodBuf[:0] // valid until the next sentence
	defer func() { x.periodBuf = out[:0] }()
	g := &x.g
	// Only figures and lxPeriod words (listed by findMentions) are read;
	// a match over several tokens moves next past them.
	from := int32(0)
	if si > 0 {
		from = x.periodEnd[si-1]
	}
	next := s.a
	for _, c := range x.periodToks[from:x.periodEnd[si]] {
		k := int(c)
		if k < next {
			continue
		}
		next = k + 1
		t := &x.toks[k]
		switch t.kind {
		case tNum:
			if isYearToken(t) && (g.word(k-1) == "since" || g.word(k-1) == "until" || g.word(k-1) == "base" || g.word(k+1) == "base") {
				ctx.year = int(t.num)
				continue // a start or end date, not the period of the figures
			}
			if isYearToken(t) && !(k+1 < s.b && x.toks[k+1].glued() && x.toks[k+1].kind == tWord) {
				y := int(t.num)
				p := t.text
				// fiscal year 1986/87
				if k+2 < s.b && g.isPunct(k+1, "/") && x.toks[k+2].kind == tNum && x.toks[k+2].glued() {
					out = append(out, periodMention{k, t.text + "/" + x.toks[k+2].text})
					ctx.year = y
					next = k + 3
					continue
				}
				if months[g.word(k-1)] > 0 && (g.word(k-2) == "since" || g.word(k-2) == "until") {
					ctx.year = y
					continue // "its lowest level since March 1980"
				}
				// "in the same month of 1986": the sentence's period, that year
				if g.word(k-1) == "of" && g.word(k-3) == "same" {
					switch g.word(k - 2) {
					case "month", "period", "quarter", "time":
						base := ctx.lastPeriod
						if len(out) > 0 {
							base = out[0].period
						}
						if len(base) >= 4 && atoiSafe(base[:4]) > 0 {
							out = append(out, periodMention{k, shiftYears(base, y-atoiSafe(base[:4]))})
							continue
						}
					}
				}
				// "in the same 1986 period": the sentence's period a year off
				if g.word(k-1) == "same" && g.word(k+1) == "period" {
					base := ctx.lastPeriod
					if len(out) > 0 {
						base = out[0].period
					}
					if len(base) >= 4 && atoiSafe(base[:4]) > 0 {
						out = append(out, periodMention{k, shiftYears(base, y-atoiSafe(base[:4]))})
						continue
					}
				}
				// month before: "February 1986"; two months: "January and February 1987"
				if mo := months[g.word(k-1)]; mo > 0 && isUpper(x.toks[k-1].text) {
					if m0 := months[g.word(k-3)]; m0 > 0 && m0 < mo && isUpper(x.toks[k-3].text) && (g.word(k-2) == "and" || g.word(k-2) == "to" || g.isHyphen(k-2)) {
						out = append(out, periodMention{k, p + "-" + twoDigits(m0) + ".." + p + "-" + twoDigits(mo)})
						ctx.year = y
						continue
					}
					p = p + "-" + twoDigits(mo)
				} else if q := x.quarterBefore(k, s); q != "" {
					p = p + "-" + q
				} else if n := x.monthsToDate(k, s); n > 0 {
					p = p + "-01.." + p + "-" + twoDigits(n) // "the first two months of 1987"
				}
				out = append(out, periodMention{k, p})
				ctx.year = y
			}
			if q := x.quarterAt(k, s); q != "" {
				if y := x.yearAfter(k, s); y > 0 {
					continue // the year token carries it
				}
				if ctx.year > 0 {
					out = append(out, periodMention{k, itoa(ctx.year) + "-" + q})
				}
			}
		case tWord:
			w := x.g.lw(k)
			if !isUpper(t.text) {
				// lower-case period words: "first half", "last year", "same period", "so far"
				switch w[0] {
				case 'f', 's', 't', 'l', 'y':
				default:
					continue
				}
			}
			if c := w[0]; isUpper(t.text) && (c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' || c == 'o' || c == 'n' || c == 'd') && len(w) >= 3 && (w != "may" || k > s.a) && months[w] > 0 {
				mo := months[w]
				if w == "mar" || w == "jun" || w == "jan" || w == "dec" || w == "oct" || w == "sep" || w == "aug" || w == "apr" || w == "jul" || w == "feb" || w == "nov" || w == "sept" {
					if !(k+1 < s.b && (g.isPunct(k+1, ".") || x.toks[k+1].kind == tNum)) {
						continue
					}
				}
				if k+1 < s.b && isYearToken(&x.toks[k+1]) {
					continue // "February 1986" is handled at the year
				}
				y := ctx.year
				if y == 0 || g.word(k-1) == "since" || g.word(k-1) == "until" {
					continue
				}
				// a month after the article's month belongs to the year before
				if ctx.dateMonth > 0 && y == ctx.dateYear && mo > ctx.dateMonth {
					y--
				}
				p := yearMonth(y, mo)
				switch {
				case x.weekEnded(k):
					// "in the week ended March 18", "four weeks ended March 20",
					// "the March 9 week": weeks, not the month
					if d := x.toks[k+1]; d.kind == tNum && d.num >= 1 && d.num <= 31 && d.decimals == 0 {
						n := 1
						if g.word(k-2) == "weeks" && k-3 >= s.a {
							if t := &x.toks[k-3]; t.kind == tNum {
								n = int(t.num)
							} else if v, ok := cardinalWords[g.word(k-3)]; ok {
								n = int(v)
							}
						}
						p = itoa(n) + " weeks to " + p + "-" + twoDigits(int(d.num))
						if n == 1 {
							p = "week to " + p[len("1 weeks to "):]
						}
					}
				case g.word(k-1) == "of" && g.word(k-4) == "first" && (g.word(k-2) == "days" || g.word(k-2) == "weeks"):
					// "the first 20 days of February": part of the month
					if n := x.toks[k-3]; n.kind == tNum && n.decimals == 0 && n.num >= 1 && n.num < 31 {
						days := int(n.num)
						if g.word(k-2) == "weeks" {
							days *= 7
						}
						if days < 28 {
							p = p + "-01.." + p + "-" + twoDigits(days)
						}
					}
				}
				out = append(out, periodMention{k, p})
				continue
			}
			if q := x.quarterAt(k, s); q != "" {
				if x.yearAfter(k, s) > 0 {
					continue
				}
				if ctx.year > 0 {
					out = append(out, periodMention{k, itoa(ctx.year) + "-" + q})
				}
				continue
			}
			// "year-to-date", "so far this year": January to the article's date
			if (w == "year" && g.gluedHyphen(k+1) && g.word(k+2) == "to" || w == "so" && g.word(k+1) == "far" && g.word(k+2) == "this" && g.word(k+3) == "year") && ctx.dateMonth > 0 {
				y := itoa(ctx.dateYear)
				out = append(out, periodMention{k, y + "-01.." + y + "-" + twoDigits(ctx.dateMonth)})
				continue
			}
			// "the first six months of this year"
			if w == "first" && ctx.dateYear > 0 {
				n := 0
				if t := &x.toks[min(k+1, s.b-1)]; t.kind == tNum && t.decimals == 0 {
					n = int(t.num)
				} else if v, ok := cardinalWords[g.word(k+1)]; ok {
					n = int(v)
				}
				if n >= 2 && n <= 11 && g.word(k+2) == "months" && g.word(k+3) == "of" && g.word(k+5) == "year" {
					y := ctx.dateYear
					switch g.word(k + 4) {
					case "last":
						y--
					case "this":
					default:
						n = 0
					}
					if n > 0 {
						ys := itoa(y)
						out = append(out, periodMention{k, ys + "-01.." + ys + "-" + twoDigits(n)})
						next = k + 6
						continue
					}
				}
			}
			// "in the same period last year": the sentence's period a year off
			if w == "same" && g.word(k+1) == "period" {
				base := ctx.lastPeriod
				if len(out) > 0 {
					base = out[0].period
				}
				n1, n2 := g.word(k+2), g.word(k+3)
				if len(base) >= 4 && atoiSafe(base[:4]) > 0 && (n1 == "last" && n2 == "year" || n1 == "a" && n2 == "year") {
					out = append(out, periodMention{k, shiftYears(base, -1)})
					next = k + 4
					continue
				}
			}
			if (w == "last" || w == "this") && g.word(k+1) == "month" && ctx.dateMonth > 0 {
				y, m := ctx.dateYear, ctx.dateMonth
				if w == "last" {
					if m--; m == 0 {
						y, m = y-1, 12
					}
				}
				out = append(out, periodMention{k, yearMonth(y, m)})
				continue
			}
			if w == "last" || w == "this" || w == "next" {
				if n := g.word(k + 1); n == "year" && ctx.dateYear > 0 {
					y := ctx.dateYear
					if w == "last" {
						y--
					} else if w == "next" {
						y++
					}
					out = append(out, periodMention{k, itoa(y)})
				}
			}
		}
	}
	if len(out) > 0 {
		ctx.lastPeriod = out[len(out)-1].period
	}
	return out
}

// periodExtra are the words besides the months that findPeriods reads
// (the lxPeriod class): quarterAt's words and those of relative periods.
var periodExtra = map[string]bool{
	"q1": true, "q2": true, "q3": true, "q4": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"first": true, "second": true, "third": true, "fourth": true,
	"year": true, "so": true, "same": true, "last": true, "this": true, "next": true,
}

func twoDigits(n int) string {
	if 0 <= n && n < 100 {
		return twoDigitStrings[n]
	}
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

var twoDigitStrings = func() (t [100]string) {
	for n := range t {
		t[n] = string([]byte{byte('0' + n/10), byte('0' + n%10)})
	}
	return t
}()

// yearMonth returns "YYYY-MM" (itoa(y) + "-" + twoDigits(mo)); the months
// of the years a year token may name are made once.
func yearMonth(y, mo int) string {
	if y >= yearMonthFirst && y < yearMonthFirst+len(yearMonths) && mo >= 1 && mo <= 12 {
		return yearMonths[y-yearMonthFirst][mo-1]
	}
	return itoa(y) + "-" + twoDigits(mo)
}

const yearMonthFirst = 1800 // isYearToken's range: 1800 to 2100

var yearMonths = func() (t [301][12]string) {
	for i := range t {
		for m := range 12 {
			t[i][m] = itoa(yearMonthFirst+i) + "-" + twoDigits(m+1)
		}
	}
	return t
}()

// quarterAt recognises a quarter or half starting at k: "fourth quarter",
// "4th qtr", "Q3", "first half", "third-quarter". It returns "Q4" or "H1".
func (x *extractor) quarterAt(k int, s sentence) string {
	g := &x.g
	t := &x.toks[k]
	n := 0
	e := k + 1
	switch t.kind {
	case tWord:
		w := x.g.lw(k)
		if len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' {
			return strings.ToUpper(w)
		}
		if w != "first" && w != "second" && w != "third" && w != "fourth" {
			return ""
		}
		if o, ok := ordinalWords[w]; ok && o <= 4 {
			n = int(o)
		}
	case tNum:
		if e < s.b && x.toks[e].glued() {
			switch g.word(e) {
			case "st", "nd", "rd", "th":
				n = int(t.num)
				e++
			case "q":
				return "Q" + itoa(int(t.num))
			}
		}
	}
	if n < 1 || n > 4 {
		return ""
	}
	if g.gluedHyphen(e) {
		e++
	}
	switch g.word(e) {
	case "quarter", "qtr", "quarters":
		return "Q" + itoa(n)
	case "half":
		if n <= 2 {
			return "H" + itoa(n)
		}
	}
	return ""
}

// weekEnded reports whether the month name at k follows "week ended",
// "week ending" or "week to".
func (x *extractor) weekEnded(k int) bool {
	g := &x.g
	switch g.word(k - 1) {
	case "ended", "ending", "to":
		w := g.word(k - 2)
		return (w == "week" || w == "weeks") && k+1 < len(x.toks)
	}
	// "in the March 9 week"
	return k+2 < len(x.toks) && x.toks[k+1].kind == tNum && g.word(k+2) == "week"
}

// monthsToDate recognises "first N months of" before the year at k and
// returns N (2 to 11), else 0.
func (x *extractor) monthsToDate(k int, s sentence) int {
	g := &x.g
	if k-4 < s.a || g.word(k-1) != "of" || g.word(k-2) != "months" || g.word(k-4) != "first" {
		return 0
	}
	n := 0
	if t := &x.toks[k-3]; t.kind == tNum && t.decimals == 0 {
		n = int(t.num)
	} else if v, ok := cardinalWords[g.word(k-3)]; ok {
		n = int(v)
	}
	if n < 2 || n > 11 {
		return 0
	}
	return n
}

// quarterBefore finds "fourth quarter of" / "first half" before a year at k.
func (x *extractor) quarterBefore(k int, s sentence) string {
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		if q := x.quarterAt(j, s); q != "" {
			return q
		}
	}
	return ""
}

// yearAfter returns a year written shortly after a quarter phrase at k.
func (x *extractor) yearAfter(k int, s sentence) int {
	for j := k + 1; j < s.b && j <= k+5; j++ {
		if isYearToken(&x.toks[j]) {
			return int(x.toks[j].num)
		}
		if x.toks[j].kind == tPunct && x.toks[j].text != "-" {
			return 0
		}
	}
	return 0
}

// periodFor picks the period nearest to the claim in its sentence, else
// the one carried from earlier sentences.
func (x *extractor) periodFor(q *quantity, ps []periodMention, ctx *articleContext) string {
	if len(ps) == 0 {
		if ctx.lastPeriod != "" {
			x.periodCarried = true
		}
		return ctx.lastPeriod
	}
	// "The February trade surplus narrowed to 235 mln dlrs from 582 mln in
	// January": a period written as a modifier of the metric, before the
	// figure in its clause, is the figure's own (unless the figure is the
	// base of a comparison)
	if !x.isComparisonBase(q) {
		for _, p := range ps {
			if p.tok >= q.a || x.clauseOf[p.tok] != x.clauseOf[q.a] {
				continue
			}
			if n := x.g.word(p.tok + 1); n != "" && metricHeads[n] || metricHeads[x.g.word(p.tok+2)] && !functionWords[n] {
				return p.period
			}
		}
	}
	// the nearest mention on either side (ps is in text order)
	i, _ := slices.BinarySearchFunc(ps, q.a, func(p periodMention, a int) int { return p.tok - a })
	best, bestD := "", 1<<30
	for _, j := range [...]int{i - 1, i} {
		if j < 0 || j >= len(ps) {
			continue
		}
		p := ps[j]
		d := p.tok - q.b
		if p.tok < q.a {
			d = q.a - p.tok + 1
		}
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = p.period, d
		}
	}
	if best != "" && x.yearEarlierAfter(q) {
		best = shiftYears(best, -1)
	}
	return best
}

// yearEarlierAfter reports whether "a year earlier" (ago, before) follows
// the claim closely: "rose to 5 bln from 4.3 bln a year earlier".
func (x *extractor) yearEarlierAfter(q *quantity) bool {
	g := &x.g
	for k := q.b; k < q.b+4 && k+2 < len(x.toks); k++ {
		if (g.word(k) == "a" || g.word(k) == "one") && g.word(k+1) == "year" {
			switch g.word(k + 2) {
			case "earlier", "ago", "before":
				return true
			}
		}
		if x.toks[k].kind == tNum {
			return false
		}
	}
	return false
}

// shiftYears moves every year written in a period by n: "1987-02" → "1986-02",
// "1987-01..1987-02" → "1986-01..1986-02".
func shiftYears(p string, n int) string {
	b := []byte(p)
	for i := 0; i+4 <= len(b); i++ {
		if (i == 0 || b[i-1] == '.' || b[i-1] == '/') && isDigit(b[i]) && isDigit(b[i+1]) && isDigit(b[i+2]) && isDigit(b[i+3]) && (i+4 == len(b) || !isDigit(b[i+4])) {
			y := atoiSafe(string(b[i:i+4])) + n
			copy(b[i:i+4], itoa(y))
			i += 3
		}
	}
	return string(b)
}

// changeNouns after a figure make it a change ("a 25 pct rise").
var changeNouns = map[string]Change{
	"rise": Up, "increase": Up, "gain": Up, "jump": Up, "growth": Up, "hike": Up,
	"surge": Up, "climb": Up, "decline": Down, "drop": Down, "fall": Down, "decrease": Down,
	"cut": Down, "reduction": Down, "slump": Down, "contraction": Down, "loss": Down, "dip": Down,
}

// changeFor says whether the claim is a change: "rose 5%", "fell by $2bn",
// "up 3%", "a 25 pct rise".
func (x *extractor) changeFor(q *quantity, s sentence) Change {
	g := &x.g
	k := q.a - 1
	if g.word(k) == "by" {
		k--
	}
	for k >= s.a {
		switch g.word(k) {
		case "sharply", "slightly", "only", "just", "a", "an", "further", "respectively", "record",
			"underlying", "seasonally", "adjusted", "revised", "estimated", "provisional", "total", "net":
			k--
			continue
		}
		break
	}
	if c, ok := changeWords[g.word(k)]; ok && k >= s.a {
		switch g.word(k) {
		case "higher", "lower", "raise", "raised", "cut", "cuts", "cutting":
			if g.word(q.a-1) != "by" && g.word(k) != "cut" && g.word(k) != "raised" {
				break
			}
			return c
		default:
			return c
		}
	}
	e := q.b
	if g.gluedHyphen(e) {
		e++
	}
	if c, ok := changeNouns[g.word(e)]; ok {
		return c
	}
	// "a reduction of 1.4 billion", "an increase of 5 pct"
	if g.word(q.a-1) == "of" {
		switch g.word(q.a - 2) {
		case "reduction", "decline", "drop", "fall", "decrease", "cut", "contraction":
			return Down
		case "increase", "rise", "gain", "jump":
			return Up
		}
	}
	// "reducing its overall debt by 996 mln": a change verb a few words back
	if g.word(q.a-1) == "by" {
		for k := q.a - 2; k >= s.a && k >= q.a-6; k-- {
			w := g.word(k)
			if c, ok := changeWords[w]; ok {
				return c
			}
			switch w {
			case "reducing", "cutting", "lowering":
				return Down
			case "raising", "increasing", "boosting", "lifting":
				return Up
			}
			if w == "" {
				break
			}
		}
	}
	return NoChange
}

// metricHeads are the nouns that name what a figure measures.
var metricHeads = map[string]bool{
	"exports": true, "imports": true, "deficit": true, "surplus": true, "trade": true,
	"gdp": true, "growth": true, "inflation": true, "unemployment": true, "rate": true,
	"rates": true, "prices": true, "price": true, "output": true, "production": true,
	"sales": true, "profit": true, "profits": true, "revenue": true, "revenues": true,
	"investment": true, "investments": true, "payrolls": true, "jobs": true, "spending": true,
	"debt": true, "reserves": true, "shipments": true, "earnings": true, "income": true,
	"tariffs": true, "tariff": true, "duty": true, "duties": true, "consumption": true,
	"demand": true, "balance": true, "gap": true, "shortfall": true, "volume": true,
	"wages": true, "loans": true, "lending": true, "yields": true, "yield": true,
	"index": true, "stake": true, "capacity": true, "budget": true, "borrowing": true,
	"assets": true, "economy": true, "purchases": true, "orders": true, "value": true,
	"valuation": true, "population": true, "members": true, "economies": true, "share": true,
	"market": true, "unemployed": true, "employment": true, "sale": true, "cost": true, "costs": true,
	"supply": true, "m-1": true, "m-2": true, "m-3": true, "m1": true, "m2": true, "m3": true,
	"gnp": true, "deposits": true, "reserve": true, "liquidity": true, "turnover": true,
}

// forecastWords before a figure in its clause make it a forecast, target or
// hypothesis rather than an outcome.
var forecastWords = map[string]bool{
	"forecast": true, "forecasts": true, "forecasting": true, "expected": true, "expects": true,
	"expect": true, "projected": true, "projects": true, "projection": true, "predicted": true,
	"predicts": true, "target": true, "targets": true, "targeted": true, "would": true,
	"will": true, "could": true, "might": true, "aims": true, "aim": true, "goal": true,
	"plans": true, "planned": true, "estimates": true, "likely": true, "outlook": true,
	"set": true, "seen": true, "anticipated": true, "budgeted": true, "aiming": true,
	"aimed": true, "expectations": true, "expectation": true, "objective": true, "ceiling": true,
	"targeting": true, "targetting": true, "projecting": true, "predicting": true,
}

// metricFor builds a short lowercase phrase for what the claim measures;
// forecasts and targets are marked "forecast ...", so that they are compared
// with each other and not with outcomes.
func (x *extractor) metricFor(q *quantity, s sentence, c *Claim) string {
	m := x.metricPhrase(q, s, c)
	if m == "" || q.unit == UnitOrdinal {
		return m
	}
	if q.unit == UnitCount {
		if x.forecastBefore(q, s) {
			return "forecast " + m // "expectations for a rise of 170,000 jobs"
		}
		return m
	}
	if x.seasonallyAdjusted(s) {
		m = "seasonally adjusted " + m
	}
	m = x.qualify(q, s, m)
	cl := x.clauseOf[q.a]
	if x.forecastBefore(q, s) {
		return "forecast " + m
	}
	// "a five dlr a barrel tariff would increase costs"
	for k := q.b; k < s.b && k < q.b+8 && x.clauseOf[k] == cl; k++ {
		switch x.g.word(k) {
		case "would", "could", "might", "will":
			return "forecast " + m
		case "anticipated", "expected", "forecast", "predicted":
			if x.g.word(k-1) == "had" || x.g.word(k-1) == "have" {
				return "forecast " + m // "the rise the markets had anticipated"
			}
		}
	}
	return m
}

// forecastBefore reports whether a forecast word comes before the figure in
// its clause.
func (x *extractor) forecastBefore(q *quantity, s sentence) bool {
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		if x.g.is(k, lxForecast) {
			return true
		}
	}
	return false
}

// qualify adds the qualifiers of the claim's clause that change what a
// figure measures: "real" or "nominal" terms, "annual" rates, "excluding
// autos", "underlying".
func (x *extractor) qualify(q *quantity, s sentence, m string) string {
	g := &x.g
	var pre []string
	excl := ""
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		switch w := g.word(k); w {
		case "real", "nominal", "underlying":
			pre = append(pre, w)
		case "annual", "annualised", "annualized", "year-on-year":
			pre = append(pre, "annual")
		case "year":
			if g.word(k+1) == "on" && g.word(k+2) == "year" {
				pre = append(pre, "annual") // "year on year"
			}
		case "excluding":
			if n := g.word(k + 1); n != "" {
				excl = " excluding " + n
			}
		case "months":
			if g.word(k-1) == "12" || k > 0 && x.toks[k-1].kind == tNum && x.toks[k-1].num == 12 {
				pre = append(pre, "annual")
			}
		}
	}
	// "in real terms", "on a current prices basis", "in volume terms" after the figure
	for k := q.b; k+1 < s.b && k < q.b+8 && x.clauseOf[k] == cl; k++ {
		if g.word(k+1) == "terms" {
			switch w := g.word(k); w {
			case "real", "nominal", "volume", "value":
				pre = append(pre, w)
			}
		}
	}
	if g.word(q.a-1) == "current" || x.currentPrices(s) {
		pre = append(pre, "nominal")
	}
	if len(pre) == 0 && excl == "" {
		return m
	}
	slices.Sort(pre)
	pre = slices.Compact(pre)
	return strings.Join(append(pre, m), " ") + excl
}

// currentPrices reports whether the sentence speaks of "current prices"
// (nominal figures); the answer is kept for the sentence.
func (x *extractor) currentPrices(s sentence) bool {
	if x.cpSent != s.a+1 {
		x.cpSent, x.cpValue = s.a+1, strings.Contains(x.g.low[s.start:s.end], "current prices")
	}
	return x.cpValue
}

// seasonallyAdjusted reports whether the sentence gives seasonally adjusted
// figures, which differ from the unadjusted ones reported elsewhere.
func (x *extractor) seasonallyAdjusted(s sentence) bool {
	if x.saSent == s.a+1 {
		return x.saValue
	}
	x.saSent, x.saValue = s.a+1, x.seasonallyAdjusted0(s)
	return x.saValue
}

func (x *extractor) seasonallyAdjusted0(s sentence) bool {
	if !strings.Contains(x.g.low[s.start:s.end], "seasonally") {
		return false // most sentences: one fast search instead of a pass over the tokens
	}
	for k := s.a; k+1 < s.b; k++ {
		if x.g.word(k) == "seasonally" && x.g.word(k+1) == "adjusted" {
			return x.g.word(k-1) != "not" && x.g.word(k-1) != "un"
		}
	}
	return false
}

// metricPhrase is metricFor without the forecast mark.
func (x *extractor) metricPhrase(q *quantity, s sentence, c *Claim) string {
	g := &x.g
	// "62 percent of the world's GDP" → "share of world gdp"
	if q.unit == UnitPercent && g.word(q.b) == "of" {
		if np := x.nounPhrase(q.b+1, s); np != "" {
			return "share of " + np
		}
	}
	// ranks: "second-largest trading partner" → "largest trading partner",
	// "19th round" → "round"
	if q.unit == UnitOrdinal {
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
	if q.unit == UnitCount && q.item != "" {
		// "signed free trade agreements with five economies": the object
		// before the preposition is what is counted
		if p := g.word(q.a - 1); p == "with" || p == "among" {
			if np := x.phraseBefore(q.a-1, s); np != "" {
				return np
			}
		}
		return foldLower(q.item)
	}
	// a metric noun before the figure in the same clause (for counts of
	// nothing named, only right before it)
	reach := 12
	if q.unit == UnitCount {
		reach = 3
	}
	for k := q.a - 1; k >= s.a && k >= q.a-reach; k-- {
		t := &x.toks[k]
		if (t.kind == tPunct || t.cls&lxClauseWord != 0) && x.clauseBreak(k, s.a, s.b) {
			break
		}
		if t.cls&lxMetricHead != 0 {
			return x.modifiedHead(k, s)
		}
	}
	// or right after it: "a $5bn trade deficit", "a 4.3 billion dlr trade
	// surplus": the noun compound after the figure, up to its last head
	last := -1
	for k := q.b; k < s.b && k < q.b+4; k++ {
		if g.word(k) == "" || g.is(k, lxFunction|lxVerbLike) {
			break
		}
		if g.is(k, lxMetricHead) {
			last = k
		}
	}
	if last >= 0 {
		return foldLower(g.text[x.toks[q.b].start:x.toks[last].end])
	}
	return ""
}

// modifiedHead returns the metric head at k with up to two lowercase
// modifiers before it ("merchandise trade deficit"), and what it is of
// ("exports of tea" → "tea exports").
func (x *extractor) modifiedHead(k int, s sentence) string {
	h := x.modifiedHead0(k, s)
	g := &x.g
	if g.word(k+1) == "of" && (g.word(k) == "exports" || g.word(k) == "imports" || g.word(k) == "shipments" || g.word(k) == "sales" || g.word(k) == "production" || g.word(k) == "output" || g.word(k) == "prices") {
		// "imports of wool", "exports of Japanese cars": what is traded
		if w := g.word(k + 2); w != "" && !functionWords[w] && !metricHeads[w] {
			if _, num := cardinalWords[w]; !num {
				if np := x.nounPhrase(k+2, s); np != "" && x.mentionAt(k+2, s) == nil {
					return h + " of " + np
				}
			}
		}
	}
	return h
}

func (x *extractor) modifiedHead0(k int, s sentence) string {
	g := &x.g
	a := k
	for j := k - 1; j >= s.a && j >= k-2; j-- {
		w := g.word(j)
		if w == "" {
			if g.gluedHyphen(j) && j-1 >= s.a {
				j--
				a = j
				continue
			}
			break
		}
		if functionWords[w] || changeWords[w] != NoChange || verbLike[w] || w == "'s" || x.cover[j] > 0 || forecastWords[w] {
			break
		}
		if _, isNum := cardinalWords[w]; isNum {
			break
		}
		a = j
	}
	return foldLower(x.g.text[x.toks[a].start:x.toks[k].end])
}

// phraseBefore returns the noun phrase (up to four words) that ends right
// before token k, lower-cased: "signed Free Trade Agreements with" → "free
// trade agreements".
func (x *extractor) phraseBefore(k int, s sentence) string {
	g := &x.g
	a := k
	for j := k - 1; j >= s.a && j >= k-4; j-- {
		w := g.word(j)
		if w == "" || w == "'s" || functionWords[w] && w != "and" || verbLike[w] || changeWords[w] != NoChange {
			break
		}
		if strings.HasSuffix(w, "ed") && !isUpper(x.toks[j].text) {
			break // a verb: "signed", "established"
		}
		a = j
	}
	if a == k || g.word(a) == "and" {
		return ""
	}
	return foldLower(g.text[x.toks[a].start:x.toks[k-1].end])
}

// nounPhrase returns a normalised noun phrase starting at k ("the world's
// GDP" → "world gdp"), up to a function word or punctuation.
func (x *extractor) nounPhrase(k int, s sentence) string {
	g := &x.g
	var parts []string
	for j := k; j < s.b && len(parts) < 4; j++ {
		t := &x.toks[j]
		if t.kind != tWord {
			if g.gluedHyphen(j) && len(parts) > 0 && g.word(j+1) != "" {
				parts[len(parts)-1] += "-" + g.word(j+1)
				j++
				continue
			}
			break
		}
		w := x.g.lw(j)
		if w == "the" || w == "its" || w == "their" || w == "'s" || w == "’s" || w == "a" || w == "an" {
			continue
		}
		if j+1 < s.b && (x.toks[j+1].text == "'s" || x.toks[j+1].text == "’s") && isUpper(t.text) {
			continue // the possessor is the subject, not part of the metric
		}
		if functionWords[w] || verbLike[w] {
			break
		}
		parts = append(parts, w)
		if metricHeads[w] || w == "trade" && !metricHeads[g.word(j+1)] {
			break
		}
	}
	return strings.Join(parts, " ")
}
