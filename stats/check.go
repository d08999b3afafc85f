package stats

import (
	"math"
	"sort"
	"strconv"
	"sync"
)

// Checking claims against the official statistics (issue 15): each
// claim's frame maps to one World Bank series, economy and year (Map), or
// to no reference with the reason; the reference value is then held
// against the interval the claim's figure allows (Check).

// CheckVerdict is how a claim's figure stands against the reference.
type CheckVerdict string

// The verdicts of a check.
const (
	// CheckAgrees: the reference lies in the claim's interval widened by
	// the tolerance for revisions.
	CheckAgrees CheckVerdict = "agrees"
	// CheckClose: within twice the tolerance, or in it but against a
	// reference that does not cover all of the subject (a bloc member
	// without data).
	CheckClose CheckVerdict = "close"
	// CheckDiffers: further away.
	CheckDiffers CheckVerdict = "differs"
	// CheckNone: no reference applies; Reason says why.
	CheckNone CheckVerdict = "none"
)

// CheckVerdicts lists the verdicts in order.
var CheckVerdicts = []CheckVerdict{CheckAgrees, CheckClose, CheckDiffers, CheckNone}

// Check is the result of holding one claim against the reference data.
type Check struct {
	Verdict CheckVerdict `json:"verdict"`
	// Reference is the official figure in the claim's terms: its unit and
	// currency, a deficit or a fall as a positive number when the claim
	// states one so; nil when there is none.
	Reference *float64 `json:"reference"`
	// Series is the World Bank series code ("ny.gdp.mktp.kd.zg") and
	// Year the year looked up; "" and 0 when the claim maps to none.
	Series string `json:"series"`
	Year   int    `json:"year"`
	// Reason says in plain words what was compared, or why nothing was.
	Reason string `json:"reason"`
	// Source is the attribution of the reference data, set with Reference.
	Source string `json:"source,omitempty"`
}

// RefData is the reference data a Checker reads: annual values of the
// World Bank series by economy or aggregate.
type RefData interface {
	// Value returns the value of a series (a code of RefSeriesCodes) for
	// an economy (ISO 3166-1 alpha-3) or World Bank aggregate ("WLD") in
	// a year.
	Value(series, code string, year int) (float64, bool)
	// Codes lists every economy and aggregate code the data has.
	Codes() []string
	// Source is the attribution line of the data (WDISource for the
	// World Bank's).
	Source() string
}

// Checker checks claims against reference data. It is safe for
// concurrent use.
type Checker struct {
	refs      RefData
	codes     map[string]bool
	economies []string // the codes that are not aggregates, sorted

	mu    sync.Mutex
	resid map[residKey]residValue // unallocated part of the World, by formula and year
}

type residKey struct {
	f    string
	year int
}

type residValue struct {
	v  float64
	ok bool
}

// NewChecker returns a Checker that reads refs.
func NewChecker(refs RefData) *Checker {
	k := &Checker{refs: refs, codes: map[string]bool{}, resid: map[residKey]residValue{}}
	for _, c := range refs.Codes() {
		k.codes[c] = true
		if !IsRefAggregate(c) {
			k.economies = append(k.economies, c)
		}
	}
	sort.Strings(k.economies)
	return k
}

// Source is the attribution line of the checker's data.
func (k *Checker) Source() string { return k.refs.Source() }

// term is one series in a formula, with its coefficient, times another
// series when Times is set (exports of goods and services are their share
// of GDP times GDP).
type term struct {
	Series string
	Coef   float64
	Times  string
}

// formula computes a reference figure from series of one economy (or the
// sum over a bloc's members): the sum of Terms, divided by the sum of Per
// of the same economies or by Terms of the World, times Scale.
type formula struct {
	Terms []term
	Per   []term  // denominator of the same economies (a ratio to GDP)
	World bool    // denominator: Terms for the World (a share of the world)
	Scale float64 // 0 means 1
}

