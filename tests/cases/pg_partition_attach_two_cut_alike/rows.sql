INSERT INTO events_of_the_very_long_named_region_north_of_the_year_a VALUES (150, '2024-01-01');
INSERT INTO events_of_the_very_long_named_region_north_of_the_year_b VALUES (50, '2024-02-01');
