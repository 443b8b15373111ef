-- table people_2
CREATE INDEX people_2_coalesce_idx ON people_2 ((coalesce(nick, email)));
CREATE INDEX people_2_email_a_idx ON people_2 ((email::varchar(80)), a);
CREATE INDEX people_2_expr_idx ON people_2 ((a + b));
CREATE INDEX people_2_lower_idx ON people_2 ((lower(email)));
CREATE INDEX people_2_lower_lower1_idx ON people_2 ((lower(email)), (lower(nick)));
CREATE INDEX people_2_text_idx ON people_2 (((a + b)::text));
-- HAZARD: attaches public.people_2 to public.people FOR VALUES FROM (100) TO (200): it fails if a row does not fit the bound (and scans every row to check)
ALTER TABLE people ATTACH PARTITION people_2 FOR VALUES FROM (100) TO (200);
