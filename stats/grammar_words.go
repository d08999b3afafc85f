package stats

// Numbers written in words: cardinals, spoken decimals.

// parseWordFigure handles figures written in words: cardinals, ordinals,
// fractions, multiples.
func (g *grammar) parseWordFigure(q *quantity, j int, s sentence) (int, bool) {
	toks := g.toks
	w := g.lw(j)
	num := toks[j].cls&lxNumber != 0 // a number word: the maps below may hold it
	// multiples: doubled, threefold
	if num && multipleFilter.may(w) {
		if m, ok := multipleVerbs[w]; ok {
			if (w == "twice" || w == "double") && !g.multipliesNext(j) {
				return 0, false // "met twice", "a double blow", "double-digit"
			}
			q.kind, q.value, q.unit = numMultiple, m, UnitMultiple
			return j + 1, true
		}
	}
	if num && foldFilter.may(w) {
		if m, ok := foldWords[w]; ok {
			q.kind, q.value, q.unit = numMultiple, m, UnitMultiple
			return j + 1, true
		}
	}
	// fractions and points: half, quarter-point, a third of, two-thirds
	if e, ok := g.parseFraction(q, j, s); ok {
		return e, true
	}
	// "point 77", "point five": a decimal below one
	if w == "point" && (j == s.a || g.word(j-1) == "" || functionWords[g.word(j-1)]) {
		if d, de, ok := g.spokenDecimal(j, s); ok {
			q.kind, q.value, q.decimals = numWords, d, 2
			return de, true
		}
	}
	// "a pair of shoes"
	if w == "pair" && (g.word(j-1) == "a" || g.word(j-1) == "one") {
		q.kind, q.value = numWords, 2
		q.a = j - 1
		return j + 1, true
	}
	// ordinals
	if o, ok := g.ordinalWord(j); ok {
		return g.parseOrdinal(q, j, o, s)
	}
	// ordinal compound: twenty-first
	if tv, ok := g.tensWord(j); ok && j+2 < s.b && g.gluedHyphen(j+1) {
		if o, ok := g.ordinalWord(j + 2); ok && o < 10 {
			return g.parseOrdinal(q, j, tv, s) // parseOrdinal adds the unit ("twenty-first")
		}
	}
	v, e, ok := g.wordNumber(j, s)
	if !ok {
		return 0, false
	}
	q.kind = numWords
	q.value = v
	for k := j; k < e; k++ {
		if sc := g.scaleWord(k); sc >= 1e3 {
			q.scaled = true
		}
	}
	// "twenty-three fifths", "three twenty-firsts", "one twenty-fifth",
	// "one hundred thirty-fifths": a fraction with a spelled numerator
	{
		de0 := e
		if g.isHyphen(e) && e+1 < s.b && (g.toks[e].glued() || g.toks[e].gap == 1) {
			de0 = e + 1 // "one - fourth"
		}
		if den, plural, de, ok := g.denominator(de0, s); ok && (plural && v > 1 || !plural && v == 1 && (de >= s.b || g.word(de) == "" || functionWords[g.word(de)])) && den > 2 {
			if !(v == 1 && !plural && den < 100 && g.word(j) != "one") {
				frac := v / den
				q.kind, q.value = numFraction, frac*100
				q.unit = UnitPercent
				if frac >= 1 {
					q.kind, q.value, q.unit, q.decimals = numWords, frac, "", 2 // a number, not a count
				}
				return de, true
			}
		}
	}
	// "one hundred twenty-fifth", "twenty fifth", "two hundredth": an
	// ordinal closing a cardinal
	if e < s.b {
		oe, ow := e, g.word(e)
		if g.gluedHyphen(e) || g.isPunct(e, "—") {
			oe, ow = e+1, g.word(e+1)
		}
		if o, ok := g.ordinalWord(oe); ok && o != 1 || ow == "first" {
			if ow == "first" {
				o = 1
			}
			switch {
			case o >= 100 && v >= 1:
				return g.finishOrdinal(q, j, v*o, oe+1, s)
			case o < 10 && int(v)%10 == 0 && v >= 20, o < 100 && int(v)%100 == 0 && v >= 100:
				return g.finishOrdinal(q, j, v+o, oe+1, s)
			}
		}
	}
	// "two point five", "nought point nought three"
	if d, de, ok := g.spokenDecimal(e, s); ok {
		q.value += d
		q.decimals = 1
		e = de
		if sc := g.scaleWord(e); sc >= 1e3 && !q.scaled {
			q.value *= sc // "two point two million"
			q.scaled, q.scale = true, sc
			e++
		}
	}
	// "one and a half", "five and a quarter", "twenty and three fifths";
	// "five and a half million"
	if f, fe, ok := g.andFraction(e, s); ok {
		if sc := g.scaleWord(fe); q.scaled && sc >= 1e3 {
			q.value += f * sc // "one billion and a half million"
			e = fe + 1
		} else if q.scaled {
			// "one million and a half": half of the scale
			q.value += f * scaleOf(q.value)
			e = fe
		} else {
			q.value += f
			e = fe
			if sc, ok := g.scaleWordOK(e); ok && sc >= 1e3 {
				q.value *= sc
				q.scaled = true
				e++
			}
		}
	}
	// "one" is a pronoun or idiom more often than a figure
	if e == j+1 && v == 1 && w == "one" {
		if !g.oneIsFigure(j, s) {
			return 0, false
		}
	}
	// capitalised number words mid-sentence inside names: "Group of Five"
	if j > s.a && isUpper(toks[j].text) && !isAllUpper(toks[j].text) && g.word(j-1) == "of" && j-2 >= s.a && isUpper(toks[j-2].text) {
		q.skip = true
		return e, true
	}
	return e, true
}

