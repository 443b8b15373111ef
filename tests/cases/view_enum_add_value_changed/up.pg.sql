BEGIN;

-- view v_moods_count
-- re-created: reads v_moods, which is re-created
DROP VIEW v_moods_count;

-- view v_moods
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_moods;

-- view v_ok
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
DROP VIEW v_ok;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';

BEGIN;

-- view v_moods
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_moods AS
select mood, id from people;

-- view v_moods_count
-- re-created: reads v_moods, which is re-created
CREATE VIEW v_moods_count AS
select mood, count(*) as n from v_moods group by mood;

-- view v_ok
-- re-created: its definition changes (without a server its columns are not known, so CREATE OR REPLACE VIEW is not tried)
CREATE VIEW v_ok AS
select id from people where mood = 'happy'::mood;

COMMIT;
