-- A tenant's own security settings (MFA requirement, session timeouts within the installation's
-- maxima), and the time each session last proved who its user is, for re-authentication.

CREATE TABLE tenant_security_settings
(
    tenant_id               uuid        NOT NULL PRIMARY KEY REFERENCES tenant (id),
    mfa_required_for_all    boolean     NOT NULL DEFAULT false,
    -- Role names (user_account.role) whose users must use MFA.
    mfa_required_roles      text[]      NOT NULL DEFAULT '{}',
    idle_timeout_minutes    int         NOT NULL CHECK (idle_timeout_minutes > 0),
    absolute_lifetime_days  int         NOT NULL CHECK (absolute_lifetime_days > 0),
    updated_at              timestamptz NOT NULL,
    updated_by              uuid
);
CALL pitwall_isolate_by_tenant('tenant_security_settings');
GRANT SELECT, INSERT, UPDATE ON tenant_security_settings TO ${app_role};

-- NULL (sessions from before this column) counts as never: such a session must re-authenticate
-- before a sensitive change.
ALTER TABLE session_family ADD COLUMN authenticated_at timestamptz;
