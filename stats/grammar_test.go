package stats

import (
	"strconv"
	"strings"
	"testing"
)

// render prints claims compactly: "text=value unit[:currency|unit_name][~approx]".
func render(cs []Claim) string {
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c.Text)
		b.WriteString("=")
		b.WriteString(strconv.FormatFloat(c.Value, 'f', -1, 64))
		if c.Max != nil {
			b.WriteString("..")
			b.WriteString(strconv.FormatFloat(*c.Max, 'f', -1, 64))
		}
		b.WriteString(" ")
		b.WriteString(string(c.Unit))
		if c.Currency != "" {
			b.WriteString(":" + c.Currency)
		}
		if c.UnitName != "" {
			b.WriteString(":" + c.UnitName)
		}
		if c.Approx != Exact && c.Approx != "" {
			b.WriteString("~" + string(c.Approx))
		}
	}
	return b.String()
}

func extractText(text string) []Claim {
	a := &Article{Text: text, ID: ArticleID(text)}
	return Extract(a)
}

// grammarCases are the number-grammar table tests, one case a line.
var grammarCases = []struct{ in, want string }{
	// digits, separators, decimals, signs
	{"Output reached 1,234,567 units.", "1,234,567=1234567 count"},
	{"The plant employs 816 000 people.", "816 000=816000 count"},
	{"The index fell to 98.2 on Monday.", "98.2=98.2 number"},
	{"Growth was -0.5% last quarter.", "-0.5%=-0.5 percent"},
	{"Growth was minus 2 percent.", "minus 2 percent=-2 percent"},
	// number words
	{"It has five free trade agreements.", "five=5 count"},
	{"There are twenty-one members.", "twenty-one=21 count"},
	{"The bill has one hundred and five pages.", "one hundred and five=105 count"},
	{"They bought a dozen ships.", "a dozen=12 count"},
	{"It cost half a billion dollars.", "half a billion dollars=500000000 money:USD"},
	// fractions of a whole
	{"Nearly half of the goods went abroad.", "Nearly half=50 percent~under"},
	{"Exports make up one-third of output.", "one-third=33.333333333333336 percent"},
	{"Two-thirds of firms agreed.", "Two-thirds=66.66666666666667 percent"},
	{"A quarter of the budget is debt.", "A quarter=25 percent"},
	{"Rice is a fifth of the harvest.", "a fifth=20 percent"},
	{"About 3/4 of the land is farmed.", "About 3/4=75 percent~about"},
	// scales
	{"The deficit was $16bn.", "$16bn=16000000000 money:USD"},
	{"Sales rose to 1.2 mln dlrs.", "1.2 mln dlrs=1200000 money:USD"},
	{"It raised 3.8 billion euros.", "3.8 billion euros=3800000000 money:EUR"},
	{"Reserves hit 5 trillion yen.", "5 trillion yen=5000000000000 money:JPY"},
	{"The fund holds 20 bln EUR.", "20 bln EUR=20000000000 money:EUR"},
	{"They invested USD 300 million.", "USD 300 million=300000000 money:USD"},
	{"The project costs Rs 50 crore.", "Rs 50 crore=500000000 money:INR"},
	// percent and points
	{"Prices rose 5%.", "5%=5 percent"},
	{"Prices rose 5 per cent.", "5 per cent=5 percent"},
	{"Prices rose 5 pct.", "5 pct=5 percent"},
	{"The rate rose 0.5 percentage point.", "0.5 percentage point=0.5 percentage_point"},
	{"The bank made a quarter-point cut.", "a quarter-point=0.25 percentage_point"},
	{"The Fed raised rates by 25 basis points.", "25 basis points=0.25 percentage_point"},
	// money symbols and words
	{"It paid HK$5 billion.", "HK$5 billion=5000000000 money:HKD"},
	{"It paid A$300 million.", "A$300 million=300000000 money:AUD"},
	{"It paid £1.2m.", "£1.2m=1200000 money:GBP"},
	{"It paid €40m.", "€40m=40000000 money:EUR"},
	{"The deficit was 300 mln stg.", "300 mln stg=300000000 money:GBP"},
	{"It cost 2 billion yuan.", "2 billion yuan=2000000000 money:CNY"},
	{"Oil was 18.50 dlrs per barrel.", "18.50 dlrs per barrel=18.5 money:USD:barrel"},
	{"The dollar closed at 146 yen.", "146 yen=146 money:JPY"},
	// text wrapped at a fixed width: a line break between scale and unit
	{"It was 169.8 billion\ndlrs, with 3.5 mln\ntonnes of grain.", "169.8 billion\ndlrs=169800000000 money:USD | 3.5 mln\ntonnes=3500000 quantity:tonne"},
	{"It rose to 36.67 billion dlrs from 36.26 billion.", "36.67 billion dlrs=36670000000 money:USD | 36.26 billion=36260000000 money:USD"},
	{"Shr 34 cts vs 1.19 dlrs.", "34 cts=0.34 money:USD | 1.19 dlrs=1.19 money:USD"},
	{"Profit was five cts per shr.", "five cts per shr=0.05 money:USD:per share"},
	{"It beat the 6.84 billion mark surplus.", "6.84 billion mark=6840000000 money:DEM"},
	{"The 12 euro zone members grew.", "12=12 count"},
	{"Exports rose to 7.38 billion dlrs. Imports fell to 8.61 billion.", "7.38 billion dlrs=7380000000 money:USD | 8.61 billion=8610000000 money:USD"},
	{"It rose 3.9 percent from 2017 to 253,000.", "3.9 percent=3.9 percent | 253,000=253000 count"},
	{"The index rose to 5.2 pct from 4.9.", "5.2 pct=5.2 percent | 4.9=4.9 percent"},
	{"The yuan is pegged at around 8.30 to the dollar.", "around 8.30=8.3 money:CNY:per dollar~about"},
	{"Banks will cut rates by 0.2 or 0.3 percentage point.", "0.2=0.2 percentage_point | 0.3 percentage point=0.3 percentage_point"},
	{"Citibank raised its prime rate to 7-3/4 pct.", "7-3/4 pct=7.75 percent"},
	{"British exports exceeded 550 mln stg.", "exceeded 550 mln stg=550000000 money:GBP~over"},
	{"It is the twenty-first round.", "twenty-first=21 ordinal"},
	{"It is the one hundred twenty-fifth meeting.", "one hundred twenty-fifth=125 ordinal"},
	{"Growth was two point five percent.", "two point five percent=2.5 percent"},
	{"It took one and a half years.", "one and a half years=1.5 quantity:year"},
	{"They sold five and a half million cars.", "five and a half million=5500000 count"},
	{"It employs half a million people.", "half a million=500000 count"},
	{"Three fifths went abroad.", "Three fifths=60 percent"},
	{"It won no less than 40 percent.", "no less than 40 percent=40 percent~over"},
	{"Prices of 500 or more were cut.", "500 or more=500 count~over"},
	{"The rate rose to 7 1/2 pct.", "7 1/2 pct=7.5 percent"},
	{"It only cost 3 dollars 50 cents.", "3 dollars 50 cents=3.5 money:USD"},
	{"It costs USD115.", "USD115=115 money:USD"},
	{"The budget is ringgit 42 million.", "ringgit 42 million=42000000 money:MYR"},
	{"Losses exceeded 30 MUSD.", "exceeded 30 MUSD=30000000 money:USD~over"},
	{"It costs 10¢.", "10¢=0.1 money:USD"},
	{"Prices of 7-9 lakh rupees.", "7-9 lakh rupees=700000..900000 money:INR"},
	{"ALL 5 solutions are wrong.", "5=5 count"},
	{"One out of three firms agreed.", "One out of three=33.333333333333336 percent"},
	{"Prices of 1000 - 5000 dlrs.", "1000 - 5000 dlrs=1000..5000 money:USD"},
	{"Scores less than or equal to 30 count.", "less than or equal to 30=30 count~under"},
	{"See https://x.com/?q=30%25 now.", ""},
	{"I can give you 3 hundred and 21 yuan.", "3 hundred and 21 yuan=321 money:CNY"},
	{"The total is three lakh crore rupees.", "three lakh crore rupees=3000000000000 money:INR"},
	{"It was three thousand million dollars.", "three thousand million dollars=3000000000 money:USD"},
	{"The debt is two billion five hundred million dollars.", "two billion five hundred million dollars=2500000000 money:USD"},
	{"Exports were five million three billion dollars.", "five million=5000000 count | three billion dollars=3000000000 money:USD"},
	{"It cost one hundred one dollars.", "one hundred one dollars=101 money:USD"},
	{"The population is 3 million and a half.", "3 million and a half=3500000 count"},
	{"It rose by two point two million.", "two point two million=2200000 number"},
	{"It rose above a dollar and 42 cents.", "above a dollar and 42 cents=1.42 money:USD~over"},
	{"They paid 10 cents and 8 cents.", "10 cents=0.1 money:USD | 8 cents=0.08 money:USD"},
	{"It withdrew its one-yen bid.", "one-yen=1 money:JPY"},
	{"He bought a pound of butter and a dollar bill.", ""},
	{"The population is 1 414 021 100.", "1 414 021 100=1414021100 count"},
	{"The result is 12,34,567.89 rupees.", "12,34,567.89 rupees=1234567.89 money:INR"},
	{"Yields were .08 lower.", ".08=0.08 number"},
	{"It took 2½ years, and ¾ of it was wasted.", "2½ years=2.5 quantity:year | ¾=75 percent"},
	{"Exports were twenty-three fifths of imports.", "twenty-three fifths=4.6 number"},
	{"It is a hundredth of that.", "a hundredth=1 percent"},
	{"They sold half a dozen.", "half a dozen=6 count"},
	{"Prices rose by a hundred thousand dollars.", "a hundred thousand dollars=100000 money:USD"},
	// ranges and from-to
	{"Growth of 3-4% is expected.", "3-4%=3..4 percent"},
	{"Growth between 5 and 7 percent.", "between 5 and 7 percent=5..7 percent"},
	{"Forecasts of 700 mln to one billion dlrs.", "700 mln to one billion dlrs=700000000..1000000000 money:USD"},
	{"A cost of $15 billion to $20 billion.", "$15 billion to $20 billion=15000000000..20000000000 money:USD"},
	{"Tariffs went from 10 percent to 25 percent.", "10 percent=10 percent | 25 percent=25 percent"},
	// ordinals, multiples
	{"China is the second-largest trading partner.", "second-largest=2 ordinal"},
	{"The 19th round of talks.", "19th=19 ordinal"},
	{"It was his sixth visit.", "sixth=6 ordinal"},
	{"The 3rd plant opened.", "3rd=3 ordinal"},
	{"Exports doubled.", "doubled=2 multiple"},
	{"Output tripled.", "tripled=3 multiple"},
	{"A three-fold rise.", "three-fold=3 multiple"},
	{"It is 2.5 times as much.", "2.5 times=2.5 multiple"},
	{"They met three times this year.", "three times=3 count"},
	// approximations
	{"APEC has around 62 percent of world GDP.", "around 62 percent=62 percent~about"},
	{"It has more than 3.2% of sales.", "more than 3.2%=3.2 percent~over"},
	{"It is up to 21,000 containers.", "up to 21,000=21000 count~under"},
	{"It has at least 5 plants.", "at least 5=5 count~over"},
	// quantities
	{"It started over 30 years ago.", "over 30 years=30 quantity:year~over"},
	{"Output is 1.2 mln barrels per day.", "1.2 mln barrels per day=1200000 quantity:barrel per day"},
	{"It shipped 500 tonnes.", "500 tonnes=500 quantity:tonne"},
	{"Prices hit a six-year high.", "six-year=6 quantity:year"},
	{"The Dow fell 43.88 points.", "43.88 points=43.88 quantity:point"},
	// not claims
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
}

