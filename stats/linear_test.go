package stats

import (
	"fmt"
	"strings"
	"testing"
)

// linearPatterns chain figures together: range connectors ("5-5-5-",
// "5 to 5 to"), number words with scales ("one hundred one hundred"),
// fractions, currencies, periods and comparison bases. Each is repeated into
// one long unpunctuated "sentence", where a rule that reads from the start
// of the clause or sentence for every figure costs time quadratic in its
// length.
var linearPatterns = []string{
	"5-", "5%-", "$5-", "5–", "5 - ", "5 to ", "-5", "5 to 6 ", "between 5 and ",
	"one hundred ", "two hundred and ", "one million ", "million ", "twenty-", "a third ",
	"5,", "5 per cent ", "a dollar ", "US$ ", "3/4 ", "first ",
	"one hundred and twenty-five thousand million billion ", "thousand million billion twenty-five and ",
	// periods and comparison bases: each figure reads the periods near it only
	"exports rose 5% in 1990 from 4% in 1989 and a year earlier, ", "from 5 in January to 6 in February 1987 ",
	// partners, places and anaphors: each figure reads the names near it only
	"imports from that country and exports to Japan rose 5% to $3bn with East European states, ",
	"the district's output and Chile's reserves of oil rose 5 pct, ",
}

// BenchmarkExtractorScaling extracts each of linearPatterns repeated 2,000
// and 16,000 times. Linear code takes about 8 times as long on the longer
// text, a quadratic rule about 64 times: scripts/linear.sh runs this
// benchmark and fails past 24 times. It is a benchmark, not a test, so a
// busy machine cannot fail `go test`.
func BenchmarkExtractorScaling(b *testing.B) {
	for i, pat := range linearPatterns {
		for _, n := range []int{2000, 16000} {
			text := strings.Repeat(pat, n)
			b.Run(fmt.Sprintf("pattern=%02d/n=%d", i, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Extract(&Article{Text: text})
				}
			})
		}
	}
}
