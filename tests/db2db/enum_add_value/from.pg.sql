CREATE TYPE order_status AS ENUM ('pending', 'shipped', 'delivered');
CREATE TABLE orders (
    id serial PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'::order_status,
    placed_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP
);
