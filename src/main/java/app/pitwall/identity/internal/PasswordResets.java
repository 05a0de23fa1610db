package app.pitwall.identity.internal;

import static app.pitwall.identity.internal.StaffRows.ts;

import app.pitwall.identity.CredentialEvents;
import app.pitwall.identity.SiteProperties;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by link. Asking always answers the same, whether or not the email has an account.
 * A link carries 256 random bits, is stored hashed, works once and for 30 minutes; until email is
 * sent by the messaging module, it is written only to the log named {@value #LINK_LOG} for the
 * operator, never to the caller. A reset ends every session of the account and does not sign in,
 * so a second factor is still asked for at the next sign-in; it lifts a sign-in lock, so that
 * someone guessing passwords cannot keep the owner out.
 */
@Service
public class PasswordResets {

    /** The logger an operator watches (or routes) to hand out reset links. */
    public static final String LINK_LOG = "pitwall.password-reset-links";

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final String TOKEN_PREFIX = "pwr_";

    private static final Logger links = LoggerFactory.getLogger(LINK_LOG);

    private final JdbcClient jdbc;
    private final JdbcStaffAccounts accounts;
    private final StaffRows staff;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final SiteProperties site;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(
            JdbcClient jdbc,
            JdbcStaffAccounts accounts,
            StaffRows staff,
            PasswordPolicy policy,
            Sessions sessions,
            SignInThrottle throttle,
            SiteProperties site,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.staff = staff;
        this.policy = policy;
        this.sessions = sessions;
        this.throttle = throttle;
        this.site = site;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    private record Account(TenantId tenant, UUID user) {}

    /** Makes a reset link if the email belongs to an enabled account; the caller learns nothing either way. */
    public void request(String email, String sourceAddress) {
        Optional<Account> account = find(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        if (account.isEmpty()) {
            return;
        }
        TenantId tenant = account.get().tenant();
        UUID user = account.get().user();
        TenantTokens.Issued token = TenantTokens.issue(TOKEN_PREFIX, tenant);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        TenantScope.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("""
                            INSERT INTO password_reset (tenant_id, id, user_id, token_hash, created_at, expires_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                            .params(tenant.value(), UUID.randomUUID(), user, token.hash(), ts(now), ts(expires))
                            .update();
                    events.publishEvent(
                            new CredentialEvents.PasswordResetRequested(tenant, user, sourceAddress, expires, now));
                }));
        links.info(
                "Password reset link for user {} of tenant {} (valid until {}): {}/password-reset?token={}",
                user,
                tenant,
                expires,
                site.publicUrl(),
                token.value());
    }

    /** Sets a new password with a reset link's token, spends it and ends every session of the account. */
    public void confirm(String token, String newPassword) {
        TenantTokens.Presented presented =
                TenantTokens.parse(TOKEN_PREFIX, token).orElseThrow(PasswordResets::unusable);
        TenantId tenant = presented.tenant();
        TenantScope.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    Instant now = clock.instant();
                    UUID user = jdbc.sql("""
                            SELECT user_id FROM password_reset
                            WHERE tenant_id = ? AND token_hash = ? AND used_at IS NULL AND expires_at > ?
                            FOR UPDATE""")
                            .params(tenant.value(), presented.hash(), ts(now))
                            .query(UUID.class)
                            .optional()
                            .orElseThrow(PasswordResets::unusable);
                    StaffMember member =
                            staff.lock(tenant, user).filter(m -> !m.disabled()).orElseThrow(PasswordResets::unusable);
                    policy.check("newPassword", newPassword, List.of(member.email(), member.name()));
                    jdbc.sql(
                                    "UPDATE password_reset SET used_at = ? WHERE tenant_id = ? AND user_id = ? AND used_at IS NULL")
                            .params(ts(now), tenant.value(), user)
                            .update();
                    accounts.changePassword(tenant, user, newPassword);
                    throttle.passwordReset(tenant, user);
                    int ended = sessions.endAllListed(tenant, user, null, "password reset")
                            .size();
                    events.publishEvent(new CredentialEvents.PasswordChanged(tenant, user, true, ended, now));
                }));
    }

    /**
     * Reads the account behind an email before any tenant is known, as sign-in does; a signed-in
     * caller's own tenant must not narrow the search, so it runs without the caller's identity.
     */
    private Optional<Account> find(String email) {
        if (email.isEmpty() || email.length() > 254) {
            return Optional.empty();
        }
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return lookUp(email);
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    private Optional<Account> lookUp(String email) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('pitwall.sign_in_email', ?, true)")
                    .param(email)
                    .query()
                    .singleRow();
            return jdbc.sql("""
                            SELECT tenant_id, id FROM user_account
                            WHERE email = ?::citext AND disabled_at IS NULL""")
                    .param(email)
                    .query((row, n) -> new Account(
                            new TenantId(row.getObject("tenant_id", UUID.class)), row.getObject("id", UUID.class)))
                    .optional();
        });
    }

    private static InvalidInputException unusable() {
        return new InvalidInputException(
                "token", "This reset link is not valid: it was used or has expired. Ask for a new one.");
    }
}
