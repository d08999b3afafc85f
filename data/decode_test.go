package data

import "testing"

// TestASCIIPrefix checks the word-at-a-time scan against a byte loop, with
// a non-ASCII byte at every position of inputs of every length up to 80
// (the 32-byte steps, the eight-byte ones, the last bytes).
func TestASCIIPrefix(t *testing.T) {
	for n := 0; n <= 80; n++ {
		for at := -1; at < n; at++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = 'a' + byte(i%26)
			}
			want := n
			if at >= 0 {
				b[at] = 0x80 | byte(at)
				want = at
			}
			if got := asciiPrefix(b); got != want {
				t.Errorf("asciiPrefix(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
