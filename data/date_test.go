package data

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMatchReutersDate checks the hand-written matcher against the
// regular expression it replaces, on hand-picked and random strings.
func TestMatchReutersDate(t *testing.T) {
	ins := []string{"26-FEB-1987 15:01:01.79", "1-mar-1987", "26-FEB-1987", "26-FEB-19870", "26-FEB-1987RM", "26-FEB-1987_",
		"126-FEB-1987", "2-FE-1987", "26-FEB-87", "", "-FEB-1987", "26-FEB-1987.5", "26-FÉB-1987", "9-Jan-2019 x"}
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0129-FEBfeb _.Rx"
	for range 20000 {
		b := make([]byte, r.IntN(16))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		ins = append(ins, string(b))
	}
	// near misses: valid dates with a byte or two changed, cut or added
	for range 20000 {
		b := []byte("26-FEB-1987 15:01")
		for range 1 + r.IntN(2) {
			switch i := r.IntN(len(b)); r.IntN(3) {
			case 0:
				b[i] = alphabet[r.IntN(len(alphabet))]
			case 1:
				b = append(b[:i], b[i+1:]...)
			default:
				b = append(b[:i], append([]byte{alphabet[r.IntN(len(alphabet))]}, b[i:]...)...)
			}
		}
		ins = append(ins, string(b))
	}
	matched := 0
	for _, s := range ins {
		if reutersDate.MatchString(s) {
			matched++
		}
		if got, want := matchReutersDate(s), reutersDate.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("matchReutersDate(%q) = %q, want %q", s, got, want)
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of %d inputs match: the test needs more near misses", matched, len(ins))
	}
}
