-- procedure reprice(integer)
SET check_function_bodies = false;
CREATE PROCEDURE public.reprice(factor integer) LANGUAGE sql AS $$ update items set price = price * factor $$;
COMMENT ON PROCEDURE public.reprice(integer) IS 'multiplies every price';

-- aggregate items_seen()
COMMENT ON AGGREGATE public.items_seen(*) IS NULL;

-- procedure tidy(integer)
COMMENT ON PROCEDURE public.tidy(integer) IS 'removes the items after keep';

-- aggregate total(integer)
COMMENT ON AGGREGATE public.total(integer) IS 'the sum';
