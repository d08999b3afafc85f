package refs

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// ReadDir builds a table from the World Bank series under path, in the
// layout of the WDI mirror (../shared/data/wdi): one folder per series
// code holding data.csv. path may also be a folder of CSV files named
// after their series ("ny.gdp.mktp.kd.zg.csv"), or one such file. A CSV
// has the four columns Country Name, Country Code, Year, Value (a header
// row first); empty values are skipped.
//
// Only the series a stats.Checker reads are taken; other folders and
// files are ignored. A path that holds none of them, a malformed row or
// an unreadable file is an error naming the file and the problem.
func ReadDir(path string) (*Table, error) {
	fi, err := os.Stat(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b := newBuilder()
	files := map[string]string{} // series → file
	if !fi.IsDir() {
		s := seriesOfFile(path)
		if s == "" {
			return nil, fmt.Errorf("%s: not named after a series (want e.g. ny.gdp.mktp.kd.zg.csv)", path)
		}
		files[s] = path
		b.origin = "file " + path
	} else {
		for _, s := range stats.RefSeriesCodes() {
			for _, p := range []string{filepath.Join(path, s, "data.csv"), filepath.Join(path, s+".csv")} {
				if _, err := os.Stat(p); err == nil {
					files[s] = p
					break
				}
			}
		}
		b.origin = mirrorOrigin(path)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no World Bank series found (want folders such as ny.gdp.mktp.cd/data.csv, or files such as ny.gdp.mktp.cd.csv)", path)
	}
	if b.origin == "" {
		b.origin = "files in " + path
	}
	series := make([]string, 0, len(files))
	for s := range files {
		series = append(series, s)
	}
	slices.Sort(series)
	for _, s := range series {
		if err := readCSV(b, s, files[s]); err != nil {
			return nil, err
		}
	}
	return b.table(), nil
}

// seriesOfFile returns the series a CSV file is named after, or "".
func seriesOfFile(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), ".csv")
	if base == "data" {
		base = filepath.Base(filepath.Dir(path))
	}
	base = strings.ToLower(base)
	if slices.Contains(stats.RefSeriesCodes(), base) {
		return base
	}
	return ""
}

// mirrorCommit finds the mirror's commit and date in its README.
var mirrorCommit = regexp.MustCompile(`commit ([0-9a-f]{7,40}), refreshed ([0-9]{4}-[0-9]{2}-[0-9]{2})`)

// mirrorOrigin describes a mirror checkout from its README.md.
func mirrorOrigin(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		return ""
	}
	if m := mirrorCommit.FindSubmatch(b); m != nil {
		return "WDI mirror " + string(m[1]) + " (" + string(m[2]) + ")"
	}
	return ""
}

// readCSV adds the rows of one series' CSV file.
func readCSV(b *builder, series, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("%s: empty file", path)
		}
		return fmt.Errorf("%s: %v", path, err)
	}
	want := []string{"country name", "country code", "year", "value"}
	if len(header) != 4 {
		return fmt.Errorf("%s: want the columns Country Name, Country Code, Year, Value; the header has %d", path, len(header))
	}
	for i, h := range header {
		if strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF"))) != want[i] {
			return fmt.Errorf("%s: want the columns Country Name, Country Code, Year, Value; column %d is %q", path, i+1, h)
		}
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != 4 {
			return fmt.Errorf("%s:%d: want 4 columns, have %d", path, line, len(rec))
		}
		name, code, ys, vs := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2]), strings.TrimSpace(rec[3])
		if vs == "" {
			continue
		}
		if !validCode(code) {
			return fmt.Errorf("%s:%d: country code %q is not three letters", path, line, code)
		}
		year, err := strconv.Atoi(ys)
		if err != nil || year < 1900 || year > 2200 {
			return fmt.Errorf("%s:%d: year %q is not a year", path, line, ys)
		}
		v, err := strconv.ParseFloat(vs, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > math.MaxFloat32 {
			return fmt.Errorf("%s:%d: value %q is not a number", path, line, vs)
		}
		b.add(series, code, year, v)
		if name != "" && b.names[code] == "" {
			b.names[code] = name
		}
	}
}

// validCode reports whether s is a three-letter upper-case code.
func validCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// WriteFile writes t to path whole or not at all: through a temporary
// file in the same directory, renamed at the end.
func WriteFile(path string, t *Table) (err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = t.Encode(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// ReadFile reads a table written by WriteFile.
func ReadFile(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := Decode(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// isNotExist reports whether err says a file does not exist.
func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
