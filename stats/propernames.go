package stats

import (
	"slices"
	"strings"
)

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

// lxInstitution marks the institutionWords.
const lxInstitution lexClass = 1 << 45

func init() {
	lexPartSets[lxInstitution] = func() []string { return trueKeys(institutionWords) }
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
// and lets a longer name absorb a country inside it ("LNG Canada"). It
// reports whether it changed the sentence's mentions.
func (x *extractor) properNames(si int, s sentence, first int) bool {
	g := &x.g
	if isAllUpperLine(x, s) {
		return false
	}
	changed := false               // a name was added or absorbed mentions
	next := s.a                    // the first token not yet read
	listEnd := -1                  // the end of the last name a sentence introduced ("such as Nike")
	for _, c := range x.capitals { // the capitalised words of s
		k := int(c)
		if k < next {
			continue
		}
		next = k + 1
		if k > s.a && x.toks[k].glued() && x.toks[k-1].kind == tNum {
			continue // the "G" of "5G", the "B" of "747B": a code
		}
		// a sentence's first word alone ("Exports rose") is no name: the
		// checks below would skip it, whatever its evidence
		if k == s.a && k+1 < s.b {
			if n := &x.toks[k+1]; n.kind == tWord && 'a' <= n.text[0] && n.text[0] <= 'z' && n.text != "of" && n.text != "and" {
				continue
			}
		}
		// fast path: a name needs evidence — a possessive after it, an
		// organisation word at its end, or a known entity inside it; the
		// widest run of capitalised words shows whether any part has it
		{
			e, evidence := nameRun(x.toks[:s.b], x.g.lows, x.cover, k)
			// (the dearest test, a lookup of the folded name, last)
			if !evidence && (x.bracketFigureAfter(e, s) || x.introducedAt(k, s) || x.describedFirm(k, e, s) || listEnd >= 0 && x.listContinues(listEnd, k) || x.eventName(e, s) || x.personName(k, e, s) || x.knownName(k, e)) {
				evidence = true
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
			if u.kind == tWord && isUpper(u.text) && u.cls&lxTitle == 0 {
				e++
				continue
			}
			if e > k && g.gluedHyphen(e) && e+1 < s.b && isUpper(x.toks[e+1].text) {
				e++ // "Cooper-Standard"
				continue
			}
			if e > k && e+1 < s.b && (u.text == "&" || g.word(e) == "of" || g.word(e) == "and" && x.toks[e+1].cls&lxOrgSuffix != 0) && isUpper(x.toks[e+1].text) && x.toks[e+1].kind == tWord {
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
		possessive := e < s.b && isPossessive(&x.toks[e])
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
		if a == s.a && e-a == 1 && !possessive && !x.describedFirm(a, e, s) && !x.knownName(a, e) {
			continue
		}
		// gazetteer mentions inside the run, and the words they leave over
		inside, extra := -1, false
		for j := a; j < e; j++ {
			in := x.cover[j] > 0
			if in && inside < 0 {
				inside = int(x.cover[j] - 1)
			}
			if !in && x.toks[j].cls&lxInstitution == 0 && g.word(j) != "of" {
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
		introduced := x.introducedAt(a, s) || listEnd >= 0 && x.listContinues(listEnd, a) || x.describedFirm(a, e, s)
		known := x.knownName(a, e) || x.eventName(e, s) || x.personName(a, e, s)
		// ... or a figure of its own in brackets ("Intel in the US (2,499)")
		if !possessive && x.toks[e-1].cls&lxOrgSuffix == 0 && !entityLast && !introduced && !known && !x.entityLed(inside, a, e) && !x.bracketFigureAfter(e, s) {
			continue
		}
		if introduced {
			listEnd = e
		}
		introducedName := introduced
		name := foldTokens(x.g.text, x.toks[a:e])
		ent := x.nameEntity(name)
		x.noteFirm(ent, e, s, introducedName)
		mn := mention{a: a, b: e, ent: ent, form: FormName, sent: si, poss: possessive}
		mn.source = x.isSource(e, s) || x.personName(a, e, s) || g.word(a-1) == "told" || x.saidBefore(a, s) // a person speaks, or is told ("told China Daily"); the figures are not theirs
		mn.prep = x.inPrepPhrase(a, s) || mn.source
		if !mn.prep && e < s.b && g.isPunct(e, ",") && x.laterReporting(e, s) && !(x.firmApposition(e, s) && x.reportsFigure(e, s)) {
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
		return false // the gazetteer's mentions, in text order, with their clauses
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
	return true
}

// nameRun returns the end of the widest run of capitalised words (with
// "of" and "and" inside) from token k of toks, a sentence's tokens from
// its start, and whether it has a name's plainest evidence: a possessive
// after it, or a gazetteer mention or an organisation word inside it
// (properNames' fast path; a leaf, which keeps its values in registers).
func nameRun(toks []token, lows []string, cover []int32, k int) (e int, evidence bool) {
	for e = k; e < len(toks) && e < len(lows); e++ {
		t := &toks[e]
		if t.kind != tWord || !isUpper(t.text) && lows[e] != "of" && lows[e] != "and" {
			break
		}
	}
	if e < len(toks) && isPossessive(&toks[e]) {
		return e, true
	}
	for j := k; j < e && j < len(cover); j++ {
		if cover[j] > 0 || toks[j].cls&lxOrgSuffix != 0 {
			return e, true
		}
	}
	return e, false
}

// nameIntroducers before a capitalised word say that a name follows:
// "telecoms giant Huawei", "chipmaker Micron", "semiconductor companies
// such as Nike", "including Apple".
var nameIntroducers = map[string]bool{
	"giant": true, "giants": true, "firm": true, "company": true, "companies": true,
	"maker": true, "makers": true, "provider": true, "producer": true, "manufacturer": true,
	"operator": true, "carrier": true, "retailer": true, "lender": true, "insurer": true,
	"startup": true, "start-up": true, "conglomerate": true, "brand": true, "chipmaker": true,
	"automaker": true, "carmaker": true, "including": true, "like": true, "rival": true,
	"subsidiary": true, "unit": true, "supplier": true, "exporter": true, "importer": true,
	"investor": true, "developer": true, "platform": true, "group": true, "bank": true,
}

// introducedAt reports whether the capitalised word at k follows words
// that introduce a name ("such as", "telecoms giant").
func (x *extractor) introducedAt(k int, s sentence) bool {
	if k-1 < s.a {
		return false
	}
	w := x.g.word(k - 1)
	if w == "as" && x.g.word(k-2) == "such" {
		return true
	}
	return x.g.is(k-1, lxIntroducer) && !isUpper(x.toks[k-1].text)
}

// knownName reports whether the capitalised words [k, e) are a name the
// article introduced before ("Apple" after "including Apple").
func (x *extractor) knownName(k, e int) bool {
	if len(x.names) == 0 || e <= k || !x.ms.names.may(x.g.text[x.toks[k].start], x.g.text[x.toks[e-1].end-1]) {
		return false
	}
	_, ok := x.names[foldTokens(x.g.text, x.toks[k:e])]
	return ok
}

// eventNouns after capitalised words make them the name of an event or
// body: "the Collision tech summit", "the Canton trade fair".
var eventNouns = map[string]bool{
	"summit": true, "conference": true, "forum": true, "fair": true, "expo": true,
	"festival": true, "exhibition": true, "show": true, "competition": true, "games": true,
}

// eventName reports whether lower-case event words follow the capitalised
// words ending at e ("Collision tech summit").
func (x *extractor) eventName(e int, s sentence) bool {
	for j := e; j < s.b && j < e+3; j++ {
		t := &x.toks[j]
		if t.kind != tWord || isUpper(t.text) {
			return false // (a word token's text is never empty)
		}
		if t.cls&lxEvent != 0 {
			return true
		}
	}
	return false
}

// personName reports whether the capitalised words [k, e) are a person's
// name followed by a title: "Morteza Ahmadi, CEO of Qidni Labs".
func (x *extractor) personName(k, e int, s sentence) bool {
	if e-k < 2 || e+1 >= s.b || !x.g.isPunct(e, ",") {
		return false
	}
	return x.toks[e+1].cls&lxTitle != 0 || x.g.word(e+1) == "ceo" || x.g.word(e+1) == "head"
}

// listContinues reports whether the name at k continues a list that a
// name ending at end started ("such as Micron Tech and Texas Instruments").
func (x *extractor) listContinues(end, k int) bool {
	if k-end > 2 || k <= end {
		return false
	}
	for j := end; j < k; j++ {
		if w := x.g.word(j); w != "and" && w != "or" && !x.g.isPunct(j, ",") {
			return false
		}
	}
	return true
}

// bracketFigureAfter reports whether a figure in brackets follows the
// capitalised words ending before token e, right after them or past "in"
// and a place: "Intel in the US (2,499)", "Huawei (5,405)".
func (x *extractor) bracketFigureAfter(e int, s sentence) bool {
	g := &x.g
	if g.word(e) == "in" {
		k := e + 1
		if g.word(k) == "the" {
			k++
		}
		if k >= s.b || x.cover[k] == 0 {
			return false
		}
		for k < s.b && x.cover[k] != 0 {
			k++
		}
		e = k
	}
	// a bare count or share: not years ("the Sui Dynasty (581-618)"),
	// nor a time, a unit or a currency converted ("1000 hrs EDT (1400
	// gmt)", "CWTs (100 lbs)", "108 mln ECUs (123 mln dlrs)")
	if e+2 >= s.b || !g.isPunct(e, "(") || x.toks[e+1].kind != tNum || isYearToken(&x.toks[e+1]) {
		return false
	}
	k := e + 2
	if w := g.word(k); g.isPunct(k, "%") || w == "percent" || w == "pct" {
		k++
	}
	return g.isPunct(k, ")")
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
		if x.g.is(j, lxReporting) {
			return true
		}
	}
	return false
}

// reportsFigure reports whether the first reporting verb after token k
// reports a result rather than a statement: "Parmalat, the Italian food
// group, has reported a doubling in profit" (not "China Mobile, the
// country's largest carrier, said in December").
func (x *extractor) reportsFigure(k int, s sentence) bool {
	for j := k; j < s.b; j++ {
		if !x.g.is(j, lxReporting) {
			continue
		}
		switch x.g.word(j) {
		case "reported", "reports", "posted", "posts", "announced", "announces", "recorded", "records":
			n := x.g.word(j + 1)
			return n != "" && n != "that" && n != "on" && n != "in"
		}
		return false
	}
	return false
}

// nameEntity returns the article-local entity for a proper name.
func (x *extractor) nameEntity(name string) *Entity {
	if x.names == nil {
		x.names = map[string]*Entity{}
	}
	if x.ms.names.may(name[0], name[len(name)-1]) { // (else a new name)
		if e, ok := x.names[name]; ok {
			return e
		}
	}
	e := &Entity{Name: name, Kind: KindName}
	x.names[name] = e
	x.ms.names.add(name[0], name[len(name)-1])
	return e
}

// entityLed reports whether the capitalised words [a, e) are a name that
// opens with a known entity and that the article writes more than once:
// "China Mobile", "China Unicom", "Japan Airlines" (not "U.S. Wants", a
// capital after an abbreviation, nor a one-off heading).
func (x *extractor) entityLed(inside, a, e int) bool {
	if inside < 0 {
		return false
	}
	m := &x.mentions[inside]
	if m.a != a || m.b >= e || m.form != FormName {
		return false
	}
	if t := x.toks[m.b-1].text; t[len(t)-1] == '.' {
		return false // "U.S. Dlrs", "U.S. Wants": Reuters capitalises after an abbreviation
	}
	if e-m.b > 2 {
		return false
	}
	for j := m.b; j < e; j++ {
		// one or two plain words after it: "Mobile", "Air Lines"; not
		// "US-China", "China 5G", another entity or an initial
		t := &x.toks[j]
		if t.kind != tWord || x.cover[j] > 0 || len(t.text) < 3 || !t.glued() && t.gap != 1 || !isUpper(t.text) || isAllUpper(t.text) {
			return false
		}
	}
	name := x.g.text[x.toks[a].start:x.toks[e-1].end]
	first := strings.Index(x.g.text, name)
	return first >= 0 && strings.Contains(x.g.text[first+len(name):], name)
}

// saidBefore reports whether the name starting at token a follows ", said"
// and one to three lower-case words of its role: ", said lead manager
// Salomon Brothers Inc" ends a wire story's sentence on its source, not on
// what the figures are about ("USG Corp is raising 200 mln dlrs ..., said
// lead manager Salomon Brothers Inc. The debentures have an 8-3/4 pct
// coupon": USG's coupon). The role words are nouns: after "said the" or
// right after "said" the name may only begin the source ("says the BBC's
// Louisa Lim", "said Pipa director Steven Kull"), and the article may be
// about it.
func (x *extractor) saidBefore(a int, s sentence) bool {
	for k, n := a-1, 0; k > s.a && n <= 3; k, n = k-1, n+1 {
		t := &x.toks[k]
		if t.kind != tWord || t.text[0] < 'a' || t.text[0] > 'z' {
			return false
		}
		if t.text == "said" || t.text == "says" {
			return n > 0 && x.g.isPunct(k-1, ",")
		}
		if t.cls&lxFunction != 0 {
			return false // "says the BBC's Louisa Lim": the name is not the source's first word
		}
	}
	return false
}
