-- trigger tg on items
-- re-created: names items.price, which changes
DROP TRIGGER tg ON public.items;

-- table items
ALTER TABLE items ALTER COLUMN price TYPE bigint;

-- trigger tg on items
-- re-created: names items.price, which changes
CREATE TRIGGER tg BEFORE UPDATE ON public.items FOR EACH ROW WHEN ((old.price IS DISTINCT FROM new.price)) EXECUTE FUNCTION g();
