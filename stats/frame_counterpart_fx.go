package stats

// A rate quoted for a pair of currencies written with a slash ("the
// mark/dollar rate is put at 1.80 marks", "the yen/dollar rate ... an
// average of 150 yen"): the figure is the price of one of the two in the
// other. As for "8.30 to the dollar", the subject is the country of the
// currency that is not the dollar, the counterpart the other one's.

// fxPairReach is how far before a figure its pair may be written.
const fxPairReach = 24

// fxPair returns the currency codes of the pair written last before claim
// q in sentence s ("mark/dollar": DEM, USD), or "", "".
func (x *extractor) fxPair(q *quantity, s sentence) (a, b string) {
	if q.unit != UnitMoney || q.currency == "" || !x.sentContains(s, cueSlash) {
		return "", ""
	}
	g := &x.g
	for k := q.a - 2; k > s.a && k >= q.a-fxPairReach; k-- {
		if !g.isPunct(k, "/") || !x.toks[k].glued() || !x.toks[k+1].glued() {
			continue
		}
		ca, ok := x.pairCurrency(k-1, s)
		if !ok {
			continue
		}
		cb, ok := x.pairCurrency(k+1, s)
		if !ok || ca == cb || ca != q.currency && cb != q.currency || !x.pairRate(k+2, q) {
			return "", "" // "the dollar/yen rate" before a figure in marks
		}
		return ca, cb
	}
	return "", ""
}

// fxPairFrame returns the subject and counterpart of a rate quoted for a
// currency pair written before claim q, or "", "".
func (x *extractor) fxPairFrame(q *quantity, s sentence) (subject, counterpart string) {
	a, b := x.fxPair(q, s)
	if a == "" {
		return "", ""
	}
	if a == "USD" {
		a, b = b, a // "the dollar/yen rate": Japan, against the United States
	}
	return currencyCountry(a), currencyCountry(b)
}

// pairCurrency returns the currency word k is in a pair: a currency word,
// or "mark", which elsewhere is rarely the currency.
func (x *extractor) pairCurrency(k int, s sentence) (string, bool) {
	if x.g.word(k) == "mark" {
		return "DEM", true
	}
	code, n, _, ok := x.g.matchCurrency(k, s)
	return code, ok && n == 1
}

// pairRate reports whether the pair ending before token k is a rate the
// figure q gives: the pair names a rate or no noun of its own ("the
// mark/dollar rate", "the euro/dollar in 2005", not "dollar/yen volume"),
// and no figure in another currency comes between ("a yen/dollar rate of
// 140 yen and a crude oil price of 18 dlrs").
func (x *extractor) pairRate(k int, q *quantity) bool {
	switch w := x.g.word(k); w {
	case "rate", "rates", "cross", "exchange", "parity":
	default:
		if w != "" && !x.g.is(k, lxFunction) && !x.g.is(k, lxPrep) {
			return false
		}
	}
	for i := range x.qs {
		if p := &x.qs[i]; !p.skip && p.a > k && p.a < q.a && p.unit == UnitMoney && p.currency != q.currency {
			return false
		}
	}
	return true
}
