-- Customer approval: links sent with an estimate (token stored as SHA-256), every decision per job
-- with the exact version it was made on, and declined jobs kept as deferred work on the vehicle.

CREATE TABLE approval_request
(
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    repair_order_id uuid        NOT NULL,
    token_hash      bytea       NOT NULL,
    requested_by    uuid        NOT NULL,
    requested_at    timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    superseded_at   timestamptz,
    views           int         NOT NULL DEFAULT 0,
    submissions     int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, repair_order_id) REFERENCES repair_order (tenant_id, id)
);
CREATE UNIQUE INDEX approval_request_token_key ON approval_request (tenant_id, token_hash);
CREATE INDEX approval_request_order_idx ON approval_request (tenant_id, repair_order_id);
CALL pitwall_isolate_by_tenant('approval_request');
GRANT SELECT, INSERT, UPDATE ON approval_request TO ${app_role};

-- Append-only: a new decision on a job is a new row; the latest row is the job's current one.
CREATE TABLE job_approval
(
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    repair_order_id     uuid        NOT NULL,
    job_id              uuid        NOT NULL,
    decision            text        NOT NULL CHECK (decision IN ('APPROVED', 'DECLINED')),
    method              text        NOT NULL CHECK (method IN ('LINK', 'PHONE', 'IN_PERSON')),
    version_hash        text        NOT NULL CHECK (length(version_hash) = 64),
    job_total           numeric     NOT NULL,
    content             text        NOT NULL,
    decided_by          text        NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 200),
    decided_at          timestamptz NOT NULL,
    recorded_at         timestamptz NOT NULL,
    recorded_by         uuid,
    approval_request_id uuid,
    source_address      text,
    user_agent          text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, job_id) REFERENCES job (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, approval_request_id) REFERENCES approval_request (tenant_id, id)
);
CREATE INDEX job_approval_job_idx ON job_approval (tenant_id, job_id, recorded_at);
CREATE INDEX job_approval_order_idx ON job_approval (tenant_id, repair_order_id);
CALL pitwall_isolate_by_tenant('job_approval');
GRANT SELECT, INSERT, DELETE ON job_approval TO ${app_role};

CREATE TABLE deferred_work
(
    tenant_id           uuid        NOT NULL,
    id                  uuid        NOT NULL,
    vehicle_id          uuid        NOT NULL,
    customer_id         uuid        NOT NULL,
    location_id         uuid        NOT NULL,
    repair_order_id     uuid        NOT NULL,
    repair_order_number bigint      NOT NULL,
    job_id              uuid        NOT NULL,
    title               text        NOT NULL,
    complaint           text,
    estimate_total      numeric     NOT NULL,
    currency            char(3)     NOT NULL,
    declined_by         text        NOT NULL,
    declined_at         timestamptz NOT NULL,
    resolved_at         timestamptz,
    resolution          text CHECK (resolution IN ('APPROVED_LATER', 'ADDED_TO_ORDER', 'JOB_REMOVED')),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CREATE INDEX deferred_work_vehicle_idx ON deferred_work (tenant_id, vehicle_id, declined_at DESC, id);
CREATE UNIQUE INDEX deferred_work_open_job_key ON deferred_work (tenant_id, job_id) WHERE resolved_at IS NULL;
CALL pitwall_isolate_by_tenant('deferred_work');
GRANT SELECT, INSERT, UPDATE ON deferred_work TO ${app_role};
