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
	corpus := benchCorpus(b)
	fi, err := os.Stat(corpus)
	if err != nil {
		b.Fatal(err)
	}
	for _, jobs := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(fi.Size())
			b.ReportAllocs()
			dir := b.TempDir()
			n := 0
			benchIngest(b, corpus, data.IngestOptions{Workers: jobs}, func() string {
				n++
				return filepath.Join(dir, fmt.Sprintf("bench%d.db", n))
			})
		})
	}
}

// benchCorpus returns the Reuters corpus of the shared dataset when it is
// present (the whole of it, 21,578 stories), else a generated one.
func benchCorpus(b *testing.B) string {
	corpus := filepath.Join(sharedRoot, "corpus", "reuters", "reuters.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		corpus = filepath.Join(b.TempDir(), "corpus.jsonl")
		writeCorpus(b, corpus, 0, 5000)
	}
	return corpus
}

// benchIngest ingests corpus into the new database newDB names at each
// iteration, timing the ingest only, and reports articles/s and claims/s.
func benchIngest(b *testing.B, corpus string, opts data.IngestOptions, newDB func() string) {
	var articles, claims int
	for b.Loop() {
		b.StopTimer()
		db, err := data.Open(context.Background(), newDB())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := db.Ingest(context.Background(), &data.Reader{}, []string{corpus}, opts)
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
}