// TestGrammar checks number recognition, one case a line.
func TestGrammar(t *testing.T) {
	for _, tt := range grammarCases {
		got := render(extractText(tt.in))
		if got != tt.want {
			t.Errorf("%q\n got: %s\nwant: %s", tt.in, got, tt.want)
		}
	}
}

// TestOffsets checks that every claim's offsets index its text exactly,
// also after a base shift and with CRLF line ends.
func TestOffsets(t *testing.T) {
	text := "TITLE 5 PCT\r\n\r\nExports rose 5% to $3bn.\r\nImports fell 2.5 billion dlrs, or 7 pct.\r\n"
	prefix := "previous article text\n"
	src := prefix + text
	a := &Article{Text: text, Base: len(prefix)}
	cs := Extract(a)
	if len(cs) < 5 {
		t.Fatalf("got %d claims, want at least 5: %s", len(cs), render(cs))
	}
	for _, c := range cs {
		if src[c.Start:c.End] != c.Text {
			t.Errorf("src[%d:%d] = %q, want %q", c.Start, c.End, src[c.Start:c.End], c.Text)
		}
	}
}

// TestNonStartWords checks what parseAt relies on to turn away a word
// before a figure at once: parseWordFigure reads no figure at a word
// outside startWords, whatever follows it. The words are those of every
// word list of the package and of real articles, in three casings, before
// figures, symbols and number words.
func TestNonStartWords(t *testing.T) {
	var words []string
	for _, m := range []map[string]float64{scaleWords, cardinalWords, tensWords, ordinalWords, fractionWords, multipleVerbs, foldWords} {
		for w := range m {
			words = append(words, w, w+"s")
		}
	}
	for _, m := range []map[string]bool{functionWords, metricHeads, verbLike, prepositions, orgSuffixes, titleWords} {
		for w := range m {
			words = append(words, w)
		}
	}
	words = append(words, "dozen", "dozens", "score", "couple", "few", "several", "nil", "none", "twice", "once", "fold", "per", "cent", "point", "pair")
	for _, a := range benchArticles(&testing.B{}, 100) {
		words = append(words, strings.Fields(a.Text)...)
	}
	tails := []string{" 5", " 5 dollars", " $5", " 5%", "-5", " 3 million", " five", "-five", " half", " a third", " 1st", " hundred"}
	checked := 0
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, tail := range tails {
				text := "They said " + v + tail + " was seen."
				toks := tokenize(text, nil)
				g := grammar{text: text, toks: toks, low: asciiLower(text)}
				s := splitSentences(text, toks, nil)[0]
				for k := s.a; k < s.b; k++ {
					if toks[k].kind != tWord || toks[k].cls&lxStart != 0 {
						continue
					}
					checked++
					q := quantity{a: k, numA: k}
					if e, ok := g.parseWordFigure(&q, k, s); ok {
						t.Errorf("%q: parseWordFigure reads %q at %q, not a start word", text, text[toks[k].start:toks[e-1].end], toks[k].text)
					}
				}
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d words checked", checked)
	}
}
