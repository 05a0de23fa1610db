-- TOTP second factor: the secret encrypted at rest (AES-256-GCM, bound to its tenant and user), the
-- last accepted time step so that every code works once only, and single-use recovery codes kept
-- as salted SHA-256 hashes (they carry 50 random bits each, so a fast hash is enough).

CREATE TABLE user_mfa
(
    tenant_id            uuid        NOT NULL,
    user_id              uuid        NOT NULL,
    secret_ciphertext    bytea       NOT NULL,
    enrolment_started_at timestamptz NOT NULL,
    -- NULL while the enrolment waits for its first code; MFA is on once set.
    enabled_at           timestamptz,
    -- The newest accepted 30-second step; a code of this step or an older one is refused.
    last_used_step       bigint,
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
CALL pitwall_isolate_by_tenant('user_mfa');
GRANT SELECT, INSERT, UPDATE, DELETE ON user_mfa TO ${app_role};

CREATE TABLE mfa_recovery_code
(
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    salt       bytea       NOT NULL,
    code_hash  bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX mfa_recovery_code_user_idx ON mfa_recovery_code (tenant_id, user_id);
CALL pitwall_isolate_by_tenant('mfa_recovery_code');
GRANT SELECT, INSERT, UPDATE, DELETE ON mfa_recovery_code TO ${app_role};
