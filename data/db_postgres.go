package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// postgresDialect is PostgreSQL's: a server that many writers use at once
// (a migration takes an advisory lock), the schema version only in the
// migrations table, and text that must be valid UTF-8.
var postgresDialect = dialect{
	name:       "postgres",
	beginWrite: "BEGIN",
	// One lock for every tradestats schema of a database: "TSDB".
	lockSchema: "SELECT pg_advisory_xact_lock(1414743106)",
	identify:   postgresIdentify,
	cleanText:  true,
	// 64 claims are 1,472 parameters (PostgreSQL takes up to 65,535): a
	// batch of articles takes a few round trips to the server.
	insertRows: 64,
	param:      func(n int) string { return "$" + strconv.Itoa(n) },
}

// IsPostgres reports whether a database name is a PostgreSQL connection
// URL: postgres://[USER[:PASSWORD]@]HOST[:PORT]/DBNAME[?PARAM=VALUE...]
// (or postgresql://). The parameters are libpq's: sslmode, connect_timeout,
// search_path and other server settings...; a password may also come from
// $PGPASSWORD or ~/.pgpass.
func IsPostgres(name string) bool {
	return strings.HasPrefix(name, "postgres://") || strings.HasPrefix(name, "postgresql://")
}

// Redact returns a database name as it may be shown: a PostgreSQL URL
// without its password (in the user part or a password parameter), other
// names as they are.
func Redact(name string) string {
	if !IsPostgres(name) {
		return name
	}
	u, err := url.Parse(name)
	if err != nil {
		// Unparsable: show the scheme and host part at most.
		scheme, rest, _ := strings.Cut(name, "://")
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			rest = rest[at+1:]
		}
		if i := strings.IndexAny(rest, "/?"); i >= 0 {
			rest = rest[:i]
		}
		return scheme + "://" + rest + "/..."
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	if q := u.Query(); q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// urlPassword returns the password in a PostgreSQL URL, or "".
func urlPassword(name string) string {
	if !IsPostgres(name) {
		return ""
	}
	u, err := url.Parse(name)
	if err != nil {
		return ""
	}
	if p, ok := u.User.Password(); ok {
		return p
	}
	return u.Query().Get("password")
}

// openPostgres connects to the PostgreSQL database of a URL (see Open).
func openPostgres(ctx context.Context, name string, existing bool) (*DB, error) {
	cfg, err := pgx.ParseConfig(name)
	if err != nil {
		// pgx's message quotes the URL with its password masked; say only
		// what is wrong.
		return nil, errors.New("not a valid PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME)")
	}
	if _, ok := cfg.RuntimeParams["application_name"]; !ok {
		cfg.RuntimeParams["application_name"] = "tradestats"
	}
	sqldb := stdlib.OpenDB(*cfg)
	sqldb.SetMaxOpenConns(runtime.GOMAXPROCS(0) + 2)
	sqldb.SetMaxIdleConns(runtime.GOMAXPROCS(0) + 2)
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		d := &DB{name: Redact(name), dialect: &postgresDialect, password: urlPassword(name)}
		return nil, d.explain(err, false)
	}
	return newDB(ctx, sqldb, name, &postgresDialect, false, existing)
}

// postgresIdentify refuses a schema that holds tables of another
// application and returns the schema version.
func postgresIdentify(ctx context.Context, conn *sql.Conn) (int, error) {
	var schema sql.NullString
	var tables, migrations int
	if err := conn.QueryRowContext(ctx, `SELECT current_schema(),
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()),
		(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'migrations')`).
		Scan(&schema, &tables, &migrations); err != nil {
		return 0, err
	}
	switch {
	case !schema.Valid:
		return 0, errors.New("no schema to keep the tables in (no schema of the search_path exists)")
	case migrations == 0 && tables > 0:
		return 0, fmt.Errorf("not a tradestats database (schema %q holds tables of another application; give the URL a ?search_path=SCHEMA of its own)", schema.String)
	case migrations == 0:
		return 0, nil
	}
	return recordedVersion(ctx, conn)
}

// storableText returns s as PostgreSQL can store it in a text column:
// valid UTF-8 without NUL bytes. Each NUL and each byte that is not part
// of valid UTF-8 becomes U+001A (SUBSTITUTE), one byte for one, so that
// claim offsets into an article's text still hold. A SQLite database
// stores such text as it is.
func storableText(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size > 1 {
				b = append(b, s[i:i+size]...)
				i += size
				continue
			}
		}
		if c == 0 || c >= utf8.RuneSelf {
			c = 0x1a
		}
		b = append(b, c)
		i++
	}
	return string(b)
}
