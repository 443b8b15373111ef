-- trigger stock_touch on stock
COMMENT ON TRIGGER stock_touch ON public.inventory IS 'on stock';

-- trigger items_touch on items
COMMENT ON TRIGGER items_touch ON public.items IS 'stamps each update';

-- trigger items_audit on items
COMMENT ON TRIGGER items_audit ON public.items IS NULL;

-- trigger items_check on items
DROP TRIGGER items_check ON public.items;

-- table stock
ALTER TABLE inventory RENAME CONSTRAINT pk_inventory TO pk_stock;
ALTER TABLE inventory RENAME TO stock;

-- trigger items_check on items
CREATE TRIGGER items_check BEFORE INSERT ON public.items FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER items_check ON public.items IS 'checks new rows';
