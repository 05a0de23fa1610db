package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.identity.CredentialEvents;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts in PostgreSQL, passwords hashed with the current Argon2id encoder. Hashes made with
 * older or weaker parameters are replaced at the next successful sign-in.
 */
@Service
@Transactional
class JdbcStaffAccounts implements StaffAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JdbcStaffAccounts(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public UUID create(TenantId tenant, String name, String email, String password, Role role, Set<UUID> locations) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO user_account (tenant_id, id, email, name, password_hash, role, all_locations)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        id,
                        email.strip().toLowerCase(Locale.ROOT),
                        name.strip(),
                        passwords.encode(password),
                        role.name(),
                        locations.isEmpty())
                .update();
        for (UUID location : locations) {
            jdbc.sql("INSERT INTO user_location (tenant_id, user_id, location_id) VALUES (?, ?, ?)")
                    .params(tenant.value(), id, location)
                    .update();
        }
        return id;
    }

    /** Stores a new password for an account of the current tenant; the caller checked the policy. */
    void changePassword(TenantId tenant, UUID user, String password) {
        jdbc.sql("""
                        UPDATE user_account SET password_hash = ?, password_changed_at = ?, version = version + 1
                        WHERE tenant_id = ? AND id = ?""")
                .params(passwords.encode(password), Timestamp.from(clock.instant()), tenant.value(), user)
                .update();
    }

    /** Whether the password is the account's current one; an unknown account never matches. */
    boolean passwordMatches(TenantId tenant, UUID user, String password) {
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), user)
                .query(String.class)
                .optional()
                .orElse(null);
        return hash != null && password != null && passwords.matches(password, hash);
    }

    /**
     * After a successful sign-in: if the stored hash was made with an older encoder or weaker
     * parameters, hashes the (just verified) password again with the current ones and stores it.
     * Runs in its own transaction inside the account's tenant.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void upgradeHashIfOutdated(TenantId tenant, UUID user, String password, String storedHash) {
        if (storedHash == null || !passwords.upgradeEncoding(storedHash)) {
            return;
        }
        String upgraded = passwords.encode(password);
        TenantScope.runAs(
                tenant, () -> transactions.executeWithoutResult(status -> replace(tenant, user, storedHash, upgraded)));
    }

    private void replace(TenantId tenant, UUID user, String storedHash, String upgraded) {
        int changed =
                jdbc.sql("""
                        UPDATE user_account SET password_hash = ?
                        WHERE tenant_id = ? AND id = ? AND password_hash = ?""").params(upgraded, tenant.value(), user, storedHash).update();
        if (changed > 0) {
            events.publishEvent(new CredentialEvents.PasswordHashUpgraded(tenant, user, clock.instant()));
        }
    }
}
