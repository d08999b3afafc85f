package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tradestats/tradestats/stats"
)

// reutersCorpus is the shared Reuters corpus, from this package.
var reutersCorpus = filepath.Join("..", "..", "..", "shared", "corpus", "reuters")

// jobsInputs writes inputs that exercise the reader's warnings and the
// order of the output: JSON Lines with a malformed line, plain text with
// several articles, an unsupported file and a missing one, and returns
// them with examples/.
func jobsInputs(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var jl strings.Builder
	for i := range 60 {
		fmt.Fprintf(&jl, `{"title":"Story %d","body":"Exports rose %d.%d pct to %d mln dlrs in %d, the ministry said."}`+"\n", i, i, i%10, 100+i, 1980+i%10)
		if i == 17 {
			jl.WriteString("not json\n")
		}
	}
	bad := filepath.Join(dir, "bad.jsonl")
	txt := filepath.Join(dir, "notes.txt")
	pdf := filepath.Join(dir, "x.pdf")
	for path, body := range map[string]string{
		bad: jl.String(),
		txt: "Imports fell\n\nImports fell 3 pct in March.\n\n\nSurplus\n\nThe surplus was 1.2 billion dlrs.\n",
		pdf: "%PDF",
	} {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return []string{examples, bad, filepath.Join(dir, "missing.txt"), txt, pdf}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// TestExtractJobsSameOutput checks that every format prints the same bytes,
// and the same warnings in the same order, whatever --jobs is.
func TestExtractJobsSameOutput(t *testing.T) {
	t.Setenv("COLUMNS", "")
	paths := jobsInputs(t)
	for _, format := range []string{"jsonl", "json", "csv", "table"} {
		args := append([]string{"extract", "--format", format}, paths...)
		if trade := filepath.Join(reutersCorpus, "reuters-trade.jsonl"); fileExists(trade) && format != "json" {
			args = append(args, trade) // 2.8 MB
		}
		code1, out1, err1 := runCmd(t, "", append(args, "--jobs", "1")...)
		if code1 != 1 || !strings.Contains(err1, "invalid JSON") || !strings.Contains(err1, "missing.txt") {
			t.Fatalf("%s --jobs 1: exit %d, stderr %q: want 1 and the bad inputs", format, code1, err1)
		}
		if strings.Count(out1, "\n") < 100 {
			t.Fatalf("%s --jobs 1: only %d lines of output", format, strings.Count(out1, "\n"))
		}
		for _, jobs := range []string{"2", "7", "0"} {
			code, out, errs := runCmd(t, "", append(args, "--jobs", jobs)...)
			if code != code1 || errs != err1 {
				t.Errorf("%s --jobs %s: exit %d, stderr %q; --jobs 1: exit %d, stderr %q", format, jobs, code, errs, code1, err1)
			}
			if out != out1 {
				t.Errorf("%s --jobs %s: output differs from --jobs 1 at byte %d", format, jobs, firstDiff(out, out1))
			}
		}
	}
}

// TestExtractJobsReuters checks the whole Reuters corpus, when present.
func TestExtractJobsReuters(t *testing.T) {
	corpus := filepath.Join(reutersCorpus, "reuters.jsonl")
	if testing.Short() || !fileExists(corpus) {
		t.Skip("no shared corpus, or -short")
	}
	_, out1, err1 := runCmd(t, "", "extract", "--format", "jsonl", "--jobs", "1", corpus)
	_, out4, err4 := runCmd(t, "", "extract", "--format", "jsonl", "--jobs", "4", corpus)
	if out1 != out4 || err1 != err4 {
		t.Errorf("--jobs 4 differs from --jobs 1 at byte %d (stderr %q, %q)", firstDiff(out1, out4), err1, err4)
	}
}

func firstDiff(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestExtractPanic checks that an article the extractor panics on is
// reported, skipped, and makes the exit status 1, the other articles being
// printed as usual, with any number of jobs.
func TestExtractPanic(t *testing.T) {
	dir := t.TempDir()
	var jl strings.Builder
	for i := range 40 {
		fmt.Fprintf(&jl, `{"title":"Story %d","body":"Exports rose %d pct to %d mln dlrs."}`+"\n", i, i, 100+i)
	}
	feed := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(feed, []byte(jl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, want, _ := runCmd(t, "", "extract", "--format", "jsonl", "--jobs", "1", feed)
	var kept []string
	for _, line := range strings.SplitAfter(want, "\n") {
		if !strings.Contains(line, `"title":"Story 7"`) && !strings.Contains(line, `"title":"Story 23"`) {
			kept = append(kept, line)
		}
	}
	if len(kept) < 30 {
		t.Fatalf("only %d claims", len(kept))
	}

	extractClaims = func(dst []stats.Claim, a *stats.Article) []stats.Claim {
		switch a.Title {
		case "Story 7":
			panic("boom")
		case "Story 23":
			var m map[string]int
			m["x"]++ // a runtime error
		}
		return stats.AppendClaims(dst, a)
	}
	defer func() { extractClaims = stats.AppendClaims }()
	wantErr := "tradestats: extract: " + feed + ": article 8: internal error: boom\n" +
		"tradestats: extract: " + feed + ": article 24: internal error: assignment to entry in nil map\n"
	for _, jobs := range []string{"1", "2", "5"} {
		for _, format := range []string{"jsonl", "table"} {
			code, out, errs := runCmd(t, "", "extract", "--format", format, "--jobs", jobs, feed)
			if code != 1 || errs != wantErr {
				t.Errorf("--jobs %s --format %s: exit %d, stderr %q; want 1, %q", jobs, format, code, errs, wantErr)
			}
			switch format {
			case "jsonl":
				if out != strings.Join(kept, "") {
					t.Errorf("--jobs %s: output differs from the run without the failing articles", jobs)
				}
			case "table":
				if strings.Contains(out, "Story 7 ") || !strings.Contains(out, "Story 8 ") {
					t.Errorf("--jobs %s --format table: failing article printed, or the next one missing:\n%s", jobs, out)
				}
			}
		}
	}
}

// TestExtractJobsUsage checks the flag's errors.
func TestExtractJobsUsage(t *testing.T) {
	code, _, errs := runCmd(t, "", "extract", "--jobs", "-1", examples)
	if code != 2 || !strings.Contains(errs, "--jobs must be positive") {
		t.Errorf("--jobs -1: exit %d, %q", code, errs)
	}
	code, _, errs = runCmd(t, "", "extract", "--jobs", "x", examples)
	if code != 2 || !strings.Contains(errs, "invalid argument") {
		t.Errorf("--jobs x: exit %d, %q", code, errs)
	}
}

// failingWriter fails once it has been given more than n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestExtractJobsStop checks that a write error and a cancelled context
// end a parallel extract promptly, with the right error, and leave no
// goroutine behind.
func TestExtractJobsStop(t *testing.T) {
	paths := jobsInputs(t)
	before := runtime.NumGoroutine()

	var errb bytes.Buffer
	code := run(context.Background(), append([]string{"extract", "--jobs", "4", "--format", "jsonl"}, paths...),
		strings.NewReader(""), &failingWriter{n: 2 << 10}, &errb)
	if code != 1 || !strings.Contains(errb.String(), "tradestats: extract: disk full") {
		t.Errorf("write error: exit %d, %q", code, errb.String())
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	errb.Reset()
	code = run(ctx, append([]string{"extract", "--jobs", "4"}, paths...), strings.NewReader(""), io.Discard, &errb)
	if code != exitInterrupted {
		t.Errorf("cancelled: exit %d, %q", code, errb.String())
	}

	for range 100 {
		if runtime.NumGoroutine() <= before {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left running", n-before)
	}
}

// BenchmarkExtractCommand runs "extract --format jsonl" over the Reuters
// corpus (or examples/) in-process, output discarded, with 1 job and with
// one per CPU: reading, extraction and JSON encoding, as a whole process
// does them. Profile it with -cpuprofile.
func BenchmarkExtractCommand(b *testing.B) {
	path := filepath.Join(reutersCorpus, "reuters.jsonl")
	if !fileExists(path) {
		path = examples
	}
	size := int64(0)
	filepath.Walk(path, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			size += fi.Size()
		}
		return nil
	})
	for _, jobs := range []int{1, runtime.NumCPU()} {
		b.Run("jobs="+strconv.Itoa(jobs), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, width: 100}
			for b.Loop() {
				if err := runExtract(context.Background(), e, extractOptions{format: "jsonl", jobs: jobs}, []string{path}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestIngestJobs checks that ingest stores the same claims, in the same
// order, whatever --jobs is, and that --workers still works.
func TestIngestJobs(t *testing.T) {
	paths := jobsInputs(t)
	dir := t.TempDir()
	var want string
	for _, jobs := range []string{"1", "3", "0"} {
		db := filepath.Join(dir, "j"+jobs+".db")
		code, _, errs := runCmd(t, "", append([]string{"ingest", "--quiet", "--db", db, "--jobs", jobs}, paths...)...)
		if code != 1 || !strings.Contains(errs, "invalid JSON") {
			t.Fatalf("ingest --jobs %s: exit %d, %q; want 1 and the bad inputs", jobs, code, errs)
		}
		code, got, errs := runCmd(t, "", "claims", "--db", db, "--format", "jsonl")
		if code != 0 || errs != "" || strings.Count(got, "\n") < 100 {
			t.Fatalf("claims: exit %d, %q, %d lines", code, errs, strings.Count(got, "\n"))
		}
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("ingest --jobs %s stores other claims than --jobs 1 (first difference at byte %d)", jobs, firstDiff(got, want))
		}
	}
	code, _, errs := runCmd(t, "", "ingest", "--db", filepath.Join(dir, "w.db"), "--workers", "2", examples)
	if code != 0 || errs != "" {
		t.Errorf("ingest --workers 2: exit %d, %q", code, errs)
	}
	code, _, errs = runCmd(t, "", "ingest", "--db", filepath.Join(dir, "w.db"), "--jobs", "-1", examples)
	if code != 2 || !strings.Contains(errs, "--jobs must be positive") {
		t.Errorf("ingest --jobs -1: exit %d, %q", code, errs)
	}
}
