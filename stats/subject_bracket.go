package stats

// bracketOwner returns the name a figure in brackets right after it is
// given for: "Mitsubishi Electric in Japan (2,812); Intel in the US
// (2,499)", "Huawei (5,405)". The place after "in" only says where the
// name is from; a figure bracketed after a place alone is the place's.
func (x *extractor) bracketOwner(q *quantity, si int, s sentence) *mention {
	g := &x.g
	if q.a-1 <= s.a || !g.isPunct(q.a-1, "(") || q.b >= s.b || !g.isPunct(q.b, ")") || isYearToken(&x.toks[q.a]) {
		return nil
	}
	r := x.sentM[si]
	end := q.a - 1 // the name (or "in" and its place) ends here
	var place *mention
	for i := r[1] - 1; i >= r[0]; i-- {
		m := &x.mentions[i]
		if m.b > end {
			continue
		}
		if m.b < end {
			break
		}
		k := m.a - 1
		if g.word(k) == "the" {
			k--
		}
		if place == nil && m.ent.Kind != KindName && g.word(k) == "in" {
			place, end = m, k // "... in Japan (2,812)": the name before "in"
			continue
		}
		if k := m.a - 1; g.word(k) == "and" && !g.isPunct(k-1, ")") {
			return nil // "Apple and TTM Technologies (about 20 percent)": both (antecedent)
		}
		return m
	}
	return place
}
