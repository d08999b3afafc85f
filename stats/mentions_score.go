package stats

// mentionState is the scratch state of the mention stage (findMentions,
// properNames, articleContext.init), kept by the extractor across
// articles so that its slices are reused.
type mentionState struct {
	score entityScores // articleContext.init
}

// entityScores sums a weight per entity, in the order the entities are
// first added: a slice searched linearly (an article names few entities)
// instead of a map, which costs a hash per mention and an iteration.
type entityScores struct {
	ents []*Entity
	vals []float64
}

// add adds w to e's score.
func (s *entityScores) add(e *Entity, w float64) {
	for i, f := range s.ents {
		if f == e {
			s.vals[i] += w
			return
		}
	}
	s.ents = append(s.ents, e)
	s.vals = append(s.vals, w)
}

// best returns the entity with the highest score, the first by name among
// equals, or nil.
func (s *entityScores) best() *Entity {
	var main *Entity
	best := 0.0
	for i, e := range s.ents {
		if v := s.vals[i]; v > best || v == best && main != nil && e.Name < main.Name {
			best, main = v, e
		}
	}
	return main
}

// reset empties s, keeping no entity alive.
func (s *entityScores) reset() {
	clear(s.ents)
	s.ents, s.vals = s.ents[:0], s.vals[:0]
}
