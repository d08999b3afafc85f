-- 0001_init: articles and their claims.
--
-- Offsets: claims.start and claims."end" are byte offsets into
-- articles.text; add articles.base to get the offsets Extract reports
-- (offsets into the source file for plain text, base 0 otherwise).

-- "TSDB": marks the file as a tradestats database.
PRAGMA application_id = 1414743106;

CREATE TABLE articles (
	seq               INTEGER PRIMARY KEY,  -- ingest order
	id                TEXT NOT NULL UNIQUE, -- stats.ArticleID of the text
	source            TEXT NOT NULL,        -- input path as given, "-" for stdin
	title             TEXT NOT NULL,
	date              TEXT NOT NULL,        -- ISO 8601 or a prefix of one, '' if unknown
	url               TEXT NOT NULL,
	text              TEXT NOT NULL,        -- the text claim offsets refer to
	base              INTEGER NOT NULL,     -- offset of text in its source file
	ingested_at       TEXT NOT NULL,        -- RFC 3339, UTC
	extractor_version INTEGER NOT NULL,     -- data.ExtractorVersion that made the claims
	extracted_at      TEXT NOT NULL         -- RFC 3339, UTC
);

CREATE TABLE claims (
	article     INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
	ord         INTEGER NOT NULL,  -- position in the extractor's output (text order)
	text        TEXT NOT NULL,
	start       INTEGER NOT NULL,  -- byte offset into articles.text
	"end"       INTEGER NOT NULL,
	value       REAL NOT NULL,
	max         REAL,              -- upper end of a range, NULL otherwise
	unit        TEXT NOT NULL,
	currency    TEXT NOT NULL,
	unit_name   TEXT NOT NULL,
	approx      TEXT NOT NULL,
	item        TEXT NOT NULL,
	subject     TEXT NOT NULL,
	metric      TEXT NOT NULL,
	period      TEXT NOT NULL,
	change      TEXT NOT NULL,
	sentence    TEXT NOT NULL,
	subject_key TEXT NOT NULL,     -- lower-case subject, for case-insensitive lookup
	metric_key  TEXT NOT NULL,     -- lower-case metric
	PRIMARY KEY (article, ord)
);

CREATE INDEX claims_subject ON claims (subject_key);
CREATE INDEX claims_metric ON claims (metric_key);
