CREATE TABLE members (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL UNIQUE,
  org_id INTEGER NOT NULL,
  handle VARCHAR(40),
  phone TEXT,
  UNIQUE (org_id, handle),
  CONSTRAINT members_phone_uq UNIQUE (phone)
);
