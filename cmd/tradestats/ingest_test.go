package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
)

// TestMain runs the test binary as tradestats itself when
// $TRADESTATS_TEST_MAIN is set (as cmd/stringer's tests do), so that
// tests can start real tradestats processes and kill them. With
// $TRADESTATS_TEST_PEAK set too, the process writes its peak memory to
// that file at the end (see peakMemory).
func TestMain(m *testing.M) {
	if os.Getenv("TRADESTATS_TEST_MAIN") == "1" {
		code := runMain()
		if p := os.Getenv("TRADESTATS_TEST_PEAK"); p != "" {
			b, _ := os.ReadFile("/proc/self/status")
			os.WriteFile(p, b, 0o644)
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// toolCommand returns a command that runs tradestats with args.
func toolCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "TRADESTATS_TEST_MAIN=1", "TRADESTATS_DB=")
	return cmd
}

// genCorpus writes n generated JSON Lines articles, numbered from from, to
// path: distinct texts with several claims each.
func genCorpus(t *testing.T, path string, from, n int) {
	t.Helper()
	countries := []string{"Japan", "Brazil", "Germany", "India", "Canada", "Kenya", "Peru"}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := from; i < from+n; i++ {
		c, d := countries[i%len(countries)], countries[(i+3)%len(countries)]
		body := fmt.Sprintf("%s's exports rose %d.%d percent in 1987 to %d.%d billion dlrs, the trade ministry said.\n\n"+
			"Imports from %s fell %d percent, and the surplus widened to %d million dlrs from %d million dlrs.",
			c, 1+i%9, i%10, 10+i%90, i%10, d, 2+i%7, 100+i, 90+i%50)
		if err := enc.Encode(map[string]string{"title": fmt.Sprintf("%s report %d", c, i), "body": body, "date": "1987-03-01"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// summaryRE matches the summary line of ingest.
var summaryRE = regexp.MustCompile(`^ingest: (\d+) new, (\d+) unchanged, (\d+) failed articles; (\d+) claims stored \((\d+) in database\); \d+\.\ds\n$`)

// parseSummary returns the numbers of an ingest summary line.
func parseSummary(t *testing.T, out string) (n [5]int) {
	t.Helper()
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("not an ingest summary: %q", out)
	}
	for i := range n {
		fmt.Sscan(m[i+1], &n[i])
	}
	return n
}

// checkDB checks a database written by tradestats processes (a SQLite
// file or a PostgreSQL URL): it passes SQLite's PRAGMA integrity_check, no
// claim is without its article, and every stored article has exactly the
// claims stats.Extract finds in its text. It returns the number of
// articles.
func checkDB(t *testing.T, name string) int {
	t.Helper()
	n, _ := checkKilled(t, name, claimCache{}, false)
	return n
}

// countArticles returns the number of articles in the database name, or
// -1 if it cannot be read yet. A PostgreSQL database's connection is kept
// until the test ends (connecting takes a while); a SQLite file is opened
// each time.
func countArticles(t *testing.T, name string) int {
	var db *sql.DB
	if data.IsPostgres(name) {
		v, ok := pgCounters.Load(name)
		if !ok {
			h, err := sql.Open("pgx", name)
			if err != nil {
				return -1
			}
			h.SetMaxIdleConns(1)
			v, _ = pgCounters.LoadOrStore(name, h)
			t.Cleanup(func() {
				pgCounters.Delete(name)
				h.Close()
			})
		}
		db = v.(*sql.DB)
	} else {
		h, err := sql.Open("sqlite", "file:"+name+"?mode=ro&_busy_timeout=1000")
		if err != nil {
			return -1
		}
		defer h.Close()
		db = h
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil {
		return -1
	}
	return n
}

// pgCounters are the connections of countArticles, by database URL.
var pgCounters sync.Map

// TestIngestKilled kills ingest processes with SIGKILL at random moments,
// at least 20 times for each backend, and then reextract processes: after
// each kill the database (a new one, or the one killed before) holds only
// complete articles (see checkKilled), and ingesting again completes it.
// Most kills come after an ingest's first commit (at a random moment in
// the next 150 ms); every fourth comes at a random moment from its start,
// while the database may be being created and migrated.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		dir := t.TempDir()
		corpus := filepath.Join(dir, "corpus.jsonl")
		const total = 3000
		genCorpus(t, corpus, 0, total)
		seed := uint64(time.Now().UnixNano())
		t.Logf("random seed %d", seed)
		rng := rand.New(rand.NewPCG(seed, 1))
		cc := claimCache{}
		const wantKills = 20
		kills, partial := 0, 0
		deadline := time.Now().Add(3 * time.Minute)
		name := ""
		for run := 0; kills < wantKills; run++ {
			if time.Now().After(deadline) {
				t.Fatalf("only %d kills in %d runs before the deadline", kills, run)
			}
			// A new database every fifth run or when the last is complete,
			// else carry on with the one killed before.
			if name == "" || run%5 == 0 || countArticles(t, name) == total {
				name = b.NewDB(t)
			}
			before := countArticles(t, name)
			cmd := toolCommand("ingest", "-q", "--db", name, corpus)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan struct{})
			go func() {
				cmd.Wait()
				close(exited)
			}()
			var delay time.Duration
			if run%4 == 3 {
				delay = time.Duration(rng.IntN(300)) * time.Millisecond
			} else {
				// Wait for the run's first commit, then a random moment.
				for countArticles(t, name) <= max(before, 0) && !isDone(exited) {
					time.Sleep(5 * time.Millisecond)
				}
				delay = time.Duration(rng.IntN(150)) * time.Millisecond
			}
			time.Sleep(delay)
			cmd.Process.Signal(syscall.SIGKILL)
			<-exited
			ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if !ws.Signaled() {
				if !cmd.ProcessState.Success() {
					t.Fatalf("run %d: %v\n%s", run, cmd.ProcessState, stderr.String())
				}
				continue // done before the kill
			}
			kills++
			if countArticles(t, name) < 0 {
				continue // killed before the tables were made
			}
			n, _ := checkKilled(t, name, cc, false)
			if n > 0 && n < total {
				partial++
			}
			if t.Failed() {
				t.Fatalf("run %d: killed %v after %s with %d of %d articles stored", run, delay,
					map[bool]string{true: "its start", false: "its first commit"}[run%4 == 3], n, total)
			}
		}
		t.Logf("%d kills; %d left some but not all articles", kills, partial)

		// Ingesting again stores the rest.
		out, err := toolCommand("ingest", "--db", name, corpus).Output()
		if err != nil {
			t.Fatalf("ingest again: %v", err)
		}
		s := parseSummary(t, string(out))
		if s[0]+s[1] != total || s[2] != 0 {
			t.Errorf("ingest again: %s", out)
		}
		if m, _ := checkKilled(t, name, cc, false); m != total {
			t.Errorf("after ingesting again: %d articles, want %d", m, total)
		}

		// Reextract, killed: every article keeps all its old claims or gets
		// all its new ones.
		for run := range 3 {
			markOld(t, name)
			delay := time.Duration(50+rng.IntN(400)) * time.Millisecond
			if !killAfter(t, slowTool("ingest", "-q", "--reextract", "--db", name), delay) {
				continue
			}
			if _, done := checkKilled(t, name, cc, true); t.Failed() {
				t.Fatalf("reextract run %d: killed after %v with %d articles re-extracted", run, delay, done)
			}
		}
	})
}

// isDone reports whether ch is closed.
func isDone(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// TestIngestConcurrent runs two ingest processes into one new database (of
// each backend) at the same time, with overlapping inputs: both succeed and every article
// is stored once, with all its claims.
func TestIngestConcurrent(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		if testing.Short() {
			t.Skip("starts processes")
		}
		dir := t.TempDir()
		in1, in2 := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
		genCorpus(t, in1, 0, 4000)    // articles 0-3999
		genCorpus(t, in2, 2000, 4000) // articles 2000-5999
		path := b.NewDB(t)
		var outs [2]bytes.Buffer
		var errs [2]bytes.Buffer
		var cmds [2]*exec.Cmd
		for i, in := range []string{in1, in2} {
			cmds[i] = toolCommand("ingest", "--db", path, in)
			cmds[i].Stdout, cmds[i].Stderr = &outs[i], &errs[i]
			if err := cmds[i].Start(); err != nil {
				t.Fatal(err)
			}
		}
		newTotal := 0
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("ingest %d: %v\n%s", i, err, errs[i].String())
			}
			s := parseSummary(t, outs[i].String())
			if s[0]+s[1] != 4000 || s[2] != 0 {
				t.Errorf("ingest %d: %s", i, outs[i].String())
			}
			newTotal += s[0]
			t.Logf("ingest %d: %s", i, strings.TrimSpace(outs[i].String()))
		}
		if newTotal != 6000 {
			t.Errorf("%d new articles in all, want 6000", newTotal)
		}
		if n := checkDB(t, path); n != 6000 {
			t.Errorf("%d articles stored, want 6000", n)
		}
	})
}

