-- The tamper-evident audit trail: one hash chain per tenant, append-only in the database.
--
-- A row holds the event as its canonical JSON document (RFC 8785) and the chain hash
-- SHA-256(previous hash || document). The columns that filters use are copied out of the document
-- by pitwall_audit_append when the row is written, the only way rows are written; what the
-- application shows is always the hashed document itself.

-- The document's time (ISO-8601 UTC with 'Z', written by Pitwall only) as a timestamptz.
CREATE FUNCTION pitwall_audit_time(iso text) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT iso::timestamptz $$;

CREATE TABLE audit_event
(
    tenant_id    uuid        NOT NULL REFERENCES tenant (id),
    seq          bigint      NOT NULL CHECK (seq > 0),
    entry        text        NOT NULL,
    hash         bytea       NOT NULL CHECK (length(hash) = 32),
    occurred_at  timestamptz NOT NULL,
    action       text        NOT NULL,
    actor_id     text,
    subject_type text        NOT NULL,
    subject_id   text,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_event_subject_idx ON audit_event (tenant_id, subject_type, subject_id, seq);
CREATE INDEX audit_event_actor_idx ON audit_event (tenant_id, actor_id, seq);
CREATE INDEX audit_event_action_idx ON audit_event (tenant_id, action text_pattern_ops, seq);
CREATE INDEX audit_event_time_idx ON audit_event (tenant_id, occurred_at);
CALL pitwall_isolate_by_tenant('audit_event');
-- The application reads entries and appends them through pitwall_audit_append only.
GRANT SELECT ON audit_event TO ${app_role};

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
GRANT SELECT ON audit_head TO ${app_role};

-- Appends entries to a tenant's chain in one round trip, so that the head stays locked only for
-- this call and the commit after it. Each entry arrives as its canonical document split where its
-- sequence number goes; the link is SHA-256(previous hash || UTF-8 bytes of the document), the same
-- bytes the verifier hashes, and the filter columns are read from the document once. It runs as the
-- owner so that the application role needs no INSERT or UPDATE of its own, but forced row-level
-- security still binds it to the transaction's tenant, and the triggers below still hold.
CREATE FUNCTION pitwall_audit_append(p_tenant uuid, p_prefixes text[], p_suffixes text[]) RETURNS bigint
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    v_seq   bigint;
    v_hash  bytea;
    v_entry text;
    v_doc   jsonb;
BEGIN
    IF p_tenant IS DISTINCT FROM pitwall_current_tenant() THEN
        RAISE EXCEPTION 'audit entries join the chain of the transaction''s own tenant only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT seq, hash INTO v_seq, v_hash FROM audit_head WHERE tenant_id = p_tenant FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit_head (tenant_id, seq, hash) VALUES (p_tenant, 0, decode(repeat('00', 32), 'hex'))
            ON CONFLICT (tenant_id) DO NOTHING;
        SELECT seq, hash INTO STRICT v_seq, v_hash FROM audit_head WHERE tenant_id = p_tenant FOR UPDATE;
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_prefixes, 1), 0) LOOP
        v_seq := v_seq + 1;
        v_entry := p_prefixes[i] || v_seq::text || p_suffixes[i];
        v_hash := sha256(v_hash || convert_to(v_entry, 'UTF8'));
        v_doc := v_entry::jsonb;
        INSERT INTO audit_event (tenant_id, seq, entry, hash, occurred_at, action, actor_id, subject_type, subject_id)
        VALUES (p_tenant, v_seq, v_entry, v_hash, pitwall_audit_time(v_doc ->> 'time'), v_doc ->> 'action',
                v_doc -> 'actor' ->> 'id', v_doc -> 'subject' ->> 'type', v_doc -> 'subject' ->> 'id');
    END LOOP;
    UPDATE audit_head SET seq = v_seq, hash = v_hash WHERE tenant_id = p_tenant;
    RETURN v_seq;
END
$$;
REVOKE ALL ON FUNCTION pitwall_audit_append(uuid, text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pitwall_audit_append(uuid, text[], text[]) TO ${app_role};

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
