package stats

// metricState is the extractor's working state for the metric of a claim.
type metricState struct {
	// canonicalMetric's last phrase and its canonical metric
	raw, canon string
	// canonicalMetric's answers for recent phrases (nil until the first)
	memo *canonMemo
}

// canonMemo remembers Canonical's answers for the metric phrases of
// recent claims: a direct-mapped table, a phrase's one slot chosen by its
// hash, a newer phrase taking the slot over. (A map of every phrase seen
// grew to some 12,000 phrases over the Reuters corpus, and its lookups,
// on memory no longer in the cache, cost a third of a Canonical; this
// table is one slot and one key to read.)
type canonMemo struct {
	keys, vals [canonMemoSize]string
}

const (
	canonMemoBits = 13
	canonMemoSize = 1 << canonMemoBits
)

// memoHash hashes a phrase for the direct-mapped memos (canonMemo,
// ruleMemo): its length and its first, middle and last eight bytes,
// multiplied out so that the top bits, which pick a slot, depend on all
// of them. (Inline: a call of a hash function cost more code run per
// claim than the lookup.)
func memoHash(m string) uint64 {
	n := len(m)
	h := uint64(n)
	if n >= 8 {
		h ^= memoLoad64(m) ^ memoLoad64(m[n-8:])*0x9E3779B97F4A7C15 ^ memoLoad64(m[n/2-4:])*0xC2B2AE3D27D4EB4F
	} else {
		for i := 0; i < n; i++ {
			h = h<<8 | uint64(m[i])
		}
		h ^= uint64(n) << 56
	}
	return h * 0x9E3779B97F4A7C15
}

// memoLoad64 returns the first eight bytes of s (len(s) >= 8),
// little-endian (one load).
func memoLoad64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
