package stats

import (
	"fmt"
	"strings"
	"testing"
)

func TestMatchCurrencyWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dollars", "USD 1 bare"},
		{"dollar", "USD 1 bare"},
		{"dlrs", "USD 1 bare"},
		{"dlr", "USD 1 bare"},
		{"DLRS", "USD 1 bare"},
		{"38.37 billion ^dlrs in", "USD 1 bare"},
		{"billion dlrs", "-"},
		{"U.S. dollars", "USD 2"},
		{"US dollars", "USD 2"},
		{"U.S. dlrs", "USD 2"},
		{"us dollars", "USD 2"}, // lower-cased text ("a quarter million us dollars"); the pronoun "us" before "dollars" is rare
		{"Australian dollars", "AUD 2"},
		{"Australian dlrs", "AUD 2"},
		{"Canadian dollars", "CAD 2"},
		{"Hong Kong dollars", "HKD 3"},
		{"Hong Kong dollar", "HKD 3"},
		{"HK dollars", "HKD 2"},
		{"New Zealand dollars", "NZD 3"},
		{"Singapore dollars", "SGD 2"},
		{"Taiwan dollars", "TWD 2"},
		{"New Taiwan dollars", "TWD 3"},
		{"pounds", "GBP 1 bare"},
		{"pound", "GBP 1 bare"},
		{"stg", "GBP 1"},
		{"sterling", "GBP 1"},
		{"pounds sterling", "GBP 2"},
		{"euros", "EUR 1"},
		{"euro", "EUR 1"},
		{"yen", "JPY 1"},
		{"Japanese yen", "JPY 2"},
		{"yuan", "CNY 1"},
		{"renminbi", "CNY 1"},
		{"RMB", "CNY 1"},
		{"rmb", "-"},
		{"marks", "DEM 1 bare"},
		{"mark", "-"},
		{"Deutsche marks", "DEM 2"},
		{"deutschemarks", "DEM 1"},
		{"D-marks", "DEM 2"},
		{"West German marks", "DEM 3"},
		{"francs", "FRF 1 bare"},
		{"French francs", "FRF 2"},
		{"Swiss francs", "CHF 2"},
		{"Swiss franc", "CHF 2"},
		{"Belgian francs", "BEF 2"},
		{"CFA francs", "XOF 2 bare"},
		{"lire", "ITL 1 bare"},
		{"Italian lire", "ITL 2"},
		{"lira", "TRY 1 bare"},
		{"Turkish lira", "TRY 2"},
		{"rupees", "INR 1 bare"},
		{"Indian rupees", "INR 2"},
		{"Pakistani rupees", "PKR 2"},
		{"won", "KRW 1 bare"},
		{"South Korean won", "KRW 3"},
		{"roubles", "RUB 1 bare"},
		{"rubles", "RUB 1 bare"},
		{"Soviet roubles", "SUR 2"},
		{"baht", "THB 1"},
		{"Thai baht", "THB 2"},
		{"pesos", "MXN 1 bare"},
		{"Mexican pesos", "MXN 2"},
		{"Philippine pesos", "PHP 2"},
		{"ringgit", "MYR 1"},
		{"rupiah", "IDR 1"},
		{"rand", "ZAR 1"},
		{"reais", "BRL 1"},
		{"real", "-"},
		{"Brazilian real", "BRL 2"},
		{"Brazilian reais", "BRL 2"},
		{"cruzados", "BRC 1"},
		{"guilders", "NLG 1 bare"},
		{"Dutch guilders", "NLG 2"},
		{"crowns", "SEK 1 bare"},
		{"kronor", "SEK 1 bare"},
		{"kroner", "DKK 1 bare"},
		{"Swedish crowns", "SEK 2"},
		{"Norwegian crowns", "NOK 2"},
		{"Danish kroner", "DKK 2"},
		{"dinars", "KWD 1 bare"},
		{"Iraqi dinars", "IQD 2"},
		{"riyals", "SAR 1 bare"},
		{"Saudi riyals", "SAR 2"},
		{"dirhams", "AED 1 bare"},
		{"shekels", "ILS 1"},
		{"zloty", "PLN 1"},
		{"forint", "HUF 1"},
		{"pesetas", "ESP 1"},
		{"escudos", "PTE 1 bare"},
		{"drachmas", "GRD 1"},
		{"schillings", "ATS 1"},
		{"ECUs", "XEU 1"},
		{"SDRs", "XDR 1"},
		{"Rs", "INR 1 bare"},
		{"DM", "DEM 1"},
		{"$", "USD 1 bare"},
		{"£", "GBP 1 bare"},
		{"€", "EUR 1"},
		{"USD", "-"}, // ISO codes: IsCurrencyCode
		{"sums", "-"},
		{"dollarization", "-"},
		{"", "-"},
	}
	for _, tt := range tests {
		words, i := gazTestWords(tt.in)
		if len(words) == 0 && tt.in != "" {
			words = []string{tt.in} // a symbol token
		}
		got := "-"
		if code, n, bare, ok := MatchCurrencyWord(words, i); ok {
			got = fmt.Sprintf("%s %d", code, n)
			if bare {
				got += " bare"
			}
		}
		if got != tt.want {
			t.Errorf("MatchCurrencyWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCurrencyBySymbol(t *testing.T) {
	tests := []struct{ in, want string }{
		{"$", "USD"}, {"US$", "USD"}, {"HK$", "HKD"}, {"A$", "AUD"}, {"AU$", "AUD"},
		{"C$", "CAD"}, {"CA$", "CAD"}, {"NZ$", "NZD"}, {"S$", "SGD"}, {"NT$", "TWD"},
		{"R$", "BRL"}, {"MX$", "MXN"}, {"£", "GBP"}, {"€", "EUR"}, {"¥", "JPY"},
		{"CN¥", "CNY"}, {"₹", "INR"}, {"Rs", "INR"}, {"Rs.", "INR"}, {"₩", "KRW"},
		{"₽", "RUB"}, {"₺", "TRY"}, {"₱", "PHP"}, {"฿", "THB"}, {"₪", "ILS"},
		{"₫", "VND"}, {"RMB", "CNY"}, {"DM", "DEM"}, {"kr", "SEK"},
		{"X$", "-"}, {"us$", "-"}, {"USD", "-"}, {"", "-"},
	}
	for _, tt := range tests {
		got := "-"
		if code, ok := CurrencyBySymbol(tt.in); ok {
			got = code
		}
		if got != tt.want {
			t.Errorf("CurrencyBySymbol(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsCurrencyCode(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"USD", true}, {"EUR", true}, {"CNY", true}, {"JPY", true}, {"GBP", true},
		{"DEM", true}, {"FRF", true}, {"XEU", true}, {"SLE", true}, {"ZWG", true},
		{"usd", false}, {"Usd", false}, {"US", false}, {"USDX", false}, {"XYZ", false}, {"", false},
	}
	for _, tt := range tests {
		if got := IsCurrencyCode(tt.in); got != tt.want {
			t.Errorf("IsCurrencyCode(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLocalCurrency(t *testing.T) {
	tests := []struct{ code, country, want string }{
		{"USD", "Australia", "AUD"},
		{"USD", "Hong Kong", "HKD"},
		{"USD", "Ecuador", "USD"},
		{"USD", "Japan", "USD"},
		{"GBP", "Egypt", "EGP"},
		{"GBP", "Australia", "GBP"},
		{"SEK", "Norway", "NOK"},
		{"SEK", "Czech Republic", "CZK"},
		{"FRF", "Switzerland", "CHF"},
		{"FRF", "Cameroon", "XAF"},
		{"XOF", "Cameroon", "XAF"},
		{"DEM", "Germany", "DEM"},
		{"DEM", "West Germany", "DEM"},
		{"RUB", "Soviet Union", "SUR"},
		{"MXN", "Philippines", "PHP"},
		{"INR", "Pakistan", "PKR"},
		{"USD", "Atlantis", "USD"},
	}
	for _, tt := range tests {
		if got := LocalCurrency(tt.code, tt.country); got != tt.want {
			t.Errorf("LocalCurrency(%q, %q) = %q, want %q", tt.code, tt.country, got, tt.want)
		}
	}
}

func TestDollarCurrency(t *testing.T) {
	tests := []struct{ country, want string }{
		{"Australia", "AUD"}, {"Canada", "CAD"}, {"Hong Kong", "HKD"}, {"New Zealand", "NZD"},
		{"Singapore", "SGD"}, {"Taiwan", "TWD"}, {"United States", "USD"}, {"U.S.", "USD"},
		{"Ecuador", "USD"}, {"Japan", ""}, {"United Kingdom", ""}, {"APEC", ""}, {"Atlantis", ""},
	}
	for _, tt := range tests {
		if got := DollarCurrency(tt.country); got != tt.want {
			t.Errorf("DollarCurrency(%q) = %q, want %q", tt.country, got, tt.want)
		}
	}
}

// TestCurrencyData checks that every phrase and symbol of the lexicon
// resolves to a known code.
func TestCurrencyData(t *testing.T) {
	c := loadCurrencies()
	if len(c.family) < 180 || len(c.symbols) < 50 {
		t.Errorf("too few codes (%d) or symbols (%d)", len(c.family), len(c.symbols))
	}
	for sym, s := range c.symbols {
		if !IsCurrencyCode(s.code) {
			t.Errorf("symbol %q: unknown code %q", sym, s.code)
		}
	}
	var check func(n *gazNode[curEntry], path string)
	count := 0
	check = func(n *gazNode[curEntry], path string) {
		if n.has {
			count++
			if !IsCurrencyCode(n.val.code) {
				t.Errorf("word %q: unknown code %q", path, n.val.code)
			}
		}
		for _, m := range n.next {
			check(m, path+" "+m.key)
		}
	}
	for _, list := range c.words.root {
		for _, n := range list {
			check(n, n.key)
		}
	}
	if count < 1000 {
		t.Errorf("only %d currency phrases", count)
	}
}

// TestMayContinueCurrency checks the pre-check of the currency phrase after
// an entity: wherever MatchCurrencyWord matches two or more words, in
// phrases of the lexicon written three ways, mayContinueCurrency accepts
// the second; and it turns away plain words.
func TestMayContinueCurrency(t *testing.T) {
	var phrases []string
	for _, l := range strings.Split(currencyTSV, "\n") {
		if f := strings.Split(l, "\t"); len(f) >= 3 && f[0] == "word" {
			phrases = append(phrases, f[1], strings.ToUpper(f[1]), strings.Title(f[1]))
		}
	}
	multi := 0
	for _, p := range phrases {
		words := gazSplit(p)
		if _, n, _, ok := MatchCurrencyWord(words, 0); ok && n >= 2 {
			multi++
			if !mayContinueCurrency(words[1]) {
				t.Errorf("%q: second word %q turned away", p, words[1])
			}
		}
	}
	if multi < 20 {
		t.Errorf("only %d phrases of two or more words", multi)
	}
	for _, w := range []string{"Treasury", "the", "said", "exports", "Department"} {
		if mayContinueCurrency(w) {
			t.Errorf("%q accepted", w)
		}
	}
}