// key identifies the formula for caches.
func (f formula) key() string {
	s := ""
	for _, t := range f.Terms {
		s += t.Series + "*" + ftoa(t.Coef) + "*" + t.Times + "+"
	}
	s += "/"
	for _, t := range f.Per {
		s += t.Series + "*" + ftoa(t.Coef) + "+"
	}
	if f.World {
		s += "/world"
	}
	return s + "x" + ftoa(f.Scale)
}

// sum returns Σ coef × value for one code; false if a value is missing.
func (k *Checker) sum(ts []term, code string, year int) (float64, bool) {
	var s float64
	for _, t := range ts {
		v, ok := k.refs.Value(t.Series, code, year)
		if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, false
		}
		if t.Times != "" {
			w, ok := k.refs.Value(t.Times, code, year)
			if !ok || math.IsNaN(w) || math.IsInf(w, 0) {
				return 0, false
			}
			v *= w
		}
		s += t.Coef * v
	}
	return s, true
}

// evalResult is a formula's value over one or more economies.
type evalResult struct {
	v       float64
	covered []string // the codes whose values are in v
	missing []string // members without data
}

// eval computes f over codes (one economy or aggregate, or a bloc's
// members) in year: a member without data is left out and listed.
func (k *Checker) eval(f formula, codes []string, year int) (evalResult, bool) {
	var r evalResult
	var num, den float64
	for _, c := range codes {
		n, ok := k.sum(f.Terms, c, year)
		var d float64
		if ok && f.Per != nil {
			d, ok = k.sum(f.Per, c, year)
		}
		if !ok {
			r.missing = append(r.missing, c)
			continue
		}
		num += n
		den += d
		r.covered = append(r.covered, c)
	}
	if len(r.covered) == 0 {
		return r, false
	}
	if f.Per != nil {
		if den == 0 {
			return r, false
		}
		num /= den
	}
	if f.World {
		w, ok := k.sum(f.Terms, "WLD", year)
		if !ok || w == 0 {
			return r, false
		}
		num /= w
	}
	if f.Scale != 0 {
		num *= f.Scale
	}
	r.v = num
	return r, true
}

// unallocated returns the part of the World's value of f (Terms only,
// as a share of the World's when f.World) that no economy's figure
// accounts for: the economies the World Bank includes in its World total
// without publishing figures for them (Taiwan among them). It bounds
// what a bloc member without data may add.
func (k *Checker) unallocated(f formula, year int) (float64, bool) {
	if f.Per != nil {
		return 0, false
	}
	key := residKey{f.key(), year}
	k.mu.Lock()
	r, done := k.resid[key]
	k.mu.Unlock()
	if done {
		return r.v, r.ok
	}
	w, ok := k.sum(f.Terms, "WLD", year)
	if ok {
		var s float64
		for _, c := range k.economies {
			if v, ok := k.sum(f.Terms, c, year); ok {
				s += v
			}
		}
		r.v = w - s
		if f.World {
			r.v /= w
		}
		if f.Scale != 0 {
			r.v *= f.Scale
		}
		r.ok = w != 0 && r.v >= 0
	}
	k.mu.Lock()
	k.resid[key] = r
	k.mu.Unlock()
	return r.v, r.ok
}

// Check holds c against the reference data.
func (k *Checker) Check(c *Claim) Check {
	ch, _ := k.check(c)
	return ch
}

// Reference returns the reference that Check holds c against (of a
// figure's alternatives, the one its verdict comes from), or nil.
func (k *Checker) Reference(c *Claim) *Reference {
	_, r := k.check(c)
	return r
}

// check is Check, with the reference the verdict comes from. A figure
// whose coverage the wording leaves open (exports: of goods, or of goods
// and services?) has an alternative; the better verdict of the two wins,
// the first on a tie.
func (k *Checker) check(c *Claim) (Check, *Reference) {
	r, reason := k.Map(c)
	if r == nil {
		return Check{Verdict: CheckNone, Reason: reason}, nil
	}
	var best Check
	var bestRef *Reference
	for i, cand := range []*Reference{r, r.alt} {
		if cand == nil {
			continue
		}
		v, ok := k.value(cand, cand.Year)
		if !ok {
			if i == 0 {
				best = Check{Verdict: CheckNone, Series: cand.Series, Year: cand.Year, Reason: v.reason}
			}
			continue
		}
		ch := k.verdict(c, cand, v)
		if bestRef == nil || checkRank[ch.Verdict] < checkRank[best.Verdict] {
			best, bestRef = ch, cand
		}
	}
	return best, bestRef
}

