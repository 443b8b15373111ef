-- table categories
CREATE TABLE categories (
    id         INTEGER                NOT NULL,
    parent_id  integer,
    name       character varying(100) NOT NULL,
    slug       character varying(100) COLLATE BINARY NOT NULL,
    "position" smallint               DEFAULT 0 NOT NULL,
    CONSTRAINT pk_categories PRIMARY KEY (id),
    CONSTRAINT uq_categories_slug UNIQUE (slug),
    CONSTRAINT fk_categories_parent_id_categories FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL
);
CREATE INDEX ix_categories_parent ON categories (parent_id, "position");

-- table coupons
CREATE TABLE coupons (
    id          INTEGER                  NOT NULL,
    code        character varying(40)    COLLATE BINARY NOT NULL,
    percent_off smallint                 NOT NULL,
    valid_until timestamp with time zone,
    max_uses    integer                  DEFAULT -1,
    CONSTRAINT pk_coupons PRIMARY KEY (id),
    CONSTRAINT uq_coupons_code UNIQUE (code),
    CONSTRAINT ck_coupons_percent_off CHECK (percent_off between 1 and 100)
);

-- table customers
CREATE TABLE customers (
    id                 INTEGER                  NOT NULL,
    email              character varying(255)   NOT NULL,
    display_name       character varying(100),
    default_address_id bigint,
    is_vip             boolean                  DEFAULT false NOT NULL,
    signed_up_on       date                     DEFAULT current_date NOT NULL,
    created_at         timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_customers PRIMARY KEY (id),
    CONSTRAINT fk_customers_default_address FOREIGN KEY (default_address_id) REFERENCES addresses (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_customers_created ON customers (created_at DESC);
CREATE UNIQUE INDEX uq_customers_email_lower ON customers ((lower(email)));

-- table addresses
CREATE TABLE addresses (
    id          INTEGER                NOT NULL,
    customer_id bigint                 NOT NULL,
    line1       text                   NOT NULL,
    line2       text,
    city        character varying(100) NOT NULL,
    postal_code character varying(20)  NOT NULL,
    country     character(2)           DEFAULT 'DE' NOT NULL,
    CONSTRAINT pk_addresses PRIMARY KEY (id),
    CONSTRAINT fk_addresses_customer_id_customers FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_addresses_customer ON addresses (customer_id);

-- table orders
CREATE TABLE orders (
    id               INTEGER                  NOT NULL,
    customer_id      bigint                   NOT NULL,
    shipping_address bigint,
    coupon_id        integer,
    status           order_status             DEFAULT 'cart' NOT NULL,
    total_cents      integer                  DEFAULT 0 NOT NULL,
    note             text,
    placed_at        timestamp with time zone,
    created_at       timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT ck_orders_total_cents CHECK (total_cents >= 0),
    CONSTRAINT fk_orders_coupon_id_coupons FOREIGN KEY (coupon_id) REFERENCES coupons (id) ON DELETE SET NULL,
    CONSTRAINT fk_orders_customer_id_customers FOREIGN KEY (customer_id) REFERENCES customers (id) ON UPDATE CASCADE ON DELETE RESTRICT,
    CONSTRAINT fk_orders_shipping_address_addresses FOREIGN KEY (shipping_address) REFERENCES addresses (id),
    CONSTRAINT ck_orders_status_enum CHECK (status IN ('cart', 'placed', 'paid', 'shipped', 'delivered', 'cancelled'))
);
CREATE INDEX ix_orders_customer_status ON orders (customer_id, status);
CREATE INDEX ix_orders_open ON orders (placed_at) WHERE (status in ('placed', 'paid'));

-- table payments
CREATE TABLE payments (
    id           INTEGER                  NOT NULL,
    order_id     bigint                   NOT NULL,
    method       payment_method           NOT NULL,
    amount_cents integer                  NOT NULL,
    reference    character varying(64),
    paid_at      timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    refunded     boolean                  DEFAULT false NOT NULL,
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT uq_payments_reference UNIQUE (reference),
    CONSTRAINT ck_payments_amount CHECK (amount_cents > 0),
    CONSTRAINT fk_payments_order_id_orders FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT ck_payments_method_enum CHECK (method IN ('card', 'bank_transfer', 'voucher'))
);
CREATE INDEX ix_payments_order ON payments (order_id, paid_at DESC);

-- table products
CREATE TABLE products (
    id          INTEGER                  NOT NULL,
    category_id integer,
    sku         character varying(32)    COLLATE BINARY NOT NULL,
    name        text                     NOT NULL,
    description text                     DEFAULT NULL,
    price_cents integer                  NOT NULL,
    currency    character(3)             DEFAULT 'EUR' NOT NULL,
    attributes  jsonb                    DEFAULT '{}' NOT NULL,
    is_active   boolean                  DEFAULT true NOT NULL,
    created_at  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_products PRIMARY KEY (id),
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price CHECK (price_cents >= 0),
    CONSTRAINT fk_products_category_id_categories FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT
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
    CONSTRAINT pk_order_items PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT fk_order_items_order_id_orders FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE,
    CONSTRAINT fk_order_items_product_id_products FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE INDEX ix_order_items_product ON order_items (product_id);

-- table reviews
CREATE TABLE reviews (
    id          INTEGER                  NOT NULL,
    product_id  bigint                   NOT NULL,
    customer_id bigint,
    rating      smallint                 NOT NULL,
    body        text                     DEFAULT '',
    created_at  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_reviews PRIMARY KEY (id),
    CONSTRAINT uq_reviews_product_customer UNIQUE (product_id, customer_id),
    CONSTRAINT ck_reviews_rating CHECK (rating between 1 and 5),
    CONSTRAINT fk_reviews_customer_id_customers FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT fk_reviews_product_id_products FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE INDEX ix_reviews_product_rating ON reviews (product_id, rating DESC);

-- table warehouses
CREATE TABLE warehouses (
    id   INTEGER               NOT NULL,
    code character varying(10) NOT NULL,
    name text                  NOT NULL,
    CONSTRAINT pk_warehouses PRIMARY KEY (id),
    CONSTRAINT uq_warehouses_code UNIQUE (code)
);

-- table inventory
CREATE TABLE inventory (
    warehouse_id integer                  NOT NULL,
    product_id   bigint                   NOT NULL,
    quantity     integer                  DEFAULT 0 NOT NULL,
    reserved     integer                  DEFAULT 0 NOT NULL,
    updated_at   timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_inventory PRIMARY KEY (warehouse_id, product_id),
    CONSTRAINT ck_inventory_quantity CHECK (quantity >= 0 and reserved >= 0 and reserved <= quantity),
    CONSTRAINT fk_inventory_product_id_products FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT fk_inventory_warehouse_id_warehouses FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) ON DELETE CASCADE
);
CREATE INDEX ix_inventory_low_stock ON inventory (product_id) WHERE (quantity < 5);
