-- When each staff member last marked a location's answered estimates as seen on the Today page: the page lists
-- the answers recorded after it. One row per user and location, moved forward on each "mark as seen".
CREATE TABLE front_desk_look
(
    tenant_id   uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    location_id uuid        NOT NULL,
    looked_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id, location_id),
    FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
);
CALL pitwall_isolate_by_tenant('front_desk_look');
GRANT SELECT, INSERT, UPDATE ON front_desk_look TO ${app_role};
