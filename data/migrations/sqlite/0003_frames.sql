-- 0003_frames: the frame of a claim (claims.md §5) and the publisher of
-- an article.
ALTER TABLE claims ADD COLUMN counterpart TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN indicator TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN outlook TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN publisher TEXT NOT NULL DEFAULT '';
