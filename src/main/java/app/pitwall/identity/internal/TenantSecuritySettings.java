package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.identity.AccountSecurityEvents;
import app.pitwall.identity.SessionProperties;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's security settings: who must use MFA, and how long its sessions may idle and live,
 * never beyond the installation's {@code pitwall.sessions.*} maxima. A tenant that never changed
 * them gets those maxima and no MFA requirement.
 */
@Component
public class TenantSecuritySettings {

    private final JdbcClient jdbc;
    private final SessionProperties sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantSecuritySettings(JdbcClient jdbc, SessionProperties sessions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The settings as stored; the durations in force are {@link #idleTimeout} and {@link #absoluteLifetime}.
     *
     * @param version 0 while the tenant never changed them, one more with each change
     */
    public record Settings(
            boolean mfaRequiredForAll,
            Set<Role> mfaRequiredRoles,
            int idleTimeoutMinutes,
            int absoluteLifetimeDays,
            int version) {

        public boolean mfaRequiredFor(Role role) {
            return mfaRequiredForAll || mfaRequiredRoles.contains(role);
        }

        AccountSecurityEvents.SecuritySettingsState state() {
            return new AccountSecurityEvents.SecuritySettingsState(
                    mfaRequiredForAll,
                    mfaRequiredRoles.stream().map(Role::code).toList(),
                    idleTimeoutMinutes,
                    absoluteLifetimeDays);
        }
    }

    /** A partial change: null leaves a setting as it is. */
    public record Change(
            Boolean mfaRequiredForAll,
            List<String> mfaRequiredRoles,
            Integer idleTimeoutMinutes,
            Integer absoluteLifetimeDays) {}

    public int maxIdleTimeoutMinutes() {
        return (int) Math.max(1, sessions.idleTimeout().toMinutes());
    }

    public int maxAbsoluteLifetimeDays() {
        return (int) Math.max(1, sessions.absoluteLifetime().toDays());
    }

    @Transactional(readOnly = true)
    public Settings of(TenantId tenant) {
        return jdbc.sql("""
                        SELECT mfa_required_for_all, mfa_required_roles, idle_timeout_minutes, absolute_lifetime_days,
                            version
                        FROM tenant_security_settings WHERE tenant_id = ?""")
                .param(tenant.value())
                .query((rs, n) -> new Settings(
                        rs.getBoolean("mfa_required_for_all"),
                        roles((String[]) rs.getArray("mfa_required_roles").getArray()),
                        rs.getInt("idle_timeout_minutes"),
                        rs.getInt("absolute_lifetime_days"),
                        rs.getInt("version")))
                .optional()
                .orElseGet(() -> new Settings(false, Set.of(), maxIdleTimeoutMinutes(), maxAbsoluteLifetimeDays(), 0));
    }

    /** How long a session of this tenant may go without a refresh. */
    Duration idleTimeout(Settings settings) {
        return min(Duration.ofMinutes(settings.idleTimeoutMinutes()), sessions.idleTimeout());
    }

    /** The longest a sign-in of this tenant may last. */
    Duration absoluteLifetime(Settings settings) {
        return min(Duration.ofDays(settings.absoluteLifetimeDays()), sessions.absoluteLifetime());
    }

    /**
     * Applies a change in the actor's tenant if its settings are still at {@code expectedVersion} (null: any); live
     * sessions are shortened to a new, shorter lifetime. A stale version changes nothing.
     */
    @Transactional
    public Settings change(Actor actor, Change change, Integer expectedVersion) {
        Settings before = of(actor.tenantId());
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw stale(before.version());
        }
        Settings after = new Settings(
                change.mfaRequiredForAll() != null ? change.mfaRequiredForAll() : before.mfaRequiredForAll(),
                change.mfaRequiredRoles() != null ? parseRoles(change.mfaRequiredRoles()) : before.mfaRequiredRoles(),
                within(
                        change.idleTimeoutMinutes(),
                        before.idleTimeoutMinutes(),
                        maxIdleTimeoutMinutes(),
                        "idleTimeoutMinutes"),
                within(
                        change.absoluteLifetimeDays(),
                        before.absoluteLifetimeDays(),
                        maxAbsoluteLifetimeDays(),
                        "absoluteLifetimeDays"),
                before.version() + 1);
        if (after.state().equals(before.state())) {
            return before;
        }
        Instant now = clock.instant();
        int written = jdbc.sql("""
                        INSERT INTO tenant_security_settings (tenant_id, mfa_required_for_all, mfa_required_roles,
                            idle_timeout_minutes, absolute_lifetime_days, updated_at, updated_by, version)
                        VALUES (?, ?, ?::text[], ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET
                            mfa_required_for_all = excluded.mfa_required_for_all,
                            mfa_required_roles = excluded.mfa_required_roles,
                            idle_timeout_minutes = excluded.idle_timeout_minutes,
                            absolute_lifetime_days = excluded.absolute_lifetime_days,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                            version = excluded.version
                        WHERE tenant_security_settings.version = excluded.version - 1""")
                .params(
                        actor.tenantId().value(),
                        after.mfaRequiredForAll(),
                        "{"
                                + String.join(
                                        ",",
                                        after.mfaRequiredRoles().stream()
                                                .map(Role::name)
                                                .toList()) + "}",
                        after.idleTimeoutMinutes(),
                        after.absoluteLifetimeDays(),
                        Timestamp.from(now),
                        actor.userId(),
                        after.version())
                .update();
        if (written == 0) {
            throw stale(of(actor.tenantId()).version());
        }
        jdbc.sql("""
                        UPDATE session_family SET expires_at = created_at + make_interval(secs => ?)
                        WHERE tenant_id = ? AND revoked_at IS NULL AND expires_at > created_at + make_interval(secs => ?)""")
                .params(
                        absoluteLifetime(after).toSeconds(),
                        actor.tenantId().value(),
                        absoluteLifetime(after).toSeconds())
                .update();
        events.publishEvent(new AccountSecurityEvents.SecuritySettingsChanged(
                actor.tenantId(), actor.userId(), before.state(), after.state(), now));
        return after;
    }

    private static ConflictException stale(int current) {
        return new ConflictException(
                ProblemType.STALE_VERSION,
                "Someone else changed the security settings (now at version " + current + "); reload them.",
                Map.of("currentVersion", current));
    }

    private static Set<Role> parseRoles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : codes) {
            try {
                roles.add(Role.ofCode(code == null ? "" : code));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("mfaRequiredRoles", "Unknown role: " + code);
            }
        }
        return roles;
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static int within(Integer given, int current, int max, String field) {
        if (given == null) {
            return current;
        }
        if (given < 1 || given > max) {
            throw new InvalidInputException(field, "Must be between 1 and " + max + ".");
        }
        return given;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
