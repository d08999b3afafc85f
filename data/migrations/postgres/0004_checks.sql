-- 0004_checks: each claim held against the official statistic by
-- 'tradestats check' (stats.Check), one row per checked claim; a claim
-- that is re-extracted loses its check with it. (PostgreSQL; the same
-- table and columns as ../sqlite/0004_checks.sql.)
CREATE TABLE checks (
	article    BIGINT NOT NULL,
	ord        INTEGER NOT NULL,
	verdict    TEXT COLLATE "C" NOT NULL,  -- agrees, close, differs or none
	reference  DOUBLE PRECISION,           -- in the claim's terms; NULL without one
	series     TEXT COLLATE "C" NOT NULL,  -- World Bank series code, '' for none
	year       INTEGER NOT NULL,           -- the year looked up, 0 for none
	reason     TEXT COLLATE "C" NOT NULL,
	source     TEXT COLLATE "C" NOT NULL,  -- attribution line of the reference data
	refs       TEXT COLLATE "C" NOT NULL,  -- which reference data (snapshot, user file)
	checked_at TEXT COLLATE "C" NOT NULL,  -- RFC 3339, UTC
	PRIMARY KEY (article, ord),
	FOREIGN KEY (article, ord) REFERENCES claims (article, ord) ON DELETE CASCADE
);

CREATE INDEX checks_verdict ON checks (verdict);
