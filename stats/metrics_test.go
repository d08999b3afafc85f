package stats

import (
	"errors"
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		// the examples
		{"of the world's GDP", "share of world gdp"},
		{"share of world gdp", "share of world gdp"},
		{"share of global gdp", "share of world gdp"},
		{"share of global output", "share of world gdp"},
		{"of global output", "share of world gdp"},
		{"share of the world’s economic output", "share of world gdp"},
		{"economic growth", "gdp growth"},
		{"the economy grew", "gdp growth"},
		{"member economies", "member economies"},
		{"members", "member economies"},
		{"trade surplus", "trade surplus"},
		{"exports", "exports"},
		// forms the extractor writes
		{"Merchandise Trade Deficit", "trade deficit"},
		{"u.s. trade deficit", "trade deficit"},
		{"us trade gap", "trade deficit"},
		{"u.s. trade shortfall", "trade deficit"},
		{"record trade deficit", "trade deficit"},
		{"cleared trade surplus", "trade surplus"},
		{"trade trade surplus", "trade surplus"},
		{"billion dlr deficit", "deficit"},
		{"mln stg shortfall", "shortfall"},
		{"billion yen surplus", "surplus"},
		{"dlr foreign debt", "foreign debt"},
		{"total foreign debt", "foreign debt"},
		{"first quarter exports", "exports"},
		{"fourth-quarter gdp", "gdp"},
		{"fob exports", "exports"},
		{"seasonally adjusted imports", "seasonally adjusted imports"}, // adjusted and unadjusted figures differ
		// the basis of a change is compare's (changeBasis), not the metric's
		{"year on year inflation", "inflation"},
		{"year-on-year inflation", "inflation"},
		{"share of total exports", "share of exports"},
		{"export growth", "exports growth"},
		{"growth in exports", "exports growth"},
		{"gnp growth", "gnp growth"},
		{"real gnp growth", "gnp growth"},
		{"national product growth", "gnp growth"},
		{"consumer prices", "inflation"},
		{"annual inflation rate", "inflation"},
		{"wholesale price index", "producer prices"},
		{"jobless rate", "unemployment rate"},
		{"non-farm payrolls", "payrolls"},
		{"prime lending rates", "prime rate"},
		{"base lending rates", "base rate"},
		{"official discount rate", "discount rate"},
		{"funds rate", "federal funds rate"},
		{"foreign exchange reserves", "foreign reserves"},
		{"M-1 money supply", "m1"},
		{"broad money growth", "m3 growth"},
		{"industrial output", "industrial production"},
		{"crude oil production", "oil output"},
		{"world oil prices", "oil price"},
		{"import duties", "tariffs"},
		{"share of gross national product", "share of gnp"},
		{"foreign direct investment", "fdi"},
		{"saw oil prices", "oil price"},
		// the partner of a bilateral figure
		{"trade surplus with the U.S.", "trade surplus with united states"},
		{"merchandise trade deficit with Japan", "trade deficit with japan"},
		{"exports to the EC", "exports to eec"},
		{"imports from south korea", "imports from south korea"},
		{"exports to asian buyers", "exports to asian buyers"},
		// modifiers that change what is measured are kept
		{"oil exports", "oil exports"},
		{"non-oil imports", "non-oil imports"},
		{"agricultural exports", "agricultural exports"},
		{"latin american economies", "latin american economies"},
		{"cumulative trade deficit", "cumulative trade deficit"},
		{"bilateral trade surplus", "bilateral trade surplus"},
		{"m3 growth rate", "m3 growth"},
		{"sales growth", "sales growth"},
		{"share of world e-commerce", "share of world e-commerce"},
		// unknown phrases are normalised
		{"  The  Biggest  Shipyard's ", "biggest shipyard"},
		{"People", "people"},
		{"largest trading partner", "largest trading partner"},
		{"mths", ""},
		{"", ""},
	}
	m := DefaultMetrics()
	for _, tt := range tests {
		if got := m.Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := (*Metrics)(nil).Canonical("trade gap"); got != "trade deficit" {
		t.Errorf("nil Metrics: %q", got)
	}
}

