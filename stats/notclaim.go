package stats

// notAClaim filters figures that are not claims by claims.md §1: bare years,
// numbers inside names, list markers, vague amounts.
func (x *extractor) notAClaim(q *quantity, s sentence) bool {
	g := &x.g
	t := &x.toks[q.numA]
	bare := q.unit == UnitCount || q.unit == UnitNumber || q.unit == ""
	if q.kind == numDigits && bare && !q.scaled && q.currency == "" {
		if isYearToken(t) {
			return true
		}
		if t.decimals == 0 && !t.commas {
			// names and codes: "Boeing 747", "Section 301", "FTSE 100", "No. 1"
			p := q.numA - 1
			if p >= s.a {
				pt := &x.toks[p]
				if pt.kind == tWord && isUpper(pt.text) && p > s.a {
					w := x.g.lw(p)
					if !functionWords[w] && months[w] == 0 && !isApproxWord(w) && !x.isEntityAt(p) && !isAllUpperLine(x, s) {
						return true
					}
				}
				if pt.kind == tPunct && (pt.text == "#" || pt.text == "(") && p == s.a {
					return true
				}
				if g.word(p-1) == "no" && pt.text == "." {
					return true
				}
			}
			// list markers: "1." or "2)" at the start of a line
			if q.numA == s.a || t.gap >= 2 {
				if n := q.b; n+1 < s.b && (g.isPunct(n, ".") || g.isPunct(n, ")")) && x.toks[n].glued() {
					return true
				}
			}
		}
		// page and phone numbers
		if w := g.word(q.numA - 1); w == "page" || w == "pages" || w == "p" || w == "tel" || w == "phone" || w == "fax" {
			return true
		}
	}
	// definite references to a known set: "the two countries", "both
	// sides" (claims.md §1: neither rewarded nor penalised, so not claimed)
	if q.kind == numWords && q.value <= 10 && q.unit == UnitCount && q.approx == Exact {
		switch g.word(q.a - 1) {
		case "the", "these", "those", "its", "their", "our", "his", "her":
			return true
		}
	}
	return false
}

func isApproxWord(w string) bool {
	for _, ph := range approxPhrases {
		if ph.words[len(ph.words)-1] == w {
			return true
		}
	}
	return false
}

// isAllUpperLine reports whether the sentence is an all-caps headline.
func isAllUpperLine(x *extractor, s sentence) bool { return x.g.allUpperLine(s) }

// allUpperLine reports whether the sentence is an all-caps headline.
func (g *grammar) allUpperLine(s sentence) bool {
	seen := 0
	for k := s.a; k < s.b && seen < 6; k++ {
		if g.toks[k].kind == tWord {
			seen++
			if !isAllUpper(g.toks[k].text) {
				return false
			}
		}
	}
	return seen > 0
}

func (x *extractor) isEntityAt(k int) bool { return x.cover[k] > 0 }
