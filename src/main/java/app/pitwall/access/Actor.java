package app.pitwall.access;

import app.pitwall.platform.TenantBound;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making the current request: a staff user (through a browser session) or an API token,
 * always inside one tenant, with the permissions it holds and the locations it may see.
 *
 * @param allLocations whether the actor sees every location of the tenant
 * @param locations the locations this actor is limited to when not all; may be empty (sees none)
 * @param sessionId the session family of a browser sign-in, or the API token's id
 * @param authenticatedAt when the user last proved who they are (password, and code when MFA is on) in
 *     this session; null for API tokens. Sensitive changes need it to be recent ({@link RecentAuthentication}).
 * @param mfaEnrolmentRequired the tenant requires MFA of this user, who has not set it up yet: until
 *     they do, only the handlers marked {@link AllowedBeforeMfaEnrolment} answer
 */
public record Actor(
        TenantId tenantId,
        UUID userId,
        String name,
        Role role,
        Set<Permission> permissions,
        boolean allLocations,
        Set<UUID> locations,
        Kind kind,
        UUID sessionId,
        Instant authenticatedAt,
        boolean mfaEnrolmentRequired)
        implements TenantBound {

    /** An actor with no recorded proof time and no pending MFA enrolment, such as an API token. */
    public Actor(
            TenantId tenantId,
            UUID userId,
            String name,
            Role role,
            Set<Permission> permissions,
            boolean allLocations,
            Set<UUID> locations,
            Kind kind,
            UUID sessionId) {
        this(tenantId, userId, name, role, permissions, allLocations, locations, kind, sessionId, null, false);
    }

    /** How the actor authenticated. */
    public enum Kind {
        USER,
        API_TOKEN
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean mayUse(UUID locationId) {
        return allLocations || locations.contains(locationId);
    }
}
