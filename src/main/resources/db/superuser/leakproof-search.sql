-- Leakproof substring search for customers and vehicles. Run by a superuser in Pitwall's database,
-- after Pitwall's migrations: the embedded default runs it on every start, after Flyway; with an
-- external PostgreSQL the DBA runs it once after Pitwall's first start (README; Flyway refuses a
-- first start on a schema holding objects it did not make). It is idempotent. Without it search
-- still works, reading all of a tenant's rows (ContainsOperator falls back to LIKE).
--
-- Why: under row-level security PostgreSQL uses a condition of a query as an index condition ahead
-- of the tenant policy only if the condition's function is LEAKPROOF, so that no function can reveal
-- (through an error) a row the policy hides. LIKE (textlike) is not leakproof: it raises "LIKE pattern
-- must not end with escape character" only when the match reaches the pattern's end, which depends
-- on the row. So the trigram index answered `search_text LIKE '%term%'` only as the superuser; under
-- RLS every search read all of a tenant's customers and vehicles (docs/benchmarks.md, "Customer
-- search").
--
-- pitwall_like(text, pattern) is LIKE that cannot raise: a pattern ending in an unpaired escape
-- character matches nothing, before any row is looked at; LIKE itself raises nothing else on valid
-- text. It is declared LEAKPROOF (which only a superuser may do, and which is this script's reason to
-- exist); the operator ~~~ and the GIN operator class pitwall_trgm_ops give it pg_trgm's LIKE
-- support, so `search_text ~~~ '%term%'` is an index condition under RLS, with the policy in force.
-- The tests that keep this true: LeakproofSearchTest.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE OR REPLACE FUNCTION pitwall_like(haystack text, pattern text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE
    SET search_path = pg_catalog
AS $$
BEGIN
    -- an odd number of trailing backslashes leaves the last one escaping nothing
    IF (length(pattern) - length(rtrim(pattern, '\'))) % 2 = 1 THEN
        RETURN false;
    END IF;
    RETURN haystack LIKE pattern;
END
$$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '~~~'
                   AND oprleft = 'text'::regtype AND oprright = 'text'::regtype) THEN
        CREATE OPERATOR ~~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = pitwall_like,
                             RESTRICT = likesel, JOIN = likejoinsel);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_opclass WHERE opcname = 'pitwall_trgm_ops') THEN
        CREATE OPERATOR CLASS pitwall_trgm_ops FOR TYPE text USING gin AS
            OPERATOR 3 ~~~ (text, text),
            FUNCTION 1 btint4cmp(int4, int4),
            FUNCTION 2 gin_extract_value_trgm(text, internal),
            FUNCTION 3 gin_extract_query_trgm(text, internal, int2, internal, internal, internal, internal),
            FUNCTION 4 gin_trgm_consistent(internal, int2, text, int4, internal, internal, internal, internal),
            FUNCTION 6 gin_trgm_triconsistent(internal, int2, text, int4, internal, internal, internal),
            STORAGE int4;
    END IF;
END
$$;

-- The indexes: the trigram indexes of V4 (gin_trgm_ops, for LIKE) are replaced by the same
-- indexes in pitwall_trgm_ops; ContainsOperator uses ~~~ once both exist. Built here, not in a
-- migration, because only this script knows that the operator class exists.
DO $$
BEGIN
    IF to_regclass('customer') IS NOT NULL AND to_regclass('customer_contains_idx') IS NULL THEN
        SET LOCAL maintenance_work_mem = '512MB';
        CREATE INDEX customer_contains_idx ON customer USING gin (tenant_id, search_text pitwall_trgm_ops);
        DROP INDEX IF EXISTS customer_search_idx;
    END IF;
    IF to_regclass('vehicle') IS NOT NULL AND to_regclass('vehicle_contains_idx') IS NULL THEN
        SET LOCAL maintenance_work_mem = '512MB';
        CREATE INDEX vehicle_contains_idx ON vehicle USING gin (tenant_id, search_text pitwall_trgm_ops);
        DROP INDEX IF EXISTS vehicle_search_idx;
    END IF;
END
$$;
