package stats

// The non-claim filter: figures the grammar reads that are no claim by
// claims.md §1: years and spans of years, numbers inside names, models and
// addresses, scores, phone numbers, list markers, idioms and definite
// references. Each rule is a function with table tests (notclaim_test.go).

// notAClaim reports whether quantity q of sentence s is no claim.
func (x *extractor) notAClaim(q *quantity, s sentence) bool {
	g := &x.g
	t := &x.toks[q.numA]
	bare := q.unit == UnitCount || q.unit == UnitNumber || q.unit == ""
	if q.kind == numDigits && bare && !q.scaled && q.currency == "" && x.bareDigitsNoClaim(q, s) {
		return true
	}
	if q.unit == UnitMoney && q.kind == numDigits && !q.scaled && !q.hasMax && x.toks[q.a].text == "Euro" && q.numA == q.a+1 && isYearToken(t) {
		return true // "the Euro 2004 tournament", "Euro 2000": a championship, not 2,004 euros
	}
	if q.kind == numDigits && bare && q.item == "" && q.currency == "" && g.score(q, s) {
		return true
	}
	// "a two-way street", "a three-time champion"
	if (q.kind == numWords || q.kind == numDigits) && bare && g.gluedHyphen(q.b) && compoundIdioms[g.word(q.b+1)] {
		return true
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

// bareDigitsNoClaim reports whether bare number q, in digits, is no
// claim (notAClaim): a year or span of years, a number in a name, a
// model, an address or a list, a time, a page or phone number. (A
// function of its own, so that the code notAClaim runs for every figure
// stays short.)
func (x *extractor) bareDigitsNoClaim(q *quantity, s sentence) bool {
	g := &x.g
	t := &x.toks[q.numA]
	if isYearToken(t) || g.yearSpan(q, s) || g.yearSpanTail(q) {
		return true
	}
	if t.decimals == 0 && !t.commas {
		if x.nameBefore(q, s) || g.modelAfter(q, s) || g.zipCode(q, s) || g.streetNumber(q, s) || g.listMarker(q, s) {
			return true
		}
	}
	if g.timeOfDay(q, s) {
		return true
	}
	// page and phone numbers
	if w := g.word(q.numA - 1); w == "page" || w == "pages" || w == "p" || w == "tel" || w == "phone" || w == "fax" {
		return true
	}
	if g.phoneNumber(q, s) {
		return true
	}
	// a plus sign on a bare number is a name or an offset, not a
	// sign: "the +1 button", "UTC +1"
	if g.isPunct(q.a, "+") {
		return true
	}
	return false
}

// nameBefore reports whether a bare whole number follows a name or a code
// word: "Boeing 747", "Section 301", "FTSE 100", "iPhone 11", "No. 1",
// "#3" and "(2)" opening a sentence.
func (x *extractor) nameBefore(q *quantity, s sentence) bool {
	g := &x.g
	p := q.numA - 1
	if p < s.a {
		return false
	}
	pt := &x.toks[p]
	if pt.kind == tWord && (isUpper(pt.text) && p > s.a || camelCase(pt.text)) {
		w := g.lw(p)
		if indexWordSet.has(w) && w != "index" && w != "average" && w != "composite" || w == "p" && g.isPunct(p-1, "&") {
			return true // a stock index: "FTSE 100", "Nikkei 225", "S&P 500"
		}
		if !functionWords[w] && months[w] == 0 && !isApproxWord(w) && !x.isEntityAt(p) && !isAllUpperLine(x, s) {
			return true
		}
	}
	if pt.kind == tPunct && (pt.text == "#" || pt.text == "(") && p == s.a {
		return true
	}
	return g.word(p-1) == "no" && pt.text == "."
}

// camelCase reports whether w is a name with a capital inside, after a
// small letter: "iPhone", "eBay", "iPad".
func camelCase(w string) bool {
	for i := 1; i < len(w); i++ {
		if isASCIIUpper(w[i]) && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// modelAfter reports whether a bare number of three or more digits names a
// model or a product with the capitalised word after it: "the 787
// Dreamliner", "a 737 Max"; not "500 Chinese firms", "200 Democrats",
// "111 Boeing 737s".
func (g *grammar) modelAfter(q *quantity, s sentence) bool {
	t := &g.toks[q.numA]
	n := q.b
	if t.digits < 3 || q.item != "" || n >= s.b || g.toks[n].kind != tWord || g.toks[n].gap != 1 {
		return false
	}
	w := g.toks[n].text
	lw := g.lw(n)
	if !isUpper(w) || isAllUpper(w) && len(w) > 1 || pluralish(lw) || functionWords[lw] || verbLike[lw] || months[lw] > 0 || weekdays[lw] || g.allUpperLine(s) {
		return false
	}
	if g.toks[n].cls&(lxGazRoot|lxGazLower) != 0 {
		return false // a country or its people: "500 Chinese workers"
	}
	// a count of things of that name: "100 Republican senators", "111
	// Boeing 737s", "115 Fortune Global 500 companies"
	for k := n + 1; k < s.b && k <= n+4; k++ {
		t := &g.toks[k]
		if t.kind == tNum || t.kind == tWord && !isUpper(t.text) && pluralish(g.lw(k)) {
			return false
		}
		if t.kind != tWord || !isUpper(t.text) {
			break
		}
	}
	return true
}

// zipCode reports whether a five-digit number follows a state's code: "DC
// 20500", "N.Y. 10001".
func (g *grammar) zipCode(q *quantity, s sentence) bool {
	t := &g.toks[q.numA]
	p := q.numA - 1
	if t.digits != 5 || p < s.a || g.toks[p].kind != tWord {
		return false
	}
	w := g.toks[p].text
	letters := 0
	for i := 0; i < len(w); i++ {
		switch {
		case isASCIIUpper(w[i]):
			letters++
		case w[i] != '.':
			return false
		}
	}
	return letters == 2
}

// streetWords end the name of a street.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true,
	"blvd": true, "lane": true, "drive": true, "way": true, "place": true, "square": true, "court": true,
	"terrace": true, "parkway": true, "highway": true, "plaza": true, "crescent": true,
}

// streetNumber reports whether a bare number is the number of a house in
// an address: "1600 Pennsylvania Avenue", "10 Downing Street", "350 Fifth
// Ave."
func (g *grammar) streetNumber(q *quantity, s sentence) bool {
	for k := q.b; k < s.b && k < q.b+4; k++ {
		t := &g.toks[k]
		if t.kind != tWord || !isUpper(t.text) {
			return false
		}
		if k > q.b && streetWords[g.lw(k)] {
			return true
		}
	}
	return false
}

// listMarker reports whether a number opening a line marks an item: "1."
// or "2)".
func (g *grammar) listMarker(q *quantity, s sentence) bool {
	if q.numA != s.a && g.toks[q.numA].gap < 2 {
		return false
	}
	n := q.b
	return n+1 < s.b && (g.isPunct(n, ".") || g.isPunct(n, ")")) && g.toks[n].glued()
}

// yearLike reports whether a number token may be a year of history: four
// digits, from 1000 to 2100.
func yearLike(t *token) bool {
	return t.kind == tNum && t.digits == 4 && t.decimals == 0 && !t.commas && t.num >= 1000 && t.num <= 2100
}

// yearSpan reports whether a four-digit number is a year before 1800,
// which isYearToken leaves to its context: one end of a span of years
// ("between 1600 and 1900", "1600-1900", "from 1492 to 1600", "from 1420
// until 1911") or after a
// preposition of time ("in 1600", "since 1750").
func (g *grammar) yearSpan(q *quantity, s sentence) bool {
	t := &g.toks[q.numA]
	if !yearLike(t) || q.item != "" {
		return false
	}
	p := g.word(q.a - 1)
	switch p {
	case "in", "since", "until", "till", "circa":
		return true
	}
	if q.hasMax {
		// "between 1600 and 1900", "1600-1900" read as a range
		return q.max >= 1000 && q.max <= 2100 && q.max == float64(int(q.max)) && (q.b == q.numA+3 || g.word(q.a) == "between")
	}
	// the ends of a span: "from 1492 to 1600", "between 1600 and 1900"
	if n := q.b; (p == "from" || p == "between") && n+1 < s.b && (g.word(n) == "to" || g.word(n) == "and" || g.word(n) == "until" || g.word(n) == "till") && yearLike(&g.toks[n+1]) {
		return true
	}
	if k := q.a - 1; k-2 >= s.a && (g.word(k) == "to" || g.word(k) == "and") && yearLike(&g.toks[k-1]) {
		return g.word(k-2) == "from" || g.word(k-2) == "between"
	}
	return false
}

// scoreWords in a sentence make a pair of whole numbers joined by a hyphen
// a score: "the match ended 2-2", "won 3-1", "a 14-0 lead".
var scoreWords = map[string]bool{
	"won": true, "win": true, "wins": true, "winning": true, "beat": true, "beats": true, "beating": true,
	"beaten": true, "lost": true, "loses": true, "losing": true, "defeat": true, "defeated": true,
	"defeating": true, "victory": true, "victories": true, "triumph": true, "lead": true, "leads": true,
	"led": true, "trailed": true, "trailing": true, "ended": true, "draw": true, "drew": true, "tied": true,
	"tie": true, "score": true, "scored": true, "scoreline": true, "match": true, "game": true,
	"games": true, "shootout": true, "innings": true, "halftime": true, "goals": true, "goal": true,
	"record": true, "season": true, "series": true, "final": true, "semifinal": true, "quarterfinal": true,
}

// score reports whether a bare whole number is one side of a score: a pair
// of whole numbers joined by a hyphen or dash ("2-2", "3–1", "14-0") in a
// sentence with a word of sport.
func (g *grammar) score(q *quantity, s sentence) bool {
	t := &g.toks[q.numA]
	if t.decimals != 0 || t.commas || t.num >= 200 {
		return false
	}
	pair := q.hasMax && g.isHyphen(q.numA+1) // read as a range "3-4"
	if n := q.b; !pair && g.isHyphen(n) && g.toks[n].glued() && n+1 < s.b && g.toks[n+1].kind == tNum && g.toks[n+1].glued() && g.toks[n+1].decimals == 0 {
		pair = true
	}
	if p := q.numA - 1; !pair && g.isHyphen(p) && t.glued() && p-1 >= s.a && g.toks[p-1].kind == tNum && g.toks[p].glued() && g.toks[p-1].decimals == 0 {
		pair = true
	}
	if !pair {
		return false
	}
	for k := max(s.a, q.a-20); k < min(s.b, q.b+12); k++ {
		if g.toks[k].kind == tWord && scoreWords[g.lw(k)] {
			return true
		}
	}
	return false
}

// phoneNumber reports whether a number is part of a telephone number or a
// like code: three or more groups of digits joined by hyphens
// ("555-123-4567", "+1-222-2222"), a group after an area code in brackets
// ("(212) 555-1234").
func (g *grammar) phoneNumber(q *quantity, s sentence) bool {
	a, b := q.numA, q.numA+1 // the run of digit groups and glued hyphens around the figure
	for i := 0; i < 3 && a-2 >= s.a && g.isHyphen(a-1) && g.toks[a].glued() && g.toks[a-1].glued() && g.toks[a-2].kind == tNum; i++ {
		a -= 2
	}
	for i := 0; i < 3 && b+1 < s.b && g.isHyphen(b) && g.toks[b].glued() && g.toks[b+1].glued() && g.toks[b+1].kind == tNum; i++ {
		b += 2
	}
	groups := (b - a + 1) / 2
	if groups >= 3 || groups >= 2 && g.isPunct(a-1, "+") {
		return true
	}
	// a trunk prefix in brackets and the number after it: "(0)800 727 800"
	if a-2 >= s.a && g.isPunct(a-1, ")") && g.toks[a].glued() && g.toks[a-2].kind == tNum && g.toks[a-2].num == 0 && g.isPunct(a-3, "(") ||
		g.toks[a].num == 0 && g.isPunct(a-1, "(") && g.isPunct(a+1, ")") && a+2 < s.b && g.toks[a+2].kind == tNum && g.toks[a+2].glued() {
		return true
	}
	// a country code: "+44 (0)800 727 800"
	if g.isPunct(a-1, "+") && b+1 < s.b && (g.isPunct(b+1, "(") || g.toks[b+1].kind == tNum) {
		return true
	}
	// "(212) 555-1234", at the area code and at the number
	if t := &g.toks[q.numA]; groups == 1 && t.digits == 3 && g.isPunct(a-1, "(") && g.isPunct(a+1, ")") && a+4 < s.b &&
		g.toks[a+2].kind == tNum && g.isHyphen(a+3) && g.toks[a+3].glued() && g.toks[a+4].kind == tNum && g.toks[a+4].glued() {
		return true
	}
	return groups == 2 && g.toks[a].digits == 3 && a-3 >= s.a && g.isPunct(a-1, ")") && g.toks[a-2].kind == tNum && g.toks[a-2].digits == 3 && g.isPunct(a-3, "(")
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
func isAllUpperLine(x *extractor, s sentence) bool { return x.g.allUpperLine(s) }

// allUpperLine reports whether the sentence is an all-caps headline.
func (g *grammar) allUpperLine(s sentence) bool {
	seen := 0
	for k := s.a; k < s.b && k < s.a+40 && seen < 6; k++ {
		if g.toks[k].kind == tWord {
			seen++
			if !isAllUpper(g.toks[k].text) {
				return false
			}
		}
	}
	return seen > 0
}

func (x *extractor) isEntityAt(k int) bool { return x.cover[k] > 0 }

// yearSpanTail reports whether a one-digit number ends a span of two years
// written short: the "6" of "the 2005-6 budget", the "9" of "1998/9".
func (g *grammar) yearSpanTail(q *quantity) bool {
	k := q.numA - 1
	if q.numA != q.a || q.value >= 10 || k < 1 || !(g.isHyphen(k) || g.isPunct(k, "/")) || !g.toks[k].glued() || !g.toks[q.numA].glued() {
		return false
	}
	y := &g.toks[k-1]
	if !yearLike(y) {
		return false
	}
	last := int(y.text[len(y.text)-1] - '0')
	return (last+1)%10 == int(q.value)
}

// timeOfDay reports whether a bare four-digit number is a time on the
// 24-hour clock before a time zone ("before 1130 GMT", "at 1500 local
// time"): claims.md §1 makes times of day no claim.
func (g *grammar) timeOfDay(q *quantity, s sentence) bool {
	t := &g.toks[q.numA]
	if t.digits != 4 || t.decimals != 0 || t.commas || q.hasMax || t.num > 2359 || int(t.num)%100 > 59 || q.numA+1 >= s.b {
		return false
	}
	switch g.word(q.numA + 1) {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "jst", "hkt", "sgt":
		return true
	case "local":
		return g.word(q.numA+2) == "time"
	}
	return false
}
