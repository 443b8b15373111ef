-- schema public
COMMENT ON SCHEMA public IS '';
