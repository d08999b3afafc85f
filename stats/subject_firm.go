package stats

import "strings"

// Firms as the subjects of figures: a name the article introduced as a
// company stays one wherever it recurs ("Barclays has", "Jet has" after
// "Jet Airways"); a country that modifies a firm's description ("UK
// banking group Barclays", "Russia's second-largest brewer") is not the
// subject; "the company", "the bank", "the Leuven-based brewer" point back
// to the last firm named.

// firmNouns are the nouns that name a business: "the company", "banking
// group Barclays", "a low-fare airline" (not "producer", "exporter",
// "supplier": a country is one too). lxFirmNoun marks them. (A word token
// is never hyphenated: "start-up" is "start", "-", "up".)
var firmNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "bank": true, "lender": true, "insurer": true,
	"brewer": true, "brewery": true, "carrier": true, "airline": true, "maker": true,
	"manufacturer": true, "retailer": true, "operator": true, "giant": true, "conglomerate": true,
	"chipmaker": true, "carmaker": true, "automaker": true, "corporation": true, "vendor": true,
	"miner": true, "distributor": true, "startup": true, "multinational": true, "subsidiary": true,
}

// lxFirmNoun marks the firmNouns: the rules below test a word token's
// class bit, and firmAnaphor passes over a sentence without one at once.
const lxFirmNoun lexClass = 1 << 43

func init() {
	lexPartSets[lxFirmNoun] = func() []string { return trueKeys(firmNouns) }
}

// officialBank reports whether token k is "bank" and the word before makes it a
// public bank, whose figures are its country's: "the central bank", "a
// development bank", "the Reserve Bank".
func (x *extractor) officialBank(k int) bool {
	if x.g.word(k) != "bank" {
		return false
	}
	switch x.g.word(k - 1) {
	case "central", "reserve", "national", "federal", "development", "state", "world",
		"people's", "export-import", "investment", "regional", "settlements":
		return true
	}
	return false
}

// noteFirm records ent, a name ending at token e of sentence s, as a
// company when the article introduced it as one (introduced), its last
// word is a company word ("Suning Holdings Group Ltd") or an apposition
// describes it as one ("China Mobile, the world's largest telecom
// carrier").
func (x *extractor) noteFirm(ent *Entity, e int, s sentence, introduced bool) {
	if !introduced && !(orgLike(ent.Name) && strings.IndexByte(ent.Name, ' ') > 0) && !x.firmApposition(e, s) {
		return // (not "Co" alone)
	}
	if x.companies == nil {
		x.companies = map[*Entity]bool{}
	}
	x.companies[ent] = true
}

// firmApposition reports whether a comma after the name ending at e opens
// an apposition that describes a business: ", a low-fare airline,", ",
// the world's largest telecom carrier".
func (x *extractor) firmApposition(e int, s sentence) bool {
	g := &x.g
	if e+2 >= s.b || !g.isPunct(e, ",") {
		return false
	}
	switch g.word(e + 1) {
	case "a", "an", "the", "one", "another":
	default:
		if x.cover[e+1] == 0 || !isUpper(x.toks[e+1].text) {
			return false // (else "Russia's second-largest brewer")
		}
	}
	noun := -1 // the firm noun
	for k := e + 2; k < s.b && k < e+14; k++ {
		t := &x.toks[k]
		if t.kind == tPunct {
			if g.gluedHyphen(k) {
				continue // "low-cost"
			}
			return noun >= 0 && (t.text == "," || t.text == ")" || t.text == ";") // the apposition ends
		}
		if t.kind != tWord {
			continue
		}
		w := g.word(k)
		switch {
		case t.cls&lxFirmNoun != 0 && !x.officialBank(k):
			noun = k
		case noun == k-1 && (t.cls&lxPrep != 0 || w == "which" || w == "that" || w == "whose"):
			// "Parmalat, the Italian food group at the centre of one of
			// Europe's most painful corporate scandals, has": the head
			// noun is the firm's, whatever follows it
			return true
		case t.cls&(lxVerbLike|lxReporting|lxChange|lxModal) != 0 || w == "which" || w == "who" || w == "that":
			return false
		case noun == k-1 && t.cls&lxPrep == 0:
			noun = -1 // "a company spokesman", "the bank's chief economist"
		}
	}
	return false
}

// firmAnaphor returns the company that a description of a firm before
// claim q points back to ("The company said", "Petty says the company
// plans", "The Leuven-based brewery said", "The world's second biggest
// insurer said"): the last company named before it, in its sentence or
// the four before, that was no object of a preposition ("a deal with
// Wells Fargo"). Nil when the sentence has no such description or no
// company was named.
func (x *extractor) firmAnaphor(q *quantity, si int, s sentence) *Entity {
	if len(x.companies) == 0 || !x.sentenceIs(s, lxFirmNoun) {
		return nil
	}
	g := &x.g
	p := -1
	for k := q.a - 1; k >= s.a && k >= q.a-25; k-- {
		t := &x.toks[k]
		// (a word token has no apostrophe: "company's" is "company", "'s")
		if t.cls&lxFirmNoun == 0 || t.kind != tWord || t.text[0] < 'a' || t.text[0] > 'z' || x.inClaim[k] {
			continue
		}
		if x.officialBank(k) || !x.firmDescription(k, s) {
			return nil
		}
		if n := k + 1; n < s.b && x.cover[n] > 0 || g.isPunct(n, ",") && n+1 < s.b && x.cover[n+1] > 0 {
			return nil // "the carrier Vodafone", "the brewer, Sun Interbrew,": the name says
		}
		p = k
		break
	}
	if p < 0 {
		return nil
	}
	lo := max(x.sentM[max(0, si-4)][0], x.sentM[si][1]-40) // (a bounded look back)
	for i := x.sentM[si][1] - 1; i >= lo; i-- {
		m := &x.mentions[i]
		if m.a >= p && m.sent == si || m.ent.Kind != KindName || !x.companies[m.ent] || m.prep && !m.source {
			continue
		}
		return m.ent
	}
	return nil
}

