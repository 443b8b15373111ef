-- domain label
COMMENT ON DOMAIN label IS 'a short label';

-- enum mood
COMMENT ON TYPE mood IS 'how one feels today';

-- range type numspan
COMMENT ON TYPE numspan IS 'a span of numbers';

-- composite type pair
COMMENT ON TYPE pair IS NULL;

-- table notes
COMMENT ON INDEX ix_notes_id_m IS 'new';
COMMENT ON INDEX ix_notes_l IS 'by label';
COMMENT ON INDEX ix_notes_m IS NULL;

-- materialized view note_moods
COMMENT ON MATERIALIZED VIEW note_moods IS 'moods counted';
COMMENT ON COLUMN note_moods.n IS 'notes per mood';
