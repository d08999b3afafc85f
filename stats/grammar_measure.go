package stats

import "strings"

// Units of measure after a figure, from the units table (units.go):
// spaced, glued or hyphenated ("500 tonnes", "10kW", "an 8-inch pipe"),
// areas and volumes ("16 square feet", "4km^2"), rates ("barrels per day",
// "km/h", "miles an hour") and compounds ("5 feet 2 inches").

// unitRef is a unit read after a figure.
type unitRef struct {
	name, dim string
	factor    float64
	form      *unitForm // the table form it was read from; nil for a composed unit
}

// dimensionWords follow a length, a height or a depth: "1.8m tall", "2 in
// thick", "37m (121ft) high".
var dimensionWords = map[string]bool{
	"tall": true, "high": true, "long": true, "wide": true, "deep": true, "thick": true,
	"across": true, "away": true, "apart": true, "below": true, "above": true, "underground": true,
	"offshore": true, "inland": true, "overhead": true, "square": true, "in": true, "x": true, "by": true,
	"diameter": true, "radius": true, "length": true, "height": true, "width": true, "depth": true,
	"taller": true, "higher": true, "longer": true, "wider": true, "deeper": true, "thicker": true,
}

// measure reads a unit of measure at e, after the figure of q, and makes q
// a quantity in it. It returns the end and whether it read one.
func (g *grammar) measure(q *quantity, e int, s sentence) (int, bool) {
	if e >= s.b {
		return e, false
	}
	k, hyphen := e, false
	if g.gluedHyphen(e) {
		k, hyphen = e+1, true // "an 8-inch pipe", "a 1,200-square-foot home"
	} else if !g.unitGap(q, e) {
		return e, false // a word on the next line (after a scale word, see unitGap)
	}
	u, end, ok := g.firstUnit(q, k, s, hyphen)
	if !ok {
		u, end, ok = g.bracketUnit(e, s)
	}
	if !ok {
		return e, false
	}
	end = g.unitCompound(q, &u, end, s)
	q.unit, q.unitName = UnitQuantity, u.name
	if u.factor != 1 {
		q.value *= u.factor
		q.scaled, q.scale = true, u.factor
	}
	return end, true
}

// firstUnit reads the unit right after a figure, where the context must
// allow it, with a power or a rate after it.
func (g *grammar) firstUnit(q *quantity, k int, s sentence, hyphen bool) (unitRef, int, bool) {
	u, end, ok := g.unitAt(k, s)
	if !ok || u.form != nil && u.form.unit.hyphen && !hyphen || !g.unitContext(q, &u, k, end, s, hyphen) {
		return u, k, false
	}
	end = g.unitPower(&u, end, s)
	end = g.unitRate(&u, end, s, false)
	end = g.unitRate(&u, end, s, true) // "20 J/m^2 per year"
	return u, end, true
}

// unitAt reads one unit at k: a form of the table, or "square"/"cubic"
// before a length ("square yards", "sq. ft", "cubic-metre").
func (g *grammar) unitAt(k int, s sentence) (unitRef, int, bool) {
	if f, end := g.unitFormAt(k, s); f != nil {
		return unitRef{name: f.unit.name, dim: f.unit.dim, factor: f.factor, form: f}, end, true
	}
	w := g.word(k)
	if w != "square" && w != "sq" && w != "cubic" && w != "cu" {
		return unitRef{}, k, false
	}
	n := k + 1
	if g.gluedHyphen(n) || g.isPunct(n, ".") && g.toks[n].glued() {
		n++
	}
	f, end := g.unitFormAt(n, s)
	if f == nil || f.unit.dim != "length" || f.factor != 1 {
		return unitRef{}, k, false
	}
	if g.isPunct(end, ".") && g.toks[end].glued() && len(f.toks[0]) <= 2 && end+1 < s.b {
		end++ // "sq. ft." inside a sentence
	}
	if w == "square" || w == "sq" {
		return unitRef{name: "square " + f.unit.name, dim: "area", factor: 1}, end, true
	}
	return unitRef{name: "cubic " + f.unit.name, dim: "volume", factor: 1}, end, true
}

// bracketUnit reads a unit in brackets after a figure, as tables write
// it: "20 (kg)", "20 [kg]".
func (g *grammar) bracketUnit(e int, s sentence) (unitRef, int, bool) {
	if e+2 >= s.b || g.toks[e].kind != tPunct || !g.toks[e+1].glued() {
		return unitRef{}, e, false
	}
	var closing string
	switch g.toks[e].text {
	case "(":
		closing = ")"
	case "[":
		closing = "]"
	case "{":
		closing = "}"
	case "<":
		closing = ">"
	default:
		return unitRef{}, e, false
	}
	u, end, ok := g.unitAt(e+1, s)
	if !ok || u.form != nil && u.form.unit.hyphen || !g.isPunct(end, closing) || !g.toks[end].glued() {
		return unitRef{}, e, false
	}
	return u, end + 1, true
}

