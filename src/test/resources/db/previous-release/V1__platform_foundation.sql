-- Shared foundation: extensions, the tenant-isolation procedure every module's migration calls,
-- and the event publication registry of Spring Modulith.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${app_role};

-- The tenant of the current transaction, or NULL when none is set. Pitwall sets it per
-- transaction with set_config('pitwall.tenant_id', ..., true); an empty or absent setting is NULL,
-- and NULL matches no row.
CREATE FUNCTION pitwall_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('pitwall.tenant_id', true), '')::uuid $$;

-- Puts a tenant-owned table under row-level security: enabled and forced (the owner is bound too),
-- a permissive policy that grants a tenant its own rows and a restrictive one that holds even if a
-- later permissive policy were too broad.
CREATE PROCEDURE pitwall_isolate_by_tenant(target regclass)
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_rows ON %s AS PERMISSIVE FOR ALL'
                   ' USING (tenant_id = nullif(current_setting(''pitwall.tenant_id'', true), '''')::uuid)'
                   ' WITH CHECK (tenant_id = nullif(current_setting(''pitwall.tenant_id'', true), '''')::uuid)',
                   target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s AS RESTRICTIVE FOR ALL'
                   ' USING (tenant_id = nullif(current_setting(''pitwall.tenant_id'', true), '''')::uuid)'
                   ' WITH CHECK (tenant_id = nullif(current_setting(''pitwall.tenant_id'', true), '''')::uuid)',
                   target);
END
$$;
REVOKE ALL ON PROCEDURE pitwall_isolate_by_tenant(regclass) FROM PUBLIC;

-- Spring Modulith's event publication registry (schema v2). Installation-wide: it holds
-- listener bookkeeping; events that concern a tenant carry its id inside.
CREATE TABLE event_publication
(
    id                     uuid                     NOT NULL PRIMARY KEY,
    listener_id            text                     NOT NULL,
    event_type             text                     NOT NULL,
    serialized_event       text                     NOT NULL,
    publication_date       timestamp with time zone NOT NULL,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO ${app_role};
