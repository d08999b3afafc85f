package stats

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"strings"
)

// Comparing figures across articles (issue 4): each claim becomes an
// interval of the true values it is consistent with (ClaimInterval); claims
// that state the same figure are grouped and the group gets a verdict
// (Compare); the values of one subject and metric are listed per period
// (Series).

// CompareOptions configure Compare.
type CompareOptions struct {
	Metrics     *Metrics // the metric vocabulary; nil: DefaultMetrics()
	MinArticles int      // groups with fewer independent articles are dropped (0 or 1: keep all)
	// AllMetrics also compares claims whose metric the vocabulary does not
	// know, by their normalised phrase. By default only vocabulary metrics
	// are compared: counts of "people", "shares" or "others" are about
	// events, not figures that articles repeat, and make most false
	// conflicts on a news corpus. Extend the vocabulary to compare more.
	AllMetrics bool
	// Carried also groups claims whose period, or subject (in a sentence
	// that does not point back to it), came from an earlier sentence, and
	// keeps the groups that fewer than MinArticles articles state with
	// their whole frame. By default such claims are left out: carried
	// fields are too weak to say two figures are one.
	Carried bool
}

// Compare groups claims that state the same figure across articles and
// gives each group its verdict.
//
// Claims state the same figure when they have the same canonical subject
// (CanonicalSubject), the same canonical metric (Metrics.Canonical; only
// the vocabulary's metrics unless opt.AllMetrics), the same unit and
// currency, the same period (or both none) and the same kind of figure: a
// level, a rise or a fall (GroupKey.Change). A percent change of a level
// metric is a figure of the metric's growth when the vocabulary has one:
// "exports rose 5%" is compared with "export growth of 5%"; for growth
// metrics a rise is a level ("the economy grew 3%" and "growth of 3%").
// Left out are claims without a subject or a metric, spans of time ("the
// first two months") and bases of a comparison with no period written
// after them ("rose to 9.19 billion from 9.43 billion": the extractor gives
// 9.43 the period of 9.19). Copies of a claim from the same article (the
// same Article id, so the same text) read from another source are dropped.
//
// A group's verdict is Consistent when its intervals (ClaimInterval) share
// a point; otherwise Tension when the largest gap — the highest Low minus
// the lowest High — is at most max(u, 2% of |median|), with u the largest
// rounding unit among the group's claims and median the median of their
// values; otherwise Conflict. The intervals are taken per article: an
// article that gives several figures under one key (this year's and last
// year's, a table) agrees with a value when any of its figures does, and
// the gap is the least one over the choice of one figure per article. With
// one claim per article this is exactly the rule above; a single article
// is never in conflict with itself. In a group that is not consistent, the
// claims whose interval misses the value that most articles agree on are
// marked Outlier, when those articles are more than half.
//
// Groups report the min, median and max of the claims' values (the lower
// end for ranges), the spread (max - min) and relative spread, the number
// of independent articles (distinct article ids) and the claims sorted by
// value. Groups with fewer than opt.MinArticles articles are dropped. They
// are returned conflicts first, then tension, then consistent, then by
// article count (most first), then by key (subject, metric, unit,
// currency, period in time order, change).
func Compare(claims []Claim, opt CompareOptions) []Group {
	m := opt.Metrics
	if m == nil {
		m = DefaultMetrics()
	}
	k := newKeyer(m)
	k.known = !opt.AllMetrics
	k.carried = opt.Carried
	copies := nearCopies(claims)
	byKey := map[GroupKey][]int{}
	var order []GroupKey
	for i := range dedupClaims(claims) {
		key, ok := k.key(&claims[i])
		if !ok {
			continue
		}
		if _, seen := byKey[key]; !seen {
			order = append(order, key)
		}
		byKey[key] = append(byKey[key], i)
	}
	groups := make([]Group, 0, len(order))
	for _, key := range order {
		g := buildGroup(key, claims, byKey[key], copies)
		if g.Articles < opt.MinArticles || !opt.Carried && g.Stated < opt.MinArticles {
			continue
		}
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b Group) int {
		if c := cmp.Compare(verdictRank[a.Verdict], verdictRank[b.Verdict]); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Articles, a.Articles); c != 0 {
			return c
		}
		return compareKeys(a.GroupKey, b.GroupKey)
	})
	return groups
}

var verdictRank = map[Verdict]int{Conflict: 0, Tension: 1, Consistent: 2}

func compareKeys(a, b GroupKey) int {
	return cmp.Or(
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Metric, b.Metric),
		strings.Compare(string(a.Unit), string(b.Unit)),
		strings.Compare(a.Currency, b.Currency),
		comparePeriods(a.Period, b.Period),
		strings.Compare(string(a.Change), string(b.Change)),
		strings.Compare(a.Counterpart, b.Counterpart),
		strings.Compare(string(a.Indicator), string(b.Indicator)),
		strings.Compare(string(a.Outlook), string(b.Outlook)),
		strings.Compare(a.Forecaster, b.Forecaster),
	)
}

// dedupClaims yields the indexes of claims that are not copies of an
// earlier claim of the same article read from another source.
func dedupClaims(claims []Claim) func(func(int) bool) {
	return func(yield func(int) bool) {
		// Only articles read from more than one source can have copies:
		// find them first, so that the claims of the others (nearly all)
		// are not looked up.
		type sources struct {
			first string // the source of the article's first claim
			many  bool   // and another one
		}
		bySource := map[string]sources{}
		many := false
		for i := range claims {
			c := &claims[i]
			if c.Article == "" {
				continue
			}
			if s, ok := bySource[c.Article]; !ok {
				bySource[c.Article] = sources{first: c.Source}
			} else if !s.many && s.first != c.Source {
				bySource[c.Article] = sources{first: s.first, many: true}
				many = true
			}
		}
		type id struct {
			article, text, sentence string
			value                   float64
		}
		first := map[id]string{} // → source of the first copy
		for i := range claims {
			c := &claims[i]
			if c.Article != "" && many && bySource[c.Article].many {
				k := id{c.Article, c.Text, c.Sentence, c.Value}
				if src, ok := first[k]; ok && src != c.Source {
					continue
				}
				if _, ok := first[k]; !ok {
					first[k] = c.Source
				}
			}
			if !yield(i) {
				return
			}
		}
	}
}

