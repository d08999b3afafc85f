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
	// names, models, addresses
	{"The iPhone 11 sold well.", ""},
	{"The S&P 500 rose 1%.", "1%=1 percent"},
	{"The 787 Dreamliner flew.", ""},
	{"The office is at 1600 Pennsylvania Avenue, Washington, DC 20500.", ""},
	{"He lives at 10 Downing Street.", ""},
	{"Third World debt grew.", ""},
	{"The 100 Republican senators voted.", "100=100 count"},
	{"Some 500 Chinese workers left.", "Some 500=500 count~about"},
	{"They have a fleet of 111 Boeing 737s.", "111=111 count"},
	{"The plane is a 787 Dreamliner jet.", ""},
	{"The Lexus HS 250h model was recalled.", ""},
	{"It streams in 1080p resolution.", ""},
	// scores and tallies
	{"The match ended 2-2.", ""},
	{"Chelsea won 3-1 on Saturday.", ""},
	{"The team took a 14-0 lead.", ""},
	{"The vote was 5-4.", "5=5 count | 4=4 count"},
	// times of day
	{"They met at 11 a.m. on Friday.", ""},
	{"The bank opens at 9am and closes at 3 pm.", ""},
	// a span of two years written short; ordinals that are no rank
	{"The 2005-6 budget rose 4% on the 1998/9 level.", "4%=4 percent"},
	{"Chip sales to third countries fell 5%.", "5%=5 percent"},
	{"The huge third world debt problem grew.", ""},
	{"And fourth, the plan failed.", ""},
	{"Chile and Peru were the second and third countries to sign.", "second=2 ordinal | third=3 ordinal"},
	// bare figures that take a unit from their sentence
	{"Of the 0.5 point contribution to gdp growth, exports added 0.3 point and the public sector, 0.2.", "0.5 point=0.5 percentage_point | 0.3 point=0.3 percentage_point | 0.2=0.2 percentage_point"},
	{"The region is home to 1.3 billion.", "1.3 billion=1300000000 count"},
	{"The bank cut its rate by 0.25 point to a record-low 0.75.", "0.25 point=0.25 percentage_point | 0.75=0.75 number"},
	// years and spans of years
	{"Prices held between 1600 and 1900.", ""},
	{"The war lasted from 1618 to 1648.", ""},
	{"The city was founded in 1492.", ""},
	{"The number is above 1000 and below 1500.", "above 1000=1000 count~over | below 1500=1500 count~under"},
	// phone numbers
	{"Call 555-123-4567 now.", ""},
	{"Call (212) 555-1234 now.", ""},
	{"Call +44 (0)800 727 800 now.", ""},
	{"Google added the \"+1\" button.", ""},
	// list markers and idioms
	{"Second, the plan failed.", ""},
	{"It hired a third-party auditor.", ""},
	{"One reason is cost.", ""},
	{"It is a two-way street.", ""},
	{"She is a three-time champion.", ""},
	{"It was the second-largest deal.", "second-largest=2 ordinal"},
	{"The third-ranked team lost.", "third-ranked=3 ordinal"},
	{"Exports rose 5% in the first half.", "5%=5 percent"},
	{"Growth of 3-4% is expected.", "3-4%=3..4 percent"},
	{"Shares rose 164p to 873p.", "164p=1.64 money:GBP | 873p=8.73 money:GBP"},
	{"Kroger opened a store about a quarter-mile away.", "about a quarter-mile=0.25 quantity:mile~about"},
	{"He hosts a half-hour show.", "a half-hour=0.5 quantity:hour"},
	{"It bought a half-dozen banks.", "a half-dozen=6 count"},
	{"She is in the ninth grade and a ninth-grade pupil.", "ninth=9 ordinal | ninth=9 ordinal"},
	// stock indexes named with a number
	{"Following the announcement the FTSE 100 fell.", ""},
	{"The Nikkei 225 rose 1%.", "1%=1 percent"},
}

func TestNotAClaim(t *testing.T) { checkGrammar(t, notClaimCases) }