func isAllUpper(s string) bool {
	hasLetter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			hasLetter = true
		}
	}
	return hasLetter
}

// oneIsFigure decides whether a lone "one" states a figure ("one company")
// rather than an idiom ("one of the", "no one", "one another").
func (g *grammar) oneIsFigure(j int, s sentence) bool {
	if p := g.word(j - 1); p == "minus" || p == "negative" || s.b-s.a == 1 {
		return true // "minus one"; a figure standing alone (a table cell)
	}
	if g.gluedHyphen(j + 1) {
		// "one-yen bid", "one-year deal"; not "one-off", "one-way"
		if g.hyphenUnit(j+2, s) {
			return true
		}
		_, _, _, ok := g.matchCurrency(j+2, s)
		return ok
	}
	if n := j + 2; g.isPunct(j+1, ",") || g.word(j+1) == "and" || g.word(j+1) == "or" {
		if n < s.b && (g.toks[n].kind == tNum || g.cardinalValue(n) > 1 || g.tensValue(n) > 0) {
			return true // a list of figures: "one, two and three", "one or two"
		}
	}
	next := g.word(j + 1)
	if oneIdioms[next] {
		return false
	}
	if g.hyphenUnit(j+1, s) {
		return true // "one mile", "one drachma"
	}
	switch next {
	case "percent", "pct", "%":
		return true // "the one pct growth forecast"
	}
	if next == "per" && g.word(j+2) == "cent" {
		return true
	}
	switch next {
	case "", "who", "that", "which", "is", "was", "must", "can", "could", "would", "should",
		"might", "will", "has", "had", "does", "did", "in", "on", "for", "to", "and", "or":
		return false
	}
	prev := g.word(j - 1)
	if _, ord := g.ordinalWord(j - 1); ord {
		return false // "the first one"
	}
	switch prev {
	case "no", "the", "any", "every", "someone", "each", "this", "that", "which":
		return false
	case "minus", "negative":
		return true
	}
	if _, ok := scaleWords[next]; ok {
		return true
	}
	return true
}

