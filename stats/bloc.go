package stats

import (
	"strconv"
	"strings"
	"sync"
)

// Blocs and the World Bank's aggregates, for checking claims about groups
// of economies against the reference data (issue 15).
//
// A bloc's figure is built from its members' in the year of the figure:
// levels (GDP, trade, population) are the sum of the members' values, a
// "share of world ..." is that sum over the World aggregate's; rates
// (growth, inflation) exist only where the World Bank aggregates the bloc
// itself. A member without data (Taiwan) is named in the check's reason
// with the size of what may be missing, and the verdict is then at best
// "close".

// Bloc is a group of economies with its membership over the years.
type Bloc struct {
	Name string // canonical gazetteer name ("APEC", "European Union")
	// Aggregate is the World Bank aggregate code for the bloc ("EUU"),
	// or "" when the World Bank has none. The World Bank computes its
	// aggregates for today's members over every year: AggregateFrom is
	// the first year whose membership equals today's, from which the
	// aggregate is used as it is.
	Aggregate     string
	AggregateFrom int
	// Members is every economy that has been a member, with its years.
	Members []Membership
}

// Membership is one economy's membership of a bloc.
type Membership struct {
	Code     string // ISO 3166-1 alpha-3 code, as the World Bank uses it
	From, To int    // years of membership, inclusive; To 0 while a member
}

// In reports whether the membership covers year.
func (m Membership) In(year int) bool {
	return year >= m.From && (m.To == 0 || year <= m.To)
}

// blocTable is the membership of each bloc: one line per group of
// economies that joined (and left) in the same years, "FROM[-TO]: CODES".
// A year is the first calendar year of membership (Poland joined the EU
// on 1 May 2004: 2004); a year of leaving is the last whole or partial
// year as a member only when the member left after mid-year (the United
// Kingdom left the EU on 31 January 2020: to 2019).
var blocTable = []struct {
	name          string
	aggregate     string
	aggregateFrom int
	members       []string
	// through: the members of another bloc, from a year on
	through []blocThrough
}{
	{name: "APEC", members: []string{
		"1989: AUS BRN CAN IDN JPN KOR MYS NZL PHL SGP THA USA",
		"1991: CHN HKG TWN",
		"1993: MEX PNG",
		"1994: CHL",
		"1998: PER RUS VNM",
	}},
	{name: "ASEAN", members: []string{
		"1967: IDN MYS PHL SGP THA",
		"1984: BRN",
		"1995: VNM",
		"1997: LAO MMR",
		"1999: KHM",
		"2025: TLS",
	}},
	// The European Economic Community, the European Communities and the
	// European Union: one membership. Germany is the Federal Republic
	// (the World Bank's DEU, unified Germany's figures: see refCaveats).
	{name: "European Union", aggregate: "EUU", aggregateFrom: 2020, members: []string{
		"1958: BEL DEU FRA ITA LUX NLD",
		"1973: DNK IRL",
		"1973-2019: GBR",
		"1981: GRC",
		"1986: ESP PRT",
		"1995: AUT FIN SWE",
		"2004: CYP CZE EST HUN LVA LTU MLT POL SVK SVN",
		"2007: BGR ROU",
		"2013: HRV",
	}},
	{name: "eurozone", aggregate: "EMU", aggregateFrom: 2023, members: []string{
		"1999: AUT BEL DEU ESP FIN FRA IRL ITA LUX NLD PRT",
		"2001: GRC",
		"2007: SVN",
		"2008: CYP MLT",
		"2009: SVK",
		"2011: EST",
		"2014: LVA",
		"2015: LTU",
		"2023: HRV",
	}},
	{name: "G7", members: []string{
		"1976: CAN DEU FRA GBR ITA JPN USA",
	}},
	// The G20's members are 19 countries, the European Union (its
	// members are counted once) and, from 2023, the African Union.
	{name: "G20", members: []string{
		"1999: ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF",
	}, through: []blocThrough{{"European Union", 1999}, {"African Union", 2023}}},
	{name: "African Union", members: []string{
		"2002: DZA AGO BEN BWA BFA BDI CMR CPV CAF TCD COM COD COG CIV DJI EGY GNQ ERI ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SDN SWZ TZA TGO TUN UGA ZMB ZWE ESH",
		"2011: SSD",
		"2017: MAR",
	}},
	{name: "Mercosur", members: []string{
		"1991: ARG BRA PRY URY",
		"2012-2016: VEN",
		"2024: BOL",
	}},
	{name: "OPEC", members: []string{
		"1960: IRN IRQ KWT SAU VEN",
		"1961-2018: QAT",
		"1962-2008: IDN",
		"2016-2016: IDN",
		"1962: LBY",
		"1967: ARE",
		"1969: DZA",
		"1971: NGA",
		"1973-1992: ECU",
		"2007-2019: ECU",
		"1975-1994: GAB",
		"2016: GAB",
		"2007-2023: AGO",
		"2017: GNQ",
		"2018: COG",
	}},
	{name: "BRICS", members: []string{
		"2009: BRA CHN IND RUS",
		"2011: ZAF",
		"2024: ARE EGY ETH IRN",
		"2025: IDN",
	}},
	{name: "OECD", aggregate: "OED", aggregateFrom: 2021, members: []string{
		"1961: AUT BEL CAN CHE DEU DNK ESP FRA GBR GRC IRL ISL LUX NLD NOR PRT SWE TUR USA",
		"1962: ITA",
		"1964: JPN",
		"1969: FIN",
		"1971: AUS",
		"1973: NZL",
		"1994: MEX",
		"1995: CZE",
		"1996: HUN KOR POL",
		"2000: SVK",
		"2010: CHL EST ISR SVN",
		"2016: LVA",
		"2018: LTU",
		"2020: COL",
		"2021: CRI",
	}},
	{name: "NAFTA", members: []string{"1994: CAN MEX USA"}},
	{name: "USMCA", members: []string{"2020: CAN MEX USA"}},
	{name: "Gulf Cooperation Council", members: []string{"1981: ARE BHR KWT OMN QAT SAU"}},
}

