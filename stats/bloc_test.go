package stats

import (
	"slices"
	"strings"
	"testing"
)

// TestBlocMembers pins the membership of each bloc in years where it
// changed (counts, and the members that joined or left).
func TestBlocMembers(t *testing.T) {
	for _, tt := range []struct {
		bloc      string
		year      int
		n         int
		has, lack string // space-separated codes
	}{
		{"APEC", 1989, 12, "AUS USA", "CHN TWN"},
		{"APEC", 1991, 15, "CHN HKG TWN", "MEX"},
		{"APEC", 2024, 21, "TWN VNM PER RUS CHL", ""},
		{"Asia-Pacific Economic Cooperation", 2024, 21, "", ""},
		{"ASEAN", 1987, 6, "BRN", "VNM"},
		{"ASEAN", 2024, 10, "KHM MMR LAO", "TLS"},
		{"ASEAN", 2025, 11, "TLS", ""},
		{"EEC", 1960, 6, "DEU FRA", "GBR"},
		{"European Community", 1987, 12, "ESP PRT GRC GBR", "AUT"},
		{"EU", 1995, 15, "AUT FIN SWE", "POL"},
		{"European Union", 2019, 28, "GBR HRV", ""},
		{"European Union", 2020, 27, "", "GBR"},
		{"euro zone", 2024, 20, "HRV", "POL"},
		{"euro area", 1999, 11, "DEU", "GRC"},
		{"G7", 1987, 7, "CAN JPN", ""},
		{"G20", 2020, 43, "ARG SAU FRA POL GBR", "NGA"},
		{"G20", 2010, 42, "GBR POL", "HRV"},
		{"G20", 2024, 97, "NGA EGY ESH", ""},
		{"Mercosur", 2015, 5, "VEN", "BOL"},
		{"Mercosur", 2020, 4, "", "VEN"},
		{"Mercosur", 2024, 5, "BOL", "VEN"},
		{"OPEC", 1987, 13, "ECU GAB IDN QAT", "AGO"},
		{"OPEC", 2016, 14, "IDN GAB AGO", ""},
		{"OPEC", 2019, 14, "ECU GNQ COG", "QAT IDN"},
		{"OPEC", 2024, 12, "GAB", "AGO ECU QAT"},
		{"BRICS", 2010, 4, "BRA", "ZAF"},
		{"BRICS", 2024, 9, "ZAF EGY ETH IRN ARE", "IDN"},
		{"BRICS", 2025, 10, "IDN", "SAU"},
		{"OECD", 1987, 24, "JPN AUS NZL ITA", "MEX KOR"},
		{"OECD", 2024, 38, "CRI COL LTU", ""},
		{"Gulf Cooperation Council", 2024, 6, "SAU OMN", ""},
	} {
		b, ok := BlocByName(tt.bloc)
		if !ok {
			t.Errorf("%s: no bloc", tt.bloc)
			continue
		}
		got := b.MembersIn(tt.year)
		if len(got) != tt.n {
			t.Errorf("%s %d: %d members %v, want %d", tt.bloc, tt.year, len(got), got, tt.n)
		}
		for _, c := range strings.Fields(tt.has) {
			if !slices.Contains(got, c) {
				t.Errorf("%s %d: lacks %s", tt.bloc, tt.year, c)
			}
		}
		for _, c := range strings.Fields(tt.lack) {
			if slices.Contains(got, c) {
				t.Errorf("%s %d: has %s", tt.bloc, tt.year, c)
			}
		}
	}
}

// TestBlocCodes: every member is a country of the gazetteer, so that
// checks can name a member without data.
func TestBlocCodes(t *testing.T) {
	for _, bt := range blocTable {
		b, ok := BlocByName(bt.name)
		if !ok {
			t.Errorf("bloc %s is not in the gazetteer", bt.name)
			continue
		}
		for _, m := range b.Members {
			if countryByAlpha3(m.Code) == nil {
				t.Errorf("%s: member %s is not a gazetteer country", b.Name, m.Code)
			}
		}
		if b.Aggregate != "" && !IsRefAggregate(b.Aggregate) {
			t.Errorf("%s: aggregate %s is not a World Bank aggregate code", b.Name, b.Aggregate)
		}
		// The aggregate's membership is today's, from AggregateFrom on.
		if b.Aggregate != "" && !slices.Equal(b.MembersIn(b.AggregateFrom), b.MembersIn(2025)) {
			t.Errorf("%s: members in %d differ from today's", b.Name, b.AggregateFrom)
		}
	}
	for name := range refAggregates {
		if _, ok := EntityByName(name); !ok && name != "World" {
			t.Errorf("aggregate subject %q is not in the gazetteer", name)
		}
	}
}

func TestParseMemberLine(t *testing.T) {
	for _, tt := range []struct {
		line     string
		from, to int
		n        int
		ok       bool
	}{
		{"1989: AUS BRN", 1989, 0, 2, true},
		{"1973-2019: GBR", 1973, 2019, 1, true},
		{"2019-1973: GBR", 0, 0, 0, false},
		{"1989 AUS", 0, 0, 0, false},
		{"1989: aus", 0, 0, 0, false},
		{"1989: AUST", 0, 0, 0, false},
		{"1989:", 0, 0, 0, false},
	} {
		from, to, codes, ok := parseMemberLine(tt.line)
		if ok != tt.ok || ok && (from != tt.from || to != tt.to || len(codes) != tt.n) {
			t.Errorf("parseMemberLine(%q) = %d, %d, %v, %v", tt.line, from, to, codes, ok)
		}
	}
}
