package stats

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
)

// genCompareClaims returns n generated claims shaped like a news archive's:
// about 40 to an article, subjects, metrics, units, periods and changes
// drawn with a skewed (Zipf) popularity, so that most comparison groups
// are small and a few popular figures ("the United States' trade deficit
// in 1986") gather thousands of claims from thousands of articles; 1 in 10
// hedged, 1 in 40 a range, 1 in 50 carried from an earlier sentence, 1 in
// 20 a copy of an earlier article read from another source. Strings are
// shared between claims, as they would be in a dataset held in memory.
func genCompareClaims(n int) []Claim {
	r := rand.New(rand.NewPCG(1, 2))
	subjects := []string{"United States", "U.S.", "Japan", "China", "European Community", "EEC", "West Germany",
		"Britain", "France", "Brazil", "Canada", "Mexico", "Taiwan", "South Korea", "Australia", "India",
		"OPEC", "Saudi Arabia", "Italy", "Netherlands", "Belgium", "Indonesia", "Malaysia", "Thailand",
		"Philippines", "Argentina", "Chile", "Peru", "Egypt", "Nigeria", "Kenya", "Sweden", "Norway",
		"Denmark", "Spain", "Portugal", "Greece", "Turkey", "Israel", "Pakistan", "Soviet Union", "Poland",
		"Hungary", "Yugoslavia", "Singapore", "Hong Kong", "New Zealand", "South Africa", "Ivory Coast", "Ghana"}
	metrics := []string{"trade deficit", "trade surplus", "exports", "imports", "gdp", "inflation",
		"money supply", "current account deficit", "current account surplus", "unemployment rate",
		"industrial production", "foreign reserves", "budget deficit", "gdp growth", "oil output",
		"merchandise trade deficit", "trade surplus with the United States", "exports to Japan",
		"interest rate", "retail sales", "consumer prices", "wholesale prices", "economic growth",
		"share of world trade", "crude oil imports", "coffee exports"}
	type unitForm struct {
		unit     Unit
		currency string
		name     string
		prec     int    // decimals written
		words    string // after the number
		scale    float64
	}
	units := []unitForm{
		{UnitMoney, "USD", "", 2, " billion dlrs", 1e9}, {UnitPercent, "", "", 1, " pct", 1},
		{UnitMoney, "USD", "", 0, " mln dlrs", 1e6}, {UnitMoney, "JPY", "", 1, " billion yen", 1e9},
		{UnitPercentagePoint, "", "", 2, " percentage points", 1}, {UnitQuantity, "", "barrel", 1, " mln barrels", 1e6},
		{UnitMoney, "DEM", "", 2, " billion marks", 1e9}, {UnitCount, "", "", 0, "", 1},
	}
	hedges := []string{"", "about ", "nearly ", "more than ", "at least ", "an estimated "}
	approx := map[string]Approx{"": Exact, "about ": About, "nearly ": Under, "more than ": Over, "at least ": Exact, "an estimated ": About}
	periods := []string{"1986", "1987", "1985", "1987-01", "1987-02", "1986-Q4", "1987-Q1", "1984", "1983", "1986-12", "1987-03", "1982"}
	changes := []Change{NoChange, NoChange, NoChange, Up, Down}
	zipf := func(k int) func() int {
		z := rand.NewZipf(r, 1.3, 2, uint64(k-1))
		return func() int { return int(z.Uint64()) }
	}
	pickSubject, pickMetric, pickUnit, pickPeriod := zipf(len(subjects)), zipf(len(metrics)), zipf(len(units)), zipf(len(periods))
	pickValue := zipf(400)

	// Figures, sentences and titles are drawn from pools, so that memory
	// holds the claims rather than a million distinct strings.
	type figure struct {
		text, sentence string
		value          float64
		max            *float64
		approx         Approx
	}
	figures := make(map[[3]int]*figure)
	figureOf := func(u, v, h int) *figure {
		k := [3]int{u, v, h}
		if f, ok := figures[k]; ok {
			return f
		}
		uf := units[u]
		x := float64(50+v) * 1.07
		if uf.unit == UnitPercent || uf.unit == UnitPercentagePoint {
			x = float64(v%120) / 10
		}
		num := strconv.FormatFloat(x, 'f', uf.prec, 64)
		val, _ := strconv.ParseFloat(num, 64)
		f := &figure{text: hedges[h] + num + uf.words, value: val * uf.scale, approx: approx[hedges[h]]}
		if v%40 == 39 {
			hi := f.value * 1.1
			f.max = &hi
		}
		f.sentence = "Officials said the figure reached " + f.text + " in the period, against market forecasts."
		if v%7 == 3 {
			f.sentence = "It rose to " + f.text + " from a revised figure a year earlier, the ministry said."
		}
		figures[k] = f
		return f
	}

	claims := make([]Claim, 0, n)
	for len(claims) < n {
		a := len(claims) / 40
		article := strconv.FormatUint(uint64(a)*2654435761%(1<<48), 16)
		source := "corpus/reuters/reut2-" + strconv.Itoa(a%22) + ".jsonl"
		date := fmt.Sprintf("%d-%02d-%02d", 1987, 1+a%12, 1+a%28)
		title := subjects[a%len(subjects)] + " " + metrics[a%len(metrics)] + " figures"
		if a%20 == 19 && len(claims) >= 400 {
			// a copy of an earlier article, from another source
			from := len(claims) - 400
			for i := range 40 {
				c := claims[from+i]
				c.Source = "mirror/" + c.Source
				claims = append(claims, c)
			}
			continue
		}
		for range 40 {
			u := pickUnit()
			f := figureOf(u, pickValue(), r.IntN(len(hedges)))
			c := Claim{
				Text: f.text, Value: f.value, Max: f.max, Unit: units[u].unit, Currency: units[u].currency,
				UnitName: units[u].name, Approx: f.approx, Subject: subjects[pickSubject()], Metric: metrics[pickMetric()],
				Period: periods[pickPeriod()], Change: changes[r.IntN(len(changes))], Sentence: f.sentence,
				Article: article, Title: title, Source: source, Date: date,
			}
			if r.IntN(50) == 0 {
				c.Carried = "subject"
			}
			claims = append(claims, c)
		}
	}
	return claims[:n]
}

