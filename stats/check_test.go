package stats

import (
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
)

// fakeRefs is hand-built reference data: series → code → year → value.
type fakeRefs map[string]map[string]map[int]float64

func (f fakeRefs) Value(series, code string, year int) (float64, bool) {
	v, ok := f[series][code][year]
	return v, ok
}

func (f fakeRefs) Codes() []string {
	seen := map[string]bool{}
	for _, byCode := range f {
		for c := range byCode {
			seen[c] = true
		}
	}
	var out []string
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

func (f fakeRefs) Source() string { return WDISource }

// set adds a value.
func (f fakeRefs) set(series, code string, year int, v float64) {
	if f[series] == nil {
		f[series] = map[string]map[int]float64{}
	}
	if f[series][code] == nil {
		f[series][code] = map[int]float64{}
	}
	f[series][code][year] = v
}

// testRefs is a small world: figures chosen for the cases below.
func testRefs() fakeRefs {
	f := fakeRefs{}
	f.set("ny.gdp.mktp.kd.zg", "VNM", 2024, 7.04)
	f.set("ny.gdp.mktp.kd.zg", "VNM", 2023, -1.9)
	f.set("ny.gdp.mktp.kd.zg", "EUU", 2010, 2.2)
	f.set("ny.gdp.mktp.kd.zg", "EUU", 2024, 1.0)
	f.set("ny.gdp.mktp.cd", "VNM", 2024, 476e9)
	f.set("ny.gdp.mktp.cd", "JPN", 2024, 4.0e12)
	f.set("pa.nus.fcrf", "JPN", 2024, 150)
	f.set("pa.nus.fcrf", "DEU", 1987, 1.8)
	f.set("pa.nus.fcrf", "DEU", 2005, 0.8)
	f.set("ny.gdp.mktp.cd", "DEU", 2005, 2.8e12)
	f.set("pa.nus.fcrf", "FRA", 1987, 6.0)
	f.set("pa.nus.fcrf", "MEX", 1987, 1.4)
	f.set("ny.gdp.mktp.cd", "DEU", 1987, 1.3e12)
	f.set("ny.gdp.mktp.cd", "MEX", 1987, 0.14e12)
	// APEC in 2024: 20 members with GDP worth 60 of a world of 100 (Taiwan
	// has none), and the World total has 1 that no economy accounts for.
	apec := strings.Fields("AUS BRN CAN CHL CHN HKG IDN JPN KOR MYS MEX NZL PNG PER PHL RUS SGP THA USA VNM")
	for _, c := range apec {
		if c != "JPN" && c != "VNM" {
			f.set("ny.gdp.mktp.cd", c, 2024, 3.1e12)
		}
	}
	// 18 × 3.1 + 4 + 0.476 = 60.276; the rest of the world: 38.724; the
	// unallocated part: 1.
	f.set("ny.gdp.mktp.cd", "FRA", 2024, 38.724e12)
	f.set("ny.gdp.mktp.cd", "WLD", 2024, 100e12)
	// United States trade in 1987: exports 250, imports 420.
	f.set("tx.val.mrch.cd.wt", "USA", 1987, 250e9)
	f.set("tm.val.mrch.cd.wt", "USA", 1987, 420e9)
	f.set("ny.gdp.mktp.cd", "USA", 1987, 4.9e12)
	f.set("bn.cab.xoka.cd", "USA", 1987, -160e9)
	f.set("tx.val.mrch.cd.wt", "KOR", 1987, 100e9)
	f.set("tm.val.mrch.cd.wt", "KOR", 1987, 98e9)
	f.set("gc.nld.totl.gd.zs", "USA", 1987, -3.1)
	f.set("sl.uem.totl.zs", "USA", 1991, 6.8)
	// The EC of 1987: its twelve members' GDP.
	for _, c := range strings.Fields("BEL FRA ITA LUX NLD DNK IRL GBR GRC ESP PRT") {
		f.set("ny.gdp.mktp.cd", c, 1987, 0.3e12)
	}
	f.set("ny.gdp.mktp.cd", "WLD", 1987, 17e12)
	f.set("sp.pop.totl", "CHN", 2024, 1.408e9)
	f.set("fp.cpi.totl.zg", "GRC", 1986, 23.0)
	f.set("fp.cpi.totl.zg", "VNM", 2024, 3.62)
	// The United States in 2004: merchandise exports 815, goods and
	// services 9.9% of a GDP of 11,700.
	f.set("tx.val.mrch.cd.wt", "USA", 2004, 815e9)
	f.set("tm.val.mrch.cd.wt", "USA", 2004, 1526e9)
	f.set("ne.exp.gnfs.zs", "USA", 2004, 9.9)
	f.set("ne.imp.gnfs.zs", "USA", 2004, 13.5)
	f.set("ny.gdp.mktp.cd", "USA", 2004, 11.7e12)
	return f
}

// claim builds a claim from a compact description.
func claim(text string, value float64, unit Unit, subject string, ind Indicator, metric, period string) Claim {
	c := Claim{Text: text, Value: value, Unit: unit, Approx: Exact, Subject: subject, Indicator: ind, Metric: metric, Period: period}
	lt := strings.ToLower(text)
	switch {
	case strings.HasPrefix(lt, "around"), strings.HasPrefix(lt, "about"), strings.HasPrefix(lt, "some"):
		c.Approx = About
	case strings.HasPrefix(lt, "nearly"), strings.HasPrefix(lt, "almost"):
		c.Approx = Under
	case strings.HasPrefix(lt, "more than"), strings.HasPrefix(lt, "over"):
		c.Approx = Over
	}
	if unit == UnitMoney {
		c.Currency = "USD"
	}
	c.Sentence = "It was " + text + "."
	return c
}

func with(c Claim, f func(*Claim)) Claim { f(&c); return c }

func TestCheck(t *testing.T) {
	k := NewChecker(testRefs())
	tests := []struct {
		name    string
		c       Claim
		verdict CheckVerdict
		ref     float64 // NaN: no reference
		series  string
		year    int
		reason  []string // substrings of the reason
	}{
		// Growth.
		{"growth differs", with(claim("9 percent", 9, UnitPercent, "Vietnam", IndGDP, "economy", "2024"), func(c *Claim) { c.Change = Up }),
			CheckDiffers, 7.04, "ny.gdp.mktp.kd.zg", 2024, []string{"World Bank: 7.0% for Vietnam in 2024 (GDP growth)", "1.5 points outside, more than twice the 0.5 points"}},
		{"growth agrees", claim("7 percent", 7, UnitPercent, "Viet Nam", IndGDP, "gdp growth", "2024"),
			CheckAgrees, 7.04, "ny.gdp.mktp.kd.zg", 2024, []string{"allows 6.5% to 7.5%, which holds it"}},
		{"growth close", claim("7.9%", 7.9, UnitPercent, "Vietnam", IndGDP, "economic growth", "2024"),
			CheckClose, 7.04, "ny.gdp.mktp.kd.zg", 2024, []string{"0.81 points outside, within twice the 0.5 points"}},
		{"within the allowance", claim("7.5%", 7.5, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2024"),
			CheckAgrees, 7.04, "ny.gdp.mktp.kd.zg", 2024, []string{"0.41 points outside, within the 0.5 points allowed"}},
		{"a fall", with(claim("2%", 2, UnitPercent, "Vietnam", IndGDP, "gdp", "2023"), func(c *Claim) { c.Change = Down }),
			CheckAgrees, 1.9, "ny.gdp.mktp.kd.zg", 2023, []string{"-1.9%"}},
		{"inflation allows 5% of the rate", claim("25 pct", 25, UnitPercent, "Greece", IndInflation, "inflation", "1986"),
			CheckClose, 23.0, "fp.cpi.totl.zg", 1986, []string{"1.5 points outside, within twice the 1.2 points allowed"}},
		{"prices rose, metric inflation", with(claim("3.6 percent", 3.6, UnitPercent, "Vietnam", IndInflation, "inflation", "2024"), func(c *Claim) {
			c.Change, c.Sentence = Up, "Consumer prices rose 3.6 percent in 2024."
		}), CheckAgrees, 3.62, "fp.cpi.totl.zg", 2024, nil},
		{"inflation rose: a change in the rate", with(claim("0.4 percent", 0.4, UnitPercent, "Vietnam", IndInflation, "inflation", "2024"), func(c *Claim) {
			c.Change, c.Sentence = Up, "Inflation rose 0.4 percent in 2024."
		}), CheckNone, math.NaN(), "", 0, []string{"a change in the inflation rate"}},
		{"a fall stated as a rise", with(claim("2%", 2, UnitPercent, "Vietnam", IndGDP, "gdp", "2023"), func(c *Claim) { c.Change = Up }),
			CheckDiffers, -1.9, "ny.gdp.mktp.kd.zg", 2023, nil},
		{"growth alone", with(claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "growth", "2024"), func(c *Claim) { c.Sentence = "Economic growth was 7% in 2024." }),
			CheckAgrees, 7.04, "ny.gdp.mktp.kd.zg", 2024, nil},
		{"growth of something else", with(claim("11.8 pct", 11.8, UnitPercent, "Vietnam", IndGDP, "growth", "2024"), func(c *Claim) { c.Sentence = "M-1 growth was 11.8 pct in 2024." }),
			CheckNone, math.NaN(), "", 0, []string{"growth of what the sentence does not say"}},
		{"direct investment abroad", with(claim("$5.7bn", 5.7e9, UnitMoney, "Vietnam", IndFDI, "fdi", "2024"), func(c *Claim) { c.Sentence = "Outflows for direct investment abroad fell to $5.7bn." }),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for fdi"}},
		{"an amount beside a share of GNP", with(claim("2.145 billion punts", 2.145e9, UnitMoney, "Ireland", IndGDP, "gnp", "1986"), func(c *Claim) {
			c.Currency, c.Sentence = "IEP", "The borrowing requirement was 2.145 billion punts or 13.0 pct of GNP."
		}), CheckNone, math.NaN(), "", 0, []string{"set against the economy's output"}},
		{"constant prices", with(claim("434,682 billion lire", 434682e9, UnitMoney, "Italy", IndGDP, "gdp", "1986"), func(c *Claim) {
			c.Currency, c.Sentence = "ITL", "GDP calculated at 1980 prices rose to 434,682 billion lire last year."
		}), CheckNone, math.NaN(), "", 0, []string{"at constant prices"}},
		{"trade credit lines", with(claim("$6bn", 6e9, UnitMoney, "Mexico", IndTrade, "trade", "1987"), func(c *Claim) { c.Sentence = "Banks prolong $6bn of trade lines." }),
			CheckNone, math.NaN(), "", 0, []string{"trade finance"}},
		{"a month in the clause", with(claim("102.2 mln dlrs", 102.2e6, UnitMoney, "South Korea", IndTradeBalance, "trade surplus", "1987"), func(c *Claim) {
			c.Sentence = "The trade surplus narrowed to 102.2 mln dlrs in february, from 105.4 mln dlrs a year earlier."
		}), CheckNone, math.NaN(), "", 0, []string{`speaks of "february"`}},
		{"a month in another clause", with(claim("$2.5 billion", 2.5e9, UnitMoney, "South Korea", IndTradeBalance, "trade surplus", "1987"), func(c *Claim) {
			c.Sentence = "The 1987 trade surplus was $2.5 billion, the ministry said in February."
		}), CheckAgrees, 2e9, "tx.val.mrch.cd.wt", 1987, nil},
		{"a month after a line break in the text", with(claim("10.3\npct", 10.3, UnitPercent, "Australia", IndMoneyCredit, "m3", "1987"), func(c *Claim) {
			c.Change, c.Sentence = Up, "Broad money supply rose 10.3 pct in the year ended January."
		}), CheckNone, math.NaN(), "", 0, []string{`speaks of "january"`}},
		{"a 12-month rate", with(claim("67.4 pct", 67.4, UnitPercent, "Greece", IndInflation, "inflation", "1986"), func(c *Claim) {
			c.Sentence = "Inflation for the 12-month period ending march 1986 was 67.4 pct."
		}), CheckNone, math.NaN(), "", 0, []string{`speaks of "12-month"`}},
		{"part of the debt", with(claim("$13.17bn", 13.17e9, UnitMoney, "Ecuador", IndExternalDebt, "foreign debt", "1986"), func(c *Claim) { c.Sentence = "Debt stood at $14.46bn, $13.17bn of which is long-term." }),
			CheckNone, math.NaN(), "", 0, nil},
		{"a share of GDP that is a deficit", with(claim("3.2 pct", 3.2, UnitPercent, "United States", IndBudgetBalance, "share of gdp", "1987"), func(c *Claim) { c.Sentence = "The budget deficit was 3.2 pct of GDP." }),
			CheckAgrees, 3.1, "gc.nld.totl.gd.zs", 1987, []string{"budget deficit in % of GDP"}},
		{"gnp growth with a note", claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "gnp growth", "2024"),
			CheckAgrees, 7.04, "ny.gdp.mktp.kd.zg", 2024, []string{"GNP growth is compared with GDP growth"}},
		{"whole-year span", claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2024-01/2024-12"),
			CheckAgrees, 7.04, "ny.gdp.mktp.kd.zg", 2024, nil},
		{"bloc rate from the aggregate", claim("2.2 pct", 2.2, UnitPercent, "EU", IndGDP, "gdp growth", "2024"),
			CheckDiffers, 1.0, "ny.gdp.mktp.kd.zg", 2024, []string{"the European Union (the World Bank's aggregate)"}},
		{"aggregate of today's members at best close", claim("2.2 pct", 2.2, UnitPercent, "European Union", IndGDP, "gdp growth", "2010"),
			CheckClose, 2.2, "ny.gdp.mktp.kd.zg", 2010, []string{"aggregate has today's members, not those of 2010"}},

		// Blocs and shares of the world.
		{"APEC share: close, Taiwan missing", claim("around 62 percent", 62, UnitPercent, "APEC", IndShareOfWorldGDP, "share of world gdp", "2024"),
			CheckClose, 60.276, "ny.gdp.mktp.cd", 2024, []string{"60.3% for the 20 of 21 members of APEC it has figures for", "no figure for Taiwan", "1.0% of world GDP, the most that can be missing", "agree only loosely"}},
		{"APEC share: differs", claim("70 percent", 70, UnitPercent, "Asia-Pacific Economic Cooperation", IndShareOfWorldGDP, "share of world gdp", "2024"),
			CheckDiffers, 60.276, "ny.gdp.mktp.cd", 2024, []string{"no figure for Taiwan"}},
		{"EC of 1987 summed by membership", claim("about 27 percent", 27, UnitPercent, "EEC", IndShareOfWorldGDP, "share of world gdp", "1987"),
			CheckClose, (11*0.3 + 1.3) / 17 * 100, "ny.gdp.mktp.cd", 1987, []string{"the 12 members of the European Union combined", "unified Germany"}},
		{"bloc rate without aggregate", claim("5 percent", 5, UnitPercent, "APEC", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no GDP growth for APEC"}},

		// Balances and conversions.
		{"deficit agrees", claim("$170 billion", 170e9, UnitMoney, "United States", IndTradeBalance, "trade deficit", "1987"),
			CheckAgrees, 170e9, "tx.val.mrch.cd.wt", 1987, []string{"a deficit of US$170.0 billion", "exports less imports"}},
		{"surplus where there was a deficit", claim("$170 billion", 170e9, UnitMoney, "United States", IndTradeBalance, "trade surplus", "1987"),
			CheckDiffers, -170e9, "tx.val.mrch.cd.wt", 1987, []string{"a deficit of US$170.0 billion"}},
		{"balance allowance is 5% of it", claim("$163 billion", 163e9, UnitMoney, "United States", IndTradeBalance, "trade deficit", "1987"),
			CheckAgrees, 170e9, "tx.val.mrch.cd.wt", 1987, []string{"US$8.50 billion (5%) allowed"}},
		{"a small balance: at least 0.3% of trade", claim("$2.5 billion", 2.5e9, UnitMoney, "South Korea", IndTradeBalance, "trade surplus", "1987"),
			CheckAgrees, 2e9, "tx.val.mrch.cd.wt", 1987, []string{"a surplus of US$2.00 billion", "within the US$594.0 million (30%) allowed"}},
		{"exports: goods and services when closer", claim("$1.15 trillion", 1.15e12, UnitMoney, "United States", IndExports, "exports", "2004"),
			CheckAgrees, 1.1583e12, "ne.exp.gnfs.zs", 2004, []string{"exports of goods and services; derived from their share of GDP times GDP; the claim does not say whether services are in"}},
		{"exports: merchandise when closer", claim("$818 billion", 818e9, UnitMoney, "United States", IndExports, "exports", "2004"),
			CheckAgrees, 815e9, "tx.val.mrch.cd.wt", 2004, []string{"merchandise exports"}},
		{"merchandise exports: goods only", claim("$1.15 trillion", 1.15e12, UnitMoney, "United States", IndExports, "merchandise exports", "2004"),
			CheckDiffers, 815e9, "tx.val.mrch.cd.wt", 2004, nil},
		{"exports of goods and services", claim("$818 billion", 818e9, UnitMoney, "United States", IndExports, "exports of goods and services", "2004"),
			CheckDiffers, 1.1583e12, "ne.exp.gnfs.zs", 2004, nil},
		{"trade balance in goods and services", claim("$2.5 billion", 2.5e9, UnitMoney, "United States", IndTradeBalance, "goods and services trade deficit", "2004"),
			CheckDiffers, (13.5 - 9.9) / 100 * 11.7e12, "ne.exp.gnfs.zs", 2004, []string{"trade deficit in goods and services"}},
		{"a US figure in pounds", with(claim("£484bn", 484e9, UnitMoney, "United States", IndTradeBalance, "trade deficit", "2004"), func(c *Claim) { c.Currency = "GBP" }),
			CheckNone, math.NaN(), "", 0, []string{"a conversion the article made"}},
		{"current account in % of GDP", with(claim("3.3%", 3.3, UnitPercent, "United States", IndCurrentAccount, "current account deficit", "1987"), func(c *Claim) { c.Sentence = "The deficit was 3.3% of GDP." }),
			CheckAgrees, 160.0 / 4900 * 100, "bn.cab.xoka.cd", 1987, nil},
		{"budget deficit in % of GDP", with(claim("3.2 pct", 3.2, UnitPercent, "U.S.", IndBudgetBalance, "budget deficit", "1987"), func(c *Claim) { c.Sentence = "The deficit was 3.2 pct of its GDP." }),
			CheckAgrees, 3.1, "gc.nld.totl.gd.zs", 1987, []string{"a deficit of 3.1% of GDP"}},
		{"yen converted", with(claim("600 trillion yen", 600e12, UnitMoney, "Japan", IndGDP, "gdp", "2024"), func(c *Claim) { c.Currency = "JPY" }),
			CheckAgrees, 600e12, "ny.gdp.mktp.cd", 2024, []string{"JPY 600.0 trillion", "150.0 JPY per US$"}},
		{"francs through France's rate", with(claim("1.8 trillion francs", 1.8e12, UnitMoney, "France", IndGDP, "gdp", "1987"), func(c *Claim) { c.Currency = "FRF" }),
			CheckAgrees, 1.8e12, "ny.gdp.mktp.cd", 1987, []string{"6.000 FRF per US$"}},
		{"marks: Germany before 1991 is at best close", with(claim("2.34 trillion marks", 2.34e12, UnitMoney, "Germany", IndGDP, "gdp", "1987"), func(c *Claim) { c.Currency = "DEM" }),
			CheckClose, 2.34e12, "ny.gdp.mktp.cd", 1987, []string{"1.800 DEM per US$", "unified Germany", "agree only loosely"}},
		{"marks after the euro", with(claim("2 trillion marks", 2e12, UnitMoney, "Germany", IndGDP, "gdp", "2005"), func(c *Claim) { c.Currency = "DEM" }),
			CheckNone, math.NaN(), "ny.gdp.mktp.cd", 2005, []string{"the euro had replaced it"}},
		{"old pesos", with(claim("200 billion pesos", 200e9, UnitMoney, "Mexico", IndGDP, "gdp", "1987"), func(c *Claim) { c.Currency = "MXN" }),
			CheckNone, math.NaN(), "ny.gdp.mktp.cd", 1987, []string{"before the 1993 redenomination"}},
		{"population", claim("1.4 billion", 1.4e9, UnitCount, "China", IndPopulation, "population", "2024"),
			CheckAgrees, 1.408e9, "sp.pop.totl", 2024, nil},

		// No reference.
		{"forecast", with(claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2024"), func(c *Claim) { c.Outlook = Forecast }),
			CheckNone, math.NaN(), "", 0, []string{"a forecast"}},
		{"target", with(claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2024"), func(c *Claim) { c.Outlook = Target }),
			CheckNone, math.NaN(), "", 0, []string{"a target"}},
		{"partner", with(claim("$10 billion", 10e9, UnitMoney, "Vietnam", IndExports, "exports", "2024"), func(c *Claim) { c.Counterpart = "United States" }),
			CheckNone, math.NaN(), "", 0, []string{"a figure with a partner (United States)"}},
		{"quarter", claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2024-Q4"),
			CheckNone, math.NaN(), "", 0, []string{"a quarter (2024-Q4)"}},
		{"month", claim("7%", 7, UnitPercent, "Vietnam", IndInflation, "inflation", "2024-11"),
			CheckNone, math.NaN(), "", 0, []string{"a month (2024-11)"}},
		{"part of a year", claim("$3bn", 3e9, UnitMoney, "Vietnam", IndExports, "exports", "2024-01/2024-11"),
			CheckNone, math.NaN(), "", 0, []string{"part of a year"}},
		{"fiscal year", claim("3%", 3, UnitPercent, "India", IndGDP, "gdp growth", "FY1986/87"),
			CheckNone, math.NaN(), "", 0, []string{"a fiscal year"}},
		{"span of years", claim("3%", 3, UnitPercent, "India", IndGDP, "gdp growth", "2018/2022"),
			CheckNone, math.NaN(), "", 0, []string{"a span of years"}},
		{"no period", claim("3%", 3, UnitPercent, "Vietnam", IndGDP, "gdp growth", ""),
			CheckNone, math.NaN(), "", 0, []string{"no period"}},
		{"no subject", claim("3%", 3, UnitPercent, "", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no subject"}},
		{"company", claim("$3bn", 3e9, UnitMoney, "Acme Corp", IndCompanyResults, "sales", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for company results"}},
		{"a name with a growth figure", claim("3%", 3, UnitPercent, "Acme Corp", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"not an economy"}},
		{"organisation", claim("3%", 3, UnitPercent, "IMF", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"IMF is an organisation"}},
		{"region", claim("3%", 3, UnitPercent, "Latin America", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no aggregate for Latin America"}},
		{"Taiwan", claim("3%", 3, UnitPercent, "Taiwan", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no figures for Taiwan"}},
		{"no indicator", claim("3%", 3, UnitPercent, "Vietnam", "", "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no indicator"}},
		{"tariffs", claim("17%", 17, UnitPercent, "APEC", IndTariffs, "average tariff", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for tariffs"}},
		{"oil exports", claim("$3bn", 3e9, UnitMoney, "Nigeria", IndExports, "oil exports", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for oil exports"}},
		{"percentage points", claim("0.5 point", 0.5, UnitPercentagePoint, "Vietnam", IndGDP, "gdp growth", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"percentage points"}},
		{"per barrel", with(claim("$80", 80, UnitMoney, "Vietnam", IndCommodityPrice, "oil price", "2024"), func(c *Claim) { c.UnitName = "barrel" }),
			CheckNone, math.NaN(), "", 0, []string{"per barrel"}},
		{"policy rate", claim("4.5%", 4.5, UnitPercent, "Vietnam", IndInterestRate, "policy rate", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"lending and real interest rates only"}},
		{"change in exports", with(claim("5%", 5, UnitPercent, "Vietnam", IndExports, "exports", "2024"), func(c *Claim) { c.Change = Up }),
			CheckNone, math.NaN(), "", 0, []string{"may be in local currency or volume"}},
		{"no data that year", claim("7%", 7, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2030"),
			CheckNone, math.NaN(), "ny.gdp.mktp.kd.zg", 2030, []string{"no GDP growth figure for Vietnam in 2030"}},
		{"portfolio, not direct, investment", claim("$3bn", 3e9, UnitMoney, "Vietnam", IndFDI, "foreign investment", "2024"),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for fdi"}},
		{"debt service", with(claim("$996 mln", 996e6, UnitMoney, "Ecuador", IndExternalDebt, "foreign debt", "1986"), func(c *Claim) { c.Sentence = "Total service on the foreign debt was $996 mln." }),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for foreign debt"}},
		{"budget deficit in money", claim("$150bn", 150e9, UnitMoney, "United States", IndBudgetBalance, "budget deficit", "1987"),
			CheckNone, math.NaN(), "", 0, []string{"only in % of GDP"}},
		{"a percent of the deficit", claim("3%", 3, UnitPercent, "United States", IndBudgetBalance, "budget deficit", "1987"),
			CheckNone, math.NaN(), "", 0, []string{"no World Bank series for budget deficit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := k.Check(&tt.c)
			if got.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s (%s)", got.Verdict, tt.verdict, got.Reason)
			}
			switch {
			case math.IsNaN(tt.ref) && got.Reference != nil:
				t.Errorf("reference %v, want none", *got.Reference)
			case !math.IsNaN(tt.ref) && got.Reference == nil:
				t.Errorf("no reference, want %v", tt.ref)
			case !math.IsNaN(tt.ref) && math.Abs(*got.Reference-tt.ref) > 1e-9*math.Max(1, math.Abs(tt.ref)):
				t.Errorf("reference %v, want %v", *got.Reference, tt.ref)
			}
			if got.Series != tt.series || got.Year != tt.year {
				t.Errorf("series %q %d, want %q %d", got.Series, got.Year, tt.series, tt.year)
			}
			if (got.Reference != nil) != (got.Source == WDISource) {
				t.Errorf("source %q with reference %v", got.Source, got.Reference)
			}
			for _, s := range tt.reason {
				if !strings.Contains(got.Reason, s) {
					t.Errorf("reason %q\nlacks %q", got.Reason, s)
				}
			}
		})
	}
}

// TestCheckYear pins the period grammar of claims.md §5 against annual
// figures.
func TestCheckYear(t *testing.T) {
	for _, tt := range []struct {
		period string
		year   int
		reason string
	}{
		{"2024", 2024, ""},
		{"2004-01/2004-12", 2004, ""},
		{"2004-Q1/2004-Q4", 2004, ""},
		{"2019-H1/2019-H2", 2019, ""},
		{"2004-01/2004-11", 0, "part of a year"},
		{"2018/2022", 0, "a span of years"},
		{"FY1986/87", 0, "a fiscal year"},
		{"FY1988", 0, "a fiscal year"},
		{"2004-Q4", 0, "a quarter"},
		{"2019-H1", 0, "a half-year"},
		{"1987-02", 0, "a month"},
		{"1987-03-20", 0, "a day"},
		{"1985/86", 0, "not a calendar year"},
		{"", 0, "no period"},
		{"87", 0, "not a calendar year"},
	} {
		y, reason := checkYear(tt.period)
		if y != tt.year || !strings.Contains(reason, tt.reason) || (tt.reason == "") != (reason == "") {
			t.Errorf("checkYear(%q) = %d, %q; want %d, %q", tt.period, y, reason, tt.year, tt.reason)
		}
	}
}

// TestCheckTolerance: the verdict moves from agrees to close to differs
// as the reference moves away from the stated interval by one and two
// allowances.
func TestCheckTolerance(t *testing.T) {
	c := claim("5.0%", 5, UnitPercent, "Vietnam", IndGDP, "gdp growth", "2024")
	// interval [4.95, 5.05]; allowance 0.5
	for _, tt := range []struct {
		ref  float64
		want CheckVerdict
	}{
		{5.0, CheckAgrees}, {5.54, CheckAgrees}, {4.46, CheckAgrees},
		{5.56, CheckClose}, {6.04, CheckClose}, {3.96, CheckClose},
		{6.06, CheckDiffers}, {3.94, CheckDiffers}, {-5, CheckDiffers},
	} {
		f := fakeRefs{}
		f.set("ny.gdp.mktp.kd.zg", "VNM", 2024, tt.ref)
		if got := NewChecker(f).Check(&c); got.Verdict != tt.want {
			t.Errorf("reference %v: %s, want %s (%s)", tt.ref, got.Verdict, tt.want, got.Reason)
		}
	}
}

// TestCheckerConcurrent runs checks from several goroutines (the
// unallocated-part cache is shared); go test -race finds misuse.
func TestCheckerConcurrent(t *testing.T) {
	k := NewChecker(testRefs())
	c := claim("around 62 percent", 62, UnitPercent, "APEC", IndShareOfWorldGDP, "share of world gdp", "2024")
	want := k.Check(&c)
	done := make(chan Check)
	for range 4 {
		go func() { cc := c; done <- k.Check(&cc) }()
	}
	for range 4 {
		if got := <-done; got.Reason != want.Reason {
			t.Errorf("got %q, want %q", got.Reason, want.Reason)
		}
	}
}

// FuzzCheck: any claim gets a verdict, a finite reference or none, and a
// reason, and never panics; seeded from TestCheck's kinds of claims.
func FuzzCheck(f *testing.F) {
	f.Add("9 percent", 9.0, 0.0, "percent", "Vietnam", "gdp", "economy", "2024", "up", "", "")
	f.Add("around 62 percent", 62.0, 0.0, "percent", "APEC", "share of world gdp", "share of world gdp", "2024", "", "", "")
	f.Add("$170 billion", 170e9, 0.0, "money", "United States", "trade balance", "trade deficit", "1987", "", "USD", "")
	f.Add("600 trillion yen", 600e12, 0.0, "money", "Japan", "gdp", "gdp", "2024", "", "JPY", "")
	f.Add("3.2 pct", 3.2, 0.0, "percent", "U.S.", "budget balance", "share of gdp", "1987", "", "", "of GDP")
	f.Add("3-4%", 3.0, 4.0, "percent", "EU", "gdp", "gdp growth", "2004-01/2004-12", "down", "", "")
	f.Add("x", math.Inf(1), math.NaN(), "count", "G20", "population", "people", "FY1986/87", "", "XXX", "")
	k := NewChecker(testRefs())
	f.Fuzz(func(t *testing.T, text string, value, max float64, unit, subject, ind, metric, period, change, currency, after string) {
		c := Claim{Text: text, Value: value, Unit: Unit(unit), Approx: Exact, Subject: subject, Indicator: Indicator(ind),
			Metric: metric, Period: period, Change: Change(change), Currency: currency, Sentence: text + " " + after}
		if max != 0 {
			c.Max = &max
		}
		ch := k.Check(&c)
		if !slices.Contains(CheckVerdicts, ch.Verdict) || ch.Reason == "" {
			t.Fatalf("check %+v", ch)
		}
		if (ch.Reference == nil) != (ch.Verdict == CheckNone) {
			t.Fatalf("verdict %s with reference %v", ch.Verdict, ch.Reference)
		}
		if ch.Reference != nil && (math.IsNaN(*ch.Reference) || math.IsInf(*ch.Reference, 0)) {
			t.Fatalf("reference %v", *ch.Reference)
		}
	})
}
