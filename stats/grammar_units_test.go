package stats

import "testing"

// unitCases are the table tests of percent, points, times and counted nouns (grammar_units.go), one case a line.
var unitCases = []grammarCase{
	{"Prices rose 5%.", "5%=5 percent"},
	{"Prices rose 5 per cent.", "5 per cent=5 percent"},
	{"Prices rose 5 pct.", "5 pct=5 percent"},
	{"The rate rose 0.5 percentage point.", "0.5 percentage point=0.5 percentage_point"},
	{"The bank made a quarter-point cut.", "a quarter-point=0.25 percentage_point"},
	{"The Fed raised rates by 25 basis points.", "25 basis points=0.25 percentage_point"},
	{"It is 2.5 times as much.", "2.5 times=2.5 multiple"},
	{"They met three times this year.", "three times=3 count"},
	{"The Dow fell 43.88 points.", "43.88 points=43.88 quantity:point"},
}

func TestGrammarUnits(t *testing.T) { checkGrammar(t, unitCases) }
