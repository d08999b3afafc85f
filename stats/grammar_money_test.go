package stats

import "testing"

// moneyCases are the table tests of currencies, minor units and prices per unit (grammar_money.go), one case a line.
var moneyCases = []grammarCase{
	{"The deficit was $16bn.", "$16bn=16000000000 money:USD"},
	{"Sales rose to 1.2 mln dlrs.", "1.2 mln dlrs=1200000 money:USD"},
	{"It raised 3.8 billion euros.", "3.8 billion euros=3800000000 money:EUR"},
	{"Reserves hit 5 trillion yen.", "5 trillion yen=5000000000000 money:JPY"},
	{"The fund holds 20 bln EUR.", "20 bln EUR=20000000000 money:EUR"},
	{"They invested USD 300 million.", "USD 300 million=300000000 money:USD"},
	{"The project costs Rs 50 crore.", "Rs 50 crore=500000000 money:INR"},
	{"It paid HK$5 billion.", "HK$5 billion=5000000000 money:HKD"},
	{"It paid A$300 million.", "A$300 million=300000000 money:AUD"},
	{"It paid £1.2m.", "£1.2m=1200000 money:GBP"},
	{"It paid €40m.", "€40m=40000000 money:EUR"},
	{"The deficit was 300 mln stg.", "300 mln stg=300000000 money:GBP"},
	{"It cost 2 billion yuan.", "2 billion yuan=2000000000 money:CNY"},
	{"Oil was 18.50 dlrs per barrel.", "18.50 dlrs per barrel=18.5 money:USD:barrel"},
	{"The dollar closed at 146 yen.", "146 yen=146 money:JPY"},
	{"It rose to 36.67 billion dlrs from 36.26 billion.", "36.67 billion dlrs=36670000000 money:USD | 36.26 billion=36260000000 money:USD"},
	{"Shr 34 cts vs 1.19 dlrs.", "34 cts=0.34 money:USD | 1.19 dlrs=1.19 money:USD"},
	{"Profit was five cts per shr.", "five cts per shr=0.05 money:USD:per share"},
	{"It beat the 6.84 billion mark surplus.", "6.84 billion mark=6840000000 money:DEM"},
	{"The 12 euro zone members grew.", "12=12 count"},
	{"Exports rose to 7.38 billion dlrs. Imports fell to 8.61 billion.", "7.38 billion dlrs=7380000000 money:USD | 8.61 billion=8610000000 money:USD"},
	{"The yuan is pegged at around 8.30 to the dollar.", "around 8.30=8.3 money:CNY:per dollar~about"},
	{"British exports exceeded 550 mln stg.", "exceeded 550 mln stg=550000000 money:GBP~over"},
	{"It only cost 3 dollars 50 cents.", "3 dollars 50 cents=3.5 money:USD"},
	{"It costs USD115.", "USD115=115 money:USD"},
	{"The budget is ringgit 42 million.", "ringgit 42 million=42000000 money:MYR"},
	{"Losses exceeded 30 MUSD.", "exceeded 30 MUSD=30000000 money:USD~over"},
	{"It costs 10¢.", "10¢=0.1 money:USD"},
	{"It rose above a dollar and 42 cents.", "above a dollar and 42 cents=1.42 money:USD~over"},
	{"They paid 10 cents and 8 cents.", "10 cents=0.1 money:USD | 8 cents=0.08 money:USD"},
	{"It withdrew its one-yen bid.", "one-yen=1 money:JPY"},
	{"He bought a pound of butter and a dollar bill.", ""},
	{"The result is 12,34,567.89 rupees.", "12,34,567.89 rupees=1234567.89 money:INR"},
	// pounds of money and of weight; prices per unit; "m" after money
	{"Gas cost $3.50 per mmBtu.", "$3.50 per mmBtu=3.5 money:USD:million British thermal unit"},
	{"The price was $350 per kg.", "$350 per kg=350 money:USD:kilogram"},
	{"He earns $15.4/hour.", "$15.4/hour=15.4 money:USD:hour"},
	{"Gold rose to $1,200 an ounce.", "$1,200 an ounce=1200 money:USD:ounce"},
	{"Sales rose to 77m euros, up from 38m a year earlier.", "77m euros=77000000 money:EUR | 38m=38000000 money:EUR"},
	{"The rate is 1.36 pounds to the dollar.", "1.36 pounds=1.36 money:GBP"},
	{"Cocoa cost 38.00 pounds a tonne.", "38.00 pounds a tonne=38 money:GBP:tonne"},
	{"It will cost an estimated 2.4 billion pounds.", "an estimated 2.4 billion pounds=2400000000 money:GBP~about"},
	{"It paid $6 billion (3.4 billion pounds).", "$6 billion=6000000000 money:USD | 3.4 billion pounds=3400000000 money:GBP"},
	{"He was fined 500 pounds.", "500 pounds=500 money:GBP"},
	{"Prices fell 200 pounds per tonne.", "200 pounds per tonne=200 money:GBP:tonne"},
}

func TestGrammarMoney(t *testing.T) { checkGrammar(t, moneyCases) }
