package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// Faults: tradestats processes killed at random moments, several ingests
// and readers on one database at once, a read-only or damaged database.

// evalCorpus returns the shared eval corpus, or skips the test when it is
// absent.
func evalCorpus(t *testing.T) string {
	t.Helper()
	p := filepath.Join(testDir, "..", "..", "..", "shared", "corpus", "eval")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	return p
}

// killAfter starts cmd, kills it with SIGKILL after delay and reports
// whether the kill ended it (false: it had exited by itself before).
func killAfter(t *testing.T, cmd *exec.Cmd, delay time.Duration) bool {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(delay)
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ws.Signaled() && err != nil {
		t.Fatalf("%v: %v\n%s", cmd.Args, err, stderr.String())
	}
	return ws.Signaled()
}

// timeRun runs cmd to its end and returns how long it took.
func timeRun(t *testing.T, cmd *exec.Cmd) time.Duration {
	t.Helper()
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd.Args, err, out)
	}
	return time.Since(start)
}

// slowTool is toolCommand with one extractor goroutine, so that an ingest
// of a small corpus commits several batches.
func slowTool(args ...string) *exec.Cmd {
	cmd := toolCommand(args...)
	cmd.Env = append(cmd.Env, "GOMAXPROCS=1")
	return cmd
}

// TestIngestKilledEval kills ingest processes of the eval corpus (and of
// copies of it, for several batches) with SIGKILL at random moments of their run — while the database is created
// and migrated, while articles are extracted, while a batch is committed —
// at least 50 times, and then reextract processes at least 25 times. After
// every kill the database opens, passes PRAGMA integrity_check, and every
// article in it is complete: it has exactly the claims stats.Extract finds
// in its text (after a killed reextract, either all its old claims or all
// its new ones).
func TestIngestKilledEval(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	eval := evalCorpus(t)
	dir := t.TempDir()
	seed := uint64(time.Now().UnixNano())
	t.Logf("random seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 2))

	// The eval corpus and four copies of it, each article with a line of
	// its own added, so that an ingest commits several batches.
	copies := filepath.Join(dir, "copies")
	files, err := filepath.Glob(filepath.Join(eval, "*.txt"))
	if err != nil || len(files) != 40 {
		t.Fatalf("eval corpus: %d files, %v", len(files), err)
	}
	for k := 1; k <= 4; k++ {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b = fmt.Appendf(b, "\n\nCopy %d.\n", k)
			p := filepath.Join(copies, fmt.Sprint(k), filepath.Base(f))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	// A whole run sets the range of the kill moments.
	full := filepath.Join(dir, "full.db")
	whole := timeRun(t, slowTool("ingest", "-q", "--db", full, eval, copies))
	cc := claimCache{}
	total, _ := checkKilled(t, full, cc, false)
	if total != 200 {
		t.Fatalf("the eval corpus and its copies give %d articles, want 200", total)
	}

	const wantKills = 50
	deadline := time.Now().Add(120 * time.Second)
	kills, runs, partial := 0, 0, 0
	path := ""
	for kills < wantKills {
		if time.Now().After(deadline) {
			// A loaded machine runs fewer ingests in the time: enough kills
			// still test recovery; too few mean the kills never landed.
			if kills < wantKills/5 {
				t.Fatalf("only %d kills in %d runs before the deadline", kills, runs)
			}
			t.Logf("ingest: deadline reached after %d kills", kills)
			break
		}
		runs++
		// A new database, or carry on with the last one: both the creation
		// of a database and ingests into an existing one are killed.
		if path == "" || rng.IntN(4) != 0 || countArticles(t, path) == total {
			path = filepath.Join(dir, fmt.Sprintf("killed%03d.db", runs))
		}
		delay := time.Duration(rng.Int64N(int64(whole)))
		if !killAfter(t, slowTool("ingest", "-q", "--db", path, eval, copies), delay) {
			continue
		}
		kills++
		if _, err := os.Stat(path); err != nil {
			continue // killed before the database was created
		}
		if n, _ := checkKilled(t, path, cc, false); n > 0 && n < total {
			partial++
		}
		if t.Failed() {
			t.Fatalf("run %d: killed after %v", runs, delay)
		}
	}
	t.Logf("ingest: %d kills in %d runs of up to %v; %d left some but not all articles", kills, runs, whole, partial)

	// Ingesting again completes a database that was killed.
	if out, err := slowTool("ingest", "--db", path, eval, copies).Output(); err != nil {
		t.Fatalf("ingest again: %v", err)
	} else if s := parseSummary(t, string(out)); s[0]+s[1] != total || s[2] != 0 {
		t.Errorf("ingest again: %s", out)
	}
	if n, _ := checkKilled(t, path, cc, false); n != total {
		t.Errorf("after ingesting again: %d articles, want %d", n, total)
	}

	// Reextract: every article's claims are first marked old (value -1,
	// extractor version 0), then a reextract is killed.
	whole = timeRun(t, slowTool("ingest", "-q", "--reextract", "--db", full))
	kills, runs, partial = 0, 0, 0
	deadline = time.Now().Add(60 * time.Second) // its own time, whatever the ingest kills took
	for kills < wantKills/2 {
		if time.Now().After(deadline) {
			if kills < wantKills/10 {
				t.Fatalf("reextract: only %d kills in %d runs before the deadline", kills, runs)
			}
			t.Logf("reextract: deadline reached after %d kills", kills)
			break
		}
		runs++
		markOld(t, full)
		delay := time.Duration(rng.Int64N(int64(whole)))
		if !killAfter(t, slowTool("ingest", "-q", "--reextract", "--db", full), delay) {
			continue
		}
		kills++
		if _, done := checkKilled(t, full, cc, true); done > 0 && done < total {
			partial++
		}
		if t.Failed() {
			t.Fatalf("reextract run %d: killed after %v", runs, delay)
		}
	}
	t.Logf("reextract: %d kills in %d runs of up to %v; %d left some articles re-extracted and some not", kills, runs, whole, partial)
}

// claimCache holds the claims stats.Extract finds in articles, by id and
// source, so that checking a database after each of many kills does not
// extract every article again.
type claimCache map[string][]stats.Claim

// claims returns the extractor's claims for a.
func (cc claimCache) claims(a *stats.Article) []stats.Claim {
	k := a.ID + "\x00" + a.Source + "\x00" + a.Title + "\x00" + a.Date + "\x00" + a.URL
	cs, ok := cc[k]
	if !ok {
		cs = stats.Extract(a)
		cc[k] = cs
	}
	return cs
}

// checkKilled checks a database written by killed processes, with the
// extractor's claims from cc: the database opens, passes SQLite's
// integrity_check, has no claim without its article, and
// every article has exactly the claims stats.Extract finds in it (with
// old, those of markOld for the articles not re-extracted). It returns
// the number of articles, and of those at the current extractor version.
func checkKilled(t *testing.T, path string, cc claimCache, old bool) (articles, current int) {
	t.Helper()
	ctx := context.Background()
	db, err := data.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !db.Postgres() {
		var ok string
		if err := db.SQL().QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
			t.Fatalf("integrity_check: %q, %v", ok, err)
		}
	}
	// PostgreSQL checks foreign keys as it writes; SQLite too
	// (_foreign_keys=1), and this checks both.
	var orphans int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM claims c LEFT JOIN articles a ON a.seq = c.article
		WHERE a.seq IS NULL`).Scan(&orphans); err != nil || orphans != 0 {
		t.Fatalf("%d claims without their article, %v", orphans, err)
	}
	versions := map[string]int{}
	rows, err := db.SQL().Query("SELECT id, extractor_version FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		var v int
		rows.Scan(&id, &v)
		versions[id] = v
	}
	rows.Close()
	got := map[string][]stats.Claim{}
	if err := db.EachClaim(ctx, stats.ClaimFilter{}, func(c *stats.Claim) error {
		got[c.Article] = append(got[c.Article], *c)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.EachArticle(ctx, func(a *stats.Article, n int) error {
		articles++
		want := cc.claims(a)
		switch v := versions[a.ID]; {
		case v == data.ExtractorVersion:
			current++
		case old && v == 0:
			want = slices.Clone(want)
			for i := range want {
				want[i].Value = -1
			}
		default:
			t.Errorf("article %s: extractor version %d", a.ID, v)
		}
		if !reflect.DeepEqual(got[a.ID], want) || n != len(want) {
			t.Errorf("article %s (%s, version %d): %d claims (counted %d) differ from the %d wanted", a.ID, a.Source, versions[a.ID], len(got[a.ID]), n, len(want))
		}
		delete(got, a.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) > 0 {
		t.Errorf("claims of %d articles that are not stored", len(got))
	}
	return articles, current
}

// markOld makes every stored claim look like an older extractor's: value
// -1, extractor version 0.
func markOld(t *testing.T, path string) {
	t.Helper()
	db, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"UPDATE claims SET value = -1", "UPDATE articles SET extractor_version = 0"} {
		if _, err := db.SQL().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

// TestIngestConcurrentReaders runs four ingest processes into one new
// database at once, with overlapping inputs, while claims, articles,
// summary and report read it: every ingest succeeds, every article is
// stored once with all its claims, and every read sees complete articles
// only.
func TestIngestConcurrentReaders(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		if testing.Short() {
			t.Skip("starts processes")
		}
		dir := t.TempDir()
		inputs := []struct{ from, n int }{{0, 3000}, {1500, 3000}, {3000, 3000}, {0, 6000}}
		var paths []string
		for i, in := range inputs {
			p := filepath.Join(dir, fmt.Sprintf("in%d.jsonl", i))
			genCorpus(t, p, in.from, in.n)
			paths = append(paths, p)
		}
		// The claims of each article, by id.
		want := map[string]int{}
		if _, err := (&data.Reader{}).Walk(paths, func(a *stats.Article) error {
			want[a.ID] = len(stats.Extract(a))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(want) != 6000 {
			t.Fatalf("%d distinct articles, want 6000", len(want))
		}
		dbPath := b.NewDB(t)
		t.Setenv("TRADESTATS_DB", dbPath)

		cmds := make([]*exec.Cmd, len(paths))
		outs := make([]bytes.Buffer, len(paths))
		errs := make([]bytes.Buffer, len(paths))
		for i, p := range paths {
			cmds[i] = slowTool("ingest", "--db", dbPath, p)
			cmds[i].Stdout, cmds[i].Stderr = &outs[i], &errs[i]
			if err := cmds[i].Start(); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		done := make(chan struct{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, cmd := range cmds {
				cmd.Wait()
			}
			close(done)
		}()

		// Read while the ingests run.
		for countArticles(t, dbPath) <= 0 {
			time.Sleep(5 * time.Millisecond)
		}
		// report in one goroutine, the other readers in this one.
		reports := 0
		var reportErr string
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				var out, errb bytes.Buffer
				code := run(context.Background(), []string{"report", "-o", filepath.Join(dir, "report"), "--max-charts", "2"}, strings.NewReader(""), &out, &errb)
				if code != 0 {
					reportErr = errb.String()
					return
				}
				reports++
			}
		}()
		reads := 0
	read:
		for {
			select {
			case <-done:
				break read
			default:
			}
			reads++
			code, out, stderr := runCmd(t, "", "claims", "--format", "jsonl")
			if code != 0 {
				t.Fatalf("claims during ingest: exit %d: %s", code, stderr)
			}
			per := map[string]int{}
			for _, c := range jsonlClaims(t, out) {
				per[c.Article]++
			}
			for id, n := range per {
				if n != want[id] {
					t.Fatalf("claims during ingest: article %s has %d claims, want %d", id, n, want[id])
				}
			}
			if code, _, stderr := runCmd(t, "", "articles", "--format", "jsonl"); code != 0 {
				t.Fatalf("articles during ingest: exit %d: %s", code, stderr)
			}
			if code, _, stderr := runCmd(t, "", "summary", "--format", "json"); code != 0 {
				t.Fatalf("summary during ingest: exit %d: %s", code, stderr)
			}
		}
		wg.Wait()
		if reportErr != "" {
			t.Fatalf("report during ingest: %s", reportErr)
		}
		newTotal := 0
		for i, cmd := range cmds {
			if !cmd.ProcessState.Success() {
				t.Fatalf("ingest %d: %v\n%s", i, cmd.ProcessState, errs[i].String())
			}
			s := parseSummary(t, outs[i].String())
			if s[0]+s[1] != inputs[i].n || s[2] != 0 {
				t.Errorf("ingest %d: %s", i, outs[i].String())
			}
			newTotal += s[0]
		}
		if newTotal != 6000 {
			t.Errorf("%d new articles in all, want 6000", newTotal)
		}
		if n := checkDB(t, dbPath); n != 6000 {
			t.Errorf("%d articles stored, want 6000", n)
		}
		if reads < 1 || reports < 1 {
			t.Errorf("only %d rounds of reads and %d reports during the ingests", reads, reports)
		}
		t.Logf("%d rounds of claims, articles and summary, and %d reports, during 4 ingests", reads, reports)
	})
}

// unprivileged returns a function that runs tradestats as a user who is
// not root, in dir, or skips the test if that cannot be done: as root, the
// test binary runs as "nobody" (file permissions do not stop root); as
// any other user, in-process.
