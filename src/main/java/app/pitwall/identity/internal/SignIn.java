package app.pitwall.identity.internal;

import app.pitwall.identity.SecurityEvents;
import app.pitwall.platform.TenantId;
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
 * answers the same, so sign-in does not reveal which emails have accounts.
 */
@Component
class SignIn {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String decoyHash;
    private final JdbcStaffAccounts accounts;

    SignIn(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            JdbcStaffAccounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
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
        boolean matches = passwords.matches(password == null ? "" : password, hash);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Candidate account = candidate.get();
        if (!matches || account.disabled()) {
            events.publishEvent(new SecurityEvents.SignInFailed(
                    account.tenant(),
                    account.user(),
                    sourceAddress,
                    account.disabled() ? "account disabled" : "wrong password",
                    clock.instant()));
            return Optional.empty();
        }
        accounts.upgradeHashIfOutdated(account.tenant(), account.user(), password, account.hash());
        return Optional.of(new Account(account.tenant(), account.user(), account.name()));
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
