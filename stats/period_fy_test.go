package stats

import "testing"

// TestFiscalPeriodRoundTrip: a fiscal year prints as the article writes
// it and reads back the same; a one-digit second year must be the year
// after the first.
func TestFiscalPeriodRoundTrip(t *testing.T) {
	for _, c := range []struct {
		s  string
		ok bool
	}{
		{"FY1986/87", true},
		{"FY1988", true},
		{"FY2005/6", true},
		{"FY2019/0", true},
		{"FY2005/2006", true},
		{"FY2005/7", false},
		{"FY2005/", false},
	} {
		p, ok := ParsePeriod(c.s)
		if ok != c.ok || ok && p.String() != c.s {
			t.Errorf("ParsePeriod(%q) = %q, %v; want %v and the same text back", c.s, p.String(), ok, c.ok)
		}
	}
}
