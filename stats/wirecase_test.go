package stats

import "testing"

// TestWireCase: the common words wire copy capitalises after "U.S." are
// read in lower case; names, sentence openers and ordinary text are kept.
func TestWireCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The U.S. Has said it will impose tariffs.", "The U.S. has said it will impose tariffs."},
		{"Exports to the U.S. And Canada rose.", "Exports to the U.S. and Canada rose."},
		{"U.S. Officials said the deficit widened.", "U.S. officials said the deficit widened."},
		{"It bought 500 mln U.S. Dlrs of bonds.", "It bought 500 mln U.S. dlrs of bonds."},
		{"The U.K. Is expected to grow.", "The U.K. is expected to grow."},
		// a sentence that starts after the abbreviation
		{"It sold cars to the U.S. The deficit widened.", "It sold cars to the U.S. The deficit widened."},
		// names: a capitalised word after it, a gazetteer name, a title, a month
		{"The U.S. Trade Representative said so.", "The U.S. Trade Representative said so."},
		{"Talks between the U.S. Japan and Korea.", "Talks between the U.S. Japan and Korea."},
		{"U.S. President Reagan said so.", "U.S. President Reagan said so."},
		{"The U.S. Treasury said so.", "The U.S. Treasury said so."},
		// not a dotted abbreviation, or not a plain word after it
		{"He said so. Has it grown?", "He said so. Has it grown?"},
		{"Shares of U.S. McDonald rose.", "Shares of U.S. McDonald rose."},
		{"Ends with U.S.", "Ends with U.S."},
	} {
		if got := wireCase(tc.in); got != tc.want {
			t.Errorf("wireCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(wireCase(tc.in)) != len(tc.in) {
			t.Errorf("wireCase(%q) changed the length", tc.in)
		}
	}
	// the frame: "The U.S. Has said" is the United States'
	runFrameCases(t, "subject", []frameCase{
		{"Japan's exports rose. The U.S. Has said it will impose 300 mln dlrs of tariffs on imports of Japanese electronics goods.", "1987-04-08", "300 mln dlrs", "United States"},
		{"Japan's exports rose. U.S. Officials said the deficit with Japan was 5 billion dlrs in February.", "1987-04-08", "5 billion dlrs", "United States"},
	}, func(c *Claim) string { return c.Subject })
	runFrameCases(t, "sentence", []frameCase{
		{"Exports to the U.S. And Canada rose 12 pct in February.", "1987-04-08", "12 pct", "Exports to the U.S. And Canada rose 12 pct in February."},
	}, func(c *Claim) string { return c.Sentence })
}
