package main

import (
	"bytes"
	"context"
	"encoding/json"
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
func unprivileged(t *testing.T, dir string) func(args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if os.Geteuid() != 0 {
		return func(args ...string) (int, string, string) {
			t.Chdir(dir)
			return runCmd(t, "", args...)
		}
	}
	// nobody must reach the binary and dir: copy the binary into a
	// directory everyone may read, and open up dir's parents.
	bin := filepath.Join(t.TempDir(), "tradestats.test")
	b, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin)), dir, filepath.Dir(dir)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return func(args ...string) (int, string, string) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TRADESTATS_TEST_MAIN=1", "TRADESTATS_DB=")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if err != nil && cmd.ProcessState == nil {
			t.Skipf("cannot run as nobody: %v", err)
		}
		return cmd.ProcessState.ExitCode(), out.String(), errb.String()
	}
}

// TestUnreadableAndReadOnly runs tradestats as an unprivileged user on
// files and directories it may not read, and on a database it may not
// write: each problem is one line naming the path, the rest is read, and
// the read-only database is left as it was, yet can be queried.
func TestUnreadableAndReadOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	files := map[string]string{
		"ok.txt":       "Alpha\n\nExports rose 5% to $3 billion in 2024.\n",
		"secret.txt":   "Secret\n\nImports fell 2 percent.\n",
		"locked/a.txt": "Locked\n\nImports fell 3 percent.\n",
		"new.txt":      "New\n\nExports rose 9% in 2020.\n",
	}
	for name, s := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A database with ok.txt in it, which the user may read but not write.
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", filepath.Join(dir, "ro.db"), filepath.Join(dir, "ok.txt")); code != 0 {
		t.Fatal(stderr)
	}
	run := unprivileged(t, dir)
	for _, p := range []string{"secret.txt", "locked", "ro.db"} {
		mode := os.FileMode(0)
		if p == "ro.db" {
			mode = 0o444
		}
		if err := os.Chmod(filepath.Join(dir, p), mode); err != nil {
			t.Fatal(err)
		}
	}
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	if os.Geteuid() == 0 {
		// The directory too: nobody may not create files beside ro.db.
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o755)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "ro.db"))

	code, stdout, stderr := run("extract", "secret.txt", "locked", "ok.txt")
	if code != 1 || stderr != "tradestats: extract: secret.txt: permission denied\ntradestats: extract: locked: permission denied\n" ||
		!strings.Contains(stdout, `"text":"5%"`) {
		t.Errorf("extract: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, _, stderr = run("extract", "secret.txt", "locked")
	if code != 1 || strings.Count(stderr, "\n") != 2 {
		t.Errorf("extract of nothing readable: exit %d, stderr %q", code, stderr)
	}

	want := "tradestats: ingest: data: ingest: database ro.db: read-only file (attempt to write a readonly database)\n"
	code, stdout, stderr = run("ingest", "--db", "ro.db", "new.txt")
	if code != 1 || stderr != want {
		t.Errorf("ingest into a read-only database: exit %d, stdout %q, stderr %q; want 1, %q", code, stdout, stderr, want)
	}
	code, _, stderr = run("ingest", "--reextract", "--db", "ro.db")
	if code != 1 || !strings.Contains(stderr, "database ro.db: read-only file") {
		t.Errorf("reextract of a read-only database: exit %d, %q", code, stderr)
	}
	code, stdout, stderr = run("claims", "--db", "ro.db", "--format", "jsonl")
	if code != 0 || !strings.Contains(stdout, `"text":"5%"`) {
		t.Errorf("claims of a read-only database: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, stdout, stderr = run("summary", "--db", "ro.db", "--format", "json")
	var sum data.Summary
	if code != 0 || json.Unmarshal([]byte(stdout), &sum) != nil || sum.Articles != 1 {
		t.Errorf("summary of a read-only database: exit %d, %q, %q", code, stdout, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "ro.db")); !bytes.Equal(before, after) {
		t.Error("the read-only database was changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "ro.db-wal")); err == nil {
		t.Error("a -wal file was made beside the read-only database")
	}
}

// TestCorruptDBCommand checks that a damaged database is reported on one
// line by every command and left as it is.
func TestCorruptDBCommand(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.db")
	corpus := filepath.Join(dir, "c.jsonl")
	genCorpus(t, corpus, 0, 2000)
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", path, corpus); code != 0 {
		t.Fatal(stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	for p := len(b)/page/2 - 4; p < len(b)/page/2+4; p++ {
		copy(b[p*page:(p+1)*page], bytes.Repeat([]byte("\xde\xad\xbe\xef"), page/4))
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	more := filepath.Join(dir, "more.jsonl")
	genCorpus(t, more, 5000, 100)
	want := "database " + path + ": corrupted file, left as it is (database disk image is malformed)"
	for _, args := range [][]string{
		{"claims", "--format", "jsonl"},
		{"summary"},
		{"report", "-o", filepath.Join(dir, "report")},
	} {
		code, _, stderr := runCmd(t, "", append(args, "--db", path)...)
		if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(after, b) {
			t.Errorf("%v changed the damaged database", args)
		}
	}
	// Reextract writes the articles it reads before the damage.
	code, _, stderr := runCmd(t, "", "ingest", "--reextract", "--db", path)
	if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, want) {
		t.Errorf("reextract: exit %d, stderr %q", code, stderr)
	}
	// An ingest may not come across the damage; if it does, it says so.
	code, _, stderr = runCmd(t, "", "ingest", "-q", "--db", path, more)
	if code != 0 && (strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, want)) {
		t.Errorf("ingest: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the damaged database is gone: %v", err)
	}
}

// inMountNamespace runs script with sh in a new mount namespace (unshare
// -m), so that it may mount file systems that no one else sees and that
// vanish with it, or skips the test when that is not allowed (not root, no
// unshare). $TOOL in the script runs tradestats; args are $1, $2...
func inMountNamespace(t *testing.T, script string, args ...string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a file system needs root")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare")
	}
	if out, err := exec.Command(unshare, "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt").CombinedOutput(); err != nil {
		t.Skipf("cannot mount in a new mount namespace: %v: %s", err, out)
	}
	cmd := exec.Command(unshare, append([]string{"-m", "sh", "-c", script, "sh"}, args...)...)
	cmd.Env = append(os.Environ(), "TRADESTATS_TEST_MAIN=1", "TRADESTATS_DB=", "TOOL="+os.Args[0])
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
}

// readFile returns the content of path, "" if it cannot be read.
func readFile(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

// TestDiskFullCommand ingests into a database on a file system too small
// for it (a 1 MB tmpfs): ingest fails with one line saying the disk is
// full, and the database holds complete articles only.
func TestDiskFullCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	genCorpus(t, corpus, 0, 5000)
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	mnt := filepath.Join(dir, "mnt")
	os.Mkdir(mnt, 0o755)
	inMountNamespace(t, `
		mount -t tmpfs -o size=1m tmpfs "$1" || exit 1
		"$TOOL" ingest --db "$1/t.db" "$2" >"$3/stdout" 2>"$3/stderr"
		echo $? >"$3/code"
		cp "$1"/t.db* "$3/"
	`, mnt, corpus, out)
	code, stdout, stderr := readFile(filepath.Join(out, "code")), readFile(filepath.Join(out, "stdout")), readFile(filepath.Join(out, "stderr"))
	want := "tradestats: ingest: data: ingest: database " + mnt + "/t.db: disk full (database or disk is full)\n"
	if code != "1\n" || stderr != want {
		t.Errorf("exit %q, stderr %q; want 1, %q", code, stderr, want)
	}
	s := parseSummary(t, stdout)
	n := checkDB(t, filepath.Join(out, "t.db"))
	if n != s[0] || n == 0 || n >= 5000 {
		t.Errorf("%d articles stored, summary %q: want some, as many as it says", n, stdout)
	}
	t.Logf("disk full after %d of 5000 articles", n)
}

// TestReadOnlyMountCommand ingests into a database on a file system
// mounted read-only: a clear error and the database unchanged, while
// claims and summary still read it.
func TestReadOnlyMountCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	genCorpus(t, a, 0, 100)
	genCorpus(t, b, 100, 100)
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	mnt := filepath.Join(dir, "mnt")
	os.Mkdir(mnt, 0o755)
	inMountNamespace(t, `
		mount -t tmpfs -o size=10m tmpfs "$1" || exit 1
		"$TOOL" ingest -q --db "$1/t.db" "$2" || exit 1
		mount -o remount,ro "$1" || exit 1
		"$TOOL" ingest --db "$1/t.db" "$3" >"$4/ingest.out" 2>"$4/ingest.err"
		echo $? >"$4/ingest.code"
		"$TOOL" ingest --reextract --db "$1/t.db" >"$4/reextract.out" 2>"$4/reextract.err"
		echo $? >"$4/reextract.code"
		"$TOOL" summary --format json --db "$1/t.db" >"$4/summary.out" 2>"$4/summary.err"
		echo $? >"$4/summary.code"
		cp "$1"/t.db* "$4/"
		ls "$1" >"$4/ls"
	`, mnt, a, b, out)
	f := func(name string) string { return readFile(filepath.Join(out, name)) }
	want := "tradestats: ingest: data: ingest: database " + mnt + "/t.db: read-only file (attempt to write a readonly database)\n"
	if f("ingest.code") != "1\n" || f("ingest.err") != want {
		t.Errorf("ingest: exit %q, stderr %q; want 1, %q", f("ingest.code"), f("ingest.err"), want)
	}
	if f("reextract.code") != "1\n" || !strings.Contains(f("reextract.err"), "read-only file") {
		t.Errorf("reextract: exit %q, stderr %q", f("reextract.code"), f("reextract.err"))
	}
	var sum data.Summary
	if f("summary.code") != "0\n" || json.Unmarshal([]byte(f("summary.out")), &sum) != nil || sum.Articles != 100 {
		t.Errorf("summary: exit %q, %q, %q", f("summary.code"), f("summary.out"), f("summary.err"))
	}
	if ls := f("ls"); ls != "t.db\n" {
		t.Errorf("files beside the database: %q", ls)
	}
	if n := checkDB(t, filepath.Join(out, "t.db")); n != 100 {
		t.Errorf("%d articles, want 100", n)
	}
}

// TestSchemaCommand checks the messages for a database of a newer
// tradestats, and that it is left as it is.
func TestSchemaCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.db")
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", path, examples); code != 0 {
		t.Fatal(stderr)
	}
	db, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.SQL().Exec(fmt.Sprintf("PRAGMA user_version = %d", data.SchemaVersion+1))
	db.Close()
	before := readFile(path)
	want := fmt.Sprintf("database %s: database schema is newer than this tradestats: it has schema version %d, this tradestats knows versions up to %d; use a newer tradestats\n",
		path, data.SchemaVersion+1, data.SchemaVersion)
	for _, cmd := range []string{"ingest", "claims", "summary", "report"} {
		args := []string{cmd, "--db", path}
		if cmd == "ingest" {
			args = append(args, examples)
		}
		code, _, stderr := runCmd(t, "", args...)
		if code != 1 || stderr != "tradestats: "+cmd+": "+want {
			t.Errorf("%s: exit %d, %q", cmd, code, stderr)
		}
	}
	if readFile(path) != before {
		t.Error("the database was changed")
	}
}
