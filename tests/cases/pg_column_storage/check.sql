SELECT id, title, md5(body), data, n FROM docs ORDER BY id;
