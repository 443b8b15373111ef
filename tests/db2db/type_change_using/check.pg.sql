SELECT id, value::text::integer, flag::text IN ('1', 'true'), mood::text, at::text::timestamp FROM readings ORDER BY id;
