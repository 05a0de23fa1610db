package app.pitwall.approvals.internal;

import app.pitwall.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Approval-link tokens: the tenant's id, a dot and 256 random bits (Base64url), so the public lookup knows which
 * tenant to look in before anyone is signed in. Only the SHA-256 of the secret part is stored; a token whose tenant
 * part was changed is looked up in the wrong tenant and found nowhere.
 */
@Component
class ApprovalTokens {

    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** A new token and the hash to store. */
    record Issued(String token, byte[] hash) {}

    /** A token as presented: the tenant it names and the hash of its secret. */
    record Presented(TenantId tenant, byte[] hash) {}

    Issued issue(TenantId tenant) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(tenant + "." + encoded, sha256(encoded));
    }

    Optional<Presented> parse(String token) {
        if (token == null || token.length() != 36 + 1 + 43 || token.charAt(36) != '.') {
            return Optional.empty();
        }
        try {
            TenantId tenant = TenantId.of(token.substring(0, 36));
            String secret = token.substring(37);
            if (Base64.getUrlDecoder().decode(secret).length != SECRET_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Presented(tenant, sha256(secret)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
