package stats

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// cmpClaim builds a test claim; opts are "key=value" pairs for the other
// fields (subject, metric, unit, currency, period, change, approx, article,
// source, sentence, max).
func cmpClaim(text string, value float64, opts ...string) Claim {
	c := Claim{Text: text, Value: value, Unit: UnitPercent, Approx: Exact, Subject: "APEC",
		Metric: "share of world gdp", Article: "a1", Source: "src", Sentence: text}
	sentenceGiven := false
	for _, o := range opts {
		k, v, _ := strings.Cut(o, "=")
		sentenceGiven = sentenceGiven || k == "sentence"
		switch k {
		case "subject":
			c.Subject = v
		case "metric":
			c.Metric = v
		case "unit":
			c.Unit = Unit(v)
		case "currency":
			c.Currency = v
		case "period":
			c.Period = v
		case "change":
			c.Change = Change(v)
		case "approx":
			c.Approx = Approx(v)
		case "article":
			c.Article = v
		case "source":
			c.Source = v
		case "sentence":
			c.Sentence = v
		case "unitname":
			c.UnitName = v
		case "item":
			c.Item = v
		case "max":
			var m float64
			fmt.Sscan(v, &m)
			c.Max = &m
		default:
			panic("cmpClaim: unknown option " + o)
		}
	}
	if !sentenceGiven {
		c.Sentence = text + " (" + c.Article + ")" // articles write their own sentences
	}
	return c
}

func cmpClose(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*max(1, math.Abs(a), math.Abs(b))
}

func TestClaimInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name     string
		c        Claim
		low, hig float64
	}{
		// rounding: u is the unit of the last significant digit
		{"62", cmpClaim("62 percent", 62), 61.5, 62.5},
		{"6.2", cmpClaim("6.2 pct", 6.2), 6.15, 6.25},
		{"6.20 keeps its zero", cmpClaim("6.20 pct", 6.2), 6.195, 6.205},
		{"60 below 1,000: zeros count", cmpClaim("60 percent", 60), 59.5, 60.5},
		{"500 tonnes", cmpClaim("500 tonnes", 500, "unit=quantity"), 499.5, 500.5},
		{"1,500 rounds to hundreds", cmpClaim("1,500", 1500, "unit=count"), 1450, 1550},
		{"1,234", cmpClaim("1,234", 1234, "unit=count"), 1233.5, 1234.5},
		{"2,000", cmpClaim("2,000 jobs", 2000, "unit=count"), 1500, 2500},
		{"250,000", cmpClaim("250,000 barrels", 250000, "unit=quantity"), 245000, 255000},
		{"68000 without commas", cmpClaim("68000", 68000, "unit=count"), 67500, 68500},
		{"3 210 spaced thousands", cmpClaim("3 210", 3210, "unit=count"), 3205, 3215},
		{"38.37 billion", cmpClaim("38.37 billion dlrs", 38.37e9, "unit=money", "currency=USD"), 38.365e9, 38.375e9},
		{"1.5bn", cmpClaim("$1.5bn", 1.5e9, "unit=money", "currency=USD"), 1.45e9, 1.55e9},
		{"20 billion", cmpClaim("20 billion yen", 20e9, "unit=money", "currency=JPY"), 19.5e9, 20.5e9},
		{"line break in text", cmpClaim("4.04\npct", 4.04), 4.035, 4.045},
		{"15 cents", cmpClaim("15 cts a share", 0.15, "unit=money", "currency=USD"), 0.145, 0.155},
		{"basis points", cmpClaim("25 basis points", 0.25, "unit=percentage_point"), 0.245, 0.255},
		{"7-1/4", cmpClaim("7-1/4 pct", 7.25), 7.125, 7.375},
		{"minus", cmpClaim("minus 2.5 pct", -2.5), -2.55, -2.45},
		{"words: five mln", cmpClaim("five mln", 5e6, "unit=count"), 4.5e6, 5.5e6},
		{"words: twenty", cmpClaim("twenty", 20, "unit=count"), 19.5, 20.5},
		{"half is to 5 points", cmpClaim("half", 50), 47.5, 52.5},
		{"two-thirds", cmpClaim("two-thirds", 200.0/3), 200.0/3 - 2.5, 200.0/3 + 2.5},
		// approximation words
		{"about", cmpClaim("around 62 percent", 62, "approx=about"), 60, 64},
		{"about 6.2", cmpClaim("about 6.2 pct", 6.2, "approx=about"), 6.0, 6.4},
		{"under", cmpClaim("nearly 60 percent", 60, "approx=under"), 58, 60},
		{"nearly half", cmpClaim("nearly half", 50, "approx=under"), 40, 50},
		{"over: a bound from below", cmpClaim("more than 40 percent", 40, "approx=over"), 40, math.Inf(1)},
		{"exceeded: a bound from below", cmpClaim("550", 550, "approx=over", "sentence=Exports exceeded 550 mln dlrs."), 550, math.Inf(1)},
		{"just over: close above", cmpClaim("just over 40 percent", 40, "approx=over"), 40, 42},
		{"under: a bound from above", cmpClaim("less than 40 percent", 40, "approx=under"), math.Inf(-1), 40},
		{"almost: close below", cmpClaim("almost 40 percent", 40, "approx=under"), 38, 40},
		{"exactly, from the sentence", cmpClaim("62 percent", 62, "sentence=APEC is exactly 62 percent of it."), 61.9, 62.1},
		{"at least", cmpClaim("at least 15", 15, "unit=count", "approx=over"), 15, inf},
		{"at most", cmpClaim("at most 5 pct", 5, "approx=under"), -inf, 5},
		{"no more than", cmpClaim("no more than 5 pct", 5, "approx=under"), -inf, 5},
		{"no less than, from the sentence", cmpClaim("20 pct", 20, "sentence=It wants no less than 20 pct."), 20, inf},
		{"up to: a bound from above", cmpClaim("up to 40 pct", 40, "approx=under"), math.Inf(-1), 40},
		// ranges
		{"range", cmpClaim("3-4%", 3, "max=4"), 3, 4},
		{"range with about", cmpClaim("about 70 to 80 pct", 70, "max=80", "approx=about"), 70, 80},
		{"reversed range", cmpClaim("4-3%", 4, "max=3"), 3, 4},
		// not finite
		{"NaN", cmpClaim("x", math.NaN()), -inf, inf},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ClaimInterval(&tt.c)
			if !cmpClose(got.Low, tt.low) || !cmpClose(got.High, tt.hig) {
				t.Errorf("ClaimInterval(%q, %v) = [%v, %v], want [%v, %v]", tt.c.Text, tt.c.Value, got.Low, got.High, tt.low, tt.hig)
			}
		})
	}
}

// cmpGroupOf compares claims written as "article:text=value[/approx]" in one
// group and returns its verdict and the texts marked as outliers.
func cmpGroupOf(t *testing.T, specs ...string) (Verdict, []string) {
	t.Helper()
	var claims []Claim
	for _, s := range specs {
		art, rest, _ := strings.Cut(s, ":")
		text, num, _ := strings.Cut(rest, "=")
		num, approx, _ := strings.Cut(num, "/")
		if approx == "" {
			approx = "exact"
		}
		var v float64
		if _, err := fmt.Sscan(num, &v); err != nil {
			t.Fatalf("bad spec %q", s)
		}
		claims = append(claims, cmpClaim(text, v, "article="+art, "approx="+approx))
	}
	gs := Compare(claims, CompareOptions{})
	if len(gs) != 1 {
		t.Fatalf("%d groups, want 1", len(gs))
	}
	var out []string
	for _, c := range gs[0].Claims {
		if c.Outlier {
			out = append(out, c.Text)
		}
	}
	return gs[0].Verdict, out
}

