-- 0001_init: articles and their claims (PostgreSQL; the same tables and
-- columns as ../sqlite/0001_init.sql).
--
-- Offsets: claims.start and claims."end" are byte offsets into
-- articles.text; add articles.base to get the offsets Extract reports
-- (offsets into the source file for plain text, base 0 otherwise).
--
-- Every text column has the "C" collation: comparisons, ORDER BY, min and
-- max, and lower() (ASCII letters only) then behave as in SQLite, whatever
-- the server's locale, so that both stores give the same output.

CREATE TABLE articles (
	seq               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- ingest order
	id                TEXT COLLATE "C" NOT NULL UNIQUE, -- stats.ArticleID of the text
	source            TEXT COLLATE "C" NOT NULL,        -- input path as given, "-" for stdin
	title             TEXT COLLATE "C" NOT NULL,
	date              TEXT COLLATE "C" NOT NULL,        -- ISO 8601 or a prefix of one, '' if unknown
	url               TEXT COLLATE "C" NOT NULL,
	text              TEXT COLLATE "C" NOT NULL,        -- the text claim offsets refer to
	base              BIGINT NOT NULL,                  -- offset of text in its source file
	ingested_at       TEXT COLLATE "C" NOT NULL,        -- RFC 3339, UTC
	extractor_version INTEGER NOT NULL,                 -- data.ExtractorVersion that made the claims
	extracted_at      TEXT COLLATE "C" NOT NULL         -- RFC 3339, UTC
);

CREATE TABLE claims (
	article     BIGINT NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
	ord         INTEGER NOT NULL,          -- position in the extractor's output (text order)
	text        TEXT COLLATE "C" NOT NULL,
	start       INTEGER NOT NULL,          -- byte offset into articles.text
	"end"       INTEGER NOT NULL,
	value       DOUBLE PRECISION NOT NULL, -- REAL would be 4 bytes
	max         DOUBLE PRECISION,          -- upper end of a range, NULL otherwise
	unit        TEXT COLLATE "C" NOT NULL,
	currency    TEXT COLLATE "C" NOT NULL,
	unit_name   TEXT COLLATE "C" NOT NULL,
	approx      TEXT COLLATE "C" NOT NULL,
	item        TEXT COLLATE "C" NOT NULL,
	subject     TEXT COLLATE "C" NOT NULL,
	metric      TEXT COLLATE "C" NOT NULL,
	period      TEXT COLLATE "C" NOT NULL,
	change      TEXT COLLATE "C" NOT NULL,
	sentence    TEXT COLLATE "C" NOT NULL,
	subject_key TEXT COLLATE "C" NOT NULL, -- lower-case subject, for case-insensitive lookup
	metric_key  TEXT COLLATE "C" NOT NULL, -- lower-case metric
	PRIMARY KEY (article, ord)
);

CREATE INDEX claims_subject ON claims (subject_key);
CREATE INDEX claims_metric ON claims (metric_key);
