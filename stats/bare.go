package stats

import "strings"

// resolveBare gives a unit to a figure written without one, from the
// sentence around it: "rose to 7.38 billion dlrs from 3.89 billion".
func (x *extractor) resolveBare(q *quantity, qi int, s sentence, prevMoney *quantity, lastUnit, lastMoney int) {
	if q.unit == UnitQuantity && q.unitName == "point" && x.pointsOfPercent(q, s) {
		q.unit, q.unitName = UnitPercentagePoint, ""
		return
	}
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
	case "from", "against", "versus", "vs", "to", "and", "or", "than", "compared", "after":
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
	// "by 0.2 or 0.3 percentage point", "5, 6 and 7 pct", "29 and 19
	// yards": the unit comes after, and wins over one carried from before ("from 50 to 80%")
	if n := x.listUnit(qi); n != nil && q.item == "" {
		q.unit, q.currency, q.bare, q.unitName = n.unit, n.currency, n.bare, n.unitName
		if sc := n.scale; n.scaled && !q.scaled {
			if sc == 0 {
				sc = scaleOf(n.value)
			}
			if q.value*sc <= n.value {
				q.value *= sc // "from three to seven million barrels a day": the scale is both's
				q.scaled, q.scale = true, sc
			}
		}
		if n.unit == UnitPercentagePoint && x.g.word(n.b-1) == "points" && x.g.word(n.b-2) == "basis" {
			q.value /= 100
		}
		return
	}
	if comparative && prev != nil && prev.unit == UnitPercentagePoint && (lead == "to" || lead == "from") {
		// "the rate slipped 0.1 point to 5.3": a level, not a change in points
		comparative = false
	} else if comparative && prev != nil && prev.unit == UnitQuantity && (lead == "and" || x.g.gluedHyphen(q.b)) {
		// a unit of measure is carried by a comparison ("from 208 pounds
		// to 193", "21 mpg ... to 23"), not by a list ("16 centimeter
		// display and 32-mega-pixel camera")
		comparative = false
	} else if comparative && prev != nil && q.item == "" && !(prev.unit == UnitPercent || prev.unit == UnitPercentagePoint) {
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
	// "the continent is home to 1.3 billion": people
	if lead == "to" && x.g.word(q.a-2) == "home" {
		q.unit = UnitCount
		return
	}
	// "exports accounted for 0.3 point and falling imports contributed
	// 0.2", "the private sector 0.4 point and the public sector, 0.2": a
	// bare decimal after a verb or a comma, closing a clause of a sentence
	// in points (not a level: "to a record-low 0.75")
	if prev != nil && prev.unit == UnitPercentagePoint && q.decimals > 0 && q.value < 10 && !comparative &&
		(strings.HasSuffix(x.g.word(q.a-1), "ed") || x.g.isPunct(q.a-1, ",")) && (q.b >= s.b || x.g.isPunct(q.b, ".") || x.g.isPunct(q.b, ",") || x.g.isPunct(q.b, ";")) {
		q.unit = UnitPercentagePoint
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

// rateWords name a rate, a share or a poll, which move in percentage
// points; priceWords name prices and indexes, which move in points.
var (
	rateWords = map[string]bool{
		"growth": true, "gdp": true, "inflation": true, "unemployment": true, "jobless": true, "rate": true,
		"rates": true, "yield": true, "yields": true, "deflator": true, "margin": true, "share": true,
		"poll": true, "polls": true, "polling": true,
	}
	priceWords = map[string]bool{
		"bond": true, "bonds": true, "price": true, "prices": true, "stock": true, "stocks": true,
		"shares": true, "closed": true, "closing": true, "close": true, "dollar": true, "euro": true,
		"yen": true, "sterling": true, "currency": true,
	}
)

// pointsOfPercent reports whether "points" after a figure are percentage
// points: beside a rate ("foreign trade added 0.5 point to growth", "the
// jobless rate fell 0.3 points"), or small in an article that has already
// stated percentage points; never in a sentence about a stock index or a
// price, nor beside the same move in percent ("down 43.88 points or 0.16
// percent").
func (x *extractor) pointsOfPercent(q *quantity, s sentence) bool {
	if q.value >= 100 || x.indexSentence(s) || x.beside(q, UnitPercent) {
		return false
	}
	rate := false
	for k := max(s.a, q.a-25); k < min(s.b, q.b+10); k++ {
		if t := &x.toks[k]; t.kind == tWord {
			w := x.g.lw(k)
			if priceWords[w] {
				return false
			}
			rate = rate || rateWords[w]
		}
	}
	return rate || x.g.saidPoints && q.value < 10
}

// beside reports whether a claim in unit u stands next to q, joined by
// "or" or a comma ("43.88 points or 0.16 percent", "1.13 percent, or
// 11.29 points").
func (x *extractor) beside(q *quantity, u Unit) bool {
	g := &x.g
	for i := range x.qs {
		o := &x.qs[i]
		if o == q || o.unit != u {
			continue
		}
		a, b := q.b, o.a // o after q
		if o.b <= q.a {
			a, b = o.b, q.a
		}
		if b-a > 2 || b < a {
			continue
		}
		ok := true
		for k := a; k < b; k++ {
			if !g.isPunct(k, ",") && g.word(k) != "or" {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// listUnit returns the claim whose unit the bare figure qi takes in a list
// of figures that ends in a unit ("5, 6 and 7 pct", "0.2 or 0.3
// percentage point"), or nil.
func (x *extractor) listUnit(qi int) *quantity {
	q := &x.qs[qi]
	cur := q
	conj := false // a list of two needs "and", "or" or "to"
	for ni := qi + 1; ni < len(x.qs) && ni <= qi+8; ni++ {
		k, sep := cur.b, false
		if x.g.isPunct(k, ",") {
			k, sep = k+1, true
		}
		if w := x.g.word(k); w == "or" || w == "and" || w == "to" {
			k, sep, conj = k+1, true, true
		}
		for i := 0; i < 2 && k < x.qs[ni].a && functionWords[x.g.word(k)]; i++ {
			k++ // "from 36 to just 21 days"
		}
		n := &x.qs[ni]
		if !sep || n.a != k || n.skip || n.kind != q.kind {
			return nil
		}
		switch n.unit {
		case "":
		case UnitCount, UnitOrdinal:
			if n.item != "" || n.unit == UnitOrdinal {
				return nil
			}
		default:
			if !conj && ni-qi < 2 && !(qi > 0 && x.qs[qi-1].b+1 == q.a && x.g.isPunct(q.a-1, ",")) {
				return nil // "1.01, 0.59 percentage point": two figures are an apposition; three are a list ("50, 60, 70 million pounds")
			}
			return n
		}
		cur = n
	}
	return nil
}

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
		if x.toks[k].cls&lxIndex != 0 && indexWords[x.g.lw(k)] {
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
