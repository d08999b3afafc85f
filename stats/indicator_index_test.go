package stats

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// indicatorOfScan is indicatorOf as a plain search of every phrase of
// every rule: the reference the indexed lookup must agree with.
func indicatorOfScan(metric string) Indicator {
	if metric == "" {
		return ""
	}
	if worldTradeShare(strings.ToLower(metric)) {
		return IndShareOfWorldTrade
	}
	m := " " + strings.ToLower(metric) + " "
	for i := range indicatorRules {
		r := &indicatorRules[i]
		if !containsAnyWord(m, r.any) || len(r.all) > 0 && !containsAnyWord(m, r.all) || containsAnyWord(m, r.not) {
			continue
		}
		return r.ind
	}
	return ""
}

// TestIndicatorOfIndex checks the indexed indicatorOf against the plain
// search on every phrase of the rules, the metric vocabulary, and phrases
// built around them.
func TestIndicatorOfIndex(t *testing.T) {
	var phrases []string
	for _, r := range indicatorRules {
		for _, l := range [][]string{r.any, r.all, r.not} {
			for _, p := range l {
				phrases = append(phrases, p, "the "+p, p+" growth", "non-oil "+p, "u.s. "+p+"-related", "sub"+p, p+"s")
			}
		}
	}
	sc := bufio.NewScanner(strings.NewReader(metricsTSV))
	for sc.Scan() {
		for _, f := range strings.FieldsFunc(sc.Text(), func(r rune) bool { return r == '\t' || r == '|' }) {
			phrases = append(phrases, f)
		}
	}
	phrases = append(phrases, "share of global fish exports", "oil price", "price of crude oil", "goods and services deficit", "f.o.b. exports", "", "-", "gdp-")
	if b, err := os.ReadFile("testdata/extract/reuters_style.txt"); err == nil {
		phrases = append(phrases, strings.Fields(string(b))...)
	}
	for _, p := range phrases {
		if got, want := indicatorOf(p), indicatorOfScan(p); got != want {
			t.Errorf("indicatorOf(%q) = %q, the plain search says %q", p, got, want)
		}
	}
}
