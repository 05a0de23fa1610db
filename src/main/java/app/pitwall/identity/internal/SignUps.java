package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.identity.SignUpProperties;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.identity.StaffEvents;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A business signs up: one transaction creates its tenant, first location and owner, then the owner
 * is signed in with the same cookies as a sign-in. Nothing is created when any part fails.
 *
 * <p>Account enumeration: an email signs in to exactly one account in the installation, so sign-up
 * must say when an email is taken (409 {@code email-in-use}). That is the only thing it reveals, it
 * reveals it only after a valid password and business were given (the password is checked and
 * hashed first, so a taken email costs the caller the same work), and it never says which business
 * the email belongs to. Invitations do not reveal it to the inviter: the check happens when the
 * invitee accepts.
 */
@Service
public class SignUps {

    private final SignUpProperties properties;
    private final Tenants tenants;
    private final StaffAccounts staff;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final SessionCookies cookies;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignUps(
            SignUpProperties properties,
            Tenants tenants,
            StaffAccounts staff,
            PasswordPolicy policy,
            Sessions sessions,
            SessionCookies cookies,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.properties = properties;
        this.tenants = tenants;
        this.staff = staff;
        this.policy = policy;
        this.sessions = sessions;
        this.cookies = cookies;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** What a business gives to sign up; the location settings are optional. */
    public record Application(
            String businessName,
            String name,
            String email,
            String password,
            Location.Kind kind,
            ZoneId timeZone,
            Currency currency,
            String country) {}

    /** The new business, and until when the owner's access credential lasts. */
    public record SignedUp(TenantId tenantId, UUID ownerId, UUID locationId, String name, Instant accessExpiresAt) {}

    public SignedUp signUp(Application application, HttpServletRequest request, HttpServletResponse response) {
        if (!properties.enabled()) {
            throw new ForbiddenException(
                    "Sign-up is switched off on this installation; ask its operator or an owner for an invitation.");
        }
        String email = application.email().strip().toLowerCase(Locale.ROOT);
        policy.check(
                "password", application.password(), List.of(email, application.name(), application.businessName()));
        TenantId tenant = new TenantId(UUID.randomUUID());
        LocationId location = new LocationId(UUID.randomUUID());
        UUID owner;
        try {
            owner = TenantScope.callAs(
                    tenant,
                    () -> transactions.execute(status -> {
                        tenants.create(
                                tenant,
                                application.businessName().strip(),
                                List.of(firstLocation(tenant, location, application)));
                        UUID id = staff.create(
                                tenant, application.name(), email, application.password(), Role.OWNER, Set.of());
                        events.publishEvent(new StaffEvents.TenantSignedUp(
                                tenant,
                                id,
                                location.value(),
                                application.businessName().strip(),
                                request.getRemoteAddr(),
                                clock.instant()));
                        return id;
                    }));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    ProblemType.EMAIL_IN_USE,
                    "An account with this email already exists: sign in, or reset its password.");
        }
        Sessions.Issued issued =
                sessions.start(tenant, owner, request.getRemoteAddr(), request.getHeader("User-Agent"));
        cookies.write(response, issued);
        return new SignedUp(tenant, owner, location.value(), application.name().strip(), issued.accessExpires());
    }

    private static Location firstLocation(TenantId tenant, LocationId id, Application application) {
        String country = application.country() == null || application.country().isBlank()
                ? "US"
                : application.country().toUpperCase(Locale.ROOT);
        return new Location(
                tenant,
                id,
                application.businessName().strip(),
                application.kind() == null ? Location.Kind.REPAIR_SHOP : application.kind(),
                new Location.Address(null, null, null, null, country),
                application.timeZone() == null ? ZoneId.of("UTC") : application.timeZone(),
                application.currency() == null ? Currency.getInstance("USD") : application.currency(),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }
}
