-- partitions attached by hand (not created as PARTITION OF), and inheritance
CREATE TABLE logs (id integer NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE logs_2023 (id integer NOT NULL, at date NOT NULL, msg text);
ALTER TABLE logs ATTACH PARTITION logs_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE logs_rest PARTITION OF logs DEFAULT;

CREATE TABLE base (id integer PRIMARY KEY, created date DEFAULT CURRENT_DATE, CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (base);
