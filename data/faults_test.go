package data_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// Faults of the database: a full disk, a read-only file or server, an
// old schema, corruption. Each leaves complete articles only, and a clear
// error. A full disk and corruption are tested on SQLite files only; the
// faults of a server (a connection refused or lost, a wrong password) are
// in postgres_test.go.

// countRows returns the number of rows of table in the database name of
// backend b, read past data.Open.
func countRows(t *testing.T, b storetest.Backend, name, table string) int {
	t.Helper()
	var n int
	if err := b.SQL(t, name).QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// reopen opens the database at path again, without test settings.
func reopen(t *testing.T, path string) *data.DB {
	t.Helper()
	db, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestIngestDiskFull fills the "disk" (SQLite's page limit) in the middle
// of an ingest: the error says so, the database holds complete articles
// only, and ingesting again, with room, completes it.
func TestIngestDiskFull(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 0, 3000)
	path := filepath.Join(dir, "full.db")
	restore := data.SetExtraDSN("&_pragma=max_page_count(700)")
	db, err := data.Open(context.Background(), path)
	if err != nil {
		restore()
		t.Fatal(err)
	}
	st, err := db.Ingest(context.Background(), &data.Reader{}, []string{corpus}, data.IngestOptions{})
	db.Close()
	restore()
	if err == nil {
		t.Fatalf("ingest into a full database: no error (%+v)", st)
	}
	want := "database " + path + ": disk full (database or disk is full)"
	if !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
		t.Errorf("error %q, want one line with %q", err, want)
	}
	if sqliteCode(err) != 13 {
		t.Errorf("error %v does not unwrap to SQLITE_FULL", err)
	}
	db = reopen(t, path)
	checkIntegrity(t, db)
	checkComplete(t, db)
	n := countRows(t, storetest.SQLite, path, "articles")
	if n == 0 || n >= 3000 || n != st.New {
		t.Errorf("%d articles stored (ingest says %d), want some but not all", n, st.New)
	}
	st2 := ingest(t, db, corpus)
	if st2.New != 3000-n {
		t.Errorf("ingest again: %+v, want %d new", st2, 3000-n)
	}
	checkComplete(t, db)
}

// sqliteCode is the primary SQLite result code err wraps, or 0.
func sqliteCode(err error) int {
	var se interface{ Code() int }
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// checkIntegrity runs PRAGMA integrity_check.
func checkIntegrity(t *testing.T, db *data.DB) {
	t.Helper()
	var ok string
	if err := db.SQL().QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q, %v", ok, err)
	}
}

// TestIngestReadOnly ingests into a database opened read-only (SQLite: as
// root, file permissions do not stop writes, and the command's tests also
// run as an unprivileged user; PostgreSQL: default_transaction_read_only):
// a clear error, nothing written, and reading works.
func TestIngestReadOnly(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		dir := t.TempDir()
		corpus := filepath.Join(dir, "corpus.jsonl")
		writeCorpus(t, corpus, 0, 50)
		more := filepath.Join(dir, "more.jsonl")
		writeCorpus(t, more, 50, 50)
		name := b.NewDB(t)
		db, err := data.Open(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		ingest(t, db, corpus)
		db.Close()

		var before []byte
		roName, want := name, ""
		if b == storetest.SQLite {
			before, _ = os.ReadFile(name)
			restore := data.SetExtraDSN("&mode=ro")
			defer restore()
			want = "database " + name + ": read-only file (attempt to write a readonly database)"
		} else {
			roName = storetest.WithParam(t, name, "default_transaction_read_only", "on")
			want = "database " + data.Redact(roName) + ": read-only database (cannot execute INSERT in a read-only transaction)"
		}
		db, err = data.Open(context.Background(), roName)
		if err != nil {
			t.Fatalf("open read-only: %v", err)
		}
		defer db.Close()
		st, err := db.Ingest(context.Background(), &data.Reader{}, []string{more}, data.IngestOptions{})
		if err == nil || !strings.Contains(err.Error(), want) || st.New != 0 {
			t.Errorf("ingest: %+v, %v; want no article and %q", st, err, want)
		}
		want, _, _ = strings.Cut(want, " (")
		if _, err := db.Reextract(context.Background(), data.IngestOptions{}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("reextract: %v, want %q", err, want)
		}
		if n, err := db.CountClaims(context.Background()); err != nil || n == 0 {
			t.Errorf("reading a read-only database: %d claims, %v", n, err)
		}
		checkComplete(t, db)
		if n := countRows(t, b, name, "articles"); n != 50 {
			t.Errorf("%d articles, want 50", n)
		}
		if b == storetest.Postgres {
			return
		}
		if after, _ := os.ReadFile(name); !bytes.Equal(before, after) {
			t.Error("the read-only database was changed")
		}
		// A read-only database that does not exist is not created.
		if _, err := data.Open(context.Background(), filepath.Join(dir, "new.db")); err == nil {
			t.Error("opened a new database read-only")
		}
	})
}

