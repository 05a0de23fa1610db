package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An invitation of a person into a tenant, in a role and at some locations (empty with {@code
 * allLocations}). Its token is never part of it: only the hash is stored.
 */
public record Invitation(
        TenantId tenantId,
        UUID id,
        String email,
        Role role,
        boolean allLocations,
        Set<UUID> locationIds,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt) {}
