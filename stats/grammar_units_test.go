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
	// points: percentage points beside a rate or after the article has said so; index points beside an index, a price or the move in percent
	{"Foreign trade added 0.5 point to growth.", "0.5 point=0.5 percentage_point"},
	{"The jobless rate fell 0.3 points to 5.3%.", "0.3 points=0.3 percentage_point | 5.3%=5.3 percent"},
	{"The Dow fell 43.88 points.", "43.88 points=43.88 quantity:point"},
	{"It closed at 26,922.12, down 43.88 points or 0.16 percent.", "26,922.12=26922.12 number | 43.88 points=43.88 quantity:point | 0.16 percent=0.16 percent"},
	{"The rate rose 0.5 percentage point. Exports added 0.2 points.", "0.5 percentage point=0.5 percentage_point | 0.2 points=0.2 percentage_point"},
	{"The bond fell 58 points.", "58 points=58 quantity:point"},
	{"The margin of error is 4 points.", "4 points=4 percentage_point"},
	{"Rates were 1.01%, 0.59 percentage point above the rate on loans.", "1.01%=1.01 percent | 0.59 percentage point=0.59 percentage_point"},
}

func TestGrammarUnits(t *testing.T) { checkGrammar(t, unitCases) }
