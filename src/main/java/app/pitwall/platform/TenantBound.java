package app.pitwall.platform;

/**
 * A principal that acts inside exactly one tenant. The database transaction takes its tenant from
 * the current principal of this type and from nowhere else.
 */
public interface TenantBound {

    TenantId tenantId();
}
