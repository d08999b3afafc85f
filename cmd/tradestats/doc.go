/*
Tradestats extracts numeric claims from economic and trade news: every
quantity expression in an article ("exports rose 5.2% to $38.4bn", "around
62 percent of the world's GDP", "21 member economies") with its normalised
value, unit, currency, subject, metric and period.

Usage:

	tradestats <command> [arguments]

The commands are:

	extract    print the numeric claims in news articles
	help       show help for a command

Flags may come before or after the paths; "--" ends the flags.

# Extract

	tradestats extract [--format jsonl|json|csv|table] PATH...

Extract reads articles from each PATH, which is a file, a directory (read
recursively in lexical order, skipping hidden files and unsupported types)
or "-" for standard input (plain text), and prints their claims in input
order.

Inputs:

	.txt .md, no extension   plain text: one article with its title on the
	                         first line, or several separated by a line of
	                         "---" or a form feed, or a run of articles each
	                         ending with its title line
	.jsonl .ndjson           one JSON object per line: "title", "body" (or
	                         "text", "content"), optional "date", "url", "id"

Output formats (--format, -f):

	jsonl   one JSON object per claim (default when stdout is not a terminal)
	json    a JSON array of the same objects
	csv     a header row and one row per claim; text cells that start with
	        = + - @ tab or CR get a leading ' (spreadsheet formula guard)
	table   aligned columns per article, fitted to $COLUMNS or the terminal
	        (default on a terminal)

A claim's fields are those of the claim contract (claims.md): text, start,
end, value, max, unit, currency, unit_name, approx, item, subject, metric,
period, change, sentence, article, title, source, date. For plain-text files
start and end are byte offsets into the file, so file[start:end] == text.

# Exit status

	0    success
	1    an input could not be read (the others were still processed),
	     or output failed
	2    usage error
	130  interrupted

# Examples

	tradestats extract examples/
	tradestats extract --format csv examples/ > claims.csv
	cat article.txt | tradestats extract -
*/
package main
