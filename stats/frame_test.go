package stats

import "testing"

// The frame of a claim (claims.md §5), one rule a line: each case is an
// invented article (a title line, a blank line, the text), the article's
// date ("" for none), the claim's text, and the field's expected value.

type frameCase struct {
	text, date, claim, want string
}

// frameClaim extracts text (dated date) and returns the claim whose text is
// claim; the test fails when there is none.
func frameClaim(t *testing.T, tc frameCase) (Claim, bool) {
	t.Helper()
	a := &Article{Text: "Test article\n\n" + tc.text, Date: tc.date}
	a.ID = ArticleID(a.Text)
	var texts []string
	for _, c := range Extract(a) {
		if c.Text == tc.claim {
			return c, true
		}
		texts = append(texts, c.Text)
	}
	t.Errorf("%q: no claim %q among %q", tc.text, tc.claim, texts)
	return Claim{}, false
}

func runFrameCases(t *testing.T, field string, cases []frameCase, get func(*Claim) string) {
	t.Helper()
	for _, tc := range cases {
		c, ok := frameClaim(t, tc)
		if !ok {
			continue
		}
		if got := get(&c); got != tc.want {
			t.Errorf("%s of %q in %q (date %q) = %q, want %q", field, tc.claim, tc.text, tc.date, got, tc.want)
		}
	}
}

func TestFrameSubject(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		// an entity next to the figure in its clause before one carried
		{"Inflation in the region eased. Prices rose 2.2% in France and 1.8% in Spain.", "", "2.2%", "France"},
		{"Japanese growth slowed to 1.1% in the second quarter.", "", "1.1%", "Japan"},
		// world figures
		{"Global growth will slow to 2.9% next year, the fund said.", "", "2.9%", "World"},
		{"Japan's exports fell. Global economic growth is expected to slow from 3.1% in 2024 to 2.6%.", "", "2.6%", "World"},
		// "in X's case"
		{"Chile's exports will reach $90bn this year, while in Peru's case they are set to hit more than $60bn.", "", "more than $60bn", "Peru"},
		// ... not a title or a name that starts with "World"
		{"Japan's exports rose. The institute said in its World Trade Review it cut OECD economic growth to 2.1 pct this year.", "", "2.1 pct", "OECD"},
		// each entity its own figures in a list of forecasts or a clause that leaves its verb out
		{"Sweden's economy slowed. The bank cut its growth forecasts for Norway to 1.9 pct from 2.4 pct and to 1.1 pct from 1.5 pct for Denmark.", "", "1.9 pct", "Norway"},
		{"Sweden's economy slowed. The bank cut its growth forecasts for Norway to 1.9 pct from 2.4 pct and to 1.1 pct from 1.5 pct for Denmark.", "", "1.1 pct", "Denmark"},
		{"The fund expects Norway to post a 12 billion dlr surplus and Denmark a 4 billion dlr surplus this year.", "", "4 billion dlr", "Denmark"},
		// ... not a partner after "aid for"
		{"Sweden will double its development aid for Kenya to 90 mln dlrs.", "", "90 mln dlrs", "Sweden"},
		// a breakdown of an owner's whole: the owner
		{"Of Peru's creditors, 41% live in Peru, 22% in Spain and 9% in Chile.", "", "22%", "Peru"},
		// a currency that is a clause's subject: its country
		{"Japan's exports slowed. The institute said the dollar will resume its fall, and will lose 9 pct on its trade-weighted index this year and 4 pct in 1988.", "", "4 pct", "United States"},
		{"Japan's exports slowed. The South Korean won rose 6 pct against the dollar last year.", "", "6 pct", "South Korea"},
		// ... not a currency after a preposition, nor a bare currency word of another country
		{"Japan's exports slowed. Bankruptcies of firms hurt by the rise against the dollar rose 12 pct.", "", "12 pct", "Japan"},
		{"Japan's exports slowed. The value of the dollar rose 2 pct.", "", "2 pct", "United States"},
		{"The Philippines' exports slowed. The peso lost 3 pct last month.", "", "3 pct", "Philippines"},
		// where the people or bodies counted come from, also in the list that leaves the noun out
		{"China's patent filings rose. Of the top ten filers, seven companies were from Asia and three from Europe.", "", "three", "Europe"},
		{"China's patent filings rose. The ranking has four universities from Japan.", "", "four", "Japan"},
		// ... not goods or orders from a place: a partner
		{"China's imports rose. The airline ordered six planes from France.", "", "six", "China"},
		// the partner is never the subject
		{"Exports to Chile rose 12% to $4.1 billion in 2023.", "", "12%", ""},
		{"Ruritania's exports to Chile rose 12% to $4.1 billion in 2023.", "", "12%", "Ruritania"},
		// "exports from X": the exporter
		{"Exports from Chile totalled $8.1 billion in March 2024, customs data showed.", "", "$8.1 billion", "Chile"},
		// comparisons name others behind the subject
		{"Ruritania's exports jumped. The rise made the country the third-largest exporter of tin, behind Chile and Peru.", "", "third-largest", "Ruritania"},
		// a reporting source is not the subject when the figure is another's
		{"The Bundesbank said West Germany's trade surplus rose to 10.4 billion marks in February.", "", "10.4 billion marks", "West Germany"},
		{"Canada's exports rose in 1986. The company reported 1986 overseas sales fell to 2.01 billion dlrs.", "", "2.01 billion dlrs", ""},
		{"Brazil's exports rose in 1986. The region's 1986 trade surplus was halved to an estimated 15 billion dlrs, he said.", "", "an estimated 15 billion dlrs", ""},
		// "its" after a sentence opening "It": the entity carried, not a name between
		{"Taiwan's exports rose sharply in 1986. It had been under growing U.S. pressure to cut its 1986 record 13.6 billion dlr trade surplus with the U.S.", "1987-03-12", "13.6 billion dlr", "Taiwan"},
		// "its": the name nearest before it that speaks, or the sentence's subject
		{"Kawasaki Steel Corp said its spending will fall to 100 billion yen, and Sumitomo Metal Industries Ltd said its capital spending will drop to 70 billion yen from 85 billion.", "1987-03-20", "85 billion", "Sumitomo Metal Industries Ltd"},
		{"South Korea's exports fell. South Korean smartphone maker Samsung Electronics Co Ltd disappointed the market by predicting that its operating profit for the three months ended December was approximately 10.8 trillion won.", "2019-01-30", "approximately 10.8 trillion won", "Samsung Electronics Co Ltd"},
		{"Samsung's forecast came a week after its rival Apple Inc lowered its revenue forecast for the first time in almost two decades.", "2019-01-10", "almost two decades", "Apple Inc"},
		// "its": the economy named last before it when that one is a clause's subject
		{"Canada wants Chile to trim its trade surplus with Canada, which grew to 2.1 billion dlrs in 1986.", "1987-04-08", "2.1 billion dlrs", "Chile"},
		{"Kuwait welcomed the pact, under which OPEC agreed to trim its output ceiling by 4.5 pct.", "1987-03-02", "4.5 pct", "OPEC"},
		{"Canada wants Chile to trim its trade surplus with Canada, which grew to 2.1 billion dlrs in 1986 from 1.4 billion dlrs in 1985.", "1987-04-08", "1.4 billion dlrs", "Chile"},
		{"Officials said France would raise its wheat exports by 5 pct.", "1987-03-02", "5 pct", "France"},
		{"Chile is under Canadian and U.S. pressure to reduce its surplus, which grew to 2.1 billion dlrs.", "1987-04-08", "2.1 billion dlrs", "Chile"},
		{"Britain, a member of the EU, raised its exports by 4 pct.", "1987-03-02", "4 pct", "United Kingdom"},
		// a name that opens with a country and recurs in the article is a firm's
		{"Chile Mobile said it will buy 500 phones. Shares in Chile Mobile rose 5%.", "2019-06-14", "500", "Chile Mobile"},
		{"Chile Mobile said it will buy 500 phones. Shares in Chile Mobile rose 5%.", "2019-06-14", "5%", "Chile Mobile"},
		{"Chile Mobile said it will buy 500 phones.", "2019-06-14", "500", "Chile"},
		{"Chile's exports rose 5%, an official told Peru Daily. The N.Z. Herald and Peru Daily agreed.", "2019-06-14", "5%", "Chile"},
		{"Output of 5G phones in Chile rose 7%.", "2019-06-14", "7%", "Chile"},
		// a wire story's closing source ("said lead manager X") is not what
		// the sentences after it are about; a name right after "said" or
		// after "said the" may begin a longer source
		{"Texas Widget Corp is raising 200 mln dlrs through an offering of debentures, said lead manager Salomon Brothers Inc.\n    The debentures have an 8-3/4 pct coupon.", "1987-03-05", "8-3/4 pct", "Texas Widget Corp"},
		{"BKX Corp is raising 200 mln dlrs through debentures, said Bolt Securities Inc. The debentures have an 8 pct coupon.", "1987-03-05", "8 pct", "BKX Corp"},
		// a description of a firm points back to the company named last
		{"Corvex Holdings Ltd opened a plant. The company said profit rose 12% to $40 million.", "2021-03-01", "$40 million", "Corvex Holdings Ltd"},
		{"Pellam Brewing Co reported higher sales. Peru's exports rose 5% in May. The Leuven-based brewer said it would own 97.3% of the venture.", "2021-03-01", "97.3%", "Pellam Brewing Co"},
		{"Tarbel Group's sales rose. Peru's exports rose 5% in May. Analysts say the group will cut 1,200 jobs.", "2021-03-01", "1,200", "Tarbel Group"},
		{"Pellam Brewing Co reported higher sales. Peru's exports rose 5% in May. The world's second biggest brewer said its sales rose 4%.", "2021-03-01", "4%", "Pellam Brewing Co"},
		// a country that describes a firm named after it is not the subject
		{"Peru's exports rose. Chilean banking group Tarbel saw profit rise 5%.", "2021-03-01", "5%", "Tarbel"},
		{"Peru's exports rose. Tarbel's shares rose. Chile's biggest brewer, Tarbel, sold 4% of the plants.", "2021-03-01", "4%", "Tarbel"},
		// ... but a country's own figure, or one doing something to a firm
		{"Peru's exports rose. South Korea's bank lending rate fell 3%.", "2021-03-01", "3%", "South Korea"},
		{"Peru's exports rose. Chile stopped phone company Tarbel from selling 5% of its plants.", "2021-03-01", "5%", "Chile"},
		// ... a name an apposition describes as a firm
		{"Norvia's fleet grew. Last year Norvia, a low-cost airline, flew to Peru. Peru's exports rose 5% in May. The airline said revenue rose 8%.", "2021-03-01", "8%", "Norvia"},
		// ... not a public bank, "a company", a firm after a preposition, nor a person
		{"Corvex Holdings Ltd opened a plant in Peru. Peru's exports rose. The central bank cut its key rate to 4.5%.", "2021-03-01", "4.5%", "Peru"},
		{"Corvex Holdings Ltd opened a plant in Peru. Peru's exports rose. A company there said exports rose 5%.", "2021-03-01", "5%", "Peru"},
		{"Corvex Holdings Ltd opened a plant in Peru. Peru's imports rose. Exports of copper to the company rose 3%.", "2021-03-01", "3%", "Peru"},
		{"Peru's exports rose 5% in May. Wages at Corvex Holdings Ltd rose. The company said profit rose 12% to $40 million.", "2021-03-01", "$40 million", ""},
		{"Norvia's fleet grew. Last year Norvia, a company spokesman, flew to Peru. Peru's exports rose 5% in May. The airline said revenue rose 8%.", "2021-03-01", "8%", "Peru"},
		// a person's or a firm's name never has a current account
		{"Australia's current account deficit is forecast to fall. Keating's revised current account deficit forecast compares with a record shortfall of 14.40 billion dlrs in 1985/86.", "1987-06-15", "14.40 billion dlrs", "Australia"},
		// a noun of the article's entity's own kind points back to it
		{"ASEAN met in Jakarta. The bloc accounts for 7 percent of world trade and is home to some 680 million people.", "", "some 680 million", "ASEAN"},
		{"It is hard for Japan to resolve its trade row with Washington and reduce its trade surplus, which reached 58.6 billion dlrs in 1986.", "", "58.6 billion dlrs", "Japan"},
		// pronouns after a sentence on a place the gazetteer does not know
		{"Huawei's revenue rose in 2018. Xi'an Giant Biogene Technology is a rising star in the local industry. Its revenue was 300 million yuan in 2016.", "2019-05-24", "300 million yuan", ""},
		{"China's economy grew in 2018. Guiyang, a major hub, ranked first among capitals for growth. Its GDP grew 9.9 percent last year.", "2019-05-24", "9.9 percent", ""},
		{"China's economy grew in 2018. Guiyang has ranked first among capitals for growth. Its GDP grew 9.9 percent last year.", "2019-05-24", "9.9 percent", ""},
		{"China's economy grew in 2018. The district's GDP rose 9.2 percent to 24.7 billion yuan in 2018.", "2019-04-27", "9.2 percent", ""},
		// a relative clause on names the gazetteer does not know
		{"Huawei led China's smartphone market with a 23 percent share, followed by Vivo and Oppo, which account for 21 percent respectively.", "", "21 percent", ""},
		// the economy a share of GDP is of
		{"Trade accounts for 27 percent of US GDP, according to the World Bank.", "", "27 percent", "United States"},
		// the entity that modifies the figure's noun after "for" or "with", not the one carried
		{"The IMF cut its outlook. Forecasts for Mexican growth were lowered to 1.2% from 2.0%.", "", "1.2%", "Mexico"},
		{"The IMF cut its outlook. Inflation worsened, with EU consumer prices seen rising 2.9% this year.", "", "2.9%", "European Union"},
		// ... not a market, a place
		{"Chile's exports rose. The plant built for the Brazilian market makes 20,000 cars a year.", "", "20,000", "Chile"},
		// a rate quoted for a currency pair: the country of the currency that is not the dollar
		{"Japan's exports slowed. The bank puts the franc/dollar rate at 5.90 francs this year and 5.70 next year.", "1987-03-02", "5.70", "France"},
		{"Sweden's exports slowed. The dollar/yen rate is seen at 140 yen this year, the bank said.", "1987-03-02", "140 yen", "Japan"},
	}, func(c *Claim) string { return c.Subject })
}

