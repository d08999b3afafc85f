package stats

// ClaimFilter selects claims from a dataset. Zero fields match everything;
// set fields combine with AND. Subject and Metric match case-insensitively
// and exactly (after canonicalisation by the store); Search matches words of
// the claim's sentence, text or title.
type ClaimFilter struct {
	Subject string
	Metric  string
	Unit    Unit
	Period  string
	Article string   // article id
	Min     *float64 // value >= Min
	Max     *float64 // value <= Max
	Search  string
	Limit   int // 0: no limit
}
