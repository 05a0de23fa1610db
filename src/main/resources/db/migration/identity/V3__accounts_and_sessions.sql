-- Staff accounts, their location limits, and session families with rotating refresh tokens.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE user_account
(
    tenant_id     uuid        NOT NULL REFERENCES tenant (id),
    id            uuid        NOT NULL,
    email         citext      NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    password_hash text        NOT NULL,
    role          text        NOT NULL,
    all_locations boolean     NOT NULL DEFAULT true,
    disabled_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       int         NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id)
);
-- An email signs in to exactly one account in the whole installation.
CREATE UNIQUE INDEX user_account_email_key ON user_account (email);

ALTER TABLE user_account ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_account FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON user_account AS PERMISSIVE FOR ALL
    USING (tenant_id = pitwall_current_tenant()) WITH CHECK (tenant_id = pitwall_current_tenant());
-- Before a tenant is known, sign-in declares the email it looks for in 'pitwall.sign_in_email'
-- and may read that one account; it can never change it or anything outside its tenant.
CREATE POLICY sign_in_lookup ON user_account AS PERMISSIVE FOR SELECT
    USING (pitwall_current_tenant() IS NULL
        AND email = nullif(current_setting('pitwall.sign_in_email', true), '')::citext);
CREATE POLICY tenant_isolation ON user_account AS RESTRICTIVE FOR ALL
    USING (tenant_id = pitwall_current_tenant()
        OR (pitwall_current_tenant() IS NULL
            AND email = nullif(current_setting('pitwall.sign_in_email', true), '')::citext))
    WITH CHECK (tenant_id = pitwall_current_tenant());
GRANT SELECT, INSERT, UPDATE ON user_account TO ${app_role};

CREATE TABLE user_location
(
    tenant_id   uuid NOT NULL,
    user_id     uuid NOT NULL,
    location_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, user_id, location_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CALL pitwall_isolate_by_tenant('user_location');
GRANT SELECT, INSERT, DELETE ON user_location TO ${app_role};

-- One sign-in and everything descended from it.
CREATE TABLE session_family
(
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    user_id        uuid        NOT NULL,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    last_active_at timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason text,
    source_address text,
    user_agent     text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
CREATE INDEX session_family_user_idx ON session_family (tenant_id, user_id, created_at DESC);
CALL pitwall_isolate_by_tenant('session_family');
GRANT SELECT, INSERT, UPDATE ON session_family TO ${app_role};

-- Refresh tokens are stored as SHA-256 hashes; each is spent once and names its successor.
CREATE TABLE refresh_token
(
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    family_id    uuid        NOT NULL,
    token_hash   bytea       NOT NULL,
    issued_at    timestamptz NOT NULL,
    spent_at     timestamptz,
    successor_id uuid,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, family_id) REFERENCES session_family (tenant_id, id)
);
CREATE UNIQUE INDEX refresh_token_hash_key ON refresh_token (tenant_id, token_hash);
CALL pitwall_isolate_by_tenant('refresh_token');
GRANT SELECT, INSERT, UPDATE ON refresh_token TO ${app_role};
