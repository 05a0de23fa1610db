-- Brute-force protection shared by every instance: failed sign-ins per account, account locks,
-- sign-ins waiting for their second factor, and token buckets per source address.

-- One failed proof of identity for a known account (wrong password or wrong code).
CREATE TABLE sign_in_failure
(
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    user_id        uuid        NOT NULL,
    failed_at      timestamptz NOT NULL,
    reason         text        NOT NULL,
    source_address text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX sign_in_failure_user_idx ON sign_in_failure (tenant_id, user_id, failed_at DESC);
CALL pitwall_isolate_by_tenant('sign_in_failure');
GRANT SELECT, INSERT, DELETE ON sign_in_failure TO ${app_role};

-- The lock state of an account. Failures before counting_since are not counted (reset by a
-- successful sign-in, a lock or an unlock).
CREATE TABLE account_lockout
(
    tenant_id      uuid        NOT NULL,
    user_id        uuid        NOT NULL,
    counting_since timestamptz NOT NULL,
    locked_at      timestamptz,
    locked_until   timestamptz,
    -- Locks in a row, each within a day of the previous one: every repeat locks longer.
    lock_count     int         NOT NULL DEFAULT 0,
    -- The user has not yet been told, at a successful sign-in, that the account was locked.
    notice_pending boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
CALL pitwall_isolate_by_tenant('account_lockout');
GRANT SELECT, INSERT, UPDATE ON account_lockout TO ${app_role};

-- A password accepted for an account with MFA: the browser holds an opaque token (stored here as
-- its SHA-256 hash) that allows a few code attempts within five minutes, once.
CREATE TABLE pending_mfa_sign_in
(
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    token_hash      bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    failed_attempts int         NOT NULL DEFAULT 0,
    finished_at     timestamptz,
    source_address  text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX pending_mfa_sign_in_token_key ON pending_mfa_sign_in (tenant_id, token_hash);
CREATE INDEX pending_mfa_sign_in_user_idx ON pending_mfa_sign_in (tenant_id, user_id);
CALL pitwall_isolate_by_tenant('pending_mfa_sign_in');
GRANT SELECT, INSERT, UPDATE, DELETE ON pending_mfa_sign_in TO ${app_role};

-- Bucket4j token buckets per source address and endpoint group. Installation-wide on purpose: the
-- rows hold only an address, a limit and a serialized bucket, never tenant data.
CREATE TABLE address_rate_limit
(
    id         text   NOT NULL PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX address_rate_limit_expiry_idx ON address_rate_limit (expires_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON address_rate_limit TO ${app_role};