func TestFrameCounterpart(t *testing.T) {
	runFrameCases(t, "counterpart", []frameCase{
		{"Japan's trade surplus with the United States rose to 5.9 billion dlrs in March.", "", "5.9 billion dlrs", "United States"},
		{"Australian exports to APEC economies grew 7% in 2023.", "", "7%", "APEC"},
		// a tariff rate is on the goods of the country named after it
		{"In Ruritania, the tariff increase from 10 percent to 25 percent on $200 billion of Chinese imports could cut growth.", "2019-05-20", "10 percent", "China"},
		{"The president hiked tariffs to 25 percent from 10 percent on Chinese imports valued at $200 billion.", "2019-07-09", "25 percent", "China"},
		// a clause going on with "and" keeps the partner, unless it names its own party or a whole
		{"The US's overall trade deficit with China was $124bn in 2003, and is expected to rise to about $150bn for 2004.", "2005-01-12", "about $150bn", "China"},
		{"The U.S. deficit with Japan hit 58 billion dlrs, an 18 billion dlr EC deficit with Japan in 1986, and a Japanese global trade surplus of almost 90 billion.", "1987-04-01", "almost 90 billion", ""},
		// "The surplus" after a sentence on the surplus with a partner is that one
		{"Taiwan's trade surplus with the U.S. hit 13.6 billion dlrs last year. The surplus widened in the first two months of the year to 2.35 billion dlrs from 1.87 billion a year earlier.", "1987-03-12", "1.87 billion", "United States"},
		{"Taiwan's trade surplus with the U.S. hit 13.6 billion dlrs last year. The surplus with Japan widened to 2.35 billion dlrs in the first two months.", "1987-03-12", "2.35 billion dlrs", "Japan"},
		{"Taiwan's trade surplus with the U.S. hit 13.6 billion dlrs last year. Overall, the trade surplus widened to 2.35 billion dlrs in the first two months.", "1987-03-12", "2.35 billion dlrs", ""},
		// past the figure's period: "1.09 billion dlrs last year with the EC"
		{"South Korea had a surplus of 1.09 billion dlrs last year with Japan, against 188.8 mln dlrs in 1985.", "1987-04-21", "1.09 billion dlrs", "Japan"},
		{"South Korea had a surplus of 1.09 billion dlrs last year with Japan, against 188.8 mln dlrs in 1985.", "1987-04-21", "188.8 mln dlrs", "Japan"},
		{"Sino-Polish trade reached $24 billion in 2018.", "", "$24 billion", "Poland"},
		{"Trade between China and Poland reached $24 billion in 2018.", "", "$24 billion", "Poland"},
		{"Imports from Japan fell 4.2% in May.", "", "4.2%", "Japan"},
		{"Last year the EC had a five billion dlr trade deficit with East European states.", "", "five billion dlr", "East European states"},
		{"Britain exported 1.5 billion stg of goods to Saudi Arabia last year while British imports from that country totalled 436 mln.", "", "436 mln", "Saudi Arabia"},
		// a figure for the whole world has no counterpart
		{"Japan's trade surplus rose to 7.3 billion dlrs in March.", "", "7.3 billion dlrs", ""},
		// a share of an economy's exports going to a partner
		{"Ruritania's exports rose in 2024. Nearly half of all exports went to the European Union.", "", "Nearly half", "European Union"},
		// a breakdown of an owner's whole by place: the place
		{"Of Peru's creditors, 41% live in Peru, 22% in Spain and 9% in Chile.", "", "22%", "Spain"},
		{"Of Peru's creditors, 41% live in Peru, 22% in Spain and 9% in Chile.", "", "9%", "Chile"},
		// money sent home by people living in a country: that country
		{"Filipino nurses working in Canada sent a record $2.1bn home last year.", "", "$2.1bn", "Canada"},
		// a rate quoted for a currency pair: the dollar's country
		{"Japan's exports slowed. The bank puts the franc/dollar rate at 5.90 francs this year and 5.70 next year.", "1987-03-02", "5.70", "United States"},
		{"Sweden's exports slowed. The dollar/yen rate is seen at 140 yen this year, the bank said.", "1987-03-02", "140 yen", "United States"},
		// not a figure of another kind after the pair
		{"Spot dollar/yen volume was 5.10 billion dlrs yesterday, dealers said.", "1987-03-02", "5.10 billion dlrs", ""},
		// an amount of a country's goods
		{"South Korea's trade surplus grew. Seoul will buy 1.4 billion dlrs worth of U.S. tractors, trucks and grain this year.", "1987-03-02", "1.4 billion dlrs", "United States"},
		{"Taiwan's trade surplus grew. Taipei announced a list of 900 mln dlrs of Japanese machinery.", "1987-03-02", "900 mln dlrs", "Japan"},
		// not a share of a whole, not its own debt
		{"Ruritania's exports equal 4 pct of U.S. output.", "1987-03-02", "4 pct", ""},
		{"The Philippine central bank approved the swap of 60 mln dlrs worth of Philippine debt into equity.", "1987-03-02", "60 mln dlrs", ""},
		// ... also when the sentence before names the balance's partner without a figure
		{"Chile wants to cut its trade surplus with Japan this year. \"The surplus, which grew to 3.1 billion dlrs last year, may reach 4 billion this year,\" an official said.", "1987-03-02", "4 billion", "Japan"},
		// the partner after "those to" is the compared figure's, not this one's
		{"In April, Ruritanian exports to China exceeded those to the US thanks to an increase of 23 percent.", "2019-01-07", "23 percent", "China"},
		{"Ruritanian imports from Japan outstripped those from the United States, growing 15 percent in March.", "1987-04-01", "15 percent", "Japan"},
		// "The (value of) trade" after a sentence on trade with a partner is that trade
		{"India's bilateral trade with Pakistan rose threefold in the summer. The value of trade in April-July rose to $186.3m from $64.4m a year earlier.", "", "$186.3m", "Pakistan"},
		{"India's bilateral trade with Pakistan rose threefold in the summer. The trade tariff will be cut by 5% per year.", "", "5%", ""},
		// a loan's lender: the lending organisation the sentence names
		{"Turkey has agreed a draft proposal with the International Monetary Fund to borrow $10bn, extending its support until 2007.", "2005-01-01", "$10bn", "IMF"},
		{"A motion endorsing the loan accord passed on an 81-75 vote, clearing the way for the IMF to ratify it.", "2002-01-01", "81", ""},
		// a share "of it" with a partner: the partner
		{"Taiwan had a trade surplus of 15.6 billion dlrs last year, 95 pct of it with the U.S.", "1987-04-08", "95 pct", "United States"},
		// past a second figure: "a surplus of X with Y"
		{"South Korea had a trade surplus of 7.2 billion dlrs with the United States in 1986.", "", "7.2 billion dlrs", "United States"},
	}, func(c *Claim) string { return c.Counterpart })
}

