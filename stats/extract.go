package stats

// Extract returns every numeric claim in the article, in text order.
// PLACEHOLDER: being implemented; returns nothing yet.
func Extract(a *Article) []Claim { return nil }
