package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/stats"
)

// exportedClaim is a line of export --format jsonl.
type exportedClaim struct {
	stats.Claim
	URL string `json:"url"`
}

func TestExport(t *testing.T) {
	ingestExamples(t)
	_, out, _ := runCmd(t, "", "claims")
	all := jsonlClaims(t, out)
	urls := map[string]string{}
	_, arts, _ := runCmd(t, "", "articles")
	for _, l := range strings.Split(strings.TrimSpace(arts), "\n") {
		var r articleRow
		json.Unmarshal([]byte(l), &r)
		urls[r.ID] = r.URL
	}
	dir := t.TempDir()

	t.Run("jsonl", func(t *testing.T) {
		code, out, stderr := runCmd(t, "", "export", "--format", "jsonl", "-o", "-")
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != len(all) {
			t.Fatalf("%d lines, want %d", len(lines), len(all))
		}
		for i, l := range lines {
			var e exportedClaim
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(e.Claim, all[i]) || e.URL != urls[e.Article] {
				t.Errorf("line %d: %s", i+1, l)
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		path := filepath.Join(dir, "claims.csv")
		code, out, stderr := runCmd(t, "", "export", "-o", path) // format from the extension
		if code != 0 || stderr != "" || out != "" {
			t.Fatalf("exit %d: %s %s", code, stderr, out)
		}
		b, _ := os.ReadFile(path)
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(recs[0], ","); got != strings.Join(csvHeader, ",")+",url" || len(recs) != len(all)+1 {
			t.Fatalf("header %s, %d rows", got, len(recs)-1)
		}
		for i, r := range recs[1:] {
			if r[0] != all[i].Text && r[0] != "'"+all[i].Text || r[len(csvHeader)] != urls[all[i].Article] {
				t.Errorf("row %d: %v", i+1, r)
			}
		}
		matches, _ := filepath.Glob(filepath.Join(dir, ".claims.csv.*"))
		if len(matches) > 0 {
			t.Errorf("temporary files left: %v", matches)
		}
	})

	t.Run("parquet", func(t *testing.T) {
		path := filepath.Join(dir, "claims.parquet")
		code, _, stderr := runCmd(t, "", "export", "--format", "parquet", "-o", path, "--unit", "money")
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		fi, _ := f.Stat()
		pf, err := parquet.OpenFile(f, fi.Size())
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]parquet.Kind{}
		for _, col := range pf.Schema().Fields() {
			kinds[col.Name()] = col.Type().Kind()
			if col.Name() == "max" && !col.Optional() {
				t.Error("max is not optional")
			}
		}
		for col, want := range map[string]parquet.Kind{"value": parquet.Double, "start": parquet.Int64, "end": parquet.Int64,
			"max": parquet.Double, "text": parquet.ByteArray, "url": parquet.ByteArray} {
			if kinds[col] != want {
				t.Errorf("column %s is %v, want %v", col, kinds[col], want)
			}
		}
		rows, err := parquet.Read[data.ParquetClaim](f, fi.Size())
		if err != nil {
			t.Fatal(err)
		}
		var want []stats.Claim
		for _, c := range all {
			if c.Unit == stats.UnitMoney {
				want = append(want, c)
			}
		}
		if len(rows) != len(want) || len(want) == 0 {
			t.Fatalf("%d rows, want %d", len(rows), len(want))
		}
		for i, r := range rows {
			c := want[i]
			if r.Text != c.Text || r.Value != c.Value || int(r.Start) != c.Start || r.Currency != c.Currency ||
				r.Subject != c.Subject || r.Article != c.Article || r.URL != urls[c.Article] ||
				(r.Max == nil) != (c.Max == nil) || (r.Max != nil && *r.Max != *c.Max) {
				t.Errorf("row %d: %+v, want %+v", i, r, c)
			}
		}
	})

	for _, tt := range []struct {
		args []string
		err  string
	}{
		{[]string{"export"}, "no output file (-o FILE, or -o - for standard output)"},
		{[]string{"export", "-o", "-"}, `no --format, and none to tell from "-"`},
		{[]string{"export", "-o", "x.txt"}, `no --format, and none to tell from "x.txt"`},
		{[]string{"export", "--format", "xlsx", "-o", "-"}, `unknown format "xlsx"`},
		{[]string{"export", "--format", "csv", "-o", "-", "--unit", "x"}, `unknown unit "x"`},
		{[]string{"export", "-o", "-", "extra"}, `unexpected argument "extra"`},
	} {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.err) {
			t.Errorf("%v: exit %d, %q; want 2, %q", tt.args, code, stderr, tt.err)
		}
	}
	code, _, stderr := runCmd(t, "", "export", "-o", filepath.Join(dir, "nosuchdir", "x.csv"))
	if code != 1 || !strings.Contains(stderr, "tradestats: export: ") {
		t.Errorf("unwritable output: exit %d, %q", code, stderr)
	}
}