// TestIngestCommand runs ingest in-process: the summary line, idempotence,
// --quiet, failing inputs, --reextract and usage errors.
func TestIngestCommand(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		dir := t.TempDir()
		db := b.NewDB(t)
		t.Setenv("TRADESTATS_DB", db)
		bad := filepath.Join(dir, "bad.jsonl")
		if err := os.WriteFile(bad, []byte(`{"title":"A","body":"Exports rose 5% in March."}`+"\nnot json\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		corpus := filepath.Join(dir, "corpus.jsonl")
		genCorpus(t, corpus, 0, 40)

		code, stdout, stderr := runCmd(t, "", "ingest", corpus)
		s := parseSummary(t, stdout)
		if code != 0 || stderr != "" || s[0] != 40 || s[1] != 0 || s[3] == 0 || s[3] != s[4] {
			t.Fatalf("first ingest: exit %d, %q, %q", code, stdout, stderr)
		}
		claims := s[3]

		code, stdout, _ = runCmd(t, "", "ingest", corpus)
		if s := parseSummary(t, stdout); code != 0 || s != [5]int{0, 40, 0, 0, claims} {
			t.Errorf("second ingest: exit %d, %q", code, stdout)
		}

		code, stdout, stderr = runCmd(t, "", "ingest", "--quiet", corpus, "nosuch.txt", bad)
		if code != 1 || stdout != "" ||
			stderr != "tradestats: ingest: nosuch.txt: no such file or directory\n"+
				"tradestats: ingest: "+bad+":2: invalid JSON: invalid character 'o' in literal null (expecting 'u')\n" {
			t.Errorf("failing inputs: exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		code, out, _ := runCmd(t, "", "articles", "--format", "jsonl")
		if code != 0 || strings.Count(out, "\n") != 41 || !strings.Contains(out, `"title":"A"`) {
			t.Errorf("the other inputs were not stored: %s", out)
		}

		code, stdout, stderr = runCmd(t, "", "ingest", "-")
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "ingest: 0 new, 0 unchanged, 0 failed articles") {
			t.Errorf("empty stdin: exit %d, %q, %q", code, stdout, stderr)
		}

		code, stdout, stderr = runCmd(t, "", "ingest", "--reextract")
		if code != 0 || stderr != "" || !regexp.MustCompile(`^ingest: 41 articles re-extracted; \d+ claims stored, \d+ replaced \(\d+ in database\); \d+\.\ds\n$`).MatchString(stdout) {
			t.Errorf("reextract: exit %d, %q, %q", code, stdout, stderr)
		}

		for _, tt := range []struct {
			args []string
			err  string
		}{
			{[]string{"ingest"}, "tradestats: ingest: no input PATH"},
			{[]string{"ingest", "--reextract", corpus}, "tradestats: ingest: --reextract takes no PATH"},
			{[]string{"ingest", "--workers", "-1", corpus}, "--workers must be positive"},
		} {
			code, _, stderr := runCmd(t, "", tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.err) {
				t.Errorf("%v: exit %d, %q; want 2, %q", tt.args, code, stderr, tt.err)
			}
		}
	})
}

// TestDBPath checks --db, $TRADESTATS_DB and the default, and that the
// query commands do not create a database.
func TestDBPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	vietnam := filepath.Join("..", "..", "examples", "vietnam-trade.txt")
	abs, err := filepath.Abs(filepath.Join(testDir, vietnam))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TRADESTATS_DB", "")
	for _, cmd := range []string{"articles", "claims", "summary"} {
		code, _, stderr := runCmd(t, "", cmd)
		if code != 1 || !strings.Contains(stderr, "no database tradestats.db") {
			t.Errorf("%s without a database: exit %d, %q", cmd, code, stderr)
		}
	}
	if _, err := os.Stat("tradestats.db"); err == nil {
		t.Fatal("a query command created the database")
	}
	if code, _, stderr := runCmd(t, "", "ingest", "-q", abs); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	if _, err := os.Stat("tradestats.db"); err != nil {
		t.Errorf("default database: %v", err)
	}
	t.Setenv("TRADESTATS_DB", "env.db")
	runCmd(t, "", "ingest", "-q", abs)
	runCmd(t, "", "ingest", "-q", "--db", "flag.db", abs)
	for _, name := range []string{"env.db", "flag.db"} {
		if _, err := os.Stat(name); err != nil {
			t.Errorf("database %s: %v", name, err)
		}
	}
	if err := os.WriteFile("garbage.db", []byte(strings.Repeat("garbage ", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "", "ingest", "--db", "garbage.db", abs)
	if code != 1 || stderr != "tradestats: ingest: database garbage.db: file is not a database\n" {
		t.Errorf("garbage database: exit %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile("garbage.db"); string(b) != strings.Repeat("garbage ", 1000) {
		t.Error("the garbage database was changed")
	}
}

// testDir is the package directory, where the tests start.
var testDir, _ = os.Getwd()

// TestClaimsAsExtract checks, on the shared seed and eval corpora, that
// claims --format jsonl prints exactly what extract --format jsonl does,
// and that the seed is stored as its two titled articles.
func TestClaimsAsExtract(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "articles.txt")
	eval := filepath.Join("..", "..", "..", "shared", "corpus", "eval")
	for _, p := range []string{seed, eval} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("shared corpus not available: %v", err)
		}
	}
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	code, stdout, stderr := runCmd(t, "", "ingest", seed, eval)
	if s := parseSummary(t, stdout); code != 0 || stderr != "" || s[0] != 42 {
		t.Fatalf("ingest: exit %d, %q, %q; want 42 new articles", code, stdout, stderr)
	}
	code, stdout, _ = runCmd(t, "", "ingest", seed, eval)
	if s := parseSummary(t, stdout); code != 0 || s[0] != 0 || s[1] != 42 || s[3] != 0 {
		t.Errorf("ingest again: %q", stdout)
	}
	_, want, _ := runCmd(t, "", "extract", "--format", "jsonl", seed, eval)
	code, got, stderr := runCmd(t, "", "claims", "--format", "jsonl")
	if code != 0 || stderr != "" {
		t.Fatalf("claims: exit %d: %s", code, stderr)
	}
	if got != want || want == "" {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("line %d differs:\nclaims:  %s\nextract: %s", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("claims prints %d lines, extract %d", len(gl), len(wl))
	}
	_, out, _ := runCmd(t, "", "articles", "--format", "jsonl")
	var rows []articleRow
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r articleRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
	if len(rows) != 42 || rows[0].Source != seed || rows[1].Source != seed ||
		rows[0].Title != "China, Russia hold annual strategic security consultation" ||
		!strings.HasPrefix(rows[1].Title, "Strengthened China-Latin America ties") {
		t.Errorf("articles: %d, first two %+v %+v", len(rows), rows[0], rows[1])
	}
}

func TestIngestInterrupted(t *testing.T) {
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"ingest", examples}, strings.NewReader(""), &out, &errb)
	if code != 130 || errb.String() != "tradestats: interrupted\n" {
		t.Errorf("exit status %d, stderr %q; want 130, interrupted", code, errb.String())
	}
}

// TestIngestBar checks the progress line, which is shown only on a
// terminal.
func TestIngestBar(t *testing.T) {
	var buf bytes.Buffer
	bar := newIngestBar(&buf, false)
	updateIngestBar(bar, data.IngestStats{Files: 2, New: 30, Unchanged: 10, Claims: 400}, false, 2*time.Second)
	bar.Finish()
	if s := buf.String(); !strings.Contains(s, "2 files, 400 claims (200/s)") || !strings.Contains(s, "40") {
		t.Errorf("progress line %q", s)
	}
	if isTerminal(&buf) {
		t.Error("a buffer is a terminal")
	}
}
