-- Customers (people or businesses) and their vehicles with odometer readings.

CREATE TABLE customer
(
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    location_id       uuid        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('PERSON', 'BUSINESS')),
    first_name        text,
    last_name         text,
    company_name      text,
    emails            text[]      NOT NULL DEFAULT '{}',
    phones            text[]      NOT NULL DEFAULT '{}',
    street            text,
    city              text,
    region            text,
    postal_code       text,
    country           char(2),
    notes             text,
    marketing_consent boolean     NOT NULL DEFAULT false,
    sort_name         text        NOT NULL,
    search_text       text        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE INDEX customer_listing_idx ON customer (tenant_id, sort_name, id);
CREATE INDEX customer_search_idx ON customer USING gin (tenant_id, search_text gin_trgm_ops);
CALL pitwall_isolate_by_tenant('customer');
GRANT SELECT, INSERT, UPDATE, DELETE ON customer TO ${app_role};

CREATE TABLE vehicle
(
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    customer_id  uuid        NOT NULL,
    location_id  uuid        NOT NULL,
    vin          text,
    plate        text,
    plate_region text,
    year         int CHECK (year BETWEEN 1886 AND 2100),
    make         text,
    model        text,
    trim         text,
    engine       text,
    colour       text,
    search_text  text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE UNIQUE INDEX vehicle_vin_key ON vehicle (tenant_id, vin) WHERE vin IS NOT NULL;
CREATE INDEX vehicle_customer_idx ON vehicle (tenant_id, customer_id);
CREATE INDEX vehicle_search_idx ON vehicle USING gin (tenant_id, search_text gin_trgm_ops);
CALL pitwall_isolate_by_tenant('vehicle');
GRANT SELECT, INSERT, UPDATE, DELETE ON vehicle TO ${app_role};

CREATE TABLE odometer_reading
(
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    vehicle_id uuid        NOT NULL,
    value      int         NOT NULL CHECK (value BETWEEN 0 AND 10000000),
    unit       text        NOT NULL CHECK (unit IN ('MI', 'KM')),
    read_on    date        NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX odometer_reading_vehicle_idx ON odometer_reading (tenant_id, vehicle_id, read_on DESC);
CALL pitwall_isolate_by_tenant('odometer_reading');
GRANT SELECT, INSERT, DELETE ON odometer_reading TO ${app_role};
