package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tradestats/tradestats/data"
)

// Hostile inputs and outputs of issue 18 that need more than a file to
// read: memory bounds, FIFOs, devices and symlinks as outputs, processes
// killed mid-write, damaged database pages, inputs that never end. The
// plain bad files are in the tables of badinput_test.go.

// peakMemory runs tradestats with args in a process of its own and
// returns the peak of its resident memory (VmHWM, which the process reads
// from /proc/self/status as it ends, see TestMain), its exit status and
// stderr. The process's stdout is discarded.
func peakMemory(t *testing.T, args ...string) (peak int64, code int, stderr string) {
	t.Helper()
	status := filepath.Join(t.TempDir(), "status")
	cmd := toolCommand(args...)
	cmd.Env = append(cmd.Env, "TRADESTATS_TEST_PEAK="+status)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if err != nil && cmd.ProcessState == nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(status)
	if err != nil {
		t.Fatalf("%v: no status: %v\n%s", args, err, errb.String())
	}
	i := bytes.Index(b, []byte("VmHWM:"))
	if i < 0 {
		t.Fatalf("no VmHWM in %s", b)
	}
	var kb int64
	fmt.Sscan(string(b[i+len("VmHWM:"):]), &kb)
	return kb << 10, cmd.ProcessState.ExitCode(), errb.String()
}

// TestLongTitleMemory checks that a long title costs memory once, not once
// per claim: an article with a 1 MiB title and 500 claims through extract
// (the title as read), and through claims, compare and report from a
// database whose stored title is 1 MiB long (as an older tradestats, which
// did not cut titles, stored it). Before, the peaks were 960 MB (extract),
// 540 MB (claims), 650 MB (compare --all) and 580 MB (report).
func TestLongTitleMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	long := strings.Repeat("Long title words ", 1<<20/17)
	var body strings.Builder
	countries := []string{"Japan", "Brazil", "Germany", "India", "Canada", "Kenya", "Peru"}
	for i := range 250 {
		fmt.Fprintf(&body, "%s's exports rose %d.%d%% to $%d billion in 2024. ", countries[i%7], i%97+1, i%10, i+1)
	}
	in := filepath.Join(dir, "long.jsonl")
	rec, _ := json.Marshal(map[string]string{"title": long, "body": body.String(), "date": "2024-01-02"})
	if err := os.WriteFile(in, append(rec, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", db, in); code != 0 {
		t.Fatal(stderr)
	}
	d, err := data.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.SQL().Exec("UPDATE articles SET title = ?", long); err != nil {
		t.Fatal(err)
	}
	d.Close()
	const bound = 128 << 20
	for _, args := range [][]string{
		{"extract", "--format", "jsonl", in},
		{"claims", "--db", db, "--format", "csv"},
		{"compare", "--db", db, "--all"},
		{"report", "--db", db, "-o", filepath.Join(dir, "report")},
	} {
		peak, code, stderr := peakMemory(t, args...)
		t.Logf("%s: %d MB peak", args[0], peak>>20)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
		if peak > bound {
			t.Errorf("%v: %d MB peak memory, want at most %d", args, peak>>20, bound>>20)
		}
	}
}

// mknodNull makes a character device like /dev/null at path, or skips the
// test where that is not allowed. (Tests never point tradestats at the
// system's own /dev/null: before issue 18, it would have replaced it.)
func mknodNull(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("cannot make a device: %v", err)
	}
}

