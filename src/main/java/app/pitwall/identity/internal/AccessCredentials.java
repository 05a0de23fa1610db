package app.pitwall.identity.internal;

import app.pitwall.identity.SessionProperties;
import app.pitwall.platform.PitwallProperties;
import app.pitwall.platform.Secrets;
import app.pitwall.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The short-lived access credential: tenant, user, session family and expiry, signed with
 * HMAC-SHA256. It proves who signed in; whether the session still lives is checked separately,
 * so revocation does not wait for expiry.
 */
@Component
class AccessCredentials {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SessionProperties properties;

    AccessCredentials(PitwallProperties pitwall, SessionProperties properties, Clock clock) {
        this.key = new SecretKeySpec(
                Secrets.key("session-signing", properties.signingKey(), pitwall.dataDir(), 32), "HmacSHA256");
        this.clock = clock;
        this.properties = properties;
    }

    /** What a valid credential says. */
    record Claims(TenantId tenant, UUID user, UUID family, Instant expires) {}

    String issue(TenantId tenant, UUID user, UUID family) {
        Instant expires = clock.instant().plus(properties.accessLifetime());
        String payload = "v1." + tenant + "." + user + "." + family + "." + expires.getEpochSecond();
        String encoded = ENCODE.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        return encoded + "." + ENCODE.encodeToString(mac(encoded));
    }

    Optional<Claims> verify(String credential) {
        if (credential == null || credential.length() > 512) {
            return Optional.empty();
        }
        int dot = credential.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = credential.substring(0, dot);
        try {
            byte[] signature = DECODE.decode(credential.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(encoded))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(encoded), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 5 || !"v1".equals(parts[0])) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[4]));
            if (!clock.instant().isBefore(expires)) {
                return Optional.empty();
            }
            return Optional.of(
                    new Claims(TenantId.of(parts[1]), UUID.fromString(parts[2]), UUID.fromString(parts[3]), expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