func TestCompareVerdict(t *testing.T) {
	tests := []struct {
		name     string
		claims   []string
		want     Verdict
		outliers string
	}{
		{"about and nearly share a point", []string{"a:around 62 percent=62/about", "b:nearly 60 percent=60/under"}, Consistent, ""},
		{"the APEC three", []string{"a:around 62 percent=62/about", "b:nearly 60 percent=60/under", "c:40 percent=40"}, Conflict, "40 percent"},
		{"touching intervals", []string{"a:62 percent=62", "b:63 percent=63"}, Consistent, ""},
		{"gap within u", []string{"a:62 percent=62", "b:63.5 percent=63.5"}, Tension, ""},
		{"gap beyond u and 2%", []string{"a:62 percent=62", "b:65 percent=65"}, Conflict, ""},
		{"gap within 2% of the median", []string{"a:100.0 pct=100", "b:102.0 pct=102"}, Tension, ""},
		{"gap beyond 2% of the median", []string{"a:100.0 pct=100", "b:103.0 pct=103"}, Conflict, ""},
		{"gap equal to u", []string{"a:1.5 billion=1.5e9", "b:1.7 billion=1.7e9"}, Tension, ""},
		{"at least agrees with a higher figure", []string{"a:at least 60 pct=60/over", "b:65 pct=65"}, Consistent, ""},
		{"at least conflicts with a lower one", []string{"a:at least 60 pct=60/over", "b:55 pct=55"}, Conflict, ""},
		{"one article may give two figures", []string{"a:2.35 pct=2.35", "a:1.87 pct=1.87", "b:2.35 pct=2.35"}, Consistent, ""},
		{"one article alone never conflicts", []string{"a:2.35 pct=2.35", "a:1.87 pct=1.87"}, Consistent, ""},
		{"articles disagree whatever they pick", []string{"a:2.35 pct=2.35", "a:1.87 pct=1.87", "b:3.5 pct=3.5"}, Conflict, ""},
		{"no majority, no outlier", []string{"a:10 pct=10", "b:20 pct=20"}, Conflict, ""},
		{"majority outlier", []string{"a:10 pct=10", "b:10 pct=10", "c:10.2 pct=10.2", "d:30 pct=30"}, Conflict, "30 pct"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, out := cmpGroupOf(t, tt.claims...)
			if got != tt.want || strings.Join(out, ",") != tt.outliers {
				t.Errorf("verdict %s outliers %q, want %s %q", got, out, tt.want, tt.outliers)
			}
		})
	}
}

// cmpRender renders groups as "subject|metric|unit|currency|period|change
// verdict articles values" lines.
func cmpRender(gs []Group) string {
	var b strings.Builder
	for _, g := range gs {
		var vs []string
		for _, c := range g.Claims {
			vs = append(vs, fmt.Sprint(c.Value))
		}
		fmt.Fprintf(&b, "%s|%s|%s|%s|%s|%s %s %d %s\n", g.Subject, g.Metric, g.Unit, g.Currency, g.Period, g.Change,
			g.Verdict, g.Articles, strings.Join(vs, ","))
	}
	return b.String()
}

