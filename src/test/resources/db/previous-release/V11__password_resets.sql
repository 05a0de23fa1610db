-- Password reset links: single-use, short-lived, stored only as SHA-256 hashes. The token names
-- its tenant so that confirming a reset (nobody is signed in) can act inside it.

CREATE TABLE password_reset
(
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    token_hash bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
CREATE UNIQUE INDEX password_reset_token_key ON password_reset (tenant_id, token_hash);
CREATE INDEX password_reset_user_idx ON password_reset (tenant_id, user_id) WHERE used_at IS NULL;
CALL pitwall_isolate_by_tenant('password_reset');
GRANT SELECT, INSERT, UPDATE ON password_reset TO ${app_role};

-- When the password last changed, for the user's own security page and the audit trail.
ALTER TABLE user_account ADD COLUMN password_changed_at timestamptz;
