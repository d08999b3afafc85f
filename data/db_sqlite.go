package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, pure Go
)

// applicationID marks a SQLite file as a tradestats database ("TSDB"), in
// PRAGMA application_id. Migration 0001 sets it.
const applicationID = 0x54534442

// sqliteDialect is SQLite's: a file, one writer at a time (BEGIN
// IMMEDIATE takes the write lock), the schema version also kept in PRAGMA
// user_version for older tradestats.
var sqliteDialect = dialect{
	name:       "sqlite",
	beginWrite: "BEGIN IMMEDIATE",
	identify:   sqliteIdentify,
	// PRAGMA takes no parameters; version is an integer.
	setVersion: func(version int) string { return "PRAGMA user_version = " + strconv.Itoa(version) },
	// SQLite looks up each $N parameter in a list of them, in O(n) for
	// n parameters: an INSERT of n rows of p parameters binds in
	// O((n*p)^2), so one row at a time is fastest, and anonymous "?"
	// parameters, which it does not look up, save 8% of an ingest's
	// instructions (callgrind) even then.
	insertRows: 1,
	param:      func(int) string { return "?" },
	// Let SQLite refresh its statistics for the query planner; cheap, and
	// it only analyses tables whose contents changed a lot.
	onClose: "PRAGMA optimize",
}

// extraDSN is added to the query of the data source names openSQLite
// makes; tests set it ("&_pragma=max_page_count(100)", "&mode=ro") to make
// SQLite fail as a full disk or a read-only file would.
var extraDSN string

// openSQLite opens the SQLite database at path (see Open).
func openSQLite(ctx context.Context, path string, existing bool) (*DB, error) {
	if err := checkDBPath(path); err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && existing {
		return nil, ErrNoDatabase
	}
	db, err := openSQLiteAs(ctx, path, false)
	if code := sqliteCode(err); code == sqliteReadOnly || code == sqliteCantOpen {
		if fileExists(path) && !fileExists(path+"-wal") {
			rdb, rerr := openSQLiteAs(ctx, path, true)
			if rerr == nil {
				return rdb, nil
			}
			if c := sqliteCode(rerr); c != sqliteReadOnly && c != sqliteCantOpen {
				err = rerr // it could be read: what is wrong with it says more
			}
		}
	}
	return db, err
}

// openSQLiteAs opens and migrates the database at path, or with readOnly
// opens it as an immutable read-only file and checks its schema.
func openSQLiteAs(ctx context.Context, path string, readOnly bool) (*DB, error) {
	q := "?_busy_timeout=" + strconv.FormatInt(BusyTimeout.Milliseconds(), 10) +
		"&_synchronous=NORMAL&_foreign_keys=1" + extraDSN
	if readOnly {
		q += "&mode=ro&immutable=1"
	}
	sqldb, err := sql.Open("sqlite", "file:"+escapeURIPath(path)+q)
	if err != nil {
		return nil, err
	}
	// One writer connection at a time is all SQLite allows; the others
	// read (the extraction workers look up article ids while the writer
	// commits).
	sqldb.SetMaxOpenConns(runtime.GOMAXPROCS(0) + 2)
	sqldb.SetMaxIdleConns(runtime.GOMAXPROCS(0) + 2)
	return newDB(ctx, sqldb, path, &sqliteDialect, readOnly, false)
}

// escapeURIPath escapes a file name for a "file:" URI: "%", "?" and "#"
// would otherwise be read as URI syntax.
func escapeURIPath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// sqliteIdentify refuses a SQLite database of another application and
// returns the schema version: the newest migration recorded, or PRAGMA
// user_version if it is newer (older tradestats read only that).
func sqliteIdentify(ctx context.Context, conn *sql.Conn) (int, error) {
	// One statement, so one snapshot: another process may be creating the
	// schema at this moment.
	var appID, userVersion, tables, migrations int
	if err := conn.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema),
		(SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'migrations')`).
		Scan(&appID, &userVersion, &tables, &migrations); err != nil {
		return 0, err
	}
	if appID != applicationID && (appID != 0 || tables > 0) {
		return 0, errors.New("not a tradestats database (a SQLite database of another application)")
	}
	version := 0
	if migrations > 0 {
		v, err := recordedVersion(ctx, conn)
		if err != nil {
			return 0, err
		}
		version = v
	}
	return max(version, userVersion), nil
}

// setWAL puts the database in WAL mode. Switching needs a moment without
// other connections, which the busy timeout does not wait for, so it is
// retried for up to BusyTimeout.
func setWAL(ctx context.Context, conn *sql.Conn) error {
	deadline := time.Now().Add(BusyTimeout)
	for {
		var mode string
		err := conn.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode)
		if err == nil && strings.EqualFold(mode, "wal") {
			return nil
		}
		if err == nil {
			err = fmt.Errorf("cannot use WAL mode (journal mode %q)", mode)
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED.
func isBusy(err error) bool {
	c := sqliteCode(err)
	return c == 5 || c == 6
}
