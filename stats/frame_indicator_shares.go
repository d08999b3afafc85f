package stats

// A firm's share price is one of its results (claims.md §5: "company
// results: a company's sales, revenue, profit, market share, share price,
// staff"): "BA's shares closed up four pence at 274.5 pence", "Shares in
// Umbro were up 1.76% at 115.5 pence in morning trade", "its shares were
// down 10%", "Rite Aid shares were down 14 to 95 cents", "the share price
// of BOE Technology Group surged by 10 percent". Whatever else the clause
// names is not what the figure measures ("in morning trade" is no trade).
// A market's shares are not a firm's: "Japanese shares", "shares in
// Tokyo", "bank shares".

// firmShares returns the token that starts the firm's name whose shares
// head the clause of claim q before the figure ("Umbro" in "Shares in
// Umbro were up 1.76%"; "BA" in "BA's shares"), -1 when the owner is a
// pronoun ("its shares"), and ok false when the clause speaks of no
// firm's shares.
func (x *extractor) firmShares(q *quantity, s sentence) (owner int, ok bool) {
	switch q.unit {
	case UnitPercent, UnitMoney, UnitNumber:
	default:
		return -1, false // "1.2 million shares", "a 12-month high"
	}
	if !x.firmFacts(s).shares {
		return -1, false
	}
	g := &x.g
	for k := max(s.a, int(x.clauseStart[q.a])); k < q.a; k++ {
		switch g.word(k) {
		case "shares":
		case "share", "stock":
			if w := g.word(k + 1); w != "price" && w != "prices" {
				continue
			}
		default:
			continue
		}
		if x.inClaim[k] || k > s.a && isUpper(x.toks[k].text) {
			continue // (not "Mutual Shares Corp")
		}
		if x.dealBetween(k, q) {
			return -1, false // "bought 250,000 shares of Triton at", "8.9 pct of the company's stock": a deal or a stake, not the price
		}
		end := k + 1 // past "shares", "share price"
		if g.word(k) != "shares" {
			end = k + 2
		}
		if w := g.word(end); (w == "in" || w == "of") && x.firmNameAt(end+1, s) {
			return end + 1, true // "Shares in Umbro", "the share price of BOE Technology"
		}
		switch g.word(k - 1) {
		case "its", "their":
			return -1, true
		case "'s", "’s":
			if x.firmNameAt(k-2, s) {
				return x.nameStart(k-2, s), true // "BA's shares"
			}
			switch g.word(k - 2) {
			case "company", "firm", "group", "bank", "airline", "carrier", "maker", "retailer":
				return -1, true // "the company's shares"
			}
		default:
			if k-1 >= s.a && x.firmNameAt(k-1, s) {
				return x.nameStart(k-1, s), true // "Rite Aid shares"
			}
		}
	}
	return -1, false
}

// firmNameAt reports whether token k is a capitalised word that may name a
// firm: not a country, bloc, region or city ("Japanese shares", "shares
// in Tokyo"), not the first word of the sentence unless a name was found
// there.
func (x *extractor) firmNameAt(k int, s sentence) bool {
	if k < s.a || k >= s.b || x.toks[k].kind != tWord || !isUpper(x.toks[k].text) {
		return false
	}
	if m := x.mentionAt(k, s); m != nil {
		return m.ent.Kind == KindName
	}
	t := x.toks[k].text
	// (not "class B shares", "German shares in January")
	return k > s.a && len(t) > 1 && !functionWords[x.g.word(k)] && x.toks[k].cls&lxPeriod == 0
}

// dealWords between a firm's shares and a figure make the figure a deal's
// or a stake's, not the share price.
var dealWords = map[string]bool{
	"own": true, "owns": true, "owned": true, "acquire": true, "acquired": true, "bought": true,
	"buy": true, "sold": true, "sell": true, "stake": true, "holding": true, "offer": true,
	"offered": true, "offering": true, "warrants": true, "subscribe": true, "exchange": true,
	"exchanged": true, "tender": true, "bid": true, "representing": true, "equal": true,
}