// firmDescription reports whether the firm noun at k ends a description
// that names no one else: "the company", "the Leuven-based brewery", "the
// world's second biggest insurer", "Russia's second-largest brewer" (not
// "a company", nor "at the company", the object of a preposition).
func (x *extractor) firmDescription(k int, s sentence) bool {
	g := &x.g
	for j := k - 1; j >= s.a && j >= k-8; j-- {
		t := &x.toks[j]
		if t.kind == tPunct {
			if g.gluedHyphen(j) || t.text == "'s" || t.text == "’s" || t.text == "," && j > s.a && isUpper(x.toks[j-1].text) {
				continue // "Leuven-based", "the Nanjing, Jiangsu province-headquartered group"
			}
			return false
		}
		w := g.word(j)
		switch {
		case w == "the":
			return j == s.a || !g.is(j-1, lxPrep) || g.word(j-1) == "as" || g.word(j-1) == "and"
		case t.kind == tWord && isUpper(t.text) && x.cover[j] > 0 && j+1 < s.b && (x.toks[j+1].text == "'s" || x.toks[j+1].text == "’s"):
			return !g.is(j-1, lxPrep) // "Russia's second-largest brewer"
		case t.kind == tNum, t.cls&(lxVerbLike|lxChange|lxReporting|lxModal|lxPrep) != 0,
			t.cls&lxFunction != 0 && w != "'s" && w != "’s":
			return false
		}
	}
	return false
}

// firmModifiers marks as no subject the countries of sentence s (its
// mentions from first on) that modify the description of a firm: "UK
// banking group Barclays", "Chinese telecoms giant Huawei", "Indian
// airline Jet Airways", "the UK's biggest brewer, Scottish Breweries,":
// the firm named right after is what the clause is about.
func (x *extractor) firmModifiers(first int, s sentence) {
	g := &x.g
	for i := first; i < len(x.mentions); i++ {
		m := &x.mentions[i]
		if m.prep || m.ent.Kind == KindName || m.b >= s.b {
			continue
		}
		k := m.b
		if m.poss {
			k++ // past "'s"
		}
		for j := k; j < s.b && j < k+6; j++ {
			t := &x.toks[j]
			if t.kind == tPunct {
				if g.gluedHyphen(j) {
					continue // "second-largest", "low-cost"
				}
				break
			}
			if t.kind != tWord || isUpper(t.text) || t.cls&(lxVerbLike|lxChange|lxReporting|lxModal|lxFunction|lxPrep) != 0 {
				break
			}
			if j == m.b && strings.HasSuffix(t.text, "ed") {
				break // "New Zealand stopped mobile phone company Spark": a verb
			}
			if t.cls&lxFirmNoun == 0 || x.officialBank(j) {
				continue
			}
			n := j + 1
			if g.isPunct(n, ",") {
				n++
			}
			if n < s.b && x.cover[n] > 0 && x.mentions[x.cover[n]-1].ent.Kind == KindName {
				m.prep = true
			}
			// "Parmalat, the Italian food group, has": the firm named
			// right before the apposition
			if p := m.a - 1; (g.word(p) == "the" || g.word(p) == "a" || g.word(p) == "an") && g.isPunct(p-1, ",") && p-2 >= s.a && x.cover[p-2] > 0 && x.mentions[x.cover[p-2]-1].ent.Kind == KindName {
				m.prep = true
			}
			break
		}
	}
}

// describedFirm reports whether the capitalised words [k, e) open their
// sentence and an apposition after them describes a business:
// "Parmalat, the Italian food group at the centre of ..., has reported".
// (Not a sentence adverb: "Overall, the group, which ...".)
func (x *extractor) describedFirm(k, e int, s sentence) bool {
	if k != s.a || e-k != 1 || x.toks[k].cls&lxFunction != 0 || sentenceAdverbs[x.g.word(k)] || strings.HasSuffix(x.g.word(k), "ly") {
		return false
	}
	return x.firmApposition(e, s)
}

// sentenceAdverbs open a sentence with a comma after them.
var sentenceAdverbs = map[string]bool{
	"however": true, "meanwhile": true, "overall": true, "separately": true, "still": true,
	"yet": true, "instead": true, "also": true, "indeed": true, "elsewhere": true,
	"nonetheless": true, "nevertheless": true, "moreover": true, "furthermore": true,
	"thus": true, "therefore": true, "today": true, "yesterday": true, "now": true, "then": true,
	"there": true, "here": true, "earlier": true, "later": true, "likewise": true, "again": true,
	"besides": true, "otherwise": true, "first": true, "second": true, "third": true, "finally": true,
	"previously": true, "currently": true, "recently": true, "last": true, "next": true, "so": true,
	"but": true, "and": true, "or": true, "in": true, "on": true, "at": true, "for": true,
}
