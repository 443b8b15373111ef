-- table codes_of_the_very_long_named_region_north_of_the_year_aaaa_a
CREATE INDEX codes_of_the_very_long_named_region_north_of_the_year_aa_v_idx1 ON codes_of_the_very_long_named_region_north_of_the_year_aaaa_a (v);
-- HAZARD: attaches public.codes_of_the_very_long_named_region_north_of_the_year_aaaa_a to public.codes FOR VALUES IN ('9'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE codes ATTACH PARTITION codes_of_the_very_long_named_region_north_of_the_year_aaaa_a FOR VALUES IN ('9');

-- table codes_of_the_very_long_named_region_north_of_the_year_aaaa_b
CREATE INDEX codes_of_the_very_long_named_region_north_of_the_year_aaa_v_idx ON codes_of_the_very_long_named_region_north_of_the_year_aaaa_b (v);
-- HAZARD: attaches public.codes_of_the_very_long_named_region_north_of_the_year_aaaa_b to public.codes FOR VALUES IN ('10'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE codes ATTACH PARTITION codes_of_the_very_long_named_region_north_of_the_year_aaaa_b FOR VALUES IN ('10');

-- table hosts_of_the_very_long_named_region_north_of_the_year_aaaa_a
CREATE INDEX hosts_of_the_very_long_named_region_north_of_the_year_aa_v_idx1 ON hosts_of_the_very_long_named_region_north_of_the_year_aaaa_a (v);
-- HAZARD: attaches public.hosts_of_the_very_long_named_region_north_of_the_year_aaaa_a to public.hosts FOR VALUES FROM ('10.0.0.0') TO ('11.0.0.0'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE hosts ATTACH PARTITION hosts_of_the_very_long_named_region_north_of_the_year_aaaa_a FOR VALUES FROM ('10.0.0.0') TO ('11.0.0.0');

-- table hosts_of_the_very_long_named_region_north_of_the_year_aaaa_b
CREATE INDEX hosts_of_the_very_long_named_region_north_of_the_year_aaa_v_idx ON hosts_of_the_very_long_named_region_north_of_the_year_aaaa_b (v);
-- HAZARD: attaches public.hosts_of_the_very_long_named_region_north_of_the_year_aaaa_b to public.hosts FOR VALUES FROM ('9.0.0.0') TO ('10.0.0.0'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE hosts ATTACH PARTITION hosts_of_the_very_long_named_region_north_of_the_year_aaaa_b FOR VALUES FROM ('9.0.0.0') TO ('10.0.0.0');

-- table pairs_of_the_very_long_named_region_north_of_the_year_aaaa_a
CREATE INDEX pairs_of_the_very_long_named_region_north_of_the_year_aa_v_idx1 ON pairs_of_the_very_long_named_region_north_of_the_year_aaaa_a (v);
-- HAZARD: attaches public.pairs_of_the_very_long_named_region_north_of_the_year_aaaa_a to public.pairs FOR VALUES FROM (1, 20) TO (2, 0): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE pairs ATTACH PARTITION pairs_of_the_very_long_named_region_north_of_the_year_aaaa_a FOR VALUES FROM (1, 20) TO (2, 0);

-- table pairs_of_the_very_long_named_region_north_of_the_year_aaaa_b
CREATE INDEX pairs_of_the_very_long_named_region_north_of_the_year_aaa_v_idx ON pairs_of_the_very_long_named_region_north_of_the_year_aaaa_b (v);
-- HAZARD: attaches public.pairs_of_the_very_long_named_region_north_of_the_year_aaaa_b to public.pairs FOR VALUES FROM (1, 3) TO (1, 20): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE pairs ATTACH PARTITION pairs_of_the_very_long_named_region_north_of_the_year_aaaa_b FOR VALUES FROM (1, 3) TO (1, 20);

-- table stamps_of_the_very_long_named_region_north_of_the_year_aaaa_a
CREATE INDEX stamps_of_the_very_long_named_region_north_of_the_year_a_v_idx1 ON stamps_of_the_very_long_named_region_north_of_the_year_aaaa_a (v);
-- HAZARD: attaches public.stamps_of_the_very_long_named_region_north_of_the_year_aaaa_a to public.stamps FOR VALUES FROM ('2020-01-01 04:00:00+00') TO ('2020-01-02 00:00:00+00'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE stamps ATTACH PARTITION stamps_of_the_very_long_named_region_north_of_the_year_aaaa_a FOR VALUES FROM ('2020-01-01 04:00:00+00') TO ('2020-01-02 00:00:00+00');

-- table stamps_of_the_very_long_named_region_north_of_the_year_aaaa_b
CREATE INDEX stamps_of_the_very_long_named_region_north_of_the_year_aa_v_idx ON stamps_of_the_very_long_named_region_north_of_the_year_aaaa_b (v);
-- HAZARD: attaches public.stamps_of_the_very_long_named_region_north_of_the_year_aaaa_b to public.stamps FOR VALUES FROM ('2020-01-01 06:00:00+05') TO ('2020-01-01 04:00:00+00'): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE stamps ATTACH PARTITION stamps_of_the_very_long_named_region_north_of_the_year_aaaa_b FOR VALUES FROM ('2020-01-01 06:00:00+05') TO ('2020-01-01 04:00:00+00');