// blocThrough makes the members of another bloc members from a year on.
type blocThrough struct {
	bloc string
	from int
}

// blocAliases are gazetteer entities that are one of the blocs above.
var blocAliases = map[string]string{
	"EEC": "European Union",
}

// refAggregates are the World Bank's own aggregates a subject may name
// directly, by the gazetteer's canonical name.
var refAggregates = map[string]string{
	"World":              "WLD",
	"Sub-Saharan Africa": "SSF",
	"South Asia":         "SAS",
	"Arab League":        "ARB", // the World Bank's Arab World: the League's 22 members
}

// wbAggregateCodes are the codes of the World Bank's aggregates (regions,
// income groups, lending groups, the World): every code of the data that
// is not an economy.
var wbAggregateCodes = strings.Fields(`AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC
	HPC IBD IBT IDA IDB IDX INX LAC LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS
	PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD`)

// IsRefAggregate reports whether code is a World Bank aggregate rather
// than an economy.
func IsRefAggregate(code string) bool {
	for _, a := range wbAggregateCodes {
		if a == code {
			return true
		}
	}
	return false
}

var (
	blocsOnce sync.Once
	blocs     map[string]*Bloc
)

// BlocByName returns the bloc a subject names ("APEC", "EEC", "EU"), by
// its canonical name or any alias the gazetteer knows.
func BlocByName(name string) (*Bloc, bool) {
	blocsOnce.Do(loadBlocs)
	name = CanonicalSubject(name)
	if a, ok := blocAliases[name]; ok {
		name = a
	}
	b, ok := blocs[name]
	return b, ok
}