// TestOutputTargets checks what -o does with what it names: a regular
// file is replaced keeping its mode, a symlink keeps pointing at the file
// it names (which is replaced), and a device, a FIFO or a descriptor of
// the process is written to, never replaced.
func TestOutputTargets(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", db, examples); code != 0 {
		t.Fatal(stderr)
	}
	_, want, _ := runCmd(t, "", "export", "--db", db, "-o", "-", "--format", "csv")
	export := func(t *testing.T, out string) {
		t.Helper()
		if code, _, stderr := runCmd(t, "", "export", "--db", db, "--format", "csv", "-o", out); code != 0 {
			t.Fatalf("export -o %s: exit %d: %s", out, code, stderr)
		}
	}

	t.Run("private file keeps its mode", func(t *testing.T) {
		p := filepath.Join(dir, "private.csv")
		os.WriteFile(p, []byte("old"), 0o600)
		export(t, p)
		fi, err := os.Stat(p)
		if err != nil || fi.Mode().Perm() != 0o600 || readFile(p) != want {
			t.Errorf("mode %v, %d bytes, %v; want 0600 and the export", fi.Mode(), len(readFile(p)), err)
		}
	})
	t.Run("symlink kept, its file replaced", func(t *testing.T) {
		target := filepath.Join(dir, "real", "claims.csv")
		os.MkdirAll(filepath.Dir(target), 0o755)
		os.WriteFile(target, []byte("old"), 0o640)
		link := filepath.Join(dir, "link.csv")
		if err := os.Symlink(filepath.Join("real", "claims.csv"), link); err != nil {
			t.Fatal(err)
		}
		export(t, link)
		fi, err := os.Lstat(link)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link is gone: %v, %v", fi.Mode(), err)
		}
		if fi, _ := os.Stat(target); readFile(target) != want || fi.Mode().Perm() != 0o640 {
			t.Errorf("target: %d bytes, mode %v", len(readFile(target)), fi.Mode())
		}
	})
	t.Run("device", func(t *testing.T) {
		p := filepath.Join(dir, "null")
		mknodNull(t, p)
		export(t, p)
		if fi, err := os.Lstat(p); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device was replaced: %v, %v", fi.Mode(), err)
		}
	})
	t.Run("FIFO", func(t *testing.T) {
		p := filepath.Join(dir, "fifo")
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skip(err)
		}
		// A reader first (opening it does not wait), so that export finds
		// one; the export (a few kB) fits in the pipe.
		r, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			t.Fatal(err)
		}
		export(t, p)
		got, _ := io.ReadAll(r)
		r.Close()
		if fi, err := os.Lstat(p); err != nil || fi.Mode()&os.ModeNamedPipe == 0 || string(got) != want {
			t.Errorf("FIFO: %v, %v; read %d bytes, want %d", fi.Mode(), err, len(got), len(want))
		}
		// Without a reader: an error, not a wait.
		code, _, stderr := runCmd(t, "", "export", "--db", db, "--format", "csv", "-o", p)
		if code != 1 || stderr != "tradestats: export: "+p+": a FIFO that no process is reading\n" {
			t.Errorf("no reader: exit %d, %q", code, stderr)
		}
	})
	t.Run("descriptor", func(t *testing.T) {
		// A link to this process's stdout, as /dev/stdout is: the output
		// goes there, and the link stays.
		link := filepath.Join(dir, "stdout")
		if err := os.Symlink("/proc/self/fd/1", link); err != nil {
			t.Fatal(err)
		}
		cmd := toolCommand("export", "--db", db, "--format", "csv", "-o", link)
		out, err := cmd.Output()
		if err != nil || string(out) != want {
			t.Errorf("export to %s: %v, stdout %d bytes, want %d", link, err, len(out), len(want))
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v, %v", fi.Mode(), err)
		}
	})
	t.Run("chart to a device", func(t *testing.T) {
		p := filepath.Join(dir, "null2.png")
		mknodNull(t, p)
		if code, _, stderr := runCmd(t, "", "chart", "--db", db, "--kind", "overview", "-o", p); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if fi, err := os.Lstat(p); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device was replaced: %v, %v", fi.Mode(), err)
		}
	})
}

// TestOutputDirNotWritable checks the message for an output in a
// directory the user may not write: the directory, not a temporary file.
func TestOutputDirNotWritable(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", filepath.Join(dir, "t.db"), examples); code != 0 {
		t.Fatal(stderr)
	}
	os.Mkdir(filepath.Join(dir, "ro"), 0o555)
	defer os.Chmod(filepath.Join(dir, "ro"), 0o755)
	os.Chmod(filepath.Join(dir, "t.db"), 0o644)
	run := unprivileged(t, dir)
	code, _, stderr := run("export", "--db", "t.db", "-o", "ro/claims.csv")
	want := "tradestats: export: ro/claims.csv: cannot create a file in the directory ro: permission denied\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1, %q", code, stderr, want)
	}
}

