package stats

import (
	"math"
	"strconv"
)

// Converting reference figures in US dollars to the currency a claim
// states them in, through the World Bank's official exchange rate for the
// year (pa.nus.fcrf: units of local currency per US dollar, the year's
// average).

// euroLegacy are the currencies the euro replaced, with the economy whose
// official rate the World Bank gives in them until then and the first
// year of the euro there.
var euroLegacy = map[string]struct {
	code string
	euro int
}{
	"ATS": {"AUT", 1999}, "BEF": {"BEL", 1999}, "DEM": {"DEU", 1999}, "ESP": {"ESP", 1999},
	"FIM": {"FIN", 1999}, "FRF": {"FRA", 1999}, "IEP": {"IRL", 1999}, "ITL": {"ITA", 1999},
	"LUF": {"LUX", 1999}, "NLG": {"NLD", 1999}, "PTE": {"PRT", 1999}, "GRD": {"GRC", 2001},
	"SIT": {"SVN", 2007}, "CYP": {"CYP", 2008}, "MTL": {"MLT", 2008}, "SKK": {"SVK", 2009},
	"EEK": {"EST", 2011}, "LVL": {"LVA", 2014}, "LTL": {"LTU", 2015}, "HRK": {"HRV", 2023},
}

// redenominated are currencies whose unit changed (a new peso worth 1,000
// old ones): the World Bank states every year in today's unit, so a
// figure from before the change, in the old unit, cannot be converted
// with its rate. The year is the first in today's unit.
var redenominated = map[string]int{
	"AFN": 2002, "ARS": 1992, "AZN": 2006, "BGN": 1999, "BOB": 1987, "BRL": 1994, "BYN": 2016,
	"CDF": 1998, "CLP": 1975, "GHS": 2007, "ILS": 1986, "MGA": 2005, "MRU": 2018, "MXN": 1993,
	"MZN": 2006, "NIO": 1991, "PEN": 1991, "PLN": 1995, "RON": 2005, "RSD": 2003, "RUB": 1998,
	"SDG": 2007, "STN": 2018, "TMT": 2009, "TRY": 2005, "UAH": 1996, "UYU": 1993, "VES": 2018,
	"VND": 1986, "ZMW": 2013,
}

// fxRate returns the units of cur per US dollar in year and the economy
// whose official rate it is, or why there is none. The economy is the
// claim's subject when cur is its currency, else the largest economy
// (by GDP that year) that uses cur; the euro's is the euro area's.
func (k *Checker) fxRate(cur string, year int, subject string) (rate float64, code, reason string) {
	const fx = "pa.nus.fcrf"
	if cur == "USD" {
		return 1, "", ""
	}
	if l, ok := euroLegacy[cur]; ok {
		if year >= l.euro {
			return 0, "", cur + " figures for " + strconv.Itoa(year) + ": the euro had replaced it"
		}
		if v, ok := k.refs.Value(fx, l.code, year); ok && v > 0 {
			return v, l.code, ""
		}
		return 0, "", "no official exchange rate for " + cur + " in " + strconv.Itoa(year)
	}
	if from, ok := redenominated[cur]; ok && year < from {
		return 0, "", cur + " figures for " + strconv.Itoa(year) + " are in the unit before the " + strconv.Itoa(from) +
			" redenomination; the World Bank states every year in today's unit"
	}
	if cur == "EUR" {
		if year < 1999 {
			return 0, "", "euro figures for " + strconv.Itoa(year) + ", before the euro"
		}
		for _, c := range []string{"EMU", "DEU"} {
			if v, ok := k.refs.Value(fx, c, year); ok && v > 0 {
				return v, c, ""
			}
		}
		return 0, "", "no official exchange rate for the euro in " + strconv.Itoa(year)
	}
	var best string
	bestGDP := math.Inf(-1)
	for _, e := range countriesUsing(cur) {
		if !k.codes[e.Alpha3] {
			continue
		}
		if v, ok := k.refs.Value(fx, e.Alpha3, year); !ok || v <= 0 {
			continue
		}
		if e.Alpha3 == subject {
			best = subject
			break
		}
		g, ok := k.refs.Value("ny.gdp.mktp.cd", e.Alpha3, year)
		if !ok {
			g = 0
		}
		if g > bestGDP {
			best, bestGDP = e.Alpha3, g
		}
	}
	if best == "" {
		return 0, "", "no official exchange rate for " + cur + " in " + strconv.Itoa(year)
	}
	v, _ := k.refs.Value(fx, best, year)
	return v, best, ""
}
