package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.identity.SiteProperties;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.identity.StaffEvents;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Owners and managers invite staff; the invitee accepts with the link's token, chooses a password
 * and is signed in. Tokens carry 256 random bits, are stored hashed, work once and expire after 72
 * hours. Nobody invites someone into a role above their own or to locations they do not work at.
 */
@Service
public class Invitations {

    static final Duration LIFETIME = Duration.ofHours(72);
    static final String TOKEN_PREFIX = "pwi_";

    private final InvitationRows rows;
    private final StaffRows staffRows;
    private final StaffAccounts staff;
    private final LocationGrants grants;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final SessionCookies cookies;
    private final SiteProperties site;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            InvitationRows rows,
            StaffRows staffRows,
            StaffAccounts staff,
            LocationGrants grants,
            PasswordPolicy policy,
            Sessions sessions,
            SessionCookies cookies,
            SiteProperties site,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.staffRows = staffRows;
        this.staff = staff;
        this.grants = grants;
        this.policy = policy;
        this.sessions = sessions;
        this.cookies = cookies;
        this.site = site;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A new invitation and the link that accepts it, shown to the inviter once. */
    public record Sent(Invitation invitation, String acceptUrl) {}

    /** Who accepted, now signed in. */
    public record Accepted(TenantId tenantId, UUID userId, String name, Instant accessExpiresAt) {}

    public Sent invite(Actor actor, String email, Role role, List<UUID> locationIds) {
        if (!actor.role().isAtLeast(role)) {
            throw new ForbiddenException("You cannot invite someone into a role above your own.");
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        Set<UUID> locations = grants.check(actor, "locationIds", locationIds);
        TenantTokens.Issued token = TenantTokens.issue(TOKEN_PREFIX, actor.tenantId());
        Instant now = clock.instant();
        Invitation invitation = transactions.execute(status -> {
            if (staffRows.findByEmail(actor.tenantId(), normalized).isPresent()) {
                throw new ConflictException(ProblemType.ALREADY_STAFF, "Someone with this email already works here.");
            }
            rows.revokePendingFor(actor.tenantId(), normalized, now);
            Invitation created = rows.insert(
                    new Invitation(
                            actor.tenantId(),
                            UUID.randomUUID(),
                            normalized,
                            role,
                            locations.isEmpty(),
                            locations,
                            actor.userId(),
                            now,
                            now.plus(LIFETIME)),
                    token.hash());
            events.publishEvent(new StaffEvents.InvitationSent(
                    actor.tenantId(),
                    created.id(),
                    actor.userId(),
                    created.email(),
                    role.code(),
                    List.copyOf(locations),
                    created.expiresAt()));
            return created;
        });
        return new Sent(invitation, site.publicUrl() + "/invitations/accept?token=" + token.value());
    }

    public List<Invitation> pending(Actor actor) {
        return transactions.execute(status -> rows.pending(actor.tenantId(), clock.instant()));
    }

    public void revoke(Actor actor, UUID id) {
        transactions.executeWithoutResult(status -> {
            Invitation invitation = rows.findPending(actor.tenantId(), id, clock.instant())
                    .orElseThrow(() -> new NotFoundException("Invitation"));
            if (!actor.role().isAtLeast(invitation.role())) {
                throw new ForbiddenException("You cannot withdraw an invitation into a role above your own.");
            }
            rows.revoke(actor.tenantId(), id, clock.instant());
            events.publishEvent(
                    new StaffEvents.InvitationRevoked(actor.tenantId(), id, actor.userId(), clock.instant()));
        });
    }

    /**
     * The invitation a link's token stands for, while it can still be accepted; empty for a token that is malformed,
     * unknown, used, withdrawn or expired. Lets the acceptance page say who is invited where before anything is done.
     */
    public Optional<Invitation> find(String token) {
        return TenantTokens.parse(TOKEN_PREFIX, token)
                .flatMap(presented -> TenantScope.callAs(
                        presented.tenant(),
                        () -> transactions.execute(
                                status -> rows.findUsable(presented.tenant(), presented.hash(), clock.instant()))));
    }

    /**
     * Creates the account an invitation promised and signs it in. The token is spent only when the
     * account exists; a refused password leaves it usable.
     */
    public Accepted accept(
            String token, String name, String password, HttpServletRequest request, HttpServletResponse response) {
        TenantTokens.Presented presented =
                TenantTokens.parse(TOKEN_PREFIX, token).orElseThrow(Invitations::unusable);
        TenantId tenant = presented.tenant();
        Instant now = clock.instant();
        UUID user;
        try {
            user = TenantScope.callAs(
                    tenant,
                    () -> transactions.execute(status -> {
                        Invitation invitation =
                                rows.lockUsable(tenant, presented.hash(), now).orElseThrow(Invitations::unusable);
                        policy.check("password", password, List.of(invitation.email(), name));
                        UUID id = staff.create(
                                tenant,
                                name,
                                invitation.email(),
                                password,
                                invitation.role(),
                                invitation.locationIds());
                        rows.markAccepted(tenant, invitation.id(), id, now);
                        events.publishEvent(new StaffEvents.InvitationAccepted(tenant, invitation.id(), id, now));
                        return id;
                    }));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    ProblemType.EMAIL_IN_USE,
                    "An account with this email already exists: sign in, or reset its password.");
        }
        Sessions.Issued issued = sessions.start(tenant, user, request.getRemoteAddr(), request.getHeader("User-Agent"));
        cookies.write(response, issued);
        return new Accepted(tenant, user, name.strip(), issued.accessExpires());
    }

    private static InvalidInputException unusable() {
        return new InvalidInputException(
                "token",
                "This invitation link is not valid: it was used, withdrawn or has expired. Ask for a new one.");
    }
}
