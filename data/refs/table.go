// Package refs holds the reference data that claims are checked against:
// World Bank World Development Indicators, annual, by economy and
// aggregate (see stats.Checker).
//
// The data come from a compact snapshot embedded in the binary (wdi.snap,
// built by go generate from the mirror at ../shared/data/wdi) and, when
// present, a user file built by 'tradestats refs update --from DIR' from
// a newer checkout of the same mirror or from CSV files of the same four
// columns; the user file's values take precedence. The package imports
// stats only.
//
// Source: World Bank, World Development Indicators (CC BY 4.0).
package refs

//go:generate go run ./internal/gen -from ../../../shared/data/wdi -o wdi.snap

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"

	"github.com/tradestats/tradestats/stats"
)

// Table is a set of annual series by economy or aggregate code. It
// implements stats.RefData. A Table is not changed once built and is
// safe for concurrent use.
type Table struct {
	source string // attribution line
	origin string // where the values come from, for people
	series map[string]map[string]run
	names  map[string]string // code → the data's name for it
	codes  []string          // sorted
}

// run is one economy's values of a series from year first on; NaN marks
// a year without a value.
type run struct {
	first int
	vals  []float32
}

var _ stats.RefData = (*Table)(nil)

// Value returns the value of series for code in year.
func (t *Table) Value(series, code string, year int) (float64, bool) {
	r, ok := t.series[series][code]
	if !ok || year < r.first || year >= r.first+len(r.vals) {
		return 0, false
	}
	v := r.vals[year-r.first]
	if v != v { // NaN
		return 0, false
	}
	return float64(v), true
}

// Codes lists every code that has a value, sorted.
func (t *Table) Codes() []string { return t.codes }

// Source returns the attribution line.
func (t *Table) Source() string { return t.source }

// Origin says where the values come from: the mirror's commit and date,
// and the user file when one is merged in.
func (t *Table) Origin() string { return t.origin }

// Name returns the data's name for a code ("Viet Nam" for VNM), or "".
func (t *Table) Name(code string) string { return t.names[code] }

