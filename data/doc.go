// Package data reads news articles from files and standard input and
// streams them as the stats.Article values the extractor works on. (The
// claim store and its import and export formats will live here too.)
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
//	.txt, .md, no extension   plain text, one or more articles per file (see [SplitText])
//	.jsonl, .ndjson           JSON Lines, one article per line: title, body
//	                          (or text, content), optional id, date, url
//	-                         standard input, read as plain text
//
// For plain text, an article's Text is its exact byte range of the file and
// Base its offset, so claim offsets can be turned into file offsets. For JSON
// Lines, Text is the record's body and Base is 0.
//
// The package imports stats and the standard library only; it never imports
// the charts, reports or cmd packages.
package data
