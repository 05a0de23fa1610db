package app.pitwall.identity;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.util.Set;
import java.util.UUID;

/** Creates staff accounts; used by sign-up, invitations and the demo shop. */
public interface StaffAccounts {

    /**
     * Creates an account in the current tenant.
     *
     * @param locations the locations the account is limited to; empty for all
     * @return the new account's id
     */
    UUID create(TenantId tenant, String name, String email, String password, Role role, Set<UUID> locations);
}
