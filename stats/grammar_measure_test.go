package stats

import (
	"strings"
	"testing"
)

// measureCases are the table tests of units of measure (grammar_measure.go, units.go), one case a line.
var measureCases = []grammarCase{
	{"It started over 30 years ago.", "over 30 years=30 quantity:year~over"},
	{"Output is 1.2 mln barrels per day.", "1.2 mln barrels per day=1200000 quantity:barrel per day"},
	{"It shipped 500 tonnes.", "500 tonnes=500 quantity:tonne"},
	{"Prices hit a six-year high.", "six-year=6 quantity:year"},
	// spaced, glued, hyphenated; areas, volumes, rates, compounds; "m" as metres or millions
	{"He was stopped at the 40 yard line.", "40 yard=40 quantity:yard"},
	{"It took 10 seconds.", "10 seconds=10 quantity:second"},
	{"The car has a 185-hp engine.", "185-hp=185 quantity:horsepower"},
	{"They sold an 8-inch pipe.", "8-inch=8 quantity:inch"},
	{"The room is 16 square feet.", "16 square feet=16 quantity:square foot"},
	{"The heater uses 10kW.", "10kW=10 quantity:kilowatt"},
	{"The walk takes 3min.", "3min=3 quantity:minute"},
	{"The mast is 37m (121ft) tall.", "37m=37 quantity:metre | 121ft=121 quantity:foot"},
	{"The reading was 2.14degF.", "2.14degF=2.14 quantity:degree Fahrenheit"},
	{"The screen is 25.5″ wide.", "25.5″=25.5 quantity:inch"},
	{"The wire is 1.5mm thick.", "1.5mm=1.5 quantity:millimetre"},
	{"Output is 1.2 mln barrels per day.", "1.2 mln barrels per day=1200000 quantity:barrel per day"},
	{"The plant makes 500 tonnes a year.", "500 tonnes a year=500 quantity:tonne per year"},
	{"The car reached 200 km/h.", "200 km/h=200 quantity:kilometre per hour"},
	{"The jet flew at 188 miles an hour.", "188 miles an hour=188 quantity:mile per hour"},
	{"Temperatures hit 40C on Monday.", "40C=40 quantity:degree Celsius"},
	{"Water boils at 100 degrees Celsius.", "100 degrees Celsius=100 quantity:degree Celsius"},
	{"It was 32 °C outside.", "32 °C=32 quantity:degree Celsius"},
	{"Italy covers 301,338 km2 (116,347 sq mi).", "301,338 km2=301338 quantity:square kilometre | 116,347 sq mi=116347 quantity:square mile"},
	{"There is no difference between 4km^2, 4 square kilometers and 4 km squared.", "4km^2=4 quantity:square kilometre | 4 square kilometers=4 quantity:square kilometre | 4 km squared=4 quantity:square kilometre"},
	{"The fleet carried 2.5m tonnes of grain.", "2.5m tonnes=2500000 quantity:tonne"},
	{"About 10m people voted.", "About 10m=10000000 count~about"},
	{"He is 1.8m tall.", "1.8m=1.8 quantity:metre"},
	{"The tower is 300 m high.", "300 m=300 quantity:metre"},
	{"He stands 6-foot-2.", "6-foot-2=6.166666666666667 quantity:foot"},
	{"He is 5 feet 2 inches tall.", "5 feet 2 inches=5.166666666666667 quantity:foot"},
	{"The baby weighed 7 pounds 3 ounces.", "7 pounds 3 ounces=7.1875 quantity:pound"},
	{"The port handled 4.2 million TEU.", "4.2 million TEU=4200000 quantity:twenty-foot equivalent unit"},
	{"The field holds 3.5 bcm of gas.", "3.5 bcm=3500000000 quantity:cubic metre"},
	{"The plant will use 1,200 MW of power.", "1,200 MW=1200 quantity:megawatt"},
	{"Each chip has 8 GB of memory.", "8 GB=8 quantity:gigabyte"},
	{"It sold 100g of gold.", "100g=100 quantity:gram"},
	{"It was a 20-storey building.", "20-storey=20 quantity:storey"},
	{"The pencil is 2 in.", "2 in=2 quantity:inch"},
	{"The door is 2 1/2 in thick.", "2 1/2 in=2.5 quantity:inch"},
	{"He is 5 ft 2 in.", "5 ft 2 in=5.166666666666667 quantity:foot"},
	{"The 7.62mm barrel.", "7.62mm=7.62 quantity:millimetre"},
	{"The weight is 20 (kg).", "20 (kg)=20 quantity:kilogram"},
	{"I'm 1.8m tall.", "1.8m=1.8 quantity:metre"},
	{"Crude output fell 500,000 barrels a day.", "500,000 barrels a day=500000 quantity:barrel per day"},
	{"The recycling facility manages roughly 4,500 tpd.", "roughly 4,500 tpd=4500 quantity:ton per day~about"},
	{"OPEC pumped 28.5 mb/d last month.", "28.5 mb/d=28500000 quantity:barrel per day"},
	{"The car does 30 mpg.", "30 mpg=30 quantity:mile per gallon"},
	{"The lens is 75-300mm.", "75-300mm=75..300 quantity:millimetre"},
	{"The tunnel runs along a 700m stretch.", "700m=700 quantity:metre"},
	{"Stockpiles fell 1m barrels to 294.3m.", "1m barrels=1000000 quantity:barrel | 294.3m=294300000 quantity:barrel"},
	{"1m is equal to 10 dm.", "1m=1 quantity:metre | 10 dm=10 quantity:decimetre"},
	{"Revenue hit 50k last year.", "50k=50000 count"},
	{"He walked 0.5k miles.", "0.5k miles=500 quantity:mile"},
	{"It has a 1,040 Nm torque.", "1,040 Nm=1040 quantity:newton metre"},
	{"Lewis is 5 feet 11 and 231 pounds.", "5 feet 11=5.916666666666667 quantity:foot | 231 pounds=231 quantity:pound"},
	{"It moved to a 300,000-barrel-per-day refinery.", "300,000-barrel-per-day=300000 quantity:barrel per day"},
	{"A 115,000-barrel-a-day refinery shut.", "115,000-barrel-a-day=115000 quantity:barrel per day"},
	{"He lost 22 pounds.", "22 pounds=22 quantity:pound"},
	{"Water weighs 62.4 pounds per cubic foot.", "62.4 pounds per cubic foot=62.4 quantity:pound per cubic foot"},
	{"The firm bought 2.3 mln pounds of peanut products.", "2.3 mln pounds=2300000 quantity:pound"},
	{"A 1,850 pound satellite was launched.", "1,850 pound=1850 quantity:pound"},
	{"It recalled 143 million pounds (65 million kilograms) of meat.", "143 million pounds=143000000 quantity:pound | 65 million kilograms=65000000 quantity:kilogram"},
	{"The 52.8 in (134 cm) long car.", "52.8 in=52.8 quantity:inch | 134 cm=134 quantity:centimetre"},
	{"The Fed raised rates to 3 in eight quarter-point steps.", "3=3 count | eight quarter=8 quantity:quarter"},
}

