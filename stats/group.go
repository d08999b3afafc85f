package stats

// Verdict says whether the figures of a comparison group agree.
type Verdict string

// The verdicts of a comparison group (see Compare).
const (
	Consistent Verdict = "consistent" // all intervals share a point
	Tension    Verdict = "tension"    // they do not, but the largest gap is small
	Conflict   Verdict = "conflict"   // the articles disagree
)

// Interval is the range of true values a stated figure is consistent with,
// given its rounding and its approximation word (see ClaimInterval). Low
// may be -Inf and High +Inf ("at least 5"); GroupClaim writes them to JSON
// as null.
type Interval struct {
	Low, High float64
}

// GroupKey identifies the figures that state the same thing: the same
// subject, metric, unit (and currency) and period, after canonicalisation.
type GroupKey struct {
	Subject string `json:"subject"`
	// Counterpart is the other party of a two-sided figure ("United
	// States" for Korea's surplus with the US); "" for one-sided figures.
	Counterpart string `json:"counterpart,omitempty"`
	// Indicator is the kind of statistic (claims.md §5).
	Indicator Indicator `json:"indicator,omitempty"`
	// Metric is the canonical metric, with the counterpart ("trade surplus
	// with united states") and the outlook ("forecast gdp growth") written
	// in, for reading.
	Metric   string `json:"metric"`
	Unit     Unit   `json:"unit"`
	Currency string `json:"currency,omitempty"`
	UnitName string `json:"unit_name,omitempty"` // for quantities and per-unit prices: tonnes never group with barrels
	Period   string `json:"period,omitempty"`
	// Change separates levels from changes: "up" for rises ("exports rose
	// 5%"), "down" for falls, "" for levels. For growth metrics a rise is a
	// level ("grew 3%" is "growth of 3%"; see Compare).
	Change Change `json:"change,omitempty"`
	// Outlook separates forecasts and targets from figures stated as fact.
	Outlook Outlook `json:"outlook,omitempty"`
	// Forecaster is who made a forecast or set a target ("balladur",
	// "j.p. morgan"), as the sentence attributes it: forecasts by different
	// forecasters are different figures.
	Forecaster string `json:"forecaster,omitempty"`
}

// GroupClaim is one claim of a comparison group with its interval.
type GroupClaim struct {
	Article string `json:"article"`
	Title   string `json:"title"`
	Date    string `json:"date,omitempty"`
	Source  string `json:"source,omitempty"`
	// Publisher is who published the article (Claim.Publisher).
	Publisher string   `json:"publisher,omitempty"`
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Max       *float64 `json:"max,omitempty"`
	Approx    Approx   `json:"approx,omitempty"`
	Low       float64  `json:"low"`
	High      float64  `json:"high"`
	Sentence  string   `json:"sentence"`
	// Outlier marks, in a group that is not consistent, a claim whose
	// interval misses the value most of the group's articles agree on.
	Outlier bool `json:"outlier,omitempty"`
	// Bound says a hedged figure is one-sided: "lower" for "more than
	// 550" (550 or more), "upper" for "under 30%" or "up to 30%" (at most
	// 30%); "nearly" and "almost" stay close below their figure.
	Bound string `json:"bound,omitempty"`
	// Carried lists the frame fields the claim took from earlier
	// sentences of its article (Claim.Carried).
	Carried string `json:"carried,omitempty"`
	// Copy is the article this one is a near copy of (a re-sent or
	// corrected story), or "": the two count as one source.
	Copy string `json:"copy_of,omitempty"`
}

// Group is a set of claims from different articles that state the same
// figure, with the verdict on whether they agree.
type Group struct {
	GroupKey
	Verdict        Verdict `json:"verdict"`
	Min            float64 `json:"min"`
	Median         float64 `json:"median"`
	Max            float64 `json:"max"`
	Spread         float64 `json:"spread"`          // Max - Min
	RelativeSpread float64 `json:"relative_spread"` // Spread / |Median| (0 when Median is 0)
	Articles       int     `json:"articles"`        // independent articles (identical and near-identical texts count once)
	// Stated counts the independent articles that state the whole frame
	// (no field carried from an earlier sentence).
	Stated int          `json:"stated"`
	Claims []GroupClaim `json:"claims"`
	// Note explains a verdict that rests on a one-sided figure ("'more
	// than 550' allows any value from 550 up").
	Note string `json:"note,omitempty"`
}

// SeriesPoint is one period's value of a subject and metric across articles
// (for time charts).
type SeriesPoint struct {
	Period   string  `json:"period"`
	Value    float64 `json:"value"` // the median of the claims for the period
	Min      float64 `json:"min"`
	Max      float64 `json:"max"`
	Claims   int     `json:"claims"`
	Articles int     `json:"articles"`
}