func TestFrameIndicator(t *testing.T) {
	runFrameCases(t, "indicator", []frameCase{
		// a balance of payments figure of one account is that account's
		{"Italy's current account balance of payments surplus was revised to 9.2 billion lire.", "1987-03-12", "9.2 billion lire", "current account"},
		{"Italy's balance of payments surplus in goods and services rose to 41 billion lire in 1986.", "1987-03-12", "41 billion lire", "trade balance"},
		{"Italy's balance of payments surplus rose to 41 billion lire in 1986.", "1987-03-12", "41 billion lire", "balance of payments"},
		// a firm's figures are its results, but not its distances or sizes
		{"Corvex Holdings Ltd said its shares rose four points to 189.", "2021-03-01", "four points", "company results"},
		{"Corvex Holdings Ltd said its new mine lies 80 miles north of the port.", "2021-03-01", "80 miles", "other"},
		{"Corvex Holdings Ltd said it will sell a 4.5 inch screen.", "2021-03-01", "4.5 inch", "other"},
		// a debt in hard currency is a debt, not an exchange rate
		{"Hungary's net hard currency debt soared to 7.79 billion dlrs last year from 5.01 billion in 1985.", "1987-03-11", "7.79 billion dlrs", "external debt"},
		{"The currency fell to 7.79 to the dollar.", "1987-03-11", "7.79", "exchange rate"},
		// the rate a growth verb gives is a growth rate, not an interest rate
		{"U.S. real gross national product, which grew at a two pct annual rate in the 1986 second half, should expand at respective rates of about 2.3 pct and 2.5 pct in the 1987 first and second halves.", "1987-03-30", "2.5 pct", "gdp"},
		{"Mortgage rates rose to 10.5 pct, the highest in a year.", "1987-03-30", "10.5 pct", "interest rate"},
		// the level a base change reached is a base of the same kind
		{"He said first-quarter imports grew 19.2 pct to 70.7 billion baht, compared with a nine pct decline to 59.3 billion a year ago.", "1987-04-20", "59.3 billion", "imports"},
		{"Exports in the first half rose 12 pct to 8.1 billion dlrs, in response to strong demand, against a five pct fall to 7.2 billion a year earlier.", "1987-08-20", "7.2 billion", "exports"},
		// a difference set after a figure by a comma is of that figure's kind
		{"The cumulative trade deficit for the first eleven months of 2004 now stands at £36.3bn, £4.5bn higher than the same period in 2003.", "2005-01-12", "£4.5bn", "trade balance"},
		{"Exports reached £36.3bn, £4.5bn of them to China.", "2005-01-12", "£4.5bn", "exports"},
		{"Ruritania's exports jumped 12% in 2024.", "", "12%", "exports"},
		{"The trade deficit narrowed to 3.1 billion pounds in November.", "", "3.1 billion pounds", "trade balance"},
		{"APEC accounts for around 62 percent of the world's GDP.", "", "around 62 percent", "share of world gdp"},
		{"Its members account for about one-fifth of global fish exports.", "", "about one-fifth", "share of world trade"},
		{"Nearly half of all exports went to the European Union.", "", "Nearly half", "trade share"},
		{"The central bank cut interest rates by a quarter-point to 4.25% in December.", "", "a quarter-point", "interest rate"},
		{"Consumer prices rose 3.6% in the year to March.", "", "3.6%", "inflation"},
		{"The current account deficit widened to 8.2 billion dlrs in 1986.", "", "8.2 billion dlrs", "current account"},
		{"Foreign exchange reserves hit a record 53 billion dlrs in March.", "", "53 billion dlrs", "reserves"},
		{"Brazil suspended interest payments on its 68 billion dlr debt to commercial banks.", "", "68 billion dlr", "external debt"},
		{"Of Ecuador's creditors, 41% are banks in the United States and 12% in Japan.", "", "12%", "external debt"},
		{"Mexico's creditors are being repaid, thanks to a bailout totaling 38 billion dlrs.", "", "38 billion dlrs", "aid and loans"},
		{"The government's net financing requirement was 11.0 pct of GNP in 1986.", "", "11.0 pct", "budget balance"},
		{"The forum groups 12 member economies.", "", "12", "membership"},
		{"The APEC region was home to about 2.9 billion people in 2024.", "", "about 2.9 billion", "population"},
		{"About 2,000 people attended the summit in Lima.", "", "About 2,000", "other"},
		{"Australia has signed free trade agreements with seven members.", "", "seven", "trade agreements"},
		{"Australia doubled its investment in the region since 2015.", "", "doubled", "investment"},
		{"The rise made Ruritania the third-largest exporter of tin in the world.", "", "third-largest", "exports"},
		{"China is Poland's second-largest source of imports.", "", "second-largest", "trading partner rank"},
		{"China accounted for 20.1% of Japan's trade in 2004. In 2003, the US was ahead with 20.5% and China came second with 19.2%.", "", "second", "trading partner rank"},
		{"China accounted for 20.1% of Japan's trade in 2004. Xi is on his sixth visit to Latin America.", "", "sixth", "other"},
		{"Nigeria is due to receive 900 mln dlrs in fresh export credits this year.", "", "900 mln dlrs", "aid and loans"},
		{"Kenya has agreed with the World Bank to borrow $1.2bn over three years.", "", "$1.2bn", "aid and loans"},
		{"Around 15 billion dlrs of bank and trade credit lines were frozen.", "", "Around 15 billion dlrs", "money and credit"},
		{"Phillips sold its North Sea interests and U.S. reserves totaling about 1.3 billion dlrs in 1986.", "", "about 1.3 billion dlrs", "commodity output"},
		{"The dollar was expected to trade at an average of 2.0 guilders in 1987.", "", "2.0 guilders", "exchange rate"},
		// a trade-weighted index is an exchange rate; a dollar price a price
		{"The crown will lose a further 6 pct on its trade-weighted index this year.", "", "6 pct", "exchange rate"},
		{"The dollar price of traded manufactures will rise by 4.5 pct next year.", "", "4.5 pct", "commodity price"},
		{"The bank arranged a 300 mln dlr euro-commercial paper programme.", "", "300 mln dlr", "other"},
		// a bare deficit takes the article's topic
		{"Congress debated taxes and spending cuts. The deficit, which totaled 221 billion dlrs last year, is expected to decline.", "1987-06-29", "221 billion dlrs", "budget balance"},
		{"Imports fell and exports rose in March. The deficit narrowed to 1.2 billion dlrs.", "", "1.2 billion dlrs", "trade balance"},
		{"The budget deficit will narrow to 3 pct of GDP. Trade should show a 2.1 billion crown annual surplus this year after last year's 0.4 billion surplus.", "", "0.4 billion", "trade balance"},
		// a balance word nearer the figure than other words decides
		{"Tax receipts rose. Under the union's rules, member states must keep their deficits below 3%.", "", "below 3%", "budget balance"},
		{"Analysts said the nominal trade surplus for 2026 as a whole is likely to fall only a little from the record 98.1 billion crowns in 2025.", "", "98.1 billion crowns", "trade balance"},
		// what a GDP component, a tax or a public account measures
		{"Ruritania's gross farm product rose 3.2 pct in the quarter.", "", "3.2 pct", "commodity output"},
		{"Government final consumption fell 0.4 pct in the quarter.", "", "0.4 pct", "government spending"},
		{"The VAT rate on food was cut to 9 percent in May.", "", "9 percent", "government revenue"},
		{"Municipal debt climbed to 5.2 trillion yuan in March.", "", "5.2 trillion yuan", "government debt"},
		{"Provincial governments issued 420 billion yuan in bonds in the first quarter.", "", "420 billion yuan", "government debt"},
		// bare spending is public spending, unless a company spends
		{"Expenditures rose 4.1 pct to 52 billion crowns last year, the finance ministry said.", "", "52 billion crowns", "government spending"},
		{"The provincial government spent 3.4 billion yuan in the first half.", "", "3.4 billion yuan", "government spending"},
		{"The minister said 45bn crowns ($4.2bn) will be spent on new railways.", "", "45bn crowns", "government spending"},
		{"Acme Corp said its spending fell to 40 mln dlrs last year.", "", "40 mln dlrs", "company results"},
		{"Capital expenditures at the utility rose to 52 mln dlrs in 1986.", "", "52 mln dlrs", "investment"},
		{"Personal spending rose 0.3 percent in June.", "", "0.3 percent", "consumption"},
		// per capita income, urbanisation, purchasing power, a commodity's
		// earnings abroad, a company's earnings
		{"Ruritania's per capita income reached $8,420 in 2024.", "", "$8,420", "gdp per capita"},
		{"The country's urbanization rate is about 61 percent.", "", "about 61 percent", "population"},
		{"Household purchasing power is forecast to rise 1.4 pct next year.", "", "1.4 pct", "wages"},
		{"Cocoa earnings fell to 310 mln dlrs in March from 350 mln a year earlier.", "", "310 mln dlrs", "exports"},
		{"Acme Corp said its first quarter earnings rose to 12 mln dlrs.", "", "12 mln dlrs", "company results"},
		{"The budget lifts the income-tax threshold to 90,000 crowns.", "", "90,000 crowns", "government revenue"},
		// money sent home; a share of a country's GDP
		// money spent on another country's goods is an import, not on its bonds
		{"Officials said Egypt had already bought 210 mln dlrs worth of U.S. corn this year.", "", "210 mln dlrs", "imports"},
		{"Investors bought 210 mln dlrs of Japanese bonds in March.", "", "210 mln dlrs", "other"},
		{"Ruritanian workers abroad sent a record $4.1bn (£3.2bn) home last year.", "", "$4.1bn", "remittances"},
		{"Remittances now make up more than 6% of the country's GDP.", "", "more than 6%", "remittances"},
		{"Public debt now stands at 98% of the nation's GDP.", "", "98%", "government debt"},
		// a share of people holding an opinion is no statistic of the economy
		{"Asked about the economy, 52% of voters said it was weakening, against 29% who said it was growing.", "", "29%", "other"},
		{"Asked about the economy, 43% were optimistic.", "", "43%", "other"},
		// "cut" is no interest rate by itself; a count of rate moves is
		{"The institute cut its growth forecast for Ruritania to 2.1 pct from 2.6 pct.", "", "2.1 pct", "gdp"},
		{"Dealers expect three hikes of a quarter point each next year.", "", "three", "interest rate"},
		// what a count counts does not say what later figures measure
		{"Prospects were weakest for the 15-member bloc, with slow growth seen slipping to 1.2% next year.", "", "1.2%", "gdp"},
		{"Overall, the fund expects growth of 2.8% in 2025 for the 40 member states of the union, easing to 2.5% in 2026.", "", "2.5%", "gdp"},
		{"Acme will cut about 900 of its 12,000 jobs by 2026.", "", "about 900", "employment"},
		// a ratio is of the kind of its first term
		{"Parliament passed the budget with tax rises. The commission expects the deficit to narrow to 2.4% of GDP in 2026.", "", "2.4%", "budget balance"},
		{"The minister plans to cut the ratio of foreign debt to the country's GNP to 35 pct by 2030.", "", "35 pct", "external debt"},
		{"The public sector deficit fell to 3.1 pct of GDP in 2024.", "", "3.1 pct", "budget balance"},
		// a partner's or a product's share of a country's trade
		{"Shipments to Japan made up 31 percent of the country's total merchandise exports in 2024.", "", "31 percent", "trade share"},
		{"Cocoa accounts for 60 pct of the country's overall export earnings.", "", "60 pct", "trade share"},
		{"Ruritania's exports to and imports from Japan made up 21.4 percent and 9.8 percent of its total exports and imports.", "", "21.4 percent", "trade share"},
		// "at average 2014/15 prices" says how a figure is measured
		{"Seasonally adjusted expenditure on GDP at average 2014/15 prices rose to 41.2 billion dlrs in the quarter.", "", "41.2 billion dlrs", "gdp"},
		// a clause whose subject is only a weak word speaks of the last figure's kind
		{"Ruritania's exports rose 2.4 pct in May. The rise compares with a 1.1 pct fall in April.", "", "1.1 pct", "exports"},
		{"Ruritania's exports rose 2.4 pct in May. The April decline was first put at 0.7 pct.", "", "0.7 pct", "exports"},
		{"Ruritania's exports rose 2.4 pct in May. Total fees of 1.5 pct were paid to the banks.", "", "1.5 pct", "other"},
		// a money amount for a tonne, a barrel or a kilo of goods is a commodity price
		{"Rubber slipped to 180 cents a kilo on Monday.", "", "180 cents a kilo", "commodity price"},
		{"The plan assumes that crude will average 22 dlrs a barrel next year.", "", "22 dlrs a barrel", "commodity price"},
		{"The company raised its posted prices by 40 cts a barrel.", "", "40 cts a barrel", "commodity price"},
		{"The union set a levy of 30 ecus a tonne on maize.", "", "30 ecus a tonne", "tariffs"},
		// money-market rates, and metrics whose vocabulary name says what they are
		{"Dealers expect the overnight call rate to ease to 3.25 pct.", "", "3.25 pct", "interest rate"},
		{"Ruritania's bank rate was raised to 4.75% on Thursday.", "", "4.75%", "interest rate"},
		{"Durable goods orders jumped 4.2 pct in May.", "", "4.2 pct", "industrial production"},
		{"China is the second-largest market for solar panels in the world.", "", "second-largest", "other"},
		// a bank's rate, named only as a rate, is an interest rate
		{"The Bank lowered the rate to 4.5 pct from five on Friday.", "", "4.5 pct", "interest rate"},
		{"The central bank also cut its seven-day facility rate to 6-1/4 pct.", "", "6-1/4 pct", "interest rate"},
		{"The agency said the rate reached 61 pct in the spring.", "", "61 pct", "other"},
		{"Three-month eurodollars eased 1/8 pct to 5-3/8 pct in late trading.", "", "5-3/8 pct", "interest rate"},
		{"Eurodollar bond issues made up 40 pct of new offerings.", "", "40 pct", "other"},
		// people out of work, and goods a tariff covers
		{"Economists expect about 3.1 million unemployed in March.", "", "about 3.1 million", "unemployment"},
		{"The ministry said import tariffs would be lowered on some 900 products next year.", "", "some 900", "tariffs"},
		{"The shop sells some 900 products.", "", "some 900", "other"},
		// people living somewhere
		{"About 2 million Poles live in Germany.", "", "About 2 million", "population"},
		{"The region is home to 40 million, half of them under 25.", "", "40 million", "population"},
		{"The city is home to 2,000 software companies.", "", "2,000", "other"},
		// a change with no noun of its own continues the figure before it
		{"Ruritania's GDP is forecast to grow 2.5 pct in 2026, after shrinking 1.2 pct in 2025.", "", "1.2 pct", "gdp"},
		{"Ruritania's real GDP rose 0.6 pct in the quarter after zero growth in the quarter before and a 0.5 pct drop a year earlier, making an annual gain of 1.4 pct.", "", "1.4 pct", "gdp"},
		{"Ruritania's real GDP rose 0.6 pct in the quarter after zero growth in the quarter before and a 0.5 pct drop a year earlier, making an annual gain of 1.4 pct.", "", "0.5 pct", "gdp"},
		{"Exports rose 4 pct in May, after arrivals of 20,000 tonnes at the port.", "", "20,000 tonnes", "other"},
		// what a trade or buying mission buys abroad is imports
		{"The ministry said the buying mission had signed for 900 mln dlrs of purchases in Ruritania.", "", "900 mln dlrs", "imports"},
		{"During the trade mission the delegates agreed to buy Ruritanian machinery valued at 1.2 billion dlrs.", "", "1.2 billion dlrs", "imports"},
		{"The trade mission cost the ministry 2 mln dlrs.", "", "2 mln dlrs", "trade"},
		// years of an economy's growth or stagnation are a GDP figure
		{"Ruritania has enjoyed three decades of rapid economic growth.", "", "three decades", "gdp"},
		{"The four years of stagnation in the Ruritanian economy ended in 2024.", "", "four years", "gdp"},
		{"The firm is consolidating after 12 years of strong growth.", "", "12 years", "other"},
	}, func(c *Claim) string { return string(c.Indicator) })
}

