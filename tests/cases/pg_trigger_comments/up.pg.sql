-- trigger items_check on items
DROP TRIGGER items_check ON public.items;

-- table inventory
ALTER TABLE stock RENAME TO inventory;
ALTER TABLE inventory RENAME CONSTRAINT pk_stock TO pk_inventory;

-- trigger items_check on items
CREATE TRIGGER items_check BEFORE INSERT OR UPDATE OF price ON public.items FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER items_check ON public.items IS 'checks new rows';

-- trigger items_audit on items
COMMENT ON TRIGGER items_audit ON public.items IS 'audits inserts';

-- trigger items_touch on items
COMMENT ON TRIGGER items_touch ON public.items IS 'stamps each update of a price';

-- trigger stock_touch on inventory
COMMENT ON TRIGGER stock_touch ON public.inventory IS 'on the inventory';