// TestDefaultMetrics checks the embedded vocabulary: every canonical metric
// and synonym maps to its canonical metric, and the file covers the
// figures trade news reports.
func TestDefaultMetrics(t *testing.T) {
	m := DefaultMetrics()
	for _, n := range m.Names() {
		if got := m.Canonical(n); got != n {
			t.Errorf("Canonical(%q) = %q, want itself", n, got)
		}
	}
	for _, line := range strings.Split(metricsTSV, "\n") {
		canon, syns, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for _, s := range strings.Split(syns, "|") {
			if got := m.Canonical(s); got != canon {
				t.Errorf("Canonical(%q) = %q, want %q", s, got, canon)
			}
		}
	}
	for _, n := range []string{"share of world gdp", "share of world trade", "share of world exports",
		"trade surplus", "trade deficit", "trade balance", "current account balance", "exports",
		"imports", "exports growth", "imports growth", "gdp", "gdp growth", "inflation",
		"unemployment rate", "interest rate", "policy rate", "discount rate", "m1", "m2", "m3",
		"money supply", "foreign reserves", "budget deficit", "government debt", "foreign debt",
		"tariffs", "member economies", "population", "fdi", "industrial production", "retail sales",
		"payrolls", "oil output", "oil price", "exchange rate"} {
		if !m.canon[n] {
			t.Errorf("the vocabulary has no %q", n)
		}
	}
	if len(m.Names()) < 100 {
		t.Errorf("only %d metrics", len(m.Names()))
	}
}

func TestLoadMetrics(t *testing.T) {
	file := "# my metrics\n\nsoybean exports\tsoy exports|soya exports\r\ngdp growth\tgrowth|growth rate\n"
	m, err := LoadMetrics(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"soya exports":      "soybean exports",
		"soybean exports":   "soybean exports",
		"growth":            "gdp growth", // a phrase the default does not map
		"growth rate":       "gdp growth",
		"trade gap":         "trade deficit", // the default still applies
		"u.s. soy exports":  "soybean exports",
		"textile exports":   "textile exports",
		"share of exports":  "share of exports",
		"members":           "member economies",
		"economy expanded":  "gdp growth",
		"agricultural debt": "agricultural debt",
	} {
		if got := m.Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
	if DefaultMetrics().Canonical("growth") != "growth" {
		t.Error("LoadMetrics changed the default vocabulary")
	}
	// a user file may give a default synonym another meaning
	m, err = LoadMetrics(strings.NewReader("visible trade balance\tvisible trade balance|merchandise balance\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Canonical("merchandise balance"); got != "visible trade balance" {
		t.Errorf("override: %q", got)
	}
}

func TestLoadMetricsErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string
	}{
		{"a\tb\tc\n", 1, "more than one tab"},
		{"# x\ngdp growth economic growth|growth\n", 2, "no tab"},
		{"x\ty\n\n\t|y\n", 3, "empty canonical"},
		{"x\ty||z\n", 1, "synonym 2 of \"x\" is empty"},
		{"x\ty\nz\ty\n", 2, `"y" is already a synonym of "x" (line 1)`},
		{"x\tfirst quarter x\n", 1, `ignore the word "first"`},
		{"billion exports\tx\n", 1, `ignore the word "billion"`},
	}
	for _, tt := range tests {
		_, err := LoadMetrics(strings.NewReader(tt.file))
		var me *MetricsError
		if !errors.As(err, &me) || me.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("LoadMetrics(%q) = %v, want line %d: %s", tt.file, err, tt.line, tt.msg)
			continue
		}
		if !strings.HasPrefix(err.Error(), "stats: metrics line ") {
			t.Errorf("error %q", err)
		}
	}
}

func TestCanonicalSubject(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.":                              "United States",
		" United States ":                   "United States",
		"Asia-Pacific Economic Cooperation": "APEC",
		"APEC":                              "APEC",
		"EC":                                "EEC",
		"Holland":                           "Netherlands",
		" Time Warner ":                     "Time Warner",
		"":                                  "",
	} {
		if got := CanonicalSubject(in); got != want {
			t.Errorf("CanonicalSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEntityAtPrecheck checks entityAt, which turns away at once a word no
// gazetteer phrase starts with, against the lookup without that check, on
// every entity name and alias written as metric phrases write them and on
// the words of real articles.
func TestEntityAtPrecheck(t *testing.T) {
	var phrases [][]string
	for key := range loadGazetteer().byName { // names and aliases
		phrases = append(phrases, strings.Fields(key+" exports"), strings.Fields("trade with "+key))
	}
	for _, e := range Entities() {
		phrases = append(phrases, strings.Fields(strings.ToLower(e.Alpha2+" "+e.Alpha3+" "+e.Name)+" gdp"))
	}
	for _, a := range benchArticles(&testing.B{}, 50) {
		phrases = append(phrases, strings.Fields(strings.ToLower(a.Text)))
	}
	found := 0
	for _, toks := range phrases {
		for i := range toks {
			e1, n1 := entityAt(toks, i)
			e2, n2 := entityAtWords(toks, i)
			if e1 != e2 || n1 != n2 {
				t.Fatalf("entityAt(%q, %d) = %v, %d; without the check %v, %d", toks, i, e1, n1, e2, n2)
			}
			if e1 != nil {
				found++
			}
		}
	}
	if found < 200 {
		t.Errorf("only %d entities found", found)
	}
}