func TestFrameOutlook(t *testing.T) {
	runFrameCases(t, "outlook", []frameCase{
		{"The economy is expected to grow 5% next year.", "2024-05-01", "5%", "forecast"},
		{"The central bank said growth of between 2% and 3% was likely in 2025.", "2024-12-10", "between 2% and 3%", "forecast"},
		{"The government raised its 1987 growth forecast to 2.8 pct from 2.5 pct.", "1987-03-16", "2.5 pct", "forecast"},
		// a clause that goes on from a forecast without a subject of its own
		{"Growth in goods exports will slow to 1.75 pct in 1987 from 2.1 pct in 1986 but pick up slightly to 2.5 pct in 1988.", "1987-04-03", "2.5 pct", "forecast"},
		{"Growth in goods exports will slow to 1.75 pct in 1987 from 2.1 pct in 1986 but pick up slightly to 2.5 pct in 1988.", "1987-04-03", "2.1 pct", ""},
		// the base of a target: a fact when an action moves from it, a target when the target is revised
		{"This year's aim of reducing the deficit to 4.9 pct of GDP from 5.1 pct in 1986 could still be met.", "1987-03-16", "5.1 pct", ""},
		{"Lawson trimmed the 1987/88 borrowing target to 4.0 billion stg from 7.1 billion.", "1987-03-17", "7.1 billion", "target"},
		{"The government plans to cut corporation tax to 50 pct from 56 pct.", "1987-03-17", "56 pct", ""},
		{"The Commission has revised down expected German growth this year to two pct from 3.2 pct predicted last autumn.", "1987-03-09", "3.2 pct", "forecast"},
		{"The ministry expects a deficit of 30 billion this year from 17.4 billion in 1986.", "1987-03-09", "17.4 billion", ""},
		{"The ministry aims to cut the deficit to 3 pct of GDP.", "", "3 pct", "target"},
		{"US growth is likely to remain below 2.5 percent in 2019 and decelerate to 1.8 percent in 2020.", "2019-01-10", "1.8 percent", "forecast"},
		// a figure's own period in a forecast: a past figure beside it is a
		// fact, a base for a year not over yet a forecast; a forecast made
		// for a past year stays one
		{"Officials said output should rise 4 pct in 1988 after a 2.5 pct gain in 1986.", "1987-05-01", "2.5 pct", ""},
		{"The council predicted that wages, which climbed 3.2 pct last year, would rise 4 pct.", "1987-05-01", "3.2 pct", ""},
		{"The agency expects the deficit to shrink to 2.1% of GDP next year from 3.4% this year.", "2023-06-01", "3.4%", "forecast"},
		{"The bureau had forecast that sales would grow 6 pct in 1986.", "1987-04-01", "6 pct", "forecast"},
		{"Profits are expected to rise 12 pct over 1986.", "1987-04-01", "12 pct", "forecast"},
		{"Revenue is forecast to climb from $2 million in 2016 to about $7 million in 2018.", "2019-02-01", "about $7 million", "forecast"},
		{"The firm said it expects profit to be lower than last year's earnings of 4 mln dlrs.", "1987-04-01", "4 mln dlrs", ""},
		{"The minister wants to cut the trade deficit, which rose to 40 billion dlrs in 2022.", "2023-03-01", "40 billion dlrs", ""},
		{"The agency cut the import quota to 90,000 tonnes from 120,000 tonnes in 2022.", "2023-03-01", "120,000 tonnes", "target"},
		// the later figures of a list under one forecast word; not one with
		// a verb of its own
		{"Imports are expected to total 40 billion dlrs and exports 35 billion.", "2023-03-01", "35 billion", "forecast"},
		{"The ministry expects the average price of the crude oil that refiners import from abroad to rise to 60 dlrs a barrel in 2024 and 55 dlrs in 2025.", "2023-03-01", "55 dlrs", "forecast"},
		{"The council's latest projections, published on Monday by its research staff, put household spending growth at 1.5% in France next year and 2.2% in Italy.", "2023-03-01", "2.2%", "forecast"},
		{"The institute forecast that the economy of the region as a whole would expand by 2% in 2024, slowing to 1.6% next year before rebounding to 2.2% in 2026.", "2023-03-01", "2.2%", "forecast"},
		{"Exports are expected to reach 40 billion dlrs, and imports rose 5 billion dlrs.", "2023-03-01", "5 billion dlrs", ""},
		// intentions, duties and limits are targets; not a base, a span of
		// time, "hope that", a figure beside a limit
		{"The union is hoping to win a pay rise of 6% this year.", "2023-03-01", "6%", "target"},
		{"The minister said he would like to see inflation below 2 pct by 2025.", "2023-03-01", "below 2 pct", "target"},
		{"The company will try to hold costs to 40 mln dlrs a year.", "2023-03-01", "40 mln dlrs a year", "target"},
		{"Under the treaty, members must keep their deficits below 3% of GDP.", "", "below 3%", "target"},
		{"Spending exceeded the 2% budget limit for the first time.", "", "2%", "target"},
		{"The club hopes to raise ticket sales to 30 mln dlrs from 22 mln dlrs.", "2023-03-01", "22 mln dlrs", ""},
		{"The council hopes to renew the lease for 10 years.", "2023-03-01", "10 years", ""},
		{"Output ran 100,000 bpd above the quota in May.", "2023-03-01", "100,000 bpd", ""},
		// "set to" with a verb is a forecast, "set at" a fact; an amount
		// converted in brackets has the outlook of the amount it converts
		{"Growth is set to slow to 1.2% this year.", "2023-03-01", "1.2%", "forecast"},
		{"The rate was set at 4.5% last week.", "2023-03-01", "4.5%", ""},
		{"The ministry said 40bn rupees ($480m) will be spent on roads.", "2023-03-01", "$480m", ""},
		// what a government or a firm will pay out is its plan: a target
		{"The city council will spend 12 mln dlrs on new buses.", "2023-03-01", "12 mln dlrs", "target"},
		{"The ministry said it would also provide 2 billion yuan a year to farmers.", "2023-03-01", "2 billion yuan a year", "target"},
		{"The firm will invest 30 mln dlrs over the next four years.", "2023-03-01", "four years", "forecast"},
		// what a target will be is a target; not a rate named "target rate"
		{"The minister said the target for the budget deficit will be 3.1% next year.", "2023-03-01", "3.1%", "target"},
		{"Futures imply the target rate will be 4.5% by June.", "2023-03-01", "4.5%", "forecast"},
		// a level the text says holds now is a fact, not "the current year"
		{"Analysts expect the bank to cut its main rate from the current 4.5 pct.", "2023-03-01", "4.5 pct", ""},
		{"The company expects a current profit of 12 billion yen this year.", "2023-03-01", "12 billion yen", "forecast"},
		// an estimate for a year not over yet is a forecast
		{"The average dollar rate is put at 1.35 francs this year.", "2023-03-01", "1.35 francs", "forecast"},
		{"Output was estimated at 4 mln tonnes in 2021.", "2023-03-01", "4 mln tonnes", ""},
		// "has seen" is a perfect, not "seen at 3%"
		{"The bank has seen a 12% rise in profits this year.", "2023-03-01", "12%", ""},
		// a count of members names the group a forecast is about
		{"The bank forecast growth of 1.4% next year for the 19-member bloc.", "2023-03-01", "19", ""},
		{"The report expects the 38 member countries to grow 1.8% next year.", "2023-03-01", "38", ""},
		// facts
		{"Exports rose a stronger-than-expected 8% to 1.14 trillion yen in March.", "", "8%", ""},
		{"The bank expects a deficit of 30 bln this year from 17.4 bln in 1986.", "1987-03-01", "17.4 bln", ""},
		// the earlier estimate a forecast is revised from, the forecast
		// for another subject it is compared with
		{"Growth in the region would reach 3% this year, but slow to 2.1% next year from a previous estimate of 2.6%, the fund said.", "2023-03-01", "2.6%", "forecast"},
		{"The group cut its growth forecasts for the coming year for the two largest economies of the region to 1.2 pct from 1.5 pct for France.", "2023-03-01", "1.5 pct", "forecast"},
		{"The current account, which last year posted a surplus of 3.5 billion baht, is projected to return to a deficit.", "1987-03-01", "3.5 billion baht", ""},
		{"Tariff hikes on $200 billion of Chinese goods are expected to penalize growth.", "2019-06-01", "$200 billion", ""},
		{"About 60% of the creditors are expected to accept the offer.", "2023-03-01", "About 60%", "forecast"},
		{"The fifth round of talks will be held in Beijing.", "", "fifth", ""},
		{"The summit will bring together leaders of its 21 member economies.", "", "21", ""},
		// what an actor plans to spend or buy is a target
		{"Acme to spend $3bn on new plants over five years", "", "$3bn", "target"},
		{"The carrier said its plan was to buy more than 40 new aircraft in 2026.", "", "more than 40", "target"},
		{"The ministry is to invest 2 billion dlrs in rural roads.", "", "2 billion dlrs", "target"},
		{"Droughts forced Ruritania to import 2.7 mln tonnes of maize in 2024.", "", "2.7 mln tonnes", ""},
		// a forecast verb governs an infinitive further back than the clause rules read
		{"The minister said he now expected the Ruritanian current account deficit for the full fiscal year ending on June 30 to come in around 4.2 billion dlrs.", "", "around 4.2 billion dlrs", "forecast"},
		{"Dealers predict the overnight rate to ease to 2.75 pct from 3.0 pct today and the one-week rate to slip to 2.9 pct from 3.1 pct.", "", "2.9 pct", "forecast"},
		{"Analysts had expected prices to rise, and 18 banks said so.", "", "18", ""},
		// what its subject will open, build or hire is a target
		{"The retailer said it will open 300 new stores in Ruritania next year.", "", "300", "target"},
		{"The bank will hire 450 new staff by June.", "", "450", "target"},
		{"On the first day the exchange will open at 1000 points.", "", "1000 points", "forecast"},
		// what an attempt is made to reach is a target
		{"The firm sold new shares in a bid to raise up to $500m.", "", "up to $500m", "target"},
		{"The union struck in a bid to raise pay by 6 pct.", "", "6 pct", "target"},
		{"The plan was a bid to cut the 90 pct inflation rate.", "", "90 pct", ""},
	}, func(c *Claim) string { return string(c.Outlook) })
}

