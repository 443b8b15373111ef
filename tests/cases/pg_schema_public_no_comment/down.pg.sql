-- schema public
COMMENT ON SCHEMA public IS 'the shop''s tables';
