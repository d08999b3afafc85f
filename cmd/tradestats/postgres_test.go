package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
)

// TestSameOutputBothStores ingests the same articles into a SQLite file
// and a PostgreSQL database and checks that every command that reads them
// prints the same, byte for byte (summary but for the database's name),
// the checks that check stores among them.
func TestSameOutputBothStores(t *testing.T) {
	pg := storetest.Postgres.NewDB(t)
	lite := filepath.Join(t.TempDir(), "t.db")
	corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
	genCorpus(t, corpus, 0, 300)
	for _, db := range []string{lite, pg} {
		if code, _, stderr := runCmd(t, "", "ingest", "-q", "--db", db, examples, corpus); code != 0 {
			t.Fatalf("ingest into %s: %s", data.Redact(db), stderr)
		}
	}
	t.Setenv("TRADESTATS_REFS", filepath.Join(t.TempDir(), "none.bin")) // the built-in reference data only
	for _, args := range [][]string{
		// check first: it stores the verdicts that claims and export show.
		{"check", "--format", "jsonl"},
		{"check", "--verdict", "agrees", "--format", "table"},
		{"claims", "--format", "jsonl"},
		{"claims", "--format", "table"},
		{"claims", "--format", "csv", "--subject", "JAPAN", "--period", "1987"},
		{"claims", "--search", "SURPLUS widened", "--format", "json"},
		{"articles", "--format", "table"},
		{"articles", "--format", "jsonl"},
		{"summary", "--format", "json"},
		{"summary", "--top", "5"},
		{"compare", "--format", "table"},
		{"compare", "--all", "--format", "jsonl"},
		{"compare", "--series", "--subject", "japan", "--metric", "exports"},
		{"export", "--format", "csv", "-o", "-"},
		{"export", "--format", "jsonl", "-o", "-", "--unit", "money"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var outs [2]string
			for i, db := range []string{lite, pg} {
				code, stdout, stderr := runCmd(t, "", append(args, "--db", db)...)
				if code != 0 || stderr != "" {
					t.Fatalf("%s: exit %d: %s", data.Redact(db), code, stderr)
				}
				outs[i] = strings.Replace(stdout, "database  "+data.Redact(db)+"\n", "", 1)
			}
			if outs[0] != outs[1] {
				a, b := strings.Split(outs[0], "\n"), strings.Split(outs[1], "\n")
				for i := range min(len(a), len(b)) {
					if a[i] != b[i] {
						t.Fatalf("line %d differs:\nsqlite   %s\npostgres %s", i+1, a[i], b[i])
					}
				}
				t.Fatalf("SQLite prints %d lines, PostgreSQL %d", len(a), len(b))
			}
			if !strings.Contains(outs[0], "\n") {
				t.Errorf("nothing to compare: %q", outs[0])
			}
		})
	}
}

// TestPostgresCommandErrors checks what the commands print for a server
// that is not there, a wrong password, a database that does not exist and
// one without tradestats tables: one line each, exit status 1, never a
// password.
func TestPostgresCommandErrors(t *testing.T) {
	faulty := storetest.FaultyURLs(t)
	empty := storetest.Postgres.NewDB(t)
	for _, tt := range faulty {
		t.Run(tt.Name, func(t *testing.T) {
			for _, args := range [][]string{{"claims"}, {"summary"}, {"ingest", "-q", examples}, {"export", "-o", "-", "--format", "csv"}} {
				code, stdout, stderr := runCmd(t, "", append(args, "--db", tt.URL)...)
				want := "tradestats: " + args[0] + ": database " + data.Redact(tt.URL) + ": " + tt.Message + "\n"
				if code != 1 || stdout != "" || stderr != want {
					t.Errorf("%s: exit %d, stdout %q, stderr\n%q, want\n%q", args[0], code, stdout, stderr, want)
				}
				for _, pw := range []string{tt.Password, storetest.Password()} {
					if pw != "" && strings.Contains(stderr, pw) {
						t.Errorf("%s shows a password: %q", args[0], stderr)
					}
				}
			}
		})
	}
	// $TRADESTATS_DB names the database as --db does.
	t.Setenv("TRADESTATS_DB", empty)
	code, _, stderr := runCmd(t, "", "claims")
	want := "tradestats: claims: no tradestats tables in database " + data.Redact(empty) +
		" (run 'tradestats ingest' first, or give --db or $TRADESTATS_DB)\n"
	if code != 1 || stderr != want {
		t.Errorf("claims in an empty database: exit %d, %q, want %q", code, stderr, want)
	}
	n := ingestedArticles(t, examples)
	if code, out, _ := runCmd(t, "", "summary", "--format", "json"); code != 0 || !strings.Contains(out, fmt.Sprintf(`"articles": %d,`, n)) {
		t.Errorf("summary of $TRADESTATS_DB: exit %d, %s", code, out)
	}
}
