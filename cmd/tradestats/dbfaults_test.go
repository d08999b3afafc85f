package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/tradestats/tradestats/data"
)

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
