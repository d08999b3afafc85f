package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tradestats/tradestats/stats"
)

// TestIngestExtractorPanic checks that an article the extractor panics on
// is reported, counted as failed and skipped by Ingest and Reextract, the
// other articles being stored as usual, with any number of workers.
func TestIngestExtractorPanic(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	var jl strings.Builder
	for i := range 30 {
		fmt.Fprintf(&jl, `{"title":"Story %d","body":"Story %d. Exports rose %d pct to %d mln dlrs in 1986."}`+"\n", i, i, i, 100+i)
	}
	if err := os.WriteFile(feed, []byte(jl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	panicOn := "Story 4"
	extractArticle = func(a *stats.Article) []stats.Claim {
		if a.Title == panicOn {
			panic("boom")
		}
		return stats.Extract(a)
	}
	defer func() { extractArticle = stats.Extract }()

	for _, workers := range []int{1, 3} {
		db, err := Open(context.Background(), filepath.Join(dir, fmt.Sprintf("w%d.db", workers)))
		if err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		var warnings []string
		warn := func(err error) {
			mu.Lock()
			defer mu.Unlock()
			warnings = append(warnings, err.Error())
		}
		panicOn = "Story 4"
		st, err := db.Ingest(context.Background(), &Reader{Warn: warn}, []string{feed}, IngestOptions{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		want := feed + ": article 5: internal error: boom"
		if st.New != 29 || st.Failed != 1 || len(warnings) != 1 || warnings[0] != want {
			t.Errorf("%d workers: ingest %+v, warnings %q; want 29 new, 1 failed, %q", workers, st, warnings, want)
		}
		var titles []string
		if err := db.EachArticle(context.Background(), func(a *stats.Article, _ int) error {
			titles = append(titles, a.Title)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(titles) != 29 || titles[4] != "Story 5" {
			t.Errorf("%d workers: stored %q", workers, titles)
		}

		// Reextract: the failing article keeps its claims.
		before, err := db.CountClaims(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		warnings = nil
		panicOn = "Story 7"
		st, err = db.Reextract(context.Background(), IngestOptions{Workers: workers, Warn: warn})
		if err != nil {
			t.Fatal(err)
		}
		if st.Reextracted != 28 || st.Failed != 1 || len(warnings) != 1 ||
			!strings.HasPrefix(warnings[0], feed+": stored article ") || !strings.HasSuffix(warnings[0], ": internal error: boom") {
			t.Errorf("%d workers: reextract %+v, warnings %q", workers, st, warnings)
		}
		after, err := db.CountClaims(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if after != before {
			t.Errorf("%d workers: %d claims after reextract, %d before", workers, after, before)
		}
		db.Close()
	}
}
