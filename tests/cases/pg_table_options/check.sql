SELECT k, v FROM cache ORDER BY k;
SELECT id, note FROM scratch ORDER BY id;
