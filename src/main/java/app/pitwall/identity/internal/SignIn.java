package app.pitwall.identity.internal;

import app.pitwall.identity.SecurityEvents;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an email and password. An unknown email costs the same hash as a wrong password and
 * answers the same, and so does an account that is locked or must wait after failed attempts, so
 * sign-in reveals neither which emails have accounts nor which are locked. Wrong passwords count
 * toward the account's lockout. A hash made with older parameters is upgraded on success.
 */
@Component
class SignIn {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String decoyHash;
    private final JdbcStaffAccounts accounts;

    SignIn(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock,
            JdbcStaffAccounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The account a correct password belongs to. */
    record Account(TenantId tenant, UUID user, String name) {}

    private record Candidate(TenantId tenant, UUID user, String name, String hash, boolean disabled) {}

    Optional<Account> check(String email, String password, String sourceAddress) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<Candidate> candidate = find(normalized);
        String hash = candidate.map(Candidate::hash).orElse(decoyHash);
        String given = password == null ? "" : password;
        boolean matches = passwords.matches(given, hash);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Candidate account = candidate.get();
        if (account.disabled()) {
            events.publishEvent(new SecurityEvents.SignInFailed(
                    account.tenant(), account.user(), sourceAddress, "account disabled", clock.instant()));
            return Optional.empty();
        }
        boolean accepted = TenantScope.callAs(
                account.tenant(),
                () -> transactions.execute(status -> {
                    SignInThrottle.Verdict verdict = throttle.verdict(account.tenant(), account.user());
                    if (verdict != SignInThrottle.Verdict.OPEN) {
                        throttle.refused(account.tenant(), account.user(), verdict, sourceAddress);
                        return false;
                    }
                    if (!matches) {
                        throttle.failed(
                                account.tenant(),
                                account.user(),
                                SignInThrottle.Proof.PASSWORD,
                                "wrong password",
                                sourceAddress);
                        return false;
                    }
                    accounts.upgradeHashIfOutdated(account.tenant(), account.user(), given, hash);
                    return true;
                }));
        return accepted ? Optional.of(new Account(account.tenant(), account.user(), account.name())) : Optional.empty();
    }

    /** Whether this is the password of a signed-in user; hashed outside any transaction. */
    boolean matchesPassword(TenantId tenant, UUID user, String password) {
        String hash = TenantScope.callAs(
                tenant,
                () -> transactions.execute(
                        status -> jdbc.sql("SELECT password_hash FROM user_account WHERE tenant_id = ? AND id = ?")
                                .params(tenant.value(), user)
                                .query(String.class)
                                .optional()
                                .orElse(decoyHash)));
        return passwords.matches(password == null ? "" : password, hash);
    }

    /**
     * Reads the one account with this email before any tenant is known: the transaction declares
     * the email in {@code pitwall.sign_in_email}, which row-level security allows for that row only.
     */
    private Optional<Candidate> find(String email) {
        if (email.isEmpty() || email.length() > 254) {
            return Optional.empty();
        }
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('pitwall.sign_in_email', ?, true)")
                    .param(email)
                    .query()
                    .singleRow();
            return jdbc.sql("""
                            SELECT tenant_id, id, name, password_hash, disabled_at IS NOT NULL AS disabled
                            FROM user_account WHERE email = ?::citext""")
                    .param(email)
                    .query((row, n) -> new Candidate(
                            new TenantId(row.getObject("tenant_id", UUID.class)),
                            row.getObject("id", UUID.class),
                            row.getString("name"),
                            row.getString("password_hash"),
                            row.getBoolean("disabled")))
                    .optional();
        });
    }
}
