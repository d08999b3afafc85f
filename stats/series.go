package stats

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Series lists, for one subject and metric, the value per period across all
// articles (for time charts). subject and metric are canonicalised
// (CanonicalSubject, m.Canonical; nil m is DefaultMetrics()), and claims are
// keyed as by Compare; claims without a period are left out. Since a metric
// may be stated in several units ("exports" in money and as a percent
// change), the series keeps the unit, currency and kind of figure (level,
// rise, fall) that most claims have; ties go to a level, then to the unit
// first in Units, then to the currency first in alphabetical order.
//
// Each point gives the median value of its period's claims, their min and
// max, and the number of claims and of independent articles. Points are in
// chronological order of period (see comparePeriods): by year, then by the
// first month the period covers, longer periods first: "1986-Q4" <
// "1987" < "1987-H1" < "1987-Q1" < "1987-01" < "1987-02".
func Series(claims []Claim, subject, metric string, m *Metrics) []SeriesPoint {
	if m == nil {
		m = DefaultMetrics()
	}
	k := newKeyer(m)
	subject = CanonicalSubject(subject)
	metric = m.Canonical(metric)
	type kind struct {
		unit     Unit
		currency string
		change   Change
	}
	byKind := map[kind][]int{}
	for i := range dedupClaims(claims) {
		c := &claims[i]
		if c.Period == "" {
			continue
		}
		key, ok := k.key(c)
		if !ok || key.Subject != subject || key.Metric != metric {
			continue
		}
		kd := kind{key.Unit, key.Currency, key.Change}
		byKind[kd] = append(byKind[kd], i)
	}
	if len(byKind) == 0 {
		return nil
	}
	kinds := make([]kind, 0, len(byKind))
	for kd := range byKind {
		kinds = append(kinds, kd)
	}
	slices.SortFunc(kinds, func(a, b kind) int {
		return cmp.Or(
			cmp.Compare(len(byKind[b]), len(byKind[a])),
			cmp.Compare(seriesChangeRank(a.change), seriesChangeRank(b.change)),
			cmp.Compare(slices.Index(Units, a.unit), slices.Index(Units, b.unit)),
			strings.Compare(string(a.unit), string(b.unit)),
			strings.Compare(a.currency, b.currency),
		)
	})
	byPeriod := map[string][]int{}
	for _, i := range byKind[kinds[0]] {
		byPeriod[claims[i].Period] = append(byPeriod[claims[i].Period], i)
	}
	out := make([]SeriesPoint, 0, len(byPeriod))
	for p, idx := range byPeriod {
		values := make([]float64, 0, len(idx))
		arts := map[string]bool{}
		for _, i := range idx {
			values = append(values, claims[i].Value)
			arts[articleKey(&claims[i])] = true
		}
		slices.Sort(values)
		out = append(out, SeriesPoint{
			Period: p, Value: medianOf(values), Min: values[0], Max: values[len(values)-1],
			Claims: len(idx), Articles: len(arts),
		})
	}
	slices.SortFunc(out, func(a, b SeriesPoint) int { return comparePeriods(a.Period, b.Period) })
	return out
}

func seriesChangeRank(c Change) int {
	switch c {
	case NoChange:
		return 0
	case Up:
		return 1
	}
	return 2
}

// comparePeriods orders periods chronologically. A period's sort key is
// its year, then the first month it covers, then its length (longest
// first): "1987" (months 1-12) < "1987-H1" (1-6) < "1987-Q1" (1-3) <
// "1987-01" < "1987-02" < "1987-Q2" (4-6). A fiscal year "1986/87" starts
// in month 4 of 1986 (April, as in Japan and Britain). Periods that do not
// parse ("" included) come after all others, in string order.
func comparePeriods(a, b string) int {
	ka, oka := periodKey(a)
	kb, okb := periodKey(b)
	switch {
	case oka && okb:
		return cmp.Or(cmp.Compare(ka[0], kb[0]), cmp.Compare(ka[1], kb[1]),
			cmp.Compare(kb[2], ka[2]), cmp.Compare(ka[3], kb[3]), strings.Compare(a, b))
	case oka:
		return -1
	case okb:
		return 1
	}
	return strings.Compare(a, b)
}

// periodKey returns (year, first month, months covered, day) for a period
// written as claims.md §2 says: "2023", "2004-Q4", "2019-H1", "1987-02",
// "1987-02-26", "1986/87".
func periodKey(p string) ([4]int, bool) {
	if len(p) < 4 || !periodDigits(p[:4]) {
		return [4]int{}, false
	}
	y, _ := strconv.Atoi(p[:4])
	rest := p[4:]
	switch {
	case rest == "":
		return [4]int{y, 1, 12, 0}, true
	case rest[0] == '/' && len(rest) > 1 && periodDigits(rest[1:]):
		return [4]int{y, 4, 12, 0}, true
	case len(rest) == 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q') && rest[2] >= '1' && rest[2] <= '4':
		q := int(rest[2] - '0')
		return [4]int{y, 3*q - 2, 3, 0}, true
	case len(rest) == 3 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'h') && rest[2] >= '1' && rest[2] <= '2':
		h := int(rest[2] - '0')
		return [4]int{y, 6*h - 5, 6, 0}, true
	case len(rest) == 3 && rest[0] == '-' && periodDigits(rest[1:]):
		mo, _ := strconv.Atoi(rest[1:])
		if mo >= 1 && mo <= 12 {
			return [4]int{y, mo, 1, 0}, true
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && periodDigits(rest[1:3]) && periodDigits(rest[4:]):
		mo, _ := strconv.Atoi(rest[1:3])
		d, _ := strconv.Atoi(rest[4:])
		if mo >= 1 && mo <= 12 {
			return [4]int{y, mo, 0, d}, true
		}
	}
	return [4]int{}, false
}

func periodDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isNumByte(s[i]) {
			return false
		}
	}
	return s != ""
}