// dealBetween reports whether a word of a deal or a stake stands between
// token k and claim q, or the figure is a part of something ("8.9 pct of").
func (x *extractor) dealBetween(k int, q *quantity) bool {
	if x.g.word(q.b) == "of" {
		return true
	}
	for j := k + 1; j < q.a; j++ {
		if dealWords[x.g.word(j)] {
			return true
		}
	}
	return false
}

// nameStart returns the first token of the name that ends at token e: the
// mention's start, or the first of the capitalised words before e.
func (x *extractor) nameStart(e int, s sentence) int {
	if m := x.mentionAt(e, s); m != nil {
		return m.a
	}
	a := e
	for a-1 >= s.a && x.toks[a-1].kind == tWord && isUpper(x.toks[a-1].text) && x.mentionAt(a-1, s) == nil {
		a--
	}
	return a
}

// capitalRun returns the capitalised words from token k on, up to four,
// as the text writes them: a name the gazetteer and the article's names
// do not know ("Umbro", "Rite Aid").
func (x *extractor) capitalRun(k int, s sentence) string {
	e := k
	for e < s.b && e < k+4 && x.toks[e].kind == tWord && isUpper(x.toks[e].text) && x.mentionAt(e, s) == nil {
		e++
	}
	if e == k {
		return ""
	}
	return x.g.text[x.toks[k].start:x.toks[e-1].end]
}

// shareOwner returns the firm whose share price claim q is, when the
// clause names it ("Shares in Umbro", "SNP shares", "San Miguel
// shares"), else "".
func (x *extractor) shareOwner(q *quantity, s sentence) string {
	k, ok := x.firmShares(q, s)
	if !ok || k < 0 {
		return ""
	}
	if m := x.mentionAt(k, s); m != nil {
		return m.ent.Name
	}
	if k > s.a && x.mentionAt(k-1, s) != nil && isUpper(x.toks[k-1].text) {
		return "" // "American Brands shares": a name the gazetteer only knows a part of
	}
	return x.capitalRun(k, s)
}

// firmSentence holds what firmShares and placeOfFigure look for in a
// sentence, read once for all its claims.
type firmSentence struct {
	sent    int  // 1 + the first token of the sentence the facts are of
	shares  bool // "shares", "share", "stock"
	placeIn bool // a placeFigureNouns word before "in": "growth in"
}

// lxFirmFact marks the words firmFacts looks for, so that it compares
// only theirs (lexClass bit 36): the share words and placeFigureNouns
// ("in" after one is looked up from it: a class of "in" would mark
// nearly every sentence, and a sentence without the class is not read).
const lxFirmFact lexClass = 1 << 36

func init() {
	lexPartSets[lxFirmFact] = func() []string {
		words := []string{"shares", "share", "stock"}
		for w := range placeFigureNouns {
			words = append(words, w)
		}
		return words
	}
}

// firmFacts returns the facts of sentence s, read on its first call.
func (x *extractor) firmFacts(s sentence) *firmSentence {
	f := &x.firmSent
	if f.sent == s.a+1 {
		return f
	}
	*f = firmSentence{sent: s.a + 1}
	// a placeFigureNouns word that ends the sentence before ("... output.
	// In Brazil"): "in" is the sentence's, the noun its word before
	if s.a > 0 && x.g.word(s.a) == "in" && placeFigureNouns[x.g.word(s.a-1)] {
		f.placeIn = true
	}
	if !x.sentenceIs(s, lxFirmFact) {
		return f // none of the words (most sentences: one test, no loop)
	}
	for k := s.a; k < s.b; k++ {
		if x.toks[k].cls&lxFirmFact == 0 {
			continue // (most words: one bit, not several comparisons)
		}
		switch w := x.g.word(k); w {
		case "shares", "share", "stock":
			f.shares = true
		default:
			f.placeIn = f.placeIn || k+1 < s.b && (x.g.word(k+1) == "in" || x.g.word(k+1) == "across") && placeFigureNouns[w]
		}
	}
	return f
}
