package stats

// Indicator is the kind of statistic a claim states: one name from the
// closed list of claims.md §5 (what a national statistics office or the
// World Bank would file the figure under). Claim.Metric keeps the finer
// wording.
type Indicator string

// The indicators of claims.md §5.
const (
	IndGDP                Indicator = "gdp"
	IndGDPPerCapita       Indicator = "gdp per capita"
	IndShareOfWorldGDP    Indicator = "share of world gdp"
	IndExports            Indicator = "exports"
	IndImports            Indicator = "imports"
	IndTrade              Indicator = "trade"
	IndShareOfWorldTrade  Indicator = "share of world trade"
	IndTradeShare         Indicator = "trade share"
	IndTradeBalance       Indicator = "trade balance"
	IndCurrentAccount     Indicator = "current account"
	IndBalanceOfPayments  Indicator = "balance of payments"
	IndFDI                Indicator = "fdi"
	IndInvestment         Indicator = "investment"
	IndInflation          Indicator = "inflation"
	IndUnemployment       Indicator = "unemployment"
	IndEmployment         Indicator = "employment"
	IndWages              Indicator = "wages"
	IndInterestRate       Indicator = "interest rate"
	IndExchangeRate       Indicator = "exchange rate"
	IndReserves           Indicator = "reserves"
	IndMoneyCredit        Indicator = "money and credit"
	IndBudgetBalance      Indicator = "budget balance"
	IndGovernmentSpending Indicator = "government spending"
	IndGovernmentRevenue  Indicator = "government revenue"
	IndGovernmentDebt     Indicator = "government debt"
	IndExternalDebt       Indicator = "external debt"
	IndTariffs            Indicator = "tariffs"
	IndTradeAgreements    Indicator = "trade agreements"
	IndTradingPartnerRank Indicator = "trading partner rank"
	IndIndustrialOutput   Indicator = "industrial production"
	IndConsumption        Indicator = "consumption"
	IndCommodityOutput    Indicator = "commodity output"
	IndCommodityPrice     Indicator = "commodity price"
	IndPopulation         Indicator = "population"
	IndCompanyResults     Indicator = "company results"
	IndMembership         Indicator = "membership"
	IndAidLoans           Indicator = "aid and loans"
	IndRemittances        Indicator = "remittances"
	IndStockMarket        Indicator = "stock market"
	IndOther              Indicator = "other"
)

// Indicators lists every indicator in the order of claims.md §5.
var Indicators = []Indicator{
	IndGDP, IndGDPPerCapita, IndShareOfWorldGDP, IndExports, IndImports, IndTrade,
	IndShareOfWorldTrade, IndTradeShare, IndTradeBalance, IndCurrentAccount,
	IndBalanceOfPayments, IndFDI, IndInvestment, IndInflation, IndUnemployment,
	IndEmployment, IndWages, IndInterestRate, IndExchangeRate, IndReserves,
	IndMoneyCredit, IndBudgetBalance, IndGovernmentSpending, IndGovernmentRevenue,
	IndGovernmentDebt, IndExternalDebt, IndTariffs, IndTradeAgreements,
	IndTradingPartnerRank, IndIndustrialOutput, IndConsumption, IndCommodityOutput,
	IndCommodityPrice, IndPopulation, IndCompanyResults, IndMembership, IndAidLoans,
	IndRemittances, IndStockMarket, IndOther,
}

// Valid reports whether ind is one of Indicators.
func (ind Indicator) Valid() bool {
	for _, i := range Indicators {
		if i == ind {
			return true
		}
	}
	return false
}
