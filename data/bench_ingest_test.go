package data_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/tradestats/tradestats/data"
)

// BenchmarkIngestJobs is BenchmarkIngest (store_test.go) with one
// extraction worker and with one per CPU, reporting the input's MB/s and
// allocations too: the whole Reuters corpus (24 MB) into a new database
// per iteration, or a generated corpus when the shared one is absent.
//
//	go test ./data -run '^$' -bench IngestJobs -benchtime 3x
func BenchmarkIngestJobs(b *testing.B) {
	corpus := filepath.Join(sharedRoot, "corpus", "reuters", "reuters.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		corpus = filepath.Join(b.TempDir(), "corpus.jsonl")
		writeCorpus(b, corpus, 0, 5000)
	}
	fi, err := os.Stat(corpus)
	if err != nil {
		b.Fatal(err)
	}
	for _, jobs := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			dir := b.TempDir()
			var articles, claims, n int
			for b.Loop() {
				b.StopTimer()
				n++
				db, err := data.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("bench%d.db", n)))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				st, err := db.Ingest(context.Background(), &data.Reader{}, []string{corpus}, data.IngestOptions{Workers: jobs})
				if err != nil {
					b.Fatal(err)
				}
				articles += st.Articles()
				claims += st.Claims
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(articles)/s, "articles/s")
			b.ReportMetric(float64(claims)/s, "claims/s")
		})
	}
}