// BenchmarkCompare1M groups 1,000,000 generated claims (see
// genCompareClaims) with stats.Compare and reports claims/s and the
// groups found:
//
//	go test ./stats -run '^$' -bench Compare1M -benchtime 3x
func BenchmarkCompare1M(b *testing.B) {
	benchmarkCompare(b, 1_000_000)
}

// BenchmarkCompare100k is the same for 100,000 claims: with
// BenchmarkCompare1M, it shows how Compare scales.
func BenchmarkCompare100k(b *testing.B) {
	benchmarkCompare(b, 100_000)
}

func benchmarkCompare(b *testing.B, n int) {
	claims := genCompareClaims(n)
	runtime.GC()
	b.ReportAllocs()
	var groups []Group
	for b.Loop() {
		groups = Compare(claims, CompareOptions{})
	}
	if len(groups) == 0 {
		b.Fatal("no groups")
	}
	largest := 0
	for _, g := range groups {
		largest = max(largest, len(g.Claims))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
	b.ReportMetric(float64(len(groups)), "groups")
	b.ReportMetric(float64(largest), "largest-group")
}

// TestLargestGapLarge checks largestGap on groups of many articles, most
// with one interval and some with several (its fast paths), against a
// brute-force search over every endpoint and every midpoint between two
// intervals.
func TestLargestGapLarge(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 150; n++ {
		var cs []GroupClaim
		arts := 2 + r.IntN(40)
		for range 2 + r.IntN(40) {
			lo := float64(r.IntN(4000)) / 10
			hi := lo + float64(r.IntN(30))/10
			switch r.IntN(20) {
			case 0:
				hi = math.Inf(1)
			case 1:
				lo = math.Inf(-1)
			}
			cs = append(cs, GroupClaim{Article: strconv.Itoa(r.IntN(arts)), Low: lo, High: hi})
		}
		want := math.Inf(1)
		consider := func(p float64) {
			if math.IsInf(p, 0) || math.IsNaN(p) {
				return
			}
			byArt := map[string]float64{}
			for _, c := range cs {
				d := max(0, c.Low-p, p-c.High)
				if old, ok := byArt[c.Article]; !ok || d < old {
					byArt[c.Article] = d
				}
			}
			worst := 0.0
			for _, d := range byArt {
				worst = max(worst, d)
			}
			want = min(want, 2*worst)
		}
		for _, a := range cs {
			consider(a.Low)
			consider(a.High)
			for _, b := range cs {
				consider((a.High + b.Low) / 2)
			}
		}
		if math.IsInf(want, 1) {
			want = 0
		}
		if got := largestGap(cs); math.Abs(got-want) > 1e-9*max(1, math.Abs(want)) {
			t.Fatalf("largestGap(%+v) = %v, want %v", cs, got, want)
		}
	}
}