func TestGrammarMeasure(t *testing.T) { checkGrammar(t, measureCases) }

// TestUnitsTable reads every form of the units table after a figure, as
// news writes it ("It was 12 FORM long", glued for single letters, in a
// compound for units only used so), and checks that the claim is a
// quantity in that unit, its value multiplied by the form's factor.
func TestUnitsTable(t *testing.T) {
	tab := loadUnits()
	if len(tab.units) < 100 {
		t.Fatalf("%d units: the table did not load", len(tab.units))
	}
	n := 0
	for _, byFirst := range []map[string][]*unitForm{tab.exact, tab.fold} {
		for _, forms := range byFirst {
			for _, f := range forms {
				form := strings.Join(unitFormText(f), "")
				text := "It was 12 " + form + " long."
				switch {
				case f.unit.hyphen:
					text = "It was a 12-" + form + " building."
				case f.single || form == "in" || form == `"`:
					text = "It was 12.5" + form + " long."
				}
				if form == "in" {
					text = "It was 12.5 in thick."
				}
				if form == "am" || form == "pm" {
					text = "It was 12.125 " + form + " long." // "12 pm" is a time of day
				}
				if form == "B" {
					continue // "12.5B" is 12.5 billion (gluedScale)
				}
				want := 12.0
				switch {
				case strings.Contains(text, "12.125"):
					want = 12.125
				case strings.Contains(text, "12.5"):
					want = 12.5
				}
				want *= f.factor
				cs := extractText(text)
				if len(cs) != 1 || cs[0].Unit != UnitQuantity || cs[0].UnitName != f.unit.name || cs[0].Value != want {
					t.Errorf("%q: got %s, want a quantity of %v %s", text, render(cs), want, f.unit.name)
				}
				n++
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d forms checked", n)
	}
}

// unitFormText returns a form's tokens with the spaces between them, as
// written.
func unitFormText(f *unitForm) []string {
	var out []string
	for i, w := range f.toks {
		if f.spaced[i] {
			out = append(out, " ")
		}
		out = append(out, w)
	}
	return out
}
