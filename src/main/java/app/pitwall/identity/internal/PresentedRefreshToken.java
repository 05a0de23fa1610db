package app.pitwall.identity.internal;

import app.pitwall.platform.TenantId;
import java.util.Base64;
import java.util.Optional;

/**
 * A refresh token as a browser sent it: the tenant it belongs to and the secret, or nothing when the text cannot be
 * one (too long, no tenant id before the dot, a secret that is not 32 bytes of URL-safe base64).
 */
record PresentedRefreshToken(TenantId tenant, String secret) {

    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    static Optional<PresentedRefreshToken> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot != 36) {
            return Optional.empty();
        }
        try {
            TenantId tenant = TenantId.of(token.substring(0, dot));
            String secret = token.substring(dot + 1);
            if (DECODE.decode(secret).length != 32) {
                return Optional.empty();
            }
            return Optional.of(new PresentedRefreshToken(tenant, secret));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
