-- Leakproof substring search for customers and vehicles. Run by a superuser in Pitwall's database,
-- after Pitwall's migrations: the embedded default runs it on every start, after Flyway; with an
-- external PostgreSQL the DBA runs it once after Pitwall's first start (README; Flyway refuses a
-- first start on a schema holding objects it did not make). It is idempotent. Without it search
-- still works, reading all of a tenant's rows (ContainsOperator falls back to LIKE).
--
-- Why: under row-level security PostgreSQL uses a condition of a query as an index condition ahead
-- of the tenant policy only if the condition's function is LEAKPROOF, so that no function can reveal
-- (through an error) a row the policy hides. LIKE (textlike) is not leakproof: it raises "LIKE pattern
-- must not end with escape character" only when the match reaches the pattern's end, and "stack
-- depth limit exceeded" for a pattern of many %s only on rows that match far enough; both depend on
-- the row. So the trigram index answered `search_text LIKE '%term%'` only as the superuser; under RLS
-- every search read all of a tenant's customers and vehicles (docs/benchmarks.md, "Customer search").
--
-- pitwall_search.pitwall_like(text, pattern) is LIKE that cannot raise: a pattern ending in an
-- unpaired escape character, or holding more than 16 %s, matches nothing, decided before any row is
-- looked at. It is declared LEAKPROOF (which only a superuser may do, and which is this script's
-- reason to exist); the operator pitwall_search.~~~ and the GIN operator class
-- pitwall_search.pitwall_trgm_ops give it pg_trgm's LIKE support, so `search_text
-- OPERATOR(pitwall_search.~~~) '%term%'` is an index condition under RLS, with the policy in force.
--
-- Everything lives in the schema pitwall_search, owned by the superuser: the owner role owns the
-- schema public (and the tables) and must not be able to replace or shadow these objects; the script
-- itself runs with search_path pg_catalog so that nothing the owner role put in public is called as
-- the superuser (CVE-2018-1058). The tests that keep this true: LeakproofSearchTest.

SET search_path = pg_catalog, pg_temp;

DO $$
DECLARE
    owner_is_superuser boolean;
BEGIN
    SELECT r.rolsuper INTO owner_is_superuser
      FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
     WHERE n.nspname = 'pitwall_search';
    IF owner_is_superuser IS NULL THEN
        CREATE SCHEMA pitwall_search;
    ELSIF NOT owner_is_superuser THEN
        RAISE EXCEPTION 'schema pitwall_search exists and is not owned by a superuser; drop it and run again';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
            OR NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gin') THEN
        RAISE EXCEPTION 'pg_trgm and btree_gin are missing: run this after Pitwall''s migrations';
    END IF;
END
$$;

GRANT USAGE ON SCHEMA pitwall_search TO PUBLIC;

CREATE OR REPLACE FUNCTION pitwall_search.pitwall_like(haystack text, pattern text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- an odd number of trailing backslashes leaves the last one escaping nothing (chr(92) is the
    -- backslash, spelled so that no setting of standard_conforming_strings changes it)
    IF (length(pattern) - length(rtrim(pattern, chr(92)))) % 2 = 1 THEN
        RETURN false;
    END IF;
    -- each % is a level of recursion in LIKE's matcher; many of them can exhaust the stack on some rows
    IF length(pattern) - length(replace(pattern, '%', '')) > 16 THEN
        RETURN false;
    END IF;
    RETURN haystack LIKE pattern;
END
$$;

DO $$
DECLARE
    trgm name := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                   WHERE e.extname = 'pg_trgm');
BEGIN
    IF to_regoperator('pitwall_search.~~~(text,text)') IS NULL THEN
        CREATE OPERATOR pitwall_search.~~~ (
            LEFTARG = text, RIGHTARG = text, FUNCTION = pitwall_search.pitwall_like,
            RESTRICT = likesel, JOIN = likejoinsel);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace
                    WHERE n.nspname = 'pitwall_search' AND c.opcname = 'pitwall_trgm_ops') THEN
        EXECUTE format($sql$
            CREATE OPERATOR CLASS pitwall_search.pitwall_trgm_ops FOR TYPE text USING gin AS
                OPERATOR 3 pitwall_search.~~~ (text, text),
                FUNCTION 1 pg_catalog.btint4cmp(int4, int4),
                FUNCTION 2 %1$I.gin_extract_value_trgm(text, internal),
                FUNCTION 3 %1$I.gin_extract_query_trgm(text, internal, int2, internal, internal, internal, internal),
                FUNCTION 4 %1$I.gin_trgm_consistent(internal, int2, text, int4, internal, internal, internal, internal),
                FUNCTION 6 %1$I.gin_trgm_triconsistent(internal, int2, text, int4, internal, internal, internal),
                STORAGE int4$sql$, trgm);
    END IF;
END
$$;

-- The indexes: the trigram indexes of V4 (gin_trgm_ops, for LIKE) are replaced by the same indexes
-- in pitwall_trgm_ops; ContainsOperator uses the operator once both exist. Built here, not in a
-- migration, because only this script knows that the operator class exists. An index counts only
-- if it really is on search_text in this operator class, whatever its name.
DO $$
DECLARE
    ops oid := (SELECT c.oid FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace
                 WHERE n.nspname = 'pitwall_search' AND c.opcname = 'pitwall_trgm_ops');
    tab text;
BEGIN
    FOREACH tab IN ARRAY ARRAY['customer', 'vehicle'] LOOP
        IF to_regclass('public.' || tab) IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM pg_index i
                 WHERE i.indrelid = ('public.' || tab)::regclass
                   AND ops = ANY (i.indclass::oid[])) THEN
            SET LOCAL maintenance_work_mem = '512MB';
            EXECUTE format('DROP INDEX IF EXISTS public.%I', tab || '_contains_idx');
            EXECUTE format('CREATE INDEX %I ON public.%I USING gin (tenant_id, search_text pitwall_search.pitwall_trgm_ops)',
                           tab || '_contains_idx', tab);
            EXECUTE format('DROP INDEX IF EXISTS public.%I', tab || '_search_idx');
        END IF;
    END LOOP;
END
$$;

RESET search_path;
