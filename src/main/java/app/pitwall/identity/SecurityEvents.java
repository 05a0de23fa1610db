package app.pitwall.identity;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Events of security meaning that identity publishes; the audit trail records them. */
public final class SecurityEvents {

    private SecurityEvents() {}

    /** A user signed in and a new session family began. */
    public record SignedIn(TenantId tenantId, UUID userId, UUID familyId, String sourceAddress, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.signed-in";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }

        @Override
        public Map<String, ?> after() {
            return details("session", familyId, "sourceAddress", sourceAddress);
        }
    }

    /** A sign-in attempt for a known account failed. */
    public record SignInFailed(TenantId tenantId, UUID userId, String sourceAddress, String reason, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.sign-in-failed";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public Map<String, ?> after() {
            return details("reason", reason, "sourceAddress", sourceAddress);
        }
    }

    /** A session family ended: sign-out, idle or absolute expiry, or revocation by someone. */
    public record SessionEnded(TenantId tenantId, UUID userId, UUID familyId, String reason, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "session.ended";
        }

        @Override
        public Subject subject() {
            return Subject.of("session", familyId);
        }

        @Override
        public Map<String, ?> after() {
            return details("user", userId, "reason", reason);
        }
    }

    /** A spent refresh token was presented again: its whole family was revoked. */
    public record RefreshTokenReused(TenantId tenantId, UUID userId, UUID familyId, String sourceAddress, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "session.refresh-token-reused";
        }

        @Override
        public Subject subject() {
            return Subject.of("session", familyId);
        }

        @Override
        public Map<String, ?> after() {
            return details("user", userId, "sourceAddress", sourceAddress);
        }
    }

    private static Map<String, Object> details(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(key, value);
        details.put(otherKey, otherValue);
        return details;
    }
}
