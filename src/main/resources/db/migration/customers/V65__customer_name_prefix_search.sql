-- Short customer searches (one or two characters) match the start of the name in any case
-- (CustomerRows.search). They used `sort_name ILIKE 'w%'`, which no index can answer, so PostgreSQL
-- walked a tenant's listing index in name order until 26 names matched: up to all 100,000 customers
-- of a tenant for late letters ('w': 93,000 rows, 0.6 s; EXPLAIN in docs/benchmarks.md). An expression index
-- on lower(sort_name) would not help under row-level security: lower() and ILIKE are not leakproof,
-- and PostgreSQL never uses a non-leakproof condition on a column as an index condition ahead of
-- the tenant policy. So the lower-cased name is stored, and matched with starts_with(), which is
-- leakproof, through this index; its included columns let the matches be found and ordered from
-- the index alone.
ALTER TABLE customer ADD COLUMN name_key text GENERATED ALWAYS AS (lower(sort_name)) STORED;
CREATE INDEX customer_name_key_idx ON customer (tenant_id, name_key text_pattern_ops)
    INCLUDE (sort_name, id, location_id);
