package stats

import (
	"strings"
)

// streak reports whether an ordinal counts periods in a row: "the fifth
// month in a row", "the 105th consecutive month", "the second straight
// year".
func (x *extractor) streak(q *quantity) bool {
	g := &x.g
	k := q.b
	if w := g.word(k); w == "consecutive" || w == "straight" || w == "successive" {
		return true
	}
	switch g.word(k) {
	case "year", "month", "quarter", "week", "day", "time":
		return g.word(k+1) == "in" && g.word(k+2) == "a" && g.word(k+3) == "row" || g.word(k+1) == "running"
	}
	return false
}

// countIndicator is the indicator of a count of things: members of a bloc
// or partnership ("five countries are in a partnership"), companies with
// foreign capital (FDI), jobs; other things counted are "other".
func (x *extractor) countIndicator(q *quantity, s sentence, ind Indicator) Indicator {
	switch ind {
	case IndEmployment, IndMembership, IndTradeAgreements, IndPopulation, IndFDI, IndInterestRate:
		return ind
	}
	item := strings.ToLower(q.item)
	if item == "" && q.unit == UnitOrdinal {
		item = x.g.word(q.b) // "the fourth round of negotiations"
	}
	last := item[strings.LastIndexByte(item, ' ')+1:]
	cl := x.clauseOf[q.a]
	has := func(words ...string) bool {
		for k := max(s.a, q.a-15); k < s.b && k < q.b+15; k++ {
			if x.clauseOf[k] != cl {
				continue
			}
			w := x.g.word(k)
			for _, v := range words {
				if w == v {
					return true
				}
			}
		}
		return false
	}
	switch last {
	case "round", "rounds", "chapters", "talks", "meetings":
		// "four rounds of meetings on the China-Panama FTA"
		if has("fta", "ftas", "free", "trade", "agreement", "agreements", "deal") {
			return IndTradeAgreements
		}
	case "countries", "economies", "nations", "states", "members":
		if has("fta", "ftas", "agreement", "agreements") && has("fta", "ftas", "trade") {
			// "has signed free trade agreements with seven members"
			return IndTradeAgreements
		}
		if has("partnership", "member", "members", "membership", "joined", "join", "participating", "signed", "platform", "cooperation", "bloc", "grouping", "group") {
			return IndMembership
		}
	case "people", "persons", "inhabitants", "residents", "citizens":
		// "the region was home to about 2.9 billion people"
		if has("home", "live", "lives", "living", "population", "populous", "inhabited", "populated") {
			return IndPopulation
		}
	case "cuts", "hikes":
		// "two cuts of a quarter point each": moves of a rate
		if has("rate", "rates", "point", "points") {
			return IndInterestRate
		}
	case "companies", "firms", "enterprises", "businesses":
		if has("capital", "investment", "investors", "invested", "foreign-invested", "foreign-funded") {
			return IndFDI
		}
	}
	return IndOther
}

// recordSpan reports whether a span of time qualifies a record ("a
// six-year high", "the best figure in five years"): the figure's own
// indicator, not "other".
func (x *extractor) recordSpan(q *quantity) bool {
	g := &x.g
	switch g.word(q.b) {
	case "high", "low", "highs", "lows", "record", "peak", "trough":
		return true
	}
	for k := q.a - 1; k >= q.a-4 && k >= 0; k-- {
		if w := g.word(k); superlatives[w] || superlativeWord(w) {
			return true
		}
	}
	return false
}

// tariffClause reports whether claim q, a value of goods, is the goods a
// tariff covers: "tariffs to 25 percent on Chinese imports valued at $200
// billion", "tariffs on $34bn of Chinese goods".
func (x *extractor) tariffClause(q *quantity, s sentence) bool {
	cl := x.clauseOf[q.a]
	for k := q.a - 1; k >= s.a && k >= q.a-15 && x.clauseOf[k] == cl; k-- {
		switch x.g.word(k) {
		case "tariff", "tariffs", "duty", "duties", "levies", "sanctions":
			return true
		}
	}
	return false
}

