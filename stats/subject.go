package stats

import "slices"

// sentenceSubject returns the subject-position entity of sentence si.
func (x *extractor) sentenceSubject(si int) *Entity {
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.prep || m.ent.Kind == KindRegion || x.inClaim[m.a] {
			continue
		}
		return m.ent
	}
	return nil
}

// prepareSubjects indexes the subject candidates of sentence si once its
// claims are known: per clause, the first candidate; and the candidates
// that may follow a claim, in text order. Mentions inside a claim's own
// text ("Australian dlrs") are not candidates.
func (x *extractor) prepareSubjects(si int, s sentence) {
	clear(x.inClaim[s.a:s.b])
	for i := range x.qs {
		q := &x.qs[i]
		if !q.skip {
			for k := q.a; k < q.b; k++ {
				x.inClaim[k] = true
			}
		}
	}
	x.firstInClause = x.firstInClause[:0]
	x.afterCands = x.afterCands[:0]
	x.sentFirst = -1
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		m := &x.mentions[i]
		if m.prep || x.inClaim[m.a] {
			continue
		}
		if x.sentFirst < 0 {
			x.sentFirst = i
		}
		for len(x.firstInClause) <= m.clause {
			x.firstInClause = append(x.firstInClause, -1)
		}
		if x.firstInClause[m.clause] < 0 {
			x.firstInClause[m.clause] = i
		}
		if m.ent.Kind != KindName {
			x.afterCands = append(x.afterCands, i)
		}
	}
}

// subjectFor picks the entity a claim is about: the subject-position entity
// of the claim's clause, else of its sentence, else the one carried from
// earlier sentences.
func (x *extractor) subjectFor(q *quantity, si int, s sentence, ctx *articleContext) string {
	clause := int(x.clauseOf[q.a])
	// "68.5 percent of Peru's total", "0.1 percent of China's GDP growth"
	if x.g.word(q.b) == "of" {
		k := q.b + 1
		if x.g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && m.a == k && (m.poss || m.form == FormAdjective) {
			return m.ent.Name
		}
	}
	// "compared with 18.6% for the US": the entity the figure is given for
	if x.g.word(q.b) == "for" {
		k := q.b + 1
		if x.g.word(k) == "the" {
			k++
		}
		if m := x.mentionAt(k, s); m != nil && m.a == k && m.ent.Kind != KindRegion {
			return m.ent.Name
		}
	}
	// "the IMF's 184 members": the possessor of what is counted
	if q.unit != UnitOrdinal && q.a-1 > s.a && (x.toks[q.a-1].text == "'s" || x.toks[q.a-1].text == "’s") {
		if m := x.mentionAt(q.a-2, s); m != nil && m.b == q.a-1 {
			return m.ent.Name
		}
	}
	// "Chrysler Corp said its U.S. car sales dipped 3.6 pct": the company
	// the statement is about speaks of "its" figures
	for k := q.a - 1; k >= s.a && k >= q.a-8 && int(x.clauseOf[k]) == clause; k-- {
		if w := x.g.word(k); w == "its" || w == "their" {
			r := x.sentM[si]
			for i := r[0]; i < r[1]; i++ {
				if m := &x.mentions[i]; m.source && m.ent.Kind == KindName && m.a < k {
					return m.ent.Name
				}
			}
			break
		}
	}
	var before, after *mention
	if clause < len(x.firstInClause) && x.firstInClause[clause] >= 0 && x.mentions[x.firstInClause[clause]].a < q.a {
		before = &x.mentions[x.firstInClause[clause]]
	} else if x.sentFirst >= 0 && x.mentions[x.sentFirst].a < q.a {
		before = &x.mentions[x.sentFirst]
	}
	if before == nil {
		// the first candidate at or after the claim, if in the same clause
		i, _ := slices.BinarySearchFunc(x.afterCands, q.a, func(mi, a int) int { return x.mentions[mi].a - a })
		if i < len(x.afterCands) && x.mentions[x.afterCands[i]].clause == clause {
			after = &x.mentions[x.afterCands[i]]
		}
	}
	if after != nil && x.pronounClause(q.a, s) {
		after = nil // "It has signed agreements with five ... and Belt and Road ..."
	}
	switch {
	case before != nil:
		return before.ent.Name
	case after != nil && after.ent.Kind != KindRegion:
		return after.ent.Name
	case ctx.current != nil:
		x.carried = true
		return ctx.current.Name
	}
	// any entity in the sentence at all
	r := x.sentM[si]
	for i := r[0]; i < r[1]; i++ {
		if m := &x.mentions[i]; m.ent.Kind != KindRegion {
			return m.ent.Name
		}
	}
	return ""
}

// pronounClause reports whether the clause holding token k starts with a
// personal pronoun, whose referent comes from an earlier sentence.
func (x *extractor) pronounClause(k int, s sentence) bool {
	for j := int(x.clauseStart[k]); j < k; j++ {
		w := x.g.word(j)
		if w == "" || w == "and" || w == "but" || w == "while" || w == "as" {
			continue
		}
		switch w {
		case "it", "its", "he", "she", "his", "her", "they", "their", "this", "these":
			return true
		}
		return false
	}
	return false
}
