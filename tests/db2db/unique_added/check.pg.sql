SELECT id, email, org_id, handle, phone FROM members ORDER BY id;
