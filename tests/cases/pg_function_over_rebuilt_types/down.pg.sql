BEGIN;

-- function twice(cents)
-- re-created: names type cents, which is rebuilt
DROP FUNCTION public.twice(cents);

-- domain cents
ALTER DOMAIN cents RENAME TO cents_old;
CREATE DOMAIN cents AS integer
    CONSTRAINT cents_check CHECK (value >= 0);
DROP DOMAIN cents_old;

-- function twice(cents)
-- re-created: names type cents, which is rebuilt
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.twice(x cents)
 RETURNS cents
 LANGUAGE sql
 IMMUTABLE
AS $function$ select (x * 2)::cents $function$;

-- table notes
-- re-created: calls is_happy(text), which is re-created
ALTER TABLE notes DROP CONSTRAINT ck_notes_label;
-- re-created: calls is_happy(text), which is re-created
ALTER TABLE notes DROP COLUMN happy;

-- function is_happy(text)
-- re-created: names type mood, which is rebuilt
DROP FUNCTION public.is_happy(text);

-- function cheer(mood)
-- re-created: names type mood, which is rebuilt
DROP FUNCTION public.cheer(mood);

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad';

BEGIN;

-- function is_happy(text)
-- re-created: names type mood, which is rebuilt
CREATE OR REPLACE FUNCTION public.is_happy(x text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
BEGIN ATOMIC
 SELECT ((x)::mood = 'happy'::mood);
END;

-- function cheer(mood)
-- re-created: names type mood, which is rebuilt
CREATE OR REPLACE FUNCTION public.cheer(m mood)
 RETURNS mood
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 'happy'::mood $function$;

-- table notes
-- re-created: calls is_happy(text), which is re-created
ALTER TABLE notes ADD COLUMN happy boolean GENERATED ALWAYS AS (is_happy(label)) STORED;
-- re-created: calls is_happy(text), which is re-created
ALTER TABLE notes
    ADD CONSTRAINT ck_notes_label CHECK (is_happy(label) OR label = 'sad');

COMMIT;
