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
	// shared scale, unit and currency; dangling hyphens; ranges after "range from"; units carried through comparisons and lists
	{"Prices range from $800,000 to $1.3 million.", "$800,000 to $1.3 million=800000..1300000 money:USD"},
	{"Prices ranging from 5 to 7 percent.", "5 to 7 percent=5..7 percent"},
	{"It will cost $10 to $15 billion.", "$10 to $15 billion=10000000000..15000000000 money:USD"},
	{"Use a 7- or 8-inch pan.", "7- or 8-inch=7..8 quantity:inch"},
	{"A conceptualized 8- to 16-meter (320- to 640-inch) optical space telescope.", "8- to 16-meter=8..16 quantity:metre | 320- to 640-inch=320..640 quantity:inch"},
	{"A one-bedroom 55- to 85-square-meter apartment.", "55- to 85-square-meter=55..85 quantity:square metre"},
	{"He dropped from 208 pounds to 193.", "208 pounds=208 quantity:pound | 193=193 quantity:pound"},
	{"The car did 21 mpg in 2010, rising to 23 in 2015.", "21 mpg=21 quantity:mile per gallon | 23=23 quantity:mile per gallon"},
	{"Fuel economy rose from 14 to 22 and 31 mpg.", "14=14 quantity:mile per gallon | 22=22 quantity:mile per gallon | 31 mpg=31 quantity:mile per gallon"},
	{"Rates of 5, 6 and 7 percent were seen.", "5=5 percent | 6=6 percent | 7 percent=7 percent"},
	{"They were given between 44 and 50 mg ethanol.", "between 44 and 50 mg=44..50 quantity:milligram"},
	{"They were given 44 mg to 50 mg ethanol.", "44 mg to 50 mg=44..50 quantity:milligram"},
	{"Noel threw passes of 29 and 19 yards.", "29=29 quantity:yard | 19 yards=19 quantity:yard"},
	{"Temperatures ranged from -18 °C to -34 °C.", "-18 °C=-18 quantity:degree Celsius | -34 °C=-34 quantity:degree Celsius"},
	{"Google holds somewhere around 10-15 exabytes of data.", "around 10-15 exabytes=10..15 quantity:exabyte~about"},
	{"It moved 3.5–4.0 TeV.", "3.5–4.0 TeV=3.5..4 quantity:teraelectronvolt"},
	// a dangling hyphen before a scale
	{"Canola output is forecast at 6- to 7-million tonnes.", "6- to 7-million tonnes=6000000..7000000 quantity:tonne"},
	// "from X to Y million": two figures sharing the scale
	{"Exports rose from three to seven million barrels a day.", "three=3000000 quantity:barrel per day | seven million barrels a day=7000000 quantity:barrel per day"},
	{"Exports rose from 5 to 7 billion dollars.", "5=5000000000 money:USD | 7 billion dollars=7000000000 money:USD"},
	// a unit carried past an adverb; the second end of a range in the first's unit
	{"The time fell from 36 to just 21 days.", "36=36 quantity:day | 21 days=21 quantity:day"},
	{"They will test the $40-40.25 range.", "$40-40.25=40..40.25 money:USD"},
}

func TestGrammarRanges(t *testing.T) { checkGrammar(t, rangeCases) }
