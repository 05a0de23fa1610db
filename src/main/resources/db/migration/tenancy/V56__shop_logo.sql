-- A shop's logo, shown to its customers beside their estimates: a PNG, JPEG or SVG image of at most 200 KB, kept on
-- the tenant row (so the tenant's row-level security covers it) and served from this site only.
ALTER TABLE tenant
    ADD COLUMN logo_image        bytea CHECK (octet_length(logo_image) BETWEEN 1 AND 204800),
    ADD COLUMN logo_content_type text CHECK (logo_content_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
    ADD COLUMN logo_changed_at   timestamptz,
    ADD CONSTRAINT tenant_logo_complete CHECK ((logo_image IS NULL) = (logo_content_type IS NULL));
