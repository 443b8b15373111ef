-- schemac:no-transaction
PRAGMA foreign_keys = OFF;

-- table posts
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_posts (
    id      integer NOT NULL,
    user_id bigint  NOT NULL,
    level   level   DEFAULT 'mid' NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT fk_posts_user_id_users FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_posts_level_enum CHECK (level IN ('low', 'mid', 'high'))
);
INSERT INTO _schemac_new_posts (id, user_id)
    SELECT id, user_id FROM posts;
DROP TABLE posts;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_posts RENAME TO posts;
PRAGMA legacy_alter_table = OFF;

-- table users
-- rebuild: SQLite cannot alter this table in place
CREATE TABLE _schemac_new_users (
    id   bigint                NOT NULL,
    name character varying(80),
    CONSTRAINT pk_users PRIMARY KEY (id)
);
INSERT INTO _schemac_new_users (id, name)
    SELECT id, name FROM users;
DROP TABLE users;
PRAGMA legacy_alter_table = ON;
ALTER TABLE _schemac_new_users RENAME TO users;
PRAGMA legacy_alter_table = OFF;

PRAGMA foreign_key_check;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