// buildGroup computes the statistics and verdict of one group.
func buildGroup(key GroupKey, claims []Claim, idx []int, copies map[string]string) Group {
	g := Group{GroupKey: key, Claims: make([]GroupClaim, 0, len(idx))}
	values := make([]float64, 0, len(idx))
	us := make([]float64, 0, len(idx))
	articles := map[string]bool{}
	stated := map[string]bool{}
	for _, i := range idx {
		c := &claims[i]
		iv, u := claimInterval(c, true)
		gc := GroupClaim{
			Article: c.Article, Title: c.Title, Date: c.Date, Source: c.Source, Publisher: c.Publisher,
			Text: foldSpaces(c.Text), Value: c.Value, Max: c.Max, Approx: c.Approx,
			Low: iv.Low, High: iv.High, Sentence: c.Sentence, Carried: c.Carried,
			Copy: copies[articleKey(c)],
		}
		switch {
		case c.Max != nil:
		case math.IsInf(iv.High, 1) && !math.IsInf(iv.Low, -1):
			gc.Bound = "lower"
		case math.IsInf(iv.Low, -1) && !math.IsInf(iv.High, 1):
			gc.Bound = "upper"
		}
		g.Claims = append(g.Claims, gc)
		values = append(values, c.Value)
		us = append(us, u)
		a := groupArticle(&gc)
		articles[a] = true
		if c.Carried == "" || c.Carried == "subject" && anaphoric(c.Sentence) {
			stated[a] = true // "The trade surplus rose to 8.14 billion dlrs in February"
		}
	}
	g.Articles = len(articles)
	g.Stated = len(stated)
	slices.SortStableFunc(g.Claims, func(a, b GroupClaim) int {
		return cmp.Or(cmp.Compare(a.Value, b.Value), strings.Compare(a.Article, b.Article))
	})
	slices.Sort(values)
	g.Min, g.Max = values[0], values[len(values)-1]
	g.Median = medianOf(values)
	g.Spread = g.Max - g.Min
	if g.Median != 0 {
		g.RelativeSpread = g.Spread / math.Abs(g.Median)
	}
	g.Verdict = groupVerdict(g.Claims, slices.Max(us), g.Median)
	if g.Verdict != Consistent {
		markOutliers(g.Claims)
	}
	g.Note = boundNote(g.Claims)
	return g
}

// boundNote explains the one-sided figures of a group: "'more than 550'
// allows any value from 550 up".
func boundNote(cs []GroupClaim) string {
	var notes []string
	for i := range cs {
		c := &cs[i]
		n := ""
		switch c.Bound {
		case "lower":
			n = "\"" + c.Text + "\" allows any value from " + tidyNumber(c.Low) + " up"
		case "upper":
			n = "\"" + c.Text + "\" allows any value up to " + tidyNumber(c.High)
		default:
			continue
		}
		if !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
		if len(notes) == 3 {
			break
		}
	}
	return strings.Join(notes, "; ")
}

// articleKey identifies an independent article: its id, or its source and
// title when it has none.
func articleKey(c *Claim) string {
	if c.Article != "" {
		return c.Article
	}
	return c.Source + "\x00" + c.Title
}

// groupArticle is articleKey for a GroupClaim: a near copy counts as the
// article it copies.
func groupArticle(c *GroupClaim) string {
	if c.Copy != "" {
		return c.Copy
	}
	if c.Article != "" {
		return c.Article
	}
	return c.Source + "\x00" + c.Title
}

// medianOf returns the median of sorted values.
func medianOf(v []float64) float64 {
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// groupVerdict applies the rules of issue 4 §3 (see Compare) with the
// group's u and median.
func groupVerdict(cs []GroupClaim, u, med float64) Verdict {
	gap := largestGap(cs)
	switch {
	case gap <= 0:
		return Consistent
	case gap <= max(u, 0.02*math.Abs(med)):
		return Tension
	}
	return Conflict
}

// MarshalJSON writes a GroupClaim with an infinite Low or High ("at least
// 5", "at most 5") as null, which JSON can hold and +Inf it cannot.
func (c GroupClaim) MarshalJSON() ([]byte, error) {
	type plain GroupClaim
	var out struct {
		plain
		Low  *float64 `json:"low"`
		High *float64 `json:"high"`
	}
	out.plain = plain(c)
	if !math.IsInf(c.Low, 0) && !math.IsNaN(c.Low) {
		out.Low = &c.Low
	}
	if !math.IsInf(c.High, 0) && !math.IsNaN(c.High) {
		out.High = &c.High
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes: a null Low is -Inf, a null
// High +Inf.
func (c *GroupClaim) UnmarshalJSON(b []byte) error {
	type plain GroupClaim
	var in struct {
		plain
		Low  *float64 `json:"low"`
		High *float64 `json:"high"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*c = GroupClaim(in.plain)
	c.Low, c.High = math.Inf(-1), math.Inf(1)
	if in.Low != nil {
		c.Low = *in.Low
	}
	if in.High != nil {
		c.High = *in.High
	}
	return nil
}
