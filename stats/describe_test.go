package stats

import "testing"

func TestPeriodWords(t *testing.T) {
	for _, tt := range []struct{ in, words, phrase string }{
		{"1986", "1986", "in 1986"},
		{"1986-Q1", "the first quarter of 1986", "in the first quarter of 1986"},
		{"2019-H2", "the second half of 2019", "in the second half of 2019"},
		{"1987-01", "January 1987", "in January 1987"},
		{"1987-04-17", "17 April 1987", "on 17 April 1987"},
		{"2004-01/2004-11", "January–November 2004", "in January–November 2004"},
		{"1986-02/1987-01", "February 1986 to January 1987", "from February 1986 to January 1987"},
		{"2018/2022", "2018–2022", "in 2018–2022"},
		{"FY1985/86", "fiscal year 1985/86", "in fiscal year 1985/86"},
		{"", "", ""},
		{"soon", "soon", "in soon"},
	} {
		if got := PeriodWords(tt.in); got != tt.words {
			t.Errorf("PeriodWords(%q) = %q, want %q", tt.in, got, tt.words)
		}
		if got := PeriodPhrase(tt.in); got != tt.phrase {
			t.Errorf("PeriodPhrase(%q) = %q, want %q", tt.in, got, tt.phrase)
		}
	}
}

func TestDateRangeWords(t *testing.T) {
	for _, tt := range []struct{ first, last, want string }{
		{"1987-03-04", "1987-06-19", "4 Mar–19 Jun 1987"},
		{"1987-03-04", "1987-03-19", "4–19 Mar 1987"},
		{"1987-03-04", "1987-03-04", "4 Mar 1987"},
		{"1986-12-30", "1987-01-02", "30 Dec 1986–2 Jan 1987"},
		{"", "1987-01-02", "2 Jan 1987"},
		{"", "", ""},
		{"1987", "1988", "1987–1988"},
	} {
		if got := DateRangeWords(tt.first, tt.last); got != tt.want {
			t.Errorf("DateRangeWords(%q, %q) = %q, want %q", tt.first, tt.last, got, tt.want)
		}
	}
}

func TestGroupKeyDescribe(t *testing.T) {
	for _, tt := range []struct {
		key  GroupKey
		want string
	}{
		{GroupKey{Subject: "South Korea", Counterpart: "United States", Indicator: IndTradeBalance,
			Metric: "trade surplus with united states", Period: "1986"},
			"South Korea's trade surplus with the United States in 1986"},
		{GroupKey{Subject: "Canada", Indicator: IndCurrentAccount, Metric: "shortfall", Period: "1986"},
			"Canada's current account shortfall in 1986"},
		{GroupKey{Subject: "Canada", Indicator: IndTradeBalance, Metric: "surplus", Period: "1987-01"},
			"Canada's trade surplus in January 1987"},
		{GroupKey{Subject: "APEC", Indicator: IndShareOfWorldGDP, Metric: "share of world gdp"},
			"APEC's share of world GDP"},
		{GroupKey{Subject: "United States", Indicator: IndTradeBalance, Metric: "trade deficit", Period: "1987-Q1"},
			"the United States' trade deficit in the first quarter of 1987"},
		{GroupKey{Subject: "France", Indicator: IndGDP, Metric: "forecast gdp growth", Period: "1987",
			Outlook: Forecast, Forecaster: "balladur"},
			"France's GDP growth in 1987, forecast by Balladur"},
		{GroupKey{Subject: "Thailand", Indicator: IndInflation, Metric: "target inflation", Period: "1988",
			Outlook: Target, Forecaster: "bank of thailand"},
			"Thailand's inflation in 1988, target set by the Bank of Thailand"},
		{GroupKey{Subject: "Japan", Indicator: IndGDP, Metric: "annualised annual annualized growth rate", Period: "1986-Q4"},
			"Japan's annualised growth rate in the fourth quarter of 1986"},
		{GroupKey{Subject: "China", Counterpart: "Japan", Indicator: IndExports, Metric: "exports", Period: "2018"},
			"China's exports to Japan in 2018"},
	} {
		if got := tt.key.Describe(); got != tt.want {
			t.Errorf("Describe(%+v) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

func TestTitleWords(t *testing.T) {
	for in, want := range map[string]string{
		"j.p. morgan": "J.P. Morgan", "bank of thailand": "Bank of Thailand", "imf": "IMF", "": "",
	} {
		if got := TitleWords(in); got != want {
			t.Errorf("TitleWords(%q) = %q, want %q", in, got, want)
		}
	}
}
