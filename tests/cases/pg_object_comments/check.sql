SELECT id, code FROM teams ORDER BY id;
SELECT id, team_id, age FROM players ORDER BY id;
