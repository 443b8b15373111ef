-- function sad_count()
-- re-created: reads people.m, whose type is rebuilt
DROP FUNCTION public.sad_count();

-- enum mood
-- HAZARD: enum mood loses values: rows holding them make the change fail
ALTER TYPE mood RENAME TO mood_old;
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TABLE people ALTER COLUMN m TYPE mood USING m::text::mood;
DROP TYPE mood_old;

-- table people
ALTER TABLE people RENAME COLUMN alias TO nick;

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
