package app.pitwall.identity.internal;

import app.pitwall.platform.TenantId;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The secrets Pitwall hands out once and then only recognises: invitation, password-reset and API
 * tokens. A token is {@code [prefix]<tenant id>.<256 random bits, Base64url>}, so whoever receives
 * it can be served inside its tenant before anyone is signed in; only its SHA-256 hash is stored.
 */
final class TenantTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int SECRET_BYTES = 32;

    private TenantTokens() {}

    /** A token as handed out ({@code value}) and as stored ({@code hash}). */
    record Issued(String value, byte[] hash) {}

    /** A token as presented: the tenant it names and the hash to look it up by. */
    record Presented(TenantId tenant, byte[] hash) {}

    static Issued issue(String prefix, TenantId tenant) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String value = prefix + tenant + "." + ENCODE.encodeToString(secret);
        return new Issued(value, TokenHashes.sha256(value));
    }

    static Optional<Presented> parse(String prefix, String value) {
        if (value == null || value.length() > 200 || !value.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = value.substring(prefix.length());
        int dot = rest.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        try {
            TenantId tenant = new TenantId(UUID.fromString(rest.substring(0, dot)));
            if (!tenant.toString().equals(rest.substring(0, dot))
                    || DECODE.decode(rest.substring(dot + 1)).length != SECRET_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Presented(tenant, TokenHashes.sha256(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
