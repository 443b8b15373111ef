INSERT INTO sales (sold_on, region, amount) VALUES ('2024-05-01', 'eu', 3), ('2024-06-01', 'us', 4);
