-- table events_of_the_very_long_named_region_north_of_the_year_a
CREATE INDEX events_of_the_very_long_named_region_north_of__recorded_at_idx1 ON events_of_the_very_long_named_region_north_of_the_year_a (recorded_at);
-- HAZARD: attaches public.events_of_the_very_long_named_region_north_of_the_year_a to public.events FOR VALUES FROM (100) TO (200): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE events ATTACH PARTITION events_of_the_very_long_named_region_north_of_the_year_a FOR VALUES FROM (100) TO (200);

-- table events_of_the_very_long_named_region_north_of_the_year_b
CREATE INDEX events_of_the_very_long_named_region_north_of_t_recorded_at_idx ON events_of_the_very_long_named_region_north_of_the_year_b (recorded_at);
-- HAZARD: attaches public.events_of_the_very_long_named_region_north_of_the_year_b to public.events FOR VALUES FROM (0) TO (100): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE events ATTACH PARTITION events_of_the_very_long_named_region_north_of_the_year_b FOR VALUES FROM (0) TO (100);
