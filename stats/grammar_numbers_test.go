package stats

import "testing"

// numberCases are the table tests of figures written with digits: separators, decimals, signs, glued notations and scales (grammar_numbers.go), one case a line.
var numberCases = []grammarCase{
	{"Output reached 1,234,567 units.", "1,234,567=1234567 count"},
	{"The plant employs 816 000 people.", "816 000=816000 count"},
	{"The index fell to 98.2 on Monday.", "98.2=98.2 number"},
	{"Growth was -0.5% last quarter.", "-0.5%=-0.5 percent"},
	{"Growth was minus 2 percent.", "minus 2 percent=-2 percent"},
	{"Citibank raised its prime rate to 7-3/4 pct.", "7-3/4 pct=7.75 percent"},
	{"The rate rose to 7 1/2 pct.", "7 1/2 pct=7.5 percent"},
	{"The population is 1 414 021 100.", "1 414 021 100=1414021100 count"},
	{"Yields were .08 lower.", ".08=0.08 number"},
	{"It took 2½ years, and ¾ of it was wasted.", "2½ years=2.5 quantity:year | ¾=75 percent"},
	// signs and glued suffixes
	{"The yield was 1.38pc.", "1.38pc=1.38 percent"},
	{"Growth was +0.2% and -1.3% last year.", "+0.2%=0.2 percent | -1.3%=-1.3 percent"},
	{"It fell to minus-130 degrees.", "minus-130 degrees=-130 quantity:degree"},
	{"It rose +5 points.", "+5 points=5 quantity:point"},
	{"Press the +1 button.", ""},
	// a scale after a hyphen
	{"It signed a $1.5-billion deal.", "$1.5-billion=1500000000 money:USD"},
}

func TestGrammarNumbers(t *testing.T) { checkGrammar(t, numberCases) }
