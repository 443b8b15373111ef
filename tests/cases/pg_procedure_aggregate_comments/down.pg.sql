-- aggregate total(integer)
COMMENT ON AGGREGATE public.total(integer) IS NULL;

-- procedure tidy(integer)
COMMENT ON PROCEDURE public.tidy(integer) IS 'removes the newer items';

-- aggregate items_seen()
COMMENT ON AGGREGATE public.items_seen(*) IS 'counts rows';

-- procedure reprice(integer)
DROP PROCEDURE public.reprice(integer);
