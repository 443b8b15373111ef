SELECT at, value FROM readings_2024 ORDER BY at;
