package app.pitwall.platform;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that has no signed-in user (first-start seeding, sign-up, scheduled jobs) as the
 * system inside one named tenant. The previous security context is restored afterwards, so a
 * tenant never outlives the call. A principal that already acts in that very tenant (a signed-in
 * user signing out) is kept, so that the audit trail names who really acted.
 */
public final class TenantScope {

    private TenantScope() {}

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        if (current().filter(tenant::equals).isPresent()) {
            return work.get();
        }
        return callAs(new SystemActor(tenant), work);
    }

    /**
     * Runs work as a party that is not a signed-in user (a customer's approval link, see {@link ActingParty}) inside
     * its tenant, so that the audit trail names that party.
     */
    public static <T> T callAs(TenantBound party, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext scoped = SecurityContextHolder.createEmptyContext();
        scoped.setAuthentication(new SystemAuthentication(party));
        SecurityContextHolder.setContext(scoped);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** The tenant of the current principal, if it is bound to one. */
    public static java.util.Optional<TenantId> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantBound bound) {
            return java.util.Optional.of(bound.tenantId());
        }
        return java.util.Optional.empty();
    }

    /** The system acting inside one tenant, never a person. */
    public record SystemActor(TenantId tenantId) implements TenantBound {}

    private static final class SystemAuthentication extends AbstractAuthenticationToken {

        private final TenantBound actor;

        SystemAuthentication(TenantBound actor) {
            super(List.of());
            this.actor = actor;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return actor;
        }
    }
}
