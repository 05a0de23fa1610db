-- Repair orders with their jobs, line items and status history, and the per-tenant counter that
-- numbers them.

-- The last repair-order number a tenant used; incremented in the transaction that opens an order,
-- so numbers are unique and increasing per tenant.
CREATE TABLE repair_order_counter
(
    tenant_id   uuid   NOT NULL PRIMARY KEY REFERENCES tenant (id),
    last_number bigint NOT NULL CHECK (last_number > 0)
);
CALL pitwall_isolate_by_tenant('repair_order_counter');
GRANT SELECT, INSERT, UPDATE ON repair_order_counter TO ${app_role};

CREATE TABLE repair_order
(
    tenant_id            uuid          NOT NULL,
    id                   uuid          NOT NULL,
    number               bigint        NOT NULL CHECK (number > 0),
    location_id          uuid          NOT NULL,
    customer_id          uuid          NOT NULL,
    vehicle_id           uuid          NOT NULL,
    customer_name        text          NOT NULL,
    vehicle_label        text          NOT NULL,
    appointment_id       uuid,
    service_advisor_id   uuid,
    technician_ids       uuid[]        NOT NULL DEFAULT '{}',
    odometer_in          int CHECK (odometer_in BETWEEN 0 AND 10000000),
    odometer_out         int CHECK (odometer_out BETWEEN 0 AND 10000000),
    promised_at          timestamptz,
    concerns             text[]        NOT NULL DEFAULT '{}',
    internal_notes       text,
    status               text          NOT NULL,
    status_reason        text,
    currency             char(3)       NOT NULL,
    labor_tax_rate       numeric(7, 5) NOT NULL,
    parts_tax_rate       numeric(7, 5) NOT NULL,
    -- Kept current on every save so that lists and the job board need no lines.
    total                numeric       NOT NULL DEFAULT 0,
    job_count            int           NOT NULL DEFAULT 0,
    jobs_done            int           NOT NULL DEFAULT 0,
    all_technician_ids   uuid[]        NOT NULL DEFAULT '{}',
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              int           NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
    CONSTRAINT repair_order_status_check
        CHECK (status IN ('ESTIMATE', 'AWAITING_APPROVAL', 'APPROVED', 'IN_PROGRESS', 'ON_HOLD', 'READY',
                          'CANCELLED'))
);
CREATE UNIQUE INDEX repair_order_number_key ON repair_order (tenant_id, number);
CREATE INDEX repair_order_board_idx ON repair_order (tenant_id, location_id, status, number);
CREATE INDEX repair_order_vehicle_idx ON repair_order (tenant_id, vehicle_id);
CREATE INDEX repair_order_customer_idx ON repair_order (tenant_id, customer_id);
CALL pitwall_isolate_by_tenant('repair_order');
GRANT SELECT, INSERT, UPDATE ON repair_order TO ${app_role};

CREATE TABLE job
(
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    repair_order_id  uuid        NOT NULL,
    position         int         NOT NULL,
    title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    complaint        text,
    cause            text,
    correction       text,
    technician_notes text,
    technician_id    uuid,
    canned_job_id    uuid,
    completed_at     timestamptz,
    completed_by     uuid,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, repair_order_id) REFERENCES repair_order (tenant_id, id)
);
CREATE INDEX job_order_idx ON job (tenant_id, repair_order_id, position);
CALL pitwall_isolate_by_tenant('job');
GRANT SELECT, INSERT, UPDATE, DELETE ON job TO ${app_role};

-- One line of a job. Which columns are set depends on the kind (see Line.java):
-- LABOR hours x rate or a flat amount; PART quantity x unit price (unit cost kept for margins);
-- FEE shop supplies (percent, cap), environmental or sublet (amount, sublet cost);
-- DISCOUNT percent or amount off the labor or parts subtotal.
CREATE TABLE job_line
(
    tenant_id       uuid    NOT NULL,
    id              uuid    NOT NULL,
    repair_order_id uuid    NOT NULL,
    job_id          uuid    NOT NULL,
    position        int     NOT NULL,
    kind            text    NOT NULL CHECK (kind IN ('LABOR', 'PART', 'FEE', 'DISCOUNT')),
    description     text    NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
    part_number     text,
    quantity        numeric(12, 3),
    unit_cost       numeric(14, 4),
    unit_price      numeric(14, 4),
    hours           numeric(8, 2),
    rate            numeric(14, 4),
    labor_rate_id   uuid,
    amount          numeric(14, 4),
    percent         numeric(7, 4),
    cap             numeric(14, 4),
    fee_kind        text CHECK (fee_kind IN ('SHOP_SUPPLIES', 'ENVIRONMENTAL', 'SUBLET')),
    discount_target text CHECK (discount_target IN ('LABOR', 'PARTS')),
    taxable         boolean NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, job_id) REFERENCES job (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, repair_order_id) REFERENCES repair_order (tenant_id, id)
);
CREATE INDEX job_line_order_idx ON job_line (tenant_id, repair_order_id, job_id, position);
CREATE INDEX job_line_job_idx ON job_line (tenant_id, job_id);
CALL pitwall_isolate_by_tenant('job_line');
GRANT SELECT, INSERT, UPDATE, DELETE ON job_line TO ${app_role};

-- Every status a repair order passed through, by whom and when. Append-only.
CREATE TABLE repair_order_status_history
(
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    repair_order_id uuid        NOT NULL,
    from_status     text,
    to_status       text        NOT NULL,
    reason          text,
    actor_kind      text        NOT NULL CHECK (actor_kind IN ('STAFF', 'CUSTOMER', 'SYSTEM')),
    actor_id        uuid,
    actor_name      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, repair_order_id) REFERENCES repair_order (tenant_id, id)
);
CREATE INDEX repair_order_status_history_order_idx
    ON repair_order_status_history (tenant_id, repair_order_id, changed_at);
CALL pitwall_isolate_by_tenant('repair_order_status_history');
GRANT SELECT, INSERT ON repair_order_status_history TO ${app_role};
