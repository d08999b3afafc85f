package stats

import "strings"

// "Output" with nothing to say what is produced is the output of whoever
// produces it (claims.md §5): an economy's output is its GDP ("total
// output across the euro zone is forecast to fall to 1.8%", "Output in
// the period grew just 0.1%"), a firm's is one of its results ("the group
// cut production by 3%"). Only a named product makes it commodity output
// ("oil output", "the harvest", "tonnes of copper").

// bareOutput reports whether metric phrase raw is output or production
// and nothing else ("output", "total output", "overall production").
func bareOutput(raw string) bool {
	for _, w := range strings.Fields(raw) {
		switch w {
		case "output", "production", "total", "overall", "aggregate":
		default:
			return false
		}
	}
	return strings.HasSuffix(raw, "output") || strings.HasSuffix(raw, "production")
}

// productWords name what is produced: a sentence with one of them speaks
// of commodity output.
var productWords = map[string]bool{
	"oil": true, "gas": true, "crude": true, "petroleum": true, "coal": true, "gold": true,
	"silver": true, "copper": true, "tin": true, "zinc": true, "nickel": true, "iron": true,
	"steel": true, "aluminium": true, "aluminum": true, "grain": true, "grains": true, "wheat": true,
	"corn": true, "maize": true, "rice": true, "soybeans": true, "soybean": true, "sugar": true,
	"coffee": true, "cocoa": true, "cotton": true, "rubber": true, "palm": true, "tea": true,
	"crop": true, "crops": true, "harvest": true, "farm": true, "agricultural": true,
	"barrels": true, "bpd": true, "tonnes": true, "tons": true, "ounces": true, "mining": true,
	"mine": true, "mines": true, "ore": true, "cattle": true, "meat": true, "milk": true,
	"timber": true, "electricity": true, "power": true, "cement": true, "opec": true,
}

// outputOf returns the indicator of a figure of bare output (bareOutput,
// metric phrase raw) with subject c.Subject in sentence s: industrial
// production in a sentence about industry, company results for a firm,
// gdp for an economy's total output, "" to keep what the rules found.
func (x *extractor) outputOf(c *Claim, raw string, q *quantity, s sentence) Indicator {
	if q.unit != UnitPercent && q.unit != UnitMoney && q.unit != UnitMultiple {
		return "" // "100,000 Minis", "10,000 vehicles": things made
	}
	if w := x.g.word(q.b); w == "owned" || w == "of" || w == "share" {
		return "" // "40 pct owned by Santos", "45 pct of production"
	}
	industry, economy := false, false
	for k := s.a; k < s.b; k++ {
		w := x.g.word(k)
		if productWords[w] {
			return ""
		}
		switch w {
		case "industry", "industries", "industrial", "manufacturing", "manufacturers", "factory", "factories", "plants":
			switch x.g.word(k + 1) {
			case "nations", "countries", "economies", "democracies", "world":
				// "output in the seven leading industrial nations"
			default:
				industry = true
			}
		case "economy", "economic", "gdp", "gnp", "recession", "growth":
			economy = true
		}
	}
	e := x.subjectEntity(c.Subject)
	switch {
	case e != nil && e.Kind == KindName:
		return IndCompanyResults // "the group cut production by 3%"
	case industry:
		return IndIndustrialOutput // "Manufacturing industry's production fell 1-1/2 pct"
	case !strings.HasSuffix(raw, "output"):
		return "" // "production dropped 1.6% in October": of what, the text does not say
	case raw != "output" || economy:
		if c.Subject == "World" || e != nil && (e.Kind == KindCountry || e.Kind == KindBloc || e.Kind == KindRegion) {
			return IndGDP // "total output across the euro zone", "in 2002, when output fell 11%"
		}
	}
	return ""
}