// checkRank orders verdicts from the best.
var checkRank = map[CheckVerdict]int{CheckAgrees: 0, CheckClose: 1, CheckDiffers: 2, CheckNone: 3}

// ValueAt returns the reference figure of r for another year, in the
// claim's terms (for charts of a series around a claim).
func (k *Checker) ValueAt(r *Reference, year int) (float64, bool) {
	v, ok := k.value(r, year)
	return v.v, ok
}

// refValue is a reference figure for a year, in the claim's terms.
type refValue struct {
	v        float64
	raw      float64 // before the claim's sign (a surplus is positive)
	rate     float64 // units of the claim's currency per US$, 0 without conversion
	rateCode string  // whose exchange rate
	covered  []string
	missing  []string
	caveats  []string
	tol      float64 // the allowance, in the claim's terms
	reason   string  // why there is no value
}

// value computes r's figure in year.
func (k *Checker) value(r *Reference, year int) (refValue, bool) {
	var out refValue
	codes := []string{r.code}
	if r.bloc != nil && !r.useAggregate(year) {
		codes = r.bloc.MembersIn(year)
		if len(codes) == 0 {
			out.reason = r.Subject + " had no members in " + strconv.Itoa(year)
			return out, false
		}
	}
	ev, ok := k.eval(r.f, codes, year)
	if !ok {
		out.reason = "the World Bank has no " + r.what + " figure for " + r.Subject + " in " + strconv.Itoa(year)
		return out, false
	}
	out.covered, out.missing = ev.covered, ev.missing
	for _, c := range ev.covered {
		if n := caveatFor(c, year); n != "" {
			out.caveats = append(out.caveats, n)
		}
	}
	if r.bloc != nil && r.useAggregate(year) && year < r.bloc.AggregateFrom {
		out.caveats = append(out.caveats, "the World Bank's "+r.Subject+" aggregate has today's members, not those of "+strconv.Itoa(year))
	}
	v := ev.v
	tol := math.Max(r.tol.Abs, r.tol.Rel*math.Abs(v))
	if r.tol.Floor != nil {
		if fl, ok := k.eval(*r.tol.Floor, ev.covered, year); ok {
			tol = math.Max(tol, r.tol.FloorFrac*math.Abs(fl.v))
		}
	}
	if r.money && r.currency != "" && r.currency != "USD" {
		rate, code, reason := k.fxRate(r.currency, year, r.code)
		if reason != "" {
			out.reason = reason
			return out, false
		}
		v *= rate
		tol *= rate
		out.rate, out.rateCode = rate, code
	}
	if math.IsNaN(v) || math.IsInf(v, 0) || math.IsNaN(tol) || math.IsInf(tol, 0) {
		out.reason = "the World Bank's figures for " + r.Subject + " in " + strconv.Itoa(year) + " give no finite " + r.what
		return out, false
	}
	out.raw = v
	out.v = r.sign * v
	out.tol = tol
	return out, true
}

// verdict compares the claim's interval with the reference value.
func (k *Checker) verdict(c *Claim, r *Reference, v refValue) Check {
	iv := ClaimInterval(c)
	ref := v.v
	t := v.tol
	var verdict CheckVerdict
	switch {
	case ref >= iv.Low-t && ref <= iv.High+t:
		verdict = CheckAgrees
	case ref >= iv.Low-2*t && ref <= iv.High+2*t:
		verdict = CheckClose
	default:
		verdict = CheckDiffers
	}
	partial := len(v.missing) > 0 || len(v.caveats) > 0
	if verdict == CheckAgrees && partial {
		verdict = CheckClose
	}
	ch := Check{
		Verdict: verdict, Reference: &ref, Series: r.Series, Year: r.Year, Source: k.Source(),
	}
	ch.Reason = k.reason(c, r, v, iv, verdict, partial)
	return ch
}
