package stats

import "testing"

// wordCases are the table tests of numbers written in words (grammar_words.go), one case a line.
var wordCases = []grammarCase{
	{"It has five free trade agreements.", "five=5 count"},
	{"There are twenty-one members.", "twenty-one=21 count"},
	{"The bill has one hundred and five pages.", "one hundred and five=105 count"},
	{"They bought a dozen ships.", "a dozen=12 count"},
	{"Growth was two point five percent.", "two point five percent=2.5 percent"},
	{"It took one and a half years.", "one and a half years=1.5 quantity:year"},
	{"They sold five and a half million cars.", "five and a half million=5500000 count"},
	{"I can give you 3 hundred and 21 yuan.", "3 hundred and 21 yuan=321 money:CNY"},
	{"The total is three lakh crore rupees.", "three lakh crore rupees=3000000000000 money:INR"},
	{"It was three thousand million dollars.", "three thousand million dollars=3000000000 money:USD"},
	{"The debt is two billion five hundred million dollars.", "two billion five hundred million dollars=2500000000 money:USD"},
	{"Exports were five million three billion dollars.", "five million=5000000 count | three billion dollars=3000000000 money:USD"},
	{"It cost one hundred one dollars.", "one hundred one dollars=101 money:USD"},
	{"The population is 3 million and a half.", "3 million and a half=3500000 count"},
	{"It rose by two point two million.", "two point two million=2200000 number"},
	{"Prices rose by a hundred thousand dollars.", "a hundred thousand dollars=100000 money:USD"},
	// "a" and its scale in two sentences (a fuzzing find: the claim had no tokens)
	{"Sales grew by a\f\fhundred.", ""},
	{"A\fhundred", ""},
}

func TestGrammarWords(t *testing.T) { checkGrammar(t, wordCases) }
