SELECT id, lo, hi, tag FROM readings ORDER BY id;
SELECT 'sensors', id, name FROM sensors ORDER BY id;
SELECT 'probes', id, name, depth FROM probes ORDER BY id;
