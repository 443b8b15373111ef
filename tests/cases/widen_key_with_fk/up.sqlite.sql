-- schemac:no-transaction
PRAGMA foreign_keys = OFF;
SAVEPOINT schemac_rebuild;

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

-- foreign keys must still hold: a violation fails here and rolls everything back
CREATE TEMP TABLE _schemac_fk_check (
    tbl    TEXT,
    parent TEXT,
    CONSTRAINT "foreign key check failed: rows of posts reference missing rows of users"
        CHECK (NOT (tbl = 'posts' COLLATE NOCASE AND parent = 'users' COLLATE NOCASE)),
    CONSTRAINT "foreign key check failed: PRAGMA foreign_key_check lists the rows" CHECK (false)
);
INSERT OR ROLLBACK INTO temp._schemac_fk_check
    SELECT DISTINCT "table", parent FROM pragma_foreign_key_check;
DROP TABLE temp._schemac_fk_check;
RELEASE schemac_rebuild;
-- schemac:no-transaction
PRAGMA foreign_keys = ON;
