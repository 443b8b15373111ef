-- view product_codes
-- re-created: reads products.code, whose type is rebuilt
DROP VIEW product_codes;

-- domain amount
-- HAZARD: domain amount is rebuilt: its 1 column is converted to the new definition, which fails if a value does not fit it
ALTER DOMAIN amount RENAME TO amount_old;
CREATE DOMAIN amount AS integer DEFAULT 0
    CONSTRAINT amount_check CHECK (value >= 0);
ALTER TABLE products ALTER COLUMN price DROP DEFAULT;
ALTER TABLE products ALTER COLUMN price TYPE amount USING price::text::amount;
ALTER TABLE products ALTER COLUMN price SET DEFAULT 5;
DROP DOMAIN amount_old;

-- domain app.code
-- HAZARD: domain app.code is rebuilt: its 1 column is converted to the new definition, which fails if a value does not fit it
ALTER DOMAIN app.code RENAME TO code_old;
CREATE DOMAIN app.code AS character varying(10)
    CONSTRAINT code_upper CHECK (value = upper(value));
ALTER TABLE products ALTER COLUMN code TYPE app.code USING code::text::app.code;
DROP DOMAIN app.code_old;

-- view product_codes
-- re-created: reads products.code, whose type is rebuilt
CREATE VIEW product_codes AS
select id, code, price from products;