// TestExportCSVGuard checks that text cells from article text that a
// spreadsheet would run as formulas are guarded.
func TestExportCSVGuard(t *testing.T) {
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t.db"))
	in := `{"title":"=HYPERLINK(\"http://evil\")","url":"@evil","body":"-Exports rose 5% to $3 billion in 2023, =SUM(A1) said.\n\n+Imports fell 2 percent."}` + "\n"
	if code, _, stderr := runCmd(t, in, "ingest", "-q", "-"); code != 0 {
		t.Fatal(stderr)
	}
	// Standard input is plain text: the JSON line is one article whose
	// title is the whole line; write it as a file instead.
	path := filepath.Join(t.TempDir(), "evil.jsonl")
	os.WriteFile(path, []byte(in), 0o644)
	t.Setenv("TRADESTATS_DB", filepath.Join(t.TempDir(), "t2.db"))
	if code, _, stderr := runCmd(t, "", "ingest", "-q", path); code != 0 {
		t.Fatal(stderr)
	}
	_, out, _ := runCmd(t, "", "export", "--format", "csv", "-o", "-")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, r := range recs[1:] {
		for i, cell := range r {
			col := recs[0][i]
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) &&
				col != "value" && col != "max" && col != "start" && col != "end" {
				t.Errorf("column %s: unguarded cell %q", col, cell)
			}
		}
		if ti := slices.Index(csvHeader, "title"); r[ti] != `'=HYPERLINK("http://evil")` || r[len(csvHeader)] != "'@evil" {
			t.Errorf("title %q, url %q", r[ti], r[len(csvHeader)])
		}
	}
}

// TestExportPartition writes a dataset partitioned by year with export
// --partition, and checks its usage errors.
func TestExportPartition(t *testing.T) {
	ingestExamples(t)
	_, out, _ := runCmd(t, "", "claims")
	all := jsonlClaims(t, out)
	dir := filepath.Join(t.TempDir(), "dataset")
	code, stdout, stderr := runCmd(t, "", "export", "--partition", "year", "-o", dir)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit %d: %q %q", code, stdout, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "year=*", "part-0.parquet"))
	n := 0
	for _, file := range files {
		rows, err := parquet.ReadFile[data.ParquetClaim](file)
		if err != nil {
			t.Fatal(err)
		}
		n += len(rows)
	}
	if len(files) < 2 || n != len(all) {
		t.Errorf("%d files with %d rows, want %d rows in some", len(files), n, len(all))
	}
	for _, tt := range []struct {
		args []string
		err  string
	}{
		{[]string{"export", "--partition", "month", "-o", dir}, `unknown partition "month" (want year or source)`},
		{[]string{"export", "--partition", "year", "--format", "csv", "-o", dir}, "--partition writes Parquet, not csv"},
		{[]string{"export", "--partition", "source", "-o", "-"}, "--partition writes a directory: give it with -o DIR"},
	} {
		code, _, stderr := runCmd(t, "", tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.err) {
			t.Errorf("%v: exit %d, %q; want 2, %q", tt.args, code, stderr, tt.err)
		}
	}
	notDataset := t.TempDir()
	os.WriteFile(filepath.Join(notDataset, "x"), nil, 0o644)
	code, _, stderr = runCmd(t, "", "export", "--partition", "year", "-o", notDataset)
	if code != 1 || stderr != "tradestats: export: "+notDataset+" is neither empty nor a dataset written by export (it has no _SUCCESS file): give a new directory\n" {
		t.Errorf("into a directory of other files: exit %d, %q", code, stderr)
	}
}
