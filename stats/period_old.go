package stats

import (
	"slices"
	"strings"
)

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
