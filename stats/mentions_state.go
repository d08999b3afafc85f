package stats

// mentionState is the scratch state of the mention stage (findMentions,
// properNames, articleContext.init), kept by the extractor across
// articles so that its slices are reused.
type mentionState struct {
	score entityScores // articleContext.init
	names nameFilter   // of the proper names of the article (x.names)
	// currencyAt is 1 + the token of the currency the latest claim took as
	// its subject (currencySubject), 0 for none
	currencyAt int
	// originAt is 1 + the first token of the sentence whose list of counts
	// by origin countOrigin is reading, 0 for none
	originAt int
}

// nameFilter tells whether a proper name may be among the article's names
// (x.names) by its first and last bytes, so that knownName folds and looks
// up only the few runs of capitalised words that may be one.
type nameFilter [4]uint64

func nameBit(first, last byte) uint { return (uint(first)*31 + uint(last)) & 255 }

func (f *nameFilter) add(first, last byte) {
	b := nameBit(first, last)
	f[b>>6] |= 1 << (b & 63)
}

func (f *nameFilter) may(first, last byte) bool {
	b := nameBit(first, last)
	return f[b>>6]&(1<<(b&63)) != 0
}

// trueKeys returns the words a set maps to true.
func trueKeys(m map[string]bool) []string {
	var out []string
	for w, ok := range m {
		if ok {
			out = append(out, w)
		}
	}
	return out
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
