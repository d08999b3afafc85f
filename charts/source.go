package charts

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// MachineNote is the short note every chart of figures read from articles
// carries in its source line.
const MachineNote = "Figures machine-read from the articles by tradestats."

// Source describes the articles behind a chart for its source line.
type Source struct {
	// Publishers are who published the articles, most articles first.
	Publishers []string
	// Articles is the number of independent articles (copies of a story
	// count once).
	Articles int
	// First and Last are the articles' first and last dates (ISO).
	First, Last string
	// Notes are added after the dates ("hedged figures shown as
	// intervals").
	Notes []string
}

// Line writes the source line: "Source: Reuters, 11 articles, 4 Mar–19
// Jun 1987; hedged figures shown as intervals. Figures machine-read from
// the articles by tradestats."
func (s Source) Line() string {
	parts := []string{}
	if p := publisherList(s.Publishers); p != "" {
		parts = append(parts, p)
	}
	if s.Articles > 0 {
		parts = append(parts, plural(s.Articles, "article"))
	}
	if d := stats.DateRangeWords(s.First, s.Last); d != "" {
		parts = append(parts, d)
	}
	line := "Source: " + strings.Join(parts, ", ")
	if len(parts) == 0 {
		line = "Source: articles"
	}
	for _, n := range s.Notes {
		line += "; " + n
	}
	return line + ". " + MachineNote
}

// publisherList writes "Reuters", "China Daily and Reuters", "Reuters,
// Xinhua, China Daily and others".
func publisherList(ps []string) string {
	switch {
	case len(ps) == 0:
		return ""
	case len(ps) == 1:
		return ps[0]
	case len(ps) <= 3:
		return strings.Join(ps[:len(ps)-1], ", ") + " and " + ps[len(ps)-1]
	}
	return strings.Join(ps[:3], ", ") + " and others"
}

// SourceLine writes the source line of a chart from the number of
// articles and their first and last dates (either may be empty).
func SourceLine(articles int, first, last string, hedged bool) string {
	s := Source{Articles: articles, First: first, Last: last}
	if hedged {
		s.Notes = append(s.Notes, "hedged figures shown as intervals")
	}
	return s.Line()
}

// claimsSource describes the independent articles of claims: their
// publishers (by number of articles), number and dates.
func claimsSource(claims []stats.GroupClaim) Source {
	var s Source
	seen := map[string]bool{}
	byPub := map[string]int{}
	for _, c := range claims {
		k := sourceKey(c)
		if seen[k] {
			continue
		}
		seen[k] = true
		s.Articles++
		s.First, s.Last = minDate(s.First, c.Date), maxDate(s.Last, c.Date)
		if p := clean(c.Publisher); p != "" {
			byPub[p]++
		}
	}
	s.Publishers = rankedKeys(byPub)
	return s
}

// rankedKeys returns the keys of counts, largest count first, then by name.
func rankedKeys(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b)) })
	return keys
}

// sourceKey identifies a claim's independent source: the article it is a
// near copy of, else its own article.
func sourceKey(c stats.GroupClaim) string {
	if c.Copy != "" {
		return c.Copy
	}
	return articleKey(c)
}

func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}