// Series lists the series codes the table has, sorted.
func (t *Table) Series() []string {
	var s []string
	for k := range t.series {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// Years returns the first and last year with a value in any series.
func (t *Table) Years() (first, last int) {
	first, last = math.MaxInt, math.MinInt
	for _, byCode := range t.series {
		for _, r := range byCode {
			first = min(first, r.first)
			last = max(last, r.first+len(r.vals)-1)
		}
	}
	if first > last {
		return 0, 0
	}
	return first, last
}

// Len returns the number of values in the table.
func (t *Table) Len() int {
	n := 0
	for _, byCode := range t.series {
		for _, r := range byCode {
			for _, v := range r.vals {
				if v == v {
					n++
				}
			}
		}
	}
	return n
}

// builder collects values before they become a Table.
type builder struct {
	source, origin string
	vals           map[string]map[string]map[int]float64
	names          map[string]string
}

func newBuilder() *builder {
	return &builder{source: stats.WDISource, vals: map[string]map[string]map[int]float64{}, names: map[string]string{}}
}

func (b *builder) add(series, code string, year int, v float64) {
	byCode := b.vals[series]
	if byCode == nil {
		byCode = map[string]map[int]float64{}
		b.vals[series] = byCode
	}
	byYear := byCode[code]
	if byYear == nil {
		byYear = map[int]float64{}
		byCode[code] = byYear
	}
	byYear[year] = v
}

// table turns the collected values into runs.
func (b *builder) table() *Table {
	t := &Table{source: b.source, origin: b.origin, series: map[string]map[string]run{}, names: b.names}
	codes := map[string]bool{}
	for s, byCode := range b.vals {
		m := map[string]run{}
		for code, byYear := range byCode {
			first, last := math.MaxInt, math.MinInt
			for y := range byYear {
				first, last = min(first, y), max(last, y)
			}
			r := run{first: first, vals: make([]float32, last-first+1)}
			for i := range r.vals {
				r.vals[i] = float32(math.NaN())
			}
			for y, v := range byYear {
				r.vals[y-first] = float32(v)
			}
			m[code] = r
			codes[code] = true
		}
		t.series[s] = m
	}
	for c := range codes {
		t.codes = append(t.codes, c)
	}
	sort.Strings(t.codes)
	return t
}

// Merge returns a table with the values of t and over, over's taking
// precedence, with over's source and an origin that names both.
func Merge(t, over *Table) *Table {
	b := newBuilder()
	b.source = over.source
	b.origin = over.origin + ", over " + t.origin
	for _, src := range []*Table{t, over} {
		for s, byCode := range src.series {
			for code, r := range byCode {
				for i, v := range r.vals {
					if v == v {
						b.add(s, code, r.first+i, float64(v))
					}
				}
			}
		}
		for c, n := range src.names {
			b.names[c] = n
		}
	}
	return b.table()
}

// The file format: gzip of
//
//	magic "TSREFS1\n"
//	string source, string origin
//	uvarint number of names, then code and name strings
//	uvarint number of series; per series: string code, uvarint number of
//	runs; per run: string code, uvarint first year, uvarint length
//	then every run's values, in the order above, as float32 in four byte
//	planes (all first bytes, then all second bytes...), which compresses
//	better than the values one after the other
//
// Strings are a uvarint length and the bytes. Values are float32: seven
// significant digits, far finer than the tolerances of a check.
const magic = "TSREFS1\n"

// Encode writes t in the file format.
func (t *Table) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(n int) { bw.Write(tmp[:binary.PutUvarint(tmp[:], uint64(n))]) }
	str := func(s string) { uv(len(s)); bw.WriteString(s) }
	bw.WriteString(magic)
	str(t.source)
	str(t.origin)
	names := make([]string, 0, len(t.names))
	for c := range t.names {
		names = append(names, c)
	}
	sort.Strings(names)
	uv(len(names))
	for _, c := range names {
		str(c)
		str(t.names[c])
	}
	var vals []float32
	uv(len(t.series))
	for _, s := range t.Series() {
		byCode := t.series[s]
		str(s)
		uv(len(byCode))
		codes := make([]string, 0, len(byCode))
		for c := range byCode {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			r := byCode[c]
			str(c)
			uv(r.first)
			uv(len(r.vals))
			vals = append(vals, r.vals...)
		}
	}
	planes := make([]byte, 4*len(vals))
	for i, v := range vals {
		u := math.Float32bits(v)
		for p := range 4 {
			planes[p*len(vals)+i] = byte(u >> (8 * p))
		}
	}
	bw.Write(planes)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// maxDecoded bounds the size of a table file once inflated.
const maxDecoded = 256 << 20

// errFormat is a file that is not in the format.
var errFormat = errors.New("not a tradestats reference file")

// Decode reads a table in the file format.
func Decode(r io.Reader) (*Table, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, errFormat
	}
	defer zr.Close()
	// The World Bank's 36 series take 1.5 MB; a file that inflates past
	// maxDecoded is not one of ours.
	data, err := io.ReadAll(io.LimitReader(zr, maxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFormat, err)
	}
	if len(data) > maxDecoded {
		return nil, fmt.Errorf("%w: larger than %d MiB", errFormat, maxDecoded>>20)
	}
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errFormat
	}
	d := decoder{b: data[len(magic):]}
	t := &Table{series: map[string]map[string]run{}, names: map[string]string{}}
	t.source = d.str()
	t.origin = d.str()
	for n := d.uv(); n > 0 && d.err == nil; n-- {
		c := d.str()
		t.names[c] = d.str()
	}
	type pending struct {
		series, code string
		first, n     int
	}
	var runs []pending
	total := 0
	for n := d.uv(); n > 0 && d.err == nil; n-- {
		s := d.str()
		for m := d.uv(); m > 0 && d.err == nil; m-- {
			p := pending{series: s, code: d.str(), first: d.uv(), n: d.uv()}
			if p.n > 1000 {
				d.err = errors.New("run too long")
			}
			runs = append(runs, p)
			total += p.n
		}
	}
	if d.err != nil || len(d.b) != 4*total {
		return nil, errFormat
	}
	vals := make([]float32, total)
	for i := range vals {
		var u uint32
		for p := range 4 {
			u |= uint32(d.b[p*total+i]) << (8 * p)
		}
		vals[i] = math.Float32frombits(u)
	}
	codes := map[string]bool{}
	off := 0
	for _, p := range runs {
		byCode := t.series[p.series]
		if byCode == nil {
			byCode = map[string]run{}
			t.series[p.series] = byCode
		}
		byCode[p.code] = run{first: p.first, vals: vals[off : off+p.n : off+p.n]}
		off += p.n
		codes[p.code] = true
	}
	for c := range codes {
		t.codes = append(t.codes, c)
	}
	slices.Sort(t.codes)
	return t, nil
}

// decoder reads the header fields; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uv() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > 1<<24 {
		d.err = errFormat
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) str() string {
	n := d.uv()
	if d.err != nil || n > len(d.b) {
		d.err = errFormat
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
