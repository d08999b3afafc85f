package stats

import "testing"

// rangeCases are the table tests of ranges, lists and carried units (grammar_ranges.go), one case a line.
var rangeCases = []grammarCase{
	{"Banks will cut rates by 0.2 or 0.3 percentage point.", "0.2=0.2 percentage_point | 0.3 percentage point=0.3 percentage_point"},
	{"Prices of 7-9 lakh rupees.", "7-9 lakh rupees=700000..900000 money:INR"},
	{"Prices of 1000 - 5000 dlrs.", "1000 - 5000 dlrs=1000..5000 money:USD"},
	{"Growth of 3-4% is expected.", "3-4%=3..4 percent"},
	{"Growth between 5 and 7 percent.", "between 5 and 7 percent=5..7 percent"},
	{"Forecasts of 700 mln to one billion dlrs.", "700 mln to one billion dlrs=700000000..1000000000 money:USD"},
	{"A cost of $15 billion to $20 billion.", "$15 billion to $20 billion=15000000000..20000000000 money:USD"},
	{"Tariffs went from 10 percent to 25 percent.", "10 percent=10 percent | 25 percent=25 percent"},
}

func TestGrammarRanges(t *testing.T) { checkGrammar(t, rangeCases) }
