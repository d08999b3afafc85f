package data

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// Partition is the column by which ExportDataset splits the claims into
// the directories of a dataset.
type Partition string

// The partitions.
const (
	// ByYear: year=YYYY, the year of the article's date.
	ByYear Partition = "year"
	// BySource: source=PATH, the article's input path.
	BySource Partition = "source"
)

// Partitions are the partitions of ExportDataset.
var Partitions = []Partition{ByYear, BySource}

// hiveNull is the partition value of claims that have none (undated
// articles): Hive's, which Spark and DuckDB read as NULL.
const hiveNull = "__HIVE_DEFAULT_PARTITION__"

// successFile is the empty file that marks a complete dataset, as Hadoop
// and Spark write it.
const successFile = "_SUCCESS"

// DatasetStats counts what ExportDataset wrote.
type DatasetStats struct {
	Partitions int // directories
	Files      int // Parquet files
	Rows       int // claims
}

// ExportDataset writes the claims f selects as a Hive-style partitioned
// Parquet dataset into the directory dir: one directory per value of the
// partition column, named COLUMN=VALUE (dir/year=1987/,
// dir/source=corpus%2Freuters.jsonl/), holding part-0.parquet (and
// part-1.parquet... if need be) with the columns of ParquetClaim but the
// partition column, which engines read from the directory names: DuckDB
// with read_parquet('dir/**/*.parquet', hive_partitioning=true), Spark
// with spark.read.parquet("dir"), BigQuery and others as a Hive-partitioned
// external table. Within a file, claims are in ingest and text order.
//
// The year is the first four digits of the article's date; claims of
// undated articles go to year=__HIVE_DEFAULT_PARTITION__, which the engines
// read as NULL, as they do for the source "" (which tradestats does not
// store). Values are escaped as Hive and Spark escape them (%2F for "/",
// %3D for "=", %25 for "%"...), which the engines undo.
//
// The dataset is written whole or not at all: into a new directory beside
// dir that replaces it at the end, with an empty _SUCCESS file, as Spark
// writes. An existing dir is replaced only when it is empty or holds a
// _SUCCESS file (a dataset written before); any other is refused.
func (db *DB) ExportDataset(ctx context.Context, f stats.ClaimFilter, by Partition, dir string) (st DatasetStats, err error) {
	var order string
	switch by {
	case ByYear:
		order = "substr(a.date, 1, 4)"
	case BySource:
		order = "a.source"
	default:
		return st, fmt.Errorf("unknown partition %q (want year or source)", by)
	}
	dir = filepath.Clean(dir)
	if err := checkDatasetDir(dir); err != nil {
		return st, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return st, err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	var part *datasetFile
	files := map[string]int{} // by partition directory
	err = db.eachClaim(ctx, f, order, func(c *stats.Claim, url string, _ claimKey) error {
		name := string(by) + "=" + partitionValue(by, c)
		if part == nil || part.dir != name {
			if err := part.close(); err != nil {
				return err
			}
			if len(name) > 255 {
				return fmt.Errorf("partition %.40q...: too long for a directory name", name)
			}
			n := files[name]
			files[name]++
			var cerr error
			if part, cerr = createDatasetFile(tmp, name, n, by); cerr != nil {
				return cerr
			}
		}
		st.Rows++
		return part.w.Write(c, url)
	})
	if cerr := part.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return st, err
	}
	st.Partitions = len(files)
	for _, n := range files {
		st.Files += n
	}
	if err := os.WriteFile(filepath.Join(tmp, successFile), nil, 0o644); err != nil {
		return st, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return st, err
	}
	return st, replaceDir(tmp, dir)
}

// partitionValue is the escaped value of the partition column by of c.
func partitionValue(by Partition, c *stats.Claim) string {
	if by == ByYear {
		if len(c.Date) >= 4 && isDigits(c.Date[:4]) {
			return c.Date[:4]
		}
		return hiveNull
	}
	if c.Source == "" {
		return hiveNull
	}
	return hiveEscape(c.Source)
}

func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// hiveEscape escapes a partition value as Hive's FileUtils.escapePathName
// and Spark do: %XX for control characters, DEL and " # % ' * / : = ? \ {
// [ ] ^.
func hiveEscape(s string) string {
	var b strings.Builder
	for i := range len(s) {
		c := s[i]
		if c < 0x20 || c == 0x7f || strings.IndexByte("\"#%'*/:=?\\{[]^", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// A datasetFile is the Parquet file being written.
type datasetFile struct {
	dir string // the partition directory's name
	f   *os.File
	buf *bufio.Writer
	w   *parquetClaims
}

// createDatasetFile creates part-N.parquet in the partition directory
// name of root, for rows without the column by.
func createDatasetFile(root, name string, n int, by Partition) (*datasetFile, error) {
	d := filepath.Join(root, name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(d, "part-"+strconv.Itoa(n)+".parquet"), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 256<<10)
	var omit []string
	if by == BySource {
		omit = append(omit, "Source") // the field of ParquetClaim
	}
	return &datasetFile{dir: name, f: f, buf: buf, w: newParquetClaims(buf, omit...)}, nil
}

// close ends the file (nil: nothing to do).
func (p *datasetFile) close() error {
	if p == nil {
		return nil
	}
	err := p.w.Close()
	if err == nil {
		err = p.buf.Flush()
	}
	if cerr := p.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// checkDatasetDir returns an error unless dir may be written as a dataset:
// it does not exist, is empty, or holds a dataset written before.
func checkDatasetDir(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s exists and is not a directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, successFile)); err == nil {
		return nil
	}
	return fmt.Errorf("%s is neither empty nor a dataset written by export (it has no %s file): give a new directory", dir, successFile)
}

// replaceDir puts the directory tmp in the place of dir, which may exist.
func replaceDir(tmp, dir string) error {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(tmp, dir)
	}
	var r [6]byte
	rand.Read(r[:])
	old := filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".old-"+hex.EncodeToString(r[:]))
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir)
		return err
	}
	return os.RemoveAll(old)
}
