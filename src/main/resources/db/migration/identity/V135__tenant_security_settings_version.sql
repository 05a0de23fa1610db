-- The tenant's security settings get a version like every other record a client writes: a PATCH names the version
-- it read (If-Match or the body's version), and a stale one changes nothing. A tenant that never changed its settings
-- has no row, which reads as version 0; a row already written starts at 1.

ALTER TABLE tenant_security_settings ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version > 0);
