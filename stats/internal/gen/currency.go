package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/biter777/countries"
	"github.com/bojanz/currency"
)

// curCode is one ISO 4217 code.
type curCode struct {
	code     string
	name     string // English name ("Swiss Franc"), "" if unknown
	unit     string // the word for one unit ("franc")
	family   string // the unit's family ("franc"; "crown" for "krona")
	national bool   // a country or territory uses or used it
}

// family is a unit word with its forms.
type family struct {
	name  string
	def   string   // default code when bare
	forms []string // singular first
	codes []string // national codes of this family, sorted
}

// curWord is a phrase of the lexicon.
type curWord struct {
	phrase string
	code   string
	bare   bool
}

// curSymbol is a symbol of the lexicon.
type curSymbol struct {
	code string
	bare bool
}

// Priorities of word sources; a lower number wins a phrase.
const (
	prioHand     = iota // currencies.tsv word and letter symbols
	prioName            // names of national currencies ("Swiss Franc")
	prioDerived         // country phrase + unit ("Australian dlrs")
	prioUnit            // unit words alone ("dollars", "yen")
	prioFundName        // names of other codes (funds, old codes, units of account)
)

type currencies struct {
	codes    map[string]*curCode
	families map[string]*family
	formOf   map[string]string // form -> family
	words    map[string]curWord
	symbols  map[string]curSymbol
	notes    []string
}

