package data_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// The two stores side by side, and the faults of a server: connections
// refused or lost, wrong passwords, missing databases.

// TestMigrationsAlike checks that both dialects have the same migrations
// (numbers and names), and that both end with the same tables, columns
// (names, order, kind of type, NOT NULL) and indexes; and that PostgreSQL
// stores values as 8-byte floats and text with the "C" collation.
func TestMigrationsAlike(t *testing.T) {
	// A migration written before the dialects had folders of their own
	// would not be applied.
	if stray, _ := fs.Glob(os.DirFS("migrations"), "*.sql"); len(stray) > 0 {
		t.Errorf("migrations/%s: move it into migrations/sqlite/, and write its PostgreSQL twin in migrations/postgres/", stray[0])
	}
	names := map[string][]string{}
	for _, d := range []string{"sqlite", "postgres"} {
		files, err := fs.Glob(os.DirFS("migrations/"+d), "*.sql")
		if err != nil || len(files) == 0 {
			t.Fatalf("migrations/%s: %v, %v", d, files, err)
		}
		names[d] = files
	}
	if !slices.Equal(names["sqlite"], names["postgres"]) {
		t.Errorf("the dialects' migrations differ:\nsqlite   %v\npostgres %v", names["sqlite"], names["postgres"])
	}
	if len(names["sqlite"]) != data.SchemaVersion {
		t.Errorf("%d migrations, SchemaVersion %d", len(names["sqlite"]), data.SchemaVersion)
	}
	if strings.Join(names["sqlite"], "") == "" {
		t.Fatal("no migrations")
	}

	schemas := map[storetest.Backend]string{}
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		schemas[b] = describeSchema(t, b, db.SQL())
	})
	if schemas[storetest.SQLite] == "" {
		t.Fatal("no SQLite schema read")
	}
	if pg, ok := schemas[storetest.Postgres]; ok && pg != schemas[storetest.SQLite] {
		t.Errorf("the schemas differ:\n--- sqlite\n%s--- postgres\n%s", schemas[storetest.SQLite], pg)
	}
}

// describeSchema returns the tables of a database, one line per column
// ("table.column kind notnull", in column order) and per index.
func describeSchema(t *testing.T, b storetest.Backend, db *sql.DB) string {
	t.Helper()
	// SQLite's primary keys may be NULL but for INTEGER ones (a quirk);
	// the store never writes one.
	q := `SELECT m.name, p.name, lower(p.type), p."notnull" OR p.pk > 0
		FROM sqlite_schema m JOIN pragma_table_info(m.name) p
		WHERE m.type = 'table' ORDER BY m.name, p.cid`
	iq := `SELECT tbl_name, name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY tbl_name, name`
	if b == storetest.Postgres {
		q = `SELECT c.table_name, c.column_name,
			CASE WHEN c.data_type = 'text' THEN c.data_type || ' collate ' || coalesce(c.collation_name, 'default') ELSE c.data_type END,
			c.is_nullable = 'NO'
			FROM information_schema.columns c
			WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position`
		iq = `SELECT tablename, indexname FROM pg_indexes
			WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'
			ORDER BY tablename, indexname`
	}
	// The kinds of type: what each dialect's column types mean.
	kinds := map[string]string{
		"integer": "integer", "bigint": "integer",
		"real": "float64", "double precision": "float64",
		"text": "text", "text collate C": "text", "text collate default": "text",
	}
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var sb strings.Builder
	for rows.Next() {
		var table, col, typ string
		var notNull bool
		if err := rows.Scan(&table, &col, &typ, &notNull); err != nil {
			t.Fatal(err)
		}
		kind, ok := kinds[typ]
		// The migrations table is the migrator's, made by the same
		// statement in both.
		if !ok || (b == storetest.Postgres && typ != "text collate C" && kind == "text" && table != "migrations") {
			t.Errorf("%s: %s.%s has type %q (want integer, bigint, double precision or text collate C)", b, table, col, typ)
		}
		if b == storetest.SQLite && typ == "real" || b == storetest.Postgres && typ == "double precision" {
			kind = "float64"
		}
		fmt.Fprintf(&sb, "%s.%s %s notnull=%v\n", table, col, kind, notNull)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	irows, err := db.Query(iq)
	if err != nil {
		t.Fatal(err)
	}
	defer irows.Close()
	for irows.Next() {
		var table, index string
		if err := irows.Scan(&table, &index); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&sb, "index %s on %s\n", index, table)
	}
	return sb.String()
}

