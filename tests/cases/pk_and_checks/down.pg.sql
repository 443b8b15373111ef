-- table versions
ALTER TABLE versions DROP CONSTRAINT pk_versions;
ALTER TABLE versions DROP CONSTRAINT ck_versions_ver;
ALTER TABLE versions DROP CONSTRAINT ck_versions_label;
ALTER TABLE versions
    ADD CONSTRAINT pk_versions PRIMARY KEY (id);
ALTER TABLE versions
    ADD CONSTRAINT ck_versions_ver CHECK (ver > 0);
