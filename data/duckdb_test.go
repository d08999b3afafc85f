package data_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// duckdbVersion is the version of the npm package @duckdb/node-api that
// TestDuckDBReadsDataset installs.
const duckdbVersion = "1.5.6-r.1"

// duckdbScript runs the SQL query in argv[2] and prints its rows as a JSON
// array of objects (64-bit integers as numbers).
const duckdbScript = `
const { DuckDBInstance } = require('@duckdb/node-api');
(async () => {
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	const reader = await conn.runAndReadAll(process.argv[2]);
	console.log(JSON.stringify(reader.getRowObjects(), (k, v) => typeof v === 'bigint' ? Number(v) : v));
})().catch((e) => { console.error(e.message); process.exit(1); });
`

// duckDB returns a function that runs a query in DuckDB and returns its
// rows. DuckDB is the npm package @duckdb/node-api, installed once under
// the system's temporary directory (never in the repository, and kept for
// the next runs); the test is skipped when Node or npm is missing or the
// package cannot be installed.
func duckDB(t *testing.T) func(query string) []map[string]any {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node: DuckDB is not tried")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("no npm: DuckDB is not tried")
	}
	dir := filepath.Join(os.TempDir(), "tradestats-duckdb-"+duckdbVersion)
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@duckdb", "node-api", "package.json")); errors.Is(err, fs.ErrNotExist) {
		tmp, err := os.MkdirTemp(os.TempDir(), "tradestats-duckdb-install-")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		if err := os.WriteFile(filepath.Join(tmp, "package.json"), []byte(`{"private": true}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "@duckdb/node-api@"+duckdbVersion)
		cmd.Dir = tmp
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("npm install @duckdb/node-api@%s: %v\n%s", duckdbVersion, err, out)
		}
		t.Logf("installed @duckdb/node-api@%s in %s in %v", duckdbVersion, dir, time.Since(start).Round(time.Second))
		// Another test process may have installed it meanwhile: either
		// copy will do.
		if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, fs.ErrExist) && !strings.Contains(err.Error(), "not empty") {
			t.Fatal(err)
		}
	}
	script := filepath.Join(t.TempDir(), "query.js")
	if err := os.WriteFile(script, []byte(duckdbScript), 0o644); err != nil {
		t.Fatal(err)
	}
	return func(query string) []map[string]any {
		t.Helper()
		cmd := exec.Command(node, script, query)
		cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(dir, "node_modules"))
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("duckdb: %s: %v\n%s", query, err, stderr.String())
		}
		var rows []map[string]any
		if err := json.Unmarshal(out, &rows); err != nil {
			t.Fatalf("duckdb: %v: %s", err, out)
		}
		return rows
	}
}

// TestDuckDBReadsDataset writes the datasets of ExportDataset and reads
// them with DuckDB's read_parquet(..., hive_partitioning=true): the row
// count, the sums of value and start, and the claims per partition value
// (years as integers, NULL for undated articles, sources unescaped) are
// those of the store.
func TestDuckDBReadsDataset(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Node")
	}
	duck := duckDB(t)
	db := MustOpenDB(t, storetest.SQLite)
	ingest(t, db, datasetInputs(t)...)
	var n int
	var sumValue, sumStart float64
	per := map[data.Partition]map[string]int{data.ByYear: {}, data.BySource: {}}
	if err := db.EachClaim(context.Background(), stats.ClaimFilter{}, func(c *stats.Claim) error {
		n++
		sumValue += c.Value
		sumStart += float64(c.Start)
		year := "NULL"
		if len(c.Date) >= 4 {
			year = c.Date[:4]
		}
		per[data.ByYear][year]++
		per[data.BySource][c.Source]++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, by := range data.Partitions {
		t.Run(string(by), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "dataset")
			if _, err := db.ExportDataset(context.Background(), stats.ClaimFilter{}, by, dir); err != nil {
				t.Fatal(err)
			}
			from := fmt.Sprintf("read_parquet('%s/**/*.parquet', hive_partitioning=true)", dir)
			rows := duck(`SELECT count(*) AS n, sum(value) AS sum_value, sum("start") AS sum_start FROM ` + from)
			if len(rows) != 1 {
				t.Fatalf("rows %v", rows)
			}
			r := rows[0]
			if r["n"] != float64(n) || n == 0 || !near(r["sum_value"], sumValue) || !near(r["sum_start"], sumStart) {
				t.Errorf("DuckDB: %v; the store: %d claims, sum(value) %g, sum(start) %g", r, n, sumValue, sumStart)
			}
			col := string(by)
			got := map[string]int{}
			for _, r := range duck(fmt.Sprintf(`SELECT coalesce(CAST(%s AS VARCHAR), 'NULL') AS p, typeof(%s) AS t, count(*) AS n FROM %s GROUP BY ALL`, col, col, from)) {
				got[r["p"].(string)] = int(r["n"].(float64))
				if want := map[string]string{"year": "BIGINT", "source": "VARCHAR"}[col]; r["t"] != want {
					t.Errorf("DuckDB reads %s as %v, want %s", col, r["t"], want)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(per[by]) || len(got) < 3 {
				t.Errorf("claims by %s:\nDuckDB %v\nstore  %v", col, got, per[by])
			}
		})
	}
}

// near reports whether the JSON number v is x, to a relative 1e-9 (sums of
// doubles in another order).
func near(v any, x float64) bool {
	f, ok := v.(float64)
	return ok && math.Abs(f-x) <= 1e-9*math.Max(1, math.Abs(x))
}
