SELECT d, v, w, tableoid::regclass FROM m ORDER BY d;
