package data_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// dump keeps the test databases and logs their names (wtf's -dump).
var dump = flag.Bool("dump", false, "keep the test databases and print their names")

// testNow is the clock of the test databases.
var testNow = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// MustOpenDB opens a new database of backend b, closed when the test ends
// (and kept with -dump).
func MustOpenDB(tb testing.TB, b storetest.Backend) *data.DB {
	tb.Helper()
	storetest.Keep = *dump
	return mustOpen(tb, b.NewDB(tb))
}

// mustOpen opens the database name with the test clock, closed when the
// test ends.
func mustOpen(tb testing.TB, name string) *data.DB {
	tb.Helper()
	db, err := data.Open(context.Background(), name)
	if err != nil {
		tb.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// genArticle is the text of generated article i: distinct for every i,
// with money, percent, count and period claims about a few countries.
func genArticle(i int) (title, body string) {
	countries := []string{"Japan", "Brazil", "Germany", "India", "Canada", "Kenya", "Peru"}
	c := countries[i%len(countries)]
	d := countries[(i+3)%len(countries)]
	title = fmt.Sprintf("%s trade report no. %d", c, i)
	body = fmt.Sprintf("%s's exports rose %d.%d percent in 1987 to %d.%d billion dlrs, the trade ministry said on Tuesday.\n\n"+
		"Imports from %s fell %d percent, and the trade surplus widened to %d million dlrs from %d million dlrs a year earlier.\n\n"+
		"The ministry said %d companies had applied for export licences, about %d more than in 1986.",
		c, 1+i%9, i%10, 10+i%90, i%10, d, 2+i%7, 100+i, 90+i%50, 20+i%300, 3+i%40)
	return title, body
}

// writeCorpus writes n generated articles as JSON Lines to path.
func writeCorpus(tb testing.TB, path string, from, n int) {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := from; i < from+n; i++ {
		title, body := genArticle(i)
		rec := map[string]string{"title": title, "body": body, "date": fmt.Sprintf("1987-%02d-%02d", 1+i%12, 1+i%28),
			"url": fmt.Sprintf("https://example.com/%d", i)}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// ingest ingests paths into db and fails the test on any error.
func ingest(tb testing.TB, db *data.DB, paths ...string) data.IngestStats {
	tb.Helper()
	r := &data.Reader{Warn: func(err error) { tb.Errorf("warning: %v", err) }}
	st, err := db.Ingest(context.Background(), r, paths, data.IngestOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// allClaims returns every stored claim.
func allClaims(tb testing.TB, db *data.DB, f stats.ClaimFilter) []stats.Claim {
	tb.Helper()
	var cs []stats.Claim
	if err := db.EachClaim(context.Background(), f, func(c *stats.Claim) error {
		cs = append(cs, *c)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return cs
}

// extractAll returns the claims stats.Extract gives for every article in
// paths, in input order, skipping articles whose id came before (as the
// store does).
func extractAll(tb testing.TB, paths ...string) (claims []stats.Claim, articles int) {
	tb.Helper()
	seen := map[string]bool{}
	_, err := (&data.Reader{}).Walk(paths, func(a *stats.Article) error {
		if seen[a.ID] {
			return nil
		}
		seen[a.ID] = true
		articles++
		claims = append(claims, stats.Extract(a)...)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return claims, articles
}

func TestOpen(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		name := b.NewDB(t)
		db := mustOpen(t, name)
		ctx := context.Background()
		sqldb := db.SQL()
		if b == storetest.SQLite {
			var mode string
			var version int
			if err := sqldb.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal_mode %q, %v; want wal", mode, err)
			}
			// Kept for older tradestats, which read only that.
			if err := sqldb.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil || version != data.SchemaVersion {
				t.Errorf("user_version %d, %v; want %d", version, err, data.SchemaVersion)
			}
		}
		var migrations int
		var newest string
		if err := sqldb.QueryRowContext(ctx, "SELECT count(*), max(name) FROM migrations").Scan(&migrations, &newest); err != nil ||
			migrations != data.SchemaVersion || !strings.HasPrefix(newest, fmt.Sprintf("%04d_", data.SchemaVersion)) {
			t.Errorf("%d migrations recorded, newest %q, %v; want %d", migrations, newest, err, data.SchemaVersion)
		}
		if db.Postgres() != (b == storetest.Postgres) {
			t.Errorf("Postgres() = %v", db.Postgres())
		}
		// Reopening migrates nothing and keeps the data.
		st := ingest(t, db, "../examples/vietnam-trade.txt")
		db2 := mustOpen(t, name)
		if n, err := db2.CountClaims(ctx); err != nil || n != st.Claims {
			t.Errorf("reopened: %d claims, %v; want %d", n, err, st.Claims)
		}
		if b == storetest.Postgres {
			return
		}
		// File names with URI syntax in them are file names.
		odd := filepath.Join(t.TempDir(), "a?b#c%20d.db")
		db3, err := data.Open(ctx, odd)
		if err != nil {
			t.Fatal(err)
		}
		db3.Close()
		if _, err := os.Stat(odd); err != nil {
			t.Errorf("odd file name: %v", err)
		}
	})
}

// TestOpenExisting checks that OpenExisting refuses, and does not create,
// a database that does not exist, and opens one that does.
func TestOpenExisting(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		ctx := context.Background()
		name := b.NewDB(t)
		if db, err := data.OpenExisting(ctx, name); !errors.Is(err, data.ErrNoDatabase) {
			db.Close()
			t.Fatalf("new database: %v, want ErrNoDatabase", err)
		}
		db := mustOpen(t, name) // creates it
		var tables int
		if err := db.SQL().QueryRow("SELECT count(*) FROM migrations").Scan(&tables); err != nil || tables != data.SchemaVersion {
			t.Fatalf("the refused open created something: %d migrations, %v", tables, err)
		}
		db2, err := data.OpenExisting(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		db2.Close()
	})
}

// TestOpenRefuses checks that Open reports, and leaves untouched, files it
// must not use.
func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	// A database of a newer tradestats.
	newer := MustOpenDB(t, storetest.SQLite)
	setNewer(t, newer)
	newerPath := newer.Path()
	if err := newer.Close(); err != nil {
		t.Fatal(err)
	}

	// A SQLite database of another application.
	other := filepath.Join(dir, "other.db")
	odb, err := data.Open(ctx, filepath.Join(dir, "scratch.db")) // any SQLite file will do as a template
	if err != nil {
		t.Fatal(err)
	}
	odb.Close()
	{
		o, err := data.Open(ctx, filepath.Join(dir, "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.SQL().Exec("VACUUM INTO $1", other); err != nil {
			t.Fatal(err)
		}
		o.Close()
		// Turn it into a foreign database: another application id.
		if err := setApplicationID(other, 0x12345678); err != nil {
			t.Fatal(err)
		}
	}

	garbage := filepath.Join(dir, "garbage.db")
	garbageBytes := bytes.Repeat([]byte("this is not a SQLite database\n"), 300)
	if err := os.WriteFile(garbage, garbageBytes, 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, path, want string
	}{
		{"newer schema", newerPath, fmt.Sprintf("schema version %d, this tradestats knows versions up to %d", data.SchemaVersion+1, data.SchemaVersion)},
		{"other application", other, "not a tradestats database"},
		{"not a database", garbage, "file is not a database"},
		{"directory", dir, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before []byte
			if fi, err := os.Stat(tt.path); err == nil && !fi.IsDir() {
				before, _ = os.ReadFile(tt.path)
			}
			db, err := data.Open(ctx, tt.path)
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q, want the path and %q", err, tt.want)
			}
			if tt.name == "newer schema" && !errors.Is(err, data.ErrNewerSchema) {
				t.Errorf("error %v is not ErrNewerSchema", err)
			}
			if before != nil {
				after, _ := os.ReadFile(tt.path)
				if !bytes.Equal(before, after) {
					t.Error("the file was changed")
				}
			}
		})
	}
}

// setNewer makes db look like a database of a newer tradestats: a
// migration this one does not know is recorded.
func setNewer(t *testing.T, db *data.DB) {
	t.Helper()
	if _, err := db.SQL().Exec("INSERT INTO migrations (name, applied_at) VALUES ($1, '2030-01-01T00:00:00Z')",
		fmt.Sprintf("%04d_future.sql", data.SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
}

// setApplicationID writes id into the header of the SQLite file at path
// (offset 68, big-endian), as PRAGMA application_id would.
func setApplicationID(path string, id uint32) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteAt([]byte{byte(id >> 24), byte(id >> 16), byte(id >> 8), byte(id)}, 68)
	return err
}

// TestIngestIdempotent ingests a corpus twice: the second time adds nothing.
func TestIngestIdempotent(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		dir := t.TempDir()
		corpus := filepath.Join(dir, "corpus.jsonl")
		writeCorpus(t, corpus, 0, 300)
		dup := filepath.Join(dir, "dup.jsonl") // 100 of the same articles again, and 50 new
		writeCorpus(t, dup, 250, 150)

		st := ingest(t, db, corpus)
		if st.New != 300 || st.Unchanged != 0 || st.Failed != 0 || st.Files != 1 || st.Claims == 0 {
			t.Errorf("first ingest: %+v", st)
		}
		claims := st.Claims
		st = ingest(t, db, corpus)
		if st.New != 0 || st.Unchanged != 300 || st.Claims != 0 {
			t.Errorf("second ingest: %+v, want 0 new, 300 unchanged", st)
		}
		st2 := ingest(t, db, dup, corpus)
		if st2.New != 100 || st2.Unchanged != 350 || st2.Files != 2 {
			t.Errorf("overlapping ingest: %+v, want 100 new, 350 unchanged", st2)
		}
		n, err := db.CountClaims(context.Background())
		if err != nil || n != claims+st2.Claims {
			t.Errorf("%d claims stored, %v; want %d", n, err, claims+st2.Claims)
		}
		want, arts := extractAll(t, corpus, dup)
		if arts != 400 {
			t.Fatalf("%d distinct articles, want 400", arts)
		}
		if got := allClaims(t, db, stats.ClaimFilter{}); !reflect.DeepEqual(got, want) {
			t.Errorf("stored claims differ from the extractor's: %d, want %d", len(got), len(want))
		}
	})
}

// TestEachClaimAsExtract checks that the store gives back exactly what
// stats.Extract produced, every field and the order, for every input kind.
func TestEachClaimAsExtract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		dir := t.TempDir()
		gz := filepath.Join(dir, "feed.jsonl.gz")
		gzipFile(t, "../examples/feed.jsonl", gz)
		paths := []string{"../examples", "testdata/page.html", "testdata/feed.xml", gz}
		db := MustOpenDB(t, b)
		ingest(t, db, paths...)
		want, _ := extractAll(t, paths...)
		got := allClaims(t, db, stats.ClaimFilter{})
		if len(want) == 0 {
			t.Fatal("no claims extracted")
		}
		if len(got) != len(want) {
			t.Fatalf("%d claims stored, want %d", len(got), len(want))
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				g, _ := json.Marshal(got[i])
				w, _ := json.Marshal(want[i])
				t.Errorf("claim %d:\n got %s\nwant %s", i, g, w)
			}
		}
	})
}

