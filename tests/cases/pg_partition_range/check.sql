SELECT id, logdate, reading FROM measurements ORDER BY id;
