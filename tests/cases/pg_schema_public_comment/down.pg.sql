-- schema public
COMMENT ON SCHEMA public IS 'standard public schema';
