package stats

// Unit is the kind of quantity a claim states.
type Unit string

// The units of claims.md §2.
const (
	UnitPercent         Unit = "percent"
	UnitPercentagePoint Unit = "percentage_point"
	UnitMoney           Unit = "money"
	UnitCount           Unit = "count"
	UnitOrdinal         Unit = "ordinal"
	UnitMultiple        Unit = "multiple"
	UnitQuantity        Unit = "quantity"
	UnitNumber          Unit = "number"
)

// Units lists every unit in a stable order.
var Units = []Unit{UnitPercent, UnitPercentagePoint, UnitMoney, UnitCount,
	UnitOrdinal, UnitMultiple, UnitQuantity, UnitNumber}

// Approx says how a figure is hedged.
type Approx string

// The approximation classes of claims.md §2.
const (
	Exact Approx = "exact"
	About Approx = "about"
	Under Approx = "under"
	Over  Approx = "over"
)

// Change says whether a figure is a change rather than a level.
type Change string

// Change directions; NoChange is a level.
const (
	NoChange Change = ""
	Up       Change = "up"
	Down     Change = "down"
)

// Claim is one quantity expression in an article with what it is about.
// Field names and JSON keys follow claims.md §2.
type Claim struct {
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Value    float64  `json:"value"`
	Max      *float64 `json:"max,omitempty"`
	Unit     Unit     `json:"unit"`
	Currency string   `json:"currency,omitempty"`
	UnitName string   `json:"unit_name,omitempty"`
	Approx   Approx   `json:"approx"`
	Item     string   `json:"item,omitempty"`
	Subject  string   `json:"subject,omitempty"`
	// Counterpart is the other party of a two-sided figure (claims.md §5):
	// the partner of bilateral trade, the lender of a loan.
	Counterpart string `json:"counterpart,omitempty"`
	Metric      string `json:"metric,omitempty"`
	// Indicator is the kind of statistic, one of Indicators.
	Indicator Indicator `json:"indicator,omitempty"`
	Period    string    `json:"period,omitempty"`
	// Outlook marks forecasts and targets; "" for figures stated as fact.
	Outlook Outlook `json:"outlook,omitempty"`
	Change  Change  `json:"change,omitempty"`
	// Carried lists the fields taken from earlier sentences rather than the
	// claim's own ("subject", "period", comma-separated): the weaker
	// attributions, which comparisons treat with care.
	Carried  string `json:"carried,omitempty"`
	Sentence string `json:"sentence"`
	Article  string `json:"article"`
	Title    string `json:"title"`
	Source   string `json:"source"`
	// Publisher is who published the article (from a header block, the
	// feed, the web page or the JSON record), apart from the path Source.
	Publisher string `json:"publisher,omitempty"`
	Date      string `json:"date,omitempty"`
	// Check is the claim held against the official statistic, once
	// 'tradestats check' has checked it; nil before.
	Check *Check `json:"check,omitempty"`
}

// Outlook says whether a figure is expected rather than stated as fact.
type Outlook string

// The outlooks of claims.md §5; Actual is a figure stated as fact.
const (
	Actual   Outlook = ""
	Forecast Outlook = "forecast" // forecasts, projections, expectations
	Target   Outlook = "target"   // targets, limits, goals
)

// IsRange reports whether the claim states a range (value to max).
func (c *Claim) IsRange() bool { return c.Max != nil }
