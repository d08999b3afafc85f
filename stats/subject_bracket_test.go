package stats

import "testing"

// TestSubjectBracket: a figure in brackets right after a name is that
// name's, past "in" and the place it is from.
func TestSubjectBracket(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"China filed more patents in 2018. It was tailed by Mitsubishi Electric in Japan (2,812); Intel in the US (2,499); and ZTE in China (2,080).", "2019-03-21", "2,812", "Mitsubishi Electric"},
		{"China filed more patents in 2018. It was tailed by Mitsubishi Electric in Japan (2,812); Intel in the US (2,499); and ZTE in China (2,080).", "2019-03-21", "2,499", "Intel"},
		{"China filed more patents in 2018. It was tailed by Mitsubishi Electric in Japan (2,812); Intel in the US (2,499); and ZTE in China (2,080).", "2019-03-21", "2,080", "ZTE"},
		{"The United States retained top spot with 223 brands, while France (43 brands) and the United Kingdom (42) ranked second and third.", "2019-03-21", "42", "United Kingdom"},
		// two names joined by "and" share the figure: not the nearer alone
		{"The damage spreads to technology conglomerates, including Apple and TTM Technologies (about 20 percent).", "2019-03-21", "about 20 percent", "Apple"},
	}, func(c *Claim) string { return c.Subject })
}

// TestSubjectKnownNameOpening: a name the article introduced is a name
// when it opens a sentence alone ("ZTE, which was ...").
func TestSubjectKnownNameOpening(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"Chinese telecoms giant ZTE grew in 2018. Japan's exports rose 3% in 2018. ZTE, which was the top applicant in 2016, witnessed a 29.8 percent drop in its filings in 2018.", "2019-03-21", "29.8 percent", "ZTE"},
		{"Chinese telecoms giant Huawei opened an office in Britain. Huawei, which employs 7,000 people in the UK, invested 2 billion pounds there.", "2019-03-21", "7,000", "Huawei"},
	}, func(c *Claim) string { return c.Subject })
}

// TestSubjectHeadlineGroup: a grouping of countries the headline names is
// what the story is about; a paragraph without a subject is its.
func TestSubjectHeadlineGroup(t *testing.T) {
	a := &Article{Text: "OECD TRADE, GROWTH SEEN SLOWING IN 1987\n\n" +
		"The 24 nations of the OECD face slower growth, the EIU said.\n\n" +
		"It cut its growth forecasts for West Germany to 2.2 pct and for Japan to 2.3 pct.\n\n" +
		"It expected Japan to post a 76 billion dlr surplus and West Germany a 31 billion dlr surplus in 1987.\n\n" +
		"Import growth is now seen slowing down to around 3.8 pct in 1987, it said.\n", Date: "1987-03-09"}
	for _, c := range Extract(a) {
		if c.Text == "around 3.8 pct" {
			if c.Subject != "OECD" {
				t.Errorf("subject of %q = %q, want OECD", c.Text, c.Subject)
			}
			return
		}
	}
	t.Errorf("no claim %q", "around 3.8 pct")
}

// TestSubjectContinent: "the continent" is the continent named before it.
func TestSubjectContinent(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"China's exports rose in 2018. Vera Songwe, executive secretary of the Economic Commission for Africa, said that the continent is home to 1.3 billion people.", "2019-04-27", "1.3 billion", "Africa"},
	}, func(c *Claim) string { return c.Subject })
}

// TestSubjectThere: "import growth there" is the place named before; "where
// there are 16 million" is no reference to a place's figure.
func TestSubjectThere(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"Japan's imports rose in 1986. The weakness of the West German economy is the biggest single factor, with import growth there expected to feature a sluggish 3.5 pct growth in 1987.", "1987-03-09", "3.5 pct", "West Germany"},
	}, func(c *Claim) string { return c.Subject })
}

// TestSubjectAcrossPlace: "output across the Euro zone" is the place's,
// also after an opening "However,".
func TestSubjectAcrossPlace(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"Germany grew. However, total output across the Euro zone is forecast to fall in 2004 from 1.9% to 1.8%.", "", "1.9%", "eurozone"},
		{"Germany grew. Petrol prices across the UK rose to an average of 91.1p per litre.", "", "91.1p per litre", "United Kingdom"},
	}, func(c *Claim) string { return c.Subject })
}

// TestSubjectOrigin: "Inventors from China filed ..." is China's figure;
// "Reports from Russia say ..." is not Russia's.
func TestSubjectOrigin(t *testing.T) {
	runFrameCases(t, "subject", []frameCase{
		{"Japan's filings rose in 2018. Inventors from China filed the second-largest number of PCT filings in 2018, contributing more than 53,340 applications.", "2019-03-21", "more than 53,340", "China"},
		{"Japan's filings rose in 2018. Supplies from Turkmenistan account for 45% of all natural gas imported by Ukraine.", "2005-01-01", "45%", "Turkmenistan"},
		{"Japan's filings rose in 2018. Reports from Russia say Baikal has paid a deposit of nearly $1.7bn.", "2005-01-01", "nearly $1.7bn", "Japan"},
	}, func(c *Claim) string { return c.Subject })
}