// unitContext decides whether a unit form right after a figure is the unit
// here:
//   - single letters count glued ("48m", "100t", "-10C") or where the
//     phrase ends ("1 m x 1 m", "3 to 4 L of wine"), not after a hyphen
//     ("Section 120-B") and not on a figure in a name ("Proposition 1C",
//     "Chrysler 300C");
//   - "in" is the preposition unless a dimension follows, or an equivalent
//     in brackets, or it ends the sentence ("2 in thick", "52.8 in (134
//     cm)");
//   - the double quote is an inch only glued, and not closing a quotation
//     or opening one ("a 25.5" screen");
//   - a form matched in any case is not a word in capitals of two letters
//     ("HR", "KM") outside a headline;
//   - "second" before a hyphen or a period is the ordinal ("second-quarter").
func (g *grammar) unitContext(q *quantity, u *unitRef, k, end int, s sentence, hyphen bool) bool {
	f := u.form
	if f == nil {
		return true
	}
	t := &g.toks[k]
	glued := t.glued() && !hyphen
	if !f.exact && len(t.text) == 2 && isAllUpper(t.text) && !g.allUpperLine(s) {
		return false
	}
	switch first := f.toks[0]; {
	case f.single:
		if hyphen {
			return false
		}
		if !glued {
			switch first {
			case "m", "l", "L", "C", "F":
				if !g.unitEndsHere(end, s) || g.isPunct(end, ".") && end+1 < s.b && isUpper(g.toks[end+1].text) && g.toks[end+1].gap == 1 && first != "m" {
					return false // "Group 4 C. Smith"
				}
			default:
				if !g.isPunct(end, "/") || !g.toks[end].glued() {
					return false // a letter spaced from the figure is a unit only before "/": "20 J/m^2"
				}
			}
		}
		if q.decimals == 0 && g.inName(q.numA, s) {
			return false // "Chrysler 300C", "Lexus HS 250h"
		}
		switch first {
		case "g":
			return q.decimals > 0 || q.value >= 10 // "3g", "5g": generations of mobile networks
		case "s":
			return q.decimals > 0 // "the 1990s", "in his 50s"
		}
	case f.exact && first == "in":
		if glued || q.scaled {
			return false
		}
		if w := g.word(end); dimensionWords[w] && w != "in" && w != "by" && w != "x" && !g.gluedHyphen(end+1) {
			return true
		}
		if g.isPunct(end, "(") && end+2 < s.b && g.toks[end+1].kind == tNum {
			v, _, ok := g.unitAt(end+2, s)
			return ok && v.dim == "length"
		}
		return end >= s.b || g.isPunct(end, ".") && end+1 >= s.b
	case f.exact && first == `"`:
		if end < s.b && g.toks[end].glued() && g.toks[end].kind == tWord {
			return false // an opening quote: 1,529"standard-essential"
		}
		if glued {
			return g.quotesBefore(k, s)%2 == 0 // not the end of a quotation
		}
		return dimensionWords[g.word(end)] // `10 " long`
	case first == "second":
		return !g.gluedHyphen(end) && !periodNouns[g.word(end)] && !superlatives[g.word(end)]
	}
	return true
}

// inName reports whether the figure at j follows a capitalised word inside
// the sentence, as in a name or a model ("Proposition 1C", "Chrysler 300C").
func (g *grammar) inName(j int, s sentence) bool {
	p := j - 1
	if g.isHyphen(p) && p-1 > s.a && g.toks[p-1].kind == tWord && isUpper(g.toks[p-1].text) {
		return true // "F-16C", "C- 130J"
	}
	if p <= s.a || g.toks[p].kind != tWord || !isUpper(g.toks[p].text) {
		return false
	}
	w := g.lw(p)
	return !functionWords[w] && months[w] == 0 && !isApproxWord(w) && !g.allUpperLine(s)
}

// hyphenUnit reports whether a unit that may follow "N-" starts at k, as
// in "one-yen", "one-year" (oneIsFigure).
func (g *grammar) hyphenUnit(k int, s sentence) bool {
	u, _, ok := g.unitAt(k, s)
	return ok && (u.form == nil || !u.form.single && u.form.toks[0] != "in" && u.form.toks[0] != `"`)
}

// quotesBefore counts the double quotes in the sentence before token k.
func (g *grammar) quotesBefore(k int, s sentence) int {
	n := 0
	for i := s.a; i < k; i++ {
		if g.toks[i].kind == tPunct && g.toks[i].text == `"` {
			n++
		}
	}
	return n
}

// unitEndsHere reports whether the phrase of a unit may end before token
// k: the sentence or a clause ends, or a function word or a dimension
// follows.
func (g *grammar) unitEndsHere(k int, s sentence) bool {
	if k >= s.b {
		return true
	}
	t := &g.toks[k]
	switch t.kind {
	case tNum:
		return true // "1 m 1 m", "12 m 2 dm"
	case tPunct:
		return t.text != "-" || !t.glued()
	case tWord:
		w := g.lw(k)
		return functionWords[w] || dimensionWords[w]
	}
	return false
}

