-- Canned jobs: a tenant's reusable job templates with their lines, added to a repair order in one step.
-- Labor lines carry hours and, optionally, a rate; without one the order's location default applies.

CREATE TABLE canned_job
(
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    complaint  text,
    correction text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX canned_job_name_key ON canned_job (tenant_id, lower(name));
CALL pitwall_isolate_by_tenant('canned_job');
GRANT SELECT, INSERT, UPDATE, DELETE ON canned_job TO ${app_role};

CREATE TABLE canned_job_line
(
    tenant_id       uuid    NOT NULL,
    id              uuid    NOT NULL,
    canned_job_id   uuid    NOT NULL,
    position        int     NOT NULL,
    kind            text    NOT NULL CHECK (kind IN ('LABOR', 'PART', 'FEE', 'DISCOUNT')),
    description     text    NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
    part_number     text,
    quantity        numeric(12, 3),
    unit_cost       numeric(14, 4),
    unit_price      numeric(14, 4),
    hours           numeric(8, 2),
    rate            numeric(14, 4),
    amount          numeric(14, 4),
    percent         numeric(7, 4),
    cap             numeric(14, 4),
    fee_kind        text CHECK (fee_kind IN ('SHOP_SUPPLIES', 'ENVIRONMENTAL', 'SUBLET')),
    discount_target text CHECK (discount_target IN ('LABOR', 'PARTS')),
    taxable         boolean NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, canned_job_id) REFERENCES canned_job (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX canned_job_line_job_idx ON canned_job_line (tenant_id, canned_job_id, position);
CALL pitwall_isolate_by_tenant('canned_job_line');
GRANT SELECT, INSERT, UPDATE, DELETE ON canned_job_line TO ${app_role};
