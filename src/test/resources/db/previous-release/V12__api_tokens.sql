-- API tokens for integrations: named, limited to permissions and locations, expiring, revocable.
-- Stored only as SHA-256 hashes; the token names its tenant so the lookup can act inside it.

CREATE TABLE api_token
(
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash    bytea       NOT NULL,
    permissions   text[]      NOT NULL,
    all_locations boolean     NOT NULL,
    created_by    uuid        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES user_account (tenant_id, id)
);
CREATE UNIQUE INDEX api_token_hash_key ON api_token (tenant_id, token_hash);
CALL pitwall_isolate_by_tenant('api_token');
GRANT SELECT, INSERT, UPDATE ON api_token TO ${app_role};

CREATE TABLE api_token_location
(
    tenant_id   uuid NOT NULL,
    token_id    uuid NOT NULL,
    location_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, token_id, location_id),
    FOREIGN KEY (tenant_id, token_id) REFERENCES api_token (tenant_id, id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CALL pitwall_isolate_by_tenant('api_token_location');
GRANT SELECT, INSERT ON api_token_location TO ${app_role};