// unitPower reads a power after a length: "4km^2", "301,338 km²", "4 km
// cubed".
func (g *grammar) unitPower(u *unitRef, e int, s sentence) int {
	if u.dim != "length" || e >= s.b {
		return e
	}
	t := &g.toks[e]
	power, end := 0, e+1
	switch {
	case t.kind == tPunct && (t.text == "²" || t.text == "³") && t.glued():
		power = 2
		if t.text == "³" {
			power = 3
		}
	case t.kind == tPunct && t.text == "^" && t.glued() && e+1 < s.b && g.toks[e+1].kind == tNum && g.toks[e+1].glued():
		switch g.toks[e+1].text {
		case "2":
			power = 2
		case "3":
			power = 3
		}
		end = e + 2
	case g.word(e) == "squared":
		power = 2
	case g.word(e) == "cubed":
		power = 3
	}
	switch power {
	case 2:
		u.name, u.dim = "square "+u.name, "area"
	case 3:
		u.name, u.dim = "cubic "+u.name, "volume"
	default:
		return e
	}
	return end
}

// unitRate reads a rate after a unit: "per day", "a year", "an hour",
// "/h": "barrels per day", "200 km/h", "188 miles an hour"; again, a rate
// after a rate ("joules per square metre per year").
func (g *grammar) unitRate(u *unitRef, e int, s sentence, again bool) int {
	if strings.Contains(u.name, " per ") != again || e+1 >= s.b {
		return e
	}
	v, end, ok := g.perWhat(e, s)
	if !ok || v.dim == "time" && u.dim == "time" {
		return e
	}
	u.name = u.name + " per " + v.name
	switch {
	case u.dim == "length" && v.dim == "time":
		u.dim = "speed"
	case v.dim == "time":
		u.dim = "flow"
	default:
		u.dim = u.dim + " per " + v.dim
	}
	return end
}

// perWhat reads "per X", "a X", "an X" or "/X" at e, X a unit ("a" and "an"
// only before a unit of time: "five hours a day"; not "a year earlier").
func (g *grammar) perWhat(e int, s sentence) (unitRef, int, bool) {
	if g.gluedHyphen(e) && g.gluedHyphen(e+2) {
		if w := g.word(e + 1); w == "a" || w == "an" || w == "per" {
			e++ // "a 300,000-barrel-per-day refinery", "115,000-barrel-a-day"
			v, end, ok := g.unitAt(e+2, s)
			if !ok || v.form != nil && (v.form.single || v.form.unit.hyphen) || w != "per" && v.dim != "time" {
				return unitRef{}, e, false
			}
			return v, end, true
		}
	}
	w := g.word(e)
	slash := g.isPunct(e, "/") && g.toks[e].glued() && e+1 < s.b && g.toks[e+1].glued()
	if w != "per" && w != "a" && w != "an" && !slash {
		return unitRef{}, e, false
	}
	v, end, ok := g.unitAt(e+1, s)
	if !ok || v.form != nil && v.form.unit.hyphen {
		return unitRef{}, e, false
	}
	end = g.unitPower(&v, end, s) // "J/m^2"
	if w == "a" || w == "an" {
		if v.dim != "time" {
			return unitRef{}, e, false
		}
		switch g.word(end) {
		case "earlier", "ago", "before", "later", "after", "since":
			return unitRef{}, e, false // "$2.7bn a year earlier"
		}
	}
	return v, end, true
}

// unitCompound reads a smaller unit after a larger one, as one figure:
// "5 feet 2 inches", "5 ft 2 in", "6-foot-2", "7 pounds 3 ounces".
func (g *grammar) unitCompound(q *quantity, u *unitRef, e int, s sentence) int {
	var small string
	var per float64
	switch u.name {
	case "foot":
		small, per = "inch", 12
	case "pound":
		small, per = "ounce", 16
	default:
		return e
	}
	k := e
	hyphen := g.gluedHyphen(k) && u.name == "foot" // "6-foot-2"
	switch {
	case hyphen:
		k++
	case g.word(k) == "and":
		k++
	}
	if k >= s.b || g.toks[k].kind != tNum || !hyphen && g.toks[k].gap != 1 {
		return e
	}
	t := &g.toks[k]
	if t.decimals > 0 && !hyphen || t.num >= per || q.decimals > 0 {
		return e
	}
	end := k + 1
	switch v, ve, ok := g.unitAt(end, s); {
	case ok && v.name == small && (g.unitContext(q, &v, end, ve, s, false) || v.form != nil && v.form.toks[0] == "in"):
		end = ve // "5 feet 2 inches", "5 ft 2 in."
	case hyphen: // "6-foot-2"
	case u.name == "foot" && t.decimals == 0 && g.unitEndsHere(end, s) && g.word(end) != "in":
		// "5 feet 11 and 231 pounds": the inches go unsaid
	default:
		return e
	}
	q.value += t.num / per
	q.decimals = 2
	return end
}
