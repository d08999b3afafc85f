/*
Tradestats extracts numeric claims from economic and trade news: every
quantity expression in an article ("exports rose 5.2% to $38.4bn", "around
62 percent of the world's GDP", "21 member economies") with its normalised
value, unit, currency, subject, metric and period.

Usage:

	tradestats <command> [arguments]

The commands are:

	articles   list the stored articles
	chart      draw one chart of the stored claims as PNG or SVG
	check      hold each figure against the World Bank's official statistics
	claims     print the stored claims that match filters
	compare    compare the figures that several articles state
	doctor     check the database file for damage
	eval       score the extractor against hand-annotated claims
	export     write the stored claims to a CSV, JSON Lines or Parquet file
	extract    print the numeric claims in news articles
	help       show help for a command
	ingest     store news articles and their claims in a database
	refs       show or update the official statistics that check uses
	report     write a workbook, charts and a web page of the stored claims
	summary    count the stored articles and claims

Flags may come before or after the paths; "--" ends the flags.

# Extract

	tradestats extract [--format jsonl|json|csv|table] [--date YYYY-MM-DD] PATH...

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
	                         "text", "content"), optional "date", "url", "id",
	                         "publisher" (or "source")

A plain-text article (each, in a file of several) may open with a header
block: "Title:", "Date:", "Source:" (the publisher) and "URL:" lines, then
a blank line. Its values are the article's and its lines are not article
text; a Date: that is not a date is a warning naming the file and line.
--date gives the date of the articles that carry none, against which
relative periods ("in March") are placed; an article's own date wins.

Output formats (--format, -f):

	jsonl   one JSON object per claim (default when stdout is not a terminal)
	json    a JSON array of the same objects
	csv     a header row and one row per claim; text cells that start with
	        = + - @ tab or CR get a leading ' (spreadsheet formula guard)
	table   aligned columns per article, fitted to $COLUMNS or the terminal
	        (default on a terminal)

A claim's fields are those of the claim contract (claims.md): text, start,
end, value, max, unit, currency, unit_name, approx, item, subject,
counterpart, metric, indicator, period, outlook, change, sentence, article,
title, source, publisher, date. For plain-text files
start and end are byte offsets into the file, so file[start:end] == text.

Text is read as UTF-8, with or without a byte-order mark; invalid bytes are
kept as they are. UTF-16 and UTF-32 (with a byte-order mark, or mostly
ASCII without one) and Windows-1252 or Latin-1 text is converted to UTF-8
as it is read, and for such a file start and end are offsets into the
converted UTF-8 text, not into the file. Lines may end with LF, CRLF or
CR. An article longer than 1 MiB is read in parts of at most 1 MiB, cut at
paragraph breaks. A title longer than 500 bytes is cut, with "…".

Inputs that cannot be read are reported, one line each, and skipped: a
missing or unreadable path, an empty file, a directory with no file of a
supported type, binary data (PDF, images, archives, executables: anything
with NUL bytes), truncated gzip data (after the articles before the cut),
a malformed JSON line, a JSON line over 64 MiB, a web page over 16 MiB or
a feed over 64 MiB, a web page whose charset cannot be decoded. Inside a
directory, FIFOs, devices and sockets (and symlinks to them) are skipped;
a FIFO named explicitly, and standard input, are read until their end or
an interrupt.

# Ingest

	tradestats ingest [--db PATH] [--quiet] [--date YYYY-MM-DD] [--publisher NAME] [--reextract] [PATH...]

Ingest reads articles as extract does, and also web pages (.html, .htm),
RSS and Atom feeds (.xml, .rss, .atom) and any of these gzip-compressed
(.gz), and stores them with their claims in a database: --db, else
$TRADESTATS_DB, else ./tradestats.db, a SQLite file or a PostgreSQL URL
(postgres://USER@HOST:PORT/DBNAME). An article already stored (same
text) is left alone; each article is stored with all its claims or not at
all, with its title, date, publisher and URL (--date for those without a
date). --reextract re-runs the extractor over every stored article. The
summary line is printed on stdout, progress on stderr when it is a
terminal; --quiet prints only errors.

# Querying the database

	tradestats articles [--db PATH] [--format table|jsonl|csv|json]
	tradestats claims [--db PATH] [FILTER...] [--format jsonl|json|csv|table]
	tradestats export [--db PATH] [--format csv|jsonl|parquet] [--partition year|source] [FILTER...] -o FILE|DIR
	tradestats summary [--db PATH] [--top N] [--format text|json]

Articles lists the stored articles. Claims prints the stored claims as
extract prints them (for the same articles, the jsonl output is the same).
The FILTERs, which combine, are --subject S and --metric M (any case),
--unit U, --period P (P or a period within it), --article ID, --min X,
--max X, --search WORDS (every word in the sentence, text or title) and
--limit N. Export writes the claims with their article's title, date,
source and URL to FILE ("-" for standard output), or with --partition
year or source as a Hive-partitioned Parquet dataset into DIR
(DIR/year=1987/part-0.parquet...). Summary counts articles
and claims by unit, subject and metric.

# Compare

	tradestats compare [--db PATH] [--subject S] [--metric M] [--verdict V] [--all] [--carried] [--series] [--metrics FILE] [--format table|jsonl|csv|json]

Compare groups the stored claims that state the same figure in different
articles (the same whole frame: subject, counterpart, indicator, metric,
period, outlook and forecaster, unit and currency, and kind of figure,
through the gazetteer and the metric vocabulary; --metrics FILE extends the
vocabulary) and gives each group a verdict from the claims' intervals:
consistent, tension or conflict. Copies of one story (a re-sent wire) count
as one article. By default it shows the groups of two or more independent
articles, conflicts first, leaving out claims whose subject or period was
carried from an earlier sentence; --all shows every group, --carried
also the carried claims. --subject, --metric (any name or synonym) and --verdict filter the
groups. --series lists the value of one --subject and --metric per period.

# Check against official statistics

	tradestats check [--db PATH] [FILTER...] [--verdict V] [--format jsonl|json|csv|table] [--date YYYY-MM-DD] [FILE...]
	tradestats refs [info | update --from DIR]

Check holds each claim against the World Bank's World Development
Indicators for its economy or bloc and year: agrees (within the figure's
rounding and wording, widened by a tolerance for revisions), close (within
twice that, or against a bloc total missing a member), differs, or none
with the reason (no series for the indicator, a partner figure, a quarter,
a forecast, a company). Without FILEs it checks the stored claims (the
filters of claims select them) and stores the verdicts, which claims and
export then show; with FILEs it checks their claims without storing them.
The data are built in; refs update --from DIR builds a user file from a
newer checkout of the mirror or CSV files, whose values take precedence.
Source: World Bank, World Development Indicators (CC BY 4.0).

# Reports and charts

	tradestats report [--db PATH] [-o DIR] [--title T] [FILTER...] [--metrics FILE] [--max-charts N] [--svg] [--date YYYY-MM-DD] [--publisher NAME] [PATH...]
	tradestats chart --kind compare|shares|timeline|overview [--subject S] [--metric M] [--metrics FILE] [--db PATH] -o FILE.png|.svg

Report ingests the PATHs, if any, then writes into DIR (default ./report)
the workbook tradestats.xlsx (sheets Summary, Claims, Articles,
Comparisons and Charts), the charts as charts/*.png (and .svg with --svg)
and index.html, a page that shows every chart with its caption and the
table of comparison groups, and opens from disk. The charts are: a
comparison per figure that two or more articles state (conflicts first,
at most --max-charts, default 12), shares of a world total across subjects
("share of world gdp"), timelines of a subject's figure over three or more
periods, and the claims per subject. A database without claims is an
error.

Chart draws one of these charts into FILE, PNG or SVG by its extension;
--subject and --metric choose the figure, and what they leave open is
chosen as the most relevant (see 'tradestats help chart').

# Accuracy

	tradestats eval --gold FILE [--root DIR] [--frames] [--date YYYY-MM-DD] [--show-errors N] [--format table|json]

Eval scores the extractor against a gold file of hand-annotated claims
(JSON Lines, one line per input file, claims.md §4): it extracts the
claims of each file the gold names (relative to --root, default ".") and
prints tp, fp, fn, precision, recall and F1 per unit and overall and the
subject accuracy, with the rules and figures of shared/tools/score.py;
--format json prints the same line as score.py --json. A gold line's
"date" is given to the extractor as its file's date (else --date).
--frames also scores the frame of each matched claim (subject,
counterpart, indicator, period, outlook and the whole frame) as score.py
--frames does, and --format json then prints score.py --frames --json's
line. --show-errors N lists the first N errors (MISS, FALSE, SUBJ), and
with --frames the first N of each frame field, each followed by the
claim's sentence. Gold texts not found in their file are warnings on
stderr.

# Damaged databases

	tradestats doctor [--db PATH]

Every command refuses a database file that SQLite's quick check finds
damaged (checked at open up to 512 MiB, before an ingest writes to a larger
file), with "corrupted file, left as it is". Doctor runs the full integrity
check, lists what is wrong, and says how to repair or rebuild the file.
It checks SQLite files; a PostgreSQL server checks its own.

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
	tradestats ingest --db trade.db corpus/ feeds/*.xml.gz
	tradestats claims --db trade.db --subject China --unit money --format table
	tradestats export --db trade.db -o claims.parquet
	tradestats check --db trade.db --verdict differs --format table
	tradestats report --db trade.db -o report
	tradestats chart --db trade.db --kind timeline --subject Japan --metric "trade surplus" -o japan.svg
	tradestats eval --gold gold.jsonl --root corpus --show-errors 20
	tradestats eval --frames --gold ../shared/gold/dev.jsonl --root ../shared
*/
package main