func TestCompareGrouping(t *testing.T) {
	us := func(text string, v float64, opts ...string) Claim {
		return cmpClaim(text, v, append([]string{"subject=United States", "metric=trade deficit", "unit=money", "currency=USD", "period=1987-01"}, opts...)...)
	}
	tests := []struct {
		name   string
		claims []Claim
		opt    CompareOptions
		want   string
	}{
		{"subject and metric synonyms",
			[]Claim{us("12 billion", 12e9, "article=a", "subject=U.S."), us("12 billion", 12e9, "article=b", "metric=u.s. trade gap"),
				us("12.0 billion", 12e9, "article=c", "metric=merchandise trade deficit")},
			CompareOptions{},
			"United States|trade deficit|money|USD|1987-01| consistent 3 1.2e+10,1.2e+10,1.2e+10\n"},
		{"unit, currency and period separate groups",
			[]Claim{us("12 billion", 12e9, "article=a"), us("12 billion", 12e9, "article=b", "currency=JPY"),
				us("12 pct", 12, "article=c", "unit=percent", "currency="), us("12 billion", 12e9, "article=d", "period=1987-02"),
				us("12 billion", 12e9, "article=e", "period=")},
			CompareOptions{},
			"United States|trade deficit|money|JPY|1987-01| consistent 1 1.2e+10\n" +
				"United States|trade deficit|money|USD|1987-01| consistent 1 1.2e+10\n" +
				"United States|trade deficit|money|USD|1987-02| consistent 1 1.2e+10\n" +
				// (e: a deficit of no period in an undated article is of no known time)
				"United States|trade deficit|percent||1987-01| consistent 1 12\n"},
		{"the same article from two sources counts once",
			[]Claim{us("12.0 billion", 12e9, "article=a", "source=x.jsonl"), us("12.0 billion", 12e9, "article=a", "source=y.jsonl"),
				us("14.0 billion", 14e9, "article=b")},
			CompareOptions{},
			"United States|trade deficit|money|USD|1987-01| conflict 2 1.2e+10,1.4e+10\n"},
		{"MinArticles drops single-article groups",
			[]Claim{us("12 billion", 12e9, "article=a"), us("12 billion", 12e9, "article=b"),
				us("5 pct", 5, "article=a", "unit=percent", "currency=")},
			CompareOptions{MinArticles: 2},
			"United States|trade deficit|money|USD|1987-01| consistent 2 1.2e+10,1.2e+10\n"},
		{"a percent rise of a level metric is its growth",
			[]Claim{us("5 pct", 5, "article=a", "metric=exports", "unit=percent", "currency=", "change=up"),
				us("5 pct", 5, "article=b", "metric=export growth", "unit=percent", "currency="),
				us("5 pct", 5, "article=c", "metric=exports", "unit=percent", "currency=", "change=down"),
				us("3 pct", 3, "article=d", "metric=economy", "unit=percent", "currency=", "change=up"),
				us("3 pct", 3, "article=e", "metric=economic growth", "unit=percent", "currency=")},
			CompareOptions{MinArticles: 1},
			"United States|exports growth|percent||1987-01| consistent 2 5,5\n" +
				"United States|gdp growth|percent||1987-01| consistent 2 3,3\n" +
				"United States|exports growth|percent||1987-01|down consistent 1 5\n"},
		{"a money rise is not a level",
			[]Claim{us("2 billion", 2e9, "article=a", "metric=exports", "change=up"), us("2 billion", 2e9, "article=b", "metric=exports")},
			CompareOptions{},
			"United States|exports|money|USD|1987-01| consistent 1 2e+09\n" +
				"United States|exports|money|USD|1987-01|up consistent 1 2e+09\n"},
		{"unknown metrics only with AllMetrics",
			[]Claim{us("7 people", 7, "article=a", "metric=people", "unit=count", "currency="), us("12 billion", 12e9, "article=b")},
			CompareOptions{},
			"United States|trade deficit|money|USD|1987-01| consistent 1 1.2e+10\n"},
		{"AllMetrics",
			[]Claim{us("7 people", 7, "article=a", "metric=People", "unit=count", "currency=", "item=people"), us("about 7", 7, "article=b", "metric=the people", "unit=count", "currency=", "approx=about", "item=people")},
			CompareOptions{AllMetrics: true},
			"United States|people|count||1987-01| consistent 2 7,7\n"},
		{"a partner in the sentence makes a bilateral figure",
			[]Claim{us("3.61 billion", 3.61e9, "article=a", "subject=Taiwan", "metric=trade surplus", "sentence=Taiwan's trade surplus with Washington rose to 3.61 billion dlrs."),
				us("3.6 billion", 3.6e9, "article=b", "subject=Taiwan", "metric=trade surplus with the United States"),
				us("4.18 billion", 4.18e9, "article=c", "subject=Taiwan", "metric=trade surplus", "sentence=Taiwan's trade surplus with its partners widened to 4.18 billion."),
				us("4.2 billion", 4.2e9, "article=d", "subject=Taiwan", "metric=trade surplus", "sentence=Its trade surplus to 4.2 billion, with Japan next.")},
			CompareOptions{},
			"Taiwan|trade surplus|money|USD|1987-01| consistent 2 4.18e+09,4.2e+09\n" +
				"Taiwan|trade surplus with united states|money|USD|1987-01| consistent 2 3.6e+09,3.61e+09\n"},
		{"no subject, no metric, spans of time and undated bases are left out",
			[]Claim{us("12 billion", 12e9, "article=a", "subject="), us("12 billion", 12e9, "article=b", "metric="),
				us("two months", 2, "article=c", "unit=quantity", "unitname=month", "currency="),
				us("9.43 billion", 9.43e9, "article=d", "sentence=Exports rose to 9.19 billion from 9.43 billion."),
				us("9.71 billion", 9.71e9, "article=e", "sentence=It fell to 9.19 billion from 9.71 billion in January 1986.")},
			CompareOptions{},
			"United States|trade deficit|money|USD|1987-01| consistent 1 9.71e+09\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cmpRender(Compare(tt.claims, tt.opt)); got != tt.want {
				t.Errorf("got\n%swant\n%s", got, tt.want)
			}
		})
	}
}

