BEGIN;

-- function sad_count()
-- re-created: reads people.m, whose type is rebuilt
DROP FUNCTION public.sad_count();

-- table people
ALTER TABLE people RENAME COLUMN nick TO alias;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad';

BEGIN;

-- function sad_count()
-- re-created: reads people.m, whose type is rebuilt
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.sad_count()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM people
   WHERE (people.m = 'sad'::mood);
END;

COMMIT;
