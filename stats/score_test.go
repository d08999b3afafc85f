package stats

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestReadLocateGold(t *testing.T) {
	// The expected problems are what score.py --check prints for this file.
	const data = "aaa bbb, it's 5%\n"
	gold := "\n" + `{"file": "c/f.txt", "claims": [{"text": "aa", "occurrence": 2, "value": 1, "unit": "count"},` +
		` {"text": "zz", "value": 1, "unit": "count"}, {"text": "5%", "value": 5, "unit": "pct"},` +
		` {"text": "bbb", "unit": "count"}, {"text": "it's", "value": 1},` +
		` {"text": "5%", "occurrence": 1, "value": 5, "unit": "percent"},` +
		` {"text": "b", "occurrence": 0, "value": 5, "unit": "count", "max": 6, "subject": ["X"], "optional": true}]}` + "\n\n"
	files, err := ReadGold(strings.NewReader(gold))
	if err != nil || len(files) != 1 {
		t.Fatalf("ReadGold: %v, %d files", err, len(files))
	}
	errs := LocateGold(&files[0], []byte(data))
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		"c/f.txt: text 'zz' occurrence 1 not found",
		"c/f.txt: '5%' has unit 'pct'",
		"c/f.txt: 'bbb' has no numeric value",
		`c/f.txt: "it's" has unit None`,
		"c/f.txt: duplicate gold span '5%' at 14",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	var spans []string
	for _, c := range files[0].Claims {
		spans = append(spans, fmt.Sprintf("%s@%d-%d", c.Text, c.Start, c.End))
	}
	// Overlapping occurrences count ("aa" twice in "aaa"); occurrence 0
	// gives score.py's span (-1, len-1); "zz" is dropped.
	if s := strings.Join(spans, " "); s != "aa@1-3 5%@14-16 bbb@4-7 it's@9-13 5%@14-16 b@-1-0" {
		t.Errorf("spans: %s", s)
	}
	if c := files[0].Claims[5]; c.Max == nil || *c.Max != 6 || !c.Optional || len(c.Subject) != 1 {
		t.Errorf("last claim decoded as %+v", c)
	}
	if _, err := ReadGold(strings.NewReader("{\"file\": \"a\", \"claims\": []}\n\n{bad\n")); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("bad line: %v", err)
	}
}

