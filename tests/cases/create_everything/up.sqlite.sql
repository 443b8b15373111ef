-- table categories
CREATE TABLE categories (
    id         integer,
    parent_id  integer,
    name       varchar(100) NOT NULL,
    slug       varchar(100) COLLATE BINARY NOT NULL,
    "position" smallint     DEFAULT 0 NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (slug),
    FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL
);
CREATE INDEX ix_categories_parent ON categories (parent_id, "position");

-- table coupons
CREATE TABLE coupons (
    id          integer,
    code        varchar(40) COLLATE BINARY NOT NULL,
    percent_off smallint    NOT NULL,
    valid_until timestamptz,
    max_uses    integer     DEFAULT -1,
    PRIMARY KEY (id),
    CONSTRAINT uq_coupons_code UNIQUE (code),
    CHECK (percent_off between 1 and 100)
);

-- table customers
CREATE TABLE customers (
    id                 INTEGER,
    email              varchar(255) NOT NULL,
    display_name       varchar(100),
    default_address_id bigint,
    is_vip             boolean      DEFAULT false NOT NULL,
    signed_up_on       date         DEFAULT current_date NOT NULL,
    created_at         timestamptz  DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_customers_default_address FOREIGN KEY (default_address_id) REFERENCES addresses (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_customers_created ON customers (created_at DESC);
CREATE UNIQUE INDEX uq_customers_email_lower ON customers ((lower(email)));

-- table addresses
CREATE TABLE addresses (
    id          INTEGER,
    customer_id bigint       NOT NULL,
    line1       text         NOT NULL,
    line2       text,
    city        varchar(100) NOT NULL,
    postal_code varchar(20)  NOT NULL,
    country     character(2) DEFAULT 'DE' NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_addresses_customer ON addresses (customer_id);

-- table orders
CREATE TABLE orders (
    id               INTEGER,
    customer_id      bigint       NOT NULL,
    shipping_address bigint,
    coupon_id        integer,
    status           order_status DEFAULT 'cart' NOT NULL,
    total_cents      integer      DEFAULT 0 NOT NULL,
    note             text,
    placed_at        timestamptz,
    created_at       timestamptz  DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CHECK (total_cents >= 0),
    FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON DELETE SET NULL,
    FOREIGN KEY (customer_id) REFERENCES customers (id) ON UPDATE CASCADE ON DELETE RESTRICT,
    FOREIGN KEY (shipping_address) REFERENCES addresses (id),
    CHECK (status IN ('cart', 'placed', 'paid', 'shipped', 'delivered', 'cancelled'))
);
CREATE INDEX ix_orders_customer_status ON orders (customer_id, status);
CREATE INDEX ix_orders_open ON orders (placed_at) WHERE (status in ('placed', 'paid'));

-- table payments
CREATE TABLE payments (
    id           INTEGER,
    order_id     bigint         NOT NULL,
    method       payment_method NOT NULL,
    amount_cents integer        NOT NULL,
    reference    varchar(64),
    paid_at      timestamptz    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    refunded     boolean        DEFAULT false NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (reference),
    CONSTRAINT ck_payments_amount CHECK (amount_cents > 0),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CHECK (method IN ('card', 'bank_transfer', 'voucher'))
);
CREATE INDEX ix_payments_order ON payments (order_id, paid_at DESC);

-- table products
CREATE TABLE products (
    id          INTEGER,
    category_id integer,
    sku         varchar(32)  COLLATE BINARY NOT NULL,
    name        text         NOT NULL,
    description text         DEFAULT NULL,
    price_cents integer      NOT NULL,
    currency    character(3) DEFAULT 'EUR' NOT NULL,
    attributes  jsonb        DEFAULT '{}' NOT NULL,
    is_active   boolean      DEFAULT true NOT NULL,
    created_at  timestamptz  DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (sku),
    CONSTRAINT ck_products_price CHECK (price_cents >= 0),
    FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT
);
CREATE INDEX ix_products_active_name ON products ((lower(name))) WHERE (is_active);
CREATE INDEX ix_products_category ON products (category_id);

-- table order_items
CREATE TABLE order_items (
    order_id         bigint   NOT NULL,
    line_no          smallint NOT NULL,
    product_id       bigint   NOT NULL,
    quantity         integer  DEFAULT 1 NOT NULL,
    unit_price_cents integer  NOT NULL,
    line_total_cents integer  GENERATED ALWAYS AS (quantity * unit_price_cents) STORED,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE,
    FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE INDEX ix_order_items_product ON order_items (product_id);

-- table reviews
CREATE TABLE reviews (
    id          INTEGER,
    product_id  bigint      NOT NULL,
    customer_id bigint,
    rating      smallint    NOT NULL,
    body        text        DEFAULT '',
    created_at  timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_reviews_product_customer UNIQUE (product_id, customer_id),
    CONSTRAINT ck_reviews_rating CHECK (rating between 1 and 5),
    FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE INDEX ix_reviews_product_rating ON reviews (product_id, rating DESC);

-- table warehouses
CREATE TABLE warehouses (
    id   integer,
    code varchar(10) NOT NULL,
    name text        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code)
);

-- table inventory
CREATE TABLE inventory (
    warehouse_id integer     NOT NULL,
    product_id   bigint      NOT NULL,
    quantity     integer     DEFAULT 0 NOT NULL,
    reserved     integer     DEFAULT 0 NOT NULL,
    updated_at   timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (warehouse_id, product_id),
    CONSTRAINT ck_inventory_quantity CHECK (quantity >= 0 and reserved >= 0 and reserved <= quantity),
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) ON DELETE CASCADE
);
CREATE INDEX ix_inventory_low_stock ON inventory (product_id) WHERE (quantity < 5);
