package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
)

// defaultDB is the database used without --db and $TRADESTATS_DB.
const defaultDB = "tradestats.db"

// dbFlag defines the --db flag shared by the dataset commands.
func dbFlag(fs *pflag.FlagSet, path *string) {
	fs.StringVar(path, "db", "", "database: a SQLite file `PATH` or a postgres://USER@HOST:PORT/DBNAME URL (default: $TRADESTATS_DB, else ./"+defaultDB+")")
}

// dbPath resolves the database: the --db flag, else $TRADESTATS_DB, else
// ./tradestats.db. It may be a PostgreSQL URL with a password: show it
// only through data.Redact.
func dbPath(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("TRADESTATS_DB"); env != "" {
		return env
	}
	return defaultDB
}

// openDB opens the resolved database. Unless create is set, a database
// that does not exist (no such file, or no tradestats tables in the
// PostgreSQL database) is an error rather than a new empty one.
func openDB(ctx context.Context, flag string, create bool) (*data.DB, error) {
	path := dbPath(flag)
	open := data.OpenExisting
	if create {
		open = data.Open
	}
	db, err := open(ctx, path)
	if errors.Is(err, data.ErrNoDatabase) {
		what := "no database"
		if data.IsPostgres(path) {
			what = "no tradestats tables in database"
		}
		return nil, fmt.Errorf("%s %s (run 'tradestats ingest' first, or give --db or $TRADESTATS_DB)", what, data.Redact(path))
	}
	if err != nil {
		return nil, dbError(path, err)
	}
	return db, nil
}

// sqliteCode matches the result code SQLite errors end with.
var sqliteCode = regexp.MustCompile(` \(\d+\)$`)

// dbError shortens the data package's "data: open NAME: problem" to
// "database NAME: problem" for the command line.
func dbError(path string, err error) error {
	name := data.Redact(path)
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "data: open "+name+": ")
	// SQLite's result code: "file is not a database (26)".
	msg = sqliteCode.ReplaceAllString(msg, "")
	return &dbOpenError{msg: "database " + name + ": " + msg, err: err}
}

// dbOpenError is a database that could not be opened, with a message for
// the command line; it unwraps to the data package's error.
type dbOpenError struct {
	msg string
	err error
}

func (e *dbOpenError) Error() string { return e.msg }
func (e *dbOpenError) Unwrap() error { return e.err }
