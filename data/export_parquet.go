package data

import (
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"

	"github.com/tradestats/tradestats/stats"
)

// ParquetClaim is a row of the Parquet export: the claim contract's fields
// as typed columns (strings, int64 offsets, double values), the article's
// URL, and the frame fields. Optional columns are null where the claim has
// no value for them. It is the one place that lists the columns, for a
// single file and for a partitioned dataset (whose files leave out the
// partition column, see ExportDataset).
type ParquetClaim struct {
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

// ParquetRow returns the row of a claim and its article's URL.
func ParquetRow(c *stats.Claim, url string) ParquetClaim {
	r := ParquetClaim{
		Text: c.Text, Start: int64(c.Start), End: int64(c.End), Value: c.Value, Max: c.Max,
		Unit: string(c.Unit), Currency: c.Currency, UnitName: c.UnitName, Approx: string(c.Approx),
		Item: c.Item, Subject: c.Subject, Counter: c.Counterpart, Metric: c.Metric,
		Ind: string(c.Indicator), Period: c.Period, Outlook: string(c.Outlook), Change: string(c.Change),
		Sentence: c.Sentence, Article: c.Article, Title: c.Title, Source: c.Source, Pub: c.Publisher,
		Date: c.Date, URL: url, Carried: c.Carried,
	}
	if k := c.Check; k != nil {
		r.CheckVerdict, r.CheckReference, r.CheckSeries = string(k.Verdict), k.Reference, k.Series
		r.CheckReason, r.CheckSource = k.Reason, k.Source
		if k.Year != 0 {
			y := int32(k.Year)
			r.CheckYear = &y
		}
	}
	return r
}

// parquetClaims buffers rows and writes them a thousand at a time; the
// library writes a row group every 64Ki rows, so memory stays bounded.
type parquetClaims struct {
	w    *parquet.GenericWriter[ParquetClaim]
	rows []ParquetClaim
}

// newParquetClaims returns a writer of ParquetClaim rows to w, without the
// columns of the fields named in omit ("Source").
func newParquetClaims(w io.Writer, omit ...string) *parquetClaims {
	opts := []parquet.WriterOption{
		parquet.Compression(&parquet.Zstd),
		parquet.MaxRowsPerRowGroup(64 << 10),
		parquet.CreatedBy("tradestats", "", ""),
	}
	for _, col := range omit {
		opts = append(opts, parquet.StructTag(`parquet:"-"`, col))
	}
	return &parquetClaims{w: parquet.NewGenericWriter[ParquetClaim](w, opts...)}
}

func (p *parquetClaims) Write(c *stats.Claim, url string) error {
	p.rows = append(p.rows, ParquetRow(c, url))
	if len(p.rows) >= 1024 {
		return p.flush()
	}
	return nil
}

func (p *parquetClaims) flush() error {
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

func (p *parquetClaims) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}
