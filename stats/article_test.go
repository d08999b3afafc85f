package stats

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// TestArticleID checks the id against the SHA-256 of the whole text, for
// texts around the size of ArticleID's buffer.
func TestArticleID(t *testing.T) {
	for _, n := range []int{0, 1, 100, 4095, 4096, 4097, 8192, 10000} {
		text := strings.Repeat("Exports rose 5%. é", n)[:n]
		sum := sha256.Sum256([]byte(text))
		if got, want := ArticleID(text), hex.EncodeToString(sum[:8]); got != want {
			t.Errorf("%d bytes: %s, want %s", n, got, want)
		}
	}
	if ArticleID("a") == ArticleID("b") {
		t.Error("different texts, same id")
	}
}
