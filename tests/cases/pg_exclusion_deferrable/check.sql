SELECT id, during, area, active FROM slot ORDER BY id;