func TestFramePeriod(t *testing.T) {
	runFrameCases(t, "period", []frameCase{
		// relative periods against the article's date
		{"The U.S. trade gap narrowed to 13.6 billion dlrs in March.", "1987-06-01", "13.6 billion dlrs", "1987-03"},
		{"The unemployment rate was unchanged in February at 6.7 pct.", "1987-03-06", "6.7 pct", "1987-02"},
		// without a date, the years the text names
		{"The deficit for the first eleven months of 2004 was 55 billion pounds. In November it was 3.1 billion pounds.", "", "3.1 billion pounds", "2004-11"},
		// an undated article: a year forecasts are made for, or that dates
		// an event, fixes no "this year"; a comparison base fixes the year
		// after it
		{"For 2009, the board is projecting 4% growth. Exports rose 2% in 2007. Sales fell 3% this year.", "", "3%", "2008"},
		{"Exports recovered after a deep recession in 2001. Sales fell 3% this year.", "", "3%", ""},
		// a fiscal year written with one digit ("2011-2"), and the
		// budget measures that follow it
		{"The minister said the 2011-2 deficit will be 4 pct. Spending on roads rose to 9 billion rupees.", "", "9 billion rupees", "FY2011/2"},
		// the months of a fiscal year whose end the article names
		{"The deficit for fiscal 1990/91 ending June 30 is seen at 5 billion dlrs. The deficit for the first ten months of 1990/91 was 4.1 billion dlrs.", "1991-06-02", "4.1 billion dlrs", "1990-07/1991-04"},
		// "the March figure" names a month; a revised base restates its period
		{"Exports fell in April to 9 billion dlrs. The March figure was revised from 69 mln dlrs.", "1987-05-20", "69 mln dlrs", "1987-03"},
		{"Exports fell in April to 9 billion dlrs. Output in 1986 was revised from 4.1 pct.", "1987-05-20", "4.1 pct", "1986"},
		// "this fiscal year" without years: no other period, but the
		// fiscal year the article discusses
		{"Sales rose 4 pct in April-July from the same period in 1990. Exports could reach 5 billion dlrs this fiscal year.", "", "5 billion dlrs", ""},
		{"Sales rose 4 pct in April-July. In the current fiscal year exports are expected to reach 5 billion dlrs.", "1991-08-02", "5 billion dlrs", ""},
		{"The deficit was 9 billion dlrs in fiscal 1990/91. Exports could reach 5 billion dlrs this fiscal year.", "1991-07-02", "5 billion dlrs", "FY1990/91"},
		{"Profit rose to 9 mln dlrs in the current fiscal year ending March 31.", "1991-02-02", "9 mln dlrs", "FY1990/91"},
		// nor a year pledged, aimed at or set as a deadline
		{"Sales fell 4% in 2006. The two firms vowed to cut costs below the cap in 2009. Sales rose 3% this year.", "", "3%", "2007"},
		{"Sales fell 4% in 2006. Ministers said that 2009 should be the year of recovery. Sales rose 3% this year.", "", "3%", "2007"},
		{"Sales fell 4% in 2006. By 2012, the reforms should halve the gap. Sales rose 3% this year.", "", "3%", "2007"},
		{"Sales fell 4% in 2006. By 2012 the loans had been repaid. Sales rose 3% this year.", "", "3%", "2013"},
		{"Sales fell 4% in 2006. The firm is the largest by 2012 sales. Sales rose 3% this year.", "", "3%", "2013"},
		{"Sales in March-June rose to $50m from $40m in the same period in 2006. Prices rose 3% this year.", "", "$50m", "2007-03/2007-06"},
		{"The full-year profit was $2bn, up 10% from its 2006 level. Its fourth quarter profit was $600m.", "", "$600m", "2007-Q4"},
		{"The gap was $300bn last year, less than in 2006. It will be $400bn this year.", "", "$400bn", "2008"},
		// "at end 1987": the year's last month; "forecast in December": when a forecast was made
		{"Inflation should fall to two pct from 2.6 pct at end 1990, the bank said.", "1991-05-02", "2.6 pct", "1990-12"},
		{"Sales growth, forecast in December at 6 pct, is now seen at 4 pct in 1991.", "1991-05-02", "6 pct", "1991"},
		// a change from a year, with no period of its own: the year after
		{"The fund held 8,300 accounts, a 4.1 pct rise from 1989.", "1991-05-02", "8,300", "1990"},
		{"It increased 2.5 pct from 1989 to 7,100 tonnes.", "1991-05-02", "7,100 tonnes", "1990"},
		{"The group posted a profit of 40 mln dlrs, up 9 pct from its 1989 result.", "1991-05-02", "40 mln dlrs", "1990"},
		{"Trade was 9 billion, up 2 pct from the 1990 period.", "1991-11-02", "9 billion", ""},
		// a period in a relative clause that closes before the figure is not its period
		{"The bank, which led the market in 1988, saw a 12 pct drop in the number of savers it had in 1990.", "1991-05-02", "12 pct", "1990"},
		{"The firm, which was founded in 1975, holds a 30 pct stake in the venture.", "1991-05-02", "30 pct", ""},
		// figures given for comparison do not set the period the article goes on with
		{"Exports rose 4 pct in May. For comparison, in April exports had fallen 2 pct. The trade surplus was 300 mln dlrs.", "1991-06-20", "300 mln dlrs", "1991-05"},
		// a clause that says how things stand now takes no period from the article
		{"Tourism earned 5 billion dlrs last year. Tourism now represents 9 pct of output.", "1991-05-02", "9 pct", ""},
		{"Tourism earned 5 billion dlrs last year. Exports are 40 pct of output, and there are 3 billion dlrs of reserves.", "1991-05-02", "3 billion dlrs", ""},
		{"Tourism earned 5 billion dlrs last year. If fees are excluded, the surplus was 2 billion dlrs.", "1991-05-02", "2 billion dlrs", "1990"},
		{"Tourism earned 5 billion dlrs last year. The country has foreign debts of 9 billion dlrs.", "1991-05-02", "9 billion dlrs", ""},
		// a forecast for "the next N years" or "the next N months": the span from now on
		{"The ministry expects exports to grow 6 pct a year over the next three years.", "1991-05-02", "6 pct", "1991/1993"},
		{"Unemployment is expected to stay near 7 pct over the next 18 months.", "1991-05-02", "7 pct", "1991-06/1992-11"},
		{"Over the next 12 months the bank raised its rate from 6 pct to 9 pct.", "1991-05-02", "6 pct", ""},
		// one figure for two years: a span
		{"Output should grow 3.5 pct this year and next, the institute said.", "1991-05-02", "3.5 pct", "1991/1992"},
		{"Exports are seen flat at 40 billion crowns this year and next year.", "1991-05-02", "40 billion crowns", "1991/1992"},
		{"The bank expects a deficit of about 6 billion dlrs in both 1991 and 1992.", "1991-05-02", "about 6 billion dlrs", "1991/1992"},
		// a base with its own period
		{"The surplus rose to 10.4 billion marks in February from 7.2 billion in January.", "1987-03-26", "7.2 billion", "1987-01"},
		{"The current account deficit rose to 8.8 billion dlrs in 1986 from the previous year's shortfall of 584 mln dlrs.", "1987-03-20", "584 mln dlrs", "1985"},
		{"Exports rose. October's trade deficit of 3.6 billion pounds was revised.", "2004-12-10", "3.6 billion pounds", "2004-10"},
		// the base of a revision: the same period
		{"The French 1986 current account surplus has been revised slightly upwards to 25.8 billion francs from the 25.4 billion franc figure announced last month.", "1987-03-12", "25.4 billion franc", "1986"},
		// an earlier forecast as the base of a revision: the same year
		{"The Commission has revised down expected German growth this year to two pct from 3.2 pct predicted last autumn.", "1987-03-09", "3.2 pct", "1987"},
		// "the first months of the year": the year discussed, unless they are the article's year's, just out
		{"The surplus rose to 13.6 billion dlrs last year. The surplus widened in the first two months of the year to 2.35 billion dlrs.", "1987-03-12", "2.35 billion dlrs", "1987-01/1987-02"},
		{"The surplus rose to 13.6 billion dlrs in 1986. In the first half of the year the surplus was 6.1 billion dlrs.", "1987-10-12", "6.1 billion dlrs", "1986-H1"},
		// a year that dates an event is no period of figures
		{"The 2008-09 financial crisis deepened. The US economy lost 663,000 jobs in March.", "", "663,000", ""},
		{"The 2008-09 financial crisis deepened. The US economy lost 663,000 jobs in March.", "2009-04-03", "663,000", "2009-03"},
		// a month named before a statistic's noun ("March imports")
		{"The office said March imports totalled 36.93 billion marks, a rise of 15 pct from February and of 4.7 pct compared with March 1986.", "1987-04-29", "36.93 billion marks", "1987-03"},
		{"The office said March imports totalled 36.93 billion marks, a rise of 15 pct from February and of 4.7 pct compared with March 1986.", "1987-04-29", "4.7 pct", "1987-03"},
		{"March exports of 47.06 billion marks were 11 pct higher than in February and 7.6 pct higher than in March last year.", "1987-04-29", "7.6 pct", "1987-03"},
		{"The office said the March current account surplus compared with only 4.3 billion marks a year earlier.", "1987-04-29", "4.3 billion marks", "1986-03"},
		{"The troops march on. Exports rose 5 pct in 1986.", "1987-04-29", "5 pct", "1986"},
		// a month named before its noun and its year after it
		{"The February surplus last year was 189 mln dlrs.", "1987-03-20", "189 mln dlrs", "1986-02"},
		{"The trade surplus in February rose from last year to 189 mln dlrs.", "1987-03-20", "189 mln dlrs", "1987-02"},
		{"The February trade surplus was well up on the 6.84 billion mark surplus posted in the same month of 1986.", "1987-03-26", "6.84 billion mark", "1986-02"},
		{"The surplus widened to 6.63 billion marks but was down on the 7.26 billion figure for February 1986.", "1987-04-07", "7.26 billion", "1986-02"},
		// spans
		{"Broad money rose 10.3 pct in the year ended January.", "1987-03-02", "10.3 pct", "1986-02/1987-01"},
		{"Inflation was kept to around nine pct in the financial year ending tomorrow.", "1987-03-30", "around nine pct", "FY1986/87"},
		// a comparison base is not the figure's own period, nor a vague span
		{"Exports totalled 80.2 billion marks, a decline of 7.4 pct against the same months of 1986.", "1987-03-30", "80.2 billion marks", ""},
		{"The economy should grow three pct this year after a 14 pct contraction over the last six years.", "1987-03-30", "14 pct", ""},
		// the maturity of a security is no period
		{"It sold 8.25 billion francs of 8.50 pct June 1997 tap stock.", "1987-03-05", "8.25 billion francs", ""},
		{"The notes were priced to yield 90 basis points over the 7-1/2 pct Treasury bonds of 2011.", "1987-03-05", "90 basis points", ""},
		// the year a "when" clause is about
		{"It was the worst performance since 1974 when GNP contracted 1.4 pct.", "1987-03-30", "1.4 pct", "1974"},
		{"It was the worst since 1974/75, when gnp contracted by 0.4 pct.", "1987-03-30", "0.4 pct", "FY1974/75"},
		// a forecast revised keeps its period
		{"The government raised its 1987 growth forecast to 2.8 pct from 2.5 pct.", "1987-03-16", "2.5 pct", "1987"},
		// a rank is a standing fact, unless its sentence reports the period's figures
		{"APEC Peru 2024 runs in November. China is Latin America's second-largest trading partner.", "", "second-largest", ""},
		{"Trade grew in 2018. Imports from China grew 13.7 percent to $30.97 billion, keeping China's place as Poland's second-largest source of imports.", "", "second-largest", "2018"},
		// nothing fixes it: none, never the current date
		{"Reserves stood at 50 billion dlrs.", "", "50 billion dlrs", ""},
	}, func(c *Claim) string { return c.Period })
}

