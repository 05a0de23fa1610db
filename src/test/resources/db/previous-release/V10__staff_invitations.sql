-- Invitations of staff into a tenant. The token is stored only as its SHA-256 hash; the token
-- itself names the tenant, so acceptance (by someone not yet signed in) can act inside it.

CREATE TABLE invitation
(
    tenant_id        uuid        NOT NULL REFERENCES tenant (id),
    id               uuid        NOT NULL,
    email            citext      NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    role             text        NOT NULL,
    all_locations    boolean     NOT NULL,
    token_hash       bytea       NOT NULL,
    invited_by       uuid        NOT NULL,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    accepted_at      timestamptz,
    accepted_user_id uuid,
    revoked_at       timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, invited_by) REFERENCES user_account (tenant_id, id),
    FOREIGN KEY (tenant_id, accepted_user_id) REFERENCES user_account (tenant_id, id)
);
CREATE UNIQUE INDEX invitation_token_key ON invitation (tenant_id, token_hash);
CREATE INDEX invitation_pending_idx ON invitation (tenant_id, created_at DESC)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CALL pitwall_isolate_by_tenant('invitation');
GRANT SELECT, INSERT, UPDATE ON invitation TO ${app_role};

CREATE TABLE invitation_location
(
    tenant_id     uuid NOT NULL,
    invitation_id uuid NOT NULL,
    location_id   uuid NOT NULL,
    PRIMARY KEY (tenant_id, invitation_id, location_id),
    FOREIGN KEY (tenant_id, invitation_id) REFERENCES invitation (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CALL pitwall_isolate_by_tenant('invitation_location');
GRANT SELECT, INSERT ON invitation_location TO ${app_role};
