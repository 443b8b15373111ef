BEGIN;

-- trigger ts on items
-- re-created: names items.state, whose type is rebuilt
DROP TRIGGER ts ON public.items;

-- trigger tl on items
-- re-created: names items.level, whose type is rebuilt
DROP TRIGGER tl ON public.items;

-- domain feeling
-- re-created: built on type mood, which is rebuilt
ALTER TABLE items ALTER COLUMN level TYPE text USING level::text;
DROP DOMAIN feeling;

COMMIT;

-- enum mood
-- schemac:no-transaction
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad';

BEGIN;

-- domain feeling
-- re-created: built on type mood, which is rebuilt
CREATE DOMAIN feeling AS mood;
ALTER TABLE items ALTER COLUMN level TYPE feeling USING level::feeling;

-- trigger tt on items
-- re-created: names items.total, which changes
DROP TRIGGER tt ON public.items;

-- trigger tp on items
-- re-created: names items.price, which changes
DROP TRIGGER tp ON public.items;

-- trigger tf on items
-- re-created: names items.fee, whose type is rebuilt
DROP TRIGGER tf ON public.items;

-- table items
ALTER TABLE items DROP COLUMN total;
-- HAZARD: type of items.price changes from bigint to integer: values may not fit
ALTER TABLE items ALTER COLUMN price TYPE integer;
ALTER TABLE items ADD COLUMN total integer GENERATED ALWAYS AS (price * 2) STORED;

-- domain cents
-- HAZARD: domain cents is rebuilt: its 1 column is converted to the new definition, which fails if a value does not fit it
ALTER DOMAIN cents RENAME TO cents_old;
CREATE DOMAIN cents AS integer
    CONSTRAINT cents_check CHECK (value >= 0);
ALTER TABLE items ALTER COLUMN fee TYPE cents USING fee::text::cents;
DROP DOMAIN cents_old;

-- trigger tt on items
-- re-created: names items.total, which changes
CREATE TRIGGER tt AFTER UPDATE OF total ON public.items FOR EACH ROW EXECUTE FUNCTION g();

-- trigger ts on items
-- re-created: names items.state, whose type is rebuilt
CREATE TRIGGER ts BEFORE UPDATE OF state ON public.items FOR EACH ROW EXECUTE FUNCTION g();

-- trigger tp on items
-- re-created: names items.price, which changes
CREATE TRIGGER tp BEFORE UPDATE OF price ON public.items FOR EACH ROW EXECUTE FUNCTION g();

-- trigger tl on items
-- re-created: names items.level, whose type is rebuilt
CREATE TRIGGER tl AFTER UPDATE OF level ON public.items FOR EACH ROW EXECUTE FUNCTION g();

-- trigger tf on items
-- re-created: names items.fee, whose type is rebuilt
CREATE TRIGGER tf AFTER UPDATE OF fee, note ON public.items FOR EACH ROW EXECUTE FUNCTION g();

COMMIT;