func TestFrameMetric(t *testing.T) {
	runFrameCases(t, "metric", []frameCase{
		{"Brazil suspended interest payments on its 68 billion dlr debt to commercial banks.", "", "68 billion dlr", "bank debt"},
		// a part of factory orders reported as a series of its own is not the whole
		{"Norway's durable goods orders fell 3.5 pct in May.", "1987-06-04", "3.5 pct", "durable goods orders"},
		{"Norway's factory goods orders fell 2.5 pct in May.", "1987-06-04", "2.5 pct", "factory orders"},
		{"Norway's machinery orders fell 1.5 pct in May.", "1987-06-04", "1.5 pct", "machinery orders"},
		{"Norway's exports rose 5 pct in May, followed by a 4 pct drop in imports.", "1987-06-04", "4 pct", "imports"},
		// what an investment goes into narrows it; a place does not
		{"It is estimated the overall investment in 5G in China will increase from 17.56 billion yuan this year.", "2019-06-19", "17.56 billion yuan", "overall investment in 5g"},
		{"China's investment in infrastructure rose 4 percent in 2019.", "2020-01-19", "4 percent", "investment in infrastructure"},
		{"Australia doubled its investment in the region to 40 billion dlrs since 2015.", "2019-06-19", "40 billion dlrs", "investment"},
		{"Brazil suspended interest payments on 68 billion dlrs in external debt.", "", "68 billion dlrs", "part of external debt"},
		{"Peru's total foreign debt stood at 14.46 billion dollars, 13.17 billion dollars of which is medium- and long-term debt.", "", "13.17 billion dollars", "medium and long term debt"},
		{"South Korea had a surplus of 7.1 billion dlrs with the U.S., against a 4.3 billion deficit in 1985.", "", "4.3 billion", "deficit"},
		{"Huawei expanded its market share to 14.6 percent worldwide.", "", "14.6 percent", "market share worldwide"},
		{"Total 1986 exports were 2.18 billion dlrs, of which 979 mln dlrs were crude.", "", "979 mln dlrs", "oil exports"},
		{"Inflation fell after a drop of 12 points to 24.6 pct in the Treasury wholesale index.", "", "24.6 pct", "treasury wholesale index"},
		{"Trade surpluses had covered the 12 billion dlrs needed to service its foreign debt.", "", "12 billion dlrs", "debt service"},
		{"Huawei led China's smartphone market with a 23 percent market share.", "", "23 percent", "market share in china"},
		{"It recorded $105.2 billion in revenue, with about half of that from overseas.", "", "about half", "share of revenue"},
		{"The streamers achieved the fastest growth in brand value, rising 158 percent to $5.6 billion and 136 percent to $5 billion.", "", "$5 billion", "brand value"},
		{"The coalition was founded over 20 years ago.", "", "over 20 years", "age"},
		{"The company's consumer business group posted $52.5 billion in revenue last year.", "", "$52.5 billion", "consumer business group revenue"},
		{"In 2018, Huawei's R&D spending reached 101.5 billion yuan, accounting for around 14 percent of its revenue.", "", "around 14 percent", "r&d spending share of revenue"},
	}, func(c *Claim) string { return c.Metric })
}

