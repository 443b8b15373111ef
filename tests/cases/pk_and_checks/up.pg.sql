-- table versions
ALTER TABLE versions DROP CONSTRAINT ck_versions_ver;
ALTER TABLE versions DROP CONSTRAINT pk_versions;
ALTER TABLE versions
    ADD CONSTRAINT ck_versions_label CHECK (label <> '');
ALTER TABLE versions
    ADD CONSTRAINT ck_versions_ver CHECK (ver >= 1);
ALTER TABLE versions
    ADD CONSTRAINT pk_versions PRIMARY KEY (id, ver);
