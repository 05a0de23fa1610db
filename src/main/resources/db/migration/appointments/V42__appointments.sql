-- The calendar: appointments of a location with a bay and a technician as resources. Times are
-- stored in UTC; the location's time zone says what they mean on the shop's wall clock.

CREATE TABLE appointment
(
    tenant_id          uuid        NOT NULL,
    id                 uuid        NOT NULL,
    location_id        uuid        NOT NULL,
    bay_id             uuid,
    technician_id      uuid,
    customer_id        uuid        NOT NULL,
    vehicle_id         uuid,
    customer_name      text        NOT NULL,
    vehicle_label      text,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    requested_services text[]      NOT NULL DEFAULT '{}',
    notes              text,
    status             text        NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CANCELLED')),
    cancel_reason      text,
    repair_order_id    uuid,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_at > starts_at),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
    FOREIGN KEY (tenant_id, bay_id) REFERENCES bay (tenant_id, id),
    FOREIGN KEY (tenant_id, repair_order_id) REFERENCES repair_order (tenant_id, id)
);
CREATE INDEX appointment_calendar_idx ON appointment (tenant_id, location_id, starts_at, id);
CREATE INDEX appointment_bay_idx ON appointment (tenant_id, bay_id, starts_at) WHERE bay_id IS NOT NULL;
CREATE INDEX appointment_technician_idx
    ON appointment (tenant_id, technician_id, starts_at) WHERE technician_id IS NOT NULL;
CALL pitwall_isolate_by_tenant('appointment');
GRANT SELECT, INSERT, UPDATE ON appointment TO ${app_role};
