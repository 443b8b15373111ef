SELECT msg FROM log ORDER BY msg;
