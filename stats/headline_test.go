package stats

import "testing"

func TestSentenceCase(t *testing.T) {
	ctx := "Prime Minister Yasuhiro Nakasone will meet President Reagan. The USX Corp chairman said the GATT was right."
	for _, tt := range []struct{ in, want string }{
		{"USX <X> CHAIRMAN CALLS FOR LOWER U.S. DEFICIT", "USX chairman calls for lower U.S. deficit"},
		{"BRITISH AIDE CRITICIZES U.S.PROTECTIONISM", "British aide criticizes U.S. protectionism"},
		{"JAPANESE TARIFFS SEEN AS WORLD TRADE THREAT", "Japanese tariffs seen as world trade threat"},
		{"NAKASONE TO MEET REAGAN AMID TRADE FRICTION", "Nakasone to meet Reagan amid trade friction"},
		{"SOUTH KOREA'S TRADE SURPLUS WITH US WIDENS", "South Korea's trade surplus with US widens"},
		{"HONG KONG EXPORTS RISE IN 1986", "Hong Kong exports rise in 1986"},
		{"GATT WARNS ON BUDGET", "GATT warns on budget"},
		{"Trade talks no reason to drop guard", "Trade talks no reason to drop guard"},
		{"  Exports <TK> up  ", "Exports up"},
		{"", ""},
		{`<script>alert("x")</script> & more`, `<script>alert("x")</script> & more`},
	} {
		if got := SentenceCase(tt.in, ctx); got != tt.want {
			t.Errorf("SentenceCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCasing(t *testing.T) {
	c := NewCasing([]string{"The House of Representatives backed President Reagan.", "USX Corp said on Monday it would cut jobs."})
	got := c.SentenceCase("USX <X> CHAIRMAN URGES HOUSE TO BACK REAGAN", "The chairman spoke in Washington.")
	if want := "USX chairman urges House to back Reagan"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := (*Casing)(nil).SentenceCase("HOUSE PANEL VOTES"); got != "House panel votes" {
		t.Errorf("nil casing: %q", got)
	}
}
