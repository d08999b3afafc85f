package stats

import "testing"

func TestOrdinalAndGroup(t *testing.T) {
	for n, want := range map[int64]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th",
		13: "13th", 21: "21st", 22: "22nd", 101: "101st", 111: "111th", 105: "105th"} {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
	for in, want := range map[string]string{"0": "0", "-0.00": "0.00", "1234": "1,234", "-1234567.25": "−1,234,567.25",
		"999": "999", "1000": "1,000", "12.5": "12.5"} {
		if got := GroupThousands(in); got != want {
			t.Errorf("GroupThousands(%q) = %q, want %q", in, got, want)
		}
	}
}