// TestSameStoreSameResults ingests the same inputs into both stores and
// compares everything that can be read back: claims under every filter,
// articles, the summary.
func TestSameStoreSameResults(t *testing.T) {
	storetest.PostgresURL(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 0, 200)
	// Search ignores the case of ASCII letters only, in both: "économie"
	// finds the first article, not the second.
	accents := filepath.Join(dir, "accents")
	os.Mkdir(accents, 0o755)
	for name, text := range map[string]string{
		"fr.txt": "L'économie française\n\nL'économie: exports rose 4 percent in 1987.\n",
		"jp.txt": "ÉCONOMIE DU JAPON\n\nJapan's ÉCONOMIE exports fell 2 percent in 1987.\n",
	} {
		if err := os.WriteFile(filepath.Join(accents, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{"../examples", "testdata/page.html", "testdata/feed.xml", corpus, accents}
	lite, pg := MustOpenDB(t, storetest.SQLite), MustOpenDB(t, storetest.Postgres)
	ingest(t, lite, paths...)
	ingest(t, pg, paths...)
	f64 := func(v float64) *float64 { return &v }
	for _, f := range []stats.ClaimFilter{
		{},
		{Subject: "japan"}, {Subject: "U.S."}, {Metric: "EXPORTS"}, {Unit: stats.UnitPercent},
		{Period: "1987"}, {Min: f64(10), Max: f64(1000)}, {Search: "TRADE surplus"}, {Search: "%"}, {Limit: 7},
		{Search: "économie"}, {Search: "ÉCONOMIE"},
	} {
		a, b := allClaims(t, lite, f), allClaims(t, pg, f)
		if strings.Contains(f.Search, "CONOMIE") {
			for _, c := range append(a, b...) {
				if strings.Contains(c.Title, "CONOMIE") != (f.Search == "ÉCONOMIE") {
					t.Errorf("search %q finds a claim of %q: É and é are not the same letter to it", f.Search, c.Title)
				}
			}
		}
		if len(a) == 0 {
			t.Errorf("filter %+v selects no claims", f)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("filter %+v: %d claims from SQLite, %d from PostgreSQL, or they differ", f, len(a), len(b))
		}
	}
	arts := func(db *data.DB) (out []string) {
		if err := db.EachArticle(context.Background(), func(a *stats.Article, n int) error {
			out = append(out, fmt.Sprintf("%+v %d", *a, n))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if a, b := arts(lite), arts(pg); !slices.Equal(a, b) || len(a) == 0 {
		t.Errorf("articles: %d from SQLite, %d from PostgreSQL, or they differ", len(a), len(b))
	}
	sa, err := lite.Summary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sb, err := pg.Summary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sa, sb) {
		t.Errorf("summaries differ:\nsqlite   %+v\npostgres %+v", sa, sb)
	}
}

// TestStorableText ingests articles with invalid UTF-8 and NUL bytes:
// SQLite stores them as they are; PostgreSQL, which cannot, stores U+001A
// for each such byte, so that the claims' offsets still hold and the
// article and claims are kept.
func TestStorableText(t *testing.T) {
	body := "Japan's exports rose 5 percent to 3 billion dlrs in 1987 \xff\xfe, the ministry said.\u0000\n\n" +
		"Imports from Canada fell 2 percent \xe2\x82 in 1987."
	// A plain-text file is read as it is, invalid UTF-8 included, when
	// most of it is UTF-8; a NUL must come past the first 8 KiB (a NUL
	// near the start makes the file binary data).
	text := strings.Repeat("Café paragraph — without figures.\n\n", 300) + body + "\n"
	path := filepath.Join(t.TempDir(), "odd.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		st := ingest(t, db, path)
		if st.New == 0 || st.Claims == 0 {
			t.Fatalf("ingest: %+v", st)
		}
		var texts []string
		if err := db.EachArticle(context.Background(), func(a *stats.Article, n int) error {
			texts = append(texts, a.Text)
			for _, c := range allClaims(t, db, stats.ClaimFilter{Article: a.ID}) {
				if got := a.Text[c.Start-a.Base : c.End-a.Base]; got != c.Text {
					t.Errorf("claim %q at %d-%d: the text there is %q", c.Text, c.Start, c.End, got)
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		all := strings.Join(texts, "")
		odd := strings.ContainsAny(all, "\x00") || strings.Contains(all, "\xff")
		if b == storetest.SQLite && !odd {
			t.Error("SQLite did not keep the text as it was")
		}
		if b == storetest.Postgres && (odd || !strings.Contains(all, "1987 \x1a\x1a, the ministry said.\x1a")) {
			t.Errorf("PostgreSQL stored %q", all[max(0, len(all)-200):])
		}
	})
}

// TestRedact checks that passwords never show in the names of databases.
func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://ts:s3cret@db.example.com:5433/news":            "postgres://ts@db.example.com:5433/news",
		"postgresql://ts:s3cret@db/news?sslmode=require":           "postgresql://ts@db/news?sslmode=require",
		"postgres://db/news?password=s3cret&user=ts":               "postgres://db/news?user=ts",
		"postgres://ts@db/news":                                    "postgres://ts@db/news",
		"postgres://ts:s3cret@db:port/news%zz":                     "postgres://db:port/...",
		"tradestats.db":                                            "tradestats.db",
		"/data/s3cret:x@y.db":                                      "/data/s3cret:x@y.db",
		"postgres://ts:p%40ss%2Fw@[::1]:5432/news?search_path=x_y": "postgres://ts@[::1]:5432/news?search_path=x_y",
	} {
		got := data.Redact(in)
		if got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
		if data.IsPostgres(in) && (strings.Contains(got, "s3cret") || strings.Contains(got, "p%40ss")) {
			t.Errorf("Redact(%q) = %q shows the password", in, got)
		}
	}
}

// TestPostgresRefuses checks that Open refuses, without changing it, a
// schema of a newer tradestats or of another application, and says what
// is wrong when the search_path names no schema.
func TestPostgresRefuses(t *testing.T) {
	admin := storetest.PostgresURL(t)
	ctx := context.Background()

	newer := storetest.Postgres.NewDB(t)
	db := mustOpen(t, newer)
	setNewer(t, db)

	other := storetest.Postgres.NewDB(t)
	odb := storetest.Postgres.SQL(t, other)
	if _, err := odb.Exec("CREATE TABLE orders (id INTEGER PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}

	for _, tt := range []struct{ name, url, want string }{
		{"newer schema", newer, fmt.Sprintf("schema version %d, this tradestats knows versions up to %d", data.SchemaVersion+1, data.SchemaVersion)},
		{"other application", other, "not a tradestats database (schema "},
		{"no schema", storetest.WithParam(t, admin, "search_path", "no_such_schema"), "no schema to keep the tables in"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db, err := data.Open(ctx, tt.url)
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), data.Redact(tt.url)) {
				t.Errorf("error %q, want the redacted URL and %q", err, tt.want)
			}
			checkNoPassword(t, err.Error(), "")
		})
	}
	var tables int
	if err := odb.QueryRow("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").Scan(&tables); err != nil || tables != 1 {
		t.Errorf("the other application's schema has %d tables, %v; want its one", tables, err)
	}
}

// checkNoPassword fails the test if msg shows the password given or the
// one of $TRADESTATS_TEST_PG, or is not one line.
func checkNoPassword(t *testing.T, msg, password string) {
	t.Helper()
	for _, pw := range []string{password, storetest.Password()} {
		if pw != "" && strings.Contains(msg, pw) {
			t.Errorf("the message shows a password: %q", msg)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("the message is not one line: %q", msg)
	}
}

// TestPostgresConnectErrors checks the one-line errors for a server that
// is not there, a wrong password and a database that does not exist:
// none shows a password, and none leaves anything behind.
func TestPostgresConnectErrors(t *testing.T) {
	admin := storetest.PostgresURL(t)
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	faulty := append(storetest.FaultyURLs(t),
		storetest.Faulty{Name: "no such host", URL: "postgres://" + u.User.Username() + "@no-such-host.invalid:5432/x",
			Message: "cannot connect to the server at no-such-host.invalid:5432 (no such host no-such-host.invalid)"},
		storetest.Faulty{Name: "not a URL", URL: "postgres://" + u.User.Username() + ":pw%zz@127.0.0.1/x",
			Message: "not a valid PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME)", Password: "pw%zz"})
	for _, tt := range faulty {
		t.Run(tt.Name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			db, err := data.Open(ctx, tt.URL)
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			want := "data: open " + data.Redact(tt.URL) + ": " + tt.Message
			if err.Error() != want {
				t.Errorf("error %q,\nwant  %q", err, want)
			}
			checkNoPassword(t, err.Error(), tt.Password)
		})
	}
}

// TestPostgresServerGone ends an ingest's connections in the middle of
// it, as a server that goes away would: the ingest stops with one clear
// line, the database holds complete articles only, and ingesting again
// stores the rest.
func TestPostgresServerGone(t *testing.T) {
	name := storetest.Postgres.NewDB(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCorpus(t, corpus, 0, 3000)
	app := "tradestats_gone_" + fmt.Sprint(time.Now().UnixNano())
	gone := storetest.WithParam(t, name, "application_name", app)
	db, err := data.Open(context.Background(), gone)
	if err != nil {
		t.Fatal(err)
	}
	admin := storetest.Postgres.SQL(t, name)
	killed := 0
	st, err := db.Ingest(context.Background(), &data.Reader{}, []string{corpus}, data.IngestOptions{
		Workers: 1,
		Progress: func(data.IngestStats) {
			if killed > 0 {
				return
			}
			if err := admin.QueryRow("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", app).Scan(&killed); err != nil {
				t.Error(err)
			}
		},
	})
	db.Close()
	if killed == 0 {
		t.Fatalf("no connection ended (ingest: %+v, %v)", st, err)
	}
	want := "data: ingest: database " + data.Redact(gone) + ": connection to the server lost ("
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("ingest after its connections ended: %+v, %v; want %q", st, err, want)
	}
	checkNoPassword(t, err.Error(), "")
	t.Logf("ingest stopped after %d articles: %v", st.New, err)
	if st.New == 0 || st.New >= 3000 {
		t.Errorf("ingest stored %d articles before the server went away, want some", st.New)
	}
	db = mustOpen(t, name)
	checkComplete(t, db)
	st2 := ingest(t, db, corpus)
	if st2.New+st2.Unchanged != 3000 || st2.Unchanged != st.New {
		t.Errorf("ingest again after %+v: %+v", st, st2)
	}
	checkComplete(t, db)
	if n, err := db.CountClaims(context.Background()); err != nil || errors.Is(err, context.Canceled) || n == 0 {
		t.Errorf("%d claims, %v", n, err)
	}
}

// TestPostgresOppositeOrders runs two ingests of the same articles, in
// opposite orders, into one PostgreSQL database at once: their batches
// insert the same ids in opposite orders and deadlock, PostgreSQL aborts
// one transaction, and the writer runs it again. Both ingests succeed,
// and every article is stored once with all its claims. (They deadlock in
// about a third of the rounds: three rounds.)
func TestPostgresOppositeOrders(t *testing.T) {
	for round := range 3 {
		t.Run(fmt.Sprint(round), testOppositeOrders)
	}
}

func testOppositeOrders(t *testing.T) {
	name := storetest.Postgres.NewDB(t)
	dir := t.TempDir()
	fwd, rev := filepath.Join(dir, "forward.jsonl"), filepath.Join(dir, "reverse.jsonl")
	writeCorpus(t, fwd, 0, 1500)
	b, err := os.ReadFile(fwd)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	slices.Reverse(lines)
	if err := os.WriteFile(rev, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		st  data.IngestStats
		err error
	}
	results := make(chan result, 2)
	for _, in := range []string{fwd, rev} {
		db := mustOpen(t, name)
		go func() {
			st, err := db.Ingest(context.Background(), &data.Reader{}, []string{in}, data.IngestOptions{})
			results <- result{st, err}
		}()
	}
	added := 0
	for range 2 {
		r := <-results
		if r.err != nil {
			t.Fatalf("ingest: %v", r.err)
		}
		if r.st.New+r.st.Unchanged != 1500 {
			t.Errorf("ingest: %+v", r.st)
		}
		added += r.st.New
	}
	if added != 1500 {
		t.Errorf("%d articles added in all, want 1500", added)
	}
	checkComplete(t, mustOpen(t, name))
}
