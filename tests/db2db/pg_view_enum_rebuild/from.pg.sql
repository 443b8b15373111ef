-- A view over an enum that is rebuilt: removing the value 'legacy' needs a
-- new type and ALTER COLUMN ... TYPE, which PostgreSQL refuses while a view
-- reads the column; the views over invoices.status are dropped before and
-- re-created after. amounts does not read status and is left alone.
CREATE TYPE invoice_status AS ENUM ('new', 'paid', 'void', 'legacy');
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    status invoice_status NOT NULL DEFAULT 'new',
    amount numeric(10,2) NOT NULL
);
CREATE VIEW open_invoices AS
    SELECT id, amount FROM invoices WHERE status = 'new';
CREATE VIEW invoice_states AS
    SELECT id, status FROM invoices;
CREATE VIEW state_counts AS
    SELECT status, count(*) AS n FROM invoice_states GROUP BY status;
CREATE VIEW amounts AS
    SELECT id, amount FROM invoices;
