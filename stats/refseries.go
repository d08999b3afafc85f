package stats

// The World Bank series that claims are checked against (issue 15): the
// World Development Indicators that ../shared/data/wdi mirrors, by code,
// with how a figure of each is held against a claim.

// WDISource is the attribution line shown wherever reference values from
// the World Bank's data are shown.
const WDISource = "World Bank, World Development Indicators (CC BY 4.0)"

// refKind says how a series' values behave.
type refKind uint8

const (
	// kindLevel: an amount that adds up across economies (GDP in US$,
	// exports, population). A bloc's figure is the sum of its members'.
	kindLevel refKind = iota + 1
	// kindBalance: an amount that may be negative and adds up (current
	// account, trade balance).
	kindBalance
	// kindRate: a rate or ratio (growth, inflation, % of GDP, a price).
	// A bloc has one only where the World Bank aggregates it.
	kindRate
)

// tolerance is the allowance for revisions and definitions around a
// stated figure: max(Abs, Rel × |reference|), widened to Floor × the
// floor series' value where one is given (balances: a share of the flows
// they are the difference of). See Check for how it decides a verdict.
type tolerance struct {
	Abs, Rel float64
	// Floor, when set, is a formula whose value times FloorFrac is the
	// least allowance (in US$ before conversion).
	Floor     *formula
	FloorFrac float64
}

// Tolerances, documented in the README ("How verdicts are decided").
var (
	tolGrowth     = tolerance{Abs: 0.5}            // growth rates, inflation, unemployment, interest: 0.5 points
	tolPopGrowth  = tolerance{Abs: 0.2}            // population growth: 0.2 points
	tolInflation  = tolerance{Abs: 0.5, Rel: 0.05} // inflation: 5% of the rate, at least 0.5 points
	tolRatio      = tolerance{Abs: 0.5, Rel: 0.05} // % of GDP: 5% of the value, at least 0.5 points
	tolShare      = tolerance{Abs: 0.2, Rel: 0.02} // shares of a world total: 2% of the value, at least 0.2 points
	tolLevel      = tolerance{Rel: 0.05}           // amounts: 5%
	tolPeople     = tolerance{Rel: 0.02}           // population: 2%
	tolTradeBal   = tolerance{Rel: 0.05, Floor: &formula{Terms: []term{{"tx.val.mrch.cd.wt", 1, ""}, {"tm.val.mrch.cd.wt", 1, ""}}}, FloorFrac: 0.003}
	tolTradeBalGS = tolerance{Rel: 0.05, Floor: &formula{Terms: []term{{"ne.exp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}, {"ne.imp.gnfs.zs", 0.01, "ny.gdp.mktp.cd"}}}, FloorFrac: 0.003}
	tolCurrent    = tolerance{Rel: 0.05, Floor: &formula{Terms: []term{{"ny.gdp.mktp.cd", 1, ""}}}, FloorFrac: 0.002}
)

// refSeries describes one series of the reference data.
type refSeries struct {
	Code  string
	Title string // as the World Bank names it
	Kind  refKind
	Money bool // in current US$
}

// refSeriesList is every series the snapshot holds, in its README's order.
var refSeriesList = []refSeries{
	{"ny.gdp.mktp.cd", "GDP (current US$)", kindLevel, true},
	{"ny.gdp.mktp.kd.zg", "GDP growth (annual %)", kindRate, false},
	{"ny.gdp.pcap.cd", "GDP per capita (current US$)", kindRate, true},
	{"ny.gdp.pcap.kd.zg", "GDP per capita growth (annual %)", kindRate, false},
	{"ny.gnp.mktp.pp.cd", "GNI, PPP (current international $)", kindLevel, true},
	{"ny.gnp.atls.cd", "GNI, Atlas method (current US$)", kindLevel, true},
	{"ny.gdp.defl.kd.zg", "Inflation, GDP deflator (annual %)", kindRate, false},
	{"fp.cpi.totl.zg", "Inflation, consumer prices (annual %)", kindRate, false},
	{"sl.uem.totl.zs", "Unemployment, total (% of total labor force) (modeled ILO estimate)", kindRate, false},
	{"sp.pop.totl", "Population, total", kindLevel, false},
	{"sp.pop.grow", "Population growth (annual %)", kindRate, false},
	{"sp.urb.totl.in.zs", "Urban population (% of total population)", kindRate, false},
	{"tx.val.mrch.cd.wt", "Merchandise exports (current US$)", kindLevel, true},
	{"tm.val.mrch.cd.wt", "Merchandise imports (current US$)", kindLevel, true},
	{"ne.exp.gnfs.zs", "Exports of goods and services (% of GDP)", kindRate, false},
	{"ne.imp.gnfs.zs", "Imports of goods and services (% of GDP)", kindRate, false},
	{"tg.val.totl.gd.zs", "Merchandise trade (% of GDP)", kindRate, false},
	{"bn.cab.xoka.cd", "Current account balance (BoP, current US$)", kindBalance, true},
	{"bx.klt.dinv.cd.wd", "Foreign direct investment, net inflows (BoP, current US$)", kindBalance, true},
	{"bx.trf.pwkr.cd.dt", "Personal remittances, received (current US$)", kindLevel, true},
	{"fi.res.totl.cd", "Total reserves (includes gold, current US$)", kindLevel, true},
	{"dt.dod.dect.cd", "External debt stocks, total (DOD, current US$)", kindLevel, true},
	{"gc.dod.totl.gd.zs", "Central government debt, total (% of GDP)", kindRate, false},
	{"gc.nld.totl.gd.zs", "Net lending (+) / net borrowing (-) (% of GDP)", kindRate, false},
	{"gc.rev.xgrt.gd.zs", "Revenue, excluding grants (% of GDP)", kindRate, false},
	{"gc.xpn.totl.gd.zs", "Expense (% of GDP)", kindRate, false},
	{"gc.tax.totl.gd.zs", "Tax revenue (% of GDP)", kindRate, false},
	{"fr.inr.lend", "Lending interest rate (%)", kindRate, false},
	{"fr.inr.rinr", "Real interest rate (%)", kindRate, false},
	{"pa.nus.fcrf", "Official exchange rate (LCU per US$, period average)", kindRate, false},
	{"fm.lbl.bmny.zg", "Broad money growth (annual %)", kindRate, false},
	{"cm.mkt.lcap.cd", "Market capitalization of listed domestic companies (current US$)", kindLevel, true},
	{"ms.mil.xpnd.gd.zs", "Military expenditure (% of GDP)", kindRate, false},
	{"dt.oda.odat.cd", "Net official development assistance received (current US$)", kindBalance, true},
	{"ip.pat.resd", "Patent applications, residents", kindLevel, false},
	{"ip.pat.nres", "Patent applications, nonresidents", kindLevel, false},
}

// RefSeriesCodes lists the codes of the series a Checker reads, for the
// tools that build the reference data.
func RefSeriesCodes() []string {
	codes := make([]string, len(refSeriesList))
	for i, s := range refSeriesList {
		codes[i] = s.Code
	}
	return codes
}

// refSeriesByCode returns the series with this code.
func refSeriesByCode(code string) (refSeries, bool) {
	for _, s := range refSeriesList {
		if s.Code == code {
			return s, true
		}
	}
	return refSeries{}, false
}

// RefSeriesTitle returns the World Bank's title of a series ("GDP growth
// (annual %)"), or "" for a code the Checker does not use.
func RefSeriesTitle(code string) string {
	s, _ := refSeriesByCode(code)
	return s.Title
}
