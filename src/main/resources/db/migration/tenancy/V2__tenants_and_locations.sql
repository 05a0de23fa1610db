-- A tenant is one business; its locations are its shops, detailing sites or storage facilities.

CREATE TABLE tenant
(
    id         uuid        NOT NULL PRIMARY KEY,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);
-- The tenant row itself is visible only inside its own tenant.
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON tenant AS PERMISSIVE FOR ALL
    USING (id = pitwall_current_tenant()) WITH CHECK (id = pitwall_current_tenant());
CREATE POLICY tenant_isolation ON tenant AS RESTRICTIVE FOR ALL
    USING (id = pitwall_current_tenant()) WITH CHECK (id = pitwall_current_tenant());
GRANT SELECT, INSERT, UPDATE ON tenant TO ${app_role};

CREATE TABLE location
(
    tenant_id      uuid          NOT NULL REFERENCES tenant (id),
    id             uuid          NOT NULL,
    name           text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind           text          NOT NULL CHECK (kind IN ('REPAIR_SHOP', 'DETAILING', 'STORAGE')),
    street         text,
    city           text,
    region         text,
    postal_code    text,
    country        char(2)       NOT NULL DEFAULT 'US',
    time_zone      text          NOT NULL,
    currency       char(3)       NOT NULL,
    labor_tax_rate numeric(7, 5) NOT NULL DEFAULT 0 CHECK (labor_tax_rate BETWEEN 0 AND 1),
    parts_tax_rate numeric(7, 5) NOT NULL DEFAULT 0 CHECK (parts_tax_rate BETWEEN 0 AND 1),
    created_at     timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CALL pitwall_isolate_by_tenant('location');
GRANT SELECT, INSERT, UPDATE ON location TO ${app_role};
