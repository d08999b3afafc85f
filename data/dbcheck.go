package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Checks of the database file, apart from opening and migrating it (db.go):
// its path must name a regular file, and a damaged file — a page of an
// index overwritten, which SQLite itself notices only when it happens to
// read it, if at all — is refused at open, as other corrupted files are.

// checkDBPath refuses a database path that names something other than a
// regular file: a directory, a device (SQLite would fail on it with an I/O
// error, and leave a -journal file beside it), a FIFO (which would block),
// a socket. A path that does not exist is left to Open, which creates it.
func checkDBPath(path string) error {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil
	case fi.IsDir():
		return errors.New("is a directory")
	case !fi.Mode().IsRegular():
		return fmt.Errorf("not a regular file (%s): a database is a file", fileTypeName(fi.Mode()))
	}
	return nil
}

// quickCheckMax is the largest database file that Open checks with PRAGMA
// quick_check, which reads the whole file: about a second for 500 MiB. A
// larger file is checked before an ingest writes to it (checkBeforeWrite),
// and by Check. A variable so that tests can change it.
var quickCheckMax int64 = 512 << 20

// errMalformed is the message of SQLite's SQLITE_CORRUPT, which a damaged
// file found by a check is reported with, as when SQLite finds it.
const errMalformed = "database disk image is malformed"

// CheckError is what an integrity check of a database found wrong, in
// SQLite's words: "wrong # of entries in index sqlite_autoindex_articles_1".
type CheckError struct {
	Problems []string
}

func (e *CheckError) Error() string {
	return errMalformed + ": " + strings.Join(e.Problems, "; ")
}

// quickCheck runs PRAGMA quick_check on conn's database, at path, unless
// the file is larger than quickCheckMax, and turns a damaged file into the
// error of a corrupted one.
func quickCheck(ctx context.Context, conn *sql.Conn, path string) error {
	if fi, err := os.Stat(path); err != nil || fi.Size() > quickCheckMax {
		return nil
	}
	return quickCheckAny(ctx, conn)
}

// quickCheckAny is quickCheck whatever the size of the file.
func quickCheckAny(ctx context.Context, conn *sql.Conn) error {
	problems, err := runCheck(ctx, conn, "quick_check", 5)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return &storeError{what: "corrupted file, left as it is", detail: errMalformed, err: &CheckError{problems}}
	}
	return nil
}

// checkBeforeWrite runs PRAGMA quick_check before the first write of an
// ingest into a file too large to be checked at open (see quickCheck): a
// damaged unique index would let it store every article again.
func checkBeforeWrite(ctx context.Context, conn *sql.Conn, path string) error {
	if fi, err := os.Stat(path); err != nil || fi.Size() <= quickCheckMax {
		return nil // checked at open
	}
	return quickCheckAny(ctx, conn)
}

// runCheck runs PRAGMA quick_check or integrity_check, for at most max
// problems, and returns them (none for a sound file).
func runCheck(ctx context.Context, conn *sql.Conn, pragma string, max int) ([]string, error) {
	rows, err := conn.QueryContext(ctx, "PRAGMA "+pragma+"("+strconv.Itoa(max)+")")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	return problems, rows.Err()
}

// CheckReport is what Check found.
type CheckReport struct {
	Version  int      // schema version (PRAGMA user_version)
	Articles int      // articles, if they could be counted
	Claims   int      // claims, if they could be counted
	Problems []string // integrity_check's findings, or the error that stopped it; none if the file is sound
}

// Check runs PRAGMA integrity_check — every page, every index against its
// table, every constraint — on the database at path, for up to 100
// problems. It opens the file read-only and changes nothing in it, damaged
// or not. An error is a file that could not be checked at all: one that
// does not exist, is not a regular file, is not a SQLite database, is a
// SQLite database of another application, or is a PostgreSQL URL (the
// error names it without its password).
func Check(ctx context.Context, path string) (*CheckReport, error) {
	if IsPostgres(path) {
		return nil, fmt.Errorf("%s: a PostgreSQL database, which its server checks (doctor checks SQLite files)", Redact(path))
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	if err := checkDBPath(path); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r, err := check(ctx, path, "&mode=ro")
	if c := sqliteCode(err); c == sqliteReadOnly || c == sqliteCantOpen {
		// Not allowed to make the shared-memory file: read it as a file
		// that does not change.
		r, err = check(ctx, path, "&mode=ro&immutable=1")
	}
	if err != nil {
		// A SQLite file's error in words, without its name, as Open gives it.
		return nil, fmt.Errorf("%s: %w", path, (&DB{dialect: &sqliteDialect}).explain(err, false))
	}
	return r, nil
}

// check is Check with the given options.
func check(ctx context.Context, path, opts string) (*CheckReport, error) {
	q := "?_busy_timeout=" + strconv.FormatInt(BusyTimeout.Milliseconds(), 10) + opts
	sqldb, err := sql.Open("sqlite", "file:"+escapeURIPath(path)+q)
	if err != nil {
		return nil, err
	}
	defer sqldb.Close()
	conn, err := sqldb.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if _, err := sqliteIdentify(ctx, conn); err != nil && sqliteCode(err) != sqliteCorrupt {
		return nil, err // not a tradestats database
	}
	r := &CheckReport{}
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&r.Version); err != nil {
		return nil, err
	}
	r.Problems, err = runCheck(ctx, conn, "integrity_check", 100)
	if err != nil {
		if sqliteCode(err) != sqliteCorrupt {
			return nil, err
		}
		r.Problems = append(r.Problems, err.Error())
	}
	// Counted through the tables, not their indexes, which may be the
	// damaged part.
	_ = conn.QueryRowContext(ctx, "SELECT count(*) FROM articles NOT INDEXED").Scan(&r.Articles)
	_ = conn.QueryRowContext(ctx, "SELECT count(*) FROM claims NOT INDEXED").Scan(&r.Claims)
	return r, nil
}
