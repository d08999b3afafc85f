package stats

import (
	"strings"
	"testing"
	"time"
)

// TestExtractorLinear checks that extraction time grows linearly with the
// length of runs that chain figures together: range connectors ("5-5-5-",
// "5 to 5 to"), number words with scales ("one hundred one hundred"),
// fractions, currencies. A quadratic rule shows as a 64-fold time for an
// 8-fold text; linear code stays near 8. The fastest of three runs is
// compared, so a busy machine does not make the test fail.
func TestExtractorLinear(t *testing.T) {
	pats := []string{
		"5-", "5%-", "$5-", "5–", "5 - ", "5 to ", "-5", "5 to 6 ", "between 5 and ",
		"one hundred ", "two hundred and ", "one million ", "million ", "twenty-", "a third ",
		"5,", "5 per cent ", "a dollar ", "US$ ", "3/4 ", "first ",
		"one hundred and twenty-five thousand million billion ", "thousand million billion twenty-five and ",
		// periods and comparison bases: each figure reads the periods near it only
		"exports rose 5% in 1990 from 4% in 1989 and a year earlier, ", "from 5 in January to 6 in February 1987 ",
	}
	took := func(text string) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			Extract(&Article{Text: text})
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, pat := range pats {
		small := took(strings.Repeat(pat, 2000))
		big := took(strings.Repeat(pat, 16000))
		if big > 24*small+20*time.Millisecond {
			t.Errorf("%q: %v for 2,000 repeats, %v for 16,000: not linear", pat, small, big)
		}
	}
}
