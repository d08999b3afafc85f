package stats

// metricState is the extractor's working state for the metric of a claim.
type metricState struct {
	// canonicalMetric's last phrase and its canonical metric
	raw, canon string
}