// maxNameMemo bounds the subjects subjectEntity remembers: past it the
// memo starts afresh (subjects are mostly the same few hundred names).
const maxNameMemo = 4096

// subjectEntity returns the entity named by a claim's subject, if the
// gazetteer or the article knows it.
func (x *extractor) subjectEntity(name string) *Entity {
	if name == "" {
		return nil
	}
	// the last answer: the article's names are all read before its
	// claims, so that within an article the answer depends on the name
	// alone (analyse forgets it at each article)
	m := &x.indSpans
	if m.subjSet && name == m.subj {
		return m.subjEnt
	}
	e := x.subjectEntity0(name)
	m.subj, m.subjEnt, m.subjSet = name, e, true
	return e
}

func (x *extractor) subjectEntity0(name string) *Entity {
	if e, ok := x.names[name]; ok {
		return e
	}
	// the gazetteer's answer, remembered (nil: none) across articles
	if e, ok := x.byName[name]; ok {
		return e
	}
	e, _ := EntityByName(name)
	if x.byName == nil || len(x.byName) >= maxNameMemo {
		x.byName = make(map[string]*Entity, 256)
	}
	x.byName[strings.Clone(name)] = e
	return e
}

// orgLike reports whether a proper name is a company's: it ends with an
// organisation word ("Corp", "Group", "Technologies").
func orgLike(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	last := strings.TrimSuffix(name[i+1:], ".")
	// lower-cased on the stack when ASCII and short (the words are)
	var b [16]byte
	if len(last) > len(b) {
		return orgWord(strings.ToLower(last))
	}
	for j := 0; j < len(last); j++ {
		c := last[j]
		if c >= 0x80 {
			return orgWord(strings.ToLower(last))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[j] = c
	}
	return orgWord(string(b[:len(last)]))
}

// orgWord reports whether a lower-case word is an organisation word.
func orgWord(last string) bool {
	switch last {
	case "co", "corp", "corporation", "inc", "ltd", "plc", "group", "holdings", "holding",
		"technologies", "tech", "airlines", "airways", "motors", "industries", "systems",
		"electronics", "pharmaceuticals", "ag", "sa", "nv", "gmbh", "llc", "labs", "company":
		return true
	}
	return false
}

// worldRank files a rank with no partner by what it ranks: "the
// third-largest exporter of tin in the world" ranks an economy's exports
// among all exporters, not as anyone's trading partner.
func (x *extractor) worldRank(q *quantity) Indicator {
	for k := q.b; k < q.b+3 && k < len(x.toks); k++ {
		switch x.g.word(k) {
		case "exporter", "exporters":
			return IndExports
		case "importer", "importers":
			return IndImports
		case "trader", "traders", "trading":
			return IndTrade
		}
	}
	return IndTradingPartnerRank
}

// countWith reports whether count q follows "with" or "among", where the
// metric is the object before the preposition ("signed agreements with
// seven members").
func (x *extractor) countWith(q *quantity) bool {
	w := x.g.word(q.a - 1)
	return q.unit == UnitCount && q.item != "" && (w == "with" || w == "among")
}

// commodityWords reports whether sentence s speaks of oil, gas or mining,
// where "reserves" are in the ground, not a central bank's.
func (x *extractor) commodityWords(s sentence) bool {
	if x.commoditySent == s.a+1 {
		return x.commodityValue
	}
	x.commoditySent, x.commodityValue = s.a+1, false
	for k := s.a; k < s.b; k++ {
		switch x.g.word(k) {
		case "oil", "gas", "crude", "barrels", "mining", "mine", "ore", "oilfield", "field", "fields", "sea", "acreage", "drilling", "exploration":
			x.commodityValue = true
			return true
		}
	}
	return false
}
