// Package data reads news articles from files and standard input and
// streams them as the stats.Article values the extractor works on, keeps
// articles and their claims in a database ([DB]: a SQLite file or a
// PostgreSQL database), and exports the claims (CSV, JSON Lines, Parquet
// files and Hive-partitioned Parquet datasets).
//
// A [Reader] walks the paths given on the command line: files, directories
// (recursively, in lexical order, skipping hidden entries and unsupported
// file types) and "-" for standard input. Every article goes to a callback as
// soon as it has been read; a problem with one input (a missing file, a
// malformed JSON Lines record) goes to a warning callback as an [*InputError]
// and the walk carries on with the next one.
//
// Supported inputs:
//
//	.txt, .md, no extension   plain text, one or more articles per file (see [SplitText]),
//	                          each perhaps opening with a header block (Title:,
//	                          Date:, Source:, URL: lines, then a blank line)
//	.jsonl, .ndjson           JSON Lines, one article per line: title, body
//	                          (or text, content), optional id, date, url,
//	                          publisher (or source)
//	.html, .htm               a web page: main text, title, date, canonical URL,
//	                          site name
//	.xml, .rss, .atom         an RSS or Atom feed, one article per item, the
//	                          feed's title as publisher
//	any of these + .gz        gzip-compressed, read transparently
//	-                         standard input, read as plain text
//
// For plain text, an article's Text is its exact byte range of the file and
// Base its offset, so claim offsets can be turned into file offsets. For JSON
// Lines, web pages and feeds, Text is the body and Base is 0. Articles keep
// who published them (Publisher) apart from the path they were read from
// (Source). A file that is not UTF-8 (UTF-16, Windows-1252, Latin-1) is
// converted as it is read, and its offsets are into the converted text.
// Binary files, empty files and other bad inputs are reported to the
// warning callback and skipped; an article longer than 1 MiB is passed on
// in parts (see [Reader.Walk]).
//
// [Open] opens (creating and migrating) a database: a file path, or a
// postgres:// URL; [DB.Ingest] stores the articles of a walk with the
// claims stats.Extract finds in them, in transactions of whole articles;
// [DB.EachClaim], [DB.EachArticle] and [DB.Summary] read them back;
// [DB.Reextract] re-runs the extractor over the stored texts; [DB.Export]
// and [DB.ExportDataset] write the claims out. Both kinds of database run
// the same queries; what differs between them (migrations, how a write
// transaction starts, how a database is recognised) is a dialect. The
// schema is in migrations/sqlite/ and migrations/postgres/: the same
// migrations, one file per dialect; a new migration is a file in each.
//
// Of this module the package imports stats only, never the charts, reports
// or cmd packages. Outside the standard library it uses modernc.org/sqlite
// (pure-Go SQLite), pgx (PostgreSQL, through database/sql), parquet-go,
// go-readability (web pages) and gofeed (feeds).
package data
