-- The tamper-evident audit trail: one hash chain per tenant, append-only in the database.
--
-- A row holds the event as its canonical JSON document (RFC 8785) and the chain hash
-- SHA-256(previous hash || document). Everything the application filters on is a column generated
-- from the document, so it cannot say something the hashed document does not: what is shown is
-- what was hashed.

-- The document's time (ISO-8601 UTC with 'Z', written by Pitwall only) as a timestamptz. A text to
-- timestamptz cast is only STABLE because it may read the session's time zone; with an explicit
-- offset in the text it does not, so this wrapper is truly immutable for the values it is given.
CREATE FUNCTION pitwall_audit_time(iso text) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT iso::timestamptz $$;

CREATE TABLE audit_event
(
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    seq          bigint      NOT NULL CHECK (seq > 0),
    entry        text        NOT NULL,
    hash         bytea       NOT NULL CHECK (length(hash) = 32),
    occurred_at  timestamptz NOT NULL GENERATED ALWAYS AS (pitwall_audit_time(entry::jsonb ->> 'time')) STORED,
    action       text        NOT NULL GENERATED ALWAYS AS (entry::jsonb ->> 'action') STORED,
    actor_kind   text        NOT NULL GENERATED ALWAYS AS (entry::jsonb -> 'actor' ->> 'kind') STORED,
    actor_id     text GENERATED ALWAYS AS (entry::jsonb -> 'actor' ->> 'id') STORED,
    subject_type text        NOT NULL GENERATED ALWAYS AS (entry::jsonb -> 'subject' ->> 'type') STORED,
    subject_id   text GENERATED ALWAYS AS (entry::jsonb -> 'subject' ->> 'id') STORED,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_event_subject_idx ON audit_event (tenant_id, subject_type, subject_id, seq);
CREATE INDEX audit_event_actor_idx ON audit_event (tenant_id, actor_id, seq);
CREATE INDEX audit_event_action_idx ON audit_event (tenant_id, action text_pattern_ops, seq);
CREATE INDEX audit_event_time_idx ON audit_event (tenant_id, occurred_at);
CALL pitwall_isolate_by_tenant('audit_event');
GRANT SELECT, INSERT ON audit_event TO ${app_role};

-- The head of each tenant's chain. Appending locks this one row (SELECT ... FOR UPDATE) until
-- commit, so writers of one tenant queue behind each other and never fork the chain, while other
-- tenants' heads stay free.
CREATE TABLE audit_head
(
    tenant_id uuid   NOT NULL PRIMARY KEY REFERENCES tenant (id),
    seq       bigint NOT NULL CHECK (seq >= 0),
    hash      bytea  NOT NULL CHECK (length(hash) = 32)
);
ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_head FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON audit_head AS PERMISSIVE FOR ALL
    USING (tenant_id = pitwall_current_tenant()) WITH CHECK (tenant_id = pitwall_current_tenant());
-- The checkpoint schedule and the command-line verifier must find the tenants that have a trail
-- before any tenant is known: with no tenant set, a transaction that declares
-- 'pitwall.audit_scan' may read the heads (sequence numbers and hashes, nothing else), never change them.
CREATE POLICY audit_scan ON audit_head AS PERMISSIVE FOR SELECT
    USING (pitwall_current_tenant() IS NULL AND current_setting('pitwall.audit_scan', true) = 'on');
CREATE POLICY tenant_isolation ON audit_head AS RESTRICTIVE FOR ALL
    USING (tenant_id = pitwall_current_tenant()
        OR (pitwall_current_tenant() IS NULL AND current_setting('pitwall.audit_scan', true) = 'on'))
    WITH CHECK (tenant_id = pitwall_current_tenant());
GRANT SELECT, INSERT, UPDATE ON audit_head TO ${app_role};

-- Signed checkpoints {tenant, sequence, head hash, time}: Ed25519 with a key kept outside the database.
CREATE TABLE audit_checkpoint
(
    tenant_id  uuid        NOT NULL REFERENCES tenant (id),
    seq        bigint      NOT NULL CHECK (seq > 0),
    head_hash  bytea       NOT NULL CHECK (length(head_hash) = 32),
    signed_at  timestamptz NOT NULL,
    public_key bytea       NOT NULL,
    signature  bytea       NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CALL pitwall_isolate_by_tenant('audit_checkpoint');
GRANT SELECT, INSERT ON audit_checkpoint TO ${app_role};

-- Append-only, even for the owner role: rows can be added, never changed or removed. Only a
-- superuser who disables triggers gets past this, and the hash chain and the signed checkpoints
-- then tell.
CREATE FUNCTION pitwall_audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION pitwall_audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION pitwall_audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION pitwall_audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION pitwall_audit_refuse_change();

-- A head only moves forward, and is never removed.
CREATE FUNCTION pitwall_audit_head_forward() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.tenant_id <> OLD.tenant_id OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'an audit head only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_head_forward_only
    BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION pitwall_audit_head_forward();
CREATE TRIGGER audit_head_never_removed
    BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION pitwall_audit_refuse_change();
CREATE TRIGGER audit_head_no_truncate
    BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION pitwall_audit_refuse_change();
