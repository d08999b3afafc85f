package data

import (
	"strings"
	"testing"
)

// TestCell checks cell's fast path against the rule it stands for.
func TestCell(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "BAHIA COCOA REVIEW",
		"Trade\u00a0deficit", "é b", "a\u2003b", "x\r", "\x00a"} {
		if got, want := cell(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("cell(%q) = %q, want %q", s, got, want)
		}
	}
}
