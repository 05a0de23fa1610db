package app.pitwall.identity.internal;

import app.pitwall.identity.AccountSecurityEvents;
import app.pitwall.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ten single-use codes that stand in for a lost authenticator app. Each is ten characters from
 * a 32-letter alphabet (50 random bits), shown once as {@code xxxxx-xxxxx} and kept only as a salted
 * SHA-256 hash: with that much entropy a slow hash adds nothing. Runs inside the caller's tenant
 * transaction.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;

    private static final char[] LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Discards the user's codes and makes ten new ones, returned in the clear this once. */
    List<String> replace(TenantId tenant, UUID user) {
        deleteAll(tenant, user);
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String code = generate();
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            jdbc.sql("""
                            INSERT INTO mfa_recovery_code (tenant_id, id, user_id, salt, code_hash, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            tenant.value(),
                            UUID.randomUUID(),
                            user,
                            salt,
                            hash(salt, normalize(code)),
                            Timestamp.from(clock.instant()))
                    .update();
            codes.add(code);
        }
        return codes;
    }

    /** Accepts an unused code once; it is spent from then on. */
    boolean spend(TenantId tenant, UUID user, String typed) {
        String normalized = normalize(typed);
        if (normalized.length() != 10) {
            return false;
        }
        List<Row> unused = jdbc.sql("""
                        SELECT id, salt, code_hash FROM mfa_recovery_code
                        WHERE tenant_id = ? AND user_id = ? AND used_at IS NULL
                        FOR UPDATE""")
                .params(tenant.value(), user)
                .query((rs, n) ->
                        new Row(rs.getObject("id", UUID.class), rs.getBytes("salt"), rs.getBytes("code_hash")))
                .list();
        Optional<Row> match = Optional.empty();
        for (Row candidate : unused) {
            if (MessageDigest.isEqual(candidate.hash(), hash(candidate.salt(), normalized))) {
                match = Optional.of(candidate);
            }
        }
        if (match.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE mfa_recovery_code SET used_at = ? WHERE tenant_id = ? AND id = ?")
                .params(Timestamp.from(now), tenant.value(), match.get().id())
                .update();
        events.publishEvent(new AccountSecurityEvents.RecoveryCodeUsed(tenant, user, unused.size() - 1, now));
        return true;
    }

    int left(TenantId tenant, UUID user) {
        return jdbc.sql("""
                        SELECT count(*) FROM mfa_recovery_code
                        WHERE tenant_id = ? AND user_id = ? AND used_at IS NULL""").params(tenant.value(), user).query(Integer.class).single();
    }

    void deleteAll(TenantId tenant, UUID user) {
        jdbc.sql("DELETE FROM mfa_recovery_code WHERE tenant_id = ? AND user_id = ?")
                .params(tenant.value(), user)
                .update();
    }

    private String generate() {
        StringBuilder code = new StringBuilder(11);
        for (int c = 0; c < 10; c++) {
            if (c == 5) {
                code.append('-');
            }
            code.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return code.toString();
    }

    /** What a user typed, without case, spaces or dashes. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static byte[] hash(byte[] salt, String normalized) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(normalized.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(UUID id, byte[] salt, byte[] hash) {}
}
