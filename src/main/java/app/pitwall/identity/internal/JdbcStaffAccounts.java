package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts in PostgreSQL, passwords hashed with the current Argon2id encoder. */
@Service
@Transactional
class JdbcStaffAccounts implements StaffAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    JdbcStaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
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
}
