SELECT id, code, region FROM teams ORDER BY id;
SELECT id, team_id, team_code, age, level FROM players ORDER BY id;
