-- A new sign-in email takes effect only when a link sent to it is followed (#17): the request
-- waits here, its token stored only as a SHA-256 hash; the token names its tenant, so the link
-- works in a browser where nobody is signed in.

CREATE TABLE email_change
(
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL,
    user_id       uuid        NOT NULL,
    new_email     citext      NOT NULL CHECK (length(new_email) BETWEEN 3 AND 254),
    token_hash    bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    -- when the link was followed, or when a newer request (or the change itself) made it void
    confirmed_at  timestamptz,
    superseded_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES user_account (tenant_id, id)
);
CREATE UNIQUE INDEX email_change_token_key ON email_change (tenant_id, token_hash);
CREATE INDEX email_change_user_idx ON email_change (tenant_id, user_id, created_at DESC);
CALL pitwall_isolate_by_tenant('email_change');
GRANT SELECT, INSERT, UPDATE ON email_change TO ${app_role};