// gzipFile writes a gzip-compressed copy of src to dst.
func gzipFile(tb testing.TB, src, dst string) {
	tb.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestIngestPagesAndFeeds checks the titles, dates, URLs and claims of the
// HTML page and the feed in testdata, plain and gzip-compressed.
func TestIngestPagesAndFeeds(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		dir := t.TempDir()
		gzPage := filepath.Join(dir, "page.html.gz")
		gzipFile(t, "testdata/page.html", gzPage)
		type want struct {
			title, date, url string
			claims           []string // texts of some claims
			notText          []string // boilerplate that must not be in the text
		}
		page := want{
			title:   "Chile copper exports rise 7.5% in March",
			date:    "2025-04-08",
			url:     "https://news.example.com/2025/04/chile-copper-exports",
			claims:  []string{"7.5%", "4.2 billion dollars", "1.9 billion dollars", "2.1 percent"},
			notText: []string{"Markets", "Advertisement", "99 percent", "Related stories", "Copyright", "tracking"},
		}
		tests := []struct {
			path string
			want []want
		}{
			{"testdata/page.html", []want{page}},
			{gzPage, []want{page}},
			{"testdata/feed.xml", []want{
				{title: "Kenya tea exports climb 12 percent", date: "2025-03-03", url: "https://wire.example.com/kenya-tea",
					claims: []string{"12 percent", "1.4 billion dollars", "about 40 percent"}, notText: []string{"<p>"}},
				{title: "Norway & the krone: salmon sales set record", date: "2025-03-04", url: "https://wire.example.com/norway-salmon",
					claims: []string{"1.2 million tonnes", "8 percent"}, notText: []string{"<p>"}},
				{title: "Ghana cocoa output seen at 650,000 tonnes", url: "https://wire.example.com/ghana-cocoa",
					claims: []string{"650,000 tonnes", "15 percent"}},
			}},
		}
		for _, tt := range tests {
			t.Run(filepath.Base(tt.path), func(t *testing.T) {
				db := MustOpenDB(t, b)
				st := ingest(t, db, tt.path)
				if st.New != len(tt.want) {
					t.Fatalf("%d new articles, want %d", st.New, len(tt.want))
				}
				var arts []*stats.Article
				var counts []int
				if err := db.EachArticle(context.Background(), func(a *stats.Article, n int) error {
					arts = append(arts, a)
					counts = append(counts, n)
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				for i, w := range tt.want {
					a := arts[i]
					if a.Title != w.title || a.Date != w.date || a.URL != w.url || a.Source != tt.path {
						t.Errorf("article %d: title %q, date %q, url %q, source %q; want %q, %q, %q, %q",
							i, a.Title, a.Date, a.URL, a.Source, w.title, w.date, w.url, tt.path)
					}
					if a.ID != stats.ArticleID(a.Text) || a.Base != 0 {
						t.Errorf("article %d: id %s, base %d", i, a.ID, a.Base)
					}
					for _, s := range w.notText {
						if strings.Contains(a.Text, s) {
							t.Errorf("article %d: text contains %q:\n%s", i, s, a.Text)
						}
					}
					claims := allClaims(t, db, stats.ClaimFilter{Article: a.ID})
					if len(claims) != counts[i] {
						t.Errorf("article %d: EachArticle counts %d claims, EachClaim gives %d", i, counts[i], len(claims))
					}
					texts := map[string]bool{}
					for _, c := range claims {
						texts[c.Text] = true
						if a.Text[c.Start:c.End] != c.Text || c.Title != w.title {
							t.Errorf("article %d: claim %q at %d-%d, title %q", i, c.Text, c.Start, c.End, c.Title)
						}
					}
					for _, s := range w.claims {
						if !texts[s] {
							t.Errorf("article %d: no claim %q in %v", i, s, texts)
						}
					}
				}
			})
		}
	})
}

// TestReextract replaces claims made by an "older extractor" (claims
// tampered with in the database) with the current extractor's.
func TestReextract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
		writeCorpus(t, corpus, 0, 120)
		st := ingest(t, db, corpus)
		want := allClaims(t, db, stats.ClaimFilter{})

		// Make the dataset look older: drop some claims, change others, and
		// mark every article as extracted by version 0.
		for _, q := range []string{
			"DELETE FROM claims WHERE article % 3 = 0",
			"UPDATE claims SET value = -1, subject = 'Nowhere', subject_key = 'nowhere' WHERE article % 3 = 1",
			"UPDATE articles SET extractor_version = 0",
		} {
			if _, err := db.SQL().Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		old, _ := db.CountClaims(context.Background())
		if s, _ := db.Summary(context.Background()); s.Outdated != 120 {
			t.Errorf("summary: %d outdated articles, want 120", s.Outdated)
		}
		var progress int
		rst, err := db.Reextract(context.Background(), data.IngestOptions{Workers: 3, Progress: func(data.IngestStats) { progress++ }})
		if err != nil {
			t.Fatal(err)
		}
		if rst.Reextracted != 120 || rst.Claims != st.Claims || rst.Removed != old || rst.New != 0 || progress == 0 {
			t.Errorf("reextract: %+v (progress %d); want 120 articles, %d claims, %d removed", rst, progress, st.Claims, old)
		}
		if got := allClaims(t, db, stats.ClaimFilter{}); !reflect.DeepEqual(got, want) {
			t.Errorf("claims after reextract differ: %d, want %d", len(got), len(want))
		}
		var outdated int
		if err := db.SQL().QueryRow("SELECT count(*) FROM articles WHERE extractor_version != $1", data.ExtractorVersion).Scan(&outdated); err != nil || outdated != 0 {
			t.Errorf("%d articles not at ExtractorVersion, %v", outdated, err)
		}
	})
}

