SELECT at, value, tableoid::regclass FROM metrics_2022 ORDER BY at;
