package data

import "testing"

func TestClosingDateline(t *testing.T) {
	tests := []struct{ text, date, publisher string }{
		{"Exports rose 5%.\n\n(China Daily 07/10/2019 page9)\n", "2019-07-10", "China Daily"},
		{"Exports rose 5%.\n(The Ledger 3/4/2021)", "2021-03-04", "The Ledger"},
		{"Exports rose 5%.\n(Daily Post 25/12/2020 page 2)\n\n", "2020-12-25", "Daily Post"}, // day first: 25 is no month
		{"Exports rose 5%.\n(China Daily 02/30/2019 page9)", "", ""},                         // no such day
		{"(China Daily 07/10/2019 page9)\nExports rose 5%.", "", ""},                         // not the last line
		{"Exports rose 5% (from 4/5/2019).", "", ""},
		{"Exports rose 5%.\n(see page 9)", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		d, p := closingDateline(tt.text)
		if d != tt.date || p != tt.publisher {
			t.Errorf("closingDateline(%q) = %q, %q; want %q, %q", tt.text, d, p, tt.date, tt.publisher)
		}
	}
}

// TestSplitTextDateline checks that an article without a date takes its
// closing dateline's, and one with a header block date keeps its own.
func TestSplitTextDateline(t *testing.T) {
	arts := SplitText("a.txt", "Title\n\nExports rose 5% in June.\n\n(China Daily 07/10/2019 page9)\n")
	if len(arts) != 1 || arts[0].Date != "2019-07-10" || arts[0].Publisher != "China Daily" {
		t.Fatalf("got %+v", arts)
	}
	arts = SplitText("b.txt", "Date: 2019-07-11\nSource: The Ledger\n\nTitle\n\nExports rose 5% in June.\n\n(China Daily 07/10/2019 page9)\n")
	if len(arts) != 1 || arts[0].Date != "2019-07-11" || arts[0].Publisher != "The Ledger" {
		t.Fatalf("header block: got %+v", arts)
	}
}