// wordNumber reads a cardinal written in words ("one hundred and five",
// "twenty-one", "a dozen", "eight billion") starting at j.
func (g *grammar) wordNumber(j int, s sentence) (float64, int, bool) {
	total, cur := 0.0, 0.0
	e := j
	any := false
	lastSmall := false // last word was 1-9 (no tens may follow)
	lastTens := false
	k := j
	w := g.word(k)
	if w == "hundred" && (g.word(k+1) == "thousand" || g.word(k+1) == "million" || g.word(k+1) == "billion") {
		cur, any = 1, true // "hundred thousand dollars"
	}
	if w == "a" || w == "an" {
		if k+1 >= s.b {
			return 0, 0, false // "A\fhundred": the scale is in the next sentence
		}
		nx := g.word(k + 1)
		if nx == "dozen" {
			return 12, k + 2, true
		}
		if sc, ok := g.scaleWordOK(k + 1); ok && sc > 0 && (nx == "hundred" || nx == "thousand" || nx == "million" || nx == "billion" || nx == "trillion") {
			cur = 1
			any = true
			k++
		} else {
			return 0, 0, false
		}
	}
	lastScale := 0.0 // the scale of the last group ("thousand million": 1e9)
	groups := 0      // groups closed by a scale word
	// the value and end of the figure as it stood at the last scale word
	scaleVal, scaleE := 0.0, 0
	afterScale := false // the previous word was a scale or "and" after one
	for k < s.b {
		w := g.word(k)
		if w == "" {
			// digits inside a spelled number: "3 hundred and 21", "4 thousand 3 hundred"
			if t := &g.toks[k]; t.kind == tNum && t.decimals == 0 && !t.commas && t.digits <= 3 &&
				(cur == 0 && (afterScale || k == j && g.scaleWord(k+1) > 0) || afterScale && int(cur)%100 == 0 && t.num < 100) {
				cur += t.num
				any = true
				lastSmall, lastTens, afterScale = true, true, false
				k++
				e = k
				continue
			}
			// hyphen inside "twenty-one" (also spaced: "fifty - two")
			if g.isHyphen(k) && lastTens && !lastSmall && (g.gluedHyphen(k) || k+1 < s.b && g.toks[k+1].gap == 1 && g.toks[k].gap == 1) {
				if v, ok := g.cardinalWord(k + 1); ok && v < 10 && v > 0 {
					cur += v
					k += 2
					e = k
					lastTens, lastSmall = false, true
					continue
				}
			}
			if g.gluedHyphen(k) && lastTens {
				if v, ok := g.cardinalWord(k + 1); ok && v < 10 && v > 0 {
					cur += v
					k += 2
					e = k
					lastTens, lastSmall = false, true
					continue
				}
			}
			break
		}
		if v, ok := g.cardinalWord(k); ok {
			if lastSmall || (lastTens && v >= 10) || (cur > 0 && cur < 100 && !lastTens && cur >= 10) {
				break
			}
			afterScale = false
			cur += v
			any = true
			lastSmall, lastTens = v < 10, false
			k++
			e = k
			continue
		}
		if v, ok := g.tensWord(k); ok {
			if lastSmall || lastTens || (cur > 0 && int(cur)%100 != 0) {
				break
			}
			afterScale = false
			cur += v
			any = true
			lastTens, lastSmall = true, false
			k++
			e = k
			continue
		}
		if w == "dozen" && any {
			cur *= 12
			k++
			e = k
			lastSmall, lastTens = false, false
			continue
		}
		if sc, ok := g.scaleWordOK(k); ok && sc > 0 && any {
			if cur == 0 && sc <= lastScale || cur == 0 && total > 0 && lastScale < sc && groups > 1 {
				break // "million million", "two billion five thousand million": two figures
			}
			if sc == 100 && cur >= 100 || sc > 100 && cur > 0 && lastScale > 0 && sc >= lastScale {
				// "one hundred one hundred", "five million three billion":
				// the figure ends at the last scale word, the next begins.
				if scaleE > 0 {
					return scaleVal, scaleE, true
				}
				break
			}
			switch {
			case sc == 100:
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			case cur == 0 && total > 0 && lastScale < sc:
				total *= sc // "three lakh crore", "three thousand millions"
				lastScale *= sc
			default:
				if cur == 0 {
					cur = 1
				}
				total += cur * sc
				cur = 0
				lastScale = sc
				groups++
			}
			lastSmall, lastTens = false, false
			afterScale = true
			k++
			e = k
			scaleVal, scaleE = total+cur, e
			continue
		}
		if w == "and" && any && k+1 < s.b && k > j && g.scaleWord(k-1) > 0 {
			// "one hundred and five", "6 crore and two hundred", "3 hundred and 21"
			_, c := g.cardinalWord(k + 1)
			_, t := g.tensWord(k + 1)
			if _, _, _, frac := g.denominator(k+2, s); frac && c {
				break // "two million and one half": the fraction is read later
			}
			if n := &g.toks[k+1]; c || t || n.kind == tNum && n.decimals == 0 && !n.commas && n.digits <= 3 {
				afterScale = true
				k++
				continue
			}
		}
		afterScale = false
		break
	}
	if !any {
		return 0, 0, false
	}
	return total + cur, e, true
}

