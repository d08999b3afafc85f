package stats

// Conformance with the English test suites of peer extractors
// (Recognizers-Text, Duckling), each case judged by what claims.md calls a
// claim. The suites live in ../../shared/conformance (see its README.md);
// the mapping and the out-of-scope rules are documented in conformance.md.
//
//	go test ./stats -run TestConformance -v                    # rates and out-of-scope counts
//	go test ./stats -run TestConformance -conformance.v        # every failing case, every excluded case

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var conformanceVerbose = flag.Bool("conformance.v", false, "print every failing conformance case and every out-of-scope case with its rule")

// conformanceDir holds the peers' suites, outside this repository.
const conformanceDir = "../../shared/conformance"

// conformanceTarget is the pass rate issue 6 asks of each suite on its
// in-scope cases. Until a suite reaches it, the test holds the suite at its
// conformanceFloor (the rate measured when the floor was last raised), so
// that the grammar can only move forward; raise a floor whenever the grammar
// improves, and delete it once the suite reaches the target.
const conformanceTarget = 0.95

// conformanceFloor is the pass rate each suite below the target must keep.
// Every suite meets the target now; a suite that falls below it after a
// deliberate change of scope would get its floor here, with a reason.
var conformanceFloor = map[string]float64{}

// ---------------------------------------------------------------------------
// Expectations in our terms

// cspec is one claim we expect.
type cspec struct {
	value      float64
	max        *float64 // a range: value..max; nil: the claim must not be a range
	units      []Unit   // any of these
	currencies []string // any of these; empty: not checked
	approx     []Approx // any of these; empty: not checked
	unitNames  []string // any of these unit_names (case ignored); empty: not checked
}

// citem is one expected expression: a span and the forms that satisfy it
// (each form a set of claims that must all be found inside the span).
type citem struct {
	text       string
	start, end int // byte span in the input
	forms      [][]cspec
}

// ccase is one conformance case converted to our terms.
type ccase struct {
	id       string
	input    string
	items    []citem
	optional [][2]int          // claims overlapping only these spans are ignored
	covered  func(*Claim) bool // the kind of claim the peer's model reports
	count    int               // >0: exactly this many claims (Duckling intersectTests)
	span     *[2]int           // first covered claim has exactly this span (Duckling rangeTests)
	oos      *confRule         // out of scope, by this rule
}

// confRule is one reason, by claims.md, for which a case is not judged.
type confRule struct {
	name, reason string
}

var (
	confAllButOrdinal = []Unit{UnitPercent, UnitPercentagePoint, UnitMoney, UnitCount, UnitMultiple, UnitQuantity, UnitNumber}
	confOnlyPercent   = []Unit{UnitPercent}
	confOnlyOrdinal   = []Unit{UnitOrdinal}
	confOnlyMoney     = []Unit{UnitMoney}
)

func confNotOrdinal(c *Claim) bool { return c.Unit != UnitOrdinal }
func confIsOrdinal(c *Claim) bool  { return c.Unit == UnitOrdinal }
func confIsPercent(c *Claim) bool  { return c.Unit == UnitPercent }
func confIsMoney(c *Claim) bool    { return c.Unit == UnitMoney }
func confIsBound(c *Claim) bool    { return c.Max != nil || c.Approx == Over || c.Approx == Under }

// ---------------------------------------------------------------------------
// Judging

func confOverlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

func confSameValue(got, want float64) bool {
	if want == 0 {
		return math.Abs(got) < 1e-9
	}
	return math.Abs(got-want) <= 1e-6*math.Abs(want)
}

func (sp *cspec) matches(c *Claim) bool {
	if !confSameValue(c.Value, sp.value) {
		return false
	}
	if (sp.max == nil) != (c.Max == nil) || sp.max != nil && !confSameValue(*c.Max, *sp.max) {
		return false
	}
	if !confHasUnit(sp.units, c.Unit) {
		return false
	}
	if len(sp.currencies) > 0 && !confHasString(sp.currencies, c.Currency) {
		return false
	}
	if len(sp.unitNames) > 0 && !confUnitName(sp.unitNames, strings.ToLower(c.UnitName)) {
		return false
	}
	if len(sp.approx) > 0 {
		a := c.Approx
		if a == "" {
			a = Exact
		}
		ok := false
		for _, x := range sp.approx {
			ok = ok || x == a
		}
		if !ok {
			return false
		}
	}
	return true
}

// confUnitName reports whether name is one of the unit_names wanted, or a
// rate of one ("barrel per day" for "barrel": the peer cut the rate off).
func confUnitName(want []string, name string) bool {
	for _, w := range want {
		if name == w || strings.HasPrefix(name, w+" per ") {
			return true
		}
	}
	return false
}

