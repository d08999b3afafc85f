package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/tradestats/tradestats/stats"
)

// A claimWriter prints claims in one output format, an article at a time.
type claimWriter interface {
	// WriteArticle prints the claims found in a.
	WriteArticle(a *stats.Article, claims []stats.Claim) error
	// Close ends the output (it does not close the underlying writer).
	Close() error
}

// newClaimWriter returns the writer for format; width is the line width
// for tables.
func newClaimWriter(format string, w io.Writer, width int) (claimWriter, error) {
	switch format {
	case "jsonl":
		return newJSONLWriter(w), nil
	case "json":
		return &jsonWriter{jsonArray: jsonArray{w: w}}, nil
	case "csv":
		return &csvWriter{w: csv.NewWriter(w)}, nil
	case "table":
		return &tableWriter{w: w, width: width}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want jsonl, json, csv or table)", format)
}

// jsonlWriter writes one JSON object per claim and line: the bytes of a
// json.Encoder with HTML escaping off, as stats.AppendClaimJSON writes
// them, in one Write per article (or per jsonlFlush bytes of it).
type jsonlWriter struct {
	w   io.Writer
	buf []byte // reused between articles
	enc stats.ClaimEncoder
}

// jsonlFlush is the size at which jsonlWriter writes out an article's
// claims before going on, so that its buffer stays small.
const jsonlFlush = 64 << 10

func newJSONLWriter(w io.Writer) *jsonlWriter {
	return &jsonlWriter{w: w}
}

func (j *jsonlWriter) WriteArticle(_ *stats.Article, claims []stats.Claim) error {
	buf := j.buf[:0]
	var err error
	for i := range claims {
		// On an error (a non-finite value) nothing is appended, and the
		// claims before it are still written, as the Encoder did.
		if buf, err = j.enc.Append(buf, &claims[i]); err != nil {
			break
		}
		if len(buf) >= jsonlFlush && i < len(claims)-1 {
			if _, werr := j.w.Write(buf); werr != nil {
				j.buf = buf[:0]
				return werr
			}
			buf = buf[:0]
		}
	}
	j.buf = buf[:0]
	j.enc.Reset() // keeps no article text
	if len(buf) > 0 {
		if _, werr := j.w.Write(buf); werr != nil {
			return werr
		}
	}
	return err
}

func (j *jsonlWriter) Close() error { return nil }

// jsonArray streams a JSON array, one element per line after "[": the
// json formats of extract, claims and articles.
type jsonArray struct {
	w   io.Writer
	n   int // elements written
	buf bytes.Buffer
}

// add writes one element, which encode appends to its buffer with a
// trailing newline (as a json.Encoder does).
func (j *jsonArray) add(encode func(*bytes.Buffer) error) error {
	j.buf.Reset()
	if j.n == 0 {
		j.buf.WriteString("[\n  ")
	} else {
		j.buf.WriteString(",\n  ")
	}
	if err := encode(&j.buf); err != nil {
		return err
	}
	j.buf.Truncate(j.buf.Len() - 1) // the encoder's newline
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return err
	}
	j.n++
	return nil
}

// Close ends the array ("[]" when it is empty).
func (j *jsonArray) Close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

// jsonWriter streams a JSON array of claims, one indented object at a time.
type jsonWriter struct {
	jsonArray
	line []byte // a claim's jsonl line
}

func (j *jsonWriter) WriteArticle(_ *stats.Article, claims []stats.Claim) error {
	for i := range claims {
		var err error
		if j.line, err = stats.AppendClaimJSON(j.line[:0], &claims[i]); err != nil {
			return err
		}
		// What an Encoder with SetIndent("  ", "  ") writes.
		if err := j.add(func(b *bytes.Buffer) error { return json.Indent(b, j.line, "  ", "  ") }); err != nil {
			return err
		}
	}
	return nil
}

// csvHeader is the header row of the csv format: every claim field, then
// the claim's check (empty until 'tradestats check' has checked it).
var csvHeader = []string{"text", "start", "end", "value", "max", "unit", "currency",
	"unit_name", "approx", "item", "subject", "counterpart", "metric", "indicator", "period",
	"outlook", "change", "sentence", "article", "title", "source", "publisher", "date", "carried",
	"check_verdict", "check_reference", "check_series", "check_year", "check_reason", "check_source"}

// csvRow appends the csv cells of a claim, in csvHeader's order, to dst.
// Every text cell is guarded against formula injection (safeCell), those
// the extractor normalises (unit, period, date...) too: only the number
// cells are not.
func csvRow(dst []string, c *stats.Claim) []string {
	max := ""
	if c.Max != nil {
		max = strconv.FormatFloat(*c.Max, 'f', -1, 64)
	}
	dst = append(dst,
		safeCell(c.Text), strconv.Itoa(c.Start), strconv.Itoa(c.End),
		strconv.FormatFloat(c.Value, 'f', -1, 64), max,
		safeCell(string(c.Unit)), safeCell(c.Currency), safeCell(c.UnitName), safeCell(string(c.Approx)),
		safeCell(c.Item), safeCell(c.Subject), safeCell(c.Counterpart), safeCell(c.Metric),
		safeCell(string(c.Indicator)), safeCell(c.Period), safeCell(string(c.Outlook)),
		safeCell(string(c.Change)), safeCell(c.Sentence), safeCell(c.Article), safeCell(c.Title),
		safeCell(c.Source), safeCell(c.Publisher), safeCell(c.Date), safeCell(c.Carried))
	return appendCheckCells(dst, c.Check)
}

// appendCheckCells appends the csv cells of a check: verdict, reference,
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
	return append(dst, safeCell(string(k.Verdict)), ref, safeCell(k.Series), year, safeCell(k.Reason), safeCell(k.Source))
}

// csvWriter writes a header row and one row per claim.
type csvWriter struct {
	w      *csv.Writer
	header bool // written
	row    []string
}

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(csvHeader)
}

func (c *csvWriter) WriteArticle(_ *stats.Article, claims []stats.Claim) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	for i := range claims {
		c.row = csvRow(c.row[:0], &claims[i])
		if err := c.w.Write(c.row); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// safeCell guards a text cell against formula injection in spreadsheets:
// a cell starting with = + - @ tab or CR gets a leading single quote.
// Only text columns are guarded; numbers such as "-5" are left alone.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
