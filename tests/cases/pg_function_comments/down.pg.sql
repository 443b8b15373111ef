-- function tax(integer)
COMMENT ON FUNCTION public.tax(integer) IS 'ten percent';

-- function price_of(text)
COMMENT ON FUNCTION public.price_of(text) IS 'the price, as text';

-- function label(integer)
COMMENT ON FUNCTION public.label(integer) IS NULL;
