package stats

import "testing"

// fractionCases are the table tests of fractions of a whole, ordinals, multiples and ratios (grammar_fractions.go), one case a line.
var fractionCases = []grammarCase{
	{"It cost half a billion dollars.", "half a billion dollars=500000000 money:USD"},
	{"Nearly half of the goods went abroad.", "Nearly half=50 percent~under"},
	{"Exports make up one-third of output.", "one-third=33.333333333333336 percent"},
	{"Two-thirds of firms agreed.", "Two-thirds=66.66666666666667 percent"},
	{"A quarter of the budget is debt.", "A quarter=25 percent"},
	{"Rice is a fifth of the harvest.", "a fifth=20 percent"},
	{"About 3/4 of the land is farmed.", "About 3/4=75 percent~about"},
	{"It is the twenty-first round.", "twenty-first=21 ordinal"},
	{"It is the one hundred twenty-fifth meeting.", "one hundred twenty-fifth=125 ordinal"},
	{"It employs half a million people.", "half a million=500000 count"},
	{"Three fifths went abroad.", "Three fifths=60 percent"},
	{"One out of three firms agreed.", "One out of three=33.333333333333336 percent"},
	{"Exports were twenty-three fifths of imports.", "twenty-three fifths=4.6 number"},
	{"It is a hundredth of that.", "a hundredth=1 percent"},
	{"They sold half a dozen.", "half a dozen=6 count"},
	{"China is the second-largest trading partner.", "second-largest=2 ordinal"},
	{"The 19th round of talks.", "19th=19 ordinal"},
	{"It was his sixth visit.", "sixth=6 ordinal"},
	{"The 3rd plant opened.", "3rd=3 ordinal"},
	{"Exports doubled.", "doubled=2 multiple"},
	{"Output tripled.", "tripled=3 multiple"},
	{"A three-fold rise.", "three-fold=3 multiple"},
	// a fraction of a unit; "six-figure" is an idiom
	{"The meeting lasted half an hour.", "half an hour=0.5 quantity:hour"},
	{"It took a quarter of a century.", "a quarter of a century=0.25 quantity:century"},
	{"It is three quarters of a mile away.", "three quarters of a mile=0.75 quantity:mile"},
	{"He earns a six-figure salary.", ""},
}

func TestGrammarFractions(t *testing.T) { checkGrammar(t, fractionCases) }