// buildCurrencies builds the currency lexicon.
func buildCurrencies(g *gazetteer) (*currencies, error) {
	var errs errorList
	cs := &currencies{
		codes:    map[string]*curCode{},
		families: map[string]*family{},
		formOf:   map[string]string{},
		words:    map[string]curWord{},
		symbols:  map[string]curSymbol{},
	}
	rows, err := readTSV("currencies.tsv")
	if err != nil {
		return nil, err
	}
	byKind := map[string][]tsvLine{}
	for _, l := range rows {
		byKind[l.field(0)] = append(byKind[l.field(0)], l)
	}

	// Families first: they give the unit words' forms.
	for _, l := range byKind["family"] {
		f := &family{name: l.field(1), def: l.field(2), forms: l.list(3)}
		if _, dup := cs.families[f.name]; dup {
			errs.add("%s: family %s twice", l, f.name)
		}
		cs.families[f.name] = f
		for _, form := range f.forms {
			if o, dup := cs.formOf[form]; dup {
				errs.add("%s: form %q is in families %s and %s", l, form, o, f.name)
			}
			cs.formOf[form] = f.name
		}
	}

	// Codes: the libraries' and the hand-kept ones.
	inLibrary := map[string]bool{}
	for _, c := range currency.GetCurrencyCodes() {
		cs.addCode(c)
		inLibrary[c] = true
	}
	for _, c := range countries.AllCurrencies() {
		if c.IsValid() && len(c.Alpha()) == 3 {
			cs.addCode(c.Alpha())
			inLibrary[c.Alpha()] = true
		}
	}
	for _, l := range byKind["code"] {
		code := l.field(1)
		c := cs.addCode(code)
		if n := l.field(2); n != "" {
			c.name = n
		}
		if u := l.field(3); u != "" {
			c.unit = u
		}
		// A code the libraries lack, or one that countries used, is national.
		if !inLibrary[code] || len(l.list(4)) > 0 {
			c.national = true
		}
		for _, country := range l.list(4) {
			if _, ok := g.byName[country]; !ok {
				errs.add("%s: unknown country %q", l, country)
			}
		}
	}
	for _, e := range g.entities {
		if e.currency == "" {
			continue
		}
		c, ok := cs.codes[e.currency]
		if !ok {
			errs.add("%s: unknown currency %s", e.name, e.currency)
			continue
		}
		c.national = true
	}
	for _, c := range cs.codes {
		if c.unit == "" && c.name != "" {
			w := strings.Fields(libraryName(c.name))
			if len(w) > 0 {
				c.unit = w[len(w)-1]
			}
		}
		c.unit = strings.ToLower(c.unit)
		if c.unit == "" {
			continue
		}
		c.family = c.unit
		if f, ok := cs.formOf[c.unit]; ok {
			c.family = f
		} else if _, ok := cs.families[c.unit]; !ok && c.national {
			cs.families[c.unit] = &family{name: c.unit, forms: []string{c.unit, c.unit + "s"}}
			cs.formOf[c.unit] = c.unit
			cs.formOf[c.unit+"s"] = c.unit
		}
		if f, ok := cs.families[c.family]; ok && c.national {
			f.codes = append(f.codes, c.code)
		}
	}
	for _, f := range cs.families {
		sort.Strings(f.codes)
		switch {
		case len(f.codes) == 0:
			// A family of historical forms no national code uses.
		case len(f.codes) == 1 && f.def == "":
			f.def = f.codes[0]
		case f.def == "":
			errs.add("currencies.tsv: family %s (%s) needs a default", f.name, strings.Join(f.codes, " "))
		case !contains(f.codes, f.def):
			errs.add("currencies.tsv: default %s of family %s is not one of %s", f.def, f.name, strings.Join(f.codes, " "))
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}

	noword := map[string]bool{}
	for _, l := range byKind["noword"] {
		noword[phraseKey(l.field(1))] = true
	}
	cands := map[string][]cand{}
	addWord := func(prio int, phrase, code string, bare bool, issuer string) {
		k := phraseKey(phrase)
		if k == "" || noword[k] {
			return
		}
		cands[k] = append(cands[k], cand{curWord{phrase, code, bare}, prio, issuer})
	}

	// Hand-kept words and letter symbols.
	for _, l := range byKind["word"] {
		code := l.field(2)
		if _, ok := cs.codes[code]; !ok {
			errs.add("%s: unknown code %s", l, code)
		}
		addWord(prioHand, l.field(1), code, l.field(3) == "bare", "")
	}
	for _, l := range byKind["symbol"] {
		sym, code := l.field(1), l.field(2)
		if _, ok := cs.codes[code]; !ok {
			errs.add("%s: unknown code %s", l, code)
		}
		cs.symbols[sym] = curSymbol{code: code, bare: l.field(3) == "bare"}
		if isLetterSymbol(sym) {
			addWord(prioHand, sym, code, l.field(3) == "bare", "")
		}
	}

	// Names of codes, with the unit word in each of its forms.
	for _, c := range sortedCodes(cs.codes) {
		if c.name == "" {
			continue
		}
		name := libraryName(c.name)
		words := strings.Fields(name)
		prio := prioFundName
		if c.national {
			prio = prioName
			if len(words) == 1 && cs.formOf[strings.ToLower(words[0])] != "" {
				continue // a unit word alone: see below
			}
		}
		addWord(prio, name, c.code, false, "")
		last := strings.ToLower(words[len(words)-1])
		if f, ok := cs.families[cs.formOf[last]]; ok && len(words) > 1 {
			stem := strings.Join(words[:len(words)-1], " ")
			for _, form := range f.forms {
				addWord(prio, stem+" "+form, c.code, false, "")
			}
		}
	}

	// Country phrases with their currencies' unit words.
	derive := func(e *entity, code string) {
		c := cs.codes[code]
		if c == nil || c.family == "" {
			return
		}
		f := cs.families[c.family]
		if f == nil {
			return
		}
		phrases := append([]string{e.name}, e.names...)
		phrases = append(phrases, e.adjs...)
		for _, p := range phrases {
			if len(splitWords(p)) > 3 || isPlural(p, e.adjs) {
				continue
			}
			for _, form := range f.forms {
				addWord(prioDerived, p+" "+form, code, false, e.alpha2)
			}
		}
	}
	for _, e := range g.entities {
		if e.kind == "country" && e.currency != "" {
			derive(e, e.currency)
		}
	}
	for _, l := range byKind["code"] {
		for _, country := range l.list(4) {
			derive(g.byName[country], l.field(1))
		}
	}

	// Unit words alone.
	for _, f := range sortedFamilies(cs.families) {
		if len(f.codes) == 0 {
			continue
		}
		for _, form := range f.forms {
			addWord(prioUnit, form, f.def, len(f.codes) > 1, "")
		}
	}

	// Resolve each phrase: lowest priority wins; a tie between codes goes to
	// the issuer (a code starting with the country's alpha-2), else is dropped.
	for _, k := range sortedKeys(cands) {
		list := cands[k]
		best := list[0].prio
		for _, c := range list {
			best = min(best, c.prio)
		}
		var top []cand
		for _, c := range list {
			if c.prio == best && !hasCode(top, c.w.code) {
				top = append(top, c)
			}
		}
		if len(top) > 1 {
			var issuers []cand
			for _, c := range top {
				if c.issuer != "" && strings.HasPrefix(c.w.code, c.issuer) {
					issuers = append(issuers, c)
				}
			}
			if len(issuers) != 1 {
				codes := make([]string, len(top))
				for i, c := range top {
					codes[i] = c.w.code
				}
				cs.notes = append(cs.notes, fmt.Sprintf("currency phrase %q dropped: %s", top[0].w.phrase, strings.Join(codes, " ")))
				continue
			}
			top = issuers
		}
		cs.words[k] = top[0].w
	}

	cs.librarySymbols(g)
	return cs, errs.err()
}

type cand struct {
	w      curWord
	prio   int
	issuer string
}

// isPlural reports whether a demonym is the plural of another ("Britons").
func isPlural(p string, adjs []string) bool {
	return strings.HasSuffix(p, "s") && contains(adjs, p[:len(p)-1])
}

func hasCode(list []cand, code string) bool {
	for _, c := range list {
		if c.w.code == code {
			return true
		}
	}
	return false
}

func (cs *currencies) addCode(code string) *curCode {
	if c, ok := cs.codes[code]; ok {
		return c
	}
	c := &curCode{code: code}
	if cc := countries.CurrencyCodeByName(code); cc.IsValid() && cc.Alpha() == code {
		c.name = cc.String()
	}
	cs.codes[code] = c
	return c
}

// librarySymbols adds the CLDR symbols of github.com/bojanz/currency: the
// English ones ("$", "A$", "CA$", "HK$", "₹") and, for each country's
// currency, those of the country's locales ("₽", "₺", "฿"). A symbol CLDR
// gives to several currencies is kept only if currencies.tsv chooses one.
func (cs *currencies) librarySymbols(g *gazetteer) {
	found := map[string]map[string]bool{}
	note := func(sym, code string) {
		if sym == "" || sym == code || !isSymbol(sym) {
			return
		}
		if found[sym] == nil {
			found[sym] = map[string]bool{}
		}
		found[sym][code] = true
	}
	var territories []string
	users := map[string][]string{} // code -> territories using it
	for _, e := range g.entities {
		if e.kind == "country" && len(e.alpha2) == 2 {
			territories = append(territories, e.alpha2)
			if e.currency != "" {
				users[e.currency] = append(users[e.currency], e.alpha2)
			}
		}
	}
	var languages []string
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			languages = append(languages, string([]rune{a, b}))
		}
	}
	for _, code := range currency.GetCurrencyCodes() {
		sym, _ := currency.GetSymbol(code, currency.Locale{Language: "en"})
		note(sym, code)
		for _, t := range territories {
			sym, _ := currency.GetSymbol(code, currency.Locale{Language: "en", Territory: t})
			note(sym, code)
		}
		for _, lang := range languages {
			sym, _ := currency.GetSymbol(code, currency.Locale{Language: lang})
			note(sym, code)
			for _, t := range users[code] {
				sym, _ := currency.GetSymbol(code, currency.Locale{Language: lang, Territory: t})
				note(sym, code)
			}
		}
	}
	for _, sym := range sortedKeys(found) {
		if _, ok := cs.symbols[sym]; ok {
			continue // chosen by currencies.tsv
		}
		codes := sortedKeys(found[sym])
		if len(codes) > 1 {
			cs.notes = append(cs.notes, fmt.Sprintf("symbol %q dropped: %s", sym, strings.Join(codes, " ")))
			continue
		}
		cs.symbols[sym] = curSymbol{code: codes[0]}
	}
}

