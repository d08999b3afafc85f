package reports_test

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tradestats/tradestats/reports"
	"github.com/tradestats/tradestats/stats"
)

// genClaims returns an iterator over n generated claims, about perArticle
// to an article, with article-like text. One claim value is reused, as a
// database cursor would.
func genClaims(n, perArticle int) func(yield func(*stats.Claim) error) error {
	subjects := []string{"China", "United States", "Japan", "European Union", "Germany", "APEC", "Brazil", "Canada",
		"United Kingdom", "OPEC", "Peru", "Vietnam", "Mexico", "Chile", "Australia", "India", "South Korea", "France"}
	metrics := []string{"trade surplus", "exports", "imports", "gdp growth", "share of world gdp", "inflation",
		"money supply", "current account deficit", "member economies", "oil output"}
	units := []struct {
		unit     stats.Unit
		currency string
		text     string
		scale    float64
	}{
		{stats.UnitPercent, "", "%.1f pct", 1}, {stats.UnitMoney, "USD", "%.2f billion dlrs", 1e9},
		{stats.UnitMoney, "JPY", "%.1f billion yen", 1e9}, {stats.UnitCount, "", "%.0f jobs", 1000},
		{stats.UnitPercentagePoint, "", "%.2f percentage point", 1}, {stats.UnitQuantity, "", "%.1f mln barrels", 1e6},
	}
	return func(yield func(*stats.Claim) error) error {
		var c stats.Claim
		var sb strings.Builder
		for i := range n {
			a := i / perArticle
			u := units[i%len(units)]
			v := float64(i%997) / 7
			c = stats.Claim{
				Value: v * u.scale, Unit: u.unit, Currency: u.currency, Approx: stats.Exact,
				Subject: subjects[(i/3)%len(subjects)], Metric: metrics[(i/5)%len(metrics)],
				Period: strconv.Itoa(1980 + a%40), Article: fmt.Sprintf("%016x", a*2654435761),
				Title: "Trade figures for " + subjects[a%len(subjects)] + " show " + metrics[a%len(metrics)] + " moving",
				Date:  fmt.Sprintf("%d-%02d-%02d", 1980+a%40, 1+a%12, 1+a%28), Source: "corpus/reuters/reuters.jsonl",
			}
			c.Text = fmt.Sprintf(u.text, v)
			sb.Reset()
			sb.WriteString("The ")
			sb.WriteString(c.Metric)
			sb.WriteString(" of ")
			sb.WriteString(c.Subject)
			sb.WriteString(" reached ")
			sb.WriteString(c.Text)
			sb.WriteString(" in the period, officials said on Tuesday, against market expectations of a smaller figure.")
			c.Sentence = sb.String()
			if i%10 == 0 {
				c.Approx = stats.About
			}
			if err := yield(&c); err != nil {
				return err
			}
		}
		return nil
	}
}

func genArticles(n int) func(yield func(*stats.Article) error) error {
	return func(yield func(*stats.Article) error) error {
		var a stats.Article
		for i := range n {
			a = stats.Article{ID: fmt.Sprintf("%016x", i*2654435761), Title: fmt.Sprintf("Story %d", i),
				Date: fmt.Sprintf("%d-%02d-%02d", 1980+i%40, 1+i%12, 1+i%28), Source: "corpus/reuters/reuters.jsonl",
				URL: fmt.Sprintf("https://news.example/%d", i)}
			if err := yield(&a); err != nil {
				return err
			}
		}
		return nil
	}
}

func genGroups(n int) []stats.Group {
	gs := make([]stats.Group, n)
	for i := range gs {
		g := &gs[i]
		g.GroupKey = stats.GroupKey{Subject: "Subject " + strconv.Itoa(i%300), Metric: "exports", Unit: stats.UnitMoney, Currency: "USD", Period: strconv.Itoa(1980 + i%40)}
		g.Verdict = []stats.Verdict{stats.Conflict, stats.Tension, stats.Consistent}[i%3]
		for j := range 3 {
			v := float64(1+j) * 1e9
			g.Claims = append(g.Claims, stats.GroupClaim{Article: strconv.Itoa(j), Title: "Story", Date: "1987-02-26", Text: "1 billion dlrs",
				Value: v, Low: v * 0.99, High: v * 1.01, Sentence: "Exports reached 1 billion dlrs."})
		}
		g.Min, g.Median, g.Max, g.Articles = 1e9, 2e9, 3e9, 3
	}
	return gs
}

// countWriter discards what it is given and counts it.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// peakHeap samples the heap in use until stop is called, and returns the
// highest figure seen.
func peakHeap() (stop func() uint64) {
	var (
		peak uint64
		mu   sync.Mutex
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		mu.Lock()
		peak = max(peak, m.HeapInuse+m.StackInuse)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		sample()
		return peak
	}
}

// peakRSS returns the process's peak resident memory (VmHWM) in bytes, or
// 0 where /proc is missing.
func peakRSS() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// BenchmarkWorkbook1M writes the workbook of 1,000,000 claims (25,000
// articles with URLs, 10,000 comparison groups) and reports the file size,
// the peak heap during the write and the process's peak RSS. Run it alone
// for a meaningful RSS:
//
//	go test ./reports -run '^$' -bench Workbook1M -benchtime 1x
func BenchmarkWorkbook1M(b *testing.B) {
	const claims, perArticle = 1_000_000, 40
	in := reports.WorkbookInput{
		Claims:   genClaims(claims, perArticle),
		Articles: genArticles(claims / perArticle),
		Groups:   genGroups(10_000),
	}
	runtime.GC()
	for b.Loop() {
		stop := peakHeap()
		var w countWriter
		if err := reports.Workbook(&w, in, reports.WorkbookOptions{TmpDir: b.TempDir()}); err != nil {
			b.Fatal(err)
		}
		peak := stop()
		b.ReportMetric(float64(w.n)/1e6, "file-MB")
		b.ReportMetric(float64(peak)/1e6, "peak-heap-MB")
	}
	b.ReportMetric(float64(peakRSS())/1e6, "peak-RSS-MB")
}

// BenchmarkWorkbook10k is the same for 10,000 claims.
func BenchmarkWorkbook10k(b *testing.B) {
	in := reports.WorkbookInput{Claims: genClaims(10_000, 40), Articles: genArticles(250), Groups: genGroups(100)}
	b.ReportAllocs()
	for b.Loop() {
		if err := reports.Workbook(&countWriter{}, in, reports.WorkbookOptions{TmpDir: b.TempDir()}); err != nil {
			b.Fatal(err)
		}
	}
}
