package stats

// USDRate returns the official exchange rate at which figures in currency
// for year are converted to US dollars: units of currency per dollar, the
// year's average (World Bank series pa.nus.fcrf), with the code of the
// economy whose rate it is, or why there is none. subject, a name, picks
// the economy when several use the currency (its own, when it does).
// Dollars convert at 1.
func (k *Checker) USDRate(currency string, year int, subject string) (rate float64, economy, reason string) {
	code := ""
	if e, ok := EntityByName(subject); ok {
		code = e.Alpha3
	}
	return k.fxRate(currency, year, code)
}

// USDRateSeries is the World Bank series of the official exchange rates
// USDRate uses.
const USDRateSeries = "pa.nus.fcrf"
