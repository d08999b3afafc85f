package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
)

func init() { register(cmdDoctor) }

var cmdDoctor = &command{
	Name:      "doctor",
	UsageLine: "doctor [--db PATH]",
	Short:     "check the database file for damage",
	Long: `
Doctor checks every page of the database with SQLite's integrity check:
the tables, every index against its table, the constraints. It reads the
file only, and changes nothing in it, damaged or not.

Every command refuses a database that a quick check finds damaged (the
quick check runs when a database of up to 512 MiB is opened, and before an
ingest writes to a larger one); doctor says what is wrong and what to do.

The database is --db, else $TRADESTATS_DB, else ./tradestats.db. Doctor
checks SQLite files; a PostgreSQL server checks its own (see amcheck in
its manual).

Exit status: 0 if the database is sound, 1 if it is damaged or cannot be
checked, 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var db string
		dbFlag(fs, &db)
		return func(ctx context.Context, e *env, args []string) error {
			return runDoctor(ctx, e, db, args)
		}
	},
}

// runDoctor checks the database and says what to do.
func runDoctor(ctx context.Context, e *env, db string, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (doctor takes flags only)", args[0])
	}
	path := dbPath(db)
	r, err := data.Check(ctx, path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no database %s (give --db or $TRADESTATS_DB)", path)
	}
	if err != nil {
		return fmt.Errorf("database %v", err)
	}
	counts := fmt.Sprintf("%d articles, %d claims, schema version %d", r.Articles, r.Claims, r.Version)
	if len(r.Problems) == 0 {
		fmt.Fprintf(e.stdout, "database %s: no damage found (%s)\n", path, counts)
		return nil
	}
	fmt.Fprintf(e.stdout, "database %s: damaged (%s as far as they can be read); SQLite's integrity check found:\n", path, counts)
	for _, p := range r.Problems {
		fmt.Fprintf(e.stdout, "  %s\n", p)
	}
	if indexOnly(r.Problems) {
		fmt.Fprintf(e.stdout, `
The damage is in indexes only, which can be rebuilt from the tables. Keep
the damaged file; on a copy of it, run SQLite's REINDEX (the sqlite3
command), check the copy, and use it in place of the damaged file:
    cp %[1]s repaired.db && sqlite3 repaired.db REINDEX
    tradestats doctor --db repaired.db
`, path)
	} else {
		fmt.Fprintf(e.stdout, `
Keep the damaged file, and make a new database from your inputs:
    tradestats ingest --db new.db INPUT...
`)
	}
	return errFailed
}

// indexOnly reports whether every problem integrity_check found is in an
// index ("row 5 missing from index claims_subject", "wrong # of entries in
// index sqlite_autoindex_articles_1"), which REINDEX rebuilds.
func indexOnly(problems []string) bool {
	for _, p := range problems {
		if !strings.Contains(p, " index ") {
			return false
		}
	}
	return true
}
