// Package storetest gives the tests of the data package and of the command
// the stores they run against: a new SQLite file, and, when
// $TRADESTATS_TEST_PG is the URL of a PostgreSQL database, a new schema in
// it. Only tests import it.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // the "sqlite" one
)

// EnvPG names the environment variable with the URL of the PostgreSQL
// database the tests may use (postgres://USER:PASSWORD@HOST:PORT/DBNAME):
// each test makes a schema of its own in it and drops it at the end.
// .ci/run sets it after starting a server (scripts/pg-local.sh).
const EnvPG = "TRADESTATS_TEST_PG"

// Keep keeps the databases of the tests (SQLite files in a directory that
// is not removed, PostgreSQL schemas that are not dropped) and logs their
// names; the data package's tests set it from -dump.
var Keep bool

// A Backend is a kind of store: "sqlite" or "postgres".
type Backend string

// The backends.
const (
	SQLite   Backend = "sqlite"
	Postgres Backend = "postgres"
)

// Run runs fn as a subtest for each backend, named after it. The
// PostgreSQL subtest is skipped when $TRADESTATS_TEST_PG is not set.
func Run(t *testing.T, fn func(t *testing.T, b Backend)) {
	t.Helper()
	for _, b := range []Backend{SQLite, Postgres} {
		t.Run(string(b), func(t *testing.T) {
			if b == Postgres {
				PostgresURL(t)
			}
			fn(t, b)
		})
	}
}

// PostgresURL returns $TRADESTATS_TEST_PG, or skips the test when it is not
// set.
func PostgresURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(EnvPG)
	if u == "" {
		tb.Skipf("no PostgreSQL server: $%s is not set (.ci/run starts one; so does scripts/pg-local.sh)", EnvPG)
	}
	return u
}

// NewDB returns the name of a new, empty database for data.Open: a file in
// a temporary directory, or the URL of $TRADESTATS_TEST_PG with the
// search_path set to a new schema. Both are removed when the test ends
// (unless Keep).
func (b Backend) NewDB(tb testing.TB) string {
	tb.Helper()
	if b == SQLite {
		dir := tb.TempDir()
		if Keep {
			var err error
			if dir, err = os.MkdirTemp("", "tradestats-test-"); err != nil {
				tb.Fatal(err)
			}
		}
		path := filepath.Join(dir, "test.db")
		if Keep {
			tb.Cleanup(func() { tb.Logf("database kept: %s", path) })
		}
		return path
	}
	admin := PostgresURL(tb)
	var r [6]byte
	rand.Read(r[:])
	schema := "test_" + hex.EncodeToString(r[:])
	db := adminDB(tb, admin)
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		tb.Fatalf("$%s: create schema: %v", EnvPG, err)
	}
	tb.Cleanup(func() {
		if Keep {
			tb.Logf("database kept: schema %s of $%s", schema, EnvPG)
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		// Connections of killed processes may hold locks for a moment.
		if _, err := db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return WithParam(tb, admin, "search_path", schema)
}

// WithParam returns the URL u with the query parameter key set to value.
func WithParam(tb testing.TB, u, key, value string) string {
	tb.Helper()
	p, err := url.Parse(u)
	if err != nil {
		tb.Fatalf("$%s is not a URL", EnvPG)
	}
	q := p.Query()
	q.Set(key, value)
	p.RawQuery = q.Encode()
	return p.String()
}

// adminDB returns a connection pool to the database of $TRADESTATS_TEST_PG,
// closed when the test ends.
func adminDB(tb testing.TB, u string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("pgx", u)
	if err != nil {
		tb.Fatalf("$%s: %v", EnvPG, err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := db.Ping(); err != nil {
		tb.Fatalf("$%s: cannot connect to the PostgreSQL server: %v", EnvPG, err)
	}
	return db
}

// SQL opens a database/sql handle on a database NewDB named, past
// data.Open (for tests that look at the tables as they are), closed when
// the test ends.
func (b Backend) SQL(tb testing.TB, name string) *sql.DB {
	tb.Helper()
	driver, dsn := "pgx", name
	if b == SQLite {
		driver, dsn = "sqlite", "file:"+name+"?_busy_timeout=10000"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// A Faulty is a URL like $TRADESTATS_TEST_PG's that cannot be connected to,
// and the message that says why (what follows "database URL: ").
type Faulty struct {
	Name, URL, Message string
	Password           string // given in URL, "" for none
}

// FaultyURLs returns URLs like $TRADESTATS_TEST_PG's that fail: a port
// that nothing listens on, a wrong password, a database that does not
// exist. It skips the test when $TRADESTATS_TEST_PG is not set.
func FaultyURLs(tb testing.TB) []Faulty {
	tb.Helper()
	u, err := url.Parse(PostgresURL(tb))
	if err != nil {
		tb.Fatalf("$%s is not a URL", EnvPG)
	}
	user := u.User.Username()
	// A port nothing listens on: one that was free a moment ago.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	with := func(f func(u *url.URL)) string {
		c := *u
		f(&c)
		return c.String()
	}
	const wrong = "not-the-password-42"
	return []Faulty{
		{Name: "connection refused", URL: with(func(u *url.URL) { u.Host = fmt.Sprintf("127.0.0.1:%d", port) }),
			Message: fmt.Sprintf("cannot connect to the server at 127.0.0.1:%d (connection refused: is the server running, on that port?)", port)},
		{Name: "wrong password", URL: with(func(u *url.URL) { u.User = url.UserPassword(user, wrong) }),
			Message: fmt.Sprintf(`password authentication failed for user "%s"`, user), Password: wrong},
		{Name: "no such database", URL: with(func(u *url.URL) { u.Path = "/tradestats_no_such_db" }),
			Message: `database "tradestats_no_such_db" does not exist`},
	}
}

// Password returns the password of $TRADESTATS_TEST_PG, "" if it has none
// or is not set.
func Password() string {
	u, err := url.Parse(os.Getenv(EnvPG))
	if err != nil || u.User == nil {
		return ""
	}
	p, _ := u.User.Password()
	return p
}
