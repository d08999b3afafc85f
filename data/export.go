package data

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// ExportFormats are the formats of Export and NewClaimWriter:
//
//	csv      a header row (CSVHeader, then url), then one row per claim;
//	         text cells starting with = + - @ tab or CR get a leading '
//	         so that spreadsheets do not run them (SafeCell)
//	jsonl    one JSON object per claim: the claim's fields (with its
//	         "check" once checked) and "url"
//	parquet  one row per claim with typed columns (see ParquetClaim),
//	         zstd-compressed
var ExportFormats = []string{"csv", "jsonl", "parquet"}

// A ClaimWriter writes claims, each with its article's URL, in one of
// ExportFormats.
type ClaimWriter interface {
	Write(c *stats.Claim, url string) error
	// Close ends the output; it does not close the underlying writer.
	Close() error
}

// NewClaimWriter returns the writer of a format of ExportFormats to w.
func NewClaimWriter(format string, w io.Writer) (ClaimWriter, error) {
	switch format {
	case "csv":
		return &csvClaims{w: csv.NewWriter(w)}, nil
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &jsonlClaims{enc: enc}, nil
	case "parquet":
		return newParquetClaims(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(ExportFormats, ", "))
}

// IsExportFormat reports whether format is one of ExportFormats.
func IsExportFormat(format string) bool { return slices.Contains(ExportFormats, format) }

// Export writes the claims f selects to w in a format of ExportFormats,
// in ingest and text order, each with its article's URL.
func (db *DB) Export(ctx context.Context, f stats.ClaimFilter, format string, w io.Writer) error {
	cw, err := NewClaimWriter(format, w)
	if err != nil {
		return err
	}
	err = db.EachClaimURL(ctx, f, cw.Write)
	if cerr := cw.Close(); err == nil {
		err = cerr
	}
	return err
}

// jsonlClaims writes a claim object per line, with "url" after the claim
// fields.
type jsonlClaims struct{ enc *json.Encoder }

type jsonlClaim struct {
	*stats.Claim
	URL string `json:"url,omitempty"`
}

func (j *jsonlClaims) Write(c *stats.Claim, url string) error {
	return j.enc.Encode(jsonlClaim{c, url})
}

func (j *jsonlClaims) Close() error { return nil }

// CSVHeader is the header row of claims as CSV: every claim field, then
// the claim's check (empty until 'tradestats check' has checked it). The
// export adds "url".
var CSVHeader = []string{"text", "start", "end", "value", "max", "unit", "currency",
	"unit_name", "approx", "item", "subject", "counterpart", "metric", "indicator", "period",
	"outlook", "change", "sentence", "article", "title", "source", "publisher", "date", "carried",
	"check_verdict", "check_reference", "check_series", "check_year", "check_reason", "check_source"}

// AppendCSVRow appends the CSV cells of a claim, in CSVHeader's order, to
// dst. Every text cell is guarded against formula injection (SafeCell),
// those the extractor normalises (unit, period, date...) too: only the
// number cells are not.
func AppendCSVRow(dst []string, c *stats.Claim) []string {
	max := ""
	if c.Max != nil {
		max = strconv.FormatFloat(*c.Max, 'f', -1, 64)
	}
	dst = append(dst,
		SafeCell(c.Text), strconv.Itoa(c.Start), strconv.Itoa(c.End),
		strconv.FormatFloat(c.Value, 'f', -1, 64), max,
		SafeCell(string(c.Unit)), SafeCell(c.Currency), SafeCell(c.UnitName), SafeCell(string(c.Approx)),
		SafeCell(c.Item), SafeCell(c.Subject), SafeCell(c.Counterpart), SafeCell(c.Metric),
		SafeCell(string(c.Indicator)), SafeCell(c.Period), SafeCell(string(c.Outlook)),
		SafeCell(string(c.Change)), SafeCell(c.Sentence), SafeCell(c.Article), SafeCell(c.Title),
		SafeCell(c.Source), SafeCell(c.Publisher), SafeCell(c.Date), SafeCell(c.Carried))
	return appendCheckCells(dst, c.Check)
}

// appendCheckCells appends the CSV cells of a check: verdict, reference,
// series, year, reason and source, empty for a claim not checked.
func appendCheckCells(dst []string, k *stats.Check) []string {
	if k == nil {
		return append(dst, "", "", "", "", "", "")
	}
	ref, year := "", ""
	if k.Reference != nil {
		ref = strconv.FormatFloat(*k.Reference, 'f', -1, 64)
	}
	if k.Year != 0 {
		year = strconv.Itoa(k.Year)
	}
	return append(dst, SafeCell(string(k.Verdict)), ref, SafeCell(k.Series), year, SafeCell(k.Reason), SafeCell(k.Source))
}

// SafeCell guards a text cell against formula injection in spreadsheets:
// a cell starting with = + - @ tab or CR gets a leading single quote.
// Only text columns are guarded; numbers such as "-5" are left alone.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// csvClaims writes CSVHeader plus url, then a row per claim.
type csvClaims struct {
	w      *csv.Writer
	header bool
	row    []string
}

func (x *csvClaims) writeHeader() error {
	if x.header {
		return nil
	}
	x.header = true
	return x.w.Write(append(slices.Clone(CSVHeader), "url"))
}

func (x *csvClaims) Write(c *stats.Claim, url string) error {
	if err := x.writeHeader(); err != nil {
		return err
	}
	x.row = append(AppendCSVRow(x.row[:0], c), SafeCell(url))
	return x.w.Write(x.row)
}

func (x *csvClaims) Close() error {
	if err := x.writeHeader(); err != nil {
		return err
	}
	x.w.Flush()
	return x.w.Error()
}
