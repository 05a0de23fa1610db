-- Shop set-up the work-order module reads: the tenant's rules for discounts and shop supplies, the
-- bays of each location (calendar resources) and each location's labor rates.

CREATE TABLE workorder_settings
(
    tenant_id             uuid           NOT NULL PRIMARY KEY REFERENCES tenant (id),
    discount_cap_percent  numeric(5, 2)  NOT NULL CHECK (discount_cap_percent BETWEEN 0 AND 100),
    shop_supplies_percent numeric(5, 2)  NOT NULL CHECK (shop_supplies_percent BETWEEN 0 AND 100),
    shop_supplies_cap     numeric(12, 2) NOT NULL CHECK (shop_supplies_cap >= 0),
    updated_at            timestamptz    NOT NULL,
    version               int            NOT NULL DEFAULT 0
);
CALL pitwall_isolate_by_tenant('workorder_settings');
GRANT SELECT, INSERT, UPDATE ON workorder_settings TO ${app_role};

CREATE TABLE bay
(
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    location_id uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    version     int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE UNIQUE INDEX bay_name_key ON bay (tenant_id, location_id, lower(name));
CALL pitwall_isolate_by_tenant('bay');
GRANT SELECT, INSERT, UPDATE ON bay TO ${app_role};

CREATE TABLE labor_rate
(
    tenant_id   uuid           NOT NULL,
    id          uuid           NOT NULL,
    location_id uuid           NOT NULL,
    name        text           NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    hourly_rate numeric(12, 2) NOT NULL CHECK (hourly_rate >= 0),
    is_default  boolean        NOT NULL DEFAULT false,
    active      boolean        NOT NULL DEFAULT true,
    created_at  timestamptz    NOT NULL,
    version     int            NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE UNIQUE INDEX labor_rate_name_key ON labor_rate (tenant_id, location_id, lower(name));
-- At most one default rate per location.
CREATE UNIQUE INDEX labor_rate_default_key ON labor_rate (tenant_id, location_id) WHERE is_default;
CALL pitwall_isolate_by_tenant('labor_rate');
GRANT SELECT, INSERT, UPDATE ON labor_rate TO ${app_role};