// TestOpenOlderSchema migrates a database of schema version 1 (before the
// carried column) to the current one, keeping its articles and claims.
func TestOpenOlderSchema(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		name := b.NewDB(t)
		init, err := os.ReadFile("migrations/" + string(b) + "/0001_init.sql")
		if err != nil {
			t.Fatal(err)
		}
		old := b.SQL(t, name)
		for _, q := range []string{
			string(init),
			`CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`,
			`INSERT INTO migrations VALUES ('0001_init.sql', '2025-01-01T00:00:00Z')`,
			`INSERT INTO articles (id, source, title, date, url, text, base, ingested_at, extractor_version, extracted_at)
			VALUES ('a1', 'old.txt', 'Old', '1987-03-01', '', 'Exports rose 5%.', 0, '2025-01-01T00:00:00Z', 1, '2025-01-01T00:00:00Z')`,
			`INSERT INTO claims SELECT seq, 0, '5%', 13, 15, 5, CAST(NULL AS DOUBLE PRECISION), 'percent', '', '', 'exact', '', '',
			'exports', '', 'up', 'Exports rose 5%.', '', 'exports' FROM articles`,
		} {
			if _, err := old.Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		if b == storetest.SQLite {
			if _, err := old.Exec(`PRAGMA user_version = 1`); err != nil {
				t.Fatal(err)
			}
		}
		old.Close()

		db := reopen(t, name)
		var migrations int
		var newest string
		if err := db.SQL().QueryRow("SELECT count(*), max(name) FROM migrations").Scan(&migrations, &newest); err != nil ||
			migrations != data.SchemaVersion || !strings.HasPrefix(newest, fmt.Sprintf("%04d_", data.SchemaVersion)) {
			t.Errorf("after migration: %d migrations, newest %q, %v; want %d", migrations, newest, err, data.SchemaVersion)
		}
		if b == storetest.SQLite {
			var version int
			if err := db.SQL().QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != data.SchemaVersion {
				t.Errorf("user_version %d, %v; want %d", version, err, data.SchemaVersion)
			}
		}
		var got []stats.Claim
		if err := db.EachClaim(context.Background(), stats.ClaimFilter{}, func(c *stats.Claim) error {
			got = append(got, *c)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Text != "5%" || got[0].Metric != "exports" || got[0].Carried != "" || got[0].Title != "Old" {
			t.Errorf("claims after migration: %+v", got)
		}
		s, err := db.Summary(context.Background())
		if err != nil || s.Outdated != 1 {
			t.Errorf("summary %+v, %v: want the old article outdated", s, err)
		}
		if b == storetest.SQLite {
			checkIntegrity(t, db)
		}
	})
}

// TestCorruptDB damages a database file: the damage is reported as such
// and the file is left as it is, never replaced by a new database.
func TestCorruptDB(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 0, 2000)
	good := filepath.Join(dir, "good.db")
	db, err := data.Open(context.Background(), good)
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, db, corpus)
	db.Close()
	orig, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(good + "-wal"); err == nil {
		t.Fatal("the WAL was not checkpointed on close")
	}
	const page = 4096
	if len(orig) < 40*page {
		t.Fatalf("database of %d bytes: too small to damage", len(orig))
	}
	garbage := bytes.Repeat([]byte{0xa5, 0x5a, 0x00, 0xff}, page/4)
	damage := map[string]func([]byte) []byte{
		// Pages in the middle overwritten: the claims' B-tree.
		"pages": func(b []byte) []byte {
			b = bytes.Clone(b)
			for p := len(b)/page/2 - 5; p < len(b)/page/2+5; p++ {
				copy(b[p*page:], garbage)
			}
			return b
		},
		// The second half of the file lost.
		"truncated": func(b []byte) []byte { return bytes.Clone(b[:len(b)/2/page*page]) },
		// The schema page overwritten.
		"schema": func(b []byte) []byte {
			b = bytes.Clone(b)
			copy(b[100:page], garbage)
			return b
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".db")
			bad := f(orig)
			if err := os.WriteFile(path, bad, 0o644); err != nil {
				t.Fatal(err)
			}
			var errs []error
			db, err := data.Open(context.Background(), path)
			if err != nil {
				errs = append(errs, err)
			} else {
				ctx := context.Background()
				_, err1 := db.Ingest(ctx, &data.Reader{}, []string{corpus}, data.IngestOptions{})
				err2 := db.EachClaim(ctx, stats.ClaimFilter{}, func(*stats.Claim) error { return nil })
				_, err3 := db.Summary(ctx)
				var ok string
				db.SQL().QueryRow("PRAGMA integrity_check").Scan(&ok)
				db.Close()
				errs = append(errs, err1, err2, err3)
				if ok == "ok" {
					t.Errorf("integrity_check passes")
				}
			}
			reported := false
			for _, err := range errs {
				if err == nil {
					continue
				}
				if strings.Contains(err.Error(), "corrupted file, left as it is (database disk image is malformed)") ||
					strings.Contains(err.Error(), "file is not a database") {
					reported = true
				} else {
					t.Errorf("error %q does not say the file is corrupted", err)
				}
			}
			if !reported {
				t.Errorf("the damage was not reported")
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("the damaged file is gone: %v", err)
			}
			if !bytes.Equal(after, bad) {
				t.Errorf("the damaged file was changed (%d bytes, was %d)", len(after), len(bad))
			}
		})
	}
}