// deadPID returns the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// TestStaleTempsRemoved checks that the temporary files of a report that
// was killed are removed by the next one, and that those of a process
// still running, and other files, are not.
func TestStaleTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	out := filepath.Join(dir, "report")
	if code, _, stderr := runCmd(t, "", "report", "--db", db, "-o", out, examples); code != 0 {
		t.Fatal(stderr)
	}
	dead, live := strconv.Itoa(deadPID(t)), strconv.Itoa(os.Getppid())
	stale := []string{
		".tradestats.xlsx." + dead + "-123456.tmp",
		".index.html." + dead + "-42.tmp",
		filepath.Join("charts", ".overview.png."+dead+"-7.tmp"),
	}
	kept := []string{
		".tradestats.xlsx." + live + "-99.tmp", // a report running now
		".tradestats.xlsx.notes-1.tmp",
		"notes.txt",
	}
	for _, name := range append(append([]string(nil), stale...), kept...) {
		if err := os.WriteFile(filepath.Join(out, name), []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, stderr := runCmd(t, "", "report", "--db", db, "-o", out); code != 0 {
		t.Fatal(stderr)
	}
	for _, name := range stale {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			t.Errorf("%s was left", name)
		}
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s was removed", name)
		}
	}
}

// TestReportWithoutWorkbook checks that the page and charts are still
// written when the workbook cannot be, and that the failure is reported.
func TestReportWithoutWorkbook(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	out := filepath.Join(dir, "report")
	// A directory where the workbook would go: it cannot be replaced.
	os.MkdirAll(filepath.Join(out, "tradestats.xlsx"), 0o755)
	code, stdout, stderr := runCmd(t, "", "report", "--db", db, "-o", out, examples)
	if code != 1 || stderr != "tradestats: report: "+filepath.Join(out, "tradestats.xlsx")+": is a directory\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "but no workbook") {
		t.Errorf("stdout %q", stdout)
	}
	if page := readFile(filepath.Join(out, "index.html")); !strings.Contains(page, `<h2 id="comparisons">Comparisons</h2>`) {
		t.Errorf("no index.html: %.100q", page)
	}
	if _, err := os.Stat(filepath.Join(out, "charts", "overview.png")); err != nil {
		t.Error(err)
	}
}

// hangLimit is how long a test waits for a command that should return at
// once before it calls it hung: no measure of speed, only a bound on
// waiting forever (the bugs these tests guard against never returned).
const hangLimit = 2 * time.Minute

// runCancelled runs the command line in-process with stdin, cancels its
// context once waiting returns (the command is then waiting for data),
// and returns its exit status and stderr, or fails the test if it does
// not return.
func runCancelled(t *testing.T, stdin io.Reader, waiting func(), args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, args, stdin, io.Discard, &errb) }()
	waiting()
	cancel()
	select {
	case code := <-done:
		return code, errb.String()
	case <-time.After(hangLimit):
		t.Fatalf("%v: did not return after the interrupt", args)
	}
	return 0, ""
}

// firstRead is a reader that closes started when it is first read.
type firstRead struct {
	r       io.Reader
	once    sync.Once
	started chan struct{}
}

func (f *firstRead) Read(p []byte) (int, error) {
	f.once.Do(func() { close(f.started) })
	return f.r.Read(p)
}

