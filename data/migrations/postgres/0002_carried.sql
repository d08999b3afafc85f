-- 0002_carried: which fields of a claim were carried from earlier
-- sentences (stats.Claim.Carried).
ALTER TABLE claims ADD COLUMN carried TEXT COLLATE "C" NOT NULL DEFAULT '';
