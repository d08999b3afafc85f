package data_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/tradestats/tradestats/data"
	"github.com/tradestats/tradestats/data/storetest"
	"github.com/tradestats/tradestats/stats"
)

// datasetInputs writes inputs whose claims fall in several years (and
// none) and come from several sources, one with characters a partition
// directory must escape, and returns their paths.
func datasetInputs(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in:puts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join(dir, "wire=1 100%.jsonl")
	writeCorpus(t, corpus, 0, 120)
	var lines []string
	for i, date := range []string{"1986-11-03", "1988-01-15", "", "1988", "", "2024-06-30T10:00:00Z"} {
		title, body := genArticle(1000 + i)
		b, _ := json.Marshal(map[string]string{"title": title, "body": body, "date": date})
		lines = append(lines, string(b))
	}
	other := filepath.Join(dir, "other.jsonl")
	if err := os.WriteFile(other, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{corpus, other, "../examples"}
}

// readDataset reads every Parquet file of a dataset written by
// ExportDataset and returns its rows by partition value (unescaped; ""
// for __HIVE_DEFAULT_PARTITION__), in the files' order, checking that
// the files do not have the partition column.
func readDataset(t *testing.T, dir string, by data.Partition) map[string][]data.ParquetClaim {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "_SUCCESS")); err != nil {
		t.Errorf("no _SUCCESS: %v", err)
	}
	parts, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]data.ParquetClaim{}
	for _, p := range parts {
		base := filepath.Base(p)
		if base == "_SUCCESS" {
			continue
		}
		v, ok := strings.CutPrefix(base, string(by)+"=")
		if !ok {
			t.Errorf("%s: not a %s= directory", base, by)
			continue
		}
		if v == "__HIVE_DEFAULT_PARTITION__" {
			v = ""
		} else if v, err = url.PathUnescape(v); err != nil {
			t.Errorf("%s: %v", base, err)
		}
		files, _ := filepath.Glob(filepath.Join(p, "part-*.parquet"))
		if len(files) != 1 {
			t.Errorf("%s: files %v, want part-0.parquet", base, files)
		}
		for _, file := range files {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			fi, _ := f.Stat()
			pf, err := parquet.OpenFile(f, fi.Size())
			if err != nil {
				t.Fatal(err)
			}
			for _, col := range pf.Schema().Fields() {
				if col.Name() == string(by) {
					t.Errorf("%s has the partition column %s", file, by)
				}
			}
			rows, err := parquet.Read[data.ParquetClaim](f, fi.Size())
			if err != nil {
				t.Fatal(err)
			}
			got[v] = append(got[v], rows...)
			f.Close()
		}
	}
	return got
}

