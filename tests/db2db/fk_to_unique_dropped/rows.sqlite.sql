INSERT INTO countries (iso_code, name) VALUES ('FR', 'France'), ('DE', 'Germany');
INSERT INTO cities (country_code, name) VALUES ('FR', 'Paris'), ('DE', 'Berlin'), (NULL, 'Atlantis');