func confHasUnit(us []Unit, u Unit) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

func confHasString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// confJudge decides whether our claims satisfy the case; why says what failed.
func confJudge(c *ccase, claims []Claim) (ok bool, why string) {
	// claims on an optional span are ignored, unless they also reach an expected one
	var cs []Claim
	for _, cl := range claims {
		opt, exp := false, false
		for _, o := range c.optional {
			opt = opt || confOverlaps(cl.Start, cl.End, o[0], o[1])
		}
		for _, it := range c.items {
			exp = exp || confOverlaps(cl.Start, cl.End, it.start, it.end)
		}
		if !opt || exp {
			cs = append(cs, cl)
		}
	}
	if c.count > 0 {
		if len(cs) != c.count {
			return false, fmt.Sprintf("%d claims, want %d", len(cs), c.count)
		}
		return true, ""
	}
	if c.span != nil {
		for i := range cs {
			if c.covered(&cs[i]) {
				if cs[i].Start != c.span[0] || cs[i].End != c.span[1] {
					return false, fmt.Sprintf("first claim spans %q, want %q", c.input[cs[i].Start:cs[i].End], c.input[c.span[0]:c.span[1]])
				}
				return true, ""
			}
		}
		return false, "no claim"
	}
	used := make([]bool, len(cs))
	for _, it := range c.items {
		found := false
		for _, form := range it.forms {
			take := make([]int, 0, len(form))
			for si := range form {
				sp := &form[si]
				pick := -1
				for i := range cs {
					if used[i] || confHasInt(take, i) || !confOverlaps(cs[i].Start, cs[i].End, it.start, it.end) {
						continue
					}
					if sp.matches(&cs[i]) {
						pick = i
						break
					}
				}
				if pick < 0 {
					break
				}
				take = append(take, pick)
			}
			if len(take) == len(form) {
				for _, i := range take {
					used[i] = true
				}
				found = true
				break
			}
		}
		if !found {
			return false, fmt.Sprintf("missing %q", it.text)
		}
	}
	for i := range cs {
		if used[i] || !c.covered(&cs[i]) {
			continue
		}
		dup := false
		for j := range cs {
			if used[j] && cs[j].Unit == cs[i].Unit && confSameValue(cs[i].Value, cs[j].Value) && (cs[i].Max == nil) == (cs[j].Max == nil) {
				dup = true // the same amount written twice: "forty-five (45)"
			}
		}
		if !dup {
			return false, fmt.Sprintf("extra %q", cs[i].Text)
		}
	}
	return true, ""
}

func confHasInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func confDescribe(c *ccase) string {
	switch {
	case c.count > 0:
		return fmt.Sprintf("%d claims", c.count)
	case c.span != nil:
		return fmt.Sprintf("first claim %q", c.input[c.span[0]:c.span[1]])
	case len(c.items) == 0:
		return "(no claim)"
	}
	var b strings.Builder
	for i, it := range c.items {
		if i > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprintf(&b, "%q→", it.text)
		for fi, form := range it.forms {
			if fi > 0 {
				b.WriteString(" or ")
			}
			for si, sp := range form {
				if si > 0 {
					b.WriteString(" + ")
				}
				b.WriteString(strconv.FormatFloat(sp.value, 'g', 12, 64))
				if sp.max != nil {
					b.WriteString(".." + strconv.FormatFloat(*sp.max, 'g', 12, 64))
				}
				us := make([]string, len(sp.units))
				for k, u := range sp.units {
					us[k] = string(u)
				}
				if len(sp.units) == len(confAllButOrdinal) {
					us = []string{"non-ordinal"}
				}
				b.WriteString(" " + strings.Join(us, "|"))
				if len(sp.currencies) > 0 {
					b.WriteString(":" + strings.Join(sp.currencies, "|"))
				}
				if len(sp.unitNames) > 0 {
					b.WriteString(":" + strings.Join(sp.unitNames, "|"))
				}
				if len(sp.approx) > 0 {
					as := make([]string, len(sp.approx))
					for k, a := range sp.approx {
						as[k] = string(a)
					}
					b.WriteString("~" + strings.Join(as, "|"))
				}
			}
		}
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Loading

type recResult struct {
	Text       string `json:"text"`
	Type       string `json:"type"`
	Start      int    `json:"utf8Start"`
	End        int    `json:"utf8End"`
	Resolution struct {
		Value       *string `json:"value"`
		Subtype     string  `json:"subtype"`
		Unit        string  `json:"unit"`
		IsoCurrency string  `json:"isoCurrency"`
	} `json:"resolution"`
}

type recRecord struct {
	ID                   string      `json:"id"`
	Input                string      `json:"input"`
	Results              []recResult `json:"results"`
	NotSupported         *string     `json:"notSupported"`
	NotSupportedByDesign *string     `json:"notSupportedByDesign"`
	Comment              *string     `json:"comment"`
}

type duckRecord struct {
	Input  string   `json:"input"`
	Value  *float64 `json:"value"`
	Unit   *string  `json:"unit"`
	Dim    string   `json:"dim"`
	Kind   string   `json:"kind"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Count  int      `json:"count"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Locale string   `json:"locale"`
	Test   string   `json:"test"`
}

// confReadJSONL decodes every line of a suite file into a new T.
func confReadJSONL[T any](t *testing.T, name string) []T {
	path := filepath.Join(conformanceDir, name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("conformance suite not available: %v", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var r T
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

func confParseNum(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return v, err == nil
}

func confPtr(v float64) *float64 { return &v }

// ---------------------------------------------------------------------------
// The test

type conformanceSuite struct {
	name string
	load func(*testing.T) []ccase
}

var conformanceSuites = []conformanceSuite{
	{"recognizers-number-model", recNumberCases},
	{"recognizers-ordinal-model", recOrdinalCases},
	{"recognizers-percent-model", recPercentCases},
	{"recognizers-number-range-model", recRangeCases},
	{"recognizers-currency-model", recCurrencyCases},
	{"duckling-numeral", duckNumeralCases},
	{"duckling-ordinal", duckOrdinalCases},
	{"duckling-amountofmoney", duckMoneyCases},
	{"recognizers-dimension-model", recDimensionCases},
	{"quantulum3", qtCases},
	{"quantulum3-spellout", qtSpelloutCases},
	{"quantulum3-expand", qtExpandCases},
	{"quantulum3-errors", qtErrorCases},
}

// TestConformance runs each peer suite through Extract and asserts that at
// least 95% of its in-scope cases pass.
func TestConformance(t *testing.T) {
	for _, s := range conformanceSuites {
		t.Run(s.name, func(t *testing.T) {
			cases := s.load(t)
			oos := map[string]int{}
			reasons := map[string]string{}
			var failures []string
			var excluded []string
			inScope, pass := 0, 0
			for i := range cases {
				c := &cases[i]
				claims := Extract(&Article{Text: c.input, ID: ArticleID(c.input)})
				for _, cl := range claims {
					if cl.Start < 0 || cl.End > len(c.input) || c.input[cl.Start:cl.End] != cl.Text {
						t.Errorf("%s: claim %q at %d:%d does not index the input", c.id, cl.Text, cl.Start, cl.End)
					}
				}
				if c.oos != nil {
					oos[c.oos.name]++
					reasons[c.oos.name] = c.oos.reason
					excluded = append(excluded, fmt.Sprintf("%s [%s] %q", c.id, c.oos.name, c.input))
					continue
				}
				inScope++
				ok, why := confJudge(c, claims)
				if ok {
					pass++
					continue
				}
				failures = append(failures, fmt.Sprintf("%s %q\n    want: %s\n     got: %s\n     why: %s",
					c.id, c.input, confDescribe(c), render(claims), why))
			}
			names := make([]string, 0, len(oos))
			for n := range oos {
				names = append(names, n)
			}
			sort.Slice(names, func(i, j int) bool {
				return oos[names[i]] > oos[names[j]] || oos[names[i]] == oos[names[j]] && names[i] < names[j]
			})
			var ob strings.Builder
			for _, n := range names {
				fmt.Fprintf(&ob, " %s=%d", n, oos[n])
			}
			rate := 1.0
			if inScope > 0 {
				rate = float64(pass) / float64(inScope)
			}
			summary := fmt.Sprintf("%s: %d cases, %d in scope, %d pass (%.1f%%); out of scope:%s",
				s.name, len(cases), inScope, pass, 100*rate, ob.String())
			if rate >= conformanceTarget {
				t.Log(summary)
			}
			if *conformanceVerbose {
				for _, f := range failures {
					t.Log("FAIL " + f)
				}
				for _, n := range names {
					t.Logf("RULE %s (%d): %s", n, oos[n], reasons[n])
				}
				for _, e := range excluded {
					t.Log("OUT  " + e)
				}
			}
			if rate < conformanceTarget {
				n := min(len(failures), 30)
				floor, ok := conformanceFloor[s.name]
				report := t.Errorf
				if ok && rate >= floor {
					report = t.Logf // below the target, at or above the floor: known gap
				}
				report("%s\npass rate %.3f < %.2f (floor %.2f); first %d of %d failing cases (-conformance.v for all):\n%s",
					summary, rate, conformanceTarget, floor, n, len(failures), strings.Join(failures[:n], "\n"))
			}
		})
	}
}
