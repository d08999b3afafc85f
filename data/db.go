package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ExtractorVersion identifies the claims that stats.Extract produces. It is
// stored with every article when its claims are extracted, so that a
// dataset shows which articles were extracted by an older extractor.
//
// Bump it by hand in the same change as any change to stats.Extract that
// changes its output (the golden files in stats/testdata change with it);
// "tradestats ingest --reextract" then upgrades a dataset.
const ExtractorVersion = 5

// SchemaVersion is the number of the newest migration in migrations/.
// A database's version is the newest migration recorded in its
// migrations table.
var SchemaVersion = func() int {
	n := -1
	for _, d := range dialects {
		ms, err := loadMigrations(d)
		if err != nil || len(ms) == 0 || (n >= 0 && len(ms) != n) {
			panic(fmt.Sprintf("data: bad embedded migrations for %s: %d, %v", d.name, len(ms), err))
		}
		n = len(ms)
	}
	return n
}()

// BusyTimeout is how long a statement waits for another connection or
// process to release a lock before it fails with "database is locked".
// Writers hold the lock for one short batch at a time (see Ingest).
const BusyTimeout = 60 * time.Second

// The migrations of each dialect, side by side: migrations/sqlite/NNNN_name.sql
// and migrations/postgres/NNNN_name.sql, the same numbers and names, and
// the same tables and columns at the end (TestMigrationsAlike).
//
//go:embed migrations
var migrationFS embed.FS

// DB is a tradestats database: a SQLite file or a PostgreSQL database
// holding articles and their claims. It is safe for concurrent use, and
// several processes may use one database at once (a SQLite file is in WAL
// mode with a busy timeout).
type DB struct {
	db      *sql.DB
	name    string // as shown: a path, or a URL without its password
	dialect *dialect

	// password of a PostgreSQL URL, scrubbed from error messages.
	password string

	// readOnly: opened as an immutable read-only file (see Open).
	readOnly bool

	// Now returns the current time; ingest times come from it. Tests set
	// it for reproducible timestamps.
	Now func() time.Time
}

// ErrNewerSchema is returned (wrapped) by Open for a database created or
// migrated by a newer tradestats than this one.
var ErrNewerSchema = errors.New("database schema is newer than this tradestats")

// ErrNoDatabase is returned (wrapped) by OpenExisting for a database that
// does not exist yet: no such file, or no tradestats tables in the
// PostgreSQL database.
var ErrNoDatabase = errors.New("no such database")

// Open opens the database name, creating it if it does not exist, and
// migrates it to the current schema. It refuses, without changing it, a
// database of another application and a database whose schema is newer
// than this program's.
//
// A name starting with "postgres://" or "postgresql://" is a PostgreSQL
// connection URL (see IsPostgres); the tables are made in the first schema
// of the connection's search_path (add "?search_path=NAME" to the URL to
// use another schema than public). Any other name is the path of a SQLite
// file.
//
// A SQLite database is put in WAL mode with synchronous=NORMAL (a
// committed transaction survives a crash of the process; a power loss may
// lose the last ones but never corrupts the file) and a busy timeout, so
// that other processes can read and write it at the same time.
//
// A SQLite database this process may not write (a read-only file,
// directory or file system, another user's file) cannot be read in WAL
// mode without the shared-memory file SQLite keeps beside it. When that
// file cannot be made and no other process has the database open for
// writing (there is no -wal file), Open opens it read-only instead, as a
// file that does not change: it can be read, and writes fail with a
// "read-only file" error. Such a database is not migrated: one of an older
// schema is refused.
//
// Error messages name the database by Redact(name): a password in a URL
// is never shown.
func Open(ctx context.Context, name string) (*DB, error) {
	return open(ctx, name, false)
}

// OpenExisting is Open for a database that must exist already: it returns
// an error wrapping ErrNoDatabase, and creates nothing, when there is no
// SQLite file name, or when the PostgreSQL database has no tradestats
// tables.
func OpenExisting(ctx context.Context, name string) (*DB, error) {
	return open(ctx, name, true)
}

func open(ctx context.Context, name string, existing bool) (*DB, error) {
	if name == "" {
		return nil, errors.New("data: open: empty database path")
	}
	var db *DB
	var err error
	if IsPostgres(name) {
		db, err = openPostgres(ctx, name, existing)
	} else {
		db, err = openSQLite(ctx, name, existing)
	}
	if err != nil {
		return nil, fmt.Errorf("data: open %s: %w", Redact(name), err)
	}
	return db, nil
}

