package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, pure Go
)

// ExtractorVersion identifies the claims that stats.Extract produces. It is
// stored with every article when its claims are extracted, so that a
// dataset shows which articles were extracted by an older extractor.
//
// Bump it by hand in the same change as any change to stats.Extract that
// changes its output (the golden files in stats/testdata change with it);
// "tradestats ingest --reextract" then upgrades a dataset.
const ExtractorVersion = 4

// SchemaVersion is the number of the newest migration in migrations/.
// A database's version is kept in PRAGMA user_version.
var SchemaVersion = func() int {
	ms, err := loadMigrations()
	if err != nil || len(ms) == 0 {
		panic(fmt.Sprintf("data: bad embedded migrations: %v", err))
	}
	return ms[len(ms)-1].version
}()

// applicationID marks a SQLite file as a tradestats database ("TSDB"), in
// PRAGMA application_id. Migration 0001 sets it.
const applicationID = 0x54534442

// BusyTimeout is how long a statement waits for another connection or
// process to release a lock before it fails with "database is locked".
// Writers hold the lock for one short batch at a time (see Ingest).
const BusyTimeout = 60 * time.Second

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is a tradestats database: a SQLite file holding articles and their
// claims. It is safe for concurrent use, and several processes may use one
// database file at once (it is in WAL mode with a busy timeout).
type DB struct {
	db   *sql.DB
	path string

	// readOnly: opened as an immutable read-only file (see Open).
	readOnly bool

	// Now returns the current time; ingest times come from it. Tests set
	// it for reproducible timestamps.
	Now func() time.Time
}

// extraDSN is added to the query of the data source names Open makes;
// tests set it ("&_pragma=max_page_count(100)", "&mode=ro") to make
// SQLite fail as a full disk or a read-only file would.
var extraDSN string

// ErrNewerSchema is returned (wrapped) by Open for a database created or
// migrated by a newer tradestats than this one.
var ErrNewerSchema = errors.New("database schema is newer than this tradestats")

// Open opens the database at path, creating it if it does not exist, and
// migrates it to the current schema. It refuses, without changing it, a
// file that is not a SQLite database, a SQLite database of another
// application, and a database whose schema is newer than this program's.
//
// The database is put in WAL mode with synchronous=NORMAL (a committed
// transaction survives a crash of the process; a power loss may lose the
// last ones but never corrupts the file) and a busy timeout, so that other
// processes can read and write it at the same time.
//
// A database this process may not write (a read-only file, directory or
// file system, another user's file) cannot be read in WAL mode without the
// shared-memory file SQLite keeps beside it. When that file cannot be made and no other
// process has the database open for writing (there is no -wal file), Open
// opens it read-only instead, as a file that does not change: it can be
// read, and writes fail with a "read-only file" error. Such a database is
// not migrated: one of an older schema is refused.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("data: open: empty database path")
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("data: open %s: is a directory", path)
	}
	db, err := open(ctx, path, false)
	if code := sqliteCode(err); code == sqliteReadOnly || code == sqliteCantOpen {
		_, errDB := os.Stat(path)
		_, errWAL := os.Stat(path + "-wal")
		if errDB == nil && errors.Is(errWAL, fs.ErrNotExist) {
			if rdb, rerr := open(ctx, path, true); rerr == nil {
				return rdb, nil
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("data: open %s: %w", path, explain("", err))
	}
	return db, nil
}

// open opens and migrates the database at path, or with readOnly opens it
// as an immutable read-only file and checks its schema.
func open(ctx context.Context, path string, readOnly bool) (*DB, error) {
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
	db := &DB{db: sqldb, path: path, readOnly: readOnly, Now: time.Now}
	if err := db.migrate(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db == nil || db.db == nil {
		return nil
	}
	// Let SQLite refresh its statistics for the query planner; cheap, and
	// it only analyses tables whose contents changed a lot.
	_, _ = db.db.Exec("PRAGMA optimize")
	return db.db.Close()
}

// Path returns the database's file name, as given to Open.
func (db *DB) Path() string { return db.path }

// SQL returns the underlying database handle, for tests and tools.
func (db *DB) SQL() *sql.DB { return db.db }

// escapeURIPath escapes a file name for a "file:" URI: "%", "?" and "#"
// would otherwise be read as URI syntax.
func escapeURIPath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
}

// migration is one embedded migrations/NNNN_name.sql file.
type migration struct {
	version int // NNNN
	name    string
	sql     string
}

// loadMigrations returns the embedded migrations in order. Their numbers
// must be 1, 2, 3...
func loadMigrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var ms []migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil || v != len(ms)+1 {
			return nil, fmt.Errorf("migration %s: want number %04d", base, len(ms)+1)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	return ms, nil
}

// migrate applies the migrations the database does not have yet, each in
// its own transaction that also records it in the migrations table and in
// PRAGMA user_version. Several processes may migrate at once: each
// migration runs under the write lock and re-checks the version first.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := checkDatabase(ctx, conn); err != nil {
		return err
	}
	if db.readOnly {
		var version int
		if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if version < len(ms) {
			return fmt.Errorf("schema version %d is older than this tradestats's %d and cannot be migrated in a read-only file", version, len(ms))
		}
		return nil
	}
	// WAL mode is a property of the file, set once checkDatabase has found
	// it is ours (or empty) so that a refused file is left unchanged.
	if err := setWAL(ctx, conn); err != nil {
		return err
	}
	for _, m := range ms {
		if err := applyMigration(ctx, conn, m, db.Now); err != nil {
			return err
		}
	}
	return nil
}

// checkDatabase refuses a database of another application or a newer
// schema before anything is written to it.
func checkDatabase(ctx context.Context, conn *sql.Conn) error {
	// One statement, so one snapshot: another process may be creating the
	// schema at this moment.
	var appID, version, tables int
	if err := conn.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables); err != nil {
		return err
	}
	if appID != applicationID && (appID != 0 || tables > 0) {
		return errors.New("not a tradestats database (a SQLite database of another application)")
	}
	if version > SchemaVersion {
		return fmt.Errorf("%w: it has schema version %d, this tradestats knows versions up to %d; use a newer tradestats",
			ErrNewerSchema, version, SchemaVersion)
	}
	return nil
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
	var se interface{ Code() int }
	if errors.As(err, &se) {
		return se.Code()&0xff == 5 || se.Code()&0xff == 6
	}
	return false
}

// applyMigration applies m unless the database already has it.
func applyMigration(ctx context.Context, conn *sql.Conn, m migration, now func() time.Time) (err error) {
	var version int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version >= m.version {
		return nil // the common case, without taking the write lock
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	// Another process may have migrated while this one waited for the lock.
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version >= m.version {
		_, err = conn.ExecContext(ctx, "COMMIT")
		return err
	}
	if version != m.version-1 {
		return fmt.Errorf("schema version %d, cannot apply migration %s", version, m.name)
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name       TEXT PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := conn.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
		m.name, now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	// PRAGMA takes no parameters; m.version is an integer.
	if _, err := conn.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return err
}
