SELECT id, code FROM teams ORDER BY id;
SELECT id, team_id, email, age FROM players ORDER BY id;
