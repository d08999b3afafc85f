package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"

	"github.com/tradestats/tradestats/data"
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
// them. Into a *bufio.Writer or a *bytes.Buffer, each claim is encoded
// straight into the writer's free space (no copy); into any other writer,
// in one Write per article (or per jsonlFlush bytes of it).
type jsonlWriter struct {
	w   io.Writer
	buf []byte // reused between articles
	enc stats.ClaimEncoder
}

// jsonlFlush is the size at which jsonlWriter writes out an article's
// claims before going on, so that its buffer stays small.
const jsonlFlush = 64 << 10

// jsonlRoom is the free space jsonlWriter makes in a *bufio.Writer or a
// *bytes.Buffer before it encodes a claim into it: most claims take less
// (a longer one is encoded into a buffer of its own, then written).
const jsonlRoom = 4 << 10

func newJSONLWriter(w io.Writer) *jsonlWriter {
	return &jsonlWriter{w: w}
}

func (j *jsonlWriter) WriteArticle(_ *stats.Article, claims []stats.Claim) error {
	defer j.enc.Reset() // keeps no article text
	switch w := j.w.(type) {
	case *bufio.Writer:
		return j.appendTo(w, claims, func() error {
			if w.Available() < jsonlRoom {
				return w.Flush()
			}
			return nil
		})
	case *bytes.Buffer:
		return j.appendTo(w, claims, func() error {
			w.Grow(jsonlRoom)
			return nil
		})
	}
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
	if len(buf) > 0 {
		if _, werr := j.w.Write(buf); werr != nil {
			return werr
		}
	}
	return err
}

// appendTo encodes the claims into the free space of w (its
// AvailableBuffer) and writes them there, so that Write copies nothing.
// Before a claim, when less than jsonlRoom is left, what is encoded is
// written and room makes room. As in WriteArticle, the claims before a
// non-finite value are written, and its error returned.
func (j *jsonlWriter) appendTo(w interface {
	io.Writer
	AvailableBuffer() []byte
}, claims []stats.Claim, room func() error) error {
	buf := w.AvailableBuffer()
	var err error
	for i := range claims {
		if cap(buf)-len(buf) < jsonlRoom {
			if _, werr := w.Write(buf); werr != nil {
				return werr
			}
			if werr := room(); werr != nil {
				return werr
			}
			buf = w.AvailableBuffer()
		}
		if buf, err = j.enc.Append(buf, &claims[i]); err != nil {
			break
		}
	}
	if _, werr := w.Write(buf); werr != nil {
		return werr
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

// The csv format's header row, its rows, and the guard of its text cells
// are the export's (data.CSVHeader, data.AppendCSVRow, data.SafeCell).
var (
	csvHeader = data.CSVHeader
	csvRow    = data.AppendCSVRow
	safeCell  = data.SafeCell
)

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