func TestFrameChange(t *testing.T) {
	runFrameCases(t, "change", []frameCase{
		{"The deficit was 13.65 billion dollars in February, a reduction of 1.4 billion dlrs in a month.", "", "1.4 billion dlrs", "down"},
		{"The firm recorded a decline in revenue of 5 percent in 2018.", "", "5 percent", "down"},
		{"Restrictions had cost the U.S. 17 billion dlrs in exports a year.", "", "17 billion dlrs", "down"},
		{"Exports were 17 billion dlrs in 1986.", "", "17 billion dlrs", ""},
	}, func(c *Claim) string { return string(c.Change) })
}

func TestFrameCurrency(t *testing.T) {
	runFrameCases(t, "currency", []frameCase{
		// a bare "dlrs" is the home dollar of Australia, Canada, New Zealand
		{"Australia's current account deficit narrowed to 750 mln dlrs in February.", "1987-04-09", "750 mln dlrs", "AUD"},
		{"Canada had a trade surplus of 1.25 billion Canadian dlrs in February. The January surplus was 533 mln dlrs.", "1987-04-09", "533 mln dlrs", "CAD"},
		// elsewhere the US dollar, as claims.md says, unless the text names another
		{"Taiwan's trade surplus reached a record 15.6 billion dlrs last year.", "1987-03-12", "15.6 billion dlrs", "USD"},
		{"The central bank sold 2 billion Taiwan dlrs of bonds.", "1987-03-12", "2 billion Taiwan dlrs", "TWD"},
		{"Australia's exports to the U.S. were worth 3 billion U.S. dlrs.", "1987-04-09", "3 billion U.S. dlrs", "USD"},
	}, func(c *Claim) string { return c.Currency })
}
