package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
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
	fs.StringVar(path, "db", "", "database `PATH` (default: $TRADESTATS_DB, else ./"+defaultDB+")")
}

// dbPath resolves the database path: the --db flag, else $TRADESTATS_DB,
// else ./tradestats.db.
func dbPath(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("TRADESTATS_DB"); env != "" {
		return env
	}
	return defaultDB
}

// openDB opens the database at the resolved path. Unless create is set,
// a database that does not exist is an error rather than a new empty file.
func openDB(ctx context.Context, flag string, create bool) (*data.DB, error) {
	path := dbPath(flag)
	if !create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no database %s (run 'tradestats ingest' first, or give --db or $TRADESTATS_DB)", path)
		}
	}
	db, err := data.Open(ctx, path)
	if err != nil {
		return nil, dbError(path, err)
	}
	return db, nil
}

// sqliteCode matches the result code SQLite errors end with.
var sqliteCode = regexp.MustCompile(` \(\d+\)$`)

// dbError shortens the data package's "data: open PATH: problem" to
// "database PATH: problem" for the command line.
func dbError(path string, err error) error {
	msg := err.Error()
	prefix := "data: open " + path + ": "
	msg = strings.TrimPrefix(msg, prefix)
	// SQLite's result code: "file is not a database (26)".
	msg = sqliteCode.ReplaceAllString(msg, "")
	return &dbOpenError{msg: "database " + path + ": " + msg, err: err}
}

// dbOpenError is a database that could not be opened, with a message for
// the command line; it unwraps to the data package's error.
type dbOpenError struct {
	msg string
	err error
}

func (e *dbOpenError) Error() string { return e.msg }
func (e *dbOpenError) Unwrap() error { return e.err }
