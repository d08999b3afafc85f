package stats

import (
	"fmt"
	"strings"
	"testing"
)

// gazTestWords splits a test phrase into word tokens; a "^" marks the word to
// start matching at (the first word if there is none).
func gazTestWords(s string) ([]string, int) {
	before, after, found := strings.Cut(s, "^")
	if !found {
		return gazSplit(s), 0
	}
	pre := gazSplit(before)
	return append(pre, gazSplit(after)...), len(pre)
}

// gazRenderMatch renders a match as "Name kind form words", or "-".
func gazRenderMatch(m EntityMatch, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%s %s %s %d", m.Entity.Name, m.Entity.Kind, m.Form, m.Words)
}

func TestMatchEntity(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United States", "United States country name 2"},
		{"U.S. exports", "United States country name 1"},
		{"US exports", "United States country name 1"},
		{"U.S.A.", "United States country name 1"},
		{"us", "-"},
		{"Us", "-"},
		{"America", "United States country name 1"},
		{"American exports", "United States country adjective 1"},
		{"Americans", "United States country adjective 1"},
		{"Washington said", "United States country capital 1"},
		{"White House", "United States country capital 2"},
		{"Britain", "United Kingdom country name 1"},
		{"Great Britain", "United Kingdom country name 2"},
		{"British", "United Kingdom country adjective 1"},
		{"UK", "United Kingdom country name 1"},
		{"U.K.", "United Kingdom country name 1"},
		{"Uk", "-"},
		{"Chinese", "China country adjective 1"},
		{"People's Republic of China", "China country name 5"},
		{"People’s Republic of China", "China country name 5"},
		{"PRC", "China country name 1"},
		{"mainland China", "China country name 2"},
		{"Sino-US trade", "China country adjective 1"},
		{"Beijing", "China country capital 1"},
		{"Peking", "China country capital 1"},
		{"CHINA TRADE SURPLUS", "China country name 1"},
		{"china plates", "-"},
		{"Chinese Taipei", "Taiwan country name 2"},
		{"South Korean exports", "South Korea country adjective 2"},
		{"South Korea", "South Korea country name 2"},
		{"Korea", "South Korea country name 1"},
		{"North Korea", "North Korea country name 2"},
		{"South", "-"},
		{"Hong Kong dollars", "Hong Kong country name 2"},
		{"Macau", "Macao country name 1"},
		{"Latin American economies", "Latin America region adjective 2"},
		{"Latin America", "Latin America region name 2"},
		{"Asia-Pacific region", "Asia-Pacific region name 3"},
		{"Asia Pacific", "Asia-Pacific region name 2"},
		{"Asia-Pacific Economic Cooperation", "APEC bloc name 4"},
		{"APEC", "APEC bloc name 1"},
		{"European Union", "European Union bloc name 2"},
		{"EU", "European Union bloc name 1"},
		{"Brussels", "European Union bloc capital 1"},
		{"European", "Europe region adjective 1"},
		{"European Community", "EEC bloc name 2"},
		{"EEC", "EEC bloc name 1"},
		{"EC ministers", "EEC bloc name 1"},
		{"Ec", "-"},
		{"Common Market", "EEC bloc name 2"},
		{"Western Europe", "Western Europe region name 2"},
		{"West German", "West Germany country adjective 2"},
		{"West Germany", "West Germany country name 2"},
		{"Bonn", "West Germany country capital 1"},
		{"Germany", "Germany country name 1"},
		{"Soviet Union", "Soviet Union country name 2"},
		{"USSR", "Soviet Union country name 1"},
		{"Soviet", "Soviet Union country adjective 1"},
		{"Russia", "Russia country name 1"},
		{"Fed", "Federal Reserve org name 1"},
		{"Federal Reserve", "Federal Reserve org name 2"},
		{"Federal Reserve Board", "Federal Reserve org name 3"},
		{"FOMC", "Federal Reserve org name 1"},
		{"Bank of Japan", "Bank of Japan org name 3"},
		{"BOJ", "Bank of Japan org name 1"},
		{"People's Bank of China", "People's Bank of China org name 5"},
		{"IMF", "IMF org name 1"},
		{"U.N.", "United Nations org name 1"},
		{"UN", "United Nations org name 1"},
		{"G20", "G20 bloc name 1"},
		{"G-20", "G20 bloc name 2"},
		{"Group of Seven", "G7 bloc name 3"},
		{"Peruvian", "Peru country adjective 1"},
		{"Thai", "Thailand country adjective 1"},
		{"Thais", "Thailand country adjective 1"},
		{"Turkey", "Turkey country name 1"},
		{"turkey", "-"},
		{"Chad", "Chad country name 1"},
		{"chad", "-"},
		{"Georgia", "Georgia country name 1"},
		{"Niger", "Niger country name 1"},
		{"Nigeria", "Nigeria country name 1"},
		{"Nigerian", "Nigeria country adjective 1"},
		{"Nigerien", "Niger country adjective 1"},
		{"Guinea-Bissau", "Guinea-Bissau country name 2"},
		{"Guinea", "Guinea country name 1"},
		{"Papua New Guinea", "Papua New Guinea country name 3"},
		{"Equatorial Guinea", "Equatorial Guinea country name 2"},
		{"Ivory Coast", "Ivory Coast country name 2"},
		{"Côte d'Ivoire", "Ivory Coast country name 3"},
		{"Cote d’Ivoire", "Ivory Coast country name 3"},
		{"Czechia", "Czech Republic country name 1"},
		{"Holland", "Netherlands country name 1"},
		{"Dutch", "Netherlands country adjective 1"},
		{"Swiss", "Switzerland country adjective 1"},
		{"Saudi", "Saudi Arabia country adjective 1"},
		{"Emirati", "United Arab Emirates country adjective 1"},
		{"Filipino", "Philippines country adjective 1"},
		{"Philippine", "Philippines country adjective 1"},
		{"Kremlin", "Russia country capital 1"},
		{"Mideast", "Middle East region name 1"},
		{"Middle Eastern", "Middle East region adjective 2"},
		{"Far East", "Far East region name 2"},
		{"Gulf", "Gulf region name 1"},
		{"the ^euro zone", "eurozone region name 2"},
		{"Euro zone", "eurozone region name 2"},
		{"the ^euro area", "eurozone region name 2"},
		{"sub-Saharan Africa", "Sub-Saharan Africa region name 3"},
		{"Sub-Saharan Africa", "Sub-Saharan Africa region name 3"},
		{"African", "Africa region adjective 1"},
		{"African Union", "African Union bloc name 2"},
		{"Asian", "Asia region adjective 1"},
		{"Asian Development Bank", "Asian Development Bank org name 3"},
		// stop phrases
		{"New Mexico", "-"},
		{"New ^Mexico", "-"},
		{"Mexico", "Mexico country name 1"},
		{"a new ^Mexico deal", "Mexico country name 1"},
		{"the Uruguay ^round", "-"},
		{"the ^Uruguay round", "-"},
		{"New ^Jersey", "-"},
		{"Uruguay Round", "-"},
		{"the ^Uruguay Round", "-"},
		{"Uruguay", "Uruguay country name 1"},
		{"South ^China Sea", "-"},
		{"South China", "-"},
		{"British Columbia", "-"},
		{"Gulf of Mexico", "-"},
		{"Gulf of ^Mexico", "-"},
		// no match
		{"IT", "-"},
		{"In", "-"},
		{"", "-"},
	}
	for _, tt := range tests {
		words, i := gazTestWords(tt.in)
		m, ok := MatchEntity(words, i)
		if got := gazRenderMatch(m, ok); got != tt.want {
			t.Errorf("MatchEntity(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchEntityBounds(t *testing.T) {
	words := []string{"China", "", "Japan"}
	for _, i := range []int{-1, 1, 3} {
		if m, ok := MatchEntity(words, i); ok {
			t.Errorf("MatchEntity(%q, %d) = %v", words, i, m)
		}
	}
	if m, ok := MatchEntity(words, 2); !ok || m.Entity.Name != "Japan" {
		t.Errorf("MatchEntity(%q, 2) = %v, %v", words, m, ok)
	}
}

func TestEntityByName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United States", "United States country USD"},
		{"u.s.", "United States country USD"},
		{"US", "United States country USD"},
		{"Holland", "Netherlands country EUR"},
		{"eec", "EEC bloc "},
		{"European Community", "EEC bloc "},
		{"EU", "European Union bloc EUR"},
		{"eurozone", "eurozone region EUR"},
		{"Fed", "Federal Reserve org "},
		{"Republic of Korea", "South Korea country KRW"},
		{"Russian Federation", "Russia country RUB"},
		{"West Germany", "West Germany country DEM"},
		{"Taiwan", "Taiwan country TWD"},
		{"Chinese", "-"},
		{"Beijing", "-"},
		{"Atlantis", "-"},
	}
	for _, tt := range tests {
		got := "-"
		if e, ok := EntityByName(tt.in); ok {
			got = fmt.Sprintf("%s %s %s", e.Name, e.Kind, e.Currency)
		}
		if got != tt.want {
			t.Errorf("EntityByName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGazSplit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S. exports", "U.S.|exports"},
		{"the U.S.A.", "the|U.S.A."},
		{"People's Republic", "People|'s|Republic"},
		{"People’s", "People|'s"},
		{"Asia-Pacific", "Asia|Pacific"},
		{"Guinea-Bissau", "Guinea|Bissau"},
		{"St. Kitts", "St|Kitts"},
		{"D.R. Congo", "D.R.|Congo"},
		{"G-20, G20", "G|20|G20"},
		{"Nuku'alofa", "Nuku|alofa"},
		{"Rs. 50", "Rs|50"},
	}
	for _, tt := range tests {
		if got := strings.Join(gazSplit(tt.in), "|"); got != tt.want {
			t.Errorf("gazSplit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGazAppendKey checks the word keys, appended to buffers with room
// and without (the ASCII fast path and the rune by rune way).
func TestGazAppendKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Japan", "japan"}, {"U.S.", "u.s"}, {"Rs.", "rs"}, {".", "."}, {"", ""},
		{"Côte", "cote"}, {"CÔTE", "cote"}, {"São", "sao"}, {"People’s", "people's"},
		{"ÜBER", "uber"}, {"NEW-YORK", "new-york"},
	}
	for _, tt := range tests {
		var buf [48]byte
		for _, dst := range [][]byte{nil, []byte("x "), buf[:0], buf[:2:3]} {
			want := string(dst) + tt.want
			if got := string(gazAppendKey(dst, tt.in)); got != want {
				t.Errorf("gazAppendKey(%q, %q) = %q, want %q", dst, tt.in, got, want)
			}
		}
	}
}

// TestPlainNameKey checks that the fast key of EntityByName is the
// phrase key wherever it applies.
func TestPlainNameKey(t *testing.T) {
	names := []string{"Japan", "South Korea", "G20", "Group of 20", "U.S.", "Côte d'Ivoire",
		"People's Republic", "Asia-Pacific", "  Japan", "Japan ", "South  Korea", "", " ", "EU",
		"Micron Tech", "Hong Kong SAR", "a b", "A1 B2"}
	for _, e := range Entities() {
		names = append(names, e.Name)
	}
	plain := 0
	for _, n := range names {
		if got, ok := plainNameKey(nil, n); ok {
			plain++
			if want := gazPhraseKey(n); string(got) != want {
				t.Errorf("plainNameKey(%q) = %q, want %q", n, got, want)
			}
		}
	}
	if plain < len(names)/2 {
		t.Errorf("plainNameKey applies to %d of %d names", plain, len(names))
	}
}

// TestGazetteerData checks the generated data: the size, that every
// country or territory has a currency the lexicon knows, and that the
// countries news names most have their forms.
func TestGazetteerData(t *testing.T) {
	all := Entities()
	counts := map[EntityKind]int{}
	names := map[string]bool{}
	for _, e := range all {
		counts[e.Kind]++
		if names[e.Name] {
			t.Errorf("entity %q twice", e.Name)
		}
		names[e.Name] = true
		if e.Kind == KindCountry && e.Name != "Antarctica" && !IsCurrencyCode(e.Currency) {
			t.Errorf("%s: currency %q is not an ISO 4217 code", e.Name, e.Currency)
		}
		if e.Kind == KindCountry && e.Alpha2 != "" && len(e.Alpha2) != 2 {
			t.Errorf("%s: alpha-2 %q", e.Name, e.Alpha2)
		}
		if got, ok := EntityByName(e.Name); !ok || got != e {
			t.Errorf("EntityByName(%q) = %v, %v", e.Name, got, ok)
		}
	}
	if counts[KindCountry] < 250 || counts[KindBloc] < 30 || counts[KindOrg] < 30 || counts[KindRegion] < 30 {
		t.Errorf("too few entities: %v", counts)
	}
	key := []struct{ adjective, capital, name, alpha2, currency string }{
		{"American", "Washington", "United States", "US", "USD"},
		{"British", "London", "United Kingdom", "GB", "GBP"},
		{"Chinese", "Beijing", "China", "CN", "CNY"},
		{"Japanese", "Tokyo", "Japan", "JP", "JPY"},
		{"German", "Berlin", "Germany", "DE", "EUR"},
		{"French", "Paris", "France", "FR", "EUR"},
		{"Canadian", "Ottawa", "Canada", "CA", "CAD"},
		{"Australian", "Canberra", "Australia", "AU", "AUD"},
		{"Indian", "New Delhi", "India", "IN", "INR"},
		{"Brazilian", "Brasilia", "Brazil", "BR", "BRL"},
		{"Mexican", "Mexico City", "Mexico", "MX", "MXN"},
		{"Russian", "Moscow", "Russia", "RU", "RUB"},
		{"South Korean", "Seoul", "South Korea", "KR", "KRW"},
		{"Taiwanese", "Taipei", "Taiwan", "TW", "TWD"},
		{"Vietnamese", "Hanoi", "Vietnam", "VN", "VND"},
		{"Iranian", "Tehran", "Iran", "IR", "IRR"},
		{"Syrian", "Damascus", "Syria", "SY", "SYP"},
		{"Laotian", "Vientiane", "Laos", "LA", "LAK"},
		{"Moldovan", "Chisinau", "Moldova", "MD", "MDL"},
		{"Tanzanian", "Dodoma", "Tanzania", "TZ", "TZS"},
		{"Bolivian", "La Paz", "Bolivia", "BO", "BOB"},
		{"Venezuelan", "Caracas", "Venezuela", "VE", "VES"},
		{"Ivorian", "Yamoussoukro", "Ivory Coast", "CI", "XOF"},
		{"Czech", "Prague", "Czech Republic", "CZ", "CZK"},
		{"Peruvian", "Lima", "Peru", "PE", "PEN"},
		{"Polish", "Warsaw", "Poland", "PL", "PLN"},
		{"Pakistani", "Islamabad", "Pakistan", "PK", "PKR"},
		{"Thai", "Bangkok", "Thailand", "TH", "THB"},
		{"Emirati", "Abu Dhabi", "United Arab Emirates", "AE", "AED"},
		{"Saudi", "Riyadh", "Saudi Arabia", "SA", "SAR"},
		{"Swiss", "Bern", "Switzerland", "CH", "CHF"},
		{"Dutch", "Amsterdam", "Netherlands", "NL", "EUR"},
		{"Ugandan", "Kampala", "Uganda", "UG", "UGX"},
	}
	for _, k := range key {
		e, ok := EntityByName(k.name)
		if !ok {
			t.Errorf("no entity %q", k.name)
			continue
		}
		if e.Alpha2 != k.alpha2 || e.Currency != k.currency {
			t.Errorf("%s: alpha-2 %q currency %q, want %q %q", k.name, e.Alpha2, e.Currency, k.alpha2, k.currency)
		}
		for form, phrase := range map[EntityForm]string{FormAdjective: k.adjective, FormCapital: k.capital} {
			words := gazSplit(phrase)
			m, ok := MatchEntity(words, 0)
			if !ok || m.Entity != e || m.Form != form || m.Words != len(words) {
				t.Errorf("MatchEntity(%q) = %s, want %s %s", phrase, gazRenderMatch(m, ok), k.name, form)
			}
		}
	}
}

func TestMatchEntityAllocs(t *testing.T) {
	words := gazSplit("The People's Republic of China and the U.S. agreed with Latin American and EEC partners in Brussels")
	MatchEntity(words, 0) // load
	allocs := testing.AllocsPerRun(100, func() {
		for i := range words {
			MatchEntity(words, i)
		}
	})
	if allocs != 0 {
		t.Errorf("MatchEntity allocates %v times per sentence", allocs)
	}
}

func BenchmarkMatchEntity(b *testing.B) {
	words := gazSplit(`Asia-Pacific Economic Cooperation (APEC) members, including China, the United States
		and Japan, account for around 62 percent of world GDP; the People's Republic of China signed
		agreements with five Latin American economies, while West German and EEC officials met in Brussels
		and the Federal Reserve held rates, the U.S. Commerce Department said in Washington.`)
	MatchEntity(words, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := 0; i < len(words); i++ {
			if m, ok := MatchEntity(words, i); ok {
				i += m.Words - 1
			}
		}
	}
}