// newDB wraps an opened handle and migrates it.
func newDB(ctx context.Context, sqldb *sql.DB, name string, d *dialect, readOnly, existing bool) (*DB, error) {
	db := &DB{db: sqldb, name: Redact(name), dialect: d, password: urlPassword(name), readOnly: readOnly, Now: time.Now}
	if err := db.migrate(ctx, existing); err != nil {
		sqldb.Close()
		return nil, db.explain(err, false)
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db == nil || db.db == nil {
		return nil
	}
	if db.dialect.onClose != "" {
		_, _ = db.db.Exec(db.dialect.onClose)
	}
	return db.db.Close()
}

// Path returns the database's name as Open was given it, without a
// password: a file path, or a PostgreSQL URL.
func (db *DB) Path() string { return db.name }

// Postgres reports whether the database is a PostgreSQL one.
func (db *DB) Postgres() bool { return db.dialect == &postgresDialect }

// SQL returns the underlying database handle, for tests and tools.
func (db *DB) SQL() *sql.DB { return db.db }

// A dialect holds what differs between the two kinds of store, SQLite
// files and PostgreSQL servers: their migrations, how a write transaction
// starts, how a database is recognised, and how the writer's INSERTs are
// best shaped for speed. Everything else is shared: one set of queries,
// written to mean the same on both ($1... placeholders, ON CONFLICT,
// count(*) FILTER, and case-insensitive matching with lower() on
// "C"-collated text, see migrations/postgres/0001_init.sql).
type dialect struct {
	name string // "sqlite" or "postgres": the folder of its migrations

	// beginWrite starts a transaction that writes.
	beginWrite string
	// lockSchema, run first in a migration's transaction, makes the other
	// processes that migrate wait ("": beginWrite does).
	lockSchema string
	// identify refuses a database of another application, before anything
	// is written to it, and returns its schema version (0: a new one).
	identify func(ctx context.Context, conn *sql.Conn) (int, error)
	// setVersion, if set, is a statement that records a migration's
	// version besides the migrations table.
	setVersion func(version int) string
	// insertRows is the largest number of rows an INSERT of the writer
	// has.
	insertRows int
	// param returns the placeholder of the nth parameter of the writer's
	// INSERTs, which bind many parameters: "$n", or "?" where that is
	// faster. Every other query uses $n.
	param func(n int) string
	// onClose is run before the database is closed ("" for nothing).
	onClose string
	// cleanText: text must be stored as valid UTF-8 without NUL bytes
	// (see storableText).
	cleanText bool
}

// dialects are the dialects, in the order of SchemaVersion's check.
var dialects = []*dialect{&sqliteDialect, &postgresDialect}

// migration is one embedded migrations/DIALECT/NNNN_name.sql file.
type migration struct {
	version int // NNNN
	name    string
	sql     string
}

// loadMigrations returns the embedded migrations of d in order. Their
// numbers must be 1, 2, 3...
func loadMigrations(d *dialect) ([]migration, error) {
	dir := path.Join("migrations", d.name)
	names, err := fs.Glob(migrationFS, dir+"/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		v := migrationNumber(base)
		if v != len(ms)+1 {
			return nil, fmt.Errorf("migration %s/%s: want number %04d", d.name, base, len(ms)+1)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	return ms, nil
}

// migrationNumber returns the NNNN of a migration named NNNN_name.sql, or
// -1.
func migrationNumber(name string) int {
	num, _, _ := strings.Cut(name, "_")
	v, err := strconv.Atoi(num)
	if err != nil || len(num) != 4 {
		return -1
	}
	return v
}

// migrate applies the migrations the database does not have yet, each in
// its own transaction that also records it in the migrations table.
// Several processes may migrate at once: each migration runs under a lock
// (SQLite's write lock, a PostgreSQL advisory lock) and re-checks the
// version first. With existing, a new database is refused with
// ErrNoDatabase.
func (db *DB) migrate(ctx context.Context, existing bool) error {
	ms, err := loadMigrations(db.dialect)
	if err != nil {
		return err
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	version, err := db.dialect.identify(ctx, conn)
	if err != nil {
		return err
	}
	if db.dialect == &sqliteDialect {
		if err := quickCheck(ctx, conn, db.name); err != nil {
			return err
		}
	}
	switch {
	case version > len(ms):
		return fmt.Errorf("%w: it has schema version %d, this tradestats knows versions up to %d; use a newer tradestats",
			ErrNewerSchema, version, len(ms))
	case version == 0 && existing:
		return ErrNoDatabase
	case version == len(ms):
		return nil // the common case, without taking a lock
	case db.readOnly:
		return fmt.Errorf("schema version %d is older than this tradestats's %d and cannot be migrated in a read-only file", version, len(ms))
	}
	if db.dialect == &sqliteDialect {
		// WAL mode is a property of the file, set once identify has found
		// it is ours (or empty) so that a refused file is left unchanged.
		if err := setWAL(ctx, conn); err != nil {
			return err
		}
	}
	for _, m := range ms[version:] {
		if err := db.applyMigration(ctx, conn, m); err != nil {
			return err
		}
	}
	return nil
}

// recordedVersion returns the newest migration recorded in the migrations
// table, which must exist.
func recordedVersion(ctx context.Context, conn *sql.Conn) (int, error) {
	var newest string
	if err := conn.QueryRowContext(ctx, "SELECT coalesce(max(name), '') FROM migrations").Scan(&newest); err != nil {
		return 0, err
	}
	if newest == "" {
		return 0, nil
	}
	if v := migrationNumber(newest); v > 0 {
		return v, nil
	}
	return 0, fmt.Errorf("not a tradestats database (migration %q)", newest)
}

// applyMigration applies m unless the database already has it.
func (db *DB) applyMigration(ctx context.Context, conn *sql.Conn, m migration) (err error) {
	d := db.dialect
	if _, err := conn.ExecContext(ctx, d.beginWrite); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()
	if d.lockSchema != "" {
		if _, err := conn.ExecContext(ctx, d.lockSchema); err != nil {
			return err
		}
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (
		name       TEXT PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	// Another process may have migrated while this one waited for the lock.
	version, err := recordedVersion(ctx, conn)
	if err != nil {
		return err
	}
	if version >= m.version {
		_, err = conn.ExecContext(ctx, "COMMIT")
		return err
	}
	if version != m.version-1 {
		return fmt.Errorf("schema version %d, cannot apply migration %s", version, m.name)
	}
	if _, err := conn.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO migrations (name, applied_at) VALUES ($1, $2)",
		m.name, db.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if d.setVersion != nil {
		if _, err := conn.ExecContext(ctx, d.setVersion(m.version)); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return err
}

// fileExists reports whether path names an existing file (of any kind).
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
