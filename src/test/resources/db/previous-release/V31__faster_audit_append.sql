-- Faster audit appends (issue #4's benchmark), with the same guarantees as V30.
--
-- 1. pitwall_audit_append moves the head and reads it in one statement for the usual single entry:
--    UPDATE audit_head ... RETURNING locks the tenant's head row exactly as SELECT ... FOR UPDATE did
--    (until commit; a concurrent writer of the same tenant waits and then recomputes from the head the
--    first one committed, so the chain neither forks nor skips), then one INSERT. Several entries of one
--    transaction still lock, chain in a loop, and go in with one multi-row INSERT.
-- 2. audit_event loses its foreign key to tenant, whose check cost a lookup and a KEY SHARE row lock on
--    the tenant row per entry. Rows are written only by this function, only after it has found or
--    created the tenant's audit_head row, which keeps its foreign key to tenant and can never be
--    removed; so every entry's tenant exists and no tenant with entries can be deleted, as before.

ALTER TABLE audit_event DROP CONSTRAINT audit_event_tenant_id_fkey;

CREATE OR REPLACE FUNCTION pitwall_audit_append(p_tenant uuid, p_prefixes text[], p_suffixes text[]) RETURNS bigint
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    v_count   int := coalesce(array_length(p_prefixes, 1), 0);
    v_seq     bigint;
    v_hash    bytea;
    v_entry   text;
    v_doc     jsonb;
    v_seqs    bigint[];
    v_entries text[];
    v_hashes  bytea[];
BEGIN
    IF p_tenant IS DISTINCT FROM pitwall_current_tenant() THEN
        RAISE EXCEPTION 'audit entries join the chain of the transaction''s own tenant only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_count = 1 THEN
        -- Lock, chain and move the head in one statement; no row means the tenant has no chain yet.
        UPDATE audit_head
           SET seq  = seq + 1,
               hash = sha256(hash || convert_to(p_prefixes[1] || (seq + 1)::text || p_suffixes[1], 'UTF8'))
         WHERE tenant_id = p_tenant
        RETURNING seq, hash INTO v_seq, v_hash;
        IF FOUND THEN
            v_entry := p_prefixes[1] || v_seq::text || p_suffixes[1];
            v_doc := v_entry::jsonb;
            INSERT INTO audit_event (tenant_id, seq, entry, hash, occurred_at, action, actor_id, subject_type, subject_id)
            VALUES (p_tenant, v_seq, v_entry, v_hash, pitwall_audit_time(v_doc ->> 'time'), v_doc ->> 'action',
                    v_doc -> 'actor' ->> 'id', v_doc -> 'subject' ->> 'type', v_doc -> 'subject' ->> 'id');
            RETURN v_seq;
        END IF;
    END IF;
    SELECT seq, hash INTO v_seq, v_hash FROM audit_head WHERE tenant_id = p_tenant FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit_head (tenant_id, seq, hash) VALUES (p_tenant, 0, decode(repeat('00', 32), 'hex'))
            ON CONFLICT (tenant_id) DO NOTHING;
        SELECT seq, hash INTO STRICT v_seq, v_hash FROM audit_head WHERE tenant_id = p_tenant FOR UPDATE;
    END IF;
    IF v_count = 0 THEN
        RETURN v_seq;
    END IF;
    FOR i IN 1 .. v_count LOOP
        v_seq := v_seq + 1;
        v_entry := p_prefixes[i] || v_seq::text || p_suffixes[i];
        v_hash := sha256(v_hash || convert_to(v_entry, 'UTF8'));
        v_seqs[i] := v_seq;
        v_entries[i] := v_entry;
        v_hashes[i] := v_hash;
    END LOOP;
    INSERT INTO audit_event (tenant_id, seq, entry, hash, occurred_at, action, actor_id, subject_type, subject_id)
    SELECT p_tenant, e.seq, e.entry, e.hash, pitwall_audit_time(e.doc ->> 'time'), e.doc ->> 'action',
           e.doc -> 'actor' ->> 'id', e.doc -> 'subject' ->> 'type', e.doc -> 'subject' ->> 'id'
      FROM (SELECT u.seq, u.entry, u.hash, u.entry::jsonb AS doc
              FROM unnest(v_seqs, v_entries, v_hashes) AS u (seq, entry, hash)
            OFFSET 0) AS e
     ORDER BY e.seq;
    UPDATE audit_head SET seq = v_seq, hash = v_hash WHERE tenant_id = p_tenant;
    RETURN v_seq;
END
$$;
