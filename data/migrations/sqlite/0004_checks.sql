-- 0004_checks: each claim held against the official statistic by
-- 'tradestats check' (stats.Check), one row per checked claim; a claim
-- that is re-extracted loses its check with it.
CREATE TABLE checks (
	article    INTEGER NOT NULL,
	ord        INTEGER NOT NULL,
	verdict    TEXT NOT NULL,     -- agrees, close, differs or none
	reference  REAL,              -- in the claim's terms; NULL without one
	series     TEXT NOT NULL,     -- World Bank series code, '' for none
	year       INTEGER NOT NULL,  -- the year looked up, 0 for none
	reason     TEXT NOT NULL,
	source     TEXT NOT NULL,     -- attribution line of the reference data
	refs       TEXT NOT NULL,     -- which reference data (snapshot, user file)
	checked_at TEXT NOT NULL,     -- RFC 3339, UTC
	PRIMARY KEY (article, ord),
	FOREIGN KEY (article, ord) REFERENCES claims (article, ord) ON DELETE CASCADE
);

CREATE INDEX checks_verdict ON checks (verdict);
