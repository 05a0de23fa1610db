package app.pitwall.identity.internal;

import static app.pitwall.identity.internal.StaffRows.ts;

import app.pitwall.access.Actor;
import app.pitwall.identity.CredentialEvents;
import app.pitwall.identity.SiteProperties;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.TooManyRequestsException;
import app.pitwall.platform.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user changes the email they sign in with, in two steps, so that nobody takes an address they cannot
 * read and nobody learns which addresses have accounts. Asking needs a recent proof of identity (the endpoints
 * require it) and answers the same whatever the address: a link valid for an hour goes to the new address (until the
 * messaging module sends email it is written to the log {@value #LINK_LOG} for the operator, as password-reset links
 * are), and nothing changes until it is followed. Following it switches the address if it is still free in the
 * whole installation (an email signs in to exactly one account); sessions stay, the person is the same. A user may
 * ask {@value #REQUESTS_PER_HOUR} times an hour; each request voids the earlier ones.
 */
@Service
public class EmailChanges {

    /** The logger an operator watches (or routes) to hand out confirmation links. */
    public static final String LINK_LOG = "pitwall.email-change-links";

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int REQUESTS_PER_HOUR = 5;
    static final String TOKEN_PREFIX = "pwe_";

    private static final Logger links = LoggerFactory.getLogger(LINK_LOG);

    private final StaffRows staff;
    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailChanges(
            StaffRows staff,
            JdbcClient jdbc,
            SiteProperties site,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.site = site;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A change waiting for its link: the address asked for, normalised, and until when the link works. */
    public record Requested(String email, Instant expiresAt) {}

    private record Pending(UUID id, UUID user, String email) {}

    /** Sends a link to {@code email} that makes it the caller's sign-in email; changes nothing yet. */
    public Requested request(Actor actor, String email, String sourceAddress) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new InvalidInputException("email", "Enter the new email address.");
        }
        TenantId tenant = actor.tenantId();
        TenantTokens.Issued token = TenantTokens.issue(TOKEN_PREFIX, tenant);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        transactions.executeWithoutResult(status -> {
            StaffMember me = staff.lock(tenant, actor.userId()).orElseThrow(() -> new NotFoundException("User"));
            if (me.email().equalsIgnoreCase(normalized)) {
                throw new InvalidInputException("email", "This is already your email address.");
            }
            refuseBeyondTheHourlyLimit(tenant, actor.userId(), now);
            jdbc.sql("""
                            UPDATE email_change SET superseded_at = ?
                            WHERE tenant_id = ? AND user_id = ? AND confirmed_at IS NULL AND superseded_at IS NULL""").params(ts(now), tenant.value(), actor.userId()).update();
            jdbc.sql("""
                            INSERT INTO email_change (tenant_id, id, user_id, new_email, token_hash, created_at, expires_at)
                            VALUES (?, ?, ?, ?::citext, ?, ?, ?)""")
                    .params(
                            tenant.value(),
                            UUID.randomUUID(),
                            actor.userId(),
                            normalized,
                            token.hash(),
                            ts(now),
                            ts(expires))
                    .update();
            events.publishEvent(new CredentialEvents.EmailChangeRequested(
                    tenant, actor.userId(), normalized, sourceAddress, expires, now));
        });
        links.info(
                "Email change link for user {} of tenant {}, to be sent to {} (valid until {}): {}/account/email/confirm?token={}",
                actor.userId(),
                tenant,
                normalized,
                expires,
                site.publicUrl(),
                token.value());
        return new Requested(normalized, expires);
    }

    /** The address a link would make the sign-in email, while it can still be followed. */
    public Optional<String> find(String token) {
        return TenantTokens.parse(TOKEN_PREFIX, token)
                .flatMap(presented -> TenantScope.callAs(
                        presented.tenant(),
                        () -> transactions.execute(
                                status -> usable(presented, false).map(Pending::email))));
    }

    /**
     * Follows a link: the address it was sent to becomes the sign-in email. Returns it; a used, void or expired link
     * is bad input, and an address another account took meanwhile is a conflict.
     */
    public String confirm(String token) {
        TenantTokens.Presented presented =
                TenantTokens.parse(TOKEN_PREFIX, token).orElseThrow(EmailChanges::unusable);
        TenantId tenant = presented.tenant();
        try {
            return TenantScope.callAs(
                    tenant,
                    () -> transactions.execute(status -> {
                        Instant now = clock.instant();
                        Pending pending = usable(presented, true).orElseThrow(EmailChanges::unusable);
                        StaffMember member = staff.lock(tenant, pending.user())
                                .filter(m -> !m.disabled())
                                .orElseThrow(EmailChanges::unusable);
                        jdbc.sql("UPDATE user_account SET email = ?::citext WHERE tenant_id = ? AND id = ?")
                                .params(pending.email(), tenant.value(), pending.user())
                                .update();
                        jdbc.sql("UPDATE email_change SET confirmed_at = ? WHERE tenant_id = ? AND id = ?")
                                .params(ts(now), tenant.value(), pending.id())
                                .update();
                        events.publishEvent(new CredentialEvents.EmailChanged(
                                tenant, pending.user(), member.email(), pending.email(), now));
                        return pending.email();
                    }));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    ProblemType.EMAIL_IN_USE,
                    "This email address is used by another account, so it cannot be yours too.");
        }
    }

    private Optional<Pending> usable(TenantTokens.Presented presented, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT id, user_id, new_email FROM email_change
                        WHERE tenant_id = ? AND token_hash = ? AND confirmed_at IS NULL AND superseded_at IS NULL
                          AND expires_at > ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .params(presented.tenant().value(), presented.hash(), ts(clock.instant()))
                .query((row, n) -> new Pending(
                        row.getObject("id", UUID.class),
                        row.getObject("user_id", UUID.class),
                        row.getString("new_email")))
                .optional();
    }

    private record Recent(int asked, Instant oldest) {}

    private void refuseBeyondTheHourlyLimit(TenantId tenant, UUID user, Instant now) {
        Recent recent = jdbc.sql("""
                        SELECT count(*) AS asked, min(created_at) AS oldest FROM email_change
                        WHERE tenant_id = ? AND user_id = ? AND created_at > ?""")
                .params(tenant.value(), user, ts(now.minus(Duration.ofHours(1))))
                .query((row, n) -> new Recent(row.getInt("asked"), StaffRows.instant(row.getTimestamp("oldest"))))
                .single();
        if (recent.asked() >= REQUESTS_PER_HOUR) {
            Duration wait = Duration.between(now, recent.oldest().plus(Duration.ofHours(1)));
            Duration retryAfter = wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
            throw new TooManyRequestsException(
                    "You asked to change your email too often; try again in " + (retryAfter.toMinutes() + 1)
                            + " minutes.",
                    retryAfter);
        }
    }

    private static InvalidInputException unusable() {
        return new InvalidInputException(
                "token", "This confirmation link is not valid: it was used, replaced by a newer one or has expired.");
    }
}