// isSymbol reports whether s is a currency sign with optional capital-letter
// prefix ("$", "US$", "CN¥", "₹").
func isSymbol(s string) bool {
	sign := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Sc, r):
			sign = true
		case r >= 'A' && r <= 'Z' && !sign:
		default:
			return false
		}
	}
	return sign
}

// isLetterSymbol reports whether a symbol is written with letters only, so
// that it is also a word token ("Rs", "RMB", "kr.").
func isLetterSymbol(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedCodes(m map[string]*curCode) []*curCode {
	var out []*curCode
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	return out
}

func sortedFamilies(m map[string]*family) []*family {
	var out []*family
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	return out
}

// render writes currency.tsv.
func (cs *currencies) render() []byte {
	var b bytes.Buffer
	b.WriteString(`# Currency lexicon of package stats: generated by go generate; do not edit.
# Sources: github.com/bojanz/currency (ISO 4217 codes, CLDR symbols),
# github.com/biter777/countries (English names) and stats/internal/gen/currencies.tsv.
#
# code    CODE  family  name      an ISO 4217 code (current or historical)
# symbol  SYMBOL  CODE  [bare]    a currency symbol
# word    PHRASE  CODE  [bare]    a currency name as written in news
# "bare" marks a word or symbol that does not name the country ("dollars", "$"):
# the article's country may re-resolve it within its family.
`)
	for _, c := range sortedCodes(cs.codes) {
		fmt.Fprintf(&b, "code\t%s\t%s\t%s\n", c.code, c.family, c.name)
	}
	for _, s := range sortedKeys(cs.symbols) {
		sym := cs.symbols[s]
		fmt.Fprintf(&b, "symbol\t%s\t%s\t%s\n", s, sym.code, bareFlag(sym.bare))
	}
	for _, k := range sortedKeys(cs.words) {
		w := cs.words[k]
		fmt.Fprintf(&b, "word\t%s\t%s\t%s\n", w.phrase, w.code, bareFlag(w.bare))
	}
	return b.Bytes()
}

func bareFlag(bare bool) string {
	if bare {
		return "bare"
	}
	return ""
}