func TestCompareStats(t *testing.T) {
	claims := []Claim{
		cmpClaim("40 percent", 40, "article=c"),
		cmpClaim("around 62 percent", 62, "article=a", "approx=about"),
		cmpClaim("nearly 60 percent", 60, "article=b", "approx=under"),
		cmpClaim("64 percent", 64, "article=d"),
	}
	g := Compare(claims, CompareOptions{})[0]
	if g.Min != 40 || g.Max != 64 || g.Median != 61 || g.Spread != 24 || !cmpClose(g.RelativeSpread, 24.0/61) || g.Articles != 4 {
		t.Errorf("min %v median %v max %v spread %v rel %v articles %d", g.Min, g.Median, g.Max, g.Spread, g.RelativeSpread, g.Articles)
	}
	var texts []string
	for _, c := range g.Claims {
		texts = append(texts, c.Text)
	}
	if got := strings.Join(texts, "|"); got != "40 percent|nearly 60 percent|around 62 percent|64 percent" {
		t.Errorf("claims in order %s", got)
	}
	if c := g.Claims[2]; c.Low != 60 || c.High != 64 || c.Article != "a" || c.Approx != About {
		t.Errorf("claim %+v", c)
	}
}

func TestCompareOrder(t *testing.T) {
	mk := func(subject, art string, v float64) Claim {
		return cmpClaim(fmt.Sprint(v, " pct"), v, "subject="+subject, "article="+art)
	}
	claims := []Claim{
		mk("Chile", "a", 10), mk("Chile", "b", 10), // consistent, 2 articles
		mk("Peru", "a", 10), mk("Peru", "b", 10), mk("Peru", "c", 10), // consistent, 3
		mk("Japan", "a", 10), mk("Japan", "b", 20), // conflict, 2
		mk("Korea", "a", 10), mk("Korea", "b", 10.6), // tension, 2
		mk("China", "a", 10), mk("China", "b", 20), mk("China", "c", 20), // conflict, 3
		mk("Brazil", "a", 10), mk("Brazil", "b", 10), // consistent, 2
	}
	var got []string
	for _, g := range Compare(claims, CompareOptions{}) {
		got = append(got, fmt.Sprintf("%s:%s:%d", g.Subject, g.Verdict, g.Articles))
	}
	want := "China:conflict:3 Japan:conflict:2 South Korea:tension:2 Peru:consistent:3 Brazil:consistent:2 Chile:consistent:2"
	if strings.Join(got, " ") != want {
		t.Errorf("order\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

func TestComparePeriods(t *testing.T) {
	in := []string{"1987-02", "", "junk", "1987", "1986-Q4", "1987-Q2", "1987-Q1", "1987-H1", "1987-01", "1986/87", "1987-03", "1987-02-26", "1986"}
	want := []string{"1986", "1986/87", "1986-Q4", "1987", "1987-H1", "1987-Q1", "1987-01", "1987-02", "1987-02-26", "1987-03", "1987-Q2", "", "junk"}
	got := slices.Clone(in)
	slices.SortFunc(got, comparePeriods)
	if !slices.Equal(got, want) {
		t.Errorf("sorted\n%q\nwant\n%q", got, want)
	}
}

func TestSeries(t *testing.T) {
	us := func(art, period string, v float64, opts ...string) Claim {
		return cmpClaim("x", v, append([]string{"subject=U.S.", "metric=trade gap", "unit=money", "currency=USD", "article=" + art, "period=" + period}, opts...)...)
	}
	claims := []Claim{
		us("a", "1987-02", 15e9), us("b", "1987-02", 15.1e9), us("c", "1987-02", 14e9),
		us("a", "1986-Q4", 38e9),
		us("d", "1987-01", 10e9), us("d", "1987", 150e9),
		us("e", "", 12e9), // no period
		us("f", "1987-01", 7, "unit=percent", "currency="), // another unit
		us("g", "1987-01", 1e9, "subject=Japan"),
	}
	var got []string
	for _, p := range Series(claims, "United States", "trade deficit", nil) {
		got = append(got, fmt.Sprintf("%s=%g[%g,%g]%d/%d", p.Period, p.Value, p.Min, p.Max, p.Claims, p.Articles))
	}
	want := "1986-Q4=3.8e+10[3.8e+10,3.8e+10]1/1 1987=1.5e+11[1.5e+11,1.5e+11]1/1 1987-01=1e+10[1e+10,1e+10]1/1 1987-02=1.5e+10[1.4e+10,1.51e+10]3/3"
	if strings.Join(got, " ") != want {
		t.Errorf("series\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	if s := Series(claims, "Peru", "trade deficit", nil); s != nil {
		t.Errorf("Series for an unknown subject = %v", s)
	}
}

func TestGroupClaimJSON(t *testing.T) {
	in := GroupClaim{Article: "a", Text: "at least 5", Value: 5, Low: 5, High: math.Inf(1)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"low":5`) || !strings.Contains(string(b), `"high":null`) {
		t.Errorf("json %s", b)
	}
	var out GroupClaim
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Low != 5 || !math.IsInf(out.High, 1) || out.Text != in.Text {
		t.Errorf("round trip %+v", out)
	}
	if _, err := json.Marshal(Group{Claims: []GroupClaim{{Low: math.Inf(-1), High: 3}}}); err != nil {
		t.Errorf("marshal group: %v", err)
	}
}

// cmpExtractExamples extracts the named files of ../examples as plain-text
// articles.
func cmpExtractExamples(t *testing.T, names ...string) []Claim {
	t.Helper()
	var claims []Claim
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("..", "examples", n))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		claims = append(claims, Extract(&Article{ID: ArticleID(text), Source: n, Title: title, Text: text})...)
	}
	return claims
}

// TestCompareAPECExamples is the check of issue 4: three articles report
// APEC's share of world GDP as around 62, nearly 60 and 40 percent.
func TestCompareAPECExamples(t *testing.T) {
	files := []string{"apec-ministers-auckland.txt", "apec-outlook-singapore.txt", "apec-weight-study.txt"}
	opt := CompareOptions{MinArticles: 2}

	gs := Compare(cmpExtractExamples(t, files...), opt)
	if len(gs) != 1 {
		t.Fatalf("%d groups, want 1:\n%s", len(gs), cmpRender(gs))
	}
	g := gs[0]
	if g.Subject != "APEC" || g.Metric != "share of world gdp" || g.Unit != UnitPercent || g.Period != "" || g.Verdict != Conflict || g.Articles != 3 {
		t.Errorf("group %s", cmpRender(gs))
	}
	for _, c := range g.Claims {
		if want := c.Source == "apec-weight-study.txt"; c.Outlier != want {
			t.Errorf("%s %q: outlier %v, want %v", c.Source, c.Text, c.Outlier, want)
		}
	}

	gs = Compare(cmpExtractExamples(t, files[:2]...), opt)
	if len(gs) != 1 || gs[0].Verdict != Consistent || gs[0].Metric != "share of world gdp" {
		t.Errorf("without the third article:\n%s", cmpRender(gs))
	}
}

// FuzzClaimInterval checks that any claim gets an interval with Low <= High,
// no NaN, and holding the value for exact and about claims.
func FuzzClaimInterval(f *testing.F) {
	f.Add(62.0, 0.0, false, "around 62 percent", uint8(1), "")
	f.Add(1500.0, 0.0, false, "1,500", uint8(0), "")
	f.Add(38.37e9, 0.0, false, "38.37 billion dlrs", uint8(0), "")
	f.Add(3.0, 4.0, true, "3-4%", uint8(0), "")
	f.Add(5.0, 0.0, false, "at least 5", uint8(3), "")
	f.Add(5.0, 0.0, false, "5 pct", uint8(2), "no more than 5 pct")
	f.Add(7.25, 0.0, false, "7-1/4", uint8(0), "")
	f.Add(50.0, 0.0, false, "half", uint8(0), "")
	f.Add(1e308, 0.0, false, "0.0000001", uint8(1), "")
	f.Add(-2.5, math.NaN(), true, "minus 2.5", uint8(1), "exactly minus 2.5")
	f.Fuzz(func(t *testing.T, value, maxv float64, hasMax bool, text string, approx uint8, sentence string) {
		c := Claim{Text: text, Value: value, Unit: UnitPercent, Approx: []Approx{Exact, About, Under, Over}[approx%4], Sentence: sentence}
		if hasMax {
			c.Max = &maxv
		}
		iv := ClaimInterval(&c)
		if math.IsNaN(iv.Low) || math.IsNaN(iv.High) || iv.Low > iv.High {
			t.Fatalf("ClaimInterval(%q, %v) = %+v", text, value, iv)
		}
		if (c.Approx == Exact || c.Approx == About) && !math.IsNaN(value) && !(iv.Low <= value && value <= iv.High) {
			t.Fatalf("ClaimInterval(%q, %v) = %+v misses the value", text, value, iv)
		}
	})
}

// TestLargestGap checks largestGap against a brute-force search over every
// endpoint and every midpoint between two intervals, where the least worst
// distance must lie.
func TestLargestGap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		var cs []GroupClaim
		arts := 1 + r.IntN(4)
		for i := 0; i < 1+r.IntN(7); i++ {
			lo := float64(r.IntN(40))
			hi := lo + float64(r.IntN(6))
			if r.IntN(10) == 0 {
				hi = math.Inf(1)
			}
			cs = append(cs, GroupClaim{Article: fmt.Sprint(r.IntN(arts)), Low: lo, High: hi})
		}
		var cand []float64
		for _, a := range cs {
			cand = append(cand, a.Low, a.High)
			for _, b := range cs {
				cand = append(cand, (a.High+b.Low)/2)
			}
		}
		want := math.Inf(1)
		for _, p := range cand {
			if math.IsInf(p, 0) || math.IsNaN(p) {
				continue
			}
			worst := 0.0
			byArt := map[string]float64{}
			for _, c := range cs {
				d := max(0, c.Low-p, p-c.High)
				if old, ok := byArt[c.Article]; !ok || d < old {
					byArt[c.Article] = d
				}
			}
			for _, d := range byArt {
				worst = max(worst, d)
			}
			want = min(want, 2*worst)
		}
		if got := largestGap(cs); !cmpClose(got, want) {
			t.Fatalf("largestGap(%+v) = %v, want %v", cs, got, want)
		}
	}
}