// TestExportDataset writes datasets partitioned by year and by source, on
// both backends, and reads them back: each partition holds exactly the
// claims with its value, in ingest order, with every column of the single
// file but the partition column (the checks' among them).
func TestExportDataset(t *testing.T) {
	inputs := datasetInputs(t)
	storetest.Run(t, func(t *testing.T, b storetest.Backend) {
		db := MustOpenDB(t, b)
		ingest(t, db, inputs...)
		// Checks on every claim, so that the files carry check_* columns,
		// null (none) and set (differs, with a reference and a year).
		var n int
		if _, err := db.CheckClaims(context.Background(), stats.ClaimFilter{}, "test refs", fakeCheck(&n),
			func(*stats.Claim) error { return nil }); err != nil {
			t.Fatal(err)
		}
		type claimURL struct {
			c   stats.Claim
			url string
		}
		var all []claimURL
		if err := db.EachClaimURL(context.Background(), stats.ClaimFilter{}, func(c *stats.Claim, url string) error {
			all = append(all, claimURL{*c, url})
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for _, by := range data.Partitions {
			t.Run(string(by), func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), "dataset")
				st, err := db.ExportDataset(context.Background(), stats.ClaimFilter{}, by, dir)
				if err != nil {
					t.Fatal(err)
				}
				got := readDataset(t, dir, by)
				want := map[string][]data.ParquetClaim{}
				for _, x := range all {
					v := x.c.Source
					if by == data.ByYear {
						v = ""
						if len(x.c.Date) >= 4 {
							v = x.c.Date[:4]
						}
					}
					row := data.ParquetRow(&x.c, x.url)
					if by == data.BySource {
						row.Source = "" // not in the files
					}
					want[v] = append(want[v], row)
				}
				if len(want) < 3 {
					t.Fatalf("the inputs give %d partitions: make them give more", len(want))
				}
				if !reflect.DeepEqual(got, want) {
					for v := range want {
						t.Errorf("partition %q: %d rows, want %d (or they differ)", v, len(got[v]), len(want[v]))
					}
				}
				withRef := 0
				for _, rows := range got {
					for _, r := range rows {
						if r.CheckVerdict == string(stats.CheckDiffers) && r.CheckReference != nil && r.CheckYear != nil {
							withRef++
						}
					}
				}
				if withRef == 0 {
					t.Error("no row with a check's reference and year")
				}
				if st.Rows != len(all) || st.Partitions != len(want) || st.Files != len(want) {
					t.Errorf("stats %+v, want %d rows in %d partitions", st, len(all), len(want))
				}
				if by == data.BySource {
					if !slices.ContainsFunc(keys(got), func(s string) bool { return strings.Contains(s, "wire=1 100%.jsonl") }) {
						t.Errorf("no partition for the source with = and %% in it: %v", keys(got))
					}
				}
			})
		}
	})
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// TestExportDatasetDir checks what ExportDataset does with the directory
// it is given: a dataset written before is replaced, a directory of
// anything else is refused and left as it is, and no temporary directory
// is left behind.
func TestExportDatasetDir(t *testing.T) {
	db := MustOpenDB(t, storetest.SQLite)
	ingest(t, db, "../examples")
	ctx := context.Background()
	root := t.TempDir()
	dir := filepath.Join(root, "out")
	if _, err := db.ExportDataset(ctx, stats.ClaimFilter{}, data.ByYear, dir); err != nil {
		t.Fatal(err)
	}
	// Again, fewer claims: the dataset is replaced.
	st, err := db.ExportDataset(ctx, stats.ClaimFilter{Unit: stats.UnitMoney}, data.ByYear, dir)
	if err != nil {
		t.Fatalf("replacing a dataset: %v", err)
	}
	n := 0
	for _, rows := range readDataset(t, dir, data.ByYear) {
		for _, r := range rows {
			n++
			if r.Unit != string(stats.UnitMoney) {
				t.Errorf("a claim of unit %s in the replaced dataset", r.Unit)
			}
		}
	}
	if n != st.Rows || n == 0 {
		t.Errorf("%d rows, export says %d", n, st.Rows)
	}

	// Not a dataset: refused, untouched.
	mine := filepath.Join(root, "mine")
	os.MkdirAll(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "notes.txt"), []byte("mine"), 0o644)
	if _, err := db.ExportDataset(ctx, stats.ClaimFilter{}, data.ByYear, mine); err == nil ||
		!strings.Contains(err.Error(), "neither empty nor a dataset written by export") {
		t.Errorf("export into a directory of other files: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(mine, "notes.txt")); string(b) != "mine" {
		t.Error("the directory was changed")
	}
	file := filepath.Join(root, "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := db.ExportDataset(ctx, stats.ClaimFilter{}, data.ByYear, file); err == nil || !strings.Contains(err.Error(), "is not a directory") {
		t.Errorf("export into a file: %v", err)
	}
	if _, err := db.ExportDataset(ctx, stats.ClaimFilter{}, "month", filepath.Join(root, "m")); err == nil {
		t.Error("an unknown partition was accepted")
	}
	entries, _ := os.ReadDir(root)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if fmt.Sprint(names) != "[file mine out]" {
		t.Errorf("left in the directory: %v", names)
	}
}
