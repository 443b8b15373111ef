-- function label(integer)
COMMENT ON FUNCTION public.label(integer) IS 'what a shelf shows';

-- function price_of(text)
COMMENT ON FUNCTION public.price_of(text) IS 'the price, as text, with a bang';

-- function tax(integer)
COMMENT ON FUNCTION public.tax(integer) IS NULL;
