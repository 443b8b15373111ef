SELECT tableoid::regclass, id, code FROM m ORDER BY id; SELECT * FROM labels ORDER BY id;
