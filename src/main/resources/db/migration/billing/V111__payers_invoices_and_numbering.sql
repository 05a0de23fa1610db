-- Billing: the payers directory, the tenant's billing settings, invoices and credit notes with their lines, and
-- the counters of the number series. Amounts are kept per line kind and per tax on every document, as receivables
-- and the accounting export read them (numeric, in the currency's minor unit).

CREATE TABLE payer
(
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('INSURANCE', 'WARRANTY', 'FLEET')),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address_line1 text,
    address_line2 text,
    city          text,
    region        text,
    postal_code   text,
    country       text,
    terms         text        NOT NULL CHECK (terms IN ('DUE_ON_RECEIPT', 'NET_15', 'NET_30')),
    contact_name  text,
    contact_email text,
    contact_phone text,
    tax_exempt    boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    version       int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX payer_name_key ON payer (tenant_id, kind, name);
CALL pitwall_isolate_by_tenant('payer');
GRANT SELECT, INSERT, UPDATE ON payer TO ${app_role};

-- The owner's billing rules: which checks a posting must pass, how invoices are numbered, and the credit amount up
-- to which a service advisor may issue a credit note. A tenant without a row has the defaults.
CREATE TABLE billing_settings
(
    tenant_id              uuid           NOT NULL PRIMARY KEY REFERENCES tenant (id),
    check_odometer_out     boolean        NOT NULL,
    check_technicians      boolean        NOT NULL,
    check_jobs_done        boolean        NOT NULL,
    check_parts_received   boolean        NOT NULL,
    numbering_scope        text           NOT NULL CHECK (numbering_scope IN ('LOCATION', 'TENANT')),
    invoice_prefix         text           NOT NULL CHECK (length(invoice_prefix) <= 20),
    credit_note_prefix     text           NOT NULL CHECK (length(credit_note_prefix) <= 20),
    advisor_credit_limit   numeric(14, 4) NOT NULL CHECK (advisor_credit_limit >= 0),
    updated_at             timestamptz    NOT NULL,
    version                int            NOT NULL DEFAULT 0
);
CALL pitwall_isolate_by_tenant('billing_settings');
GRANT SELECT, INSERT, UPDATE ON billing_settings TO ${app_role};

-- The last number given in each series: one row per document kind and scope (a location, or the tenant itself).
-- Posting locks the row (FOR UPDATE) in its own transaction, so numbers are gapless and a rolled-back posting
-- consumes none.
CREATE TABLE invoice_number_series
(
    tenant_id   uuid   NOT NULL,
    document    text   NOT NULL CHECK (document IN ('INVOICE', 'CREDIT_NOTE')),
    scope       uuid   NOT NULL,
    last_number bigint NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (tenant_id, document, scope)
);
CALL pitwall_isolate_by_tenant('invoice_number_series');
GRANT SELECT, INSERT, UPDATE ON invoice_number_series TO ${app_role};

CREATE TABLE invoice
(
    tenant_id       uuid           NOT NULL,
    id              uuid           NOT NULL,
    document        text           NOT NULL CHECK (document IN ('INVOICE', 'CREDIT_NOTE')),
    status          text           NOT NULL CHECK (status IN ('DRAFT', 'POSTED')),
    repair_order_id uuid           NOT NULL,
    order_number    bigint         NOT NULL,
    location_id     uuid           NOT NULL,
    customer_id     uuid           NOT NULL,
    vehicle_id      uuid           NOT NULL,
    split_group     uuid           NOT NULL,
    progress        boolean        NOT NULL DEFAULT false,
    credits_invoice uuid,
    payer_party     text           NOT NULL CHECK (payer_party IN ('CUSTOMER', 'INSURANCE', 'WARRANTY', 'FLEET', 'SHOP')),
    payer_id        uuid,
    payer_name      text           NOT NULL,
    payer_exempt    boolean        NOT NULL,
    terms           text           NOT NULL CHECK (terms IN ('DUE_ON_RECEIPT', 'NET_15', 'NET_30')),
    claim_number    text,
    policy_number   text,
    adjuster        text,
    deductible      numeric(14, 4) CHECK (deductible >= 0),
    currency        char(3)        NOT NULL,
    labor           numeric(14, 4) NOT NULL,
    parts           numeric(14, 4) NOT NULL,
    fees            numeric(14, 4) NOT NULL,
    discounts       numeric(14, 4) NOT NULL,
    adjustments     numeric(14, 4) NOT NULL,
    labor_tax       numeric(14, 4) NOT NULL,
    parts_tax       numeric(14, 4) NOT NULL,
    fees_tax        numeric(14, 4) NOT NULL,
    exempted_tax    numeric(14, 4) NOT NULL,
    total           numeric(14, 4) NOT NULL,
    notes           text CHECK (length(notes) <= 2000),
    reason          text CHECK (length(reason) <= 500),
    number          text,
    series_scope    uuid,
    sequence        bigint,
    posted_at       timestamptz,
    posted_by       uuid,
    due_on          date,
    created_at      timestamptz    NOT NULL,
    created_by      uuid,
    version         int            NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
    FOREIGN KEY (tenant_id, repair_order_id) REFERENCES repair_order (tenant_id, id),
    FOREIGN KEY (tenant_id, payer_id) REFERENCES payer (tenant_id, id),
    FOREIGN KEY (tenant_id, credits_invoice) REFERENCES invoice (tenant_id, id),
    -- a draft has no number; a posted document has its number, its place in its series and who posted it when
    CONSTRAINT invoice_numbered_when_posted CHECK (
        (status = 'DRAFT' AND number IS NULL AND sequence IS NULL AND posted_at IS NULL)
            OR (status = 'POSTED' AND number IS NOT NULL AND sequence IS NOT NULL AND series_scope IS NOT NULL
            AND posted_at IS NOT NULL)),
    CONSTRAINT invoice_credit_note_credits CHECK ((document = 'CREDIT_NOTE') = (credits_invoice IS NOT NULL)),
    CONSTRAINT invoice_reconciles CHECK (
        labor + parts + fees - discounts + adjustments + labor_tax + parts_tax + fees_tax = total)
);
CREATE UNIQUE INDEX invoice_sequence_key ON invoice (tenant_id, document, series_scope, sequence);
CREATE INDEX invoice_order_idx ON invoice (tenant_id, repair_order_id);
CREATE INDEX invoice_list_idx ON invoice (tenant_id, created_at DESC, id);
CREATE INDEX invoice_credits_idx ON invoice (tenant_id, credits_invoice) WHERE credits_invoice IS NOT NULL;
CALL pitwall_isolate_by_tenant('invoice');
GRANT SELECT, INSERT, UPDATE, DELETE ON invoice TO ${app_role};

CREATE TABLE invoice_line
(
    tenant_id      uuid           NOT NULL,
    invoice_id     uuid           NOT NULL,
    position       int            NOT NULL CHECK (position >= 1),
    job_id         uuid,
    source_line_id uuid,
    kind           text           NOT NULL CHECK (kind IN ('LABOR', 'PART', 'FEE', 'DISCOUNT', 'DEDUCTIBLE', 'CREDIT')),
    description    text           NOT NULL,
    part_number    text,
    quantity       numeric(12, 3),
    tax_kind       text CHECK (tax_kind IN ('LABOR', 'PARTS', 'FEES')),
    amount         numeric(14, 4) NOT NULL,
    credits        int            NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, invoice_id, position),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id) ON DELETE CASCADE
);
CALL pitwall_isolate_by_tenant('invoice_line');
GRANT SELECT, INSERT, DELETE ON invoice_line TO ${app_role};

-- A posted invoice or credit note is final: no role may change or delete it or its lines, nor add lines to it. The
-- one correction is a credit note. Posting is the last UPDATE of a draft (a credit note too is written as a draft
-- with its lines and posted in the same transaction).
CREATE FUNCTION pitwall_refuse_posted_invoice_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS
$$
BEGIN
    IF OLD.status = 'POSTED' THEN
        RAISE EXCEPTION 'invoice % is posted and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER invoice_posted_is_final
    BEFORE UPDATE OR DELETE ON invoice
    FOR EACH ROW EXECUTE FUNCTION pitwall_refuse_posted_invoice_change();

CREATE FUNCTION pitwall_refuse_posted_invoice_line_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
AS
$$
DECLARE
    line record := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
BEGIN
    IF EXISTS (SELECT 1
               FROM invoice i
               WHERE i.tenant_id = line.tenant_id
                 AND i.id = line.invoice_id
                 AND i.status = 'POSTED') THEN
        RAISE EXCEPTION 'invoice % is posted; its lines cannot change', line.invoice_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN line;
END
$$;
CREATE TRIGGER invoice_line_posted_is_final
    BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION pitwall_refuse_posted_invoice_line_change();
