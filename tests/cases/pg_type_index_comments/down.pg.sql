-- materialized view note_moods
COMMENT ON MATERIALIZED VIEW note_moods IS NULL;
COMMENT ON COLUMN note_moods.n IS 'how many';

-- table notes
COMMENT ON INDEX ix_notes_m IS 'by mood';
COMMENT ON INDEX ix_notes_l IS NULL;
COMMENT ON INDEX ix_notes_id_m IS 'old';

-- composite type pair
COMMENT ON TYPE pair IS 'two numbers';

-- range type numspan
COMMENT ON TYPE numspan IS NULL;

-- enum mood
COMMENT ON TYPE mood IS 'how one feels';

-- domain label
COMMENT ON DOMAIN label IS NULL;
