package stats

import (
	"strconv"
	"strings"
)

// Near copies: a wire story re-sent ("CORRECTED - ..."), or the same text
// published twice with small edits, is one source, not two articles that
// agree. Two articles are near copies when most of the sentences that hold
// their claims are the same: at least two shared sentences and at least
// three in five of the sentences of the shorter one, or, for articles with
// one such sentence each, the same sentence and the same title once a
// "CORRECTED" or "REPEAT" mark is dropped.

// nearCopies maps the article key (articleKey) of every article that is a
// near copy of an earlier one to the key of the first of its copies.
// Identical texts have the same article id already; this finds the rest.
// The cost is linear in the claims, plus the pairs of articles that share
// a sentence (a sentence shared by more than 32 articles is boilerplate and
// not counted).
func nearCopies(claims []Claim) map[string]string {
	type art struct {
		key   string
		title string
		sents map[string]bool
	}
	var arts []*art
	byKey := map[string]*art{}
	for i := range claims {
		c := &claims[i]
		k := articleKey(c)
		a := byKey[k]
		if a == nil {
			a = &art{key: k, title: plainTitle(c.Title), sents: map[string]bool{}}
			byKey[k] = a
			arts = append(arts, a)
		}
		if c.Sentence != "" {
			a.sents[c.Sentence] = true
		}
	}
	if len(arts) < 2 {
		return nil
	}
	index := make(map[string][]int, len(arts)) // sentence → articles, in order
	for i, a := range arts {
		for s := range a.sents {
			index[s] = append(index[s], i)
		}
	}
	// union-find over articles; the root is the earliest article
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	shared := map[[2]int]int{}
	for _, ids := range index {
		if len(ids) < 2 || len(ids) > 32 {
			continue
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				shared[[2]int{ids[x], ids[y]}]++
			}
		}
	}
	for pair, n := range shared {
		a, b := arts[pair[0]], arts[pair[1]]
		small := min(len(a.sents), len(b.sents))
		copy := n >= 2 && 5*n >= 3*small || small == 1 && n == 1 && a.title != "" && a.title == b.title
		if !copy {
			continue
		}
		ra, rb := find(pair[0]), find(pair[1])
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
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

// tidyNumber writes a bound for a note: "550", "1.5e+09" as "1500000000".
func tidyNumber(x float64) string {
	return strconv.FormatFloat(x, 'f', -1, 64)
}
