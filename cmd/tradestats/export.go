package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parquet-go/parquet-go"
	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/stats"
)

func init() { register(cmdExport) }

var cmdExport = &command{
	Name:      "export",
	UsageLine: "export [--db PATH] [--format csv|jsonl|parquet] [FILTER...] -o FILE",
	Short:     "write the stored claims to a CSV, JSON Lines or Parquet file",
	Long: `
Export writes every claim stored in the database by 'tradestats ingest' to
FILE ("-o -" for standard output), each with its article's title, date,
source and URL, in ingest and text order. The claim filters of
'tradestats claims' (--subject, --metric, --unit, --period, --article,
--min, --max, --search, --limit) select fewer claims.

The formats are:

	csv      a header row, then one row per claim: the fields of the claim
	         contract, its check (check_verdict ... check_source, empty
	         until 'tradestats check'), then url; text cells starting with
	         = + - @ tab or CR get a leading ' so that spreadsheets do not
	         run them
	jsonl    one JSON object per claim: the claim's fields (with its
	         "check" once checked) and "url"
	parquet  one row per claim with typed columns (strings, int64 offsets,
	         double values, a nullable max, nullable check_* columns),
	         zstd-compressed, for DuckDB, Spark or pandas

Without --format the format comes from the extension of FILE (.csv,
.jsonl, .parquet). A FILE is written whole or not at all: the output goes
to a temporary file that replaces FILE at the end.

The database is --db, else $TRADESTATS_DB, else ./tradestats.db.

Exit status: 0 on success, 1 if the database cannot be read or FILE cannot
be written, 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts exportOptions
		dbFlag(fs, &opts.db)
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: csv, jsonl or parquet (default: from the extension of FILE)")
		fs.StringVarP(&opts.output, "output", "o", "", "write to `FILE` (- for standard output)")
		filterFlags(fs, &opts.filter)
		return func(ctx context.Context, e *env, args []string) error {
			return runExport(ctx, e, opts, args)
		}
	},
}

// exportOptions are the flags of export.
type exportOptions struct {
	db, format, output string
	filter             filterOptions
}

// exportFormats are the formats of export.
var exportFormats = []string{"csv", "jsonl", "parquet"}

// runExport writes the stored claims to a file.
func runExport(ctx context.Context, e *env, opts exportOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (export writes to -o FILE)", args[0])
	}
	if opts.output == "" {
		return usageErrorf("no output file (-o FILE, or -o - for standard output)")
	}
	format := opts.format
	if format == "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(opts.output)), ".")
		if opts.output == "-" || !isExportFormat(format) {
			return usageErrorf("no --format, and none to tell from %q (want csv, jsonl or parquet)", opts.output)
		}
	}
	if !isExportFormat(format) {
		return usageErrorf("unknown format %q (want csv, jsonl or parquet)", format)
	}
	if format == "parquet" && opts.output == "-" && e.tty {
		return usageErrorf("will not write Parquet to a terminal (use -o FILE or a pipe)")
	}
	f, err := opts.filter.claimFilter()
	if err != nil {
		return err
	}
	db, err := openDB(ctx, opts.db, false)
	if err != nil {
		return err
	}
	defer db.Close()

	write := func(w io.Writer) error {
		ew := newExportWriter(format, w)
		err := db.EachClaimURL(ctx, f, ew.Write)
		if cerr := ew.Close(); err == nil {
			err = cerr
		}
		return err
	}
	if opts.output == "-" {
		out := bufio.NewWriterSize(e.stdout, 64<<10)
		err := write(out)
		if ferr := out.Flush(); err == nil {
			err = ferr
		}
		return err
	}
	return writeFileAtomic(opts.output, write)
}

func isExportFormat(f string) bool {
	for _, x := range exportFormats {
		if f == x {
			return true
		}
	}
	return false
}

// writeFileAtomic writes path with write, through a temporary file in the
// same directory that replaces path only when everything was written.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
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
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
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

// An exportWriter writes claims with their article's URL.
type exportWriter interface {
	Write(c *stats.Claim, url string) error
	Close() error
}

// newExportWriter returns the writer for a format of exportFormats.
func newExportWriter(format string, w io.Writer) exportWriter {
	switch format {
	case "csv":
		return &exportCSV{w: csv.NewWriter(w)}
	case "parquet":
		return &exportParquet{w: parquet.NewGenericWriter[parquetClaim](w,
			parquet.Compression(&parquet.Zstd),
			parquet.MaxRowsPerRowGroup(64<<10),
			parquet.CreatedBy("tradestats", "", ""))}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &exportJSONL{enc: enc}
}

// exportJSONL writes a claim object per line, with "url" after the claim
// fields.
type exportJSONL struct{ enc *json.Encoder }

type exportClaim struct {
	*stats.Claim
	URL string `json:"url,omitempty"`
}

func (j *exportJSONL) Write(c *stats.Claim, url string) error {
	return j.enc.Encode(exportClaim{c, url})
}

func (j *exportJSONL) Close() error { return nil }

// exportCSV writes extract's CSV columns plus url.
type exportCSV struct {
	w      *csv.Writer
	header bool
	row    []string
}

func (x *exportCSV) writeHeader() error {
	if x.header {
		return nil
	}
	x.header = true
	return x.w.Write(append(append([]string(nil), csvHeader...), "url"))
}

func (x *exportCSV) Write(c *stats.Claim, url string) error {
	if err := x.writeHeader(); err != nil {
		return err
	}
	x.row = append(csvRow(x.row[:0], c), safeCell(url))
	return x.w.Write(x.row)
}

func (x *exportCSV) Close() error {
	if err := x.writeHeader(); err != nil {
		return err
	}
	x.w.Flush()
	return x.w.Error()
}

// parquetClaim is a row of the Parquet export. Optional columns are null
// where the claim has no value for them.
type parquetClaim struct {
	Text     string   `parquet:"text"`
	Start    int64    `parquet:"start"`
	End      int64    `parquet:"end"`
	Value    float64  `parquet:"value"`
	Max      *float64 `parquet:"max,optional"`
	Unit     string   `parquet:"unit,dict"`
	Currency string   `parquet:"currency,optional,dict"`
	UnitName string   `parquet:"unit_name,optional,dict"`
	Approx   string   `parquet:"approx,dict"`
	Item     string   `parquet:"item,optional"`
	Subject  string   `parquet:"subject,optional,dict"`
	Counter  string   `parquet:"counterpart,optional,dict"`
	Metric   string   `parquet:"metric,optional"`
	Ind      string   `parquet:"indicator,optional,dict"`
	Period   string   `parquet:"period,optional,dict"`
	Outlook  string   `parquet:"outlook,optional,dict"`
	Change   string   `parquet:"change,optional,dict"`
	Sentence string   `parquet:"sentence"`
	Article  string   `parquet:"article"`
	Title    string   `parquet:"title"`
	Source   string   `parquet:"source,dict"`
	Pub      string   `parquet:"publisher,optional,dict"`
	Date     string   `parquet:"date,optional"`
	URL      string   `parquet:"url,optional"`
	Carried  string   `parquet:"carried,optional,dict"`
	// The claim's check (tradestats check), null until checked.
	CheckVerdict   string   `parquet:"check_verdict,optional,dict"`
	CheckReference *float64 `parquet:"check_reference,optional"`
	CheckSeries    string   `parquet:"check_series,optional,dict"`
	CheckYear      *int32   `parquet:"check_year,optional"`
	CheckReason    string   `parquet:"check_reason,optional"`
	CheckSource    string   `parquet:"check_source,optional,dict"`
}

// exportParquet buffers rows and writes them a thousand at a time; the
// library writes a row group every 64Ki rows, so memory stays bounded.
type exportParquet struct {
	w    *parquet.GenericWriter[parquetClaim]
	rows []parquetClaim
}

func (p *exportParquet) Write(c *stats.Claim, url string) error {
	p.rows = append(p.rows, parquetClaim{
		Text: c.Text, Start: int64(c.Start), End: int64(c.End), Value: c.Value, Max: c.Max,
		Unit: string(c.Unit), Currency: c.Currency, UnitName: c.UnitName, Approx: string(c.Approx),
		Item: c.Item, Subject: c.Subject, Counter: c.Counterpart, Metric: c.Metric,
		Ind: string(c.Indicator), Period: c.Period, Outlook: string(c.Outlook), Change: string(c.Change),
		Sentence: c.Sentence, Article: c.Article, Title: c.Title, Source: c.Source, Pub: c.Publisher,
		Date: c.Date, URL: url,
		Carried: c.Carried,
	})
	if k := c.Check; k != nil {
		r := &p.rows[len(p.rows)-1]
		r.CheckVerdict, r.CheckReference, r.CheckSeries = string(k.Verdict), k.Reference, k.Series
		r.CheckReason, r.CheckSource = k.Reason, k.Source
		if k.Year != 0 {
			y := int32(k.Year)
			r.CheckYear = &y
		}
	}
	if len(p.rows) >= 1024 {
		return p.flush()
	}
	return nil
}

func (p *exportParquet) flush() error {
	if len(p.rows) == 0 {
		return nil
	}
	_, err := p.w.Write(p.rows)
	clear(p.rows)
	p.rows = p.rows[:0]
	if err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}

func (p *exportParquet) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}
