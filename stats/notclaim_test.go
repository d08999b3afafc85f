package stats

import "testing"

// notClaimCases are the table tests of figures that are no claim: dates, names, codes, idioms (notclaim.go), one case a line.
var notClaimCases = []grammarCase{
	{"ALL 5 solutions are wrong.", "5=5 count"},
	{"See https://x.com/?q=30%25 now.", ""},
	{"In 2023 trade grew.", ""},
	{"The meeting runs Nov. 10-16.", ""},
	{"The fourth quarter was weak.", ""},
	{"The 4TH QTR was weak.", ""},
	{"The 1987/88 budget and the 2012-13 plan.", ""},
	{"The G20 met over COVID-19.", ""},
	{"It ordered Boeing 747 jets and faced Section 301 tariffs.", ""},
	{"Dozens of firms and hundreds of workers.", ""},
	{"It was one of the largest deals.", ""},
	{"For the first time, talks began.", ""},
	{"Trade grew in the first half.", ""},
	{"It was the 1990s.", ""},
	{"It closed at 10:30 on Friday.", ""},
	// codes and names with unit letters; words that are not units here
	{"The 5g network launched.", ""},
	{"He wrote 20 stories.", "20=20 count"},
	{"There are two in my car.", "two=2 count"},
	{"Temperatures fell to 5C in Proposition 1C areas.", "5C=5 quantity:degree Celsius"},
	{"The Chrysler 300C sold well.", ""},
	{"Section 120-B applies.", "120=120 count"},
	{"HR 4871 passed in 2001.", "4871=4871 count"},
	{"The 4K TV and 8K panels.", ""},
	{"Fund 401k plans grew.", ""},
	{"It uses 1,529\"standard-essential\" patents.", "1,529=1529 count"},
	{"At least 12 billion in bonds came to market.", "At least 12 billion=12000000000 count~over"},
	{"It took 10 seconds and over 200 people left.", "10 seconds=10 quantity:second | over 200=200 count~over"},
	{"IBM reported a 1.45 billion second-quarter profit.", "1.45 billion=1450000000 number"},
}

func TestNotAClaim(t *testing.T) { checkGrammar(t, notClaimCases) }