// TestIngestCancelled cancels an ingest after its first batch: what was
// stored is whole articles with all their claims, and ingesting again
// completes the dataset.
func TestIngestCancelled(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
		writeCorpus(t, corpus, 0, 3000)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		st, err := db.Ingest(ctx, &data.Reader{}, []string{corpus}, data.IngestOptions{Progress: func(data.IngestStats) { cancel() }})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled ingest: %v, want context.Canceled", err)
		}
		if st.New == 0 || st.New >= 3000 {
			t.Errorf("cancelled ingest stored %d articles, want some but not all", st.New)
		}
		checkComplete(t, db)
		st2 := ingest(t, db, corpus)
		if st.New+st2.New != 3000 || st2.Unchanged != st.New {
			t.Errorf("after %+v, ingest again: %+v", st, st2)
		}
		checkComplete(t, db)
	})
}

// checkComplete checks that every stored article has exactly the claims
// stats.Extract finds in its text.
func checkComplete(t *testing.T, db *data.DB) {
	t.Helper()
	var want []stats.Claim
	if err := db.EachArticle(context.Background(), func(a *stats.Article, n int) error {
		cs := stats.Extract(a)
		if n != len(cs) {
			t.Errorf("article %s has %d claims, want %d", a.ID, n, len(cs))
		}
		want = append(want, cs...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := allClaims(t, db, stats.ClaimFilter{}); !reflect.DeepEqual(got, want) {
		t.Errorf("stored claims differ from the extractor's: %d, want %d", len(got), len(want))
	}
}

// BenchmarkIngest ingests a corpus into a new database per iteration and
// reports articles/s and claims/s, for each backend. It uses the Reuters
// corpus of the shared dataset when present (the whole of it, 21,578
// stories), else a generated one; -benchtime=1x runs it once.
func BenchmarkIngest(b *testing.B) {
	corpus := benchCorpus(b)
	for _, be := range []storetest.Backend{storetest.SQLite, storetest.Postgres} {
		b.Run(string(be), func(b *testing.B) {
			benchIngest(b, corpus, data.IngestOptions{}, func() string { return be.NewDB(b) })
		})
	}
}

// TestOpenConcurrent opens one new database from several handles at once:
// one creates and migrates it, the others wait and find it done.
func TestOpenConcurrent(t *testing.T) {
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		path := b.NewDB(t)
		errs := make(chan error, 8)
		for range 8 {
			go func() {
				db, err := data.Open(context.Background(), path)
				if err == nil {
					err = db.Close()
				}
				errs <- err
			}()
		}
		for range 8 {
			if err := <-errs; err != nil {
				t.Error(err)
			}
		}
		db, err := data.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var n int
		if err := db.SQL().QueryRow("SELECT count(*) FROM migrations").Scan(&n); err != nil || n != data.SchemaVersion {
			t.Errorf("%d migrations recorded, %v", n, err)
		}
	})
}
