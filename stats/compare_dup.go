package stats

import (
	"strconv"
	"strings"
)

// Near copies: a wire story re-sent ("CORRECTED - ..."), or the same text
// published twice with small edits, is one source, not two articles that
// agree. Two articles are near copies when most of the figures of one
// (seven in ten) are figures of the other, and they have the same title,
// once "CORRECTED" or "REPEAT" marks are dropped, or mostly the same words
// in the sentences that hold their claims (a Jaccard similarity of at
// least 0.5). A monthly report and the next share their words but not
// their figures; two agencies' reports of one release share the figures
// but not the words.

// nearCopies maps the article key (articleKey) of every article that is a
// near copy of an earlier one to the key of the first of its copies.
// Identical texts have the same article id already; this finds the rest.
// Candidate pairs are the articles that state a figure of the same value
// and unit (a figure stated by more than 64 articles is too common to tell
// anything); each pair is compared once.
func nearCopies(claims []Claim) map[string]string {
	type art struct {
		idx   int
		key   string
		title string
		words map[string]bool
		sents map[string]bool
		figs  map[string]bool
	}
	var arts []*art
	byKey := map[string]*art{}
	index := map[string][]int{} // figure → articles, in order
	for i := range claims {
		c := &claims[i]
		k := articleKey(c)
		a := byKey[k]
		if a == nil {
			a = &art{idx: len(arts), key: k, title: plainTitle(c.Title), words: map[string]bool{}, sents: map[string]bool{}, figs: map[string]bool{}}
			byKey[k] = a
			arts = append(arts, a)
		}
		if c.Sentence != "" && !a.sents[c.Sentence] && len(a.words) < 400 {
			a.sents[c.Sentence] = true
			for _, w := range strings.Fields(strings.ToLower(c.Sentence)) {
				a.words[strings.Trim(w, ".,;:\"'()")] = true
			}
		}
		fig := strconv.FormatFloat(c.Value, 'g', 8, 64) + " " + string(c.Unit) + " " + c.Currency
		a.figs[fig] = true
		if ids := index[fig]; len(ids) == 0 || ids[len(ids)-1] != a.idx {
			index[fig] = append(ids, a.idx)
		}
	}
	if len(arts) < 2 {
		return nil
	}
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	seen := map[[2]int]bool{}
	for _, ids := range index {
		if len(ids) < 2 || len(ids) > 64 {
			continue
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				pair := [2]int{ids[x], ids[y]}
				if seen[pair] || find(pair[0]) == find(pair[1]) {
					continue
				}
				seen[pair] = true
				a, b := arts[pair[0]], arts[pair[1]]
				// the same figures (a monthly report and the next share
				// their words, not their figures), and the same title or
				// mostly the same words
				if overlap(a.figs, b.figs) < 0.7 || !(a.title != "" && a.title == b.title || min(len(a.words), len(b.words)) >= 8 && jaccard(a.words, b.words) >= 0.5) {
					continue
				}
				ra, rb := find(pair[0]), find(pair[1])
				if ra > rb {
					ra, rb = rb, ra
				}
				parent[rb] = ra
			}
		}
	}
	var out map[string]string
	for i, a := range arts {
		if r := find(i); r != i {
			if out == nil {
				out = map[string]string{}
			}
			out[a.key] = arts[r].key
		}
	}
	return out
}

// overlap is the share of the smaller set that the other holds too.
func overlap(a, b map[string]bool) float64 {
	n, small, _ := common(a, b)
	if small == 0 {
		return 0
	}
	return float64(n) / float64(small)
}

// jaccard is the Jaccard similarity of two sets of words.
func jaccard(a, b map[string]bool) float64 {
	n, small, large := common(a, b)
	if small == 0 {
		return 0
	}
	return float64(n) / float64(small+large-n)
}

// common returns how many members two sets share and their sizes,
// smaller first.
func common(a, b map[string]bool) (n, small, large int) {
	if len(a) > len(b) {
		a, b = b, a
	}
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n, len(a), len(b)
}

// plainTitle is a title without the marks of a re-sent story
// ("CORRECTED - ", "REPEAT", "(REFILED)"), in lower case, for comparing
// titles.
func plainTitle(t string) string {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, p := range []string{"corrected - ", "corrected-", "corrected ", "correction - ", "repeat - ", "repeat ", "refile - ", "refiled - "} {
		t = strings.TrimPrefix(t, p)
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "(corrected)"), "(refiled)")
	return strings.Join(strings.Fields(t), " ")
}

// tidyNumber writes a bound for a note: "550", "1500000000".
func tidyNumber(x float64) string {
	return strconv.FormatFloat(x, 'f', -1, 64)
}