func TestScore(t *testing.T) {
	const text = "Exports rose 5% to $3bn, the two countries said; 3-4% more."
	f := func(v float64) *float64 { return &v }
	// g and p build a gold claim and a prediction for the first match of s.
	g := func(s string, v float64, u Unit, subj ...string) GoldClaim {
		i := strings.Index(text, s)
		return GoldClaim{Text: s, Occurrence: 1, Value: v, Unit: u, Subject: subj, Start: i, End: i + len(s)}
	}
	p := func(s string, v float64, u Unit, subj string) Claim {
		i := strings.Index(text, s)
		return Claim{Text: s, Value: v, Unit: u, Subject: subj, Start: i, End: i + len(s)}
	}
	pct := g("5%", 5, UnitPercent)
	rng := g("3-4%", 3, UnitPercent)
	rng.Max = f(4)
	opt := g("two countries", 2, UnitCount)
	opt.Optional = true
	prng := p("3-4%", 3, UnitPercent, "")
	prng.Max = f(4)
	pnomax := prng
	pnomax.Max = nil
	tests := []struct {
		name       string
		gold       []GoldClaim
		preds      []Claim
		tp, fp, fn int
		subj       [2]int // checked, ok
		errs       []string
	}{
		{"exact", []GoldClaim{pct}, []Claim{p("5%", 5, UnitPercent, "")}, 1, 0, 0, [2]int{}, nil},
		{"partial overlap", []GoldClaim{pct}, []Claim{p("rose 5", 5, UnitPercent, "")}, 1, 0, 0, [2]int{}, nil},
		{"adjacent", []GoldClaim{pct}, []Claim{p("rose ", 5, UnitPercent, "")}, 0, 1, 1, [2]int{}, []string{
			"MISS f '5%'=5 percent  got: nothing", "FALSE f 'rose '=5 percent"}},
		{"unit mismatch", []GoldClaim{pct}, []Claim{p("5%", 5, UnitNumber, "")}, 0, 1, 1, [2]int{}, []string{
			"MISS f '5%'=5 percent  got: '5%'=5 number", "FALSE f '5%'=5 number"}},
		{"value within 1e-6", []GoldClaim{pct}, []Claim{p("5%", 5.000004, UnitPercent, "")}, 1, 0, 0, [2]int{}, nil},
		{"value outside 1e-6", []GoldClaim{pct}, []Claim{p("5%", 5.00001, UnitPercent, "")}, 0, 1, 1, [2]int{}, []string{
			"MISS f '5%'=5 percent  got: '5%'=5.00001 percent", "FALSE f '5%'=5.00001 percent"}},
		{"large value relative", []GoldClaim{g("$3bn", 3e9, UnitMoney)}, []Claim{p("$3bn", 3e9+2000, UnitMoney, "")}, 1, 0, 0, [2]int{}, nil},
		{"range", []GoldClaim{rng}, []Claim{prng}, 1, 0, 0, [2]int{}, nil},
		{"range without max", []GoldClaim{rng}, []Claim{pnomax}, 0, 1, 1, [2]int{}, []string{
			"MISS f '3-4%'=3 percent  got: '3-4%'=3 percent", "FALSE f '3-4%'=3 percent"}},
		{"max not in gold", []GoldClaim{pct}, []Claim{func() Claim { c := p("5%", 5, UnitPercent, ""); c.Max = f(5); return c }()}, 0, 1, 1, [2]int{}, nil},
		{"optional ignored", []GoldClaim{opt}, []Claim{p("two", 2, UnitCount, "")}, 0, 0, 0, [2]int{}, nil},
		{"optional not rewarded", []GoldClaim{opt, pct}, []Claim{p("two countries", 2, UnitCount, ""), p("5%", 5, UnitPercent, "")}, 1, 0, 0, [2]int{}, nil},
		{"outside optional", []GoldClaim{opt}, []Claim{p("said", 2, UnitCount, "")}, 0, 1, 0, [2]int{}, []string{"FALSE f 'said'=2 count"}},
		{"one gold, two preds", []GoldClaim{pct}, []Claim{p("5%", 5, UnitPercent, "A"), p("5%", 5, UnitPercent, "B")}, 1, 1, 0, [2]int{}, []string{
			"FALSE f '5%'=5 percent"}},
		{"two golds, one pred", []GoldClaim{g("5", 5, UnitPercent), pct}, []Claim{p("5%", 5, UnitPercent, "")}, 1, 0, 1, [2]int{}, []string{
			"MISS f '5%'=5 percent  got: '5%'=5 percent"}},
		{"first by span", []GoldClaim{g("5", 5, UnitPercent, "B")}, []Claim{p("5%", 5, UnitPercent, "A"), p("rose 5%", 5, UnitPercent, "B")}, 1, 1, 0, [2]int{1, 1}, nil},
		{"subject The", []GoldClaim{g("5%", 5, UnitPercent, "China", "United States")}, []Claim{p("5%", 5, UnitPercent, "The  united States")}, 1, 0, 0, [2]int{1, 1}, nil},
		{"subject wrong", []GoldClaim{g("5%", 5, UnitPercent, "China", "it's")}, []Claim{p("5%", 5, UnitPercent, "Japan")}, 1, 0, 0, [2]int{1, 0}, []string{
			`SUBJ f '5%': gold ['China', "it's"] got 'Japan'`}},
		{"subject missing", []GoldClaim{g("5%", 5, UnitPercent, "China")}, []Claim{p("5%", 5, UnitPercent, "")}, 1, 0, 0, [2]int{1, 0}, []string{
			"SUBJ f '5%': gold ['China'] got None"}},
		{"no gold subject", []GoldClaim{pct}, []Claim{p("5%", 5, UnitPercent, "China")}, 1, 0, 0, [2]int{}, nil},
	}
	for _, tc := range tests {
		r := Score([]GoldFile{{File: "f", Claims: tc.gold}}, map[string][]Claim{"f": tc.preds})
		if r.TP != tc.tp || r.FP != tc.fp || r.FN != tc.fn || r.SubjectChecked != tc.subj[0] || r.SubjectOK != tc.subj[1] {
			t.Errorf("%s: tp/fp/fn %d/%d/%d subject %d/%d, want %d/%d/%d %v", tc.name, r.TP, r.FP, r.FN,
				r.SubjectOK, r.SubjectChecked, tc.tp, tc.fp, tc.fn, tc.subj)
		}
		var errs []string
		for _, e := range r.Errors {
			errs = append(errs, e.String())
		}
		if tc.errs != nil && !reflect.DeepEqual(errs, tc.errs) {
			t.Errorf("%s: errors\n got %q\nwant %q", tc.name, errs, tc.errs)
		}
	}
}

