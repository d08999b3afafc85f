package stats

// changeNouns after a figure make it a change ("a 25 pct rise").
var changeNouns = map[string]Change{
	"rise": Up, "increase": Up, "gain": Up, "jump": Up, "growth": Up, "hike": Up,
	"surge": Up, "climb": Up, "decline": Down, "drop": Down, "fall": Down, "decrease": Down,
	"cut": Down, "reduction": Down, "slump": Down, "contraction": Down, "loss": Down, "dip": Down,
}

// changeFor says whether the claim is a change: "rose 5%", "fell by $2bn",
// "up 3%", "a 25 pct rise".
func (x *extractor) changeFor(q *quantity, s sentence) Change {
	g := &x.g
	k := q.a - 1
	if g.word(k) == "by" {
		k--
	}
	for k >= s.a {
		switch g.word(k) {
		case "sharply", "slightly", "only", "just", "a", "an", "further", "respectively", "record",
			"underlying", "seasonally", "adjusted", "revised", "estimated", "provisional", "total", "net":
			k--
			continue
		}
		break
	}
	if g.is(k, lxChange) && k >= s.a {
		c := changeWords[g.word(k)]
		switch g.word(k) {
		case "higher", "lower", "raise", "raised", "cut", "cuts", "cutting":
			if g.word(q.a-1) != "by" && g.word(k) != "cut" && g.word(k) != "raised" {
				break
			}
			return c
		default:
			return c
		}
	}
	e := q.b
	if g.gluedHyphen(e) {
		e++
	}
	if g.is(e, lxPeriodNoun) { // every change noun has the class
		if c, ok := changeNouns[g.word(e)]; ok {
			return c
		}
	}
	// "the restrictions had cost the U.S. 17 billion dlrs in exports": a
	// loss of exports, not their level
	if g.word(q.b) == "in" {
		for k := q.a - 1; k >= s.a && k >= q.a-5; k-- {
			if w := g.word(k); w == "cost" || w == "costs" || w == "costing" {
				return Down
			}
		}
	}
	// "a reduction of 1.4 billion", "an increase of 5 pct", "a decline in
	// revenue of 5 percent", "a loss in revenue of around 1 percent"
	if g.word(q.a-1) == "of" {
		n := q.a - 2
		if changeNouns[g.word(n)] == NoChange {
			for j := n; j >= s.a && j >= q.a-6; j-- {
				if g.word(j) == "in" {
					n = j - 1 // past "in revenue"
					break
				}
			}
		}
		switch g.word(n) {
		case "reduction", "decline", "drop", "fall", "decrease", "cut", "contraction", "loss":
			return Down
		case "increase", "rise", "gain", "jump":
			return Up
		}
	}
	// "reducing its overall debt by 996 mln": a change verb a few words back
	if g.word(q.a-1) == "by" {
		for k := q.a - 2; k >= s.a && k >= q.a-6; k-- {
			w := g.word(k)
			if g.is(k, lxChange) {
				return changeWords[w]
			}
			switch w {
			case "reducing", "cutting", "lowering":
				return Down
			case "raising", "increasing", "boosting", "lifting":
				return Up
			}
			if w == "" {
				break
			}
		}
	}
	return NoChange
}