// loadBlocs parses blocTable. A malformed line is a programming error,
// caught by the tests.
func loadBlocs() {
	blocs = map[string]*Bloc{}
	for _, t := range blocTable {
		b := &Bloc{Name: t.name, Aggregate: t.aggregate, AggregateFrom: t.aggregateFrom}
		for _, line := range t.members {
			from, to, codes, ok := parseMemberLine(line)
			if !ok {
				panic("stats: bad bloc line " + strconv.Quote(line))
			}
			for _, c := range codes {
				b.Members = append(b.Members, Membership{Code: c, From: from, To: to})
			}
		}
		blocs[t.name] = b
	}
	// Members through another bloc: its memberships, from the year on.
	for _, t := range blocTable {
		b := blocs[t.name]
		for _, th := range t.through {
			o := blocs[th.bloc]
			if o == nil {
				panic("stats: bloc " + t.name + " names unknown bloc " + th.bloc)
			}
			for _, m := range o.Members {
				m.From = max(m.From, th.from)
				if m.To == 0 || m.From <= m.To {
					b.Members = append(b.Members, m)
				}
			}
		}
	}
}

// parseMemberLine reads "FROM[-TO]: CODE...".
func parseMemberLine(line string) (from, to int, codes []string, ok bool) {
	years, rest, found := strings.Cut(line, ":")
	if !found {
		return 0, 0, nil, false
	}
	fs, ts, ranged := strings.Cut(strings.TrimSpace(years), "-")
	var err error
	if from, err = strconv.Atoi(fs); err != nil {
		return 0, 0, nil, false
	}
	if ranged {
		if to, err = strconv.Atoi(ts); err != nil || to < from {
			return 0, 0, nil, false
		}
	}
	codes = strings.Fields(rest)
	for _, c := range codes {
		if len(c) != 3 || strings.ToUpper(c) != c {
			return 0, 0, nil, false
		}
	}
	return from, to, codes, len(codes) > 0
}

// MembersIn returns the codes of the bloc's members in year, each once,
// in the order of the table.
func (b *Bloc) MembersIn(year int) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range b.Members {
		if m.In(year) && !seen[m.Code] {
			seen[m.Code] = true
			out = append(out, m.Code)
		}
	}
	return out
}

// UsesAggregate reports whether the World Bank's aggregate stands for the
// bloc in year: it has one and its membership is today's.
func (b *Bloc) UsesAggregate(year int) bool {
	return b.Aggregate != "" && year >= b.AggregateFrom
}

// refCaveat is a known difference between an economy's World Bank figures
// and what articles of some years mean by it.
type refCaveat struct {
	code  string
	until int // the last year it applies to
	note  string
}

// refCaveats: Germany's World Bank series cover unified Germany in every
// year, while until 1990 the blocs had West Germany as a member.
var refCaveats = []refCaveat{
	{"DEU", 1990, "the World Bank's Germany is unified Germany also before 1991, when the member was West Germany"},
}

// caveatFor returns the caveat for code in year, or "".
func caveatFor(code string, year int) string {
	for _, c := range refCaveats {
		if c.code == code && year <= c.until {
			return c.note
		}
	}
	return ""
}

var (
	countriesOnce sync.Once
	countries     map[string]*Entity   // by ISO alpha-3
	byCurrency    map[string][]*Entity // countries by currency
)

func loadCountries() {
	countries = map[string]*Entity{}
	byCurrency = map[string][]*Entity{}
	for _, e := range Entities() {
		if e.Kind != KindCountry || e.Alpha3 == "" {
			continue
		}
		countries[e.Alpha3] = e
		if e.Currency != "" {
			byCurrency[e.Currency] = append(byCurrency[e.Currency], e)
		}
	}
}

// countryByAlpha3 returns the gazetteer's country with this code, or nil.
func countryByAlpha3(code string) *Entity {
	countriesOnce.Do(loadCountries)
	return countries[code]
}

// countriesUsing returns the gazetteer's countries whose currency is cur.
func countriesUsing(cur string) []*Entity {
	countriesOnce.Do(loadCountries)
	return byCurrency[cur]
}