// finishOrdinal completes an ordinal written over several words, from j to e.
func (g *grammar) finishOrdinal(q *quantity, j int, o float64, e int, s sentence) (int, bool) {
	if g.periodAfter(e, s) || g.dateAround(j, e, s) {
		q.skip = true
		return e, true
	}
	q.kind, q.value, q.unit = numOrdinal, o, UnitOrdinal
	return g.superlative(q, e, s), true
}

// spokenDecimal reads "point five", "point zero three", "point 77" at e.
func (g *grammar) spokenDecimal(e int, s sentence) (float64, int, bool) {
	if g.word(e) != "point" || e+1 >= s.b {
		return 0, 0, false
	}
	k := e + 1
	if t := &g.toks[k]; t.kind == tNum && t.decimals == 0 && !t.commas {
		return t.num / pow10(int(t.digits)), k + 1, true
	}
	digits := ""
	for k < s.b {
		w := g.word(k)
		if v, ok := g.cardinalWord(k); ok && v < 10 {
			digits += itoa(int(v))
			k++
			continue
		}
		if w == "oh" {
			digits += "0"
			k++
			continue
		}
		if v, ok := g.tensWord(k); ok && digits == "" {
			n := int(v)
			k++
			if g.gluedHyphen(k) {
				if u, ok := g.cardinalWord(k + 1); ok && u < 10 {
					n += int(u)
					k += 2
				}
			} else if u, ok := g.cardinalWord(k); ok && u < 10 && u > 0 {
				n += int(u)
				k++
			}
			digits = itoa(n)
			break
		}
		if v, ok := g.cardinalWord(k); ok && v >= 10 && digits == "" {
			digits = itoa(int(v)) // "point eleven"
			k++
		}
		break
	}
	if digits == "" {
		return 0, 0, false
	}
	return float64(atoiSafe(digits)) / pow10(len(digits)), k, true
}

// multipliesNext reports whether "twice" or "double" at j multiplies what
// follows: "twice as large", "twice what analysts expected", "nearly
// double the 7.29 billion deficit", "plans to double its exports".
func (g *grammar) multipliesNext(j int) bool {
	if g.gluedHyphen(j + 1) {
		return false
	}
	switch g.word(j + 1) {
	case "as", "the", "what", "that", "its", "their", "his", "her", "our", "this", "last", "from":
		return g.word(j) == "twice" || g.word(j+1) != "as"
	}
	if g.word(j) == "double" {
		switch g.word(j - 1) {
		case "to", "will", "would", "could", "should", "may", "might", "can", "must":
			return true // "plans to double exports"
		}
	}
	return false
}
