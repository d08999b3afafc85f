package main

import (
	"bufio"
	"context"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/tradestats/tradestats/data"
)

func init() { register(cmdExport) }

var cmdExport = &command{
	Name:      "export",
	UsageLine: "export [--db PATH] [--format csv|jsonl|parquet] [--partition year|source] [FILTER...] -o FILE|DIR",
	Short:     "write the stored claims to a CSV, JSON Lines or Parquet file, or a Parquet dataset",
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
to a temporary file that replaces FILE at the end, with FILE's mode (the
file a symlink FILE points to is replaced, and the link kept). A FIFO, a
device or a descriptor such as /dev/stdout is written to, not replaced.

With --partition year or --partition source, the claims are written as
Parquet (the default format then) into the directory DIR as a
Hive-partitioned dataset, which DuckDB, Spark, BigQuery and other engines
read as one table:

	DIR/year=1987/part-0.parquet
	DIR/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet   (undated articles)
	DIR/_SUCCESS

Each file has the columns of the single file but the partition column,
which the engines take from the directory names (the year of the
article's date, or its source path, escaped as Hive does: "/" is %2F). In
DuckDB:

	SELECT year, count(*) FROM read_parquet('DIR/**/*.parquet', hive_partitioning=true) GROUP BY year

The dataset is written whole or not at all, into a new directory that
replaces DIR at the end; an existing DIR must be empty or a dataset
written by export (it has a _SUCCESS file). --partition source suits a few
large sources (feeds, dumps): a directory of one-article files gives a
small Parquet file per article.

The database is --db, else $TRADESTATS_DB, else ./tradestats.db (a SQLite
file, or a postgres:// URL: see 'tradestats help ingest').

Exit status: 0 on success, 1 if the database cannot be read or FILE cannot
be written, 2 for a usage error.
`,
	Flags: func(fs *pflag.FlagSet) runFunc {
		var opts exportOptions
		dbFlag(fs, &opts.db)
		fs.StringVarP(&opts.format, "format", "f", "", "output `FORMAT`: csv, jsonl or parquet (default: from the extension of FILE)")
		fs.StringVarP(&opts.output, "output", "o", "", "write to `FILE` (- for standard output), or the directory of a --partition dataset")
		fs.StringVar(&opts.partition, "partition", "", "write a Parquet dataset into -o DIR, partitioned by `COLUMN`: year or source")
		filterFlags(fs, &opts.filter)
		return func(ctx context.Context, e *env, args []string) error {
			return runExport(ctx, e, opts, args)
		}
	},
}

// exportOptions are the flags of export.
type exportOptions struct {
	db, format, output, partition string
	filter                        filterOptions
}

// runExport writes the stored claims to a file or a dataset.
func runExport(ctx context.Context, e *env, opts exportOptions, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unexpected argument %q (export writes to -o FILE)", args[0])
	}
	if opts.output == "" {
		return usageErrorf("no output file (-o FILE, or -o - for standard output)")
	}
	format := opts.format
	if opts.partition != "" {
		switch {
		case !slices.Contains(data.Partitions, data.Partition(opts.partition)):
			return usageErrorf("unknown partition %q (want year or source)", opts.partition)
		case format != "" && format != "parquet":
			return usageErrorf("--partition writes Parquet, not %s", format)
		case opts.output == "-":
			return usageErrorf("--partition writes a directory: give it with -o DIR")
		}
		format = "parquet"
	}
	if format == "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(opts.output)), ".")
		if opts.output == "-" || !data.IsExportFormat(format) {
			return usageErrorf("no --format, and none to tell from %q (want csv, jsonl or parquet)", opts.output)
		}
	}
	if !data.IsExportFormat(format) {
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

	if opts.partition != "" {
		_, err := db.ExportDataset(ctx, f, data.Partition(opts.partition), opts.output)
		return err
	}
	write := func(w io.Writer) error { return db.Export(ctx, f, format, w) }
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