func TestScoreTotals(t *testing.T) {
	gold := []GoldFile{{File: "f", Claims: []GoldClaim{
		{Text: "a", Value: 1, Unit: UnitCount, Subject: []string{"X"}, Start: 0, End: 1},
		{Text: "b", Value: 2, Unit: UnitMoney, Start: 2, End: 3},
	}}}
	preds := map[string][]Claim{"f": {
		{Text: "a", Value: 1, Unit: UnitCount, Subject: "the x", Start: 0, End: 1},
		{Text: "c", Value: 3, Unit: UnitNumber, Start: 4, End: 5},
	}}
	r := Score(gold, preds)
	want := map[Unit]*UnitCounts{UnitCount: {TP: 1}, UnitMoney: {FN: 1}, UnitNumber: {FP: 1}}
	if !reflect.DeepEqual(r.PerUnit, want) || r.Precision != 0.5 || r.Recall != 0.5 || r.F1 != 0.5 || r.SubjectAccuracy != 1 {
		t.Errorf("report %+v", r)
	}
	if r := Score(nil, nil); r.F1 != 0 || r.SubjectAccuracy != 0 || len(r.PerUnit) != 0 {
		t.Errorf("empty report %+v", r)
	}
}

func TestMatchSource(t *testing.T) {
	for _, tc := range []struct {
		gold, src string
		want      bool
	}{
		{"corpus/eval/x.txt", "corpus/eval/x.txt", true},
		{"corpus/eval/x.txt", "./corpus/eval/x.txt", true},
		{"corpus/eval/x.txt", "eval/x.txt", true},
		{"corpus/eval/x.txt", `corpus\eval\x.txt`, true},
		{"corpus/eval/x.txt", "../../shared/corpus/eval/x.txt", true},
		{"corpus/eval/x.txt", "corpus/eval/y.txt", false},
		{"corpus/eval/x.txt", "-", false},
		// lstrip("./") strips characters, not a prefix.
		{"corpus/eval/x.txt", "../eval/x.txt", true},
		{"corpus/eval/x.txt", "/.x.txt", true},
		{"corpus/eval/x.txt", ".", true},
		{"corpus/eval/x.txt", "", true},
		{"corpus/.eval/x.txt", "./.eval/x.txt", true},
	} {
		if got := MatchSource(tc.gold, tc.src); got != tc.want {
			t.Errorf("MatchSource(%q, %q) = %v", tc.gold, tc.src, got)
		}
	}
	gold := []GoldFile{{File: "c/x.txt"}, {File: "c/y.txt"}}
	got := GroupPreds(gold, []Claim{{Source: "c/y.txt", Text: "1"}, {Source: "./c/x.txt", Text: "2"}, {Source: "c/y.txt", Text: "3"}})
	if len(got["c/x.txt"]) != 1 || len(got["c/y.txt"]) != 2 || got["c/y.txt"][1].Text != "3" {
		t.Errorf("GroupPreds: %+v", got)
	}
}

func TestPyFormat(t *testing.T) {
	for v, want := range map[float64]string{1: "1", 0.5: "0.5", 1e-05: "1e-05", 3100000000: "3.1e+09",
		66.66666666666667: "66.6667", 1e16: "1e+16", -2: "-2", 0.0001: "0.0001", 123456.7: "123457",
		1234567: "1.23457e+06", 999999.5: "1e+06", 1e100: "1e+100", 0.00012345678: "0.000123457",
		math.Inf(1): "inf", math.Copysign(0, -1): "-0"} {
		if got := pyG(v); got != want {
			t.Errorf("pyG(%v) = %q, want %q", v, got, want)
		}
	}
	for s, want := range map[string]string{"it's": `"it's"`, `a'b"c`: `'a\'b"c'`, "x\ny\\": `'x\ny\\'`,
		"€5": "'€5'", "\u00a0\x7f\u200b😀": `'\xa0\x7f\u200b😀'`, "": "''"} {
		if got := pyRepr(s); got != want {
			t.Errorf("pyRepr(%q) = %s, want %s", s, got, want)
		}
	}
	for s, want := range map[string]string{"The United States": "united states", "the  Netherlands ": "netherlands",
		"Bathe Inc": "ba inc", "İstanbul": "i\u0307stanbul", "ΟΔΥΣΣΕΥΣ": "οδυσσευς", "ΑΣ.": "ας.",
		"The\tUS": "the us", "THE EU": "eu", "x\x1cy": "x y"} {
		if got := normSubject(s); got != want {
			t.Errorf("normSubject(%q) = %q, want %q", s, got, want)
		}
	}
}