// writerOf opens the FIFO at path for writing once a reader has opened
// it (before, the open fails with ENXIO), and returns it: the reader then
// waits for data.
func writerOf(t *testing.T, path string) *os.File {
	t.Helper()
	deadline := time.Now().Add(hangLimit)
	for {
		f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			return f
		}
		if !errors.Is(err, syscall.ENXIO) || time.Now().After(deadline) {
			t.Fatalf("no reader of %s: %v", path, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestBlockingInputs checks inputs that never end or never start: a
// symlink to a FIFO in an input directory is skipped; standard input that
// never ends, and a FIFO without a writer named explicitly, end with the
// interrupt (SIGINT, SIGTERM cancel the context); eval refuses a gold line
// naming a FIFO or a device.
func TestBlockingInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFiles(t, in, map[string]string{"a.txt": "Alpha\n\nExports rose 5% in 2024.\n"})
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink(fifo, filepath.Join(in, "b.txt")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TRADESTATS_DB", filepath.Join(dir, "t.db"))

	done := make(chan struct{})
	var code int
	var stdout, stderr string
	go func() {
		defer close(done)
		code, stdout, stderr = runCmd(t, "", "extract", "--format", "jsonl", in)
	}()
	select {
	case <-done:
	case <-time.After(hangLimit):
		t.Fatal("extract of a directory with a symlink to a FIFO: hung")
	}
	if code != 0 || stderr != "" || !strings.Contains(stdout, `"text":"5%"`) {
		t.Errorf("directory with a symlink to a FIFO: exit %d, %q, %q", code, stdout, stderr)
	}

	// Standard input whose writer never writes nor closes, and the FIFO
	// with a writer that never writes: interrupted once read.
	for _, args := range [][]string{{"ingest", "-"}, {"extract", "-"}, {"ingest", fifo}, {"extract", fifo}} {
		pr, pw := io.Pipe()
		stdin := &firstRead{r: pr, started: make(chan struct{})}
		waiting := func() { <-stdin.started }
		var w *os.File
		if args[1] == fifo {
			waiting = func() { w = writerOf(t, fifo) }
		}
		code, stderr := runCancelled(t, stdin, waiting, args...)
		pw.Close()
		if w != nil {
			w.Close()
		}
		if code != exitInterrupted || stderr != "tradestats: interrupted\n" {
			t.Errorf("%v interrupted: exit %d, %q", args, code, stderr)
		}
	}

	gold := filepath.Join(dir, "gold.jsonl")
	null := filepath.Join(dir, "zero")
	lines := `{"file":"fifo.txt","claims":[]}` + "\n"
	if syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|5) == nil { // as /dev/zero
		lines += `{"file":"zero","claims":[]}` + "\n"
	}
	os.WriteFile(gold, []byte(lines), 0o644)
	done = make(chan struct{})
	go func() {
		defer close(done)
		code, _, stderr = runCmd(t, "", "eval", "--gold", gold, "--root", dir)
	}()
	select {
	case <-done:
	case <-time.After(hangLimit):
		t.Fatal("eval of a gold line naming a FIFO: hung")
	}
	want := "tradestats: eval: " + gold + ": " + fifo + ": not a regular file (a FIFO)\n"
	if strings.Contains(lines, "zero") {
		want += "tradestats: eval: " + gold + ": " + null + ": not a regular file (a character device)\n"
	}
	if code != 1 || stderr != want {
		t.Errorf("eval: exit %d, stderr %q; want %q", code, stderr, want)
	}
}

// damageIndex overwrites the root page of the index called name in the
// SQLite file at path with an empty leaf page: the index then finds
// nothing, and SQLite notices only when it checks the file.
func damageIndex(t *testing.T, path, name string) {
	t.Helper()
	db, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	var root, size int64
	if err := db.SQL().QueryRow("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = ?", name).Scan(&root, &size); err != nil {
		t.Fatal(err)
	}
	db.Close() // checkpoints the WAL into the file
	page := make([]byte, size)
	page[0] = 0x0a // a leaf page of an index, no cells
	page[5], page[6] = byte(size>>8), byte(size)
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(page, (root-1)*size); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedIndex checks that a database whose unique index on article
// ids, or whose subject index, lost its entries is refused and left as it
// is (before, ingest stored every article twice, and claims --subject
// found nothing with exit status 0), and that doctor finds the damage and
// says that REINDEX repairs it.
func TestDamagedIndex(t *testing.T) {
	dir := t.TempDir()
	for _, index := range []string{"sqlite_autoindex_articles_1", "claims_subject"} {
		t.Run(index, func(t *testing.T) {
			path := filepath.Join(dir, index+".db")
			n := ingestedArticles(t, "--db", path, examples)
			damageIndex(t, path, index)
			before := readFile(path)
			want := "database " + path + ": corrupted file, left as it is (database disk image is malformed)\n"
			for _, args := range [][]string{{"ingest", examples}, {"claims", "--subject", "Vietnam"}, {"summary"}} {
				code, _, stderr := runCmd(t, "", append(args, "--db", path)...)
				if code != 1 || stderr != "tradestats: "+args[0]+": "+want {
					t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
				}
			}
			if readFile(path) != before {
				t.Error("the damaged database was changed")
			}
			code, stdout, _ := runCmd(t, "", "doctor", "--db", path)
			if code != 1 || !strings.Contains(stdout, "missing from index "+index) || !strings.Contains(stdout, "REINDEX") {
				t.Errorf("doctor: exit %d, %s", code, stdout)
			}
			// What doctor says to do repairs it.
			db, err := sqlOpen(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec("REINDEX"); err != nil {
				t.Fatal(err)
			}
			db.Close()
			if code, stdout, stderr := runCmd(t, "", "doctor", "--db", path); code != 0 || !strings.Contains(stdout, fmt.Sprintf("no damage found (%d articles", n)) {
				t.Errorf("doctor after REINDEX: exit %d, %q, %q", code, stdout, stderr)
			}
			if code, stdout, _ := runCmd(t, "", "ingest", "--db", path, examples); code != 0 || !strings.HasPrefix(stdout, fmt.Sprintf("ingest: 0 new, %d unchanged", n)) {
				t.Errorf("ingest after REINDEX: exit %d, %q", code, stdout)
			}
		})
	}
}

// TestDBPathNotAFile checks that --db naming a device is refused before
// SQLite opens it, with nothing made beside it.
func TestDBPathNotAFile(t *testing.T) {
	dir := t.TempDir()
	dev := filepath.Join(dir, "null")
	mknodNull(t, dev)
	for _, args := range [][]string{{"ingest", examples}, {"claims"}, {"doctor"}} {
		code, _, stderr := runCmd(t, "", append(args, "--db", dev)...)
		want := "tradestats: " + args[0] + ": database " + dev + ": not a regular file (a character device): a database is a file\n"
		if code != 1 || stderr != want {
			t.Errorf("%v: exit %d, stderr %q; want %q", args, code, stderr, want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files made beside the device: %v", entries)
	}
}

// TestDoctorPostgres checks that doctor, which checks SQLite files, says
// so for a PostgreSQL URL, without its password.
func TestDoctorPostgres(t *testing.T) {
	url := "postgres://user:s3cret@127.0.0.1:1/db"
	code, stdout, stderr := runCmd(t, "", "doctor", "--db", url)
	want := "tradestats: doctor: database " + data.Redact(url) +
		": a PostgreSQL database, which its server checks (doctor checks SQLite files)\n"
	if code != 1 || stdout != "" || stderr != want || strings.Contains(stderr, "s3cret") {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, stdout, stderr, want)
	}
}

// TestSchemaInReadOnlyDir checks that a database of a newer schema, in a
// directory the user may not write, is refused for its schema rather than
// as a read-only file.
func TestSchemaInReadOnlyDir(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "newer.db")
	if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", path, examples); code != 0 {
		t.Fatal(stderr)
	}
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec(fmt.Sprintf("PRAGMA user_version = %d", data.SchemaVersion+1))
	db.Close()
	run := unprivileged(t, dir)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	code, _, stderr := run("claims", "--db", "newer.db")
	want := fmt.Sprintf("tradestats: claims: database newer.db: database schema is newer than this tradestats: it has schema version %d, this tradestats knows versions up to %d; use a newer tradestats\n",
		data.SchemaVersion+1, data.SchemaVersion)
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want %q", code, stderr, want)
	}
}

// sqlOpen opens the SQLite file at path as it is: without the checks of
// data.Open, which refuses a damaged file.
// ingestedArticles runs ingest with args, which must succeed, and returns
// the number of articles it stored, so that tests over examples/ do not
// count its files.
func ingestedArticles(t *testing.T, args ...string) int {
	t.Helper()
	code, stdout, stderr := runCmd(t, "", append([]string{"ingest"}, args...)...)
	var n int
	if _, err := fmt.Sscanf(stdout, "ingest: %d new", &n); code != 0 || err != nil || n == 0 {
		t.Fatalf("ingest %v: exit %d, %q, %q", args, code, stdout, stderr)
	}
	return n
}

func sqlOpen(path string) (*sql.DB, error) {
	return sql.Open("sqlite", "file:"+path)
}
